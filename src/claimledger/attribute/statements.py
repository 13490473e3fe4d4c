"""A belligerent's own statement: its issuer speaks as the author.

A statement a force or a faction issues opens by naming itself in the present tense
("The Saraya al-Nour Brigades announce that ...", "The Northern Command reports that
...", "The General Staff informs that ..."), the way a release does under a header or a
dated dateline (``releases.issuer_as_author``). What it says is its own text, so its
claims are the author's (``docs/claims-gold.md``: in a press release the body's
statements are the author's); a spokesperson or another body it quotes keeps its kind.

A news story tells the same in the past tense or with "says" ("The army said ...",
"The militia says ..."), and a body that counts victims (a health ministry, a civil
defence) is no belligerent: neither makes a statement of this kind.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimledger.attribute.sources import counts_victims
from claimledger.records import Claim, Source

# The writer of the text as a source: the one constant every module of this stage gives.
AUTHOR = Source(name="author", kind="author")
# The first sentence: a capitalised body, a present-tense verb of announcing, "that" or ":".
_OWN_LEAD = re.compile(
    # after up to three short header lines ("MINISTRY OF INTERIOR", "Press release No. 41")
    r"^(?:[^\n.]{1,60}(?:No\.\s*\d+)?[^\n.]{0,20}\n){0,3}?\s*(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|al-\w+)){0,8})"
    r"\s+(?:hereby\s+)?(?:announces?|informs?|reports|confirms|declares|notifies|communicates)\b"
)
_BELLIGERENT = frozenset({"military", "official", "partisan"})


def norm_name(name: str) -> str:
    """A body's name as compared here: case-folded, spaces single, no leading "the"."""
    return re.sub(r"^the\s+", "", " ".join(name.casefold().split()))


def own_statement_as_author(
    text: str, claims: Sequence[tuple[int, Claim]]
) -> list[tuple[int, Claim]]:
    """``claims`` with the statement's issuer's claims given to the author (module doc)."""
    m = _OWN_LEAD.match(text[:300])
    if m is None or counts_victims(m["name"]):
        return list(claims)
    issuer = norm_name(m["name"])
    head = issuer.split()[-1]
    out: list[tuple[int, Claim]] = []
    for p, c in claims:
        name = norm_name(c.source.name)
        if c.source.kind in _BELLIGERENT and name in (issuer, head):
            c = dataclasses.replace(c, source=AUTHOR)
        out.append((p, c))
    return out
