"""Stage 1, read: files, HTML, JSONL and standard input -> ``RawDocument``.

``paths`` walks the inputs and sniffs their kind, ``decode`` turns bytes into
normalised text, ``html`` and ``jsonl`` read those formats, and ``documents``
builds the record. Problems are yielded as :class:`~claimledger.errors.ReadError`
values, never raised, so one bad file or line never stops the others.
"""

from claimledger.read.decode import decode_bytes
from claimledger.read.documents import make_doc_id, make_raw_document
from claimledger.read.html import read_html
from claimledger.read.jsonl import read_jsonl_lines
from claimledger.read.paths import read_paths

__all__ = [
    "decode_bytes",
    "make_doc_id",
    "make_raw_document",
    "read_html",
    "read_jsonl_lines",
    "read_paths",
]
