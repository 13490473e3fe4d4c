"""Loaded terms: the lexicon of ``data/loaded_terms.txt`` and where its terms occur.

Input: the spaCy ``Doc`` of a document and its text. Output: the loaded terms
found in it (:class:`Term`, with offsets and the lexicon section: insult,
evaluative, emotive, sarcasm, label), and those inside a span as written.
Single words are matched by their lowercase form or lemma, phrases by one
regex over the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]

from claimledger.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Lexicon:
    """Loaded terms: single words by lowercase/lemma, phrases as one regex."""

    words: dict[str, str]  # lowercase word or lemma -> section
    phrases: dict[str, str]  # lowercase phrase -> section
    phrase_rx: re.Pattern[str] | None


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The curated lexicon in ``data/loaded_terms.txt``, parsed once per process."""
    raw = data_text("loaded_terms.txt")
    return parse_lexicon(raw)


def parse_lexicon(raw: str) -> Lexicon:
    """Parse the lexicon format: ``[section]`` headers, one term a line, ``#`` comments."""
    words: dict[str, str] = {}
    phrases: dict[str, str] = {}
    section = "evaluative"
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            continue
        term = line.lower()
        if re.search(r"[\s-]", term):
            phrases[term] = section
        else:
            words[term] = section
    rx = None
    if phrases:
        alts = sorted(phrases, key=len, reverse=True)
        body = "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", p)) for p in alts)
        rx = re.compile(rf"(?<![\w-])(?:{body})(?:e?s)?(?![\w-])", re.I)
    return Lexicon(words, phrases, rx)


@dataclass(frozen=True)
class Term:
    """One loaded term found in the text."""

    start: int
    end: int
    text: str
    section: str


@lru_cache(maxsize=1)
def _word_hashes() -> tuple[np.ndarray, dict[int, str]]:
    """spaCy string hashes of the lexicon's single words (and their plurals) -> section."""
    by_hash: dict[int, str] = {}
    for word, section in load_lexicon().words.items():
        # Plurals too: the tagger lemmatises a capitalised plural as a name ("Hypocrites").
        for form in (word, word + "s", word + "es"):
            by_hash.setdefault(hash_string(form), section)
    return np.array(sorted(by_hash), dtype=np.uint64), by_hash


def _known(values: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """``np.isin(values, hashes)`` for sorted, distinct ``hashes`` (a binary search each,
    instead of sorting both arrays again on every call)."""
    at = np.searchsorted(hashes, values)
    inside = at < len(hashes)
    hit = np.zeros(len(values), dtype=bool)
    hit[inside] = hashes[at[inside]] == values[inside]
    return hit


def find_terms(doc: Doc, text: str) -> list[Term]:
    """Loaded terms of the whole document in text order (words by lemma, then phrases).

    Token attributes are read as arrays (``Doc.to_array``): creating a Python
    Token for every word would cost more than the rest of the stage. ``text`` is
    ``doc.text``, passed in because spaCy rebuilds that string on every access.
    """
    lex = load_lexicon()
    found: list[Term] = []
    taken: set[int] = set()
    if lex.phrase_rx is not None:
        for m in lex.phrase_rx.finditer(text):
            key = " ".join(re.split(r"[\s-]+", m.group(0).lower()))
            found.append(Term(m.start(), m.end(), m.group(0), _phrase_section(lex, key)))
            taken.update(range(m.start(), m.end()))
    if len(doc):
        hashes, by_hash = _word_hashes()
        arr = doc.to_array([LOWER, LEMMA])
        hit = _known(arr[:, 0], hashes) | _known(arr[:, 1], hashes)
        for i in np.flatnonzero(hit):
            tok = doc[int(i)]
            if tok.idx in taken or not tok.is_alpha:
                continue
            sec = by_hash.get(tok.lower) or by_hash.get(hash_string(tok.lemma_.lower()))
            if sec is None:
                continue
            # Words inside a name ("Michael Savage", "Mr Fool") are not insults.
            if tok.pos_ == "PROPN" and _in_name(tok):
                continue
            found.append(Term(tok.idx, tok.idx + len(tok.text), tok.text, sec))
    found.sort(key=lambda t: t.start)
    return found


def _in_name(tok: Token) -> bool:
    """True when a capitalised token sits next to another proper noun or a title."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and (prev.pos_ == "PROPN" or prev.lower_.rstrip(".") in _TITLES):
        return prev.text[:1].isupper() and prev.whitespace_ != "\n"
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()


_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "gen", "col", "capt", "sgt"})


def _phrase_section(lex: Lexicon, key: str) -> str:
    """Section of a matched phrase, tolerating the plural and hyphen/space variants."""
    for cand in (key, key.rstrip("s"), key[:-2] if key.endswith("es") else key):
        for p, sec in lex.phrases.items():
            if " ".join(re.split(r"[\s-]+", p)) == cand:
                return sec
    return "evaluative"


def terms_in(terms: list[Term], starts: list[int], s: int, e: int) -> tuple[str, ...]:
    """Loaded terms inside [s, e), as written, first occurrence of each."""
    out: list[str] = []
    seen: set[str] = set()
    for t in terms[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]:
        if t.end <= e and t.text.lower() not in seen:
            seen.add(t.text.lower())
            out.append(t.text)
    return tuple(out)
