"""Fifteenth session (helper Q): relays' sources and kinds. An outlet that reports what it
cites after the clause ("..., local outlet X reports, citing Y"), a header naming whom an
outlet cites ("News from X, citing Y:"), a channel's "according to our sources" after its
header, "our sources in the city report that" (the tagger reads "report" as a noun), a
source tied to an armed faction by a compound ("a rebel-aligned channel", "a pro-militia
page") or a longer name ("close to the Sons of Harra militia"), a phrase of the lexicon
inside a role ("a fire brigade official"), a county's commander.

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.factions import tied_to_faction
from claimledger.attribute.noun_cue import cue_read_as_noun
from claimledger.attribute.posts import post_poster
from claimledger.attribute.sources import source_kind
from claimledger.nlp.load import load_nlp
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-01-10")
_vias = claims_reader("figure", "low", "name", "kind", "via", published="2026-01-10")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the cue a conjunct of the clause's verb, the cited phrase closing the sentence
        (
            "Four people were killed and nine injured in a blast at the Venn grain silo, local "
            "outlet Venn Daily reports, citing a hospital director.",
            [
                ("killed", 4, 4, "a hospital director", "medical"),
                ("injured", 9, 9, "a hospital director", "medical"),
            ],
        ),
        # a header, then the clause and a trailing cue with the cited after it
        (
            "URGENT: 3 dead, 8 hurt in a blast near the Osso bridge, the Osso Tribune says, citing "
            "police.",
            [("killed", 3, 3, "police", "official"), ("injured", 8, 8, "police", "official")],
        ),
    ],
)
def test_trailing_cue_citing(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _claims(text) == rows


def test_trailing_cue_citing_names_the_outlet_as_relay() -> None:
    text = (
        "Two people were killed in a blast at the Osso bridge, the Osso Tribune says, citing "
        "police."
    )
    assert _vias(text) == [("killed", 2, "police", "official", "the Osso Tribune")]


def test_a_conjoined_verb_with_and_is_no_trailing_cue() -> None:
    # "..., and police say ...": the second clause says its own thing
    text = "Three people were killed in the blast at the Osso bridge, and police say the toll may rise."
    assert _claims(text) == [("killed", 3, 3, "author", "author")]


def test_according_to_our_sources_after_a_header() -> None:
    text = (
        "Kessar Pulse (Telegram): According to our sources in Beit Ruman, 5 farmers were killed "
        "when a shell hit the orchard."
    )
    assert _claims(text) == [("killed", 5, 5, "our sources in Beit Ruman", "anonymous")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Telegram, Marun Front News: Our sources in the valley report that the raid on the "
            "school killed 7 children.",
            ("killed", 7, 7, "Our sources in the valley", "anonymous"),
        ),
        (
            "Medics at the Tarvo clinic report that 6 people died of their wounds overnight.",
            ("killed", 6, 6, "Medics at the Tarvo clinic", "medical"),
        ),
    ],
)
def test_report_read_as_a_noun(text: str, row: tuple[object, ...]) -> None:
    assert _claims(text) == [row]


def test_a_report_that_is_a_noun_names_no_source() -> None:
    # "that" opens a relative clause of the noun "report": no statement of "figures"
    doc = load_nlp()("The figures in the city report that was published on Monday show 9 dead.")
    assert all(cue_read_as_noun(doc, tok) is None for tok in doc)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "A rebel-aligned channel, Dunes Now, claimed that 22 soldiers had been killed.",
            ("killed", 22, 22, "Dunes Now", "partisan"),
        ),
        (
            "An insurgent-affiliated page, Marsh Voice, said 6 policemen were killed.",
            ("killed", 6, 6, "Marsh Voice", "partisan"),
        ),
        (
            "Vell Echo, a channel close to the Sons of Tarra militia, says its fighters killed 4 "
            "soldiers.",
            ("killed", 4, 4, "Vell Echo", "partisan"),
        ),
        (
            "A militia-aligned Telegram account, Sard Echo, wrote that 3 fighters had died.",
            ("killed", 3, 3, "Sard Echo", "partisan"),
        ),
        # a channel tied to the government stays a channel (the fixtures' reading)
        (
            "A pro-government Telegram channel wrote that 10 fighters were killed.",
            ("killed", 10, 10, "A pro-government Telegram channel", "social_media"),
        ),
        # an account without a tie is a poster's
        (
            "A Telegram account, Sard Echo, wrote that 3 people had died in the strike.",
            ("killed", 3, 3, "Sard Echo", "social_media"),
        ),
    ],
)
def test_tied_to_a_faction(text: str, row: tuple[object, ...]) -> None:
    assert _claims(text) == [row]


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        ("a rebel-aligned channel", True),
        ("a pro-militia page", True),
        ("a channel linked to the Sons of Tarra militia", True),
        ("an insurgency-friendly account", True),
        ("a pro-government channel", False),
        ("the rebel-held town", False),
        ("the rebel-run health office", False),
    ],
)
def test_tied_to_faction(text: str, tied: bool) -> None:
    assert tied_to_faction(text) is tied


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a lexicon phrase in a role does not vote word by word ("brigade" is no army's here)
        ("a fire brigade official", "official"),
        ("a brigade commander", "military"),
        ("a militia commander", "partisan"),
        # a county's commander is its police chief
        ("County Commander Mary Onsare", "official"),
        ("Commander Mary Onsare", "military"),
        ("the rebel-run health office", "official"),
    ],
)
def test_kinds(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_header_naming_whom_the_outlet_cites() -> None:
    found = post_poster("Latest from Delta FM, citing the Harun civil defence: 9 dead, 20 injured.")
    assert found is not None
    assert (found.name, found.kind, found.via) == (
        "the Harun civil defence",
        "official",
        "Delta FM",
    )
    text = "Delta FM, quoting the Harun civil defence: 9 dead and 20 injured after the strike."
    assert _claims(text) == [
        ("killed", 9, 9, "the Harun civil defence", "official"),
        ("injured", 20, 20, "the Harun civil defence", "official"),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # an outlet said to sympathise with a faction speaks for it
        (
            "The Harsa Media Office, an outlet sympathetic to the insurgents, reported 5 soldiers "
            "killed.",
            ("killed", 5, 5, "The Harsa Media Office", "partisan"),
        ),
        # a faction's own channel named in the header: the faction's claims
        (
            "From the Ridge Brigades' official channel: Our fighters killed 8 enemy soldiers "
            "near Kalla.",
            ("killed", 8, 8, "the Ridge Brigades", "partisan"),
        ),
        # a body's statement header: the body's own figures are the author's
        (
            "STATEMENT BY THE JOINT TASK FORCE MEDIA OFFICE\nThe task force is aware of reports "
            "that 3 civilians were injured near Sorra.",
            ("injured", 3, 3, "author", "author"),
        ),
    ],
)
def test_factions_own_voices(text: str, row: tuple[object, ...]) -> None:
    assert _claims(text) == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "per X, citing Y": Y speaks, X relays
        (
            "Per local radio Dunes FM, citing the district health office, 4 people died and 12 "
            "were injured in the shelling.",
            [
                ("killed", 4, "the district health office", "official", "local radio Dunes FM"),
                ("injured", 12, "the district health office", "official", "local radio Dunes FM"),
            ],
        ),
        # a trailing "told <outlet>" the parse made a conjunct of the clause's verb
        (
            "The shell on the bakery killed 7 people, including 2 boys, a teacher told Radio Vell.",
            [
                ("killed", 7, "a teacher", "witness", "Radio Vell"),
                ("killed", 2, "a teacher", "witness", "Radio Vell"),
            ],
        ),
    ],
)
def test_relays_after_their_source(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _vias(text) == rows


def test_a_reposted_page() -> None:
    found = post_poster("Repost from the Harn Martyrs page: Two young men were killed.")
    assert found is not None and (found.name, found.kind) == (
        "the Harn Martyrs page",
        "social_media",
    )
