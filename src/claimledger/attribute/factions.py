"""Sources tied to an armed faction: "a Telegram channel close to the militia", "a
rebel-aligned channel", "a pro-militia account" speak for it (``partisan``). Split from
``sources`` (module size)."""

from __future__ import annotations

import re

__all__ = ["tied_to_faction"]

# A channel or outlet tied to an armed faction speaks for it: ``partisan``.
_AFFILIATED = re.compile(
    r"\b(?:close to|affiliated (?:with|to)|linked to|run by|loyal to|aligned with|allied (?:with|to)"
    r"|sympathetic to|supportive of|backed by)\s+"
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:militias?|group|faction|movement|rebels?|insurgents?"
    r"|brigades?|front)\b"
    # "a rebel-aligned channel", "an insurgent-affiliated page", "a pro-militia account"
    # "a pro-army channel" speaks for the army as a pro-militia one for the militia (not
    # "pro-government": docs/claims-gold.md)
    r"|\b(?:pro-(?:militias?|rebels?|insurgents?|insurgency|jihadists?|army|military)"
    r"|(?:militias?|rebels?|insurgents?|insurgency|jihadists?|army|military)-"
    r"(?:aligned|affiliated|linked|allied|leaning|friendly))\b"
)


def tied_to_faction(text: str) -> bool:
    """Whether a phrase ties a source to an armed faction ("a channel close to the militia",
    "a rebel-aligned page"): such a source is ``partisan``."""
    return _AFFILIATED.search(text.lower()) is not None
