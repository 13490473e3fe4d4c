"""The store commands: ingest, incidents, show, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli.ingest import ingest
from claimledger.cli.query import export, incidents, show
from claimledger.corpus.summary import list_incidents
from claimledger.store import Store
from tests.fixtures.corpus.handmade import CORPUS, build_store, corpus_incident_of


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = tmp_path / "c.db"
    build_store(path).close()
    return str(path)


def test_cli_corpus_commands_have_help_with_an_example() -> None:
    for command in (ingest, incidents, show, export):
        assert command.help and "Example:" in command.help


def test_cli_corpus_commands_are_registered_on_main() -> None:
    from claimledger.cli import main

    assert {"ingest", "incidents", "show", "export"} <= set(main.commands)


def test_cli_corpus_incidents_table_marks_disagreement(db: str) -> None:
    result = CliRunner().invoke(incidents, ["--db", db, "--country", "IQ"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Kirkuk" in result.output and "Baghdad" in result.output
    assert "Damboa" not in result.output
    assert "10–17 !" in result.output
    contested = CliRunner().invoke(incidents, ["--db", db, "--contested"], terminal_width=200)
    assert "Baghdad" not in contested.output and "Damboa" in contested.output


def test_cli_corpus_show_lists_sources_side_by_side(db: str) -> None:
    with Store.open(db) as store:
        cid = corpus_incident_of(store, "borno-army-1")
    result = CliRunner().invoke(show, [str(cid), "--db", db], terminal_width=250)
    assert result.exit_code == 0, result.output
    assert "low 5, best 7, high 11" in result.output
    for name in ("army spokesman Onyema Nwachukwu", "a security source", "borno-official-3"):
        assert name in result.output
    assert "Eleven soldiers died in Tuesday's ambush" in result.output
    assert "[borno-source-2] a security source: Eleven soldiers died" in result.output
    # The toll over time: each source's latest figure starred.
    assert "Timeline of killed" in result.output
    assert "*2024-04-02 5 (exact) army spokesman Onyema Nwachukwu [borno-army-1]" in result.output
    missing = CliRunner().invoke(show, ["999", "--db", db])
    assert missing.exit_code == 1 and "no incident 999" in missing.output


def test_cli_corpus_export_writes_a_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = CliRunner().invoke(export, ["--format", "acled-csv", "--out", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(r["location"] for r in rows) == ["Baghdad", "Damboa", "Kirkuk", "Maarrat Misrin"]
    stdout = CliRunner().invoke(export, ["--format", "geojson", "--db", db])
    assert len(json.loads(stdout.output)["features"]) == 4


@pytest.mark.integration
@pytest.mark.slow
def test_cli_corpus_ingest_real_pipeline_and_rerun(tmp_path: Path) -> None:
    db = str(tmp_path / "real.db")
    first = CliRunner().invoke(ingest, [str(CORPUS), "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored 13 document(s) (1 near-duplicate)" in first.output
    again = CliRunner().invoke(ingest, [str(CORPUS), "--db", db])
    assert again.exit_code == 0, again.output
    assert "nothing new: 13 document(s) already stored" in again.output
    with Store.open(db) as store:
        assert len(list_incidents(store)) >= 4
