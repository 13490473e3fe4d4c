"""The learned model's candidate search made cheaper (nineteenth session), on sentences
written here: the shape cues read from the parse's arrays are the tokens the shapes test,
a verb inside a kept statement's content is not read at all, and a toll stays the rules'
only in the cue's own sentence."""

from __future__ import annotations

from claimledger.attribute import find_attributions
from claimledger.attribute.model import apply_model, verb_candidates
from claimledger.attribute.model_shapes import STANCE_NOUNS, _shape_cues, shape_candidates


def _tested(doc) -> list[int]:  # type: ignore[no-untyped-def]
    """The tokens the shapes test, one token at a time (the code before the arrays)."""
    return [
        t.i
        for t in doc
        if (t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("acomp", "attr"))
        or (t.pos_ == "NOUN" and t.lemma_.lower() in STANCE_NOUNS)
        or t.text == ":"
    ]


def test_shape_cues_are_the_copula_words_stance_nouns_and_colons(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ferry captain Olek Varga: The harbour fees are too high.\n"
        "The fishermen of Brenn are wary of the new quay, and their Support for the mayor "
        "has faded since the Criticism from the guild."
    )
    doc = nlp(text)
    cues = _shape_cues(doc)
    assert cues == _tested(doc)
    words = [doc[i].text for i in cues]
    assert ":" in words and "wary" in words
    assert "Support" in words  # a stance noun whose lemma is capitalised
    assert _shape_cues(nlp("")) == []


def test_shape_candidates_still_read_the_shapes(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The tenants of Ossel Road are hopeful that the landlord will repair the roof.")
    ((tok, found, kind),) = list(shape_candidates(doc, set()))
    assert (kind, tok.text) == ("copula", "hopeful")
    s, e = found.sources[0]
    assert doc[s:e].text == "The tenants of Ossel Road"
    assert list(shape_candidates(doc, {tok.i})) == []


def test_verb_candidates_skip_cues_inside_given_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The miller believes the river will rise. The baker hopes the bridge holds."
    doc = nlp(text)
    every = {c.cue.text for _, c in verb_candidates(doc, [])}
    assert {"believes", "hopes"} <= every
    second = text.index("The baker")
    kept = {c.cue.text for _, c in verb_candidates(doc, [], [(second, len(text))])}
    assert "believes" in kept
    assert not kept & {"hopes", "holds"}
    assert {c.cue.text for _, c in verb_candidates(doc, [], [])} == every


def test_a_verb_inside_a_kept_content_gets_no_statement_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shelling hit the market of Varnitsa on Sunday, killing nine people and wounding "
        "twelve, according to the district council."
    )
    doc = nlp(text)
    atts = apply_model(doc, "d", find_attributions(doc, "d"))
    assert [a.source.name for a in atts] == ["the district council"]


def test_a_toll_is_the_rules_only_in_the_cues_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimledger.attribute.model import _toll_statement

    text = (
        "The regional police stated that 24 people were injured in the blast at Dorsk. "
        "The mayor said the square would reopen."
    )
    doc = nlp(text)
    rules = find_attributions(doc, "d")
    by_cue = {a.cue.text: a for a in rules if a.cue is not None}
    assert _toll_statement(doc, by_cue["stated"])
    assert not _toll_statement(doc, by_cue["said"])
