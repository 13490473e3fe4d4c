"""A speaker whose relative clause makes them the victims' relative: ``family``.

"A man who said he was the victims' uncle told Radio X that ...", "a woman who lost her
son in the strike said ...", "a father whose two sons were killed told ...": the head noun
("man", "woman") reads as a ``witness``, but the clause says who speaks, a relative
(``docs/claims-gold.md``: relatives are ``family``). Input: an attribution, whose source's
evidence spans the whole noun phrase with its clause; output: the attribution with the
kind ``family`` when the clause says so, else unchanged.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from claimledger.attribute.sources import load_lexicon
from claimledger.records import Attribution

# Family words that name a relative of someone (not "family" itself: "a neighbour who knew
# the family" is no relative).
_NOT_KIN = frozenset({"family", "families", "kin"})


@lru_cache(maxsize=1)
def _relative_clause() -> re.Pattern[str]:
    """who said he was / who is / who identified herself as ... <kin>; who lost / buried /
    mourned his, her, their ... <kin>; whose <...> <kin>."""
    lex = load_lexicon()
    kin = sorted((w for w, k in lex.words.items() if k == "family" and w not in _NOT_KIN), key=len)
    kin_rx = "|".join(re.escape(w) for w in reversed(kin))
    said = r"(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:s?he|they)\s+(?:was|were|is|are)"
    named = r"(?:identified|described|introduced)\s+(?:him|her|them)sel(?:f|ves)\s+as"
    is_ = r"(?:is|was|are|were)"
    lost = r"(?:lost|buried|mourned|mourns)\s+(?:his|her|their)"
    return re.compile(
        rf"\bwho\s+(?:(?:{said}|{named}|{is_})\s+(?:[\w'’-]+\s+){{0,4}}?|{lost}\s+(?:\w+\s+){{0,2}}?)"
        rf"(?:{kin_rx})s?\b|\bwhose\s+(?:\w+\s+){{0,2}}?(?:{kin_rx})s?\b",
        re.I,
    )


def self_described(att: Attribution) -> Attribution:
    """``att`` with a relative's kind when its source's clause says the speaker is one
    (module doc); a source the lexicon already gave another speaker's kind keeps it."""
    ev = att.source.evidence
    if ev is None or att.source.kind not in ("witness", "social_media"):
        return att
    if _relative_clause().search(ev.text) is None:
        return att
    return dataclasses.replace(att, source=dataclasses.replace(att.source, kind="family"))
