"""The attacker's own death told after the toll of his killing (``estimates`` reads it).

"A man opened fire on customers in a bar, killing three before he was shot dead by
officers": the toll the number reader counts is the attacker's victims (three); his own
death, told in the same sentence with no count, is one more dead, of the armed side
(``estimates.SIDES``), as UCDP GED's best counts the deaths of both sides. So is a
killer's death by his own hand ("before turning the gun on himself"). A later sentence
that tells it again ("The gunman was pronounced dead at the scene") is the same death:
within the armed side the highest figure stands, so it is not counted twice (issue 15,
helper R, twenty-third session).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimledger.records import Claim
from claimledger.resources.numwords import COUNT_WORD, ORDINAL_VALUES, count_word_value

__all__ = ["KILLER_DIED", "killer_died", "own_counts"]

_HIM = r"(?:him|her)"
_SELF = r"(?:himself|herself)"
# Who shot him: "officers", "police", "responding officers", "a security guard".
_SHOOTERS = (
    r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:police|officers?|policemen|troops|soldiers|guards?|gendarmes|security\s+forces)"
)
_DEAD = (
    r"(?:(?:fatally\s+)?shot(?:\s+dead|\s+and\s+killed)|fatally\s+shot|killed|gunned\s+down"
    r"|neutrali[sz]ed)"
)
KILLER_DIED = re.compile(
    # "..., killing three before he was shot dead by officers", "before being killed"
    rf"\bbefore\s+(?:(?:he|she)\s+(?:was|himself\s+was|was\s+himself)\s+|being\s+){_DEAD}\b"
    # "... before officers shot him dead"
    rf"|\bbefore\s+{_SHOOTERS}\s+(?:shot\s+{_HIM}\s+dead|shot\s+and\s+killed\s+{_HIM}"
    rf"|killed\s+{_HIM}|gunned\s+{_HIM}\s+down|neutrali[sz]ed\s+{_HIM})\b"
    # "... before turning the gun on himself", "before killing himself"
    rf"|\bbefore\s+(?:turning\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol|knife)\s+on\s+{_SELF}"
    rf"|killing\s+{_SELF}|taking\s+(?:his|her)\s+own\s+life|blowing\s+{_SELF}\s+up)\b",
    re.IGNORECASE,
)


def killer_died(claim: Claim) -> bool:
    """Whether a killed count's sentence tells, after the count, its killer's own death
    ("killing three before he was shot dead by officers")."""
    if claim.figure != "killed" or not claim.low:
        return False
    at = claim.statement.find(claim.evidence.text)
    return at >= 0 and bool(KILLER_DIED.search(claim.statement, at + len(claim.evidence.text)))


# A count said to be more than those before ("four more suspects were detained"): the number
# reader adds those before it in its paragraph (``numbers.totals.add_further``); those may
# lie in an operation of their own.
_LISTED = re.compile(r",|\b(?:and|with|plus|together|along)\b", re.I)
_MORE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:more|other|others|further|additional)\b", re.I)


def own_counts(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """One operation's claims, a detainee count "more" than those before it counted alone
    when no detainees come before it in the operation: "The same day, in Zalin, a patrol
    arrested a man ... On 4 January, four more suspects were detained in Balmir" is 4 in
    its own operation, not the 5 the paragraph's sum reads (an "N more" sum does not cross
    an operation's split)."""
    first = min(
        (c.evidence.start for c in claims if c.figure == "arrested" and c.low), default=None
    )
    return tuple(_counted_alone(c) if c.evidence.start == first else c for c in claims)


# "another two", "a further three" ("arrested four ... and another two on Monday").
_ANOTHER = re.compile(r"\b(?:another|a\s+further)\s+$", re.I)
# An ordinal that opens a detainee's phrase ("A third suspect surrendered"): the number
# reader counts those before it in the paragraph (``numbers.totals``); alone, it is one.
_ORDINAL = re.compile(
    r"(?:(?:an?|the)\s+)?(?:" + "|".join(w for w, k in ORDINAL_VALUES.items() if k >= 2) + r")\b",
    re.I,
)
# A possessor's companions ("His two accomplices were arrested later"): alone, their own count.
_COMPANIONS = re.compile(r"\s+(?:accomplices|associates|companions|bodyguards|aides)\b", re.I)


def _counted_alone(c: Claim) -> Claim:
    """A detainee count "N more" read as its own N ("four more suspects were detained" 4,
    "arrested two more" 2); an ordinal's as one ("A third suspect surrendered ... two days
    later"); a possessor's companions as their own count."""
    if c.low is None or c.high != c.low:
        return c
    if c.low > 1 and _ORDINAL.match(c.evidence.text):
        return replace(c, low=1, high=1)
    at = max(0, c.statement.find(c.evidence.text))
    window = c.statement[at : at + len(c.evidence.text) + 30]
    for m in COUNT_WORD.finditer(window):
        told = count_word_value(m.group(0))
        if told is not None:
            # (not a part listed with others: "a facilitator and one other suspect" is 2)
            listed = _LISTED.search(window, 0, m.start())
            more = (
                (
                    _MORE.match(window, m.end())
                    or _COMPANIONS.match(window, m.end())
                    or _ANOTHER.search(window, 0, m.start())
                )
                and 0 < told < c.low
                and not listed
            )
            return replace(c, low=told, high=told) if more else c
    return c
