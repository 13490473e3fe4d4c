"""Headline words of a document, compared between two documents (the linker's ``title``).

Input: a stored document's title. Output: the set of its telling words, and the
cosine of two such sets.

Two reports of one shooting often share little of their texts: one is a
paywall or login page whose only words are its headline, or the two name no
person, street or town in common ("Vigil mourns 13-year-old girl killed in
Tuesday shooting" and "13-year-old charged in fatal shooting of 13-year-old
girl"). The name-like terms the text cosine reads (``link.content_terms``)
leave out the lower-case words of a headline; this reads them, less the words
every shooting headline uses ("shot", "killed", "police") and the outlet's name
after a separator ("... - WXYZ News 5"). The learned scorer reads the cosine as
a feature (``link_learned.FEATURES``), and a pair whose headlines agree this much
is not vetoed for sharing little text (``link_search.TITLE_LIFT``).
"""

from __future__ import annotations

import math
import re

from claimledger.corpus.link import _stop_words, words

# The outlet's name after the headline: "Man shot on Elm Street - WXYZ Channel 5".
_SEPARATOR = re.compile(r"\s(?:-|\||–|—|«|::)\s")
# Words of every shooting headline: they tell no two apart.
_GENERIC_WORDS = """
shooting shootings shot shots shoot shoots shooter shooters gunfire gunshot gunshots
gun guns gunman gunmen killed kill kills killing dead dies died die death deaths
deadly fatal fatally police cops officers officer man men woman women person people
injured injures injury injuries wounded wounds wound hurt say says said update
updated updates breaking news video photos photo watch live report reports year old
years investigate investigating investigation incident suspect suspects victim
victims identified identifies identify leaves left after
"""
GENERIC = frozenset(_GENERIC_WORDS.split())
MIN_WORDS = 3  # a title cut at a separator keeps at least this many words before it


def title_words(title: str | None) -> frozenset[str]:
    """The telling words of a headline: lower case, without stop words, generic
    shooting words and the outlet's name after a separator; numbers are kept
    ("3-year-old" gives "3")."""
    if not title:
        return frozenset()
    m = _SEPARATOR.search(title)
    if m is not None and len(words(title[: m.start()])) >= MIN_WORDS:
        title = title[: m.start()]
    stop = _stop_words()
    return frozenset(
        w
        for w in words(title)
        if w not in stop and w not in GENERIC and (len(w) > 2 or w.isdigit())
    )


def title_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """The cosine of two headlines' word sets (0 when either has none)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))
