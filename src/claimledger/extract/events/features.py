"""Text -> hashed n-gram features for the learned event classifier (``model.py``).

Two steps, shared by training (``claimledger.train.events``) and prediction so
that both see the same text:

* :func:`clean_note` removes what only an ACLED note carries and news never
  does: the crowd-size tag ``[size=...]``, any other bracketed coder remark,
  a leading ``Tag:`` (``Arrests:``, ``Looting:``), and the leading date
  boilerplate ("On 23 February 2022, ", "Around 3 May 2020 (as reported), ").
* :func:`featurize` maps a cleaned text to sparse ``(bucket, value)`` pairs:
  word unigrams and bigrams and character 3- to 5-grams inside words, hashed
  with ``zlib.crc32`` (stable across processes, unlike ``hash()``) into
  ``n_buckets`` buckets with a sign bit, log-scaled counts, L2-normalised.

Between the two, a model may ask for :func:`mask_specifics`: names (a
capitalised word not at the start of a sentence) and numbers become the
placeholders ``xname`` and ``xnum``, so that the model learns the words of
events and not the places, actors and counts of the sources it was trained on.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

import numpy as np

# Bracketed remarks of ACLED coders: "[size=no report]", "[coded as ...]".
_BRACKETS = re.compile(r"\s*\[[^\]]{0,200}\]")
# A leading tag such as "Arrests:" or "Non-violent activity:" (a few words, then a colon).
_LEADING_TAG = re.compile(r"^\s*[A-Z][A-Za-z/ -]{1,40}:\s+")
_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"  # month names, abbreviated
)
_DAY_DATE = rf"(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?"
_DATE_RANGE = rf"{_DAY_DATE}(?:\s*(?:-|to|and|until)\s*{_DAY_DATE})?"
# "On 23 February 2022, ", "Around 3 May 2020 (as reported), ", "Between 1 and 3 May 2020, ".
_LEADING_DATE = re.compile(
    rf"^\s*(?:(?:On|Around|About|Since|From|In|During|By|On or around|On or about|Between|"
    rf"Sometime (?:in|between|around)|Overnight on|Overnight)\s+)?(?:\d{{1,2}}\s*(?:-|and|to)\s*)?"
    rf"(?:{_DATE_RANGE}|{_MONTHS}\s+\d{{4}})(?:\s*\([^)]{{0,40}}\))?\s*,?\s*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# A word (letters first) or a number ("12", "1,200", "3.5", "23/05").
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:[.,:/]\d+)*")
# What may precede the first word of a sentence (after stripping spaces).
_SENTENCE_END = '.!?:;"\u201c\n'
NAME, NUMBER = "xname", "xnum"
# Capitalised words never masked: articles (a dateline dash may hide a sentence start).
_KEEP = frozenset({"A", "An", "The"})


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line, or follows a dateline dash."""
    before = text[max(0, start - 16) : start].rstrip(" \t")
    if not before:
        return start < 16
    last = before[-1]
    if last in _SENTENCE_END:
        return True
    # "KHARTOUM — Security forces", "Nairobi - Police": a dash after a space.
    return last in "\u2014\u2013-" and (len(before) == 1 or before[-2] == " ")


CHAR_MIN, CHAR_MAX = 3, 5


def strip_markup(text: str) -> str:
    """The text without ACLED's bracketed remarks (``[size=...]``) and leading ``Tag:``."""
    text = _BRACKETS.sub("", text)
    return _LEADING_TAG.sub("", text, count=1).strip()


def clean_note(text: str) -> str:
    """The text without ACLED-only markup and without a leading date phrase."""
    text = strip_markup(text)
    stripped = _LEADING_DATE.sub("", text, count=1)
    # Keep the text when the "date" took it all (a bare date is no event).
    text = stripped if len(stripped) >= 8 else text
    return text.strip()


# "Riot police", "anti-riot units": police, not a riot (seventh turn, docs/models.md).
_RIOT_POLICE = re.compile(
    r"(?<![\w-])(?:anti-?)?riot[- ](?=(?:police\w*|officers?|squads?|units?|gear|troops|"
    r"control|brigades?|forces)(?![\w-]))",
    re.IGNORECASE,
)


def mask_specifics(text: str) -> str:
    """The text with names and numbers replaced by placeholders.

    A word written with a capital letter anywhere but at the start of a
    sentence (after ``.``, ``!``, ``?``, ``:``, ``;``, a quote, a line break
    or a dateline's dash) becomes ``xname``; a number becomes ``xnum``. The
    first word of a sentence is kept ("Police fired tear gas"), so are
    lower-case words and "A", "An", "The". "Riot" before police words is
    dropped ("anti-riot police" -> "police"): the police are no riot.
    """
    text = _RIOT_POLICE.sub("", text)
    out: list[str] = []
    last = 0
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        if word[0].isdigit():
            rep = NUMBER
        elif word[0].isupper():
            rep = word if word in _KEEP or _starts_sentence(text, start) else NAME
        else:
            rep = word
        out.append(text[last:start])
        out.append(rep)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def grams(text: str) -> list[str]:
    """The n-grams of a text: ``w:`` word unigrams and bigrams, ``c:`` char 3-5-grams in words."""
    words = _WORD.findall(text.lower())
    out = ["w:" + w for w in words]
    out += ["w:" + a + " " + b for a, b in zip(words, words[1:], strict=False)]
    for w in words:
        padded = f"<{w}>"
        size = len(padded)
        for n in range(CHAR_MIN, CHAR_MAX + 1):
            out += ["c:" + padded[i : i + n] for i in range(size - n + 1)]
    return out


def _hash(gram: str) -> int:
    """The hash of a gram (``zlib.crc32`` of its UTF-8 bytes)."""
    return zlib.crc32(gram.encode("utf-8"))


@lru_cache(maxsize=1 << 15)
def _word_hashes(word: str) -> tuple[int, tuple[int, ...]]:
    """The hashes of a word's unigram and of its character grams, as :func:`grams` lists them."""
    padded = f"<{word}>"
    size = len(padded)
    chars = tuple(
        _hash("c:" + padded[i : i + n])
        for n in range(CHAR_MIN, CHAR_MAX + 1)
        for i in range(size - n + 1)
    )
    return _hash("w:" + word), chars


def featurize(text: str, n_buckets: int) -> tuple[list[int], list[float]]:
    """Sparse features of a (cleaned) text: sorted bucket indices and their values.

    Args:
        text: the text, already passed through :func:`clean_note`.
        n_buckets: the size of the hashed feature space.

    Returns:
        ``(indices, values)``: log(1 + count) with the hash's sign, L2-normalised;
        empty lists for a text without words.
    """
    acc: dict[int, float] = {}
    words = _WORD.findall(text.lower())
    # The hashes of the grams in the order :func:`grams` lists them; each gram's count
    # is added one occurrence at a time (whole numbers: the same sums, and each bucket
    # enters ``acc`` where its first gram comes, as it would from the gram counts).
    hashes = [_word_hashes(w)[0] for w in words]
    hashes += [_hash("w:" + a + " " + b) for a, b in zip(words, words[1:], strict=False)]
    for w in words:
        hashes += _word_hashes(w)[1]
    for h in hashes:
        b = h % n_buckets
        # The hash's top bit gives the sign, so that collisions tend to cancel.
        acc[b] = acc.get(b, 0.0) + (1 if h & 0x80000000 else -1)
    if not acc:
        return [], []
    keys = np.fromiter(acc.keys(), np.int64, len(acc))
    vals = np.fromiter(acc.values(), np.float64, len(acc))
    keep = vals != 0
    keys, vals = keys[keep], vals[keep]
    vals = np.sign(vals) * np.log1p(np.abs(vals))
    order = np.argsort(keys)
    norm = float(np.sqrt(np.dot(vals, vals))) or 1.0
    return keys[order].tolist(), (vals[order] / norm).tolist()
