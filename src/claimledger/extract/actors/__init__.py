"""Actors: spaCy ``Doc`` -> ``list[ActorMention]``; a name -> its canonical form.

``mentions`` finds and resolves the actors of a document, ``roles`` reads
their roles from the parse, ``crowds`` names the crowds of protests and riots,
``names`` normalises actor names for comparison, and ``lexicon`` compiles the
alias lexicon they share (``data/actors.json``, see ``docs/taxonomy.md``).
"""

from claimledger.extract.actors.mentions import EXTRACTOR, extract_actors
from claimledger.extract.actors.names import normalize_actor
from claimledger.extract.actors.roles import role_of

__all__ = ["EXTRACTOR", "extract_actors", "normalize_actor", "role_of"]
