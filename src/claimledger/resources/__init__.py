"""Resources the stages share: data tables, the gazetteer, number words, geodesy.

Nothing here reads a document: these are lookup tables and their loaders. The
curated tables live in ``resources/data/`` (their provenance and licences are
listed in the README); the bundled example texts in ``resources/examples/``.
"""

from __future__ import annotations

from importlib import resources as _resources

__all__ = ["data_text", "example_text"]


def data_text(name: str) -> str:
    """The text of the bundled data table ``resources/data/<name>`` (UTF-8)."""
    return _resources.files(__name__).joinpath("data", name).read_text(encoding="utf-8")


def example_text(name: str = "example.txt") -> str:
    """The text of a bundled example document ``resources/examples/<name>``."""
    return _resources.files(__name__).joinpath("examples", name).read_text(encoding="utf-8")
