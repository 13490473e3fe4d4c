"""Stage 1, read: files, HTML, JSONL, Parquet, WARC and standard input -> ``RawDocument``.

``paths`` walks the inputs and sniffs their kind, ``decode`` turns bytes into
normalised text, ``html``, ``jsonl`` (plain or gzip), ``parquet`` and ``warc``
read those formats (the last three streamed), ``meter`` counts the bytes read
for a progress bar, and ``documents`` builds the record. Problems are yielded as :class:`~claimledger.errors.ReadError`
values, never raised, so one bad file or line never stops the others.
"""

from claimledger.read.decode import decode_bytes
from claimledger.read.documents import make_doc_id, make_raw_document
from claimledger.read.html import read_html
from claimledger.read.jsonl import read_jsonl_lines
from claimledger.read.meter import ReadMeter
from claimledger.read.parquet import read_parquet
from claimledger.read.paths import read_paths
from claimledger.read.warc import read_warc

__all__ = [
    "ReadMeter",
    "decode_bytes",
    "make_doc_id",
    "make_raw_document",
    "read_html",
    "read_jsonl_lines",
    "read_parquet",
    "read_paths",
    "read_warc",
]
