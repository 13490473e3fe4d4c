"""The sentences of a parsed document, read once.

spaCy's ``Token.sent`` builds a one-token ``Span`` and asks it for its sentence, and
``Span.sent`` walks the tokens' sentence-start flags from the span's first token both
ways on every access; the stages ask tens of thousands of times per 300 articles (the
sentence of a cue, of each word of a content, of a casualty word). The sentence starts
are read from the Doc once (cached in its ``user_data``, as ``nlp.text`` caches the
text) and :func:`sentence_range` finds a token's sentence by bisection.
:func:`install_sentence_hooks` makes ``Token.sent`` and ``Span.sent`` of a Doc use it:
the same ``Span`` (``doc[start:end]``) as spaCy's own walk, found without it. A Doc is not
changed after parsing (long texts are joined by ``Doc.from_docs`` before the hooks are
installed), so the cache stays true.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

# Where the sentence starts are cached inside the Doc.
STARTS_KEY = "cl_sent_starts"
# Whether the Doc has sentence boundaries at all (spaCy's ``has_annotation("SENT_START")``).
BOUNDED_KEY = "cl_sent_bounded"


def sentence_starts(doc: Doc) -> list[int]:
    """Indices of the tokens whose sentence-start flag is set (spaCy's ``sent_start == 1``)."""
    cached = doc.user_data.get(STARTS_KEY)
    if isinstance(cached, list):
        return cached
    starts = [i for i, flag in enumerate(doc.to_array("SENT_START").tolist()) if flag == 1]
    doc.user_data[STARTS_KEY] = starts
    return starts


def sentence_range(doc: Doc, i: int) -> tuple[int, int]:
    """The token range [start, end) of the sentence of token ``i`` (0 <= i < len(doc)).

    As spaCy's ``Span.sent`` and ``attribute.spans.sentence_of`` find it: back to the
    nearest token at or before ``i`` that starts a sentence (else the first token),
    forward to the next token after ``i`` that starts one (else the end).
    """
    starts = sentence_starts(doc)
    k = bisect_right(starts, i)
    start = starts[k - 1] if k else 0
    end = starts[k] if k < len(starts) else len(doc)
    return start, end


def sentence_span(doc: Doc, i: int) -> Span:
    """The sentence of token ``i`` (0 <= i < len(doc)) as a Span: ``doc[start:end]``, built
    as ``Doc.__getitem__`` builds it, without its slice normalisation (the bounds are
    already within the Doc)."""
    start, end = sentence_range(doc, i)
    return Span(doc, start, end, label=0)


def _span_sent(span: Span) -> Span:
    """``Span.sent`` from the cached starts (spaCy's own walk where the span starts at the
    Doc's end or the Doc has no sentence boundaries)."""
    doc = span.doc
    i = span.start
    if not 0 <= i < len(doc) or not _bounded(doc):
        return _spacy_sent(span)
    return sentence_span(doc, i)


def _token_sent(token: Token) -> Span:
    """``Token.sent`` from the cached starts (spaCy's: the sentence of ``doc[i:i+1]``)."""
    doc = token.doc
    if not _bounded(doc):
        return _spacy_sent(doc[token.i : token.i + 1])
    return sentence_span(doc, token.i)


def _bounded(doc: Doc) -> bool:
    """Whether the Doc has sentence boundaries (spaCy's check, asked once per Doc)."""
    known = doc.user_data.get(BOUNDED_KEY)
    if isinstance(known, bool):
        return known
    bounded = bool(doc.has_annotation("SENT_START"))
    doc.user_data[BOUNDED_KEY] = bounded
    return bounded


def _spacy_sent(span: Span) -> Span:
    """spaCy's own ``Span.sent``, the hook set aside for the call."""
    hooks = span.doc.user_span_hooks
    hook = hooks.pop("sent", None)
    try:
        return span.sent
    finally:
        if hook is not None:
            hooks["sent"] = hook


def install_sentence_hooks(doc: Doc) -> Doc:
    """Make ``Token.sent`` and ``Span.sent`` of ``doc`` read the cached sentence starts.

    Args:
        doc: a parsed Doc that will not be changed any more.

    Returns:
        The same Doc.
    """
    doc.user_token_hooks["sent"] = _token_sent
    doc.user_span_hooks["sent"] = _span_sent
    return doc
