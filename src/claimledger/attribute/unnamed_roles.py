"""An unnamed source that holds a typed role or sits in a typed body keeps that type.

``docs/claims-gold.md``: "an unnamed fire-brigade officer" is ``official`` (fourth batch) and a
typed source takes its type ("an army source" ``military``, "a source in the local
administration" ``official``), while a bare "a security source", "local sources", "an
official" stay ``anonymous``. The word "unnamed" in the name does not undo the role the name
gives. Anonymity said in a clause ("A police officer, who spoke on condition of anonymity,")
still makes the source ``anonymous`` (``resolve``): the claims golds annotate such officials
by their role, the test gold (``tests/fixtures/gold``) as anonymous; left to a decision.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_UNNAMED = re.compile(r"\b(?:unnamed|unidentified)\s+", re.I)
# What a name says of the source after its head: "a UN official speaking on condition of ..."
_SAID_OF = re.compile(r",|\s(?:who|speaking|talking|writing)\b", re.I)
# The heads of a role one person holds for a body.
_ROLE_HEADS = frozenset(
    "official officials officer officers spokesman spokeswoman spokesperson director".split()  # noqa: SIM905
)
_TYPED = frozenset({"official", "military", "medical", "ngo"})
# Where a source sits when it is a body, not a place: "in the local administration".
_PLACES = frozenset(
    "city town village area region province district country ground camp street".split()  # noqa: SIM905
)


def role_kind(name: str, kind_of: Callable[[str], str], anonymous: re.Pattern[str]) -> str | None:
    """The kind of the role an unnamed source holds ("an unnamed fire-brigade officer":
    ``official``), None when the name is not called unnamed or names no role beyond it
    ("an unnamed official", "unnamed sources")."""
    if _UNNAMED.search(name) is None:
        return None
    bare = _SAID_OF.split(" ".join(_UNNAMED.sub("", name).replace("-", " ").split()))[0]
    words = re.findall(r"[a-z]+", bare.lower())
    if len(words) < 3 or words[-1] not in _ROLE_HEADS or anonymous.search(bare.lower()):
        return None
    kind = kind_of(bare)
    return kind if kind in _TYPED else None


def body_place(place: str) -> bool:
    """Whether the place "a source in ..." names is a body ("the local administration"),
    not a town or an area ("the city", "the ground")."""
    words = re.findall(r"[a-z]+", place.lower())
    return bool(words) and words[-1] not in _PLACES
