"""Cues in the text about which places are the event's and which country it is in.

Input: the document text and its toponym spans. Output:

* :func:`implied_countries`: countries an armed group named in the text is
  bound to ("AQAP" is Yemen's al Qaeda branch, "al-Shabaab" Somalia's). They
  enter the joint resolution as if the text named the country (a text about
  AQAP that names "Shiban" means a Yemeni place, not Shiban in China), but
  are never output as places.
* :func:`background`: a place told as a person's past ("X spent five years
  at Guantanamo", "a former Bagram detainee", "who was born in Y") is no
  place of the event: it is kept with a low confidence and gives the other
  names no context.
* :func:`excluded`: "a rare strike outside Waziristan", "far from Kabul":
  the event is NOT in that area (for a town, "outside X" is near it and is a
  relation of :mod:`.relations`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.events.anchors import guarded, plain_lower

__all__ = ["background", "excluded", "implied_countries"]

# Armed groups bound to one country, as the press names them (written by us
# from the groups' own names; a group active in several countries is left out:
# the Taliban, Islamic State, al Qaeda, Wagner).
_GROUPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bAQAP\b|\bal[- ]Qa'?ida in the Arabian Peninsula\b", re.I), "Yemen"),
    (re.compile(r"\bHouthis?\b|\bHuthis?\b|\bAnsar Allah\b", re.I), "Yemen"),
    (re.compile(r"\b(?:al[- ])?Shabaa?b\b", re.I), "Somalia"),
    (re.compile(r"\bBoko Haram\b|\bISWAP\b", re.I), "Nigeria"),
    (
        re.compile(r"\bTehr[ie]e?k[- ]e?[- ]?(?:i[- ])?Taliban[- ]Pakistan\b|\bTTP\b", re.I),
        "Pakistan",
    ),
    (re.compile(r"\bHezbollah\b|\bHizbollah\b|\bHizballah\b", re.I), "Lebanon"),
    (re.compile(r"\bHay'?at Tahrir al[- ]Sham\b|\bHTS\b|\bJabhat al[- ]Nusra\b", re.I), "Syria"),
    (re.compile(r"\bFARC\b"), "Colombia"),
    (re.compile(r"\bTPLF\b|\bTigray People'?s Liberation Front\b", re.I), "Ethiopia"),
    (re.compile(r"\bRapid Support Forces\b"), "Sudan"),
    (re.compile(r"\bTatmadaw\b", re.I), "Myanmar"),
    (re.compile(r"\bISKP?\b|\bIslamic State[- ]Khorasan\b", re.I), "Afghanistan"),
)


def implied_countries(text: str) -> list[str]:
    """Names of the countries the armed groups named in ``text`` are bound to, in table order."""
    out: list[str] = []
    low = plain_lower(text)  # each regex runs only where one of its pieces is
    for pattern, country in _GROUPS:
        if country not in out and guarded(pattern).search(text, low):
            out.append(country)
    return out


# A person's past before the place, in the same sentence: "spent five years at",
# "was held at", "a former ... detainee" comes after the name (see _FORMER_AFTER).
_PAST_BEFORE = re.compile(
    r"\b(?:spent\s+(?:\w+\s+){0,3}(?:years?|months?|weeks?|time)\s+(?:at|in)"
    r"|(?:was|were|been)\s+(?:held|detained|imprisoned|jailed|incarcerated"
    r"|born|raised|educated|trained|released|freed|transferred|repatriated)\s+(?:at|in|from|to)"
    r"|(?:born|grew\s+up|studied)\s+(?:at|in)"
    r"|released\s+from|freed\s+from|repatriated\s+from|a\s+former|an\s+ex-)"
    r"(?:\s+(?:the|a|an))?(?:\s+(?:US|U\.S\.|American|prison|camp|jail|detention\s+(?:centre|center|facility)))?\s+$",
    re.IGNORECASE,
)
_FORMER_AFTER = re.compile(
    r"^\s*(?:detainee|prisoner|inmate|captive|returnee)s?\b"
    r"|^\s*(?:prison|jail|detention)\s+(?:camp\s+)?(?:detainee|inmate|prisoner)s?\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def background(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the spans told as a person's past, not as where the event was.

    "Ibrahim spent five years at Guantanamo", "a man who had been held at
    Bagram", "born in Bristol", "a former Guantanamo detainee".
    """
    out: set[int] = set()
    for i, (s, e) in enumerate(spans):
        before = text[max(0, s - 80) : s]
        cut = list(_SENTENCE_END.finditer(before))
        if cut:
            before = before[cut[-1].end() :]
        if _PAST_BEFORE.search(before) or _FORMER_AFTER.match(text, e, e + 40):
            out.add(i)
    return out


_EXCLUDED = re.compile(
    r"\b(?:outside(?:\s+of)?|beyond|(?<!\bnot )far\s+from|rather\s+than\s+in|not\s+in)"
    r"(?:\s+the)?\s+$",
    re.IGNORECASE,
)


def excluded(text: str, start: int) -> bool:
    """The words before ``start`` say the event is not there ("a strike outside Waziristan").

    The caller applies it to countries and admin areas only: "outside Kabul"
    (a town) is near Kabul.
    """
    return _EXCLUDED.search(text, max(0, start - 30), start) is not None
