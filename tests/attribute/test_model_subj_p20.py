"""The learned model's subject reading of a verb of saying, stance or belief that no other
reading reads (twentieth session), on sentences written here: "X is calling for Y to ..."
(the parse makes the complement an ``advcl``, which no reading took) now has X as its
source; a verb outside the lexicons ("killed") gets no such reading."""

from __future__ import annotations

from claimledger.attribute import find_attributions
from claimledger.attribute.model import SUBJ_LEMMAS, apply_model, verb_candidates
from claimledger.attribute.model_shapes import subj_statement


def _sources(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    out = apply_model(doc, "t", find_attributions(doc, "t"))
    return [
        (a.source.evidence.text, a.cue.text)
        for a in out
        if a.source.evidence is not None and a.cue is not None
    ]


def test_calling_for_someone_to_act_names_the_caller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Dana Holt is calling for the county to repave the river road."
    assert ("Mayor Dana Holt", "calling") in _sources(nlp, text)


def test_called_for_with_an_adverb_names_the_caller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ivo Brandt also called for all ministers to publish their travel costs."
    assert ("Senator Ivo Brandt", "called") in _sources(nlp, text)


def test_calling_for_after_a_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rina Osei, who won the primary in Vell, is calling for her rivals to drop out."
    assert ("Rina Osei", "calling") in _sources(nlp, text)


def test_subj_reading_takes_the_longer_side_as_content(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mayor Dana Holt is calling for the county to repave the river road.")
    verb = next(t for t in doc if t.text == "calling")
    subj = next(c for c in verb.children if c.dep_ == "nsubj")
    found = subj_statement(doc, verb, subj)
    assert found is not None
    assert doc.text[found.content[0] : found.content[1]] == (
        "for the county to repave the river road"
    )
    assert doc[found.sources[0][0] : found.sources[0][1]].text == "Mayor Dana Holt"


def test_a_verb_outside_the_lexicons_gets_no_subject_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "kill" not in SUBJ_LEMMAS and "call" in SUBJ_LEMMAS
    doc = nlp("Four fishermen were killed with their boat near Tarso, the coast guard said.")
    cands = verb_candidates(doc, find_attributions(doc, "t"))
    assert not [c for _, c in cands if c.rule == "subj"]
    assert ("the coast guard", "said") in _sources(nlp, doc.text)


def test_a_subject_reading_over_a_told_casualty_count_is_not_added(nlp) -> None:  # type: ignore[no-untyped-def]
    # "responded" is a lexicon verb with no complement: its phrase is the act told,
    # and the count in it stays the author's.
    for text, unit in (
        (
            "Our rapid response unit responded and neutralised one of the gunmen, "
            "while three suspects were detained.",
            "Our rapid response unit",
        ),
        (
            "The border patrol responded and shot two of the smugglers near Vell.",
            "The border patrol",
        ),
    ):
        doc = nlp(text)
        cands = verb_candidates(doc, find_attributions(doc, "t"))
        assert [c for _, c in cands if c.rule == "subj"]  # read, then not added
        assert unit not in [s for s, _ in _sources(nlp, text)]
