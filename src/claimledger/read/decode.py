"""Bytes -> text: encoding detection, binary sniffing, newline and Unicode normalisation.

Text is decoded from bytes (BOM, strict UTF-8, then ``charset_normalizer``),
its newlines are normalised to ``"\\n"`` and it is put in Unicode NFC, so the
character offsets of every later ``Evidence`` refer to this normalised text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from claimledger.errors import ReadError

__all__ = ["decode_bytes", "normalise", "too_large"]

# Binary sniffing looks at the head only: enough to catch images, archives and
# office files, cheap for multi-megabyte texts.
SNIFF_BYTES = 8192
# Share of C0 control bytes (other than whitespace) above which bytes are not text;
# real text has almost none, compressed or executable data has ~10% or more.
CONTROL_SHARE_LIMIT = 0.10
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")

# BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NEWLINES = re.compile(r"\r\n?")


def normalise(text: str) -> str:
    """Newlines to "\\n", a leading BOM dropped, Unicode NFC."""
    text = _NEWLINES.sub("\n", text)
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text)


def _looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters in the first bytes."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    return controls / len(head) > CONTROL_SHARE_LIMIT


def decode_bytes(data: bytes, where: str | None = None) -> str:
    """Decode bytes to normalised text.

    Order: a BOM (UTF-8/16/32) decides; else strict UTF-8; else the best guess of
    ``charset_normalizer``. Bytes that look binary (NUL bytes or many control
    characters in the first 8 KB, checked after the BOM so UTF-16 passes) are refused.

    Args:
        data: the raw bytes.
        where: the path (or ``"<stdin>"``) named in errors.

    Returns:
        The text with "\\n" newlines, in NFC.

    Raises:
        ReadError: "binary file, not text", or the encoding cannot be detected.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalise(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise ReadError(f"not valid {encoding} despite its byte-order mark", where) from exc
    if _looks_binary(data[:SNIFF_BYTES]):
        raise ReadError("binary file, not text", where)
    try:
        return normalise(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported here: costs ~50 ms, rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("could not detect the text encoding", where)
    return normalise(str(best))


def _size_label(n: int) -> str:
    """A byte count in MB (or KB, bytes when small) for messages."""
    if n >= 100_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.1f} KB"
    return f"{n} bytes"


def too_large(what: str, size: int, limit: int) -> str:
    """The message for an input over the --max-bytes limit."""
    return (
        f"{what} is {_size_label(size)}, larger than the {_size_label(limit)} limit (--max-bytes)"
    )
