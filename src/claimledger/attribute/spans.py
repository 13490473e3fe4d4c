"""Statements under construction and the spans they are made of.

Input: the spaCy parse. Output: ``Found`` (a statement being built: token
ranges of its sources, character spans of its cue and content) and the span
helpers every finding rule uses: the document text, a token's sentence, the
trimmed character span of tokens or of a subtree, the token range of a noun
phrase. Internal to ``attribute``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.dated_subject import date_before_article
from claimledger.attribute.sources import is_platform
from claimledger.nlp.sents import sentence_span
from claimledger.nlp.text import doc_text as doc_text

_TRIM = " \t\n,;:.-—–"


@dataclass
class Found:
    """A statement under construction (mutable until resolved)."""

    sources: list[tuple[int, int]]  # token ranges [start, end), one per coordinated source
    content: tuple[int, int]  # character span
    cue: tuple[int, int] | None  # character span
    sent_start: int  # character offset of the cue's sentence (for recency)
    context: str = ""  # words said about the source (apposition, relative clause)
    via: str | None = None
    anonymous: bool = False
    direct: bool = False
    kinds: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    # Token range naming the source when ``sources`` holds a relative pronoun ("who said").
    antecedent: tuple[int, int] | None = None
    social: bool = False  # posted or tweeted: an unknown author is a social-media account


def sentence_of(tok: Token) -> Span:
    """The sentence of a token, from the Doc's sentence starts read once (``nlp/sents.py``)."""
    return sentence_span(tok.doc, tok.i)


def tok_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character span of tokens [start, end)."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def trim(text: str, start: int, end: int, keep_quotes: bool = True) -> tuple[int, int]:
    """Strip spaces and clause punctuation from both ends of a character span."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if not keep_quotes:
        while start < end and text[start] in "\"“”‘’'":
            start += 1
    return start, end


def subtree_span(doc: Doc, tok: Token) -> tuple[int, int]:
    """Trimmed character span of a token's subtree."""
    start, end = tok_span(doc, tok.left_edge.i, tok.right_edge.i + 1)
    return trim(doc_text(doc), start, end)


def np_range(tok: Token, full: bool = False) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``.

    The short form (``full=False``) is a name: no relative clause, apposition
    or conjunct. The full form keeps an apposition or relative clause set off
    by commas, with its closing comma ("Chris Cox, who runs the lobby,"): the
    whole description of the source, as PolNeAR marks it. Neither crosses a
    dateline ("RENO (AP) —") or a line break.
    """
    start = _np_start(tok)
    end = _np_comma_end(tok, _np_end(tok, full), full)
    return _np_strip(tok.doc, start, end, full)


def _np_start(tok: Token) -> int:
    """First token of the phrase: its left modifiers, stopping after a dash, a colon
    ("Sahel Pulse (Telegram): Medics ...") or a line break."""
    doc = tok.doc
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("punct", "cc", "preconj"):
            continue
        start = min(start, child.left_edge.i)
    for i in range(tok.i - 1, start - 1, -1):
        if doc[i].text in ("—", "–", "--", ":", "):") or "\n" in doc[i].text:
            start = i + 1
            break
    article = date_before_article(tok)  # "6 May 2026 the X Directorate": "the X Directorate"
    return start if article is None else max(start, article)


def _np_end(tok: Token, full: bool) -> int:
    """End of the phrase over its right dependents, up to a conjunct, clause or platform."""
    doc = tok.doc
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("conj", "cc", "advcl", "parataxis"):
            break
        if child.dep_ == "prep" and any(is_platform(g.text) for g in child.children):
            break  # "@account on Telegram": the platform is the relay, not the name
        if child.dep_ == "prep" and (
            child.lower_ in ("alongside", "along")
            or (child.lower_ == "with" and doc[child.i - 1].lower_ in ("along", "together"))
            or (child.lower_ == "together" and doc[child.i + 1].lower_ == "with")
        ):
            break  # "A along with B": B is a source of its own
        parenthetical = child.dep_ in ("relcl", "appos") or (
            child.dep_ == "acl" and any(t.text == "," for t in doc[tok.i : child.i])
        )
        if parenthetical and not full:
            break
        if child.dep_ == "punct" and not full:
            break
        if child.dep_ == "punct":
            continue
        end = max(end, child.right_edge.i + 1)
    return end


def _np_comma_end(tok: Token, end: int, full: bool) -> int:
    """A name stops at its first comma; a full phrase takes the comma closing its apposition."""
    doc = tok.doc
    if not full:
        for i in range(tok.i + 1, end):
            if doc[i].text == ",":
                return i
    elif end < len(doc) and doc[end].text == "," and any(t.text == "," for t in doc[tok.i : end]):
        end += 1  # the comma that closes the apposition belongs to it
    return end


def _np_strip(doc: Doc, start: int, end: int, full: bool) -> tuple[int, int]:
    """Drop stray punctuation and spaces from both ends of a token range."""
    while end - 1 > start and doc[end - 1].is_punct and doc[end - 1].text not in ".,":
        end -= 1
    while end - 1 > start and (doc[end - 1].is_space or (doc[end - 1].text == "," and not full)):
        end -= 1
    while start < end - 1 and (
        doc[start].is_punct or doc[start].is_space or _THREAD_NUMBER.match(doc[start].text)
    ):
        start += 1  # "2/ @KarmaNews": a thread's post number is no part of the name
    return start, end


_THREAD_NUMBER = re.compile(r"^\d{1,3}/(?:\d{1,3})?$")
