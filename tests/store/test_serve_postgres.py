"""``serve``, ``incidents``, ``show`` and ``export`` on a PostgreSQL store.

The API tests of tests/serve/test_api.py (list, filters, incident, document,
GeoJSON/CSV, errors) run here again, unchanged, against the hand-made corpus
in PostgreSQL: the ``db`` and ``client`` fixtures below replace theirs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from claimledger.cli import main
from claimledger.serve import create_app
from claimledger.store import Store
from tests.fixtures.corpus.handmade import build_store, handmade_analyzer
from tests.serve.test_api import (  # noqa: F401 - collected here, on PostgreSQL
    test_serve_document_has_text_segments_and_claim_spans,
    test_serve_errors_are_json,
    test_serve_geojson_and_csv_follow_the_filter,
    test_serve_incident_has_claims_by_source_with_evidence,
    test_serve_incident_has_documents_links_timeline,
    test_serve_incident_warnings,
    test_serve_list_filters,
    test_serve_list_is_sorted_by_date_with_total_and_figures,
    test_serve_list_pages_keep_the_total,
)
from tests.store.pg_cluster import PGCluster


@pytest.fixture(scope="module")
def db(pg_cluster: PGCluster) -> str:
    url = pg_cluster.new_url("serve")
    build_store(url).close()  # type: ignore[arg-type]
    return url


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def test_serve_postgres_writes_with_a_token(pg_cluster: PGCluster) -> None:
    url = pg_cluster.new_url("write")
    build_store(url).close()  # type: ignore[arg-type]
    app = create_app(url, token="s3cret", analyzer=handmade_analyzer)
    doc = {"id": "new-1", "text": "A new report about nothing in particular.", "title": "New"}
    auth = {"authorization": "Bearer s3cret"}
    with TestClient(app) as c:
        r = c.post("/api/documents", json=doc, headers=auth)
        assert r.status_code == 200, r.text
        assert (r.json()["read"], r.json()["stored"]) == (1, 1)
        again = c.post("/api/documents", json=doc, headers=auth).json()
        assert (again["stored"], again["already_stored"]) == (0, 1)
    with Store.open(url, read_only=True) as store:
        last = store.document_ids()[-1]
        assert store.get_document(last).external_id == "new-1"


def test_cli_reads_a_postgres_store(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["incidents", "--db", db, "--country", "IQ", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    assert [i["location"] for i in json.loads(listed.output)] == ["Kirkuk", "Baghdad"]
    shown = runner.invoke(main, ["show", "1", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "Kirkuk" in shown.output
    out = tmp_path / "incidents.csv"
    exported = runner.invoke(
        main, ["export", "--format", "acled-csv", "--out", str(out), "--db", db]
    )
    assert exported.exit_code == 0, exported.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5  # header + 4 incidents


def test_cli_refuses_an_unreachable_postgres_store(tmp_path: Path) -> None:
    url = f"postgresql://alice:s3cret@/none?host={tmp_path}&connect_timeout=2"
    result = CliRunner().invoke(main, ["incidents", "--db", url])
    assert result.exit_code == 1
    assert "cannot connect" in result.output and "s3cret" not in result.output
