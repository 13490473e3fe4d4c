"""The store-reading commands on missing, damaged and read-only stores; their outputs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli.ingest import ingest
from claimledger.cli.query import export, incidents, show
from tests.fixtures.corpus.handmade import CORPUS, build_store

PAGE = 4096


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = tmp_path / "c.db"
    build_store(path).close()
    return str(path)


def _damage(path: Path) -> None:
    """Overwrite the pages after the schema's (incidents, links, claims...) with junk."""
    data = bytearray(path.read_bytes())
    data[8 * PAGE : 30 * PAGE] = b"\x5a" * (22 * PAGE)
    path.write_bytes(bytes(data))


def _one_line_error(result: object) -> str:
    out: str = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in result.output  # type: ignore[attr-defined]
    lines = out.strip().splitlines()
    assert len(lines) == 1, out
    assert lines[0].startswith("claimledger: ")
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [["incidents"], ["show", "1"], ["export", "--format", "json"]],
    ids=["incidents", "show", "export"],
)
def test_cli_read_commands_with_a_missing_db_exit_2_and_create_no_store(
    tmp_path: Path, args: list[str]
) -> None:
    command = {"incidents": incidents, "show": show, "export": export}[args[0]]
    typo = tmp_path / "corpsu.db"
    result = CliRunner().invoke(command, [*args[1:], "--db", str(typo)])
    assert result.exit_code == 2
    assert "no store at" in _one_line_error(result)
    assert not typo.exists()


@pytest.mark.parametrize(
    "args",
    [["incidents"], ["show", "1"], ["export", "--format", "acled-csv"]],
    ids=["incidents", "show", "export"],
)
def test_cli_read_commands_on_a_non_database_file_print_one_line(
    tmp_path: Path, args: list[str]
) -> None:
    command = {"incidents": incidents, "show": show, "export": export}[args[0]]
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database\n" * 500, encoding="utf-8")
    result = CliRunner().invoke(command, [*args[1:], "--db", str(bad)])
    assert result.exit_code == 1
    assert "not a database" in _one_line_error(result)


def test_cli_read_commands_on_a_damaged_store_print_one_line(db: str) -> None:
    _damage(Path(db))
    result = CliRunner().invoke(incidents, ["--db", db])
    assert result.exit_code == 1
    assert "malformed" in _one_line_error(result)


def test_cli_export_on_a_damaged_store_leaves_no_partial_file(db: str, tmp_path: Path) -> None:
    _damage(Path(db))
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(export, ["--format", "acled-csv", "--out", str(out), "--db", db])
    assert result.exit_code == 1
    _one_line_error(result)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    # An existing file of that name is left as it was.
    out.write_text("previous export\n", encoding="utf-8")
    CliRunner().invoke(export, ["--format", "acled-csv", "--out", str(out), "--db", db])
    assert out.read_text(encoding="utf-8") == "previous export\n"


def test_cli_export_on_a_damaged_store_writes_nothing_to_stdout(db: str) -> None:
    _damage(Path(db))
    result = CliRunner().invoke(export, ["--format", "acled-csv", "--db", db])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_cli_ingest_into_a_corrupt_store_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "c.db"
    bad.write_bytes(b"garbage, not SQLite" * 300)
    result = CliRunner().invoke(ingest, [str(CORPUS), "--db", str(bad)])
    assert result.exit_code == 1
    line = _one_line_error(result)
    assert "cannot open the store" in line and "not a database" in line
    assert "nothing new" not in result.output


def test_cli_read_only_store_file_is_readable(db: str) -> None:
    Path(db).chmod(0o444)
    try:
        result = CliRunner().invoke(incidents, ["--db", db, "--format", "json"])
    finally:
        Path(db).chmod(0o644)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 4


def test_cli_error_about_a_path_with_a_newline_stays_one_line(tmp_path: Path) -> None:
    typo = tmp_path / "a\nb\x1b[31m.db"
    result = CliRunner().invoke(incidents, ["--db", str(typo)])
    assert result.exit_code == 2
    line = _one_line_error(result)
    assert "a\\nb\\x1b[31m.db" in line


def test_cli_incidents_format_csv_and_json(db: str) -> None:
    as_csv = CliRunner().invoke(incidents, ["--db", db, "--format", "csv", "--country", "IQ"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    kirkuk = next(r for r in rows if r["location"] == "Kirkuk")
    assert (kirkuk["killed_low"], kirkuk["killed_best"], kirkuk["killed_high"]) == (
        "10",
        "14",
        "17",
    )
    assert (kirkuk["contested"], kirkuk["country_code"]) == ("1", "IQ")
    assert sorted(r["location"] for r in rows) == ["Baghdad", "Kirkuk"]
    as_json = CliRunner().invoke(incidents, ["--db", db, "--format", "json"])
    records = json.loads(as_json.stdout)
    damboa = next(r for r in records if r["location"] == "Damboa")
    assert (damboa["killed_low"], damboa["killed_high"], damboa["contested"]) == (5, 11, True)
    assert damboa["injured_best"] is None


def test_cli_incidents_type_matches_the_sub_event_type_the_table_shows(db: str) -> None:
    by_sub = CliRunner().invoke(
        incidents, ["--db", db, "--type", "air/drone strike", "--format", "json"]
    )
    assert [r["location"] for r in json.loads(by_sub.stdout)] == ["Maarrat Misrin"]
    by_type = CliRunner().invoke(incidents, ["--db", db, "--type", "Battles", "--format", "json"])
    assert sorted(r["location"] for r in json.loads(by_type.stdout)) == ["Baghdad", "Damboa"]


def test_cli_export_filters(db: str) -> None:
    def places(*args: str) -> list[str]:
        r = CliRunner().invoke(export, ["--format", "acled-csv", "--db", db, *args])
        assert r.exit_code == 0, r.output
        return sorted(row["location"] for row in csv.DictReader(io.StringIO(r.stdout)))

    assert places("--country", "IQ") == ["Baghdad", "Kirkuk"]
    assert places("--since", "2024-03-11", "--until", "2024-03-12") == [
        "Baghdad",
        "Maarrat Misrin",
    ]
    assert places("--contested") == ["Damboa", "Kirkuk", "Maarrat Misrin"]
    assert places("--type", "Remote explosive/landmine/IED") == ["Kirkuk"]
    bad = CliRunner().invoke(export, ["--format", "json", "--db", db, "--since", "2024-13-45"])
    assert bad.exit_code == 2


def test_cli_export_claims_csv_filtered(db: str) -> None:
    r = CliRunner().invoke(export, ["--format", "claims-csv", "--db", db, "--country", "NG"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert sorted(row["document"] for row in rows) == [
        "borno-army-1",
        "borno-official-3",
        "borno-source-2",
    ]


def test_cli_export_excel_writes_a_utf8_bom(db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    r = CliRunner().invoke(
        export, ["--format", "ucdp-csv", "--excel", "--out", str(out), "--db", db]
    )
    assert r.exit_code == 0, r.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,relid,")
    plain = tmp_path / "y.csv"
    CliRunner().invoke(export, ["--format", "ucdp-csv", "--out", str(plain), "--db", db])
    assert plain.read_bytes().startswith(b"id,relid,")
    wrong = CliRunner().invoke(export, ["--format", "json", "--excel", "--db", db])
    assert wrong.exit_code == 2


def test_cli_export_parquet_needs_out(db: str, tmp_path: Path) -> None:
    r = CliRunner().invoke(export, ["--format", "parquet", "--db", db])
    assert r.exit_code == 2 and "--out" in r.output
    out = tmp_path / "i.parquet"
    ok = CliRunner().invoke(export, ["--format", "parquet", "--out", str(out), "--db", db])
    assert ok.exit_code == 0, ok.output
    assert out.read_bytes()[:4] == b"PAR1"
