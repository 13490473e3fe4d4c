"""Sentences read once from the parse (``nlp/sents.py``): the same spans as spaCy's walk."""

from __future__ import annotations

from spacy.tokens import Doc

from claimledger.attribute.spans import sentence_of
from claimledger.nlp.sents import (
    STARTS_KEY,
    install_sentence_hooks,
    sentence_range,
    sentence_span,
    sentence_starts,
)
from claimledger.pipeline import parse_texts

TEXT = (
    "ORVEL DEPOT ATTACKED\n"
    "Two guards were killed at the Orvel depot on Monday, the district police said. "
    "A third was taken to hospital.\n\n"
    "Residents of Kessa heard gunfire late into the night"
)


def _spacy_sents(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each token's sentence as spaCy itself walks it (no hooks)."""
    assert "sent" not in doc.user_token_hooks
    return [(t.sent.start, t.sent.end) for t in doc]


def test_sentence_range_is_spacys_sentence_of_every_token(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    expected = _spacy_sents(doc)
    assert len(set(expected)) == len(list(doc.sents)) >= 4
    assert [sentence_range(doc, t.i) for t in doc] == expected
    assert [(sentence_of(t).start, sentence_of(t).end) for t in doc] == expected
    assert [sentence_span(doc, t.i) for t in doc] == [doc[s:e] for s, e in expected]
    assert doc.user_data[STARTS_KEY] is sentence_starts(doc)  # read once


def test_hooks_give_token_and_span_sent_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    expected = _spacy_sents(doc)
    span_expected = [(s.start, s.end) for s in (doc[i : i + 3].sent for i in range(len(doc) - 3))]
    end_expected = (doc[len(doc) : len(doc)].sent.start, doc[len(doc) : len(doc)].sent.end)
    install_sentence_hooks(doc)
    assert [(t.sent.start, t.sent.end) for t in doc] == expected
    assert [(s.start, s.end) for s in (doc[i : i + 3].sent for i in range(len(doc) - 3))] == (
        span_expected
    )
    # A span starting at the end of the Doc: spaCy's own walk answers, the hook kept.
    end = doc[len(doc) : len(doc)]
    assert (end.sent.start, end.sent.end) == end_expected
    assert "sent" in doc.user_span_hooks


def test_doc_without_a_parse_is_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(nlp.vocab, words=["No", "parse", "here"])
    assert sentence_starts(doc) == [0]
    assert [sentence_range(doc, i) for i in range(3)] == [(0, 3)] * 3


def test_pipeline_docs_carry_the_hooks(nlp) -> None:  # type: ignore[no-untyped-def]
    (doc,) = parse_texts(nlp, [TEXT])
    assert isinstance(doc, Doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert [t.sent.text for t in doc] == [t.sent.text for t in nlp(TEXT)]
    assert doc[0].sent.text == "ORVEL DEPOT ATTACKED\n"  # a line break ends the headline
