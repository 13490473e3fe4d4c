"""Incidents of no event type (deadly events naming no armed attack) in the exports.

ACLED and UCDP code political violence only, so their CSVs leave such an incident
out unless asked (``include_untyped``); our own formats keep it with its type null.
The store is the hand-made corpus plus one rescue service's report of a collapse.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from claimledger.cli.main import main
from claimledger.corpus.ingest import ingest_documents
from claimledger.export import export, export_file
from claimledger.options import Options
from claimledger.records import (
    Claim,
    Document,
    Evidence,
    Incident,
    IncidentDate,
    Location,
    RawDocument,
    Source,
)
from claimledger.serve import create_app
from tests.fixtures.corpus.handmade import build_store

COLLAPSE = (
    "Rescuers in Dorvansk pulled nine bodies from a collapsed apartment block on Tuesday, "
    "the city's rescue service said."
)
FIGURE = "nine bodies"


def _collapse(raws: list[RawDocument], options: Options) -> list[Document]:
    del options
    (raw,) = raws
    start = raw.text.index(FIGURE)
    ev = Evidence(start, start + len(FIGURE), FIGURE, raw.id, "test", 1.0)
    claim = Claim("killed", FIGURE, 9, 9, "exact", Source("rescue service", "official"), False, ev)
    place = Location("Dorvansk", "Iraq", "Nineveh", 36.2, 43.0, None, None, None, "IQ")
    inc = Incident(
        id=f"{raw.id}#1",
        event_type=None,
        sub_event_type=None,
        date=IncidentDate("2024-06-04", "day", 0.9),
        location=place,
        claims=(claim,),
    )
    return [Document(id=raw.id, text=raw.text, stated_date=raw.published, incidents=(inc,))]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("untyped") / "corpus.db"
    store = build_store(path)
    raw = RawDocument(id="dorvansk-collapse", text=COLLAPSE, published="2024-06-05")
    ingest_documents([raw], store, Options(), analyzer=_collapse)
    store.close()
    return path


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _export(db: Path, fmt: str, **kw: object) -> tuple[str, list[int]]:
    from claimledger.store import Store

    skipped: list[int] = []
    buf = io.StringIO(newline="")
    with Store.open(db) as store:
        export(store, fmt, buf, on_skip=lambda inc: skipped.append(inc.row.id), **kw)  # type: ignore[arg-type]
    return buf.getvalue(), skipped


def test_acled_csv_leaves_the_collapse_out_and_says_so(db: Path) -> None:
    text, skipped = _export(db, "acled-csv")
    rows = _rows(text)
    assert len(rows) == 4 and len(skipped) == 1
    assert all(r["event_type"] for r in rows)
    assert "Dorvansk" not in text


def test_acled_csv_with_include_untyped_writes_it_with_an_empty_type(db: Path) -> None:
    text, skipped = _export(db, "acled-csv", include_untyped=True)
    rows = _rows(text)
    assert len(rows) == 5 and skipped == []
    (collapse,) = [r for r in rows if r["location"] == "Dorvansk"]
    assert (collapse["event_type"], collapse["sub_event_type"]) == ("", "")
    assert collapse["fatalities"] == "9"


def test_ucdp_csv_leaves_it_out_too(db: Path) -> None:
    text, skipped = _export(db, "ucdp-csv")
    assert len(skipped) == 1 and "Dorvansk" not in text
    text, _ = _export(db, "ucdp-csv", include_untyped=True)
    (row,) = [r for r in _rows(text) if r["where_coordinates"].startswith("Dorvansk")]
    assert row["type_of_violence"] == ""


def test_json_and_claims_csv_keep_it_with_its_type_null(db: Path) -> None:
    text, skipped = _export(db, "json")
    assert skipped == []
    (collapse,) = [i for i in json.loads(text)["incidents"] if i["location"] == "Dorvansk"]
    assert collapse["event_type"] is None
    claims, skipped = _export(db, "claims-csv")
    assert skipped == [] and any(r["statement"] == FIGURE for r in _rows(claims))


def test_export_file_passes_the_choice_on(db: Path, tmp_path: Path) -> None:
    from claimledger.store import Store

    with Store.open(db) as store:
        assert export_file(store, "acled-csv", tmp_path / "a.csv") == 4
        assert export_file(store, "acled-csv", tmp_path / "b.csv", include_untyped=True) == 5


def test_cli_export_counts_what_it_left_out(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    args = ["export", "--format", "acled-csv", "--db", str(db), "--out", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "left out 1 incident(s) of no event type" in result.stderr
    assert len(_rows(out.read_text(encoding="utf-8"))) == 4
    result = CliRunner().invoke(main, [*args, "--include-untyped"])
    assert result.exit_code == 0 and "left out" not in result.stderr
    assert len(_rows(out.read_text(encoding="utf-8"))) == 5


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def test_api_csv_leaves_it_out_with_a_header_count(client: TestClient) -> None:
    got = client.get("/api/incidents.csv")
    assert got.status_code == 200 and got.headers["x-untyped-left-out"] == "1"
    assert len(_rows(got.text)) == 4
    got = client.get("/api/incidents.csv", params={"format": "ucdp", "include_untyped": "true"})
    assert got.headers["x-untyped-left-out"] == "0" and len(_rows(got.text)) == 5
