"""Linking cost per document as the store grows (a measuring script).

Input: a GVA-format articles JSONL. The first ``--batch`` distinct articles are
analysed once (the spaCy pipeline, before any clock starts); then for each
store size N a store is filled with N synthetic documents (written directly
as rows: one incident each, with a date, a place, a corpus incident, content
terms and a sketch) and the analysed batch is ingested into a copy of it,
``--repeats`` times, with the store's lookup ("indexed") and (interleaved, for
comparison) the lookups it replaced ("v5": schema version 5's; "date-only":
the one before; ``--variants`` picks). Output: one JSON line per size with the medians of the
writer's time per document (write + duplicate search + linking + summary
refresh; wall and CPU time) and of the linking alone (``link.link_document``,
CPU time), and the number of candidates the date-and-place lookup returned
per incident.

The synthetic store grows in breadth, as an archive does: dates uniform over
``--years`` years around the batch's dates and places over ~200 countries,
the batch's own country getting its share, so the rows in a batch
incident's date window grow with N while its real candidates (same window,
same country) stay few::

    python -m claimledger.bench.link_scale ../shared/bench/gva/articles-dev.jsonl \\
        --sizes 1000 10000 100000 --batch 100 --repeats 3

``--exclude US`` keeps the synthetic rows out of the batch's own country (GVA
articles are about the US): its real candidates then stay the same at every
size, and what is left to grow is the lookup itself.

The synthetic rows' content terms (``name0``...) never occur in real articles, so
an incident of unknown country, looked up by its document's terms, finds none
of them. ``--shared-terms K`` gives each synthetic row K terms drawn from the
batch's own terms (as often as the batch uses them): an archive of the same
beat shares names, and those lookups then grow with the store. ``--no-country P``
leaves a share P of the rows without a resolved place (no country), as in real stores;
every known-country lookup also reads those of its window.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from claimledger.options import Options
from claimledger.records import Document, RawDocument

_WORDS = [f"name{i}" for i in range(5000)]


def _countries() -> list[str]:
    import pycountry

    return sorted(c.alpha_2 for c in pycountry.countries)


def _write_row(
    con: sqlite3.Connection,
    i: int,
    day: str,
    cc: str | None,
    terms: list[str],
    latlon: tuple[float, float],
    hashes: list[int],
) -> None:
    """One synthetic document with its incident, place, corpus incident, terms and sketch."""
    now = "2026-01-01T00:00:00"
    con.execute(
        "INSERT INTO documents (id, external_id, content_hash, n_chars, ingested_at, "
        "stated_date, text) VALUES (?, ?, ?, 9, ?, ?, 'synthetic')",
        (i, f"syn-{i}", f"syn-{i}", now, day),
    )
    con.execute(
        "INSERT INTO corpus_incidents (id, event_type, date, date_precision, date_start, "
        "date_end, country_code, n_documents, n_independent_documents, contested, "
        "updated_at) VALUES (?, 'Violence against civilians', ?, 'day', ?, ?, ?, 1, 1, 0, ?)",
        (i, day, day, day, cc, now),
    )
    con.execute(
        "INSERT INTO incidents (id, document_id, incident_key, event_type, date, "
        "date_precision, date_from_document, country_code) VALUES (?, ?, 'i1', "
        "'Violence against civilians', ?, 'day', 0, ?)",
        (i, i, day, cc),
    )
    if cc is not None:  # an unresolved place: no location row
        con.execute(
            "INSERT INTO locations (incident_id, document_id, name, country_code, admin1, "
            "latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                i,
                i,
                f"Town{i % 997}",
                cc,
                f"Region{i % 13}",
                *latlon,
            ),
        )
    con.execute(
        "INSERT INTO incident_links (incident_id, corpus_incident_id, score, reason) "
        "VALUES (?, ?, 1.0, 'synthetic')",
        (i, i),
    )
    con.execute(
        "INSERT INTO document_terms (document_id, terms) VALUES (?, ?)",
        (i, " ".join(terms)),
    )
    con.executemany(
        "INSERT INTO incident_terms (term, date, incident_id) VALUES (?, ?, ?)",
        [(t, day, i) for t in terms],
    )
    con.executemany(
        "INSERT INTO document_sketches (document_id, hash) VALUES (?, ?)",
        [(i, h) for h in hashes],
    )


def fill(
    db: Path,
    n: int,
    centre: date,
    years: int,
    seed: int = 7,
    *,
    exclude: tuple[str, ...] = (),
    sketch: int = 32,
    shared: tuple[list[str], int] = ([], 0),
    no_country: float = 0.0,
) -> None:
    """Write ``n`` synthetic documents, each with one linked incident, into a new store.

    ``exclude``: countries left out (the batch's own, to hold its real candidates
    constant); ``sketch``: sketch hashes per document; ``shared``: a pool of real
    terms (repeated by use) and how many of each row's 12 terms are drawn from it;
    ``no_country``: the share of rows whose place was not resolved (no country).
    """
    from claimledger.store import Store

    Store.open(db).close()  # the schema
    rng = random.Random(seed)
    countries = [c for c in _countries() if c not in exclude]
    half = years * 365 // 2
    con = sqlite3.connect(db)
    df: dict[str, int] = {}
    with con:
        for i in range(1, n + 1):
            day = (centre + timedelta(days=rng.randint(-half, half))).isoformat()
            cc: str | None = rng.choice(countries)
            if no_country and rng.random() < no_country:
                cc = None
            pool, k = shared
            own = {rng.choice(pool) for _ in range(k)} if pool else set()
            terms = sorted(own) + rng.sample(_WORDS, 12 - len(own))
            # (the random draws in the order of earlier versions: the same rows)
            latlon = (rng.uniform(-60, 60), rng.uniform(-170, 170))
            _write_row(con, i, day, cc, terms, latlon, [rng.getrandbits(62) for _ in range(sketch)])
            for t in terms:
                df[t] = df.get(t, 0) + 1
        con.executemany("INSERT INTO term_counts (term, n_documents) VALUES (?, ?)", df.items())
    con.execute("ANALYZE")
    con.close()


def _timed(fn: Callable[..., Any], box: list[float]) -> Callable[..., Any]:
    """``fn`` adding its CPU time (this thread's: a loaded machine does not inflate it) to box."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            box.append(time.thread_time() - t0)

    return wrapper


def _v5_candidates(
    self: Any,
    date_from: str,
    date_to: str,
    country_code: str | None,
    exclude_document: int,
    terms: Any = None,
) -> Any:
    """The lookup of schema version 5, for comparison: the window's incidents from
    idx_incidents_date, their country from idx_locations_incident_country (every
    incident of the window, of every country, visited); ``terms`` ignored (an
    incident of unknown country gets the whole window)."""
    del terms
    place = " AND (cl.country_code = ? OR cl.country_code IS NULL)" if country_code else ""
    sql = (
        self._FEATURES_SQL + "WHERE i.id IN (SELECT c.id FROM incidents c "
        "LEFT JOIN locations cl ON cl.incident_id = c.id "
        "WHERE c.date >= ? AND c.date <= ?" + place + ") "
        "AND k.corpus_incident_id IS NOT NULL AND i.date >= ? "
        "AND i.date <= ? AND i.document_id <> ?"
    )
    params: list[Any] = [date_from, date_to]
    params += [country_code] if country_code else []
    params += [date_from, date_to, exclude_document]
    if country_code:
        sql += " AND (l.country_code = ? OR l.country_code IS NULL)"
        params.append(country_code)
    sql += " ORDER BY i.date, i.id"
    return self._features(self._con.execute(sql, params).fetchall())


def _date_only_candidates(
    self: Any,
    date_from: str,
    date_to: str,
    country_code: str | None,
    exclude_document: int,
    terms: Any = None,
) -> Any:
    """The lookup before schema version 4, for comparison: every incident of the date
    window joined to its document, link and place, then filtered by country
    (``terms`` ignored)."""
    del terms
    sql = (
        self._FEATURES_SQL + "WHERE k.corpus_incident_id IS NOT NULL AND i.date >= ? "
        "AND i.date <= ? AND i.document_id <> ?"
    )
    params: list[Any] = [date_from, date_to, exclude_document]
    if country_code:
        sql += " AND (l.country_code = ? OR l.country_code IS NULL)"
        params.append(country_code)
    sql += " ORDER BY i.date, i.id"
    return self._features(self._con.execute(sql, params).fetchall())


def measure(
    db: Path, raws: list[RawDocument], docs: dict[str, Document], variant: str = "indexed"
) -> dict[str, float]:
    """Ingest the analysed batch into ``db``: writer and linking seconds per document.

    ``variant``: "indexed" (the store's lookup), "v5" (schema version 5's, see
    ``_v5_candidates``) or "date-only" (the one before it).
    """
    from claimledger.corpus import link
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.store import Store
    from claimledger.store.sqlite_read import SQLiteReads

    link_times: list[float] = []
    candidates: list[int] = []
    original_link = link.link_document
    original_cands = SQLiteReads.link_candidates
    lookup = LOOKUPS.get(variant, original_cands)

    by_place: dict[bool, list[tuple[float, int]]] = {True: [], False: []}

    def counted(self: Any, *args: Any) -> Any:
        t0 = time.thread_time()
        rows = lookup(self, *args)
        by_place[args[2] is not None].append((time.thread_time() - t0, len(rows)))
        candidates.append(len(rows))
        return rows

    link.link_document = _timed(original_link, link_times)
    SQLiteReads.link_candidates = counted  # type: ignore[method-assign,assignment]
    cpu0 = time.thread_time()
    try:
        with Store.open(db) as store:
            report = ingest_documents(
                raws, store, Options(), analyzer=lambda rs, _o: [docs[r.id] for r in rs]
            )
    finally:
        link.link_document = original_link
        SQLiteReads.link_candidates = original_cands  # type: ignore[method-assign]
    cpu = time.thread_time() - cpu0
    n = max(1, report.stored)
    return {
        "stored": report.stored,
        "writer_ms_per_doc": 1000 * report.store_seconds / n,
        "writer_cpu_ms_per_doc": 1000 * cpu / n,
        "link_cpu_ms_per_doc": 1000 * sum(link_times) / n,
        "candidates_per_lookup": statistics.mean(candidates) if candidates else 0.0,
        **_by_place(by_place),
    }


def _by_place(by_place: dict[bool, list[tuple[float, int]]]) -> dict[str, float]:
    """Lookups with a known country and without one: share, CPU ms and candidates each."""
    out: dict[str, float] = {}
    total = sum(len(v) for v in by_place.values()) or 1
    for known, name in ((True, "country"), (False, "no_country")):
        calls = by_place[known]
        out[f"lookups_{name}_share"] = len(calls) / total
        out[f"lookup_cpu_ms_{name}"] = 1000 * statistics.mean(c for c, _ in calls) if calls else 0.0
        out[f"candidates_{name}"] = statistics.mean(n for _, n in calls) if calls else 0.0
    return out


VARIANTS = ("indexed", "v5", "date-only")
LOOKUPS: dict[str, Callable[..., Any]] = {"v5": _v5_candidates, "date-only": _date_only_candidates}


def _print_row(
    n: int, batch: int, fill_s: float, variant: str, runs: list[dict[str, float]]
) -> None:
    """One JSON line: medians and runs of one store size and lookup variant."""
    row: dict[str, Any] = {"store_documents": n, "variant": variant, "batch": batch}
    row["fill_s"] = round(fill_s, 1)
    keys = ("writer_ms_per_doc", "writer_cpu_ms_per_doc", "link_cpu_ms_per_doc")
    places = ("lookups_no_country_share", "lookup_cpu_ms_country", "lookup_cpu_ms_no_country")
    for key in (
        *keys,
        "candidates_per_lookup",
        *places,
        "candidates_country",
        "candidates_no_country",
    ):
        row[key] = round(statistics.median(run[key] for run in runs), 2)
        row[key + "_runs"] = [round(run[key], 2) for run in runs]
    json.dump(row, sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    """Fill stores of each size, ingest the batch into copies, print one JSON line per size."""
    from claimledger.bench.ingest_speed import _raws
    from claimledger.corpus.link import content_terms
    from claimledger.pipeline import analyze_documents

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--exclude", nargs="*", default=[], help="countries no synthetic row is in")
    ap.add_argument("--sketch", type=int, default=32, help="sketch hashes per synthetic row")
    ap.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS))
    ap.add_argument("--shared-terms", type=int, default=0, help="real terms per synthetic row")
    ap.add_argument("--no-country", type=float, default=0.0, help="share of rows without one")
    args = ap.parse_args(argv)
    raws = _raws(args.file, args.batch)
    docs = {d.id: d for d in analyze_documents(raws, Options())}
    pool = [t for r in raws for t in content_terms(r.text)] if args.shared_terms else []
    days = sorted(d.published for d in raws if d.published)
    centre = date.fromisoformat(days[len(days) // 2]) if days else date(2020, 1, 1)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            base = Path(tmp) / f"base-{n}.db"
            t0 = time.perf_counter()
            fill(
                base,
                n,
                centre,
                args.years,
                exclude=tuple(args.exclude),
                sketch=args.sketch,
                shared=(pool, args.shared_terms),
                no_country=args.no_country,
            )
            fill_s = time.perf_counter() - t0
            runs: dict[str, list[dict[str, float]]] = {v: [] for v in args.variants}
            for r in range(args.repeats):
                for variant in args.variants:  # interleaved: both see the same machine load
                    copy = Path(tmp) / f"run-{n}-{r}.db"
                    shutil.copy(base, copy)
                    runs[variant].append(measure(copy, raws, docs, variant))
                    copy.unlink()
            for variant in args.variants:
                _print_row(n, len(raws), fill_s, variant, runs[variant])
            base.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
