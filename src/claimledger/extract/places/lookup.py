"""Index lookups the span readers share: a name's ranked entries (remembered) and names
that are written like places but are sources or origins."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from claimledger.resources.demonyms import demonym_words
from claimledger.resources.gazetteer.index import Candidate, Gazetteer

__all__ = ["named_otherwise", "rank", "sizeable"]

# ``Gazetteer.rank`` of a name without context, per gazetteer (a loaded gazetteer never
# changes): the same names come back in document after document. Read, never changed.
_RANKED: WeakKeyDictionary[Gazetteer, dict[str, list[Candidate]]] = WeakKeyDictionary()
_RANKED_MAX = 8192
# A name read outside NER's places (a capitalised run, the place naming an institution) is
# noisier: keep only places big enough to be meant.
MIN_SCAN_POPULATION = 30_000


def rank(gaz: Gazetteer, name: str) -> list[Candidate]:
    """``gaz.rank(name)``, remembered (the caller only reads the list)."""
    known = _RANKED.setdefault(gaz, {})
    found = known.get(name)
    if found is None:
        if len(known) >= _RANKED_MAX:
            known.clear()
        found = known[name] = gaz.rank(name)
    return found


# News agencies and broadcasters whose names are also towns somewhere (Xinhua, China).
_NEWS_AGENCIES = frozenset(
    ["xinhua", "reuters", "afp", "ap", "cnn", "bbc", "al jazeera", "al arabiya", "anadolu"]
    + ["irna", "tass", "ria novosti", "dpa", "efe", "ansa", "upi", "kyodo", "yonhap"]
)
_DEMONYM_HYPHEN = re.compile(
    r"\b(?:" + "|".join(sorted(demonym_words(), key=len, reverse=True)) + r")-$"
)


def named_otherwise(text: str, bounds: tuple[int, int]) -> bool:
    """A news agency ("Xinhua reported", "(Reuters)": a source), or a name after a
    demonym and a hyphen ("a German-Turk": a person's origins): not a place."""
    start = bounds[0]
    if text[start : bounds[1]].casefold() in _NEWS_AGENCIES:
        return True
    if start == 0 or text[start - 1] != "-":
        return False
    return bool(_DEMONYM_HYPHEN.search(text[max(0, start - 40) : start]))


def sizeable(best: Candidate) -> bool:
    """An area, or a town of :data:`MIN_SCAN_POPULATION` or more (a name's best entry)."""
    return best.level != 0 or best.place.population >= MIN_SCAN_POPULATION
