"""One table of people pronouns and one possessive test for the number readers (seventeenth
session): ``verb_classes.PEOPLE_PRONOUNS`` and ``verb_classes.persons_own``, read by
``people``, ``casualty_words`` and ``verb_classes`` alike. A person's own things are no
people: "seized four of his trucks" names no detention. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers import casualty_words, people, verb_classes
from claimledger.extract.numbers.verb_classes import PEOPLE_PRONOUNS, persons_own, verb_class


def test_the_number_readers_share_one_table_of_people_pronouns() -> None:
    assert people.PEOPLE_PRONOUNS is PEOPLE_PRONOUNS
    assert casualty_words.PEOPLE_PRONOUNS is PEOPLE_PRONOUNS
    assert {"them", "both", "rest", "everyone"} <= PEOPLE_PRONOUNS
    assert people.persons_own is verb_classes.persons_own


@pytest.mark.parametrize(
    ("text", "noun", "own"),
    [
        ("Rangers detained the smuggler and his two helpers.", "helpers", True),
        ("Rangers detained the smuggler and his two trucks.", "trucks", False),
        ("The patrol held her three sons overnight.", "sons", True),
        ("The patrol held her car overnight.", "car", False),
    ],
)
def test_a_persons_own_are_people_not_things(nlp, text, noun, own) -> None:  # type: ignore[no-untyped-def]
    tok = next(t for t in nlp(text) if t.text == noun)
    assert persons_own(tok) is own


@pytest.mark.parametrize(
    "text",
    [
        "Police intercepted three of his cars near the Vessa border post.",
        "Customs officers at Ordel seized four of his trucks.",
    ],
)
def test_taking_a_persons_things_is_no_detention(nlp, text) -> None:  # type: ignore[no-untyped-def]
    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    assert verb_class(verb) is None


def test_taking_a_persons_people_is_a_detention(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police intercepted three of his couriers near the Vessa border post.")
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert verb_class(verb) == "arrested"
