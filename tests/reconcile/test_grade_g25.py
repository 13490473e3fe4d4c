"""The grade's twenty-fifth-session readings (issue 13), on sentences of ours.

Sources: each conjunct of a reporting verb's subject is a source, when the tagger calls the
first one an adjective ("The Tavrik fishermen's cooperative and the coast guard both gave the
toll, three dead") and when it calls a name's last word a common noun ("The Morvel Courier
and Kest TV reported"). Disputes: two speakers giving causes of different sides, read through
what they found or saw ("said they found remnants of a car bomb", "said footage showed an
army drone"), what a witness heard ("heard a plane before the blast") against a cause that
is no attack ("a generator fire"), and who did it said to be disputed ("It remains disputed
which of the two coalitions carried it out"); pointing to, naming, putting the deaths down to
and "described by" give accounts. Invented places and outlets (Tavrik, Morvel, Bexa, Talu,
Kalo; the Morvel Courier, Kest TV, Radio Merr). Each class has a hit and a near miss.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade_accounts import competing
from claimledger.reconcile.grade_sources import read_sources

pytestmark = pytest.mark.integration

_SOURCES = " The Bexa Post and Radio Kiro reported the deaths."


def grade(text: str) -> tuple[str, str]:
    inc = claimledger.analyze(text, published="2026-05-10").incidents[0]
    return inc.grade or "", " ".join(inc.grade_reasons)


def names(sentence: str) -> list[str]:
    return [m.name for m in read_sources(parse_sentences([sentence])).sources]


def test_each_conjunct_of_a_subject_counted_by_both_is_a_source() -> None:
    said = names(
        "The Tavrik fishermen's cooperative and the coast guard both gave the toll, three dead."
    )
    assert said == ["The Tavrik fishermen's cooperative", "the coast guard"]
    got, why = grade(
        "On 4 March 2026 a shell struck a fishing boat off Tavrik, killing three fishermen. "
        "The Tavrik fishermen's cooperative and the coast guard both gave the toll, three dead."
    )
    assert got == "fair", why
    # a list the parser split into two subjects is one list
    said = names(
        "The Nask boatmen's cooperative, the harbour master and the provincial hospital all"
        " gave the same toll."
    )
    assert len(said) == 3 and "The Nask boatmen's cooperative" in said
    # an adjective with no determiner or owner names no one ("Local and foreign ... both")
    assert names("Hungry and tired, the men both gave their names.") == []


def test_two_names_joined_by_the_parser_whose_last_word_is_a_common_noun() -> None:
    said = names("The Morvel Courier and Kest TV reported the deaths.")
    assert "Morvel Courier" in said and "Kest TV" in said
    got, why = grade(
        "A drone hit a truck near Morvel on 2 May 2026, killing two drivers. "
        "The Morvel Courier and Kest TV reported the deaths."
    )
    assert got == "fair", why
    # one name with a common noun of its own stays one ("the Morvel Courier's TV channel")
    assert len(names("The Morvel Courier's TV channel reported the deaths.")) == 1


def test_what_a_speaker_found_or_saw_names_the_side_of_the_cause() -> None:
    pair = competing(
        parse_sentences(
            [
                "Officials said a drone fired a missile at the market.",
                "A team of independent investigators said they found remnants of a car bomb.",
            ]
        )
    )
    assert pair is not None
    assert {a.sides for a in pair} == {frozenset({"state"}), frozenset({"nonstate"})}
    got, why = grade(
        "A blast killed five people in Bexa on 2 March 2026. The army spoke of a rebel rocket. "
        "Local activists said footage showed an army drone." + _SOURCES
    )
    assert got == "contested", why
    # the same side found twice is no dispute
    got, why = grade(
        "A blast killed five people in Bexa on 2 March 2026. The army spoke of a rebel rocket. "
        "Local activists said footage showed a rebel rocket." + _SOURCES
    )
    assert got == "fair", why


def test_what_a_witness_heard_against_a_cause_that_is_no_attack() -> None:
    got, why = grade(
        "An explosion at a building in Bexa killed five people on 2 March 2026. Witnesses "
        "heard a plane before the blast, but the civil defence said a generator fire caused "
        "it." + _SOURCES
    )
    assert got == "contested", why
    # what witnesses heard, with no other account, contests nothing
    got, why = grade(
        "An explosion at a building in Bexa killed five people on 2 March 2026. Witnesses "
        "heard a plane before the blast." + _SOURCES
    )
    assert got == "fair", why


def test_who_did_it_said_to_be_disputed() -> None:
    lead = (
        "An airstrike hit a wedding in Talu on 8 August 2026, killing nine civilians, "
        "according to the Talu Gazette and Radio Merr. "
    )
    for tail in (
        "It remains disputed which of the two coalitions carried it out.",
        "Which of the two air forces conducted the raid is still in dispute.",
        "It is contested which side was responsible.",
        "The identity of the attacker is disputed.",
        "Which side fired it is hotly debated in the town.",
    ):
        got, why = grade(lead + tail)
        assert got == "contested", (tail, why)
        assert "who did it disputed" in why
    # a disputed toll is no dispute of who did it
    got, why = grade(lead + "It remains disputed how many of the dead were children.")
    assert got == "fair", why


def test_pointing_to_naming_putting_down_to_and_described_by_are_accounts() -> None:
    lead = "Three farmers died near Kalo on 5 May 2026, according to the Kalo Times and Radio Pim. "
    for tail in (
        "The police put the deaths down to a feud between two families, whereas relatives "
        "pointed to soldiers at a nearby checkpoint.",
        "Some reports name an army drone as the cause, others a rebel mortar.",
        "Investigators from a rights group concluded the blast came from a buried mine, not from "
        "the airstrike described by residents.",
    ):
        got, why = grade(lead + tail)
        assert got == "contested", (tail, why)
    # the same side named twice, and a toll put and names given, contest nothing
    for tail in (
        "Investigators concluded the strike came from coalition jets, matching the airstrike "
        "described by residents.",
        "The police put the toll at three and named the dead as farmers.",
    ):
        got, why = grade(lead + tail)
        assert got == "fair", (tail, why)


def test_cited_recorded_and_which_one_disputed() -> None:
    lead = (
        "A house in Mirra was destroyed on 4 June 2026, killing five, according to the Mirra "
        "Post and Radio Tolk. "
    )
    for tail in (
        "The authorities cited a gas explosion. Residents described an airstrike.",
        "Residents recorded the sound of a jet; the governor's office insists an old boiler "
        "exploded.",
        "One of the two armed coalitions active in the area is believed responsible, but which "
        "one remains disputed.",
    ):
        got, why = grade(lead + tail)
        assert got == "contested", (tail, why)
    # a disputed figure, a gas explosion told alone, and what a hospital recorded contest nothing
    for tail in (
        "Which figure is correct remains disputed.",
        "The authorities cited a gas explosion.",
        "The hospital recorded five deaths, and residents said the house fell in.",
    ):
        got, why = grade(lead + tail)
        assert got == "fair", (tail, why)


def test_stored_fuel_set_off_is_a_cause_that_is_no_attack() -> None:
    lead = (
        "A blast destroyed a workshop in Hollin on 14 May 2026, killing five workers, according "
        "to the Hollin Courier and Radio Sell. "
    )
    got, why = grade(
        lead + "Neighbours said they heard a missile; the civil defence said welding equipment "
        "set off stored fuel."
    )
    assert got == "contested", why
    # stored food is no store that went off, and a missile heard alone contests nothing
    got, why = grade(lead + "Neighbours said they heard a missile hit the stored food.")
    assert got == "fair", why


def test_a_subject_reporting_like_or_with_another_and_a_subject_split_at_an_adverb() -> None:
    assert names("The Vosk Herald, like the regional hospital, put the toll at five.") == [
        "The Vosk Herald",
        "the regional hospital",
    ]
    said = names("The Vosk Herald and, separately, the regional hospital reported five deaths.")
    assert sorted(said) == ["The Vosk Herald", "the regional hospital"]
    # unlike, and a verb that reports nothing, name no second source
    assert names("The Vosk Herald, unlike the regional hospital, put the toll at five.") == [
        "The Vosk Herald"
    ]
    assert names("The mayor, along with the police chief, visited the ruins.") == []
    # "like" with no commas gives an example, not a second source
    assert "Orla Venn" not in names("Shoppers like Orla Venn said the blast shook the street.")
