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

This module classifies; ``paragraphs.py`` cuts the paragraphs, ``quotes.py``
finds the quoted spans and scare quotes, ``loaded_terms.py`` the loaded terms.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IDX, SENT_START

from claimledger.nlp.text import doc_text
from claimledger.records import Segment
from claimledger.segment.loaded_terms import Term, find_terms, terms_in
from claimledger.segment.paragraphs import Para, paragraphs, strip_span
from claimledger.segment.quotes import (
    OPENERS,
    covered,
    in_ranges,
    quote_ranges,
    scare_quote_spans,
    scare_quotes,
    unquoted,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    text = doc_text(doc)
    if not text.strip():
        return []
    terms = find_terms(doc, text)
    term_starts = [t.start for t in terms]
    sent_starts = _sentence_starts(doc)
    paras = paragraphs(text, title_end or 0)
    segments: list[Segment] = []
    if title_end:
        s, e = strip_span(text, 0, min(title_end, len(text)))
        if s < e:
            segments.append(Segment(s, e, "headline", terms_in(terms, term_starts, s, e), 1.0))
    _classify(text, paras, terms, term_starts, first_is_title=not title_end)
    for p in paras:
        if p.kind in ("reporting", "opinion"):
            parts = _split_mixed(text, p, sent_starts, terms, term_starts)
        else:
            parts = [(p.start, p.end, p.kind, p.confidence)]
        for s, e, kind, conf in parts:
            found = terms_in(terms, term_starts, s, e)
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


# --- classification -------------------------------------------------------------


def _classify(
    text: str, paras: list[Para], terms: list[Term], term_starts: list[int], first_is_title: bool
) -> None:
    """Set kind and confidence of every paragraph in place."""
    block = 0  # paragraphs left in a relayed block opened by a quote mark
    seen_body = False
    for idx, p in enumerate(paras):
        chunk = text[p.start : p.end]
        ranges, still_open = quote_ranges(text, p.start, p.end, inside=block > 0)
        share = covered(ranges, p.start, p.end) / max(1, p.end - p.start)
        opens = chunk[:1] in OPENERS or chunk[:1] == '"'
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
        outside = unquoted(text, ranges, p.start, p.end)
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
    terms: list[Term],
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
        if t.end <= end and not in_ranges(ranges, t.start):
            score += SECTION_WEIGHT.get(t.section, WEAK)
    score += WEAK * scare_quotes(text, start, end)
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


def _split_mixed(
    text: str, p: Para, sent_starts: list[int], terms: list[Term], term_starts: list[int]
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
        s, e = strip_span(text, s, e)
        if s >= e:
            continue
        outside = unquoted(text, ranges, s, e)
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
