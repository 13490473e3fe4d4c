"""Number expressions: ``str`` -> ``(low, high, qualifier)``.

Pure string parsing used by ``extract/numbers/`` (no spaCy here). A number
expression is a count in digits or words, optionally with a qualifier before it
("at least 20") or written as a range ("10 to 15"). The conventions, UCDP-style:

==========================================  =====  =====  ===========
expression                                  low    high   qualifier
==========================================  =====  =====  ===========
"25", "twenty-five", "1,200", "two dozen"   N      N      exact
"10 to 15", "10-15", "between 10 and 15"    10     15     exact (an explicit range: low < high)
"at least N", "no fewer than N",
"a minimum of N", "not less than N"         N      None   at_least
"more than N", "over N", "upwards of N"     N      None   more_than (low is the number stated,
                                                          the qualifier says it is exceeded)
"up to N", "as many as N", "at most N"      None   N      up_to (a ceiling: the low end is open)
"fewer than N", "less than N", "under N"    None   N-1    up_to
"about N", "around N", "nearly N",
"almost N", "approximately N", "some N",
"roughly N", "an estimated N", "a dozen"    N      N      about
==========================================  =====  =====  ===========

Vague quantities follow ACLED's coding conventions where ACLED has one
("dozens" = 12, "hundreds" = 100) and the smallest plural reading otherwise;
they all carry the qualifier ``vague``:

==========================================  =====  =====
word                                        low    high
==========================================  =====  =====
"a couple (of)"                             2      2
"a few", "a handful (of)"                   3      3
"a number of", "an unknown number of"       2      None   (a plural without a count)
"several", "many", "numerous", "multiple"   3      None   (ACLED would code 10 fatalities;
                                                          we keep the honest floor, low=3)
"tens"                                      10     None
"dozens"                                    12     None
"scores"                                    20     None
"hundreds"                                  100    None
"thousands"                                 1000   None
==========================================  =====  =====

"no", "none", "nobody", "no one", "zero" parse to ``(0, 0, "exact")``; the
extractor marks such figures ``negated``.

Plausibility bound: no count of people is read past :data:`PLAUSIBLE_MAX` (10
million; the deadliest wars' tolls are below it, and SQLite's integers end at
2^63). A larger figure ("3,000,000,000,000,000,000 killed", 9223372036854775807,
a 5,000-digit number) is kept as ``(PLAUSIBLE_MAX, None, "more_than")`` -- true
of what the text says, never a value the store cannot hold -- and logged as a
warning; digit strings are never converted whole (Python refuses to parse more
than 4,300 digits).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from text_to_num import text2num

# Number words under twenty and the tens, in order (index = value for the first;
# 20 + 10 * index for the second): the one table other modules build patterns from.
SMALL_NUMBERS: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
TENS: tuple[str, ...] = (
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)  # fmt: skip
# Value of each of those words: the one word -> number table of the project.
WORD_VALUES: dict[str, int] = {w: n for n, w in enumerate(SMALL_NUMBERS)} | {
    w: 20 + 10 * n for n, w in enumerate(TENS)
}
# A single word that may be a count: digits or letters ("11", "fifteen").
COUNT_WORD = re.compile(r"\d+|[^\W\d_]+")


def count_word_value(word: str) -> int | None:
    """The number one count word names ("11", "fifteen"; not "a", not "dozen"): digits,
    or the word in ``WORD_VALUES``."""
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    return int(word) if word.isdecimal() else WORD_VALUES.get(word.casefold())


# Word numbers text2num reads; "a"/"an" are rewritten to "one" before it sees them.
UNITS: frozenset[str] = frozenset(SMALL_NUMBERS + TENS + ("hundred", "thousand", "million"))

# Ordinal words and the place they name ("a third suspect", "the fourth was arrested").
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth"
ORDINAL_VALUES: dict[str, int] = {w: k for k, w in enumerate(_ORDINAL_WORDS.split(), start=1)}

# Words that scale the number before them ("two dozen" = 24); text2num does not know "dozen".
DOZEN = frozenset({"dozen"})

# (low, high) of vague quantity words; see the module docstring.
VAGUE: dict[str, tuple[int, int | None]] = {
    "a couple of": (2, 2),
    "a couple": (2, 2),
    "couple of": (2, 2),
    "a few": (3, 3),
    "a handful of": (3, 3),
    "a handful": (3, 3),
    # A plural without a count: at least two (Airwars codes "an unknown number of
    # civilians killed" as 2 at least).
    "a number": (2, None),
    "an unknown number": (2, None),
    "an unspecified number": (2, None),
    "an undetermined number": (2, None),
    "several": (3, None),
    "many": (3, None),
    "numerous": (3, None),
    "multiple": (3, None),
    "tens": (10, None),
    "dozens": (12, None),
    "scores": (20, None),
    "hundreds": (100, None),
    "thousands": (1000, None),
    "tens of thousands": (10000, None),
    "hundreds of thousands": (100000, None),
}
ZERO_WORDS = frozenset(
    {"no", "none", "nobody", "no one", "no-one", "zero", "not one", "not a single"}
)

# Qualifier prefixes, longest first so "no fewer than" wins over "fewer than".
PREFIXES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            "at least": "at_least",
            "no fewer than": "at_least",
            "no less than": "at_least",
            "not less than": "at_least",
            "a minimum of": "at_least",
            "at a minimum": "at_least",
            "more than": "more_than",
            "over": "more_than",
            "upwards of": "more_than",
            "upward of": "more_than",
            "in excess of": "more_than",
            "up to": "up_to",
            "no more than": "up_to",
            "not more than": "up_to",
            "as many as": "up_to",
            "at most": "up_to",
            "a maximum of": "up_to",
            "fewer than": "less_than",
            "less than": "less_than",
            "under": "less_than",
            "about": "about",
            "around": "about",
            "nearly": "about",
            "almost": "about",
            "approximately": "about",
            "approx.": "about",
            "some": "about",
            "roughly": "about",
            "an estimated": "about",
            "estimated": "about",
            "close to": "about",
            "nearly all": "about",
            "a total of": "exact",
            "a further": "exact",
            "another": "exact",
            "an additional": "exact",
            "exactly": "exact",
            "just": "exact",
            "only": "exact",
        }.items(),
        key=lambda kv: -len(kv[0]),
    )
)
PREFIX_WORDS: frozenset[str] = frozenset(w for p, _ in PREFIXES for w in p.split())

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_RANGE_DIGITS = re.compile(r"^(\d[\d,]*)\s*(?:-|–|—|to|or)\s*(\d[\d,]*)$")
_RANGE_WORDS = re.compile(r"^(?:between\s+)?(.+?)\s+(?:to|and|or|-|–)\s+(.+)$")
_SPACES = re.compile(r"\s+")

# The largest count of people read as stated (see the module docstring).
PLAUSIBLE_MAX = 10_000_000
# Digit strings longer than this are past the bound without converting them.
_MAX_DIGITS = len(str(PLAUSIBLE_MAX))
_LOG = logging.getLogger(__name__)


def _norm(text: str) -> str:
    """Lowercase, unify dashes and spaces."""
    text = text.lower().replace("–", "-").replace("—", "-").replace("\u00a0", " ")
    text = re.sub(r"\s*-\s*", "-", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """Parse one count ("25", "1,200", "twenty-five", "a hundred and twelve", "two dozen")."""
    t = _norm(text)
    if not t:
        return None
    if _DIGITS.match(t):
        digits = t.replace(",", "").lstrip("0") or "0"
        return int(digits) if len(digits) <= _MAX_DIGITS else PLAUSIBLE_MAX + 1
    if t in ("a", "an", "one", "single", "a single", "lone", "a lone"):
        return 1
    if t in ZERO_WORDS:
        return 0
    if t in ("a dozen", "dozen"):
        return 12
    if t == "half a dozen":
        return 6
    words = t.replace("-", " ").split()
    if words and words[-1] in DOZEN and len(words) > 1:
        base = parse_number(" ".join(words[:-1]))
        return None if base is None else base * 12
    if words and words[0] in ("a", "an"):
        words[0] = "one"
    # "1.5 million", "2 million"
    if (
        len(words) == 2
        and words[1] in ("thousand", "million")
        and re.match(r"^\d{1,9}(\.\d{1,6})?$", words[0])
    ):
        return int(float(words[0]) * (1000 if words[1] == "thousand" else 1_000_000))
    if not words or any(w not in UNITS and w != "and" for w in words):
        return None
    try:
        return int(text2num(" ".join(words), "en"))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_quantity(text: str) -> tuple[int | None, int | None, str] | None:
    """Parse a number expression into ``(low, high, qualifier)``.

    Args:
        text: a number expression such as ``"at least 20"``, ``"10-15"``,
            ``"between 10 and 15"``, ``"two dozen"``, ``"dozens"``.

    Returns:
        ``(low, high, qualifier)`` with qualifier one of ``exact``, ``at_least``,
        ``up_to``, ``about``, ``more_than``, ``vague`` (see the module docstring
        for the table), or None when the text is not a number expression.
    """
    t = _norm(text)
    qual = "exact"
    for prefix, q in PREFIXES:
        if t.startswith(prefix + " "):
            t = t[len(prefix) + 1 :]
            qual = q
            break
    if not t:
        return None
    if t in VAGUE:
        if qual != "exact":
            return None if qual in ("less_than",) else _vague_with(VAGUE[t])
        low, high = VAGUE[t]
        return (low, high, "vague")
    value = parse_number(t)
    if value is None:
        rng = _parse_range(t)
        if rng is None:
            return None
        low_v, high_v = rng
        if qual == "exact" and high_v <= PLAUSIBLE_MAX:
            return (low_v, high_v, "exact")
        value = high_v if qual in ("up_to", "less_than") or high_v > PLAUSIBLE_MAX else low_v
    if value > PLAUSIBLE_MAX:
        _LOG.warning("implausible figure %.40r read as more than %d", text, PLAUSIBLE_MAX)
        return (PLAUSIBLE_MAX, None, "more_than")
    if qual == "exact":
        return (value, value, "exact")
    if qual in ("at_least", "more_than"):
        return (value, None, qual)
    if qual == "up_to":
        return (None, value, "up_to")
    if qual == "less_than":
        return (None, max(value - 1, 0), "up_to")
    return (value, value, "about")


def _vague_with(bounds: tuple[int, int | None]) -> tuple[int | None, int | None, str]:
    """A qualified vague word ("at least dozens") stays vague."""
    return (bounds[0], bounds[1], "vague")


def _parse_range(t: str) -> tuple[int, int] | None:
    """Parse "10-15", "10 to 15", "between 10 and 15", "two or three"."""
    m = _RANGE_DIGITS.match(t)
    if m:
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
    else:
        m = _RANGE_WORDS.match(t)
        if not m:
            # "four-five" after _norm glued the dash
            if t.count("-") == 1 and not t.startswith("-"):
                left, right = t.split("-")
                a, b = parse_number(left), parse_number(right)
                if a is not None and b is not None and a < b and a < 20:
                    return (a, b)
            return None
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
    if a is None or b is None or a >= b:
        return None
    return (a, b)
