"""Stage "segment": spaCy ``Doc`` -> ``list[Segment]`` (headline, reporting, quote, opinion).

A document is cut into paragraphs (blank lines and line breaks; hard-wrapped
text is rejoined) and each paragraph is read as one of:

* ``headline``: a given title, a short first line without final punctuation,
  or a short title-like line further down (a reposted story's headline);
* ``quote``: someone else's words: a paragraph mostly inside quotation marks,
  a block relayed from a news story (it opens with a quote mark, or with a
  "CITY —" dateline after other text), or indirect speech ending in "he said";
* ``opinion``: the author's commentary: rhetorical questions, first person,
  "!!!", "????", insults and evaluative words, sarcasm quotes;
* ``reporting``: neutral third-person prose.

Opinion cues are counted only outside quotation marks: a minister's "cowardly
attack" is reported speech, not the author's voice. Long paragraphs that mix
the author's voice with neutral sentences are split at sentence boundaries.
Every segment lists the loaded terms found in it (``data/loaded_terms.txt``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IDX, LEMMA, LOWER, SENT_START
from spacy.strings import hash_string  # type: ignore[attr-defined]

from claimledger.records import Segment
from claimledger.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How much one cue counts towards "opinion"; a sentence or paragraph is opinion at 2.
STRONG = 2
WEAK = 1
OPINION_AT = 2
SECTION_WEIGHT: dict[str, int] = {
    "insult": STRONG,
    "evaluative": STRONG,
    "emotive": WEAK,
    "sarcasm": WEAK,
    "label": 0,  # contested labels are recorded, never decide the kind
}
# A first line longer than this is prose, not a headline.
HEADLINE_MAX_WORDS = 25
# A title-like line further down is shorter than that.
INNER_HEADLINE_MAX_WORDS = 16
# Paragraphs with at least this many sentences may be split when their voices mix.
SPLIT_MIN_SENTENCES = 2
# Share of a paragraph inside quotation marks from which it is a quote.
QUOTE_SHARE = 0.5
# A relayed block opened by a quote mark never runs longer than this (unclosed quotes).
MAX_BLOCK_PARAGRAPHS = 12

_OPENERS = "\u201c\u00ab\u201e"  # “ « „
_CLOSERS = "\u201d\u00bb"  # ” »
_END_PUNCT = ".?!:;,\u2026\"'\u201d\u2019)]"

_MULTI_PUNCT = re.compile(r"[!?]{2,}|\?\s+\?|!\s+!")
_FIRST_PERSON_OPINION = re.compile(
    r"\b(?:I|we)\s+(?:really\s+|just\s+|honestly\s+|do(?:n't| not)\s+)?"
    r"(?:think|believe|feel|guess|bet|suspect|doubt|wonder|reckon|can tell you|can assure you"
    r"|am sure|'m sure|am convinced|'m convinced|have no doubt|must say|would say|say)\b"
    r"|\bin my (?:opinion|view|book)\b|\bIMO\b|\bIMHO\b|\bmy (?:take|two cents)\b"
    r"|\bif you ask me\b|\blet'?s be (?:honest|clear|real)\b|\bmark my words\b",
)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b|\bI'(?:m|ve|d|ll)\b")
_SECOND_PERSON = re.compile(r"\byou(?:r|rs)?\b", re.I)
_RHETORICAL_OPENER = re.compile(
    r"^\W*(?:what about|how (?:is it|come|can|could|dare)|why (?:do|does|is|are|did|would|should"
    r"|can't|don't|doesn't|didn't|won't)|who (?:are|is|do|does) (?:they|you|we)|isn't it|is it not"
    r"|aren't they|don't they|wasn't it|since when|so what)\b",
    re.I,
)
_SPEECH_TAIL = re.compile(
    r",?\s*(?:he|she|they|it|we|I)\s+(?:said|says|added|adds|told\s+\w+|stated|wrote|explained"
    r"|continued|noted|insisted|claimed|argued|recalled|warned)\b[^.!?]{0,80}[.!?]?\s*$",
    re.I,
)
_CLOSE_THEN_SPEECH = re.compile(
    r"[\u201d\"]\s*,?\s*(?:he|she|they|it|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3})\s+"
    r"(?:said|says|added|told|stated|wrote|explained|continued|noted|insisted|claimed|argued)\b"
)
# "CITY —", "BAGHDAD, March 3 (Reuters) -": the dateline of a relayed news story.
_NEWS_DATELINE = re.compile(
    r"^\W{0,2}[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?)?\s*"
    r"(?:\([A-Za-z .&]{2,30}\))?\s*[\u2014\u2013-]{1,2}\s"
)
# Words that introduce a quoted word as someone's speech, not as a sneer.
_SPEECH_VERBS = frozenset(
    {"said", "says", "say", "called", "call", "calls", "described", "describe", "describes",
     "dubbed", "termed", "labelled", "labeled", "named", "wrote", "write", "writes", "told",
     "tell", "tells"}
)  # fmt: skip


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
class _Term:
    """One loaded term found in the text."""

    start: int
    end: int
    text: str
    section: str


@dataclass
class _Para:
    """A paragraph being classified."""

    start: int
    end: int
    kind: str = "reporting"
    confidence: float = 0.9


def segment_document(doc: Doc, doc_id: str, title_end: int | None = None) -> list[Segment]:
    """Cut a parsed document into segments and say how each one reads.

    Args:
        doc: the spaCy parse of the document text.
        doc_id: the document id (segments carry offsets only; kept for symmetry
            with the other stages).
        title_end: the offset where a title given apart from the text ends
            (``RawDocument.body_start``); that span is the headline.

    Returns:
        Segments in text order, non-overlapping, each with exact offsets into
        ``doc.text``, a kind and the loaded terms found in it, as written.
    """
    del doc_id  # segments hold offsets, not evidence
    text = doc.text
    if not text.strip():
        return []
    terms = _find_terms(doc, text)
    term_starts = [t.start for t in terms]
    sent_starts = _sentence_starts(doc)
    paras = _paragraphs(text, title_end or 0)
    segments: list[Segment] = []
    if title_end:
        s, e = _strip(text, 0, min(title_end, len(text)))
        if s < e:
            segments.append(Segment(s, e, "headline", _terms_in(terms, term_starts, s, e), 1.0))
    _classify(text, paras, terms, term_starts, first_is_title=not title_end)
    for p in paras:
        if p.kind in ("reporting", "opinion"):
            parts = _split_mixed(text, p, sent_starts, terms, term_starts)
        else:
            parts = [(p.start, p.end, p.kind, p.confidence)]
        for s, e, kind, conf in parts:
            found = _terms_in(terms, term_starts, s, e)
            if kind == "opinion":
                # In the author's voice a word in scare quotes is loaded ("accidents").
                found += tuple(text[a:b] for a, b in scare_quote_spans(text, s, e))
            segments.append(Segment(s, e, kind, found, conf))
    return segments


def _sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where spaCy's sentences start (read as arrays, not Span objects)."""
    if not len(doc):
        return []
    arr = doc.to_array([SENT_START, IDX]).astype(np.int64)
    starts = arr[arr[:, 0] == 1, 1].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return [int(x) for x in starts]


# --- paragraphs -------------------------------------------------------------


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str, offset: int) -> list[tuple[int, int, bool]]:
    """Non-empty lines after ``offset`` as (start, end, follows_blank_line)."""
    out: list[tuple[int, int, bool]] = []
    pos = offset
    blank = True
    for line in text[offset:].splitlines(keepends=True):
        s, e = _strip(text, pos, pos + len(line))
        pos += len(line)
        if s == e:
            blank = True
            continue
        out.append((s, e, blank))
        blank = False
    return out


def _hard_wrapped(text: str, lines: list[tuple[int, int, bool]]) -> bool:
    """True when line breaks are a fixed-width wrap (e-mail, old wire copy), not paragraphs."""
    inner = [
        (s, e) for (s, e, _), nxt in zip(lines, lines[1:], strict=False) if not nxt[2]
    ]  # lines followed directly by another line
    if len(inner) < 4:
        return False
    wrapped = sum(1 for s, e in inner if 55 <= e - s <= 100 and text[e - 1] not in '.?!:"”')
    return wrapped / len(inner) >= 0.6


def _paragraphs(text: str, offset: int) -> list[_Para]:
    """Paragraphs from ``offset`` on: lines, rejoined where a sentence runs on."""
    lines = _lines(text, offset)
    wrapped = _hard_wrapped(text, lines)
    paras: list[_Para] = []
    for s, e, after_blank in lines:
        if paras and not after_blank:
            prev = paras[-1]
            ends_open = text[prev.end - 1] not in '.?!:"”»'
            # A line that starts lowercase continues the sentence above; in wrapped text
            # every line does until a blank line.
            if wrapped or (ends_open and text[s].islower()):
                prev.end = e
                continue
        paras.append(_Para(s, e))
    return paras


# --- loaded terms -----------------------------------------------------------


@lru_cache(maxsize=1)
def _word_hashes() -> tuple[np.ndarray, dict[int, str]]:
    """spaCy string hashes of the lexicon's single words (and their plurals) -> section."""
    by_hash: dict[int, str] = {}
    for word, section in load_lexicon().words.items():
        # Plurals too: the tagger lemmatises a capitalised plural as a name ("Hypocrites").
        for form in (word, word + "s", word + "es"):
            by_hash.setdefault(hash_string(form), section)
    return np.array(sorted(by_hash), dtype=np.uint64), by_hash


def _find_terms(doc: Doc, text: str) -> list[_Term]:
    """Loaded terms of the whole document in text order (words by lemma, then phrases).

    Token attributes are read as arrays (``Doc.to_array``): creating a Python
    Token for every word would cost more than the rest of the stage. ``text`` is
    ``doc.text``, passed in because spaCy rebuilds that string on every access.
    """
    lex = load_lexicon()
    found: list[_Term] = []
    taken: set[int] = set()
    if lex.phrase_rx is not None:
        for m in lex.phrase_rx.finditer(text):
            key = " ".join(re.split(r"[\s-]+", m.group(0).lower()))
            found.append(_Term(m.start(), m.end(), m.group(0), _phrase_section(lex, key)))
            taken.update(range(m.start(), m.end()))
    if len(doc):
        hashes, by_hash = _word_hashes()
        arr = doc.to_array([LOWER, LEMMA])
        hit = np.isin(arr[:, 0], hashes) | np.isin(arr[:, 1], hashes)
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
            found.append(_Term(tok.idx, tok.idx + len(tok.text), tok.text, sec))
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


def _terms_in(terms: list[_Term], starts: list[int], s: int, e: int) -> tuple[str, ...]:
    """Loaded terms inside [s, e), as written, first occurrence of each."""
    out: list[str] = []
    seen: set[str] = set()
    for t in terms[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]:
        if t.end <= e and t.text.lower() not in seen:
            seen.add(t.text.lower())
            out.append(t.text)
    return tuple(out)


# --- quotation marks ------------------------------------------------------------


_BIG = 1 << 62  # larger than any offset, for bisecting (start, end) pairs
# "``" and "''" are the opening and closing marks of some newspaper archives.
_QUOTE_CHAR = re.compile("``|''|[\"\u201c\u201d\u00ab\u00bb\u201e]")


def quote_ranges(
    text: str, start: int, end: int, inside: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """Spans of text[start:end] that lie inside double quotation marks (marks included).

    Curly and straight marks both count; a straight mark opens after a space or
    at the start and closes otherwise. A closing mark with no opener (forum
    reposts often lose the opener) covers everything before it. ``inside`` says
    the paragraph starts within a quotation opened earlier.

    Returns:
        Sorted, non-overlapping absolute spans, and whether a quotation is still open at the end.
    """
    ranges: list[tuple[int, int]] = []
    depth = 1 if inside else 0
    opened = start
    last_close = start
    for m in _QUOTE_CHAR.finditer(text, start, end):
        i = m.start()
        ch = m.group(0)
        if ch in ("``", "''"):
            is_open = ch == "``"
        elif ch == '"':
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            is_open = (before.isspace() or before in "([\u2014\u2013-") and not after.isspace()
        else:
            is_open = ch in _OPENERS
        if is_open:
            if depth == 0:
                opened = i
            depth += 1
            continue
        if depth == 0:
            ranges.append((last_close, m.end()))  # a closer with no opener
        elif depth == 1:
            ranges.append((opened, m.end()))
        depth = max(0, depth - 1)
        last_close = m.end()
    if depth > 0:
        ranges.append((opened, end))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged, depth > 0


def quote_mask(text: str, start: int, end: int, inside: bool = False) -> tuple[list[bool], bool]:
    """Which characters of text[start:end] lie inside double quotation marks (see quote_ranges)."""
    ranges, still_open = quote_ranges(text, start, end, inside)
    mask = [False] * (end - start)
    for s, e in ranges:
        mask[s - start : e - start] = [True] * (e - s)
    return mask, still_open


def _covered(ranges: list[tuple[int, int]], s: int, e: int) -> int:
    """How many characters of [s, e) the ranges cover."""
    return sum(max(0, min(e, re_) - max(s, rs)) for rs, re_ in ranges)


def _in_ranges(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the (sorted) ranges."""
    i = bisect.bisect_right(ranges, (pos, _BIG)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def _outside(text: str, ranges: list[tuple[int, int]], s: int, e: int) -> str:
    """text[s:e] with quoted characters blanked (offsets kept)."""
    if not ranges:
        return text[s:e]
    parts: list[str] = []
    pos = s
    for rs, re_ in ranges:
        rs, re_ = max(rs, s), min(re_, e)
        if rs >= re_:
            continue
        parts.append(text[pos:rs])
        parts.append(" " * (re_ - rs))
        pos = re_
    parts.append(text[pos:e])
    return "".join(parts)


# --- classification -------------------------------------------------------------


def _classify(
    text: str, paras: list[_Para], terms: list[_Term], term_starts: list[int], first_is_title: bool
) -> None:
    """Set kind and confidence of every paragraph in place."""
    block = 0  # paragraphs left in a relayed block opened by a quote mark
    seen_body = False
    for idx, p in enumerate(paras):
        chunk = text[p.start : p.end]
        ranges, still_open = quote_ranges(text, p.start, p.end, inside=block > 0)
        share = _covered(ranges, p.start, p.end) / max(1, p.end - p.start)
        opens = chunk[:1] in _OPENERS or chunk[:1] == '"'
        if block > 0 or (opens and still_open):
            block = MAX_BLOCK_PARAGRAPHS if block == 0 else block - 1
        if not still_open:
            block = 0
        if idx == 0 and first_is_title and _title_like(chunk, HEADLINE_MAX_WORDS, first=True):
            p.kind, p.confidence = "headline", 0.8
            continue
        if share < QUOTE_SHARE and _title_like(chunk, INNER_HEADLINE_MAX_WORDS, first=False):
            p.kind, p.confidence = "headline", 0.6
            continue
        outside = _outside(text, ranges, p.start, p.end)
        score = _opinion_score(text, outside, p.start, p.end, ranges, terms, term_starts)
        if share >= QUOTE_SHARE and score < 2 * STRONG:
            p.kind, p.confidence = "quote", round(min(1.0, 0.5 + share / 2), 2)
        elif seen_body and _NEWS_DATELINE.match(chunk) and score < OPINION_AT:
            p.kind, p.confidence = "quote", 0.6
        elif _CLOSE_THEN_SPEECH.search(chunk) and share >= 0.3 and score < OPINION_AT:
            p.kind, p.confidence = "quote", 0.7
        elif _SPEECH_TAIL.search(chunk) and score < OPINION_AT:
            p.kind, p.confidence = "quote", 0.6
        elif score >= OPINION_AT:
            p.kind, p.confidence = "opinion", min(1.0, 0.5 + 0.1 * score)
        else:
            p.kind, p.confidence = "reporting", 0.9 if score == 0 else 0.7
        seen_body = True


def _title_like(chunk: str, max_words: int, first: bool) -> bool:
    """A short single line without final punctuation, starting with a capital or digit."""
    if "\n" in chunk or not chunk[:1].isalnum() or chunk[:1].islower():
        return False
    words = chunk.split()
    if not (1 if first else 2) <= len(words) <= max_words:
        return False
    if first:
        return chunk[-1] not in ".:;,"
    return chunk[-1] not in _END_PUNCT


def _opinion_score(
    text: str,
    outside: str,
    start: int,
    end: int,
    ranges: list[tuple[int, int]],
    terms: list[_Term],
    term_starts: list[int],
) -> int:
    """How strongly text[start:end] reads as the author's own commentary."""
    score = 0
    if _MULTI_PUNCT.search(outside):
        score += STRONG
    if _FIRST_PERSON_OPINION.search(outside):
        score += STRONG
    elif _FIRST_PERSON.search(outside):
        score += WEAK
    if _SECOND_PERSON.search(outside):
        score += WEAK
    fragments = False
    for sent in _rough_sentences(outside):
        tail = sent.rstrip()
        question = tail.endswith("?") and not tail.endswith("??")
        if _RHETORICAL_OPENER.match(sent) or question:
            score += STRONG
        elif tail.endswith("!") and not tail.endswith("!!"):
            score += WEAK
        elif _fragment(sent) and not fragments:
            # One verbless fragment is a cue ("Bad reconnaissance."); lists of names are not.
            fragments = True
            score += WEAK
    for t in terms[bisect.bisect_left(term_starts, start) : bisect.bisect_left(term_starts, end)]:
        if t.end <= end and not _in_ranges(ranges, t.start):
            score += SECTION_WEIGHT.get(t.section, WEAK)
    score += WEAK * _scare_quotes(text, start, end)
    return score


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Jr|Sr|Prof|Rev|No|Vol|vs|etc|Inc"
    r"|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|v)|\b[A-Z]"
    r"|\.[A-Z][a-z]?)\.$"
)


def _rough_sentences(chunk: str) -> list[str]:
    """Split at . ! ? followed by space, but not after "Mr.", "U.S." or an initial."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", chunk.strip()):
        if out and _ABBREV.search(out[-1]):
            out[-1] += " " + piece
        elif piece.strip():
            out.append(piece)
    return out


def _fragment(sent: str) -> bool:
    """A verbless exclamation such as "Bad reconnaissance." (2-4 words, no verb-like word)."""
    words = re.findall(r"[A-Za-z']+", sent)
    if not 2 <= len(words) <= 4 or not sent.rstrip().endswith("."):
        return False
    # Cheap stand-in for a verb test: no common auxiliary and no -ed/-s verb forms.
    return not any(
        w.lower()
        in {"is", "are", "was", "were", "be", "has", "have", "had", "said", "says", "will", "did"}
        or w.lower().endswith("ed")
        for w in words
    )


_SCARE = re.compile(
    r"(?<![\w])[\"\u201c\u2018']([A-Za-z][\w-]*(?:\s[\w-]+)?)[\"\u201d\u2019'](?![\w])"
)


def _scare_quotes(text: str, start: int, end: int) -> int:
    """Count 1-2 word quotations not introduced by a speech verb: sarcasm ("accidents")."""
    return len(scare_quote_spans(text, start, end))


def scare_quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans (with their marks) of 1-2 word quotations not introduced by a speech verb."""
    out: list[tuple[int, int]] = []
    for m in _SCARE.finditer(text, start, end):
        before = text[max(start, m.start() - 25) : m.start()].split()
        prev = before[-1].lower().strip(",:") if before else ""
        if prev in _SPEECH_VERBS or prev.endswith(":"):
            continue
        out.append((m.start(), m.end()))
    return out


def _split_mixed(
    text: str, p: _Para, sent_starts: list[int], terms: list[_Term], term_starts: list[int]
) -> list[tuple[int, int, str, float]]:
    """Split a paragraph at sentence level when the author's voice and neutral reporting mix.

    Each sentence is scored alone: opinion (score >= 2), neutral (0) or unsure
    (1). A paragraph with both opinion and neutral sentences is cut into runs;
    unsure sentences go with the author's voice, since a neutral sentence has
    no cue at all. Otherwise the paragraph keeps its own kind.
    """
    whole = [(p.start, p.end, p.kind, p.confidence)]
    i = bisect.bisect_right(sent_starts, p.start)
    cuts = [p.start] + [s for s in sent_starts[i:] if s < p.end] + [p.end]
    if len(cuts) - 1 < SPLIT_MIN_SENTENCES:
        return whole
    ranges, _ = quote_ranges(text, p.start, p.end)
    scored: list[tuple[int, int, int]] = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        s, e = _strip(text, s, e)
        if s >= e:
            continue
        outside = _outside(text, ranges, s, e)
        scored.append((s, e, _opinion_score(text, outside, s, e, ranges, terms, term_starts)))
    if not any(sc >= OPINION_AT for *_, sc in scored) or not any(sc == 0 for *_, sc in scored):
        return whole
    runs: list[tuple[int, int, str, float]] = []
    for s, e, sc in scored:
        kind = "reporting" if sc == 0 else "opinion"
        conf = 0.8 if sc == 0 or sc >= OPINION_AT else 0.6
        if runs and runs[-1][2] == kind:
            runs[-1] = (runs[-1][0], e, kind, min(runs[-1][3], conf))
        else:
            runs.append((s, e, kind, conf))
    return runs
