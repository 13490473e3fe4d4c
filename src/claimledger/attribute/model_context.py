"""Where a learned-attribution candidate stands among the rules' statements.

Input: a parsed ``Doc``, the rules' ``Attribution`` list and a candidate of
``attribute/model.py``. Output: feature names added to the candidate's own
(:func:`claimledger.attribute.model.features`) before hashing.

PolNeAR annotates a verb as a cue, or not, partly by what surrounds it: a verb
inside what a rule statement reports, a verb whose subject is already a rule
statement's source, a verb far from any reporting. The candidate's own parse does
not say so; these features do:

* ``add`` candidates: the cue lies inside a rule statement's content; the source
  overlaps a rule statement's source; the content overlaps a rule content or holds a
  rule cue; the distance to the nearest rule cue (4 buckets); the first two crossed
  with the cue lemma.
* ``keep`` candidates (rule statements): the cue lies inside a rule content (its own
  too: a split quote spans its cue); how many other rule statements share its
  source's start.
* both: the rules' statements per 2,000 characters of the document (0 to 5).

Every look-up is a binary search over sorted offsets, so long documents with
thousands of statements and candidates stay linear-logarithmic.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from claimledger.attribute.spans import doc_text
from claimledger.records import Attribution

_NEAR = (40, 150, 600)  # character distances bounding the nearest-cue buckets


class _Intervals:
    """Half-open character intervals answering "does any of them overlap [a, b)"."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the farthest end among the first k + 1 intervals
        far = -1
        for _, e in spans:
            far = max(far, e)
            self.reach.append(far)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether an interval starting before ``b`` ends after ``a``."""
        k = bisect.bisect_left(self.starts, b) - 1
        return k >= 0 and self.reach[k] > a

    def contains(self, at: int) -> bool:
        """Whether an interval holds the offset ``at``."""
        k = bisect.bisect_right(self.starts, at) - 1
        return k >= 0 and self.reach[k] > at


class RuleContext:
    """The rules' statements of one document, indexed for the context features."""

    def __init__(self, doc: Doc, rules: Sequence[Attribution]) -> None:
        self.contents = _Intervals([(a.content.start, a.content.end) for a in rules])
        evidence = [a.source.evidence for a in rules if a.source.evidence is not None]
        self.sources = _Intervals([(ev.start, ev.end) for ev in evidence])
        self.source_starts = Counter(ev.start for ev in evidence)
        self.cues = sorted(a.cue.start for a in rules if a.cue is not None)
        size = max(1, len(doc_text(doc)))
        self.density = f"x.dens={min(5, len(rules) * 2000 // size)}"

    def _near(self, at: int) -> int:
        """The bucket of the distance from ``at`` to the nearest rule cue."""
        k = bisect.bisect_left(self.cues, at)
        gaps = [abs(self.cues[j] - at) for j in (k - 1, k) if 0 <= j < len(self.cues)]
        gap = min(gaps, default=10**9)
        return sum(1 for bound in _NEAR if gap >= bound)

    def add_features(
        self, lemma: str, cue: int, source: tuple[int, int] | None, content: tuple[int, int]
    ) -> list[str]:
        """Features of a verb candidate with its cue, source and content character spans."""
        inside = self.contents.contains(cue)
        shared = source is not None and self.sources.overlaps(*source)
        k = bisect.bisect_left(self.cues, content[0])
        holds = k < len(self.cues) and self.cues[k] < content[1]
        near = self._near(cue)
        return [
            f"x.inrc={inside}",
            f"x.rsrc={shared}",
            f"x.covl={self.contents.overlaps(*content)}",
            f"x.hasc={holds}",
            f"x.near={near}",
            f"x.l+inrc={lemma}|{inside}",
            f"x.l+rsrc={lemma}|{shared}",
            f"x.l+near={lemma}|{near}",
            self.density,
        ]

    def keep_features(self, lemma: str, att: Attribution) -> list[str]:
        """Features of a rule statement."""
        nested = att.cue is not None and self.contents.contains(att.cue.start)
        ev = att.source.evidence
        same = self.source_starts[ev.start] - 1 if ev is not None else 0
        return [
            f"x.nested={nested}",
            f"x.l+nested={lemma}|{nested}",
            f"x.same={min(same, 2)}",
            self.density,
        ]
