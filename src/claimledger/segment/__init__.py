"""Stage "segment": spaCy ``Doc`` -> ``Segment`` records (headline, reporting, quote, opinion)."""

from claimledger.segment.segments import segment_document

__all__ = ["segment_document"]
