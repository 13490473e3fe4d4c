"""A release's paragraph that goes back to an earlier event with its own toll (seventeenth session).

"The operation came two days after militiamen attacked a police station, killing three
policemen" tells one more operation (the attack), dated that many days before the day the
text named last; a paragraph that goes back to an event without people ("The arrests came
hours after a bomb exploded") stays with its operation. Texts written for these tests
(invented places, units and people).
"""

from __future__ import annotations

import pytest

from claimledger.extract.dates.mentions import extract_dates
from tests.reconcile.builders import per_incident

HEADER = "Norland Defence Forces\nPress Release\nOsk, 14 May 2024\n"


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The raid came two days after gunmen killed a shopkeeper in Varo.", "2024-05-11"),
        (
            "The operation followed a week after rebels ambushed a convoy, killing two soldiers.",
            "2024-05-06",
        ),
        ("It came just one day after bandits abducted four farmers near Kell.", "2024-05-12"),
    ],
)
def test_an_earlier_event_with_people_is_an_operation_dated_back(second: str, day: str) -> None:
    text = HEADER + "Troops on Monday killed three gunmen near Tarn.\n" + second
    found = per_incident(text)
    assert len(found) == 2
    assert found[0] == {"date": "2024-05-13", "killed": 3}
    assert found[1]["date"] == day
    assert found[1].get("killed", 0) + found[1].get("abducted", 0) >= 1


def test_an_earlier_event_without_people_stays_with_the_operation() -> None:
    text = (
        HEADER
        + "Police on Monday arrested five suspects in Dorr.\nThe arrests came hours after a bomb exploded at the Dorr market."
    )
    assert per_incident(text) == [{"date": "2024-05-13", "arrested": 5}]


def test_came_after_is_read_as_a_day_counted_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEADER
        + "Troops on Monday killed three gunmen.\nThe raid came three days after an attack on Kell."
    )
    start = text.index("three days")
    found = [
        (d.value, d.evidence.text)
        for d in extract_dates(nlp(text), "t1", "2024-05-14")
        if d.evidence.start >= start
    ]
    assert found == [("2024-05-10", "three days after")]


def test_a_news_story_keeps_its_paragraph_rule() -> None:
    # no release header: a news story's look back stays with its incident
    text = "Troops on Monday killed three gunmen near Tarn, officials said.\nThe raid came two days after gunmen killed a shopkeeper in Varo."
    assert len(per_incident(text)) == 1
