"""``claimledger merge`` / ``split`` and what ``show`` says about merges and the toll."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli.curate import merge, split
from claimledger.cli.query import show
from claimledger.store import Store
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = tmp_path / "c.db"
    build_store(path).close()
    return str(path)


def _ids(db: str, *external: str) -> list[int]:
    with Store.open(db, read_only=True) as store:
        out = [corpus_incident_of(store, e) for e in external]
    assert None not in out
    return [i for i in out if i is not None]


def test_cli_merge_then_show_the_absorbed_id(db: str) -> None:
    kirkuk, baghdad = _ids(db, "kirkuk-wire-1", "baghdad-1")
    result = CliRunner().invoke(merge, [str(kirkuk), str(baghdad), "--db", db, "--note", "same"])
    assert result.exit_code == 0, result.output
    assert f"merged incident {baghdad} into {kirkuk}" in result.output
    shown = CliRunner().invoke(show, [str(baghdad), "--db", db], terminal_width=200)
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())  # Rich wraps at 80 columns
    assert f"incident {baghdad} was merged into incident {kirkuk}" in text
    assert f"Incident {kirkuk}" in text and "by hand: same" in text
    # The toll over time: the ministry's revision and its latest figure.
    assert "Timeline of killed" in text and "10+ (at_least) police" in text
    assert (
        "*2024-03-11 17 (exact) Iraqi health ministry [kirkuk-wire-3] — raised from 12 (same source)"
        in text
    )
    again = CliRunner().invoke(merge, [str(kirkuk), str(baghdad), "--db", db])
    assert again.exit_code == 1 and "already one" in again.output


def test_cli_split_by_document_and_errors(db: str, tmp_path: Path) -> None:
    (kirkuk,) = _ids(db, "kirkuk-wire-1")
    result = CliRunner().invoke(split, [str(kirkuk), "--documents", "kirkuk-wire-3", "--db", db])
    assert result.exit_code == 0, result.output
    assert f"off incident {kirkuk} into new incident" in result.output
    (moved,) = _ids(db, "kirkuk-wire-3")
    assert moved != kirkuk
    with Store.open(db, read_only=True) as store:
        assert store.kept_apart(kirkuk, moved)
    missing = CliRunner().invoke(split, [str(kirkuk), "--db", db])
    assert missing.exit_code == 2 and "give --documents or --reports" in missing.output
    nostore = CliRunner().invoke(merge, ["1", "2", "--db", str(tmp_path / "none.db")])
    assert nostore.exit_code == 2 and "no store at" in nostore.output
    unknown = CliRunner().invoke(split, ["99", "--reports", "1", "--db", db])
    assert unknown.exit_code == 1 and "no incident 99" in unknown.output
