"""Sources tied to an armed faction: "a Telegram channel close to the militia", "a
rebel-aligned channel", "a pro-militia account" speak for it (``partisan``). Split from
``sources`` (module size)."""

from __future__ import annotations

import re

__all__ = ["named_for_the_people", "tied_to_faction"]

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


# A force named for liberation or for the people ("the X Liberation Army", "the Y Popular
# Defence Units", "the People's Army of Z") is a faction's, not a state's (as a release
# header reads it: ``releases._LIBERATION``); "Revolutionary Guards" are a state's.
_FOR_THE_PEOPLE = re.compile(
    r"\b(?:liberation|popular|people'?s|peoples')\s+(?:[a-z-]+\s+){0,2}?(?:army|armies|forces"
    r"|units|brigades?|guards?|militias?|mobili[sz]ation|battalions?|corps|front)\b"
)


def named_for_the_people(text: str) -> bool:
    """Whether a force's name says it fights for liberation or the people (``partisan``)."""
    return _FOR_THE_PEOPLE.search(text.lower()) is not None
