"""The thirtieth session's grade readings (helper G): who was harmed read from word classes
(a combatant noun or a noun "armed" / a combatant word modifies, against a civilian
occupation or status), and reports said not to have been made (a negated or exclusive
mention of outlets), and a reporting verb put before its subject. Invented texts; each hit
has a near miss beside it."""

from __future__ import annotations

import re

import pytest

from claimledger.attribute.parsed import parse_sentences
from claimledger.pipeline import analyze
from claimledger.reconcile.grade_sources import read_sources
from claimledger.reconcile.grade_victims import characterisations, victims_reason


def _parsed(text: str) -> list:  # type: ignore[type-arg]
    sentences = [m.group(0).strip() for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text)]
    return parse_sentences([s for s in sentences if s])


def _graded(text: str) -> tuple[str | None, tuple[str, ...]]:
    doc = analyze(text, published="2027-12-01")
    inc = doc.incidents[0] if doc.incidents else None
    return (inc.grade, inc.grade_reasons) if inc else (None, ())


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(c.speaker, c.kind, c.cue) for c in characterisations(_parsed(text))}


# --- who was harmed: word classes -------------------------------------------------------

CELL = (
    "On 4 May 2027 an air strike hit a house in Velo, killing three people. The Marran army "
    "said its aircraft struck a militant cell in Velo. The director of the Velo primary "
    "school said only displaced families were sheltering there."
)
SMUGGLERS = (
    "Three men were shot dead near the Ostra crossing on 9 June 2027. The Tarsk military said "
    "its forces fired on armed smugglers. Their employer, the Ostra general hospital, said the "
    "three were hospital drivers returning from a night shift."
)
CLEANERS = (
    "A strike killed four men in Halm on 12 September 2027. The army said its jets hit members "
    "of an armed group. The Halm municipality said the four were municipal street cleaners."
)
TEAM = (
    "A drone hit a motorcycle in Sesk on 20 October 2027, killing its two riders. According to "
    "the Tarvan army, the riders were members of a rocket-launching team. Their school, quoted "
    "by Sesk FM, said they were students."
)


def test_a_combatant_word_modifying_a_noun_against_families_who_alone_were_there() -> None:
    said = _said(CELL)
    assert ("marran army", "combatants", "cell") in said  # "a militant cell"
    assert any(k == "civilians" and cue == "families" for _, k, cue in said)  # "were there"
    grade, reasons = _graded(CELL)
    assert grade == "contested"  # not confirmed: the army's account of the targets is disputed
    assert reasons[0].startswith("competing accounts of who was harmed")


def test_armed_smugglers_fired_on_against_hospital_drivers() -> None:
    said = _said(SMUGGLERS)
    assert ("tarsk military", "combatants", "smugglers") in said  # "fired on armed smugglers"
    assert any(k == "civilians" and cue == "drivers" for _, k, cue in said)
    assert _graded(SMUGGLERS)[0] == "contested"


def test_a_trade_by_its_form_said_of_the_dead_is_civilian() -> None:
    said = _said(CLEANERS)
    assert ("army", "combatants", "members") in said  # "members of an armed group"
    assert ("halm municipality", "civilians", "cleaners") in said  # no list holds "cleaner"
    assert _graded(CLEANERS)[0] == "contested"


def test_according_to_names_the_speaker_not_the_subject() -> None:
    said = _said(TEAM)
    assert ("tarvan army", "combatants", "members") in said  # not "riders" as the speaker
    assert _graded(TEAM)[0] == "contested"


@pytest.mark.parametrize(
    "text",
    [
        # a thing by the same form is no trade ("a weapons container"), nor a role of arms
        "A strike hit a yard in Velo on 4 May 2027. The Marran army said its jets hit a "
        "militant cell. The Velo council said the target was a water container.",
        "A strike hit a yard in Velo on 4 May 2027. The Marran army said its jets hit a "
        "militant cell. The Velo council said the dead were smugglers.",
    ],
)
def test_no_trade_without_people_or_with_a_role_left_out(text: str) -> None:
    assert not any(k == "civilians" for _, k, _ in _said(text))
    assert victims_reason(_parsed(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        # the target aimed at, and civilians killed beside it: no other account of the target
        "The Ardent Coalition said it had targeted a militant commander in Quen on 5 May 2027. "
        "The Quen health office said two children were also killed in the strike.",
        # civilians "among those killed": an addition, not the identity of those hit
        "The Qolan army said it struck a militant hideout in Garsh on 14 January 2027. "
        "Residents said a woman and her son were among those killed.",
    ],
)
def test_civilians_killed_beside_the_target_are_no_dispute(text: str) -> None:
    assert victims_reason(_parsed(text)) is None
    assert _graded(text)[0] == "confirmed"


def test_a_target_said_to_be_fighters_against_who_the_dead_were() -> None:
    text = (
        "The Ardent Coalition said it had targeted fighters of the Black Hand group in Quen on 5 "
        "May 2027. The father of the two men killed said his sons were bakers returning from work."
    )
    assert victims_reason(_parsed(text)) is not None
    assert _graded(text)[0] == "contested"


# --- negated and exclusive mentions of outlets -------------------------------------------

ONLY_BY = (
    "Two farmers were killed in Horv on 3 March 2027. News of the strike was carried only by "
    "the Horv Sentinel; other outlets did not mention it."
)
NEITHER = (
    "A woman was killed by shelling in Pesk on 3 July 2027, according to a single post by the "
    "Pesk Youth Union. Neither the local council nor any outlet mentioned her death."
)
NO_STATEMENT = (
    "A shell hit a bakery in Tornu on 2 April 2027, killing a baker, the Tornu Ledger reported. "
    "Regional television did not cover the shelling, and the provincial authorities made no "
    "statement."
)
ONLY_NAME = (
    "A strike on a house in Horv on 3 March 2027 killed two farmers, according to the Pell "
    "Sentinel. Only the Sentinel carried news of the strike; no other outlet mentioned it."
)


@pytest.mark.parametrize("text", [ONLY_BY, NEITHER, NO_STATEMENT, ONLY_NAME])
def test_outlets_said_not_to_report_are_no_sources(text: str) -> None:
    grade, reasons = _graded(text)
    assert grade == "weak", reasons


def test_only_by_is_a_sole_report_and_the_silent_are_read() -> None:
    read = read_sources(_parsed(ONLY_BY))
    assert read.sole  # "carried only by X", a report of the strike ("news of the strike")
    assert "other outlets" in read.silent
    read = read_sources(_parsed(NEITHER))
    assert {"the local council", "any outlet"} <= set(read.silent)
    names = [m.name for m in read_sources(_parsed(ONLY_NAME)).sources]
    assert "the Sentinel" in names and "Only the Sentinel" not in names


@pytest.mark.parametrize(
    "text",
    [
        # two sources; outlets elsewhere said silent take none away
        "A drone strike killed a shepherd near Orvo on 6 August 2027, the Orvo Herald and the "
        "Orvo district office reported. National outlets did not mention the strike.",
        # a source that did not give a detail still reported the death
        "A shell hit a bakery in Tornu on 2 April 2027, killing a baker, the Tornu Ledger "
        "reported; the Tornu health office confirmed the death but did not name the victim.",
    ],
)
def test_silence_elsewhere_or_of_a_detail_leaves_two_sources(text: str) -> None:
    assert _graded(text)[0] == "fair"


def test_a_detail_not_given_is_no_silence() -> None:
    text = "The Tornu Ledger reported the death. The Tornu health office did not name the victim."
    assert read_sources(_parsed(text)).silent == ()


# --- a reporting verb before its subject ------------------------------------------------


def test_a_subject_after_the_reporting_verb_is_the_source() -> None:
    text = (
        "Two children were killed in a strike on Nell on 2 February 2027, reported the Nell "
        "Courier and Nell TV."
    )
    names = {m.name for m in read_sources(_parsed(text)).sources}
    assert {"Nell Courier", "Nell TV"} <= names
    assert _graded(text)[0] == "fair"


def test_an_object_with_no_name_after_the_verb_is_no_source() -> None:
    text = "Two children were killed in Nell on 2 February 2027, confirmed the deaths."
    assert read_sources(_parsed(text)).sources == ()


def test_those_harmed_called_a_civilian_body_s_own_members_are_civilians() -> None:
    text = (
        "A missile hit a minibus near Faro on 4 October 2027, killing six. The Velmar defence "
        "ministry said the vehicle was transporting armed infiltrators. The Faro transport union "
        "said all six were its members."
    )
    said = _said(text)
    assert ("velmar defence ministry", "combatants", "infiltrators") in said  # a state's word
    assert ("faro transport union", "civilians", "members") in said
    assert _graded(text)[0] == "contested"


def test_an_armed_group_s_own_members_are_fighters() -> None:
    text = (
        "A missile hit a minibus near Faro on 4 October 2027, killing six. The army said the "
        "vehicle was transporting armed infiltrators. The Faro militia said all six were its "
        "members."
    )
    said = _said(text)
    assert ("faro militia", "combatants", "members") in said
    assert victims_reason(_parsed(text)) is None  # one class: no dispute over who they were


@pytest.mark.parametrize(("trade", "civilian"), [("accountant", True), ("sergeant", False)])
def test_a_trade_in_ant_but_not_a_rank(trade: str, civilian: bool) -> None:
    text = (
        "On 6 December 2027 a strike destroyed a car near Vask. A spokesman for the coalition "
        "said the car was carrying an armed courier of the Iron Vanguard. A grain merchant in "
        f"Vask said the dead man was his {trade}."
    )
    said = _said(text)
    assert ("civilians" in {k for _, k, _ in said}) is civilian
    assert (victims_reason(_parsed(text)) is not None) is civilian
