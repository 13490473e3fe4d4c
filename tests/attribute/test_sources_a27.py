"""Twenty-seventh session (helper A, issue 15): who holds a claim when the parse hides the
speaker's statement, and what kind of source the public's own people are.

* A bare definite noun names the body named before it ("the agency" after "the X Civil
  Defence") when that body is of the kind the noun alone reads as (``definite``).
* "According to X, who spoke to Y, <subject> were killed": the parse hangs the subject on
  Y as an apposition and leaves the verb without one; what is said starts there
  (``according``).
* A reporting verb with a count for its object, however the parse hangs it: "<sources>
  in <place> report 12 wounded" (the verb read as a noun heading the sentence,
  ``noun_cue``), "report up to a dozen wounded" ("up" a particle of the verb, ``objects``),
  "Locals report three dead" ("dead" an adverb), "tell us up to a dozen were wounded" (the
  clause's subject a phrase on the verb, ``verbs``); "a dozen" counts as a number for the
  keep model's toll statements (``model``).
* A document passed on, its text after a colon: "X relayed a statement by Y: ..." is Y's
  (X relaying), "X published the names of the dead: A, B and C" X's (``relayed_doc``).
* People named by what they do, unknown to the lexicon ("Fishermen from the harbour",
  "motorists"), are the public (``witness``); a public service's agents ("rescuers",
  "firefighters") keep the authority's kind (``head_kinds.public_agent``); a place word ends
  a source's head noun ("Residents near the hospital" are residents, ``sources._HEAD_STOP``).

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from claimledger.attribute.sources import source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-06-10")


def test_the_agency_is_the_body_named_before() -> None:
    text = (
        "The Harlow Civil Defence said on Telegram that its crews had worked through the "
        "night at a flattened house in Dessa. In the caption the agency put the dead at nine."
    )
    assert ("killed", 9, 9, "The Harlow Civil Defence", "official") in _claims(text)


def test_the_agency_after_a_body_of_another_kind_stays_itself() -> None:
    # the hard case beside it: the latest body named is a rights group, no agency
    text = (
        "The Velmor Rights Watch documented the raid on Dessa. In a later statement the "
        "agency put the dead at nine."
    )
    got = _claims(text)
    assert ("killed", 9, 9, "the agency", "official") in got
    assert not any(row[3] == "The Velmor Rights Watch" for row in got)


def test_according_to_a_relative_who_spoke_to_an_outlet() -> None:
    text = (
        "On 4 May a shell hit a house in Kerrow. According to the victims' uncle, who spoke "
        "to the Kerrow Gazette, a mother and her two daughters were killed."
    )
    assert ("killed", 3, 3, "the victims' uncle", "family") in _claims(text)


def test_according_to_a_relative_whose_clause_the_parse_made_the_verbs() -> None:
    # the parse makes "who spoke to ..." a clause of "killed" and hangs the phrase on it
    text = "According to the driver's widow, who spoke to Ossa FM, three passengers were killed."
    assert ("killed", 3, 3, "the driver's widow", "family") in _claims(text)


def test_according_to_with_an_apposition_keeps_the_clause() -> None:
    # the hard case: an apposition on the source that is no subject ("a town of ...")
    text = (
        "According to the mayor of Tollan, a town of 3,000 people, two residents were "
        "injured in the blast."
    )
    assert ("injured", 2, 2, "the mayor of Tollan", "official") in _claims(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Doctors in Bellin report 12 wounded after the shelling.",
            ("injured", 12, 12, "Doctors in Bellin", "medical"),
        ),
        (
            "Residents in Kolm report up to nine dead.",
            ("killed", None, 9, "Residents in Kolm", "witness"),
        ),
        (
            "Bellin Live (Telegram)\nChannel admin: our sources in Bellin report up to a "
            "dozen wounded after the shelling.",
            ("injured", None, 12, "our sources in Bellin", "anonymous"),
        ),
        (
            "Bellin Now (TG)\nChannel admin: our sources in Bellin tell us up to a dozen "
            "were wounded.",
            ("injured", None, 12, "our sources in Bellin", "anonymous"),
        ),
        (
            "Locals report three dead after the strike on the ferry.",
            ("killed", 3, 3, "Locals", "witness"),
        ),
        (
            "Fire crews in Dolva report 11 dead under the rubble of the depot.",
            ("killed", 11, 11, "Fire crews in Dolva", "official"),
        ),
        (
            "Herders in Mesk report two killed by shelling near the wells.",
            ("killed", 2, 2, "Herders in Mesk", "witness"),
        ),
    ],
)
def test_a_reporting_verb_with_a_counted_object(text: str, row: tuple[object, ...]) -> None:
    assert row in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Channel admin: our sources in Bellin report this morning up to a dozen wounded.",
        "Channel admin: our sources in central Bellin are now reporting up to a dozen wounded.",
        "Channel admin: our sources in Bellin report heavy shelling and up to a dozen wounded.",
    ],
)
def test_a_speaker_opening_a_header_line(text: str) -> None:
    # the header glued to the sentence scatters its parse; the words still name the speaker
    got = _claims(text)
    assert got == [
        ("injured", None, 12, text.split(": ")[1].split(" report")[0].split(" are")[0], "anonymous")
    ]


def test_a_header_line_without_a_speaker_stays_the_posters() -> None:
    # the hard case: the line opens on no speaker, the header's poster holds the count
    text = "Channel admin: shelling went on all night in Bellin, with up to a dozen wounded."
    got = _claims(text)
    assert got and all(row[3] == "Channel admin" for row in got)


def test_the_group_is_the_whole_name_not_a_name_inside_it() -> None:
    text = (
        "The Dessa Observatory for Human Rights said seven were killed. Hours later the group "
        "raised the toll to nine."
    )
    assert ("killed", 9, 9, "The Dessa Observatory for Human Rights", "ngo") in _claims(text)


def test_a_report_noun_is_no_verb() -> None:
    # the hard case: "report" a noun with no subject of its own; the writer's count
    text = "The police report on the shelling lists 12 wounded."
    got = _claims(text)
    assert not any(row[3] == "The police" for row in got)


_via = claims_reader("figure", "low", "name", "kind", "via", published="2026-06-10")


def test_a_statement_relayed_after_a_colon_is_its_owners() -> None:
    text = (
        "The Dorn Herald's Telegram account relayed a statement by the Vessa hospital: 17 "
        "wounded were admitted after the blast."
    )
    got = _via(text)
    assert (
        "injured",
        17,
        "the Vessa hospital",
        "medical",
        "The Dorn Herald's Telegram account",
    ) in got


def test_a_statement_by_an_owner_the_parse_hung_on_the_verb() -> None:
    text = (
        "The Sarn Press Agency's channel forwarded a statement by the provincial health office: "
        "22 wounded have been admitted."
    )
    got = _via(text)
    assert (
        "injured",
        22,
        "the provincial health office",
        "official",
        "The Sarn Press Agency's channel",
    ) in got


def test_names_published_after_a_colon_are_the_publishers() -> None:
    text = (
        "The Tamsin family's Facebook page published the names of the dead: Hani Tamsin, his "
        "wife Rana, their sons Adam and Ziad, and his sister Huda."
    )
    assert ("killed", 5, "The Tamsin family's Facebook page", "family", None) in _via(text)


def test_a_shared_photo_without_a_colon_is_no_relay() -> None:
    # the hard case: the verb passes on no text; the writer's count stays the writer's
    text = "The Dorn Herald shared a photo of the ward, where 17 wounded were being treated."
    got = _via(text)
    assert not any(row[2] == "the ward" for row in got)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Fishermen from the harbour", "witness"),
        ("a shepherd's son", "family"),
        ("the motorists", "witness"),
        ("two boatmen", "witness"),
        # a public service's agents and proper names keep their reading
        ("The rescuers", "official"),
        ("firefighters at the scene", "official"),
        ("the Harbour Fishermen Union", "official"),
        # a place word ends the head as "in"/"at" do: the people, not the place, speak
        ("Residents near the hospital", "witness"),
        ("Witnesses outside the army base", "witness"),
        ("doctors near the scene", "medical"),
    ],
)
def test_people_by_their_trade(name: str, kind: str) -> None:
    assert source_kind(name) == kind
