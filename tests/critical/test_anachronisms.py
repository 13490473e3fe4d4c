"""Tests of critical.py: anachronism checks driven by data/dated_terms.json."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from claimledger.critical.anachronisms import check_anachronisms, load_table, parse_table
from claimledger.records import DateMention, DateWarning, Evidence

DOCS = Path(__file__).resolve().parents[2] / "docs" / "critical-reading.md"

POST = (
    "Another night of raids on the river towns. ISIS fighters shelled the ferry landing, "
    "and local men say the ISIS checkpoints are back. The Daesh flag flies over the mill."
)


def _spans_match(text: str, warnings: list[DateWarning]) -> None:
    for w in warnings:
        for e in w.evidence:
            assert text[e.start : e.end] == e.text
            assert e.doc_id == "t1"


def test_critical_term_before_its_first_use_is_flagged() -> None:
    warnings = check_anachronisms(POST, "t1", "2011-06-01", [])
    messages = [w.message for w in warnings]
    assert "stated date 2011-06-01 is before 'ISIS' came into use (2013-04)" in messages
    assert "stated date 2011-06-01 is before 'Daesh' came into use (2014)" in messages
    isis = [w for w in warnings if "'ISIS'" in w.message][0]
    # One warning for the entry, with every occurrence as evidence.
    assert [e.text for e in isis.evidence] == ["ISIS", "ISIS"]
    _spans_match(POST, warnings)


def test_critical_term_after_its_first_use_is_fine() -> None:
    assert check_anachronisms(POST, "t1", "2015-02-10", []) == []


def test_critical_daesh_in_2013_is_flagged_but_isis_is_not() -> None:
    warnings = check_anachronisms(POST, "t1", "2013-09-01", [])
    assert [w.message for w in warnings] == [
        "stated date 2013-09-01 is before 'Daesh' came into use (2014)"
    ]


def test_critical_undated_document_gives_no_warning() -> None:
    assert check_anachronisms(POST, "t1", None, []) == []


def test_critical_text_without_dated_terms_gives_no_warning() -> None:
    text = "The harvest was late this year and the market in the square opened only twice."
    assert check_anachronisms(text, "t1", "1999-05-05", []) == []


def test_critical_relative_event_date_implies_another_year() -> None:
    text = (
        "The army said a stray bomb hit its own positions, the first such case since "
        "American jets began bombing Islamic State fighters in the country last year."
    )
    warnings = check_anachronisms(text, "t1", "2012-05-01", [])
    relative = [w for w in warnings if "last year" in w.message]
    assert len(relative) == 1
    assert "puts the text in 2015" in relative[0].message
    assert "2012-05-01" in relative[0].message
    assert "last year" in [e.text for e in relative[0].evidence]
    _spans_match(text, warnings)
    # Dated 2015 the same sentence is consistent: no warning at all.
    assert check_anachronisms(text, "t1", "2015-03-02", []) == []
    # Dated 2017 the "last year" no longer fits (and the terms are old enough).
    late = check_anachronisms(text, "t1", "2017-03-02", [])
    assert [("puts the text in 2015" in w.message) for w in late] == [True]


def test_critical_relative_years_ago_has_a_tolerance() -> None:
    text = "Since the Taliban returned to power in Kabul two years ago, the clinic has been closed."
    assert check_anachronisms(text, "t1", "2023-09-01", []) == []
    assert check_anachronisms(text, "t1", "2024-02-01", []) == []
    far = check_anachronisms(text, "t1", "2027-02-01", [])
    assert len(far) == 1 and "puts the text in 2023" in far[0].message


def test_critical_event_begun_after_stated_date() -> None:
    text = "Prices doubled in the months after the full-scale invasion, traders said."
    warnings = check_anachronisms(text, "t1", "2021-06-01", [])
    assert [w.message for w in warnings] == [
        "stated date 2021-06-01 is before Russia's full-scale invasion of Ukraine began (2022-02-24)"
    ]
    assert warnings[0].evidence[0].text == "full-scale invasion"


@pytest.mark.parametrize(
    ("text", "stated", "flagged"),
    [
        ("He sent a telegram to his brother in the capital.", "1990-01-01", False),
        ("The footage was first shared on Telegram by a local channel.", "2011-01-01", True),
        ("Vice President Biden met the prime minister in Baghdad.", "2011-12-01", False),
        ("President Biden met the prime minister in Baghdad.", "2011-12-01", True),
        ("The video spread on X, formerly Twitter, within hours.", "2022-05-01", True),
        ("The video spread on Twitter within hours.", "2022-05-01", False),
        (
            "The generals staged a coup and detained Aung San Suu Kyi in Myanmar.",
            "2019-01-01",
            True,
        ),
        ("The generals staged a coup in the capital.", "2019-01-01", False),
        ("Houthi forces seized the Galaxy Leader in the Red Sea.", "2020-01-01", True),
        ("Clinics closed as COVID-19 spread through the camps.", "2019-06-01", True),
        ("Clinics closed as cholera spread through the camps.", "2019-06-01", False),
        ("Crowds waved flags after the Brexit vote.", "2010-01-01", True),
        ("A Shahed-136 drone hit the power station.", "2019-01-01", True),
        ("Fighters of the Islamic State of Iraq attacked a police post.", "2007-01-01", False),
    ],
)
def test_critical_table_patterns_generalise(text: str, stated: str, flagged: bool) -> None:
    assert bool(check_anachronisms(text, "t1", stated, [])) is flagged, text


def _mention(
    text: str, doc: str, value: str, precision: str = "day", relative: bool = False
) -> DateMention:
    start = doc.index(text)
    return DateMention(
        value, precision, Evidence(start, start + len(text), text, "t1", "dates.v1"), relative
    )


def test_critical_later_full_date_in_the_text() -> None:
    doc = "The bridge was blown up on March 3, 2015, residents said."
    mentions = [_mention("March 3, 2015", doc, "2015-03-03")]
    warnings = check_anachronisms(doc, "t1", "2012-11-14", mentions)
    assert len(warnings) == 1
    assert warnings[0].message == (
        "the text mentions dates after the stated date 2012-11-14: 'March 3, 2015'"
    )
    _spans_match(doc, warnings)


def test_critical_later_date_announced_as_future_is_fine() -> None:
    doc = "The vote is scheduled for March 3, 2015, the commission said."
    mentions = [_mention("March 3, 2015", doc, "2015-03-03")]
    assert check_anachronisms(doc, "t1", "2014-11-14", mentions) == []


def test_critical_relative_mentions_never_count_as_later_dates() -> None:
    doc = "Talks resume next Friday."
    mentions = [_mention("next Friday", doc, "2014-11-21", relative=True)]
    assert check_anachronisms(doc, "t1", "2014-11-14", mentions) == []


def test_critical_custom_table() -> None:
    table = parse_table(
        {
            "entries": [
                {
                    "id": "widget",
                    "kind": "term",
                    "label": "Zorbnet",
                    "patterns": [r"\bzorbnet\b"],
                    "flags": "i",
                    "earliest": "2030-01",
                    "keys": ["zorbnet"],
                }
            ]
        }
    )
    got = check_anachronisms("Posted on ZorbNet.", "t1", "2029-12-31", [], table=table)
    assert [w.message for w in got] == [
        "stated date 2029-12-31 is before 'Zorbnet' came into use (2030-01)"
    ]


def test_critical_table_is_complete_and_documented() -> None:
    table = load_table()
    assert len(table) >= 30
    docs = DOCS.read_text(encoding="utf-8")
    for entry in table:
        assert entry.kind in ("term", "event")
        assert entry.note and entry.source, entry.id
        assert entry.start <= dt.date(2026, 1, 1)
        assert entry.keys, entry.id
        assert f"`{entry.id}`" in docs, entry.id
    ids = [e.id for e in table]
    assert len(ids) == len(set(ids))


def test_critical_every_key_is_in_every_match() -> None:
    """Keys are a prefilter: a text containing a match must contain one of its keys."""
    samples = {
        "isis-name": "ISIL", "islamic-state-name": "fighting IS in the north",
        "coalition-air-campaign-iraq": "airstrikes against ISIS", "oct7-attack": "the October 7 attack",
        "tiktok": "Tik Tok", "daesh": "Da'esh", "x-formerly-twitter": "X (formerly Twitter)",
    }  # fmt: skip
    table = {e.id: e for e in load_table()}
    for entry_id, sample in samples.items():
        entry = table[entry_id]
        assert any(rx.search(sample) for rx in entry.patterns), entry_id
        hay = sample.lower() if entry.ignore_case else sample
        assert any(k in hay for k in entry.keys), entry_id


def test_critical_fallujah_reference_text(fallujah_text: str) -> None:
    warnings = check_anachronisms(fallujah_text, "t1", "2012-11-14", [])
    messages = " | ".join(w.message for w in warnings)
    assert "'ISIS' came into use (2013-04)" in messages
    assert "'Islamic State' came into use (2014-06-29)" in messages
    assert "'Daesh' came into use (2014)" in messages
    assert re.search(r"began 'last year'.*puts the text in 2015", messages)
    for w in warnings:
        for e in w.evidence:
            assert fallujah_text[e.start : e.end] == e.text
    assert check_anachronisms(fallujah_text, "t1", "2015-11-14", []) == []


def test_critical_later_year_spoken_of_as_past() -> None:
    doc = "The council has run the harbour since the local elections of 2019, traders said."
    mentions = [_mention("2019", doc, "2019-01-01", precision="year")]
    warnings = check_anachronisms(doc, "t1", "2015-06-22", mentions)
    assert [w.message for w in warnings] == [
        "the text mentions dates after the stated date 2015-06-22: '2019'"
    ]


def test_critical_later_year_as_a_future_event_is_fine() -> None:
    for doc in (
        "Parties are already campaigning ahead of the 2019 elections.",
        "The 2019 elections will decide who runs the harbour.",
        "Observers from the 2019 mission met the governor.",
    ):
        mentions = [_mention("2019", doc, "2019-01-01", precision="year")]
        assert check_anachronisms(doc, "t1", "2015-06-22", mentions) == [], doc


def test_critical_later_date_within_grace_or_revision_stamp_is_fine() -> None:
    doc = "Updated Nov. 20, 2014. Gunmen attacked the depot on Nov. 17, 2014."
    mentions = [
        _mention("Nov. 20, 2014", doc, "2014-11-20"),
        _mention("Nov. 17, 2014", doc, "2014-11-17"),
    ]
    assert check_anachronisms(doc, "t1", "2014-11-15", mentions) == []
