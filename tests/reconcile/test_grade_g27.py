"""The grade's twenty-seventh-session readings (issue 13): which sources are sources of the toll.

A source whose every claim is beside the incident (a clause with no word of the harm, the
attack, its weapon, a report's object or anyone: "the covered market had been shut for
repairs") or states an absence ("no arrests had been made", "found no evidence of a military
target", "no other reference to the strike") is no independent source of the toll; one that
talks of those harmed ("all three worked at the flour mill") or of the attack ("there had
been no warning before the strike") still is. A source with no claim whose report holds
another's figure and names it ("Posted by X: four dead, says the ministry") is that source's
relay. A name and the same name with a relative clause ("Shopkeepers who talked to three news
sites") are one source; "the ministry" after "The health ministry" refers to it (each was
read as the other's description, and both were dropped). Invented places, outlets and
accounts (Varno, Berin, Askal, Osla, Tellan; dune_lookout). Each class has a hit and a near
miss.
"""

from __future__ import annotations

import dataclasses

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade import origin_key, origin_words
from claimledger.reconcile.grade_merge import merge_sources
from claimledger.reconcile.grade_sources import ReadSources
from claimledger.reconcile.grade_toll import toll_sources
from claimledger.records import Claim, Evidence, Source, SourceGroup

pytestmark = pytest.mark.integration


def sources(text: str) -> tuple[str, list[str]]:
    inc = claimledger.analyze(text, published="2026-06-30").incidents[0]
    return inc.grade or "", [s.name for s in inc.sources if s.kind != "author"]


def test_a_source_speaking_beside_the_incident_is_no_source_of_the_toll() -> None:
    grade, names = sources(
        "A shell hit a bakery in Varno on 3 May 2026, killing four people, the Varno Courier "
        "reported. Local traders said the covered market had been shut for repairs since the "
        "spring."
    )
    assert names == ["the Varno Courier"] and grade == "weak"
    # near miss: one who talks of those harmed is a source
    grade, names = sources(
        "A drone strike killed three men in a pickup truck near Tellan on 20 June 2026, "
        "according to the Tellan Observer. Their cousin wrote on Facebook that all three "
        "worked at the flour mill."
    )
    assert "Their cousin" in names and grade == "fair"
    # and one who speaks of the mourning
    grade, names = sources(
        "A missile hit a clinic in Ravel on 3 September 2026, killing two nurses, the Ravel "
        "Post reported. The town's mayor said the whole town was in mourning."
    )
    assert len(names) == 2 and grade == "fair"


def test_a_statement_of_absence_is_no_source_of_the_toll() -> None:
    grade, names = sources(
        "A mortar round killed a teacher in Berin on 12 June 2026, the Berin Gazette reported. "
        "The police said no arrests had been made."
    )
    assert names == ["the Berin Gazette"] and grade == "weak"
    grade, names = sources(
        "Local activists reported that two shepherds were killed by shelling near Askal on 10 "
        "June 2026. Airwars found no evidence of a military target in the area."
    )
    assert "Airwars" not in names and grade == "weak"
    grade, names = sources(
        "On 16 June 2026 a drone strike reportedly killed a farmer near Osla. A post on a "
        "Telegram channel run by Osla villagers named him as Karim Dost. Airwars found no "
        "other reference to the strike."
    )
    assert "Airwars" not in names and grade == "weak"
    # what none of went missing is no one: a harm word said of things is no harm
    grade, names = sources(
        "A strike killed a fisherman off Lumo on 11 September 2026, a Lumo community page "
        "reported. The coast guard said no vessels had been reported missing that week."
    )
    assert names == ["a Lumo community page"] and grade == "weak"
    # near miss: an absence said of the attack itself is about it
    grade, names = sources(
        "A mortar round killed a teacher in Berin on 12 June 2026, the Berin Gazette reported. "
        "The regional council said there had been no warning before the strike."
    )
    assert "The regional council" in names and grade == "fair"


def _claim(text: str, said: str, name: str, named: str, figure: str | None) -> Claim:
    at, who = text.index(said), text.index(named)
    return Claim(
        figure=figure,
        statement=said,
        low=4 if figure else None,
        high=4 if figure else None,
        qualifier="exact" if figure else None,
        source=Source(name, "official", None, Evidence(who, who + len(named), named)),
        hedged=False,
        evidence=Evidence(at, at + len(said), said),
    )


def _parsed(text: str) -> list:
    return [dataclasses.replace(p, start=0, end=len(text)) for p in parse_sentences([text])]


def test_a_source_whose_report_holds_anothers_figure_is_its_relay() -> None:
    text = "Posted by dune_lookout: Four dead, says the ministry."
    claims = [_claim(text, "Four dead", "the ministry", "the ministry", "killed")]
    groups = (
        SourceGroup("the ministry", "official", (), 1),
        SourceGroup("dune_lookout", "social_media", (), 0),
    )
    got = toll_sources(groups, claims, _parsed(text), origin_key)
    assert got == (SourceGroup("the ministry", "official", ("dune_lookout",), 1),)
    # near miss: two who each say it are two sources
    text = "Kell Radio and the ministry said four people were killed."
    claims = [_claim(text, "four people were killed", "the ministry", "the ministry", "killed")]
    groups = (
        SourceGroup("the ministry", "official", (), 1),
        SourceGroup("Kell Radio", "media", (), 0),
    )
    assert len(toll_sources(groups, claims, _parsed(text), origin_key)) == 2
    # nor is a figure given beside the report, in a clause of its own ("while ...")
    text = "Radio Ost posted photos of the bakery while the ministry said four were killed."
    claims = [_claim(text, "four were killed", "the ministry", "the ministry", "killed")]
    groups = (
        SourceGroup("the ministry", "official", (), 1),
        SourceGroup("Radio Ost", "media", (), 0),
    )
    assert len(toll_sources(groups, claims, _parsed(text), origin_key)) == 2


def test_a_name_with_a_relative_clause_is_one_source_with_the_name() -> None:
    groups = (
        SourceGroup("the Hadel Times", "media", (), 1),
        SourceGroup("Shopkeepers who talked to three news sites", "official", (), 1),
        SourceGroup("Shopkeepers", "witness", (), 1),
    )
    got = merge_sources(groups, ReadSources(), origin_key, lambda n: True, origin_words)
    assert [g.name for g in got] == [
        "the Hadel Times",
        "Shopkeepers who talked to three news sites",
    ]
    # near miss: another noun after the name is another source
    groups = (
        SourceGroup("Shopkeepers", "witness", (), 1),
        SourceGroup("Shopkeepers' union", "official", (), 1),
    )
    got = merge_sources(groups, ReadSources(), origin_key, lambda n: True, origin_words)
    assert len(got) == 2


def test_a_definite_description_refers_to_the_fuller_name_not_back() -> None:
    groups = (
        SourceGroup("The health ministry", "official", (), 2),
        SourceGroup("the ministry", "official", (), 1),
    )
    got = merge_sources(groups, ReadSources(), origin_key, lambda n: True, origin_words)
    assert [g.name for g in got] == ["The health ministry"]
