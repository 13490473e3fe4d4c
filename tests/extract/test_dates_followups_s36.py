"""Dates of follow-up reports (thirty-sixth session, issue 13: follow-ups attach through the
dates they refer to). A weekday before a month and day names that day ("Saturday, May 17"
was read as the Saturday before the document); an arrest, a plea or a trial weeks or months
after the attack dates the follow-up, while the attack's own date ("shot and killed two
men on May 10", "accused in a May 25 shooting") dates the incident, even beyond the
31-day window of recent days. Texts written for these tests (invented people and
streets)."""

from __future__ import annotations

import pytest

from claimledger.extract.dates.resolution import resolve
from tests.reconcile.builders import per_incident


@pytest.mark.parametrize(
    ("chunk", "day"),
    [
        ("Saturday, May 17", "2014-05-17"),
        ("Sat. 17 May", "2014-05-17"),
        ("on Tuesday, May 20", "2014-05-20"),
        ("Saturday", "2014-05-31"),
    ],
)
def test_a_weekday_before_a_month_and_day_is_that_day(chunk: str, day: str) -> None:
    got = resolve(chunk, "2014-06-04")
    assert got is not None and got.value.isoformat() == day


def test_an_arrest_weeks_later_does_not_date_the_killing() -> None:
    text = (
        "A man has been arrested for the killing of two men in May.\n\n"
        "Darrell Fenwick, 22, was taken into custody by members of the county sheriff's "
        "office on Thursday and charged with two counts of murder.\n\n"
        "Fenwick allegedly shot and killed two men on May 10 after a dispute on Larkin "
        "Drive."
    )
    assert [i["date"] for i in per_incident(text, published="2014-06-13")] == ["2014-05-10"]


def test_a_plea_months_later_is_dated_by_the_shooting_it_names() -> None:
    text = (
        "A Toledo man accused in a May 25 shooting that killed one man entered a guilty "
        "plea today in Lucas County Common Pleas Court."
    )
    assert [i["date"] for i in per_incident(text, published="2014-11-18")] == ["2014-05-25"]


def test_a_recent_attack_still_takes_its_sentences_other_day() -> None:
    # the attack of last week: its sentence's other day is not pushed aside
    text = (
        "Two men were shot dead on Kemper Street on Saturday. A suspect was arrested "
        "on Monday, police said."
    )
    assert [i["date"] for i in per_incident(text, published="2014-06-04")][0] == "2014-05-31"


def test_a_new_shooting_is_not_dated_by_an_older_one_it_recalls() -> None:
    text = (
        "A 19-year-old man was wounded in a shooting on Ardent Street on Tuesday night, "
        "police said. It was the third shooting on the street since the May 10 killing of "
        "a teenager."
    )
    assert [i["date"] for i in per_incident(text, published="2014-06-13")][0] == "2014-06-10"
