"""A count that reads on from the sentence before keeps that sentence's source.

A source's statement can end with its sentence while its account goes on in the next one
without a reporting verb of its own: "five shepherds were killed by a landmine, villagers
told us. Two more are in critical condition."; "... the bodies of eleven people, its
spokesman said. More than 30 were wounded."; "..., the ministry said. Among the dead were
four children." The second sentence's count only makes sense as a continuation of the
first one's (more, others, another, a further, a part of those counted, or a bare number
with no noun of its own), so it is the same source's claim, not the writer's.

The carry-over stops (the count stays the writer's) when:

* the count does not read on: "The suspect was killed when deputies returned fire.", "The
  victims were identified as A and B." (a new subject of the writer's);
* a paragraph or line break stands between the two sentences;
* the sentence has a source or a reporting word of its own ("Two more died in hospital,
  doctors said", "Dozens were reported injured", "according to ...") or the writer's own
  voice (a hedge, "reportedly", "may have"; a first person, "we counted"; a turn of the
  writer's, "However", "Separately", "Meanwhile", "Elsewhere", "In a separate");
* the sentence before ends on the writer's own count (its last count is the author's);
* the claim states no number: a names list ("Among the martyrs are the journalist X and his
  mother") is the writer's naming, as "The victims were identified as A and B" is.

Input: the parse and the ``(position, claim)`` pairs (sorted); output: the same pairs,
the author's counts that read on given the source(s) of the previous sentence's last count.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from claimledger.attribute.sources import CUE_VERBS, STANCE_VERBS, is_hedged
from claimledger.attribute.spans import doc_text
from claimledger.records import Claim
from claimledger.resources.numwords import SMALL_NUMBERS, TENS

_WORDS = "|".join((*SMALL_NUMBERS[1:], *TENS))
_NUMBER = (
    rf"(?:\d[\d,]*|(?:{_WORDS})(?:-(?:{_WORDS}))?|dozens|scores|hundreds|several|many"
    r"|a\s+(?:number|handful)\s+of|a\s+few)"
)
_BOUND = (
    r"(?:(?:more\s+than|at\s+least|about|around|nearly|almost|over|some|up\s+to"
    r"|no\s+fewer\s+than|as\s+many\s+as|another|a\s+further)\s+)?"
)
_GROUP = r"(?:dead|killed|victims|injured|wounded|martyrs|casualties|bodies)"
# How a sentence opens on a count that reads on from the one before (module doc).
_READS_ON = re.compile(
    rf"(?:{_BOUND}{_NUMBER}\s+(?:more|others?|other\s+\w+)\b"  # "Two more", "Dozens of others"
    rf"|(?:another|a\s+further)\s+{_NUMBER}\b"  # "Another six people died"
    # a bare count, no noun of its own: "More than 30 were wounded", "Two died later"
    rf"|{_BOUND}{_NUMBER}\s+(?:were|was|are|is|had|have|has|died|remain|remained|later|also)\b"
    rf"|{_BOUND}{_NUMBER}\s+of\s+(?:them|those|these|the\s+{_GROUP})\b"  # "Four of them"
    rf"|among\s+(?:them|those|the\s+{_GROUP})\b"  # "Among the dead were ..."
    rf"|the\s+{_GROUP}\s+include)",  # "The dead included two children"
    re.I,
)
# A number stated in a claim's evidence: a names list ("Among the martyrs are the journalist
# X and his mother") is the writer's naming, as "The victims were identified as" is.
_STATED = re.compile(rf"(?<![\w-]){_NUMBER}(?![\w-])", re.I)
# The writer's own turn or voice (module doc).
_WRITERS_TURN = re.compile(
    r"^(?:however|separately|meanwhile|elsewhere|in\s+a\s+separate|by\s+contrast|in\s+contrast"
    r"|airwars)\b|\b(?:we|our|us|i|my|according\s+to|reportedly|allegedly)\b",
    re.I,
)
_CUES = CUE_VERBS | STANCE_VERBS
_OPENING = re.compile(r"[\s\"“'‘(\[-]*(?:and\s+|but\s+)?")


def carried_over(doc: Doc, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """``claims`` with the author's counts that read on from the sentence before given that
    sentence's source (module doc). ``claims`` are in text order."""
    out = list(claims)
    if not any(c.figure is not None and c.source.kind == "author" for _, c in out):
        return out
    text = doc_text(doc)
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]

    def counts_in(k: int) -> list[int]:
        return [
            i
            for i, (_, c) in enumerate(out)
            if c.figure is not None and bisect.bisect_right(starts, c.evidence.start) - 1 == k
        ]

    for k in range(1, len(sents)):
        mine = [
            i for i in counts_in(k) if out[i][1].source.kind == "author" and _a_count(out[i][1])
        ]
        if not mine or _broken(text, sents[k - 1], sents[k]) or not _reads_on(sents[k]):
            continue
        before = counts_in(k - 1)
        last = out[before[-1]][1] if before else None
        if last is None or last.source.kind == "author":
            continue
        sources = [
            out[i][1].source
            for i in before
            if (out[i][1].evidence.start, out[i][1].evidence.end)
            == (last.evidence.start, last.evidence.end)
        ]
        for i in mine:
            p, c = out[i]
            out[i] = (p, dataclasses.replace(c, source=sources[0]))
            out.extend((p, dataclasses.replace(c, source=s)) for s in sources[1:])
        out.sort(key=lambda pc: pc[0])
    return out


def _broken(text: str, before: Span, here: Span) -> bool:
    """Whether a line break stands between the last word of one sentence and the next's first."""
    gap_start = before.start_char + len(before.text.rstrip())
    gap_end = here.start_char + len(here.text) - len(here.text.lstrip())
    return "\n" in text[gap_start:gap_end]


def _a_count(c: Claim) -> bool:
    """Whether a claim's evidence states a number (not names alone, not an age)."""
    return _STATED.search(c.evidence.text) is not None


def _reads_on(sent: Span) -> bool:
    """Whether a sentence opens on a count that reads on and has no voice of its own."""
    body = sent.text
    opening = _OPENING.match(body)
    if _READS_ON.match(body, opening.end() if opening else 0) is None:
        return False
    if _WRITERS_TURN.search(body) is not None or is_hedged(body):
        return False
    return not any(t.lemma_.lower() in _CUES and t.pos_ in ("VERB", "AUX") for t in sent)
