"""Parsed sentences as plain records, for the grade's contested detector.

Input: the document's spaCy ``Doc`` (the pipeline's one parse), or sentences of
stored texts where only the text exists (a corpus incident's grade). Output:
:class:`~claimledger.records.ParsedSentence` records (each word's form, lemma,
tag, dependency and head), which ``reconcile/grade_dispute.py`` reads: spaCy
objects never reach ``reconcile/`` (``docs/architecture.md``).

* :func:`sentence_records`: the sentences of the document's parse that the
  grade's gate keeps (``reconcile.grade_gate``; the pipeline passes it), at
  their offsets; nothing is parsed again.
* :func:`parse_sentences`: sentences of a text parsed each alone, in one batch,
  with the model the caller names (the named-entity step not run); each
  sentence's records are kept (up to ``PARSED_MAX``), so a corpus refresh that
  re-reads its documents' texts costs no parse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from claimledger.nlp import load_nlp
from claimledger.nlp.text import doc_text
from claimledger.options import DEFAULT_MODEL
from claimledger.records import ParsedSentence, ParsedToken


def _record(sent: Span, text: str, start: int, end: int) -> ParsedSentence:
    base = sent.start
    tokens = tuple(
        ParsedToken(t.text, t.lower_, t.lemma_, t.pos_, t.dep_, t.head.i - base) for t in sent
    )
    return ParsedSentence(text, tokens, start, end)


def sentence_records(doc: Doc, keep: Callable[[str], bool]) -> tuple[ParsedSentence, ...]:
    """The sentences of a parsed document whose text ``keep`` accepts, as records.

    Args:
        doc: the document's parse.
        keep: which sentences to hand on (the grade's gate).

    Returns:
        One record per kept sentence, with its offsets in ``doc.text``.
    """
    text = doc_text(doc)  # a sentence's text is its slice (``Span.text`` joins its tokens)
    return tuple(
        _record(sent, said, sent.start_char, sent.end_char)
        for sent in doc.sents
        if keep(said := text[sent.start_char : sent.end_char])
    )


# Each sentence's records by (sentence, model); emptied when full.
_PARSED: dict[tuple[str, str], tuple[ParsedSentence, ...]] = {}
PARSED_MAX = 8192


def parse_sentences(sentences: Sequence[str], model: str = DEFAULT_MODEL) -> list[ParsedSentence]:
    """Sentences parsed each alone, in one batch, as records (a sentence that spaCy splits
    gives one record per part, each with the whole sentence as its text).

    Args:
        sentences: the sentences (a text's, split by the caller).
        model: the installed spaCy pipeline to parse with (``Options.model``).

    Returns:
        The records, in the order of ``sentences``.
    """
    todo = list(dict.fromkeys(s for s in sentences if (s, model) not in _PARSED))
    if todo:
        if len(_PARSED) + len(todo) > PARSED_MAX:
            _PARSED.clear()
            todo = list(dict.fromkeys(sentences))
        for sentence, doc in zip(todo, load_nlp(model).pipe(todo, disable=["ner"]), strict=True):
            _PARSED[(sentence, model)] = tuple(_record(s, sentence, -1, -1) for s in doc.sents)
    return [r for s in sentences for r in _PARSED[(s, model)]]
