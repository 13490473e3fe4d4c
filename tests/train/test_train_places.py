"""Tests of the toponym ranker: features, shipped weights, training on a tiny LGL file."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from claimledger.bench.load_lgl import load_articles
from claimledger.cli.train import places_command
from claimledger.extract.places.features import (
    FEATURES,
    HAND_WEIGHTS,
    dot,
    load_weights,
    prior_features,
)
from claimledger.resources.gazetteer.index import load_gazetteer
from claimledger.train.places import collect_groups, fit, train_places, write_model

# Two articles in the dev half ("a2", "a4": SHA-1 of the id is even) and one in the test half.
_TEXTS = {
    "a2": "Berlin firefighters said a sawmill burned in Coos County, New Hampshire.",
    "a4": "Berlin police met officials in Coos County on Monday.",
    "a1": "Berlin police met officials in Coos County on Monday.",
}


def _write_lgl(path: Path) -> Path:
    arts = []
    for doc_id, text in _TEXTS.items():
        tops = []
        for phrase, gid, lat, lon in (
            ("Berlin", 5083330, 44.47, -71.19),
            ("Coos County", 5084973, 44.69, -71.31),
        ):
            start = text.index(phrase)
            tops.append(
                f"<toponym><start>{start}</start><end>{start + len(phrase)}</end>"
                f'<phrase>{phrase}</phrase><gaztag geonameid="{gid}"><name>{phrase}</name>'
                f"<fclass>P</fclass><fcode>PPL</fcode><lat>{lat}</lat><lon>{lon}</lon>"
                "</gaztag></toponym>"
            )
        arts.append(
            f'<article docid="{doc_id}"><text><![CDATA[{text}]]></text>'
            f"<toponyms>{''.join(tops)}</toponyms></article>"
        )
    path.write_text(f"<articles>{''.join(arts)}</articles>", encoding="utf-8")
    return path


def test_prior_features_reproduce_the_hand_set_prior() -> None:
    gaz = load_gazetteer()
    hand = [HAND_WEIGHTS[n] for n in FEATURES]
    for c in gaz.rank("Berlin")[:5]:
        assert dot(hand, prior_features(c, gaz, None)) == pytest.approx(gaz.prior(c), abs=1e-9)
    top = gaz.rank("Berlin")[0]
    f = prior_features(top, gaz, "DE")
    assert f[FEATURES.index("national_capital")] == 1.0
    assert f[FEATURES.index("hint_country")] == 1.0


def test_shipped_weights_cover_every_feature() -> None:
    weights = load_weights()
    assert len(weights) == len(FEATURES)
    named = dict(zip(FEATURES, weights, strict=True))
    # signs the data must keep: a loose match and a town outside its stated area lose
    assert named["loose_match"] < 0 and named["outside_area_after"] < 0
    assert named["log_population"] > 0 and named["admin1_named"] > 0


def test_fit_learns_the_feature_that_picks_the_gold_candidate() -> None:
    # feature 0 marks the gold candidate in every group, feature 1 marks a decoy
    groups = [(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), 0) for _ in range(20)]
    w = fit(groups, np.zeros(2))
    assert w[0] > 1.0 and w[1] < 0.0
    assert np.array_equal(w, fit(groups, np.zeros(2)))  # no randomness


def test_training_reads_only_the_dev_half_and_is_byte_identical(tmp_path: Path) -> None:
    path = _write_lgl(tmp_path / "lgl.xml")
    gaz = load_gazetteer()
    dev = [a for a in load_articles(path) if a.doc_id in ("a2", "a4")]
    groups = collect_groups(dev, gaz, [HAND_WEIGHTS[n] for n in FEATURES])
    assert groups and all(x.shape[1] == len(FEATURES) for x, _ in groups)
    model = train_places(path)
    assert model["trained_on"] == "LGL development half (2 articles of lgl.xml)"
    weights = model["weights"]
    assert isinstance(weights, dict) and list(weights) == list(FEATURES)
    write_model(model, tmp_path / "a.json")
    write_model(train_places(path), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert json.loads((tmp_path / "a.json").read_text())["features"] == list(FEATURES)


def test_train_places_command_writes_the_model(tmp_path: Path) -> None:
    (tmp_path / "geo").mkdir()
    _write_lgl(tmp_path / "geo" / "lgl.xml")
    out = tmp_path / "places.json"
    result = CliRunner().invoke(places_command, ["--data", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "development half" in result.output and out.exists()
    missing = CliRunner().invoke(places_command, ["--data", str(tmp_path / "x"), "--out", str(out)])
    assert missing.exit_code != 0 and "not found" in missing.output
