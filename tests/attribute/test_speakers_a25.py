"""Twenty-fifth session (helper A, issue 15): the speaker of a sentence read by the parse
where it stands at the sentence's edges.

A leading date the parse swallows with the subject ("On 6 May 2026 the X Health
Directorate reported one death": the body as the object of "On", the verb left without a
subject) gives the verb its subject back, and no speaker's name starts with a date; a long
sentence closed by its speaker ("..., the Group's spokesman, Lieutenant Colonel X, said")
is the speaker's even when the parse hangs the speaker on the clause before it; a press
desk's header closed by a dash and a date ("Press Centre of the X Popular Army - 12 May")
names the faction that speaks; a reporting verb the tagger read as a plural noun with a
subject of its own ("..., and the mayor's office claims nobody died") is that subject's.

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute import find_attributions
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", published="2026-05-10")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "A shell struck the covered market in Halvik on 5 May 2026. On 6 May 2026 the "
            "Halvik Health Directorate reported one death and six injuries.",
            [
                ("killed", 1, "the Halvik Health Directorate", "official"),
                ("injured", 6, "the Halvik Health Directorate", "official"),
            ],
        ),
        (
            "On 7 May the Brell Health Directorate reported two deaths and nine injuries among "
            "passengers.",
            [
                ("killed", 2, "the Brell Health Directorate", "official"),
                ("injured", 9, "the Brell Health Directorate", "official"),
            ],
        ),
    ],
)
def test_subject_behind_a_leading_date(text: str, rows: list[tuple[str, int, str, str]]) -> None:
    got = _claims(text)
    for row in rows:
        assert row in got


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Units of the Vostok Group of Forces repelled three attacks near Talin and Orsk over "
            "the past day, and the enemy lost up to 40 servicemen killed and wounded, two tanks "
            "and a mortar, the brigade's spokesman, Lieutenant Colonel Arvid Tesk, said.",
            ("killed", None, "Lieutenant Colonel Arvid Tesk", "military"),
        ),
        (
            "Over the past day, in the Talin direction, assault detachments of the Group took "
            "better positions, and during the fighting 25 enemy soldiers were killed, 14 were "
            "wounded and three surrendered, the brigade's spokesman, Lieutenant Colonel Arvid "
            "Tesk, said.",
            ("killed", 25, "Lieutenant Colonel Arvid Tesk", "military"),
        ),
        (
            "In the Talin direction, the brigade's units took the settlement of Orsk, killing 25 "
            "enemy soldiers, the brigade's spokesman, Lieutenant Colonel Arvid Tesk, said in a "
            "video statement.",
            ("killed", 25, "Lieutenant Colonel Arvid Tesk", "military"),
        ),
        (
            "The militants lost up to 25 fighters in the clashes near Sorka, and a further "
            "eight were captured, the brigade's press officer, Major Lev Darin, told reporters.",
            ("arrested", 8, "Major Lev Darin", "military"),
        ),
    ],
)
def test_speaker_closing_a_long_sentence(text: str, row: tuple[str, int, str, str]) -> None:
    assert row in _claims(text)


def test_closing_speaker_keeps_a_trailing_list() -> None:
    # a list of outlets after the clause stays a list (near miss: no counted phrase)
    got = _claims(
        "A drone struck a bus near the Orsk bridge on Monday, killing seven passengers, Radio "
        "Kesh and the Orsk Courier reported."
    )
    assert ("killed", 7, "Radio Kesh", "media") in got
    assert ("killed", 7, "the Orsk Courier", "media") in got


def test_closing_phrase_with_a_verb_is_no_speaker() -> None:
    # near miss: what closes the sentence is a clause, not a speaker
    got = _claims(
        "Rescue teams worked through the night in Pellin, where four people were killed, "
        "officials in the town said."
    )
    assert got == [("killed", 4, "officials in the town", "anonymous")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Press Centre of the Dornish Popular Army - 12 March 2026\nAs a result of shelling "
            "by the enemy, two civilians were killed and five injured in Talin.",
            ("killed", 2, "the Dornish Popular Army", "partisan"),
        ),
        (
            "Press Office of the Velland People's Army \u2014 4 June\nEnemy drones struck a bus "
            "in Orsk, killing three passengers.",
            ("killed", 3, "the Velland People's Army", "partisan"),
        ),
    ],
)
def test_press_desk_header_closed_by_a_date(text: str, row: tuple[str, int, str, str]) -> None:
    assert row in _claims(text)


def test_state_press_service_header_stays_the_author() -> None:
    # near miss: a ministry's press service is the author of its own release
    got = _claims(
        "Press Service of the Ministry of Defence - 12 March 2026\nOur units shelled enemy "
        "positions near Talin. Four enemy fighters were killed."
    )
    assert ("killed", 4, "author", "author") in got


def test_reporting_verb_read_as_a_noun() -> None:
    got = _claims(
        "Radio Tarn said on air that 12 people were hurt, and the mayor's office claims nobody "
        "died."
    )
    assert ("injured", 12, "Radio Tarn", "media") in got
    assert ("killed", 0, "the mayor's office", "official") in got


def test_plural_noun_claims_is_no_verb() -> None:
    # near miss: "claims" as the noun it is ("the claims of the ministry")
    got = _claims(
        "The claims of the ministry could not be verified. Medics at the Orsk clinic said "
        "three people were killed."
    )
    assert ("killed", 3, "Medics at the Orsk clinic", "medical") in got


def test_date_and_time_before_the_subject() -> None:
    got = _claims(
        "On 9 May 2026 at 14:00 the Kesh Health Directorate reported one death and two injuries."
    )
    assert ("killed", 1, "the Kesh Health Directorate", "official") in got


def test_counted_object_after_a_long_adverbial() -> None:
    got = _claims(
        "The Orsk Health Directorate reported on Monday, in a statement published on its "
        "Facebook page after a night of shelling, one death and six injuries."
    )
    assert ("killed", 1, "The Orsk Health Directorate", "official") in got
    assert ("injured", 6, "The Orsk Health Directorate", "official") in got


def test_official_by_role_on_a_platform() -> None:
    got = _claims(
        "Three people were killed and nine were wounded in the shelling of the Kesh market on "
        "Tuesday morning, the head of the Kesh district administration, Ivan Pell, said on "
        "Telegram."
    )
    assert ("killed", 3, "Ivan Pell", "official") in got


def test_resident_on_a_platform_stays_a_poster() -> None:
    # near miss: no official role is said of the person
    got = _claims("Omar Feld, who lives near the depot, wrote on Facebook that two people died.")
    assert got == [("killed", 2, "Omar Feld", "social_media")]


def _speakers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.source.name for a in find_attributions(nlp(text), "t")]


@pytest.mark.integration
def test_a_verb_with_an_object_closes_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "said enough" has an object; nothing before it is what the town said
    text = (
        "But when the council cut the budget for the clinic two years later, the town said enough."
    )
    assert _speakers(nlp, text) == []


@pytest.mark.integration
def test_a_name_with_its_own_apposition_keeps_the_whole_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the name's last comma-set part ("D-Vt.") is not the speaker by itself
    text = (
        "The bill would raise the cap on disaster loans for farms and small shops, Senator "
        "Ana Cole, D-Vt., said on Tuesday."
    )
    names = _speakers(nlp, text)
    assert names and all("Cole" in n for n in names)


def test_an_employer_named_in_apposition_speaks() -> None:
    got = _claims(
        "One of them, a sound engineer, later died of his wounds, his employer, Dalno FM, "
        "announced."
    )
    assert ("killed", 1, "Dalno FM", "media") in got


def test_a_press_union_is_no_outlet() -> None:
    got = _claims(
        "Two reporters were hurt on 18 July 2026 while covering a strike in Dalno, the Kerev "
        "Press Union said."
    )
    assert ("injured", 2, "the Kerev Press Union", "ngo") in got


def test_an_outlet_named_press_stays_media() -> None:
    # near miss: "Press" closing an outlet's name
    got = _claims("Two reporters were hurt in a strike in Dalno, Kerev Press reported.")
    assert ("injured", 2, "Kerev Press", "media") in got


def test_a_clinics_director_speaks_for_the_clinic() -> None:
    got = _claims(
        "The director of the Red Crescent clinic in Orsk said the clinic had treated 18 injured."
    )
    assert ("injured", 18, "The director of the Red Crescent clinic in Orsk", "medical") in got


def test_a_closing_speaker_with_a_relative_clause() -> None:
    # the relative clause is said of the speaker: here its anonymity
    got = _claims(
        "Four children were among the dead, a nurse at the Kavan children's hospital, who asked "
        "not to be named, told the Velt Post."
    )
    assert ("killed", 4, "a nurse at the Kavan children's hospital", "anonymous") in got


def test_a_relative_clause_of_the_place_is_no_speaker() -> None:
    # near miss: "which was hit twice" is said of the depot; the officials speak
    got = _claims("Two guards died at the fuel depot, which was hit twice, officials said.")
    assert got == [("killed", 2, "officials", "anonymous")]


def test_the_clause_a_speaker_interrupts_before_while() -> None:
    # "while" opens another speaker's clause: the clause before it is the first speaker's
    got = _claims(
        "Five people were killed, the Velt Red Crescent said, while the Orsk governor put the "
        "toll at seven."
    )
    assert ("killed", 5, "the Velt Red Crescent", "ngo") in got
    assert all(
        not (f == "killed" and n == 7 and name == "the Velt Red Crescent") for f, n, name, _ in got
    )


def test_according_to_after_a_fronted_adverbial() -> None:
    got = _claims(
        "As of Wednesday morning, according to figures released by the Kavan regional "
        "administration, 17 people had been killed."
    )
    assert ("killed", 17, "the Kavan regional administration", "official") in got


def test_according_to_closing_a_clause_before_another() -> None:
    # near miss: a clause with a verb before the phrase is what it closes
    got = _claims(
        "Three people died in the fire, according to the Kavan fire service, and the cause is "
        "not yet known."
    )
    assert ("killed", 3, "the Kavan fire service", "official") in got


def test_a_pages_admin_speaks_as_the_page() -> None:
    got = _claims(
        "Shared from the page Orsk Voice: Residents say three people were killed near the bus "
        "stop. The page's admin added that a child was among the injured."
    )
    assert ("injured", 1, "The page's admin", "social_media") in got


def test_an_outlets_page_admin_stays_media() -> None:
    # near miss: the page is an outlet's
    got = _claims("The Orsk News page's admin wrote that two people were killed.")
    assert ("killed", 2, "The Orsk News page's admin", "media") in got
