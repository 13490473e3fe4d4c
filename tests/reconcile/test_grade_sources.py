"""The grade's sources read from the parse (reconcile/grade_sources.py).

Sentences of ours with invented outlets and towns (Velno, Ostra, Karsk, Pell, Brisk):
each subject of a list counts, "also reported by" and "confirmed by" add sources, the
one told is a relay, a definite description refers back, the monitor is no source.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade import is_reporting_source, origin_key
from claimledger.reconcile.grade_sources import ReadSources, merge_sources, read_sources
from claimledger.records import SourceGroup

pytestmark = pytest.mark.integration


def _names(sentence: str) -> list[str]:
    return [m.name for m in read_sources(parse_sentences([sentence])).sources]


def test_each_conjunct_of_a_reporting_subject_is_a_source() -> None:
    assert _names(
        "Velno Today, the Ostra Gazette and Radio Brisk all published the victims' names."
    ) == ["Velno Today", "the Ostra Gazette", "Radio Brisk"]
    assert _names("Both Radio Brisk and the Velno Star named them.") == [
        "Radio Brisk",
        "the Velno Star",
    ]


def test_passive_agents_and_according_to_add_sources() -> None:
    assert _names(
        "The deaths were also reported by Dalat FM and confirmed by the Sorra civil defence."
    ) == ["Dalat FM", "the Sorra civil defence"]
    assert _names(
        "The toll was given by the Ostra municipality and by the Red Lantern Society."
    ) == ["the Ostra municipality", "the Red Lantern Society"]
    found = _names(
        "Five people died, according to Karsk Radio and to medics who spoke to Velno Today."
    )
    assert found == ["Karsk Radio", "medics"]  # Velno Today is the medics' relay


def test_the_one_told_is_a_relay_and_negated_reports_name_no_one() -> None:
    read = read_sources(
        parse_sentences(["Two brothers were killed, their cousin told a Telegram channel."])
    )
    assert [m.name for m in read.sources] == ["their cousin"]
    assert read.relays == ("a Telegram channel",)
    assert _names("No other outlet confirmed it.") == []


def test_the_monitor_that_searched_is_no_source() -> None:
    read = read_sources(parse_sentences(["Airwars identified no further sources."]))
    assert read.monitors == ("Airwars",)
    assert read.sources == ()


def test_a_name_in_apposition_names_the_source() -> None:
    assert _names("One media outlet, Dalat FM, reported the incident.") == ["Dalat FM"]


def test_merge_folds_definite_descriptions_relays_platforms_and_monitors() -> None:
    def group(name: str, kind: str = "media") -> SourceGroup:
        return SourceGroup(name, kind, (), 1)

    claims = (group("a lone Telegram channel"), group("The channel"), group("X"))
    read = ReadSources(monitors=("Airwars",))
    merged = merge_sources(
        (*claims, group("Airwars", "ngo")), read, origin_key, is_reporting_source
    )
    assert [g.name for g in merged] == ["a lone Telegram channel"]
    told = read_sources(
        parse_sentences(["A man was killed, a relative told a local Facebook page."])
    )
    merged = merge_sources(
        (group("a relative", "family"), group("a local Facebook page")),
        told,
        origin_key,
        is_reporting_source,
    )
    assert [g.name for g in merged] == ["a relative"]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (
            "On July 1st 2025, two women were killed when a shell hit a bakery in Velno. "
            "Velno Today, the Ostra Gazette and Radio Brisk all published the victims' names.",
            "fair",
        ),
        (
            "On July 2nd 2025, four people died when their car was struck near Ostra. Karsk "
            "Radio named all four; the deaths were also reported by the Pell Chronicle.",
            "fair",
        ),
        (
            "On July 3rd 2025, a boy was reportedly killed by a strike on a well near Pell. A "
            "local Facebook page shared the claim. The page did not name the boy.",
            "weak",
        ),
        (
            "On July 9th 2025, two people were reported killed by a strike on a car in Karsk. "
            "The report came from an anonymous Telegram channel, and the channel later "
            "deleted its post.",
            "weak",
        ),
    ],
)
def test_grades_of_texts_of_ours(text: str, grade: str) -> None:
    doc = claimledger.analyze(text, published="2025-07-20")
    assert doc.incidents[0].grade == grade
