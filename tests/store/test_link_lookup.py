"""Link candidates by (country, date) and by term, on both backends; schema 6 on an older store."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from claimledger.bench.link_scale import _v5_candidates
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import Document, Incident, IncidentDate, RawDocument
from claimledger.store import Store
from claimledger.store.schema import SCHEMA_VERSION
from tests.fixtures.corpus.handmade import handmade_analyzer, load_raws, read_document

# Two reports without a place (no country): one names the Kirkuk bombing's town and
# day, one shares no name with anything stored.
NO_PLACE = {
    "kirkuk-noplace-5": (
        "2024-03-10",
        "A second account of the blast in Qaysariya near Kirkuk on Sunday said 11 died.",
    ),
    "bridge-noplace-1": ("2024-03-11", "A convoy was attacked near the Tamarind Bridge."),
}


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    """The hand-made readings, and the place-less reports' one incident each."""
    out = []
    for raw in raws:
        if raw.id not in NO_PLACE:
            out.extend(handmade_analyzer([raw], options))
            continue
        day = NO_PLACE[raw.id][0]
        base = read_document(replace(load_raws()[0], id=raw.id, text=raw.text))
        inc = Incident(f"{raw.id}#1", "Battles", None, IncidentDate(day, "day", 0.9), None)
        out.append(replace(base, incidents=(inc,), stated_date=day))
    return out


def _fill(where: str) -> Store:
    """A store with the hand-made corpus and the two place-less reports."""
    raws = load_raws() + [
        RawDocument(id=k, text=text, published=day) for k, (day, text) in NO_PLACE.items()
    ]
    store = Store.open(where)
    ingest_documents(raws, store, Options(), analyzer=_analyzer)
    return store


def _incident(store: Store, external_id: str) -> int:
    return int(
        store._con.execute(  # type: ignore[attr-defined]
            "SELECT i.id FROM incidents i JOIN documents d ON d.id = i.document_id "
            "WHERE d.external_id = ?",
            (external_id,),
        ).fetchone()[0]
    )


def _snapshot(store: Store) -> tuple[list[Any], list[Any]]:
    con = store._con  # type: ignore[attr-defined]
    countries = con.execute("SELECT id, country_code FROM incidents ORDER BY id").fetchall()
    postings = con.execute(
        "SELECT term, date, incident_id FROM incident_terms ORDER BY term, date, incident_id"
    ).fetchall()
    return [tuple(r) for r in countries], [tuple(r) for r in postings]


def test_an_older_store_gains_the_country_column_and_the_term_postings(store_at: Any) -> None:
    where = store_at()
    store = _fill(where)
    written = _snapshot(store)
    kirkuk, noplace = _incident(store, "kirkuk-wire-1"), _incident(store, "kirkuk-noplace-5")
    # As the writer wrote them: the location's country (none without a place), and
    # each dated incident under each of its document's terms.
    assert (kirkuk, "IQ") in written[0] and (noplace, None) in written[0]
    assert {p for p in written[1] if p[0] == "qaysariya"} == {
        ("qaysariya", "2024-03-10", _incident(store, x))
        for x in ("kirkuk-wire-1", "kirkuk-local-2", "kirkuk-wire-3", "kirkuk-repost-4")
    } | {("qaysariya", "2024-03-10", noplace)}
    with store.transaction():  # back to a version-5 store: no column, table or index
        con = store._con  # type: ignore[attr-defined]
        con.execute("DROP INDEX idx_incidents_country_date")
        con.execute("ALTER TABLE incidents DROP COLUMN country_code")
        con.execute("DROP TABLE incident_terms")
        con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    store.close()
    with Store.open(where) as store:  # the step adds and fills them from the rows
        assert _snapshot(store) == written
        version = store._con.execute(  # type: ignore[attr-defined]
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()[0]
        assert int(version) == SCHEMA_VERSION >= 6
        got = store.link_candidates("2024-03-01", "2024-03-20", None, 0, ["qaysariya"])
        assert [c.incident_id for c in got] == [p[2] for p in written[1] if p[0] == "qaysariya"]


def test_candidates_by_country_are_those_of_the_version_5_lookup(store_at: Any) -> None:
    with _fill(store_at()) as store:
        seen = 0
        for lo, hi in (
            ("2024-02-01", "2024-04-30"),
            ("2024-03-10", "2024-03-10"),
            ("2023-01-01", "2025-01-01"),
        ):
            for country in ("IQ", "SY", "NG", "US", None):
                for exclude in (0, 1, 4):
                    got = store.link_candidates(lo, hi, country, exclude)
                    assert got == _v5_candidates(store, lo, hi, country, exclude)
                    seen += len(got)
        assert seen > 100
        iq = store.link_candidates("2024-03-01", "2024-03-20", "IQ", 0)
        # Iraq's six incidents and the two of unknown country, by date then id.
        assert [(c.place, c.country_code) for c in iq] == [("Kirkuk", "IQ")] * 4 + [
            (None, None)
        ] + [("Baghdad", "IQ")] * 2 + [(None, None)]
        assert [c.date for c in iq] == sorted(c.date or "" for c in iq)


def test_candidates_by_term_are_the_window_s_sharing_a_term(store_at: Any) -> None:
    with _fill(store_at()) as store:
        terms = store.get_terms(store.document_ids())
        for words in (["qaysariya"], ["adhamiya", "kirkuk"], ["tamarind", "idlib"], ["nowhere"]):
            for lo, hi in (("2024-03-01", "2024-03-20"), ("2024-03-11", "2024-03-12")):
                for country in (None, "IQ"):
                    got = store.link_candidates(lo, hi, country, 0, words)
                    window = _v5_candidates(store, lo, hi, country, 0)
                    # The country's all; the unknown country's sharing a term.
                    want = [
                        c
                        for c in window
                        if (country and c.country_code == country)
                        or set(words) & set(terms[c.document_id])
                    ]
                    assert got == want
        by_term = store.link_candidates("2024-03-01", "2024-03-20", None, 0, ["adhamiya"])
        assert [c.place for c in by_term] == ["Baghdad", "Baghdad"]
        bridge = _incident(store, "bridge-noplace-1")
        got = store.link_candidates("2024-03-01", "2024-03-20", None, 0, ["tamarind"])
        assert [c.incident_id for c in got] == [bridge]
        # Syria's three incidents, and of unknown country only the Kirkuk report
        # sharing the town's name (not the bridge report).
        sy = store.link_candidates("2024-03-01", "2024-03-20", "SY", 0, ["qaysariya"])
        assert [c.incident_id for c in sy][0] == _incident(store, "kirkuk-noplace-5")
        assert [c.place for c in sy] == [None] + ["Maarrat Misrin"] * 3
        no_terms = store.link_candidates("2024-03-01", "2024-03-20", "SY", 0, [])
        assert [c.place for c in no_terms] == ["Maarrat Misrin"] * 3
        assert store.link_candidates("2024-03-01", "2024-03-20", None, 0, []) == []
