"""Casualty figures: spaCy ``Doc`` -> ``FigureMention`` (see ``figures`` for the rules)."""

from claimledger.extract.numbers.figures import extract_figures

__all__ = ["extract_figures"]
