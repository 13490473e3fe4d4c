"""Stage 1, read: files, HTML, JSONL and standard input -> ``RawDocument``.

Problems are yielded as :class:`~claimledger.errors.ReadError` values, never
raised, so one bad file or line never stops the others.
"""

from claimledger.read.documents import (
    decode_bytes,
    make_doc_id,
    make_raw_document,
    read_html,
    read_jsonl_lines,
    read_paths,
)

__all__ = [
    "decode_bytes",
    "make_doc_id",
    "make_raw_document",
    "read_html",
    "read_jsonl_lines",
    "read_paths",
]
