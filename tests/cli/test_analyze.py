"""CLI tests: each command parses, calls the library, prints; checked through the library."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import claimledger
from claimledger.cli import main

EXAMPLE = Path(claimledger.__file__).parent / "resources" / "examples" / "example.txt"


def test_cli_schema_prints_the_package_schema() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == claimledger.schema()


def test_cli_bench_without_data_is_skipped_not_failed(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["bench", "tbij", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 0
    assert "skipped" in result.output


def test_cli_bench_rejects_unknown_task(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["bench", "nope", "--data", str(tmp_path)])
    assert result.exit_code != 0
    assert "unknown task" in result.output


def test_cli_analyze_rejects_a_bad_published_date() -> None:
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLE), "--published", "14/11/2012"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


@pytest.mark.integration
def test_cli_analyze_json_lines_validate_and_bad_files_are_reported(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Gunmen killed three police officers in Kirkuk on Monday, police said.\n", encoding="utf-8"
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["analyze", str(good), str(empty), "--format", "json", "--published", "2021-06-09"]
    )
    assert result.exit_code == 1  # the empty file is an error...
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1  # ...and the good file is still read
    jsonschema.validate(lines[0], claimledger.schema())
    assert lines[0]["id"] == str(good)
    claims = lines[0]["incidents"][0]["claims"]
    assert any(c["figure"] == "killed" and c["low"] == 3 for c in claims)
    assert "empty" in result.stderr


@pytest.mark.integration
def test_cli_analyze_text_report_on_the_bundled_example() -> None:
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert "incident" in result.output
