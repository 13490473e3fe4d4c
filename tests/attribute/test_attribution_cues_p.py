"""Cues without a speaking subject (issue 15, item 5), on sentences written here.

Noun cues ("the mayor's claim that ...", "a claim by the union that ..."), the
owner of a view ("In Jones's view, ...", "in the words of X"), a poll as the
source of what it found, the agent of a passive reporting verb ("was first
reported by X"), and the model's readings that feed the learned scorer: a verb
with a subject and no complement ("which the council approved") and the place of
a cue inside a quote (PolNeAR leaves statements nested in a quote unannotated).
"""

from __future__ import annotations

import numpy as np
import pytest

from claimledger.attribute import find_attributions
from claimledger.attribute.model import (
    KINDS,
    AttributionModel,
    apply_model,
    bare_statement,
    features,
    verb_candidates,
)
from claimledger.records import Attribution


def _one(nlp, text: str) -> Attribution:  # type: ignore[no-untyped-def]
    atts = find_attributions(nlp(text), "d")
    assert len(atts) == 1, [(a.source.name, a.cue) for a in atts]
    att = atts[0]
    assert text[att.content.start : att.content.end] == att.content.text
    return att


def _source(att: Attribution) -> str:
    assert att.source.evidence is not None
    return att.source.evidence.text


def test_possessive_claim_noun_names_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    att = _one(nlp, "The mayor's claim that crime fell by half drew ridicule from her rivals.")
    assert _source(att) == "The mayor"
    assert att.source.name == "The mayor"
    assert att.cue is not None and att.cue.text == "claim"
    assert att.content.text == "crime fell by half"


def test_claim_by_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    att = _one(nlp, "A claim by the union that wages fell last year was disputed.")
    assert _source(att) == "the union"
    assert att.cue is not None and att.cue.text == "claim"
    assert att.content.text == "wages fell last year"


def test_claim_noun_with_a_figure_goes_to_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry's allegation that 12 civilians were killed in the strike was denied."
    att = _one(nlp, text)
    assert _source(att) == "The ministry"
    assert att.content.text == "12 civilians were killed in the strike"


def test_in_someones_view(nlp) -> None:  # type: ignore[no-untyped-def]
    att = _one(nlp, "In Jones's view, the council has failed to act on housing.")
    assert _source(att) == "Jones"
    assert att.cue is not None and att.cue.text == "In Jones's view"
    assert att.content.text == "the council has failed to act on housing"


def test_in_the_words_of(nlp) -> None:  # type: ignore[no-untyped-def]
    att = _one(nlp, "In the words of one organizer, the rally was a turning point for the town.")
    assert _source(att) == "one organizer"
    assert att.content.text == "the rally was a turning point for the town"


def test_a_poll_is_the_source_of_its_finding(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In a Riverside Tribune poll released Monday, 48 percent of voters backed the levy."
    att = _one(nlp, text)
    assert _source(att) == "a Riverside Tribune poll released Monday"
    assert att.content.text == "48 percent of voters backed the levy"


def test_passive_reporting_verb_credits_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    att = _one(nlp, "The merger was first reported by the Daily Planet.")
    assert _source(att) == "the Daily Planet"
    assert att.cue is not None and att.cue.text == "reported"
    assert att.content.text == "The merger"


@pytest.mark.parametrize(
    "text",
    [
        "He was asked by reporters about the plan.",  # the passive subject is the addressee
        "The reason, in my opinion, is money.",  # the writer's own view
        "Smith has a wide lead in the polls in Ohio.",  # "the polls" is no single source
        "The agency repeated its claim.",  # no content
    ],
)
def test_no_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find_attributions(nlp(text), "d") == []


def test_bare_verb_reads_the_clause_it_hangs_on(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The budget, which the council approved, cuts school funding.")
    verb = next(t for t in doc if t.text == "approved")
    found = bare_statement(doc, verb)
    assert found is not None
    s, e = found.sources[0]
    assert doc[s:e].text == "the council"
    assert doc.text[found.content[0] : found.content[1]] == "The budget"
    rules = find_attributions(doc, "d")
    adding = AttributionModel(
        weights=np.zeros((len(KINDS), 1 << 10), np.float32),
        bias=np.asarray([5.0, 5.0], np.float32),
        n_buckets=1 << 10,
        add_threshold=0.5,
        keep_threshold=0.5,
    )
    sources = {_source(a) for a in apply_model(doc, "d", rules, adding)}
    assert "the council" in sources


def test_cue_inside_a_quote_is_a_feature(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        'The guide wrote: "The rangers believe the bridge is unsafe." '
        "The rangers believe the road is safe."
    )
    by_content = {
        doc.text[c.content[0] : c.content[1]]: features(doc, c) for _, c in verb_candidates(doc, [])
    }
    assert "inq=True" in by_content["the bridge is unsafe"]
    assert "inq=False" in by_content["the road is safe"]


def _keep_nothing() -> AttributionModel:
    return AttributionModel(
        weights=np.zeros((len(KINDS), 1 << 10), np.float32),
        bias=np.asarray([-5.0, -5.0], np.float32),
        n_buckets=1 << 10,
        add_threshold=0.5,
        keep_threshold=0.5,
    )


def test_a_quoted_figure_keeps_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # A poster quotes a wire story: the statement nested in the quote reports a number,
    # so the keep scorer (which learned PolNeAR's unannotated nested statements) may not
    # drop it; the nested statement without a number is the scorer's to drop.
    text = (
        "Posted by a reader\n\n"
        '"Shelling hit the market on Friday, killing 9 people, according to the Red Cross. '
        'The governor said the town would rebuild."\n\n'
        "Nobody believes them."
    )
    doc = nlp(text)
    rules = find_attributions(doc, "d")
    assert {_source(a) for a in rules} >= {"the Red Cross", "The governor"}
    kept = apply_model(doc, "d", rules, _keep_nothing())
    assert [_source(a) for a in kept] == ["the Red Cross"]
    assert "9" in kept[0].content.text
