"""Bodies that count victims rather than run operations (split from ``sources``, module
size; ``sources.counts_victims`` re-exports it)."""

from __future__ import annotations

import re

# A body that counts victims rather than running operations (a health ministry or
# office, a civil defence, rescuers, a governor, a mayor, local officials): a dated
# dateline over its statement is a news story's ("KARVEL, Tiran (Mar. 4, 2025) - Twelve
# people were killed ..., the health ministry said"), not its release.
_VICTIM_COUNTER = re.compile(
    r"\b(?:health|medical|hospitals?|civil\s+defen[cs]e|emergency|rescue\w*|ambulance"
    r"|governor(?:ate)?|mayor|municipality|municipal|local\s+(?:officials|authorities)"
    r"|officials|red\s+(?:crescent|cross)|coroner|morgue|paramedics|medics)\b",
    re.I,
)


def counts_victims(name: str) -> bool:
    """Whether a source's name is a body that counts victims (``_VICTIM_COUNTER``)."""
    return _VICTIM_COUNTER.search(name) is not None
