"""Tests of claimledger.train.events and ``claimledger train events`` (a CSV written here)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("sklearn")

from claimledger.cli.main import main  # noqa: E402
from claimledger.extract.events.model import classify_learned, read_model  # noqa: E402
from claimledger.train.events import train_events, training_notes  # noqa: E402

HEADER = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "notes", "fatalities"]
# Notes written for this test, in ACLED's style (markup included, which training strips).
PROTEST = (
    "On {d} May 2021, {who} marched through the town centre demanding {what}. [size=no report]"
)
STRIKE = "On {d} May 2021, a drone strike hit a {what} used by {who}, killing {n}."
WHO = ("teachers", "nurses", "farmers", "students", "traders", "miners")
WHAT = ("higher wages", "new roads", "cheaper fuel", "clean water", "land titles", "a new school")


def _write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i, (who, what) in enumerate(zip(WHO, WHAT, strict=True)):
            w.writerow(
                [
                    f"P{i}",
                    "2021-05-01",
                    "Protests",
                    "Peaceful protest",
                    PROTEST.format(d=i + 1, who=who, what=what),
                    "0",
                ]
            )
            w.writerow(
                [
                    f"S{i}",
                    "2021-05-01",
                    "Explosions/Remote violence",
                    "Air/drone strike",
                    STRIKE.format(d=i + 1, who=who + " militants", what="compound", n=i + 2),
                    str(i + 2),
                ]
            )


def test_train_events_training_notes_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    _write_csv(path)
    notes = training_notes([path])
    assert len(notes) == 12
    assert notes[0] == (
        "teachers marched through the town centre demanding higher wages.",
        "Peaceful protest",
    )
    assert not any("[size" in t or t.startswith("On ") for t, _ in notes)


def test_train_events_cli_trains_a_model_the_pipeline_can_use(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    _write_csv(path)
    out = tmp_path / "model.npz"
    result = CliRunner().invoke(main, ["train", "events", "--acled", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 sub-event types, 12 notes" in result.output
    model = read_model(out)
    assert model.classes == ("Air/drone strike", "Peaceful protest")
    assert model.meta["files"][0]["notes"] == 12 and len(model.meta["files"][0]["sha256"]) == 64
    # Deterministic: the same files give the same weights.
    again = train_events([path])
    assert (again.weights.astype("float16") == model.weights.astype("float16")).all()
    assert classify_learned("A drone strike hit a car, killing two.", str(out))[1] == (
        "Air/drone strike"
    )
    assert classify_learned("Nurses marched demanding higher wages.", str(out))[1] == (
        "Peaceful protest"
    )
    # The event-type head: the two event types of the notes, each class mapped to its own.
    assert model.type_classes == ("Explosions/Remote violence", "Protests")
    assert model.class_type == (0, 1) and model.type_weight > 0


def test_train_events_an_export_of_one_event_type_has_no_type_head(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    _write_csv(path)
    rows = path.read_text(encoding="utf-8").splitlines()
    # Keep the header and the protests only, relabelling half as Protest with intervention.
    protests = [r for r in rows[1:] if ",Protests," in r]
    protests = [
        r.replace("Peaceful protest", "Protest with intervention") if i % 2 else r
        for i, r in enumerate(protests)
    ]
    path.write_text("\n".join([rows[0], *protests]) + "\n", encoding="utf-8")
    model = train_events([path])
    assert model.classes == ("Peaceful protest", "Protest with intervention")
    assert model.type_weights is None and model.type_classes == ()


def test_train_events_cli_rejects_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["train", "events", "--data", str(tmp_path), "--out", str(tmp_path / "m.npz")]
    )
    assert result.exit_code != 0
    assert "ACLED file(s) not found" in result.output
