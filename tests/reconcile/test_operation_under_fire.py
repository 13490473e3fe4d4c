"""A release's paragraph that opens on its own day and tells its action as coming under fire
("was fired upon", "came under fire") is an operation of its own, though its casualties
come only in the next sentence (the held-out releases batch 10's main miss)."""

from __future__ import annotations

import pytest

from claimledger import analyze

_HEAD = "Coastal Guard Command\nPress Release\nPort Selm, 14 June 2023\n"


@pytest.mark.parametrize(
    "second",
    [
        "On Monday, a patrol boat off Cape Vell was fired upon by smugglers. Return fire "
        "killed one of the smugglers; the others fled.",
        "On Monday, the same patrol came under fire from a second boat. Two smugglers were "
        "fatally wounded.",
    ],
)
def test_paragraph_on_its_day_under_fire(second: str) -> None:
    text = (
        _HEAD + "On Sunday, a patrol boat intercepted a skiff off Cape Vell and detained its "
        "five crew members.\n" + second
    )
    doc = analyze(text)
    dates = [i.date.value for i in doc.incidents if i.date]
    assert dates == ["2023-06-11", "2023-06-12"]
    arrested = [i.estimates["arrested"].best for i in doc.incidents if "arrested" in i.estimates]
    assert arrested == [5]
    assert "killed" not in doc.incidents[0].estimates


def test_news_paragraph_fired_upon_stays_one_incident() -> None:
    # not a release: a later paragraph on another day is the story's own follow-up
    text = (
        "Gunmen killed two guards at a depot in Selm on Sunday, police said.\n"
        "On Monday, police were fired upon while searching the area."
    )
    assert len(analyze(text).incidents) == 1
