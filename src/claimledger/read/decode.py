"""Bytes -> text: encoding detection, binary sniffing, newline and Unicode normalisation.

Text is decoded from bytes (BOM, strict UTF-8, Western European windows-1252
when the text reads as such, then ``charset_normalizer``),
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

# Letters of the Western European languages (Spanish, French, German, Portuguese,
# Italian, Catalan, Dutch, the Scandinavian ones) that windows-1252 encodes. Not
# š/ž (Czech, Slovak, Croatian in windows-1250), ð/þ/ý (Turkish in windows-1254,
# Icelandic): their bytes are those languages' ş, ı, ğ, ť... read in the wrong table.
_WESTERN_LETTERS = frozenset("áàâäãåæçéèêëíìîïñóòôöõøœúùûüÿß" + "ÁÀÂÄÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÚÙÛÜŸ")
# windows-1252 punctuation and symbols of such texts; ¡ and ¿ only where a word starts.
_WESTERN_MARKS = frozenset("\u00a0’‘‚“”„–—…•€«»°·©®™§¶†‡‰ªº²¹³¼½¾±×£¥¢")
_OPENERS = frozenset("¡¿")
# Portuguese õ is followed by e (ões, põe); elsewhere it is Hungarian ő in windows-1250.
_O_TILDE = frozenset("õÕ")
# Beyond this share of non-ASCII letters a text is not Western European (Cyrillic,
# Greek, Hebrew... read as windows-1252 are almost all accented Latin letters).
_WESTERN_ACCENT_SHARE = 0.3
_MIN_LETTERS_FOR_SHARE = 20
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")


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


def _reads_western(text: str) -> bool:
    """True when every non-ASCII character is a Western European letter or mark in place.

    Rejected: any other non-ASCII character; three accented letters in a row (a
    Cyrillic or Greek word read as windows-1252); ¡/¿ after a letter (Polish ż);
    õ not followed by e; more than 30% accented letters in a text of 20+ letters.
    """
    accented = 0
    last = -2  # where the current run of accented letters ends
    run = 0
    for m in _NON_ASCII.finditer(text):
        ch, i = m.group(), m.start()
        prev = text[i - 1 : i]
        if ch in _WESTERN_LETTERS:
            if ch in _O_TILDE and text[i + 1 : i + 2] not in ("e", "E"):
                return False
            run = run + 1 if last == i - 1 else 1
            last = i
            accented += 1
            if run >= 3:
                return False
        elif not (ch in _WESTERN_MARKS or (ch in _OPENERS and not prev.isalpha())):
            return False
    letters = accented + len(_ASCII_LETTERS.findall(text))
    return letters < _MIN_LETTERS_FOR_SHARE or accented <= _WESTERN_ACCENT_SHARE * letters


def _windows_1252(data: bytes) -> str | None:
    """The bytes as windows-1252 (Latin-1's superset) when they read as Western European.

    Statistical detection misreads short Spanish, French or Portuguese texts as
    Central European or Hebrew ("Señor" as "Seńor"); this check comes first.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined
        return None
    return text if _reads_western(text) else None


def decode_bytes(data: bytes, where: str | None = None) -> str:
    """Decode bytes to normalised text.

    Order: a BOM (UTF-8/16/32) decides; else strict UTF-8; else windows-1252 when
    the text reads as a Western European language (``_reads_western``); else the
    best guess of ``charset_normalizer``. Bytes that look binary (NUL bytes or many control
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
    western = _windows_1252(data)
    if western is not None:
        return normalise(western)
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
