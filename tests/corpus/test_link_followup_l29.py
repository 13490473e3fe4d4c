"""Follow-ups that read no incident of their own (``corpus/link_followup.py``) and the local
veto read kind by kind, with each incident's resolved place (``corpus/link_local.py``),
helper L, twenty-ninth session. Our own invented reports."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from claimledger.corpus import link_apart, link_followup, link_local
from claimledger.corpus.ingest import IngestReport
from claimledger.corpus.link_local import contradicts, local_names, with_places
from claimledger.corpus.summary import document_incident
from claimledger.store import Store
from tests.fixtures.corpus.handmade import DAYTON, TOLEDO, ingest_shootings, stored_id
from tests.fixtures.corpus.handmade import link_of as _cid

# A neighbourhood the place resolver places on its own (a few km from the city's centre).
ASHGROVE = ("Ashgrove", "United States", "Ohio", 39.801, -84.151, 9990001, "US")

# id -> (incident day or None: the extractor reads no incident, published, place, text)
DOCS: dict[str, tuple[Any, ...]] = {
    "vakely": (
        "2024-03-01",
        "2024-03-02",
        DAYTON,
        "A man was shot and killed Friday night outside a barbershop on Quenby Avenue, "
        "Dayton police said. The coroner identified him as Desmond Vakely, 27. Vakely "
        "died at the scene.",
    ),
    "other": (
        "2024-03-03",
        "2024-03-04",
        TOLEDO,
        "A woman was shot Sunday on Larchmere Road, Toledo police said. Police named "
        "her as Trina Oldcastle, 34. Oldcastle was treated and released.",
    ),
    # Three weeks on: an arrest naming the victim; the extractor reads no incident.
    "arrest": (
        None,
        "2024-03-22",
        None,
        "A 19-year-old was arrested Thursday and charged with murder in the death of "
        "Desmond Vakely. Vakely, a father of two, was killed outside a barbershop.",
    ),
    # An arrest naming only a city: attached to nothing.
    "city-only": (
        None,
        "2024-03-22",
        None,
        "Dayton police arrested a man Thursday on a weapons charge, the department said.",
    ),
    # A court round-up naming both victims: two incidents, attached to none.
    "roundup": (
        None,
        "2024-04-10",
        None,
        "In court this week: a plea hearing in the death of Desmond Vakely, 27, and a "
        "bond hearing in the wounding of Trina Oldcastle, 34. Vakely and Oldcastle's "
        "families attended.",
    ),
    # No name, but the block of the street and the day of the shooting.
    "by-address": (
        None,
        "2024-03-20",
        None,
        "Prosecutors filed charges Tuesday in the March 1 shooting in the 1400 block of "
        "Quenby Avenue. The suspect remains in custody.",
    ),
    "block": (
        "2024-03-01",
        "2024-03-02",
        DAYTON,
        "Officers were called to the 1400 block of Quenby Avenue on Friday, where a man "
        "had been shot, Dayton police said.",
    ),
    # One night, one city, two neighbourhoods: one named in the text, the other the
    # place the resolver gives ("Ashgrove"), never written in the first report.
    "belcourt": (
        "2024-06-08",
        "2024-06-09",
        DAYTON,
        "A man was shot late Saturday in the Belcourt neighborhood, Dayton police said. "
        "He was taken to a hospital in serious condition. No arrests were made.",
    ),
    "ashgrove": (
        "2024-06-08",
        "2024-06-09",
        ASHGROVE,
        "Gunfire on a quiet street in Ashgrove left a teenager shot and wounded late Saturday, "
        "and Dayton police said the 17-year-old was expected to survive.",
    ),
}


def _ingest(store: Store, *ids: str) -> IngestReport:
    report: IngestReport = ingest_shootings(store, DOCS, *ids)
    return report


def _doc(store: Store, external_id: str) -> int:
    return stored_id(store, DOCS, external_id)


def test_an_arrest_naming_the_victim_is_attached_with_its_evidence(store: Store) -> None:
    report = _ingest(store, "vakely", "other", "arrest")
    doc = _doc(store, "arrest")
    assert document_incident(store, doc) == _cid(store, "vakely")[0]
    row = store.followup_of(doc)
    assert row is not None
    assert row.evidence.text == "Desmond Vakely"
    assert DOCS["arrest"][3][row.evidence.start : row.evidence.end] == "Desmond Vakely"
    assert row.evidence.extractor == link_followup.EXTRACTOR
    assert row.reason == "follow-up: names desmond vakely"
    (line,) = report.without_incident
    assert line.startswith("arrest: no incident read")
    assert f"attached to corpus incident {row.corpus_incident_id} as a follow-up" in line


def test_a_city_alone_or_a_page_of_two_incidents_attaches_nothing(store: Store) -> None:
    report = _ingest(store, "vakely", "other", "city-only", "roundup")
    for ext in ("city-only", "roundup"):
        assert store.followup_of(_doc(store, ext)) is None
        assert document_incident(store, _doc(store, ext)) is None
    assert all(line.endswith("in no corpus incident") for line in report.without_incident)


def test_the_block_and_the_named_day_attach_a_follow_up_without_names(store: Store) -> None:
    _ingest(store, "block", "by-address")
    row = store.followup_of(_doc(store, "by-address"))
    assert row is not None
    assert row.corpus_incident_id == _cid(store, "block")[0]
    assert row.evidence.text == "Quenby"
    assert row.score == link_followup.ADDRESS_SCORE


def test_with_follow_ups_off_the_arrest_stays_alone(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_followup, "FOLLOWUPS", False)
    _ingest(store, "vakely", "arrest")
    assert document_incident(store, _doc(store, "arrest")) is None


def test_kind_by_kind_a_shared_neighbourhood_does_not_keep_two_streets_together() -> None:
    a = local_names("shot on Ferrow Avenue in the Quillmont neighborhood")
    b = local_names("found on Tarrant Street in the Quillmont neighborhood")
    # Off by default (GVA: reports of one shooting often share the area and name
    # different cross streets): the shared neighbourhood keeps them together.
    assert contradicts(a, ["ferrow", "quillmont"], b, ["tarrant", "quillmont"]) is None
    old = link_local.PER_KIND
    try:
        link_local.PER_KIND = True
        assert contradicts(a, ["ferrow", "quillmont"], b, ["tarrant", "quillmont"]) == "street"
        # One street, two neighbourhoods (a report names the victim's home area): together.
        c = local_names("shot on Ferrow Avenue in the Belcourt neighborhood")
        assert contradicts(a, ["ferrow", "quillmont"], c, ["ferrow", "belcourt"]) is None
    finally:
        link_local.PER_KIND = old


def test_a_resolved_neighbourhood_is_its_report_s_own_area_a_county_is_not() -> None:
    a = local_names("shot in the Belcourt neighborhood")
    own, other = with_places(
        a, "Dayton", ["belcourt", "dayton"], frozenset(), "Ashgrove", ["ashgrove", "dayton"]
    )
    # "Dayton" is written in the other report: no report's own; "Ashgrove" is.
    assert own == {"area:belcourt"}
    assert other == {"area:ashgrove"}
    assert contradicts(own, ["belcourt", "dayton"], other, ["ashgrove", "dayton"]) == "area"
    _, county = with_places(
        a, "Dayton", ["belcourt"], frozenset(), "Verrow County", ["verrow", "dayton"]
    )
    assert county == frozenset()
    # Two towns, neither report writing the other's: the resolver chose a town, not a
    # neighbourhood of the other's city.
    assert with_places(frozenset(), "Quarlton", ["quarlton"], a, "Dayton", ["belcourt"]) == (
        frozenset(),
        a,
    )


def test_same_night_reports_of_two_neighbourhoods_stay_apart(store: Store) -> None:
    _ingest(store, "belcourt", "ashgrove")
    cid, reason = _cid(store, "ashgrove")
    assert cid != _cid(store, "belcourt")[0]
    assert "vetoed: area names apart" in reason


def test_without_the_resolved_place_as_an_area_the_scorer_joins_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_local, "PLACES_AS_AREAS", False)
    # They share only the city's name and the day too (``link_apart``, thirty-third session).
    monkeypatch.setattr(link_apart, "GENERIC_TEXT", None)
    _ingest(store, "belcourt", "ashgrove")
    assert _cid(store, "ashgrove")[0] == _cid(store, "belcourt")[0]


def test_a_version_8_store_without_the_table_gains_it_and_attaches(tmp_path: Any) -> None:
    where = tmp_path / "old.db"
    with Store.open(where) as store:
        _ingest(store, "vakely")
    con = sqlite3.connect(where)
    # a store of version 8 made the table only at its first attach
    con.execute("DROP TABLE IF EXISTS document_followups")
    con.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store.open(where) as store:  # opened for writing: version 9's statements make it
        assert store.followup_of(_doc(store, "vakely")) is None
        _ingest(store, "arrest")
        row = store.followup_of(_doc(store, "arrest"))
        assert row is not None
        assert row.corpus_incident_id == _cid(store, "vakely")[0]
