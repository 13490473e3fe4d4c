"""Three classes of dispute (reconcile/grade_unknown.py, grade_dispute.py, grade_denials.py):
who did it said to be unknown, an admitted strike whose deaths are put on another party's
store, an accused party rejecting the attribution in a relative clause. Sentences of ours
(invented Velno, Karsk, Pell, the Velnish air force, the Pell Defence Front), with
near-misses that must not count.
"""

from __future__ import annotations

import pytest

from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade_dispute import find_disputes

pytestmark = pytest.mark.integration


def _kinds(*sentences: str) -> list[str]:
    return [d.kind for d in find_disputes(parse_sentences(list(sentences)), " ".join(sentences))]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is unclear who fired the rocket.",
        "Who fired the round could not be established.",
        "The source of the fire remains unknown.",
        "It remains unclear which side operated the drone.",
        "It is not yet known who carried out the attack.",
    ],
)
def test_who_did_it_unknown(sentence: str) -> None:
    assert "responsibility unknown" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is unclear how many people were killed.",
        "It was not clear who the victims were.",
        "The identity of the victims remains unknown.",
        "It is not known whether the dead were civilians.",
        "Police said it was clear who fired the shots.",
    ],
)
def test_unknown_other_matters_is_no_dispute(sentence: str) -> None:
    assert _kinds(sentence) == []


def test_admitted_strike_with_the_deaths_put_on_another_partys_store() -> None:
    assert _kinds(
        "The Velnish air force acknowledged bombing the depot but claimed the victims died "
        "when militia fuel stocks caught fire after the raid."
    ) == ["two accounts"]
    assert _kinds(
        "The Kolvan army admitted striking the area but said the civilians were killed by "
        "secondary blasts of rebel ammunition."
    ) == ["two accounts"]
    # the attacker's own blast or a store with no party: no second party
    assert _kinds("Army jets struck a rebel base; two shepherds were killed by the blast.") == []
    assert _kinds("Five workers died when the fuel tanks caught fire after an army strike.") == []


def test_the_accused_rejects_the_attribution_in_a_relative_clause() -> None:
    assert _kinds(
        "A press freedom group attributed the attack to government forces, which rejected the "
        "accusation as fabricated."
    ) == ["denial"]
    assert _kinds(
        "A rights monitor held the Karsk Liberation Army responsible, an allegation the group "
        "called a lie."
    ) == ["denial"]
    # a relative clause on the accused that denies nothing
    assert _kinds("Residents blamed the army, which carried out raids in the area that week.") == []


def test_blame_pointed_at_two_parties() -> None:
    assert "two accounts" in _kinds(
        "Residents pointed variously to the army and to the Pell Defence Front."
    )
    assert _kinds("Residents pointed to the rubble of the school.") == []


def test_a_confirmed_attack_with_the_deaths_put_on_another_partys_bomb() -> None:
    assert _kinds(
        "The Orvel army confirmed it had shelled the district, but insisted the family was "
        "killed by a car bomb planted by the Lisk Brigade."
    ) == ["two accounts"]
    assert _kinds("The Orvel army confirmed it had shelled the district.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It could not be independently confirmed whether government or opposition artillery "
        "fired the shell.",
        "Whether the blast was caused by an army drone or by a Brigade explosive remains a "
        "matter of dispute.",
        "Investigators have yet to establish who was behind the attack.",
        "The monitor could not determine which of the two armed groups fired the rocket.",
        "The cause of the blast is not known.",
    ],
)
def test_who_did_it_unknown_in_other_words(sentence: str) -> None:
    assert _kinds(sentence)


def test_unknown_authors_and_causes_of_other_things_are_no_dispute() -> None:
    assert _kinds("The claim appears in a WhatsApp message; the message's author is unknown.") == []
    assert _kinds("The cause of death is not known.") == []


def test_denials_and_blame_in_other_words() -> None:
    assert _kinds(
        "Opposition media said the missile was fired by the navy; the navy called the report "
        "pure invention."
    )
    assert _kinds(
        "The Darsa Front is suspected by residents, though the group insists it has no weapons "
        "capable of reaching the town."
    ) == ["denial"]
    assert _kinds(
        "Government media described the dead as victims of a rebel drone; opposition sites "
        "blamed an airstrike by the government."
    ) == ["two accounts"]
    assert _kinds("The dead were victims of a rebel drone.") == []


def test_weapons_as_alternatives_are_no_unknown_party() -> None:
    assert _kinds("It is unclear whether an airstrike or artillery caused the deaths.") == []
    assert _kinds("It is unclear whether the army or the militia fired the shell.") == [
        "responsibility unknown"
    ]
