"""Hardening of `ingest` and `analyze` at the command line: exit codes, dates, safe output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.cli.options import printable
from claimledger.store import Store

REPORT = "Rebels killed six soldiers in an ambush near the bridge on Sunday, the army said."


def _jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_hardening_ingest_exits_1_when_an_input_failed_and_stores_the_good_ones(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    db = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["ingest", str(good), str(empty), "--db", str(db)])
    assert result.exit_code == 1
    assert f"claimledger: {empty}: empty file" in result.output
    with Store.open(db) as store:
        assert [store.get_document(d).external_id for d in store.document_ids()] == [str(good)]
        assert [e.reason for e in store.errors()] == ["empty file"]


def test_cli_hardening_ingest_exits_0_when_every_input_is_good(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["ingest", str(good), "--db", str(db)])
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(main, ["ingest", str(good), "--db", str(db)])
    assert again.exit_code == 0
    assert "nothing new: 1 document(s) already stored, 0 error(s)" in again.output


@pytest.mark.parametrize("value", ["yesterday", "2015-13-45", "2015-02-30", "15/03/2015"])
def test_cli_hardening_ingest_published_must_be_a_real_iso_date(tmp_path: Path, value: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["ingest", str(good), "--db", str(db), "--published", value])
    assert result.exit_code == 2
    assert "is not a date in the form YYYY-MM-DD" in result.output
    assert not db.exists()


def test_cli_hardening_ingest_workers_below_one_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["ingest", "x.txt", "--db", str(tmp_path / "c.db"), "--workers", "0"]
    )
    assert result.exit_code == 2


def test_cli_hardening_analyze_prints_rich_markup_in_ids_and_titles_literally(
    tmp_path: Path,
) -> None:
    rows = [{"id": "[/x] [bold]id[/bold]", "title": "[red]Title[/] [/]", "text": REPORT}]
    result = CliRunner().invoke(main, ["analyze", str(_jsonl(tmp_path / "m.jsonl", rows))])
    assert result.exit_code == 0, result.output
    assert "id: [/x] [bold]id[/bold]" in result.output
    assert "[red]Title[/] [/]" in result.output


def test_cli_hardening_analyze_neutralises_escape_and_osc_sequences(tmp_path: Path) -> None:
    rows = [
        {
            "id": "evil\x1b[2J\x1b]0;pwned\x07",
            "title": "Head\x1b]8;;http://x.example\x1b\\line\x9b31m",
            "text": REPORT + " \x1b[31mred\x1b[0m",
        }
    ]
    result = CliRunner().invoke(main, ["analyze", str(_jsonl(tmp_path / "e.jsonl", rows))])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\x9b" not in result.output
    assert "id: evil\\x1b[2J\\x1b]0;pwned\\x07" in result.output


def test_cli_hardening_newline_in_a_file_name_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "two\nlines\x1b[31m.txt"
    bad.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(bad)])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln]
    assert len(lines) == 1
    assert lines[0].endswith("two\\nlines\\x1b[31m.txt: empty file")


def test_cli_hardening_printable_escapes_c0_c1_and_line_separators() -> None:
    assert printable("a\x1bb\x85c\u2028d\te\nf") == "a\\x1bb\\x85c\\u2028d\\te\\nf"
    assert printable("two\nlines", one_line=False) == "two\nlines"
    assert printable("Señor ümlaut — ok") == "Señor ümlaut — ok"
