"""A release's own people acting are the issuer: "Crew members recovered the bodies of four
fishermen", "Detectives have arrested a man", "operatives stormed a hideout" in a coast
guard's, a police force's or a command's own release are the body's acts, told by it
(``docs/claims-gold.md``: in a press release the body's unattributed statements are the
author's). A news story's "rescue teams recovered 12 bodies" stays the teams' (this is
read only for a text ``releases`` reads as a release).

Who counts as the body's people, by the name alone: one or two words, no proper name, a
plural head noun of people (or a crew, staff, personnel) that the lexicon gives no kind
other than an authority's ("Residents", "Teachers", "Militants", "Medics" keep theirs;
"sources", "officials", "reports" are no people of the issuer), and a modifier, if any,
of an authority or naming a body's people ("Police officers", "Crew members", "Army units").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimledger.attribute.heads import DOCUMENT_NOUNS
from claimledger.attribute.sources import load_lexicon
from claimledger.attribute.statements import AUTHOR
from claimledger.records import Claim

__all__ = ["own_people", "own_people_as_author"]

_AUTHORITY = frozenset({"official", "military"})
_COLLECTIVE = frozenset({"crew", "crews", "staff", "personnel"})
_OWN = re.compile(r"^(?:[Tt]he|[Oo]ur|[Ii]ts)\s+")


def own_people(name: str) -> bool:
    """Whether a source name is a body's own people by its form (module doc)."""
    lex = load_lexicon()
    words = _OWN.sub("", " ".join(name.split())).split()
    if not 1 <= len(words) <= 2 or not all(w.isalpha() and w[1:].islower() for w in words):
        return False
    if any(w[0].isupper() for w in words[1:]):
        return False
    low = [w.lower() for w in words]
    head, mods = low[-1], low[:-1]
    if head in DOCUMENT_NOUNS or head[:-1] in DOCUMENT_NOUNS or head == "news":
        return False
    if not (head.endswith("s") or head in _COLLECTIVE):
        return False
    if head not in _COLLECTIVE and lex.roles.get(head, "partisan") not in ("partisan", "military"):
        return False  # "sources", "officials"
    kind = lex.words.get(head) or lex.words.get(head[:-1])
    if kind is not None and kind not in _AUTHORITY:
        return False  # "Residents", "Teachers", "Militants", "Medics"
    return all(
        lex.heads.get(w) == "of" or (lex.words.get(w) or lex.modifiers.get(w)) in _AUTHORITY
        for w in mods
    )


def own_people_as_author(claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """A release's ``claims`` with its own people's given to the author."""
    return [
        (p, dataclasses.replace(c, source=AUTHOR))
        if c.source.kind != "author" and own_people(c.source.name)
        else (p, c)
        for p, c in claims
    ]
