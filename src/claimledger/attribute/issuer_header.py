"""Who issues a document, read from the parse of its header line.

A statement or a relayed post often names its issuer only in a lead line above the text or
a bracketed line around it, in shapes no fixed wording covers: "Statement No. 12 from the
armed wing of the X Front", "Bulletin #3 issued by the political bureau of the Y Movement:",
"The Z League (statement published on Facebook):", "(written by a resident of W, shared by
the V channel)". The header is read from its dependency parse, not its words:

* a lead line (the first line, at most ``_LINE_MAX`` characters, followed by more text) or a
  wholly bracketed first or last line, with no finite verb of its own (a news lead "X said
  ..." is no header);
* its issuer is the object of "by" under a verb of writing or issuing or under a document
  noun ("posted by", "issued by", "a statement by"), of "from"/"of" under a document noun
  or opening the line ("Statement No. 4 from X", "From X:"), or the line's own noun phrase
  when a bracket beside it says it is a document or a post ("X (post on Telegram):");
* "by" under a verb of passing on ("forwarded by", "shared by" after a writer) names the
  relay (``via``);
* relational wrappers are read through (``owner_of``): "the page of X", "the armed wing of
  X", "X's channel" are X's, so the kind is the owner's (``issuer_kind``).

The author's claims go to the issuer when its kind is not a state body's (a ministry's or a
force's header stays a release: the author's, ``docs/claims-gold.md``); the existing header
rules (``releases.poster_as_author``) run first and keep their readings.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from claimledger.attribute.relayed_doc import passing_lemma
from claimledger.attribute.releases import OWN_KIN, faction_name
from claimledger.attribute.sources import (
    bare_person_name,
    is_platform,
    source_kind,
    unknown_name,
)
from claimledger.attribute.statements import AUTHOR
from claimledger.nlp.text import doc_text
from claimledger.records import Claim, Evidence, Source

__all__ = ["header_issuer", "issuer_as_poster", "owner_of"]

EXTRACTOR = "claimledger.attribute.issuer_header"
_LINE_MAX = 160
# Nouns of a document or a post: what a header says the text is.
DOCUMENT_NOUNS = frozenset(
    """statement communique communiqué bulletin announcement declaration release post message
    update notice letter thread tweet video report text note testimony appeal""".split()  # noqa: SIM905
)
# Verbs of writing or issuing (their "by" is the issuer) and of passing on (its relay).
_WRITING = frozenset(
    "post write issue publish sign send author release record".split()  # noqa: SIM905
)
_PASSING = frozenset(
    "forward share relay repost circulate carry pass retweet".split()  # noqa: SIM905
)
# Wrappers read through to their owner: a medium of a body and a part of a body.
MEDIA_WRAPPERS = frozenset(
    "page account channel feed profile website site blog handle group".split()  # noqa: SIM905
)
PART_WRAPPERS = frozenset(
    """wing arm bureau office desk branch department unit division service centre center
    command leadership council""".split()  # noqa: SIM905
)
_WRAPPERS = MEDIA_WRAPPERS | PART_WRAPPERS
# Kinds that take a document's text as their own; a state body's header stays the author's.
_ISSUER_KINDS = frozenset(
    {"partisan", "ngo", "social_media", "family", "media", "medical", "witness"}
)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def owner_of(head: Token) -> Token:
    """The body a wrapper names: "the page of X", "the armed wing of X", "X's channel" -> X."""
    seen = 0
    while head.lemma_.lower() in _WRAPPERS and seen < 4:
        seen += 1
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = _pobj(of) if of is not None else None
        if inner is None:
            inner = next((c for c in head.children if c.dep_ == "poss"), None)
        if inner is None or inner.pos_ not in ("NOUN", "PROPN"):
            break
        head = inner
    return head


_CUT_DEPS = frozenset({"acl", "relcl", "appos", "punct", "cc", "conj", "advcl"})


def phrase_of(head: Token, stop: int) -> Span:
    """The noun phrase ``head`` heads, without clauses, appositions or brackets after it and
    not past token ``stop`` ("a user in X, forwarded by Y" -> "a user in X")."""
    end = head.i + 1
    comma = next((t.i for t in head.doc[end:stop] if t.text == ","), stop)
    stop = min(stop, comma)  # "the X Brigades, 2 April", "a user in X, forwarded by Y"
    for child in head.rights:
        if child.dep_ in _CUT_DEPS or child.i >= stop:
            break
        obj = _pobj(child) if child.dep_ == "prep" else None
        if obj is not None and is_platform(obj.text):
            break  # "X on Telegram"
        end = max(end, child.right_edge.i + 1)
    start, end = head.left_edge.i, min(end, stop)
    while end > start + 1 and head.doc[end - 1].is_punct:
        end -= 1  # "the X Front, 4 March": its comma
    return head.doc[start:end]


def _finite(tok: Token) -> bool:
    """A verb of the line's own (a header's document noun the parse reads as an imperative,
    "Update from X", "Communiqué 88 from Y", is none)."""
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBG") and not _document(tok)


def _document(tok: Token) -> bool:
    """A document noun, or a number of one ("Statement No. 4": the parse heads it on "No")."""
    return any(
        t.lemma_.lower() in DOCUMENT_NOUNS or t.lower_ in DOCUMENT_NOUNS
        for t in (tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i))
    )


def _line_spans(doc: Doc, text: str) -> list[tuple[Span, bool]]:
    """The candidate header lines, each with whether it is a signature: the first line (up to
    its colon), a bracketed last line, a last line signed ("— X", "Signed: X", "Issued by X")."""
    start = len(text) - len(text.lstrip())
    out: list[tuple[Span, bool]] = []
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    colon = text.find(":", start, line_end)
    end = colon if colon > 0 else line_end
    # a header is followed by the text it heads, on its line after a colon or below it
    if end - start <= _LINE_MAX and text[end:].strip(" \t\n:"):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span) > 1:
            out.append((span, False))
    last_start = text.rstrip().rfind("\n") + 1
    last = text[last_start:].rstrip()
    if last_start <= line_end or len(last) > _LINE_MAX:
        return out
    signed = _SIGNED.match(last)
    issued = _ISSUED.match(last) is not None  # "Issued by X, 12 May": read by its "by"
    if signed is not None or issued or (last.lstrip().startswith("(") and last.endswith(")")):
        first = last_start + (signed.end() if signed is not None else 0)
        span = doc.char_span(first, last_start + len(last), alignment_mode="contract")
        if span is not None and len(span) > 1:
            out.append((span, signed is not None))
    return out


# A signature's mark before the signer: a dash, "Signed:"/"Signed by" (not "Issued by X",
# read as a header line by its "by").
_ISSUED = re.compile(r"\s*(?i:issued|published|posted|written|released)\s+by\s")
_SIGNED = re.compile(r"\s*(?:[\u2014\u2013-]+\s*|(?i:signed)(?:\s*:|\s+by)?\s+)(?=\S)")


def _read_line(line: Span) -> tuple[Span, Span, Span | None, bool] | None:
    """The issuer's phrase, its owner's phrase and the relay's phrase a header line names
    (module doc), and whether "by" names the issuer as a writer (a person then posts:
    ``social_media``)."""
    bracket = _before_bracket(line) or _owned_document(line) or _beside_document(line)
    if bracket is not None:  # "X (post on Telegram):", "X's statement on Y:"
        return bracket, bracket, None, False
    if any(_finite(t) and t.dep_ in ("ROOT", "ccomp") for t in line):
        return None
    issuer = via = None
    by = True
    for tok in line:
        obj = _pobj(tok) if tok.dep_ in ("agent", "prep") else None
        if obj is None or obj.i >= line.end:
            continue
        up, word = tok.head, tok.lower_
        if word == "by" and passing_lemma(up, _PASSING) in _PASSING:
            via = via or obj
        elif word == "by" and (up.lemma_.lower() in _WRITING or _document(up)):
            issuer = issuer or obj
        elif issuer is None and _document_source(tok, up, line):
            issuer, by = obj, False
    if issuer is None:
        return None  # "(shared by X)": a relay, the writer unnamed
    relay = phrase_of(via, line.end) if via is not None else None
    return phrase_of(issuer, line.end), phrase_of(owner_of(issuer), line.end), relay, by


def _document_source(prep: Token, up: Token, line: Span) -> bool:
    """ "from"/"of" naming whom a document is from ("Statement No. 4 from X"), or "From X:"
    opening the line."""
    word = prep.lower_
    return word in ("from", "of") and (_document(up) or (prep.i == line.start and word == "from"))


_NP_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "ADP", "CCONJ"})


def _before_bracket(line: Span) -> Span | None:
    """The noun phrase opening a line before a bracket that says the text is a document or a
    post ("The X League (statement shared on Telegram)", "X (post on Facebook)"). Read by the
    words: the parse of such a line hangs the phrase on any verb after it."""
    opening = next((t for t in line if t.text == "("), None)
    if opening is None or opening.i == line.start or opening.i + 1 >= len(line.doc):
        return None
    inside = line.doc[opening.i + 1]
    if not (_document(inside) or is_platform(inside.text)):
        return None
    phrase = line.doc[line.start : opening.i]
    return phrase if _named(phrase) else None


def _signer(line: Span) -> tuple[Span, Span, None, bool] | None:
    """A signature's body named alone ("— Media Office of the X Front", "Signed: the Y
    Committee, 12 May"): a noun phrase with a proper name, up to a comma."""
    end = next((t.i for t in line if t.text == ","), line.end)
    phrase = line.doc[line.start : end]
    if not _named(phrase):
        return None
    root = next((t for t in phrase if _heads(t, phrase)), None)
    if root is None:
        return None
    return phrase, phrase_of(owner_of(root), end), None, False


_DESK_WORDS = frozenset({"press", "news", "media", "information", "official", "joint"})


def _heads(tok: Token, line: Span) -> bool:
    """Whether a word heads its line (the root, or its head outside the line)."""
    return tok.head.i == tok.i or not line.start <= tok.head.i < line.end


def _owned_document(line: Span) -> Span | None:
    """The body whose document a line's head noun is: "The X League's statement on Y",
    "X League statement, 3 May" (its owner or the proper names before it)."""
    head = next((t for t in line if _document(t) and _heads(t, line)), None)
    if head is None or head.i == line.start:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i >= line.start), None)
    if owner is not None:
        return line.doc[line.start : owner.i + 1]
    end = head.i
    while end > line.start and (
        line.doc[end - 1].lower_ in _DESK_WORDS or is_platform(line.doc[end - 1].text)
    ):
        end -= 1  # "X Press Release", "Y Media Statement", "Telegram post": the document's
    before = line.doc[line.start : end]
    return before if _named(before) else None


_SEPARATORS = frozenset({"|", "\u2014", "\u2013", "-", ",", "/"})


def _beside_document(line: Span) -> Span | None:
    """The body a line names beside the word of its document, a separator between: "X |
    Statement", "STATEMENT - X", "Telegram post, X". A release is left to the release rules
    (a state's genre: "X COMMAND - Press Release")."""
    cuts = [t.i for t in line if t.text in _SEPARATORS]
    if len(cuts) != 1:
        return None
    parts = (line.doc[line.start : cuts[0]], line.doc[cuts[0] + 1 : line.end])
    for doc_part, body in (parts, parts[::-1]):
        words = [t for t in doc_part if not t.is_punct]
        if _RELEASE in doc_part.text.lower() or not _named(body):
            continue
        if _document_words(words) or _office_words(words):
            return body
    return None


# A body's media office named after its letterhead: "X Front - Media Office", "Y Brigades -
# Military Media" (the office is the body's: its text is the body's, as "Statement by X").
_OFFICE_WORDS = _DESK_WORDS | PART_WRAPPERS | {"military", "general", "war"}


def _office_words(words: list[Token]) -> bool:
    """Words that only name a body's media office ("Media Office", "Military Media", "Press
    Centre"): one to three desk or office words, the last an office or "media"."""
    return (
        0 < len(words) <= 3
        and all(w.lower_ in _OFFICE_WORDS for w in words)
        and words[-1].lower_ in PART_WRAPPERS | {"media"}
    )


def _document_words(words: list[Token]) -> bool:
    """Words that only name a document or its medium ("Statement", "Telegram post", "Field
    note", "Telegram"): a platform alone, or at most three words ending on a document noun."""
    if len(words) == 1 and is_platform(words[0].text):
        return True
    return 0 < len(words) <= 3 and _document(words[-1])


def _named(phrase: Span) -> bool:
    """A noun phrase with a proper name."""
    return (
        len(phrase) > 0
        and all(t.pos_ in _NP_POS for t in phrase)
        and any(t.pos_ == "PROPN" for t in phrase)
    )


_RELEASE = "release"


def header_issuer(doc: Doc) -> tuple[Source, tuple[int, int]] | None:
    """The issuer a header line names (module doc) and the header's character span."""
    text = doc_text(doc)
    for line, signature in _line_spans(doc, text):
        read = _read_line(line)
        bare = read is None and signature
        read = _signer(line) if bare else read
        if read is None:
            continue
        phrase, owner, relay, by = read
        if not phrase.text.strip() or not owner.text.strip():
            continue
        if (
            owner.start != phrase.start
            and unknown_name(owner.text)
            and not faction_name(owner.text)
        ):
            owner = phrase  # "the District Council of Pell": a place, no owner
        kind = issuer_kind(owner.text, text, by)
        if kind is None or (bare and kind == "media"):
            continue  # "— Kell Today": an outlet's byline is its own text (the author's)
        via = relay.text if relay is not None else None
        return Source(name=phrase.text, kind=kind, via=via), (line.start_char, line.end_char)
    return None


def issuer_kind(name: str, text: str, writer: bool) -> str | None:
    """A header's issuer's kind: its owner's by the lexicon; a poster who writes of "my
    brother" is a relative (``family``), a person otherwise a poster (``social_media``).
    None for a body the lexicon does not know that no "by" names as a writer ("Natrova
    Coast Guard (release)": its kind would be the fallback's guess)."""
    kind = "partisan" if faction_name(name) else source_kind(name)
    if kind == "witness" and not writer and unknown_name(name):
        return None
    if kind in ("witness", "social_media") and OWN_KIN.search(text):
        return "family"
    # a person posting by name is a poster; "a resident of X" stays the public (where people
    # speak is not who they are: docs/claims-gold.md)
    return "social_media" if kind == "witness" and bare_person_name(name) else kind


def issuer_as_poster(
    doc: Doc, doc_id: str, claims: Sequence[tuple[int, Claim]]
) -> list[tuple[int, Claim]]:
    """``claims`` with the author's claims given to the issuer a header names, when its kind
    is not a state body's (module doc)."""
    if not any(_authors(c) for _, c in claims):
        return list(claims)
    found = header_issuer(doc)
    if found is None or found[0].kind not in _ISSUER_KINDS:
        return list(claims)
    issuer, (start, end) = found
    text = doc_text(doc)
    evidence = Evidence(start, end, text[start:end], doc_id, EXTRACTOR, 0.7)
    issuer = dataclasses.replace(issuer, evidence=evidence)
    # a platform read as a source ("Telegram post, X:" read "Telegram") is no one's name
    return [(p, dataclasses.replace(c, source=issuer) if _authors(c) else c) for p, c in claims]


def _authors(c: Claim) -> bool:
    return c.source.kind == AUTHOR.kind or is_platform(c.source.name)
