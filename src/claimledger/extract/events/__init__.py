"""Event types: spaCy ``Doc`` or text -> ACLED event and sub-event types.

Two readings share one cue lexicon (``lexicon.py``, from
``data/event_types.json``, documented in ``docs/taxonomy.md``): ``mentions``
finds the words that name one event in running text, ``classify`` gives a
whole short text one type by the codebook's precedence (``rules.py``, over the
cue hits of ``reading.py``) and maps it onto the CASE 2021 labels.
"""

from claimledger.extract.events.classify import classify_case2021, classify_event
from claimledger.extract.events.lexicon import (
    case2021_label,
    event_type_of,
    old_event_type,
    taxonomy,
)
from claimledger.extract.events.mentions import EXTRACTOR, HYPOTHETICAL_CONFIDENCE, extract_events

__all__ = [
    "EXTRACTOR",
    "HYPOTHETICAL_CONFIDENCE",
    "case2021_label",
    "classify_case2021",
    "classify_event",
    "event_type_of",
    "extract_events",
    "old_event_type",
    "taxonomy",
]
