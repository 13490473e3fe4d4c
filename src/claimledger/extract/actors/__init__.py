"""Actors: spaCy ``Doc`` -> ``list[ActorMention]``; a name -> its canonical form.

``mentions`` finds and resolves the actors of a document, ``roles`` reads
their roles from the parse, ``crowds`` names the crowds of protests and riots,
``names`` normalises actor names for comparison, and ``lexicon`` compiles the
alias lexicon they share (``data/actors.json``, see ``docs/taxonomy.md``).

The names below are imported on first use (PEP 562): ``mentions`` and ``roles``
import spaCy, and the exports read ``lexicon`` alone from a stored corpus.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimledger.extract.actors.mentions import EXTRACTOR, extract_actors
    from claimledger.extract.actors.names import normalize_actor
    from claimledger.extract.actors.roles import role_of

# name -> the module that defines it
_LAZY = {
    "EXTRACTOR": "mentions",
    "extract_actors": "mentions",
    "normalize_actor": "names",
    "role_of": "roles",
}

__all__ = ["EXTRACTOR", "extract_actors", "normalize_actor", "role_of"]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
