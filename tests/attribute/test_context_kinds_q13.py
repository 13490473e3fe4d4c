"""Thirteenth session (helper Q): the kind of an unknown proper-noun source from its
context, and a dated dateline over a news story rather than a release.

Every sentence was written for these tests (invented places, outlets, people, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.sources import counts_victims, source_kind, unknown_name
from tests.claims_helpers import Row, claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-01-10")


def _kinds(text: str) -> dict[str, str]:
    """Source name -> kind of the text's figure claims."""
    return {name: kind for _, _, _, name, kind in _claims(text)}


@pytest.mark.parametrize(
    ("name", "unknown"),
    [
        ("Kadra Sands", True),
        ("the Zeyad Talal", True),
        ("Orsa", True),
        ("the Ilvar Times", False),
        ("Syria Direct", False),  # "Direct" closes outlets' names
        ("The Tarva regional health bureau", False),  # common nouns say what it is
        ("local residents", False),
        ("@kadra_s", False),
    ],
)
def test_unknown_name(name: str, unknown: bool) -> None:
    assert unknown_name(name) is unknown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list whose other member is an outlet
        (
            "Two children were killed in the shelling of Vareth, according to Kadra Sands "
            "and the Ilvar Times.",
            {"Kadra Sands": "media", "the Ilvar Times": "media"},
        ),
        (
            "Twelve people were killed, according to Halen Post and Vardi Express.",
            {"Halen Post": "media", "Vardi Express": "media"},
        ),
        # a member named among outlets in "Local sources, including A and B"
        (
            "Local sources, including Farah Net and Mosa Gate, reported seven deaths.",
            {"Farah Net": "media", "Mosa Gate": "media"},
        ),
        # an account handle in brackets: an outlet's or a person's
        ("Zamra (@ZamraNews) said five people were killed.", {"Zamra": "media"}),
        (
            "Zeyad Talal (@zeyad_t) tweeted that four people had been killed.",
            {"Zeyad Talal": "social_media"},
        ),
        # a word said of the source
        ("Qarun, a local outlet, said nine people were killed near the port.", {"Qarun": "media"}),
        # one name alone stays a person; a resident stays a witness
        ("Two people died, according to Zeyad Talal.", {"Zeyad Talal": "witness"}),
        (
            "Two died, according to the Ossary Health Directorate and Rami Fakhoury.",
            {"the Ossary Health Directorate": "official", "Rami Fakhoury": "witness"},
        ),
    ],
)
def test_unknown_source_kind_from_context(text: str, expected: dict[str, str]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        ("the Dorval health office", True),
        ("The regional civil defence", True),
        ("Local officials", True),
        ("the Interior Ministry", False),
        ("The Joint Operations Command", False),
        ("An investigation into the strike", False),
    ],
)
def test_counts_victims(name: str, counts: bool) -> None:
    assert counts_victims(name) is counts


_DATED = "DORVAL, Essen (Jan. 9, 2026) — "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a news story datelined like a release: the body counting victims keeps its claim
        (
            "At least 18 people were killed when a missile hit a bus depot, the Dorval "
            "health office said on Thursday.",
            [("killed", 18, None, "the Dorval health office", "official")],
        ),
        (
            "Two people were killed and five wounded in a drone strike, according to the "
            "Dorval emergency services.",
            [
                ("killed", 2, 2, "the Dorval emergency services", "official"),
                ("injured", 5, 5, "the Dorval emergency services", "official"),
            ],
        ),
        (
            "Nine civilians died in overnight shelling, Governor Adam Reiss said.",
            [("killed", 9, 9, "Adam Reiss", "official")],
        ),
        # a release: the body running the operation is the author
        (
            "Security forces killed six militants in a raid near Tamsk, the Interior "
            "Ministry said.",
            [("killed", 6, 6, "author", "author")],
        ),
        (
            "The Joint Operations Command reports that its aircraft killed 11 fighters of the "
            "Black Banner group near Tamsk.",
            [("killed", 11, 11, "author", "author")],
        ),
        # a lead opening on the body and "said"/"announced" tells a story (thirty-first
        # session, as the gold of own-r08, own-r19 and fresh26-r05 reads it): the body's
        (
            "The Joint Operations Command said its aircraft killed 11 fighters of the Black "
            "Banner group near Tamsk.",
            [("killed", 11, 11, "The Joint Operations Command", "military")],
        ),
    ],
)
def test_dated_dateline_news_or_release(body: str, expected: list[Row]) -> None:
    assert _claims(_DATED + body) == expected


def test_release_header_keeps_the_issuer_as_author() -> None:
    text = (
        "PRESS RELEASE. DORVAL (Jan. 9, 2026) — The Ministry of Health reports that 15 "
        "people were killed and 40 injured in the attack on the market."
    )
    assert _claims(text) == [
        ("killed", 15, 15, "author", "author"),
        ("injured", 40, 40, "author", "author"),
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("The civil defence in Harsa", "official"),  # was military: "defence" read alone
        ("the Civil Defence in Harsa", "official"),
        ("The Harsa civil defence", "official"),
        ("military sources in Harsa", "military"),
    ],
)
def test_phrase_before_a_place_keeps_its_kind(name: str, kind: str) -> None:
    assert source_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed member named by a role and a name is a source of its own
        (
            "Local sources, including journalist Amir Saleh, reported that three men were killed.",
            {"journalist Amir Saleh": "media"},
        ),
        (
            "Local sources, including the Kessar Coordination Committee and journalist Wael "
            "Sabbagh, reported that a woman and her three children were killed.",
            # a journalist beside it does not make an unknown committee an outlet
            {"the Kessar Coordination Committee": "official", "journalist Wael Sabbagh": "media"},
        ),
        # a lower-case member the lexicon knows speaks (docs/claims-gold.md: "Local sources,
        # including X, reported" is X's claim; K, eighteenth session)
        ("Local sources, including a relative, said two died.", {"a relative": "family"}),
    ],
)
def test_listed_role_and_name(text: str, expected: dict[str, str]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # an account takes its owner's kind; a person's page is a poster's
        ("the Facebook page of the Ouda municipality", "official"),
        ("the Ouda municipality's Facebook page", "official"),
        ("the Telegram channel of the Red Hand militia", "partisan"),
        ("the Facebook page of the Odeh family", "family"),
        ("the Facebook page of Lina Odeh", "social_media"),
        ("the X account of the army", "military"),
        # an acronym is a body's name, not a person's
        ("TNA", "official"),
    ],
)
def test_account_owner_and_acronym_kinds(name: str, kind: str) -> None:
    assert source_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym that reports is an outlet
        ("TNA reported 6 dead and 14 injured.", {"TNA": "media"}),
        # a name the text calls an outlet elsewhere
        (
            "The Sanad agency reported that three people were killed. Sanad later reported "
            "that a fourth person died.",
            {"The Sanad agency": "media", "Sanad": "media"},
        ),
        (
            "The outlet Zamra first reported the strike. Zamra said five people were killed.",
            {"Zamra": "media"},
        ),
        # a person with the same surname stays a witness
        ("Omar Zamra, a resident, said five people were killed.", {"Omar Zamra": "witness"}),
    ],
)
def test_kind_from_the_rest_of_the_text(text: str, expected: dict[str, str]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the page Harsa Martyrs", "social_media"),
        ("the local page Deir Kalb Now", "social_media"),
        ("the outlet Abrak Now", "media"),
        ("the news site Kessar Today", "media"),
    ],
)
def test_descriptor_before_a_name(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_listed_page_and_outlet() -> None:
    text = (
        "Local sources, including the Harsa Network and the page Harsa Martyrs, reported "
        "the deaths of three men."
    )
    assert _kinds(text) == {"the Harsa Network": "media", "the page Harsa Martyrs": "social_media"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Now"/"Today" closing an outlet's name, read by the parse as an adverb
        # (a name closing on "Now" is a local page's, as the fixtures' "Deir Mahla Now")
        ("According to Kessa Now, nine people were wounded.", {"Kessa Now": "social_media"}),
        ("Nine people were wounded, Kessa Now reported.", {"Kessa Now": "social_media"}),
        (
            "Harsa Today and Sanad reported three deaths.",
            {"Harsa Today": "media", "Sanad": "media"},
        ),
        (
            "According to Harsa Today and Sanad, three people died.",
            {"Harsa Today": "media", "Sanad": "media"},
        ),
        # the adverb itself is no name
        ("The strike killed four people today, Omar Tell said.", {"Omar Tell": "witness"}),
    ],
)
def test_name_closing_on_an_adverb(text: str, expected: dict[str, str]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to X, which cited Y": Y speaks, X relays
        (
            "Three civilians were killed, according to the Harsa Times, which cited local residents.",
            {"local residents": "witness"},
        ),
        (
            "According to the Harsa Times, which quoted a nurse at the clinic, nine people were wounded.",
            {"a nurse at the clinic": "medical"},
        ),
        # a figure cited is no source
        (
            "Three civilians were killed, according to the Harsa Times, which cited the figure "
            "in its evening bulletin.",
            {"the Harsa Times": "media"},
        ),
    ],
)
def test_according_to_which_cited(text: str, expected: dict[str, str]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both Sanad and the Harsa Times reported three deaths.",
            {"Sanad": "media", "the Harsa Times": "media"},
        ),
        (
            "Both Harsa Today and Sanad reported three deaths.",
            {"Harsa Today": "media", "Sanad": "media"},
        ),
        ("Both outlets reported three deaths.", {"Both outlets": "media"}),
    ],
)
def test_both_names_nobody(text: str, expected: dict[str, str]) -> None:
    assert _kinds(text) == expected
