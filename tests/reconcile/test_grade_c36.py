"""Helper C, thirty-sixth session: competing portraits by a trade and a habit, the low of a
possible death, the low of a range.

* "The military described him as a bomb maker; his relatives said he repaired motorcycles":
  a trade by its form whose goods are arms ("a bomb maker") is a fighter's
  (``grade_victims._trade_in_arms``), a habit said of those harmed by a verb and a bare plural
  object ("he repaired motorcycles", "he sold vegetables") a civilian's
  (``grade_portraits._habit``): competing portraits, contested. "he repaired the car" tells
  an act, no living; "mine workers" stay civilians.
* "One person may have died", alone: the low is 0, best and high 1
  (``estimates._possible_only``); beside a firm count, that count; a modal elsewhere in the
  sentence does not make a count possible only.
* "at least ten and as many as twelve": low 10, high 12 (one range claim).

Designed on assessments-fresh20..26 and fresh20..31; every text here was written for these
tests (invented places, outlets, people and numbers).
"""

from __future__ import annotations

import pytest

from claimledger.pipeline import analyze


def _grade(text: str) -> str:
    doc = analyze(text, published="2027-09-30")
    assert doc.incidents and doc.incidents[0].grade is not None
    return str(doc.incidents[0].grade)


def _killed(text: str) -> tuple[int | None, int | None, int | None]:
    doc = analyze(text, published="2027-09-30")
    est = doc.incidents[0].estimates["killed"]
    return est.low, est.best, est.high


# --- portraits by a trade and a habit ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed in a strike on a garage in Telvor on 12 September 2027. The army "
        "described him as a bomb maker; his relatives said he repaired motorcycles.",
        "A man was killed in a strike on a house in Telvor on 12 September 2027. The army said "
        "the man made rockets; his brother said he sold vegetables at the market.",
    ],
)
def test_a_trade_in_arms_against_a_civilian_habit_is_contested(text: str) -> None:
    assert _grade(text) == "contested"


@pytest.mark.parametrize(
    "text",
    [
        # one portrait only: the relatives' act is no living
        "A man was killed in a strike on a garage in Telvor on 12 September 2027. The army "
        "described him as a bomb maker; his relatives said he repaired the car.",
        # two civilian portraits
        "A man was killed in a strike on a garage in Telvor on 12 September 2027. The army "
        "described him as a mechanic; his relatives said he repaired motorcycles.",
    ],
)
def test_no_competing_portraits_is_not_contested(text: str) -> None:
    assert _grade(text) != "contested"


# --- the low of a possible death, of a range ---------------------------------------------------


def test_a_possible_death_alone_has_low_zero() -> None:
    text = (
        "One person may have died in the strike on the Telvor depot on 12 September 2027, "
        "according to local sources."
    )
    assert _killed(text) == (0, 1, 1)


def test_a_possible_death_beside_a_firm_count_keeps_the_count() -> None:
    text = (
        "Two people may have been killed in the strike on the Telvor depot on 12 September "
        "2027, residents said. The regional governor said three people were killed."
    )
    assert _killed(text)[0] == 2


def test_a_firm_count_beside_a_modal_is_no_possible_death() -> None:
    text = (
        "Residents said one person was killed in the strike on the Telvor depot on 12 September "
        "2027 and others may have been trapped."
    )
    assert _killed(text) == (1, 1, 1)


def test_at_least_and_as_many_as_is_the_range() -> None:
    text = (
        "At least ten and as many as twelve civilians were killed in the strike on the Telvor "
        "bakery on 12 September 2027, local sources said."
    )
    assert _killed(text) == (10, 10, 12)
