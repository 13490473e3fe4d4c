"""Issue 3's acceptance test on the reference text in ../shared (skipped when absent).

Nothing in the code is written for this text; these are the readings an
experienced coder makes of it. Only single words of the text are used here to
find spans: its sentences are not copied into the repository.
"""

from __future__ import annotations

import math
import unicodedata

import pytest

import claimledger
from claimledger.records import Claim, Document

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def reading(fallujah_text: str) -> Document:
    return claimledger.analyze(fallujah_text, doc_id="fallujah")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(a))


def _figures(doc: Document, figure: str) -> list[Claim]:
    return [c for c in doc.incidents[0].claims if c.figure == figure]


def _has(
    claims: list[Claim], low: int, high: int | None, kind: str, qualifier: str | None = None
) -> bool:
    return any(
        c.low == low
        and c.high == high
        and c.source.kind == kind
        and (qualifier is None or c.qualifier == qualifier)
        for c in claims
    )


def test_fallujah_main_incident_is_a_coalition_air_strike(reading: Document) -> None:
    main = reading.incidents[0]
    assert (main.event_type, main.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    roles = {(a.role, a.name.casefold()) for a in main.actors}
    assert any(r == "perpetrator" and "coalition" in n for r, n in roles), roles
    assert any(r == "target" and "iraq" in n for r, n in roles), roles
    assert any("islamic state" in n for _, n in roles), roles


def test_fallujah_location_is_south_of_fallujah(reading: Document) -> None:
    loc = reading.incidents[0].location
    assert loc is not None
    plain = unicodedata.normalize("NFKD", loc.name).encode("ascii", "ignore").decode().casefold()
    assert "falluj" in plain  # GeoNames spells it "Al Fallūjah"
    assert loc.country == "Iraq"
    assert loc.admin1 is not None and "anbar" in loc.admin1.casefold()
    assert loc.relation is not None and "south" in loc.relation
    assert loc.lat is not None and loc.lon is not None
    assert _km(loc.lat, loc.lon, 33.35, 43.78) <= 30


def test_fallujah_killed_claims_by_source(reading: Document) -> None:
    killed = _figures(reading, "killed")
    assert any(
        c.low == 1
        and c.high == 1
        and c.source.kind == "official"
        and "ministry" in c.source.name.casefold()
        for c in killed
    )
    assert _has(killed, 25, 25, "anonymous")
    # "up to 25": low open, high 25 (the convention of docs/schema.md)
    assert _has(killed, None, 25, "author", "up_to")


def test_fallujah_injured_claims_by_source(reading: Document) -> None:
    injured = _figures(reading, "injured")
    assert _has(injured, 9, 9, "official")
    assert _has(injured, 37, 37, "anonymous")
    assert _has(injured, 37, 37, "author")  # the headline, despite its misspelling
    assert _has(injured, 20, None, "medical", "at_least")


def test_fallujah_estimates(reading: Document) -> None:
    est = reading.incidents[0].estimates
    assert (est["killed"].low, est["killed"].high) == (1, 25)
    assert (est["injured"].low, est["injured"].high) == (9, 37)


def test_fallujah_coalition_statement_is_hedged(reading: Document) -> None:
    claims = [c for inc in reading.incidents for c in inc.claims]
    assert any("coalition" in c.source.name.casefold() and c.hedged for c in claims)


def test_fallujah_allegation_relayed_via_rt(reading: Document) -> None:
    claims = [c for inc in reading.incidents for c in inc.claims]
    relayed = [c for c in claims if "zamili" in c.source.name.casefold()]
    assert relayed, [c.source for c in claims]
    assert all(c.source.via == "RT" for c in relayed)
    assert any(c.figure is None for c in relayed)


def test_fallujah_sortie_share_is_an_author_assertion(reading: Document) -> None:
    claims = [c for inc in reading.incidents for c in inc.claims]
    share = [c for c in claims if "75" in c.evidence.text or "75" in c.statement]
    assert share
    assert all(c.figure is None and c.source.kind == "author" for c in share)


def test_fallujah_no_claims_from_distance_share_or_year(reading: Document) -> None:
    for inc in reading.incidents:
        for c in inc.claims:
            if c.figure is None:
                continue
            assert c.low not in (40, 75, 2012, 2013, 2014)
            assert "miles" not in c.evidence.text and "%" not in c.evidence.text


def test_fallujah_commentary_is_opinion_with_loaded_terms(reading: Document) -> None:
    text = reading.text

    def kind_at(word: str) -> str:
        pos = text.index(word)
        seg = [s for s in reading.segments if s.start <= pos < s.end]
        assert seg, word
        return seg[0].kind

    assert kind_at("impotent") == "opinion"
    assert kind_at("Hypocrites") == "opinion"
    assert kind_at("BAGHDAD") in ("quote", "reporting")
    opinion_terms = {
        t.casefold() for s in reading.segments if s.kind == "opinion" for t in s.loaded_terms
    }
    assert opinion_terms, "opinion segments carry loaded terms"


def test_fallujah_stated_date_is_flagged(reading: Document) -> None:
    assert reading.stated_date == "2012-11-14"
    assert reading.date_warnings
    evidence = " ".join(e.text for w in reading.date_warnings for e in w.evidence)
    assert any(name in evidence for name in ("ISIS", "Daesh", "Islamic State"))
    messages = " ".join(w.message for w in reading.date_warnings)
    assert "2012" in messages


def test_fallujah_earlier_strike_on_syrian_troops_is_a_second_incident(reading: Document) -> None:
    others = reading.incidents[1:]
    syrian = [i for i in others if any("syria" in a.name.casefold() for a in i.actors)]
    assert syrian, [(i.id, [a.name for a in i.actors]) for i in others]
    assert all(not i.estimates for i in syrian)


def test_fallujah_json_output_validates_against_schema(reading: Document) -> None:
    import jsonschema

    jsonschema.validate(claimledger.to_dict(reading), claimledger.schema())


def test_fallujah_every_evidence_span_matches_the_text(reading: Document) -> None:
    text = reading.text
    for inc in reading.incidents:
        for c in inc.claims:
            assert text[c.evidence.start : c.evidence.end] == c.evidence.text
    for w in reading.date_warnings:
        for e in w.evidence:
            assert text[e.start : e.end] == e.text
