"""Event types: spaCy ``Doc`` or text -> ACLED event and sub-event types."""

from claimledger.extract.events.classify import (
    case2021_label,
    classify_case2021,
    classify_event,
    event_type_of,
    extract_events,
    old_event_type,
    taxonomy,
)

__all__ = [
    "case2021_label",
    "classify_case2021",
    "classify_event",
    "event_type_of",
    "extract_events",
    "old_event_type",
    "taxonomy",
]
