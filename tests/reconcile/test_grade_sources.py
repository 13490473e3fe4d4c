"""The grade's sources read from the parse (reconcile/grade_sources.py).

Sentences of ours with invented outlets and towns (Velno, Ostra, Karsk, Pell, Brisk):
each subject of a list counts, "also reported by" and "confirmed by" add sources, the
one told is a relay, a definite description refers back, the monitor is no source.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile import grade_sources
from claimledger.reconcile.grade import is_reporting_source, origin_key
from claimledger.reconcile.grade_merge import merge_sources
from claimledger.reconcile.grade_sources import ReadSources, read_sources
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


def test_reporting_read_from_the_object_the_copula_and_an_appositive_list() -> None:
    assert _names(
        "The Hove Sentinel was the first to report the strike; Orvel Monitor and the regional "
        "governor's office followed with the same figures."
    ) == ["The Hove Sentinel", "Orvel Monitor", "the regional governor's office"]
    listed = _names(
        "Local journalists, an emergency doctor at Lisk General Hospital and the family's "
        "lawyer all described the attack."
    )
    assert len(listed) == 3 and "the family's lawyer" in listed
    # what a report gives, but the verb is no report: no source
    assert _names("The army struck a house full of photographs.") == []


def test_the_quoted_one_is_the_origin_and_the_quoting_outlet_its_relay() -> None:
    read = read_sources(parse_sentences(["Radio Tamsin interviewed a neighbour who saw it."]))
    assert [m.name for m in read.sources] == ["a neighbour"]
    assert read.relays == ("Radio Tamsin",)
    read = read_sources(
        parse_sentences(["Lisk Daily quoted the village head as saying six people had died."])
    )
    assert [m.name for m in read.sources] == ["the village head"]


def test_the_only_report_is_a_cue_of_one_origin() -> None:
    sentences = [
        "The only report came from the Hove Sentinel, citing an unnamed resident.",
        "A cousin's post is the only record of the strike.",
        "Radio Brisk, the only outlet to report it, named the boy.",
    ]
    assert read_sources(parse_sentences(sentences)).sole == tuple(sentences)
    assert read_sources(parse_sentences(["The only road to the village was closed."])).sole == ()


def test_subjects_inherited_turned_and_elided() -> None:
    assert _names(
        "A journalist from the Quell Times visited the site and photographed the rubble."
    ) == ["A journalist"]
    read = read_sources(
        parse_sentences(["Quell Times reporters spoke to the driver's widow and to a paramedic."])
    )
    assert [m.name for m in read.sources] == ["the driver's widow", "a paramedic"]
    assert read.relays == ("Quell Times reporters",)
    assert (
        _names("Radio Corvin's correspondent confirmed the deaths, as did the Ambra Independent.")[
            -1
        ]
        == "the Ambra Independent"
    )
    assert _names(
        "Information on the strike came from several sources, including Telle Live and the "
        "Corvin Youth Union."
    ) == ["Telle Live", "the Corvin Youth Union"]


def test_a_republished_post_is_relayed_and_only_one_outlet_is_one_origin() -> None:
    read = read_sources(
        parse_sentences(
            [
                "A relative of the victim posted about the strike on Instagram; Bosk 24 later "
                "republished the post."
            ]
        )
    )
    assert [m.name for m in read.sources] == ["A relative of the victim"]
    assert read.relays == ("Bosk 24",)
    only = "Only the Ilvan Courier has reported these deaths."
    assert read_sources(parse_sentences([only])).sole == (only,)


def test_merge_folds_a_generic_outlet_noun_and_a_name_said_twice() -> None:
    def group(name: str) -> SourceGroup:
        return SourceGroup(name, "media", (), 1)

    merged = merge_sources(
        (group("the Ilvan Courier"), group("the newspaper")),
        ReadSources(),
        origin_key,
        is_reporting_source,
    )
    assert [g.name for g in merged] == ["the Ilvan Courier"]
    merged = merge_sources(
        (group("A Facebook page called Nerra Today"), group("Nerra Today")),
        ReadSources(),
        origin_key,
        is_reporting_source,
    )
    assert len(merged) == 1
    # two outlets with names of their own stay two
    merged = merge_sources(
        (group("Nerra Press"), group("Bosk 24")), ReadSources(), origin_key, is_reporting_source
    )
    assert len(merged) == 2


def test_an_only_report_of_one_detail_is_no_cue_of_one_origin() -> None:
    sentences = [
        "The Tarrow Post is the only source that attributed the strike to the army.",
        "A post by a teacher is the only post to mention a fifth casualty.",
        "The video was the only evidence of an incursion onto the coast road.",
        "Only this outlet listed a specific number of injured.",
    ]
    assert read_sources(parse_sentences(sentences)).sole == ()


def test_the_monitor_that_assessed_is_no_source() -> None:
    read = read_sources(parse_sentences(["Airwars graded the incident as fair."]))
    assert read.monitors == ("Airwars",)


class _Every(frozenset[str]):
    """A word class that holds every word."""

    def __contains__(self, word: object) -> bool:
        return True


_READ_ALIKE = [
    "Velno Today, the Ostra Gazette and Radio Brisk all published the victims' names.",
    "Kessa Voice ran photographs of the funerals and Dalat FM followed with the same figures.",
    "Five people died, according to Karsk Radio and to medics who spoke to Velno Today.",
    "The toll came from a local channel, which Bosk 24 later republished.",
    "Several outlets, including Sorra TV and the Harran Herald, named the dead.",
    "The Ilvan Courier confirmed the deaths, as did the civil defence.",
    "The only report of the strike came from a Telegram account.",
    "Airwars identified no further sources and assessed the incident as weak.",
    "A post by a news account gave the names; their cousin told a Telegram channel.",
    "Two children were wounded near the bakery on Tuesday evening.",
    "He said the house was empty.",
]


def test_the_words_a_reading_starts_from_skip_no_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader skips sentences and words that start no reading (``_STARTS``): with every
    word a start, it reads the same sources, relays, monitors and only-report cues."""
    parsed = parse_sentences(_READ_ALIKE)
    fast = read_sources(parsed)
    assert fast.sources and fast.relays and fast.monitors and fast.sole
    monkeypatch.setattr(grade_sources, "_STARTS", _Every())
    assert read_sources(parsed) == fast


def test_the_platforms_are_the_lexicons() -> None:
    """A source named by a platform the lexicon knows is where a post was put, not who posted
    it ("on Bluesky", "on Weibo", "Truth Social"): the grade's platforms are the lexicon's."""
    from claimledger.attribute.sources import PLATFORM_NAMES
    from claimledger.reconcile.grade_source_words import PLATFORMS

    assert {p.replace(" ", "") for p in PLATFORM_NAMES} == PLATFORMS
    read = ReadSources(
        sources=tuple(
            grade_sources.Mention(n, n.lower(), False) for n in ("Bluesky", "Weibo", "Truth Social")
        )
    )
    assert merge_sources((), read, origin_key, is_reporting_source) == ()


def test_a_read_sources_kind_is_the_lexicons() -> None:
    """The parse's sources take their kind as the claims' sources do (attribute.sources.
    source_kind): a medic is medical, a cousin family, the army military."""
    said = [
        "A medic said two died.",
        "Their cousin said so.",
        "The army said so.",
        "Kessa Voice said so.",
    ]
    read = read_sources(parse_sentences(said))
    assert [(m.name, m.kind) for m in read.sources] == [
        ("A medic", "medical"),
        ("Their cousin", "family"),
        ("The army", "military"),
        ("Kessa Voice", "media"),
    ]
