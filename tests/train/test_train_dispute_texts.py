"""``claimledger train dispute-texts``: the grade's text reader fitted on assessments written here."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("sklearn")

from claimledger.cli.main import main  # noqa: E402
from claimledger.reconcile.grade_dispute_model import load_model  # noqa: E402
from claimledger.train.dispute_texts import training_set  # noqa: E402

# Our own texts: contested ones tell two sides blaming each other, the rest one plain account.
CONTESTED = (
    "A shell killed two herders near Ostrel. The army blamed the rebels; the rebels blamed the army.",
    "Three people died in Varen. Each side accused the other of firing the rocket.",
    "A boy was killed in Milsk. Officials said a rebel mortar hit him; rebels said it was a jet.",
    "Four workers died near Tavra. The militia and the army denied responsibility and blamed each other.",
)
PLAIN = (
    "A drone strike killed a driver near Ostrel, the local hospital said.",
    "Two farmers were killed by artillery fire in Varen, according to the council.",
    "A strike on a market in Milsk killed five people, residents and a local radio said.",
    "Shelling of Tavra killed a teacher, her school announced.",
)


def _write(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["incident_id", "assessment", "grading"])
        for i, t in enumerate(CONTESTED):
            w.writerow([f"c{i}", t, "Contested"])
        for i, t in enumerate(PLAIN):
            w.writerow([f"p{i}", t, "Fair"])


def test_training_set_reads_own_assessments_instead_of_the_batches(tmp_path: Path) -> None:
    own = tmp_path / "mine.csv"
    _write(own)
    texts, labels = training_set(tmp_path / "no-fixtures", [own])
    assert texts[0] == CONTESTED[0]
    assert labels == [1, 1, 1, 1, 0, 0, 0, 0]


def test_command_fits_own_assessments_and_reads_them_back(tmp_path: Path) -> None:
    own = tmp_path / "mine.csv"
    _write(own)
    out = tmp_path / "d.npz"
    result = CliRunner().invoke(
        main,
        ["train", "dispute-texts", "--fixtures", str(tmp_path), "--assessments", str(own),
         "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "8 texts (4 disputes)" in result.output
    model = load_model(str(out))
    blame = "Two people died in Ostrel. The army blamed the rebels; the rebels blamed the army."
    plain = "A strike killed two people in Ostrel, the hospital said."
    assert model.probability(blame) > model.probability(plain)


def test_command_refuses_one_kind_of_text(tmp_path: Path) -> None:
    out = tmp_path / "d.npz"
    result = CliRunner().invoke(
        main, ["train", "dispute-texts", "--fixtures", str(tmp_path), "--out", str(out)]
    )
    assert result.exit_code != 0
    assert "need texts of both kinds" in result.output
    assert not out.exists()


def test_batches_after_until_are_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "assessments"
    folder.mkdir()
    _write(folder / "assessments-fresh.csv")
    _write(folder / "assessments-fresh2.csv")
    _write(folder / "assessments-fresh15.csv")
    assert len(training_set(tmp_path, until=2)[0]) == 16
    assert len(training_set(tmp_path, until=1)[0]) == 8
    assert len(training_set(tmp_path, until=None)[0]) == 24
