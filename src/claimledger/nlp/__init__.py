"""spaCy loading. spaCy objects stay inside ``nlp/`` and ``extract/``."""

from claimledger.nlp.load import load_nlp

__all__ = ["load_nlp"]
