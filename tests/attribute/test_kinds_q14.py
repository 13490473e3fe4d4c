"""Fourteenth session (helper Q): source kinds from the source's own phrase, by the
lexicon's title, head-noun and modifier tables (``data/sources.json``), and posts whose
header names the poster while the body names the source.

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.posts import post_poster
from claimledger.attribute.sources import is_title, source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-01-10")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # police ranks and titles: official
        ("Superintendent Musa Kile", "official"),
        ("Police Spokesperson Supt.", "official"),
        ("Inspector Lara Venn", "official"),
        ("Commissioner Ada Feren", "official"),
        ("Detective Sergeant Omar Tal", "official"),
        # a police modifier before a military rank makes it the police's
        ("Police Sergeant Ali Kem", "official"),
        # ranks stay military
        ("Gen. Oleg Vasko", "military"),
        ("Army Captain Rema Sol", "military"),
        # a title before a body's name is no person's title
        ("Korat General Hospital", "medical"),
        # head nouns of bodies
        ("the Tessa Rights Collective", "ngo"),
        ("the Harn Victims Initiative", "ngo"),
        ("the Qalet health directorate", "official"),
        # members of a body take its kind
        ("Field researchers of the Tessa Rights Collective", "ngo"),
        ("staff at Korat General Hospital", "medical"),
    ],
)
def test_kind_by_tables(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_titles_table() -> None:
    assert is_title("Supt.") and is_title("Inspector") and is_title("Gen.")
    assert not is_title("Hospital") and not is_title("Daniel")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the parse cuts "Supt." off as a sentence: the title before the name still counts
        (
            "Police Spokesperson Supt. Daniel Okoro told reporters that four people were killed.",
            ("killed", 4, 4, "Daniel Okoro", "official"),
        ),
        (
            "Superintendent Musa Kile said six people died in the fire.",
            ("killed", 6, 6, "Superintendent Musa Kile", "official"),
        ),
    ],
)
def test_titled_speaker(text: str, row: tuple[object, ...]) -> None:
    assert _claims(text) == [row]


def test_counts_before_a_reported_clause() -> None:
    # "reported 13 killed and 40 injured": the parse makes "13" the verb's object
    text = "The Qalet health directorate reported 13 killed and 40 injured."
    assert _claims(text) == [
        ("killed", 13, 13, "The Qalet health directorate", "official"),
        ("injured", 40, 40, "The Qalet health directorate", "official"),
    ]


def test_header_does_not_override_the_body_source() -> None:
    text = "@ridge_watcher: Local media reporting 6 dead and at least 9 wounded in Tarn."
    assert _claims(text) == [
        ("killed", 6, 6, "Local media", "media"),
        ("injured", 9, None, "Local media", "media"),
    ]


def test_trailing_cue_after_a_header() -> None:
    text = "Sefra News Agency on Facebook: 9 killed in Dalim as a fuel depot burns, the civil defence says."
    assert _claims(text) == [("killed", 9, 9, "the civil defence", "official")]


def test_figures_shared_keep_their_origin() -> None:
    text = (
        "Thread by journalist @hanna_reports:\n1/ Figures from Korat General Hospital, shared "
        "with me: 14 dead, 31 injured after the strike on the bus depot.\n2/ More soon."
    )
    assert _claims(text) == [
        ("killed", 14, 14, "Korat General Hospital", "medical"),
        ("injured", 31, 31, "Korat General Hospital", "medical"),
    ]


@pytest.mark.parametrize(
    ("text", "poster"),
    [
        ("Sefra News Agency on Facebook: 9 killed in Dalim.", ("Sefra News Agency", "media")),
        ("Karim Adel (@karim_adel) on X: two dead in Ebbin.", ("Karim Adel", "social_media")),
        ("Nadia Sawal posted:\nTwo young men were killed.", ("Nadia Sawal", "social_media")),
        ("Thread by journalist @hanna_reports: 3 dead.", ("@hanna_reports", "media")),
    ],
)
def test_named_headers(text: str, poster: tuple[str, str]) -> None:
    found = post_poster(text)
    assert found is not None and (found.name, found.kind) == poster


def test_ministry_statement_under_a_header() -> None:
    text = (
        "MINISTRY OF INTERIOR\nPress release No. 41\nThe Ministry announces that security "
        "units in Halvar district arrested 12 persons suspected of smuggling weapons."
    )
    assert _claims(text) == [("arrested", 12, 12, "author", "author")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a relative who tells is the source, not the poster's own kin
        (
            "Posted by Mira Dalan:\nMy uncle says 3 people were killed. Two boys were wounded.",
            [
                ("killed", 3, 3, "My uncle", "family"),
                ("injured", 2, 2, "Mira Dalan", "social_media"),
            ],
        ),
        (
            "Posted by Mira Dalan:\nMy uncle was killed last night. Two boys were wounded.",
            [("killed", 1, 1, "Mira Dalan", "family"), ("injured", 2, 2, "Mira Dalan", "family")],
        ),
    ],
)
def test_poster_kin_or_teller(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _claims(text) == rows


def test_two_clauses_of_one_cue() -> None:
    # the parse splits "officers responding to the riot arrested 17" into two clauses of "said"
    text = (
        "Spokesman Chief Inspector Paul Egan said officers responding to the riot in Linder "
        "Street arrested 17 people."
    )
    assert _claims(text) == [
        ("arrested", 17, 17, "Spokesman Chief Inspector Paul Egan", "official")
    ]


def test_figures_named_after_the_line() -> None:
    text = (
        "Telegram | Vessa Front Line\nShelling of the Vessa bus station this afternoon: 12 dead. "
        "Figures from the city emergency service."
    )
    assert _claims(text) == [("killed", 12, 12, "the city emergency service", "official")]


def test_count_conjoined_to_the_cue() -> None:
    # the parse hangs "24 wounded" on "announced" as a conjunct of the verb
    text = "The Kesh municipality just announced 11 dead and 24 wounded from the shelling."
    assert _claims(text) == [
        ("killed", 11, 11, "The Kesh municipality", "official"),
        ("injured", 24, 24, "The Kesh municipality", "official"),
    ]


def test_trailing_cue_on_the_line_after_a_header() -> None:
    text = "Brenn Today on X:\n5 killed as a car bomb explodes outside the courthouse, police say."
    assert _claims(text) == [("killed", 5, 5, "police", "official")]


def test_title_cut_off_before_a_name_the_tagger_calls_an_organisation() -> None:
    text = "A man was taken to hospital. Sgt. Eli Brandt said one suspect was arrested."
    assert ("arrested", 1, 1, "Eli Brandt", "military") in _claims(text)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Ruvel Press Freedom Union", "ngo"),
        ("the Sarel Ceasefire Mission", "ngo"),
        ("the OSK Monitoring Mission", "ngo"),
    ],
)
def test_monitors_and_press_freedom_bodies(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_the_mission_points_back() -> None:
    text = (
        "Monitors of the Sarel Ceasefire Mission visited the site. In its report the Mission "
        "said 6 people had died."
    )
    assert _claims(text) == [("killed", 6, 6, "Sarel Ceasefire Mission", "ngo")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a part set off after the content is the statement's too
        (
            "The Telegram channel Morra Pulse reported 5 killed, among them two sisters.",
            [
                ("killed", 5, 5, "Morra Pulse", "social_media"),
                ("killed", 2, 2, "Morra Pulse", "social_media"),
            ],
        ),
        (
            "The Observatory documented 11 deaths in Qalet, among them four children.",
            [
                ("killed", 11, 11, "The Observatory", "ngo"),
                ("killed", 4, 4, "The Observatory", "ngo"),
            ],
        ),
    ],
)
def test_part_after_the_content(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _claims(text) == rows


def test_photographer_is_media() -> None:
    assert source_kind("Local photographer Yara Haddad") == "media"


def test_speaker_before_a_participle() -> None:
    # the parse hangs "Omar Dalla" on "reporting", a clause of "said"
    text = "Journalist Omar Dalla, reporting for Sella Today, said 6 members of the Qasim family were killed."
    assert _claims(text) == [("killed", 6, 6, "Omar Dalla", "media")]


def test_a_head_noun_of_the_table_is_known() -> None:
    # an unknown name ending on a table's head noun is no unknown name: context does not retype it
    text = (
        "A field researcher of the Kolo Documentation Collective, who asked not to be named, "
        "said 5 men were executed. The Kolo Provincial Bureau of Health reported 6 deaths."
    )
    assert ("killed", 6, 6, "The Kolo Provincial Bureau of Health", "official") in _claims(text)


def test_a_conjoined_clause_with_its_own_subject_is_not_said() -> None:
    # "called ... and deputies found all four deceased": the callers do not report the count
    text = (
        "The grandparents called the sheriff's office to do a welfare check and deputies "
        "found all four deceased."
    )
    assert _claims(text) == [("killed", 4, 4, "author", "author")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # "<body> figures, shared with me:" keeps the figures' named origin
        (
            "Thread by journalist @lina_reports:\n1/ Spoke to survivors of the Marra strike.\n"
            "2/ Marra health office figures, shared with me: 19 dead.",
            ("killed", 19, 19, "Marra health office", "official"),
        ),
        # a generic word before "figures" names nobody
        ("Casualty figures: 12 dead.", ("killed", 12, 12, "author", "author")),
    ],
)
def test_body_figures_shared(text: str, row: tuple[object, ...]) -> None:
    assert _claims(text) == [row]
