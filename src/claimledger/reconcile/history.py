"""Which figures a sentence that recalls the past tells of today.

A sentence holding a date years before the document's (``incidents._historical_sentences``)
recalls history, and its figures are left out of the incidents. When the same sentence also
dates something near the document's date ("Officers detained three suspects on Friday over
the 2019 bombing of the bus station that killed nine"), each figure belongs to the date
written nearest to it: the three detained are Friday's (today's), the nine killed 2019's.

Input: a claim, the document's resolved dates, its stated date, the sentence index of an
evidence span, the historical sentences. Output: whether the claim is history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimledger.records import Claim, DateMention, Evidence

__all__ = ["HISTORICAL_YEARS", "historical_claim"]

# A sentence dated this many years or more before the document recalls history (an
# anniversary, a past war), not the incident being reported.
HISTORICAL_YEARS = 2


def historical_claim(
    claim: Claim,
    dates: Sequence[DateMention],
    stated_date: str | None,
    sent_of: Callable[[Evidence | None], int],
    past: set[int],
) -> bool:
    """Whether a claim's sentence recalls history and no recent date is nearer its figure
    than every old one."""
    k = sent_of(claim.evidence)
    if k not in past:
        return False
    if not stated_date:
        return True
    limit = int(stated_date[:4]) - HISTORICAL_YEARS
    own = [d for d in dates if d.value and sent_of(d.evidence) == k]
    if not own or all(int(d.value[:4]) <= limit for d in own):
        return True
    ev = claim.evidence
    nearest = min(own, key=lambda d: _gap(d.evidence, ev))
    return int(nearest.value[:4]) <= limit


def _gap(a: Evidence, b: Evidence) -> int:
    """Characters between two spans (0 when they overlap)."""
    return max(a.start - b.end, b.start - a.end, 0)
