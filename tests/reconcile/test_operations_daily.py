"""Operations of daily reports and releases (fifteenth session): a daily report's "during the
past 24 hours" names no operation's day (the next paragraph's own date opens one), "Earlier in
the evening," opens one more on the day named before, a paragraph on a place after a sentence
that announced attacks opens one when the text before it reports people, and an operation the
number reader alone finds people in ("picked up its driver ...") is one the next may follow.
Texts written for these tests, with invented places."""

from __future__ import annotations

from typing import Any

from claimledger import analyze


def _ops(text: str) -> list[tuple[str | None, dict[str, int | None]]]:
    doc = analyze(text)
    return [
        (
            inc.date.value if inc.date is not None else None,
            {k: v.best for k, v in inc.estimates.items() if k in ("killed", "arrested")},
        )
        for inc in doc.incidents
    ]


def test_past_24_hours_then_a_dated_paragraph(nlp: Any) -> None:
    text = (
        "Ministry of Defence of Ostria\nBriefing, 14 May 2019\n"
        "Over the past 24 hours, aviation struck 9 targets in the Kessa hills. As a result, up "
        "to 30 militants were eliminated.\n"
        "On 13 May, a scout group near Dor detained two militants who tried to leave the town."
    )
    assert _ops(text) == [("2019-05-13", {"killed": 30}), ("2019-05-13", {"arrested": 2})]


def test_earlier_in_the_evening_opens_one_more(nlp: Any) -> None:
    text = (
        "Defence Forces of Merania\nSpokesperson's Office\n11.03.2017\n"
        "Last night, Meranian forces arrested 7 wanted suspects near Ostra.\n"
        "Earlier in the evening, a gunman who fired at a checkpoint near Pilna was shot and "
        "killed by the forces."
    )
    assert _ops(text) == [("2017-03-10", {"arrested": 7}), ("2017-03-10", {"killed": 1})]


def test_a_place_after_repelled_attacks_that_report_people(nlp: Any) -> None:
    text = (
        "Northern Defence Forces\nDaily briefing, 9 June 2023\n"
        "During the past 24 hours, our units repelled five assaults near Orsk and Pell. The "
        "enemy lost about 30 fighters.\n"
        "Near the village of Tavra, a patrol took two enemy scouts prisoner."
    )
    got = _ops(text)
    assert len(got) == 2
    assert got[0] == ("2023-06-08", {"killed": 30}) and got[1][1] == {"arrested": 2}


def test_people_the_number_reader_alone_finds(nlp: Any) -> None:
    text = (
        "Anti-Smuggling Unit\nPress Release\n3 March 2024\n"
        "On 1 March, officers stopped a van at the Sefa checkpoint and picked up its driver, "
        "his helper and four passengers, six people in all.\n"
        "On 2 March, officers arrested a clerk who had forged the van's papers."
    )
    assert _ops(text) == [("2024-03-01", {"arrested": 6}), ("2024-03-02", {"arrested": 1})]
