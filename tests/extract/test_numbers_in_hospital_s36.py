"""A count before "were in hospital" is of the injured, as before "remained in hospital"
(extract/numbers/adjacent.py, ``_be_in_hospital``; thirty-sixth session: last session's
held-out "9 people were in hospital, citing the city's mayor" went unread). People there
for what they were doing are not. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reconcile.builders import per_incident


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Nine people were in hospital after the blast, police said.", 9),
        ("Three are in the hospital, two of them children, the mayor said.", 3),
        ("Four people died and 11 were in hospital on Sunday, medics said.", 11),
    ],
)
def test_a_count_in_hospital_is_of_the_injured(text: str, injured: int) -> None:
    assert per_incident(text, published="2027-01-05")[0]["injured"] == injured


def test_people_in_hospital_for_their_work_are_not_injured() -> None:
    text = (
        "Two doctors were in hospital visiting patients when the shell hit the market, "
        "killing three people."
    )
    got = per_incident(text, published="2027-01-05")
    assert got[0].get("killed") == 3 and "injured" not in got[0]
