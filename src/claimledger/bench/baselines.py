"""Floor baselines shared by bench tasks: what a few lines of regex already get.

Input: plain strings (texts) or label lists. Output: plain values (ints, labels),
the predictions a benchmark scores beside ours. They are deliberately naive: a
task reports them so that a score of ours reads as "this much above the floor".
No spaCy, no gazetteer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable
from functools import lru_cache
from typing import TypeVar

from claimledger.resources.numwords import SMALL_NUMBERS as _SMALL
from claimledger.resources.numwords import TENS as _TENS
from claimledger.resources.numwords import WORD_VALUES as _WORD_VALUES

T = TypeVar("T", bound=Hashable)

WORD_VALUES: dict[str, int] = dict(_WORD_VALUES)
WORD_VALUES.update({"a dozen": 12, "dozen": 12, "dozens": 12, "hundred": 100, "hundreds": 100})

# Casualty words per figure, matched as whole words.
CASUALTY_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed",
        "killing",
        "kills",
        "dead",
        "died",
        "deaths",
        "slain",
        "fatalities",
        "murdered",
        "lost their lives",
    ),
    "injured": ("injured", "injuring", "injuries", "wounded", "wounding", "hurt", "shot"),
}
# A count stands at most this many words before its casualty word
# ("6 people killed", "two suspected militants were killed").
WINDOW_WORDS = 4

_YEAR = re.compile(r"(?:19|20)\d\d")


# A count: digits ("1,200"), a number word, or hyphenated tens ("twenty-five") read as one;
# groups ``tens``/``unit`` or ``num`` (read by :func:`count_value`).
COUNT = (
    r"(?P<tens>"
    + "|".join(_TENS)
    + r")-(?P<unit>"
    + "|".join(_SMALL[1:10])
    + r")|(?P<num>\d{1,3}(?:,\d{3})+|\d+|"
    + "|".join(re.escape(w) for w in sorted(WORD_VALUES, key=len, reverse=True))
    + r")"
)


@lru_cache(maxsize=8)
def count_pattern(figure: str) -> re.Pattern[str]:
    """Number, up to WINDOW_WORDS words, casualty word; compiled once per figure."""
    cues = "|".join(re.escape(w) for w in CASUALTY_WORDS[figure])
    # Gap words are letters only, so "2 killed and 4 wounded" gives 4 injured, not 2.
    gap = r"(?:\s+[^\W\d_][\w'’-]*){0," + str(WINDOW_WORDS) + r"}?"
    return re.compile(r"\b(?:" + COUNT + r")\b" + gap + r"\s+(?:" + cues + r")\b", re.IGNORECASE)


def count_value(match: re.Match[str]) -> int | None:
    """The integer a :data:`COUNT` match stands for (None for a year)."""
    if match.group("tens"):
        return WORD_VALUES[match.group("tens").lower()] + WORD_VALUES[match.group("unit").lower()]
    raw = match.group("num").lower()
    if raw in WORD_VALUES:
        return WORD_VALUES[raw]
    if _YEAR.fullmatch(raw):
        return None  # "in 2009 killed" is a date, not a count
    return int(raw.replace(",", ""))


def first_count_before_casualty_word(text: str, figure: str = "killed") -> int | None:
    """The first count standing shortly before a casualty word, or None.

    The floor for casualty figures: "Two killed", "6 people were killed",
    "four wounded". Digits (``1,200``), number words up to ninety, hyphenated
    tens and "dozen(s)"/"hundred(s)" count; four-digit years are skipped.

    Args:
        text: the document text.
        figure: ``"killed"`` or ``"injured"`` (which casualty words count).

    Returns:
        The count, or None when no number precedes a casualty word.
    """
    for match in count_pattern(figure).finditer(text):
        value = count_value(match)
        if value is not None:
            return value
    return None


def majority_class(labels: Iterable[T]) -> T | None:
    """The most frequent label (the first seen wins a tie); None for no labels."""
    counts = Counter(labels)
    if not counts:
        return None
    return max(counts, key=lambda label: counts[label])  # max keeps the first of equals


def constant(value: T, n: int) -> list[T]:
    """``n`` copies of one prediction (the always-0, always-majority floors)."""
    return [value] * n
