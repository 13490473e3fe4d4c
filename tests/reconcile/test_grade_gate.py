"""The gate of the contested detector is derived from its word classes, so they cannot drift.

Every member of the classes that start a denial or a blame (grade_words.py: DENY,
DENIAL_NOUNS, FALSE, RESPONSIBLE, the blame verbs and the words a blame verb needs beside
it) must open the gate in its written forms, in a text that names one side only; words
that merely begin like one must not.
"""

from __future__ import annotations

import pytest

from claimledger.reconcile import grade_gate
from claimledger.reconcile.grade_gate import gated, worth_keeping, worth_parsing
from claimledger.reconcile.grade_words import (
    ATTACK,
    BLAME_ALONE,
    BLAME_WITH,
    DENIAL_NOUNS,
    DENY,
    FALSE,
    RESPONSIBLE,
    WEAPON,
)


def _verb_forms(lemma: str) -> list[str]:
    """The lemma, its third person and its past, written out by hand's rules."""
    if lemma.endswith("y"):
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied"]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d"]
    if len(lemma) <= 4 and lemma[-1] not in "aeiou":  # "pin" -> "pinned"
        return [lemma, lemma + "s", lemma + lemma[-1] + "ed"]
    return [lemma, lemma + "s", lemma + "ed"]


_VERBS = sorted(DENY | BLAME_ALONE)
_WORDS = sorted(DENIAL_NOUNS | FALSE | RESPONSIBLE | {"finger", "blame", "responsibility"})


@pytest.mark.parametrize("lemma", _VERBS)
def test_every_denial_and_blame_verb_opens_the_gate(lemma: str) -> None:
    for form in _verb_forms(lemma):
        sentence = f"A spokesman for the army {form} the report about the market."
        assert worth_parsing(sentence, two_sided=False), sentence


@pytest.mark.parametrize("word", _WORDS)
def test_every_word_of_a_denial_or_blame_opens_the_gate(word: str) -> None:
    sentence = f"The rebels said the story was {word}."
    assert worth_parsing(sentence, two_sided=False), sentence


def test_a_blame_verb_that_needs_a_word_beside_it_opens_the_gate_with_it() -> None:
    for verb, words in BLAME_WITH.items():
        assert verb not in BLAME_ALONE
        for word in sorted(words):
            sentence = f"Residents {verb} the {word} on the army for the shell."
            assert worth_parsing(sentence, two_sided=False), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "A lieutenant of the army visited the market.",  # "lie" is no prefix of a word
        "The army said the pineapple harvest was late.",  # nor is "pin"
        "The army opened the denim factory again.",
    ],
)
def test_words_that_only_begin_like_one_keep_it_shut(sentence: str) -> None:
    assert not worth_parsing(sentence, two_sided=False)


@pytest.mark.parametrize("lemma", sorted(ATTACK))
def test_every_attack_verb_negated_by_a_party_opens_the_gate(lemma: str) -> None:
    """A negated attack is read in any text ("said it had not fired"): every attack verb of
    the detector, in its past form, opens the gate when negated beside a party word."""
    past = {"strike": "struck", "shoot": "shot", "fly": "flown"}.get(lemma, _verb_forms(lemma)[2])
    sentence = f"The army said its soldiers had not {past} anything in the town."
    assert worth_parsing(sentence, two_sided=False), sentence


@pytest.mark.parametrize("weapon", sorted(WEAPON))
def test_every_weapon_denied_by_a_party_opens_the_gate(weapon: str) -> None:
    sentence = f"The militia said it had no {weapon} anywhere near the town."
    assert worth_parsing(sentence, two_sided=False), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "THE ARMY DENIED IT HAD FIRED ON THE MARKET.",  # capitals: the gate lowers the text
        "Rebel Commanders Blamed The Army For The Shelling.",
        "It Is Unclear Who Fired The Rocket.",
        "Conflicting Accounts Of The Blast Emerged.",
    ],
)
def test_the_gate_reads_words_in_capitals(sentence: str) -> None:
    assert worth_parsing(sentence, two_sided=False), sentence


def test_a_source_sentence_in_capitals_is_kept() -> None:
    assert worth_keeping("POLICE SAID TWO MEN WERE WOUNDED.")
    assert worth_keeping("According To The Clinic, Two Died.")
    assert not worth_keeping("Two men were wounded near the bakery.")


def test_a_pattern_with_a_capital_letter_cannot_be_lowered() -> None:
    with pytest.raises(ValueError):
        grade_gate.lowered_pattern(r"\b(?:IDF|army)\b")
    assert grade_gate.lowered_pattern(r"\bidf\W").search("the idf.")


_ONE_SIDE = [
    "The army denied firing on the market.",  # read in any text
    "The army said its jets struck the depot.",  # read only where two sides are named
    "Two children were wounded.",  # never read
]


def test_gated_reads_a_sentence_as_worth_parsing_does() -> None:
    two = "The army blamed the rebels. The rebels blamed the army."
    for text in (" ".join(_ONE_SIDE), two + " " + " ".join(_ONE_SIDE)):
        both = grade_gate.two_sided(text)
        assert gated(_ONE_SIDE, text) == [worth_parsing(s, both) for s in _ONE_SIDE]
    assert gated(_ONE_SIDE, two) == [True, True, False]
    assert gated(_ONE_SIDE, "The army denied it.") == [True, False, False]


def test_gated_reads_the_sides_of_a_text_only_when_a_sentence_needs_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def two_sided(text: str) -> bool:
        calls.append(text)
        return True

    monkeypatch.setattr(grade_gate, "two_sided", two_sided)
    assert gated([_ONE_SIDE[0], _ONE_SIDE[2]], "any text") == [True, False]
    assert calls == []
    assert gated(_ONE_SIDE, "any text") == [True, True, False]
    assert calls == ["any text"]
