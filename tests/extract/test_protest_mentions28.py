"""Protests named the way monitors and local papers name them, without "protest" or
"demonstration" as a verb (twenty-eighth session). Texts written for these tests."""

from __future__ import annotations

import pytest

import claimledger
from claimledger.extract.events import extract_events


def _mentions(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.evidence.text, m.sub_event_type) for m in extract_events(nlp(text), "t")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("About 200 protesters blocked the ring road in Quessaro on Monday.", "protesters"),
        (
            "Nurses in Dalvik took to the streets on Friday over unpaid wages.",
            "took to the streets",
        ),
        ("Dock workers went on strike in Velmoor on Tuesday.", "went on strike"),
        ("Students picketed the ministry in Orvano all afternoon.", "picketed"),
        (
            "Taxi drivers gathered around the main square of Belcastro to demand higher fares.",
            "gathered around the main square of Belcastro to demand",
        ),
        ("Pupils held a climate strike outside the town hall of Rensby.", "climate strike"),
        ("Thousands joined a silent march through Arvenna on Sunday.", "a silent march"),
    ],
)
def test_a_protest_named_by_its_crowd_or_its_form_is_a_mention(nlp, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert (cue, "Peaceful protest") in found


def test_words_of_a_gathering_or_the_month_are_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Relatives gathered outside the hospital in Dalvik in March, where the two men "
        "wounded in the shooting were treated."
    )
    # (the shooting's own word is found; how it is typed is the sentence rules' business)
    assert [cue for cue, _ in _mentions(nlp, text)] == ["shooting"]


def test_a_report_of_a_crowd_taking_to_the_streets_is_a_protest_incident() -> None:
    doc = claimledger.analyze(
        "On 4 May 2026, hundreds of farmers took to the streets of Velmoor to demand "
        "lower diesel prices.",
        published="2026-05-04",
    )
    assert [(i.event_type, i.sub_event_type) for i in doc.incidents][:1] == [
        ("Protests", "Peaceful protest")
    ]
