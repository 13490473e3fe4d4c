"""A speaker opening the text after a poster's header: "Channel admin: our sources in Bellin
report this morning up to a dozen wounded". The header ("X:") glued to the sentence makes
the parse hang the sentence's subject and verb anywhere (the verb a noun, an apposition, a
clause of "admin"), so no reporting verb gives the statement and the header's poster keeps
the figures. Read by the words, not the parse: the line after the colon opens on a noun phrase
whose head the lexicon makes a speaker (sources, medics, a hospital, residents), then, after
at most an auxiliary or an adverb, a reporting verb of the lexicon in any form ("report",
"are reporting", "tell us", "say"); what follows in that sentence is that speaker's, nested in
the poster's statement (the innermost statement holds a figure).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.sources import CUE_VERBS, source_kind
from claimledger.attribute.spans import Found, sentence_of, trim

__all__ = ["speaker_after_header"]

# Kinds of a phrase that speaks for itself; a bare ``witness`` word only when it is a plural
# of people who report what they saw ("residents", "locals"), not any noun the fallback reads.
_SPEAKER_KINDS = frozenset({"anonymous", "medical", "official", "ngo", "media", "military"})
_NP_POS = frozenset({"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ", "PUNCT"})
_BETWEEN_POS = frozenset({"AUX", "ADV", "PART"})
# What may stand between the verb and what it reports ("tell us that", "report now").
_AFTER_VERB = frozenset({"us", "me", "that", "now", "also", "again"})
_LOOK = 10  # the verb within this many words of the colon


def speaker_after_header(doc: Doc, text: str, header: Found, found: list[Found]) -> Found | None:
    """The statement of a speaker opening a header's line (module doc), or None."""
    start, end = header.content
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    verb = next(
        (t for t in span[:_LOOK] if t.lemma_.lower() in CUE_VERBS and t.i > span.start), None
    )
    if verb is None or _read_already(header, found, verb):
        return None
    np_end = verb.i
    while np_end > span.start and doc[np_end - 1].pos_ in _BETWEEN_POS:
        np_end -= 1  # "are now reporting"
    phrase = doc[span.start : np_end]
    if not phrase or any(t.pos_ not in _NP_POS for t in phrase) or not _speaks(phrase.text):
        return None
    first = verb.i + 1
    while first < span.end and doc[first].lower_ in _AFTER_VERB:
        first += 1
    last = min(sentence_of(verb).end, span.end) - 1
    while last > first and doc[last].is_punct:
        last -= 1
    if first > last:
        return None
    content = trim(text, doc[first].idx, doc[last].idx + len(doc[last].text))
    if content[1] - content[0] < 3:
        return None
    return Found(
        sources=[(phrase.start, phrase.end)],
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=phrase.start_char,
        context=phrase.text,
    )


def _speaks(name: str) -> bool:
    """Whether a phrase names a speaker: its kind one that speaks for itself, or people of the
    public named in the plural ("residents in X", "locals")."""
    kind = source_kind(name)
    if kind in _SPEAKER_KINDS:
        return True
    head = name.split(" in ")[0].split(" at ")[0].split()[-1].lower()
    return kind == "witness" and head.endswith("s") and head not in ("us", "its", "his")


def _read_already(header: Found, found: list[Found], verb: Token) -> bool:
    """Whether another statement already has its cue at or before the verb in the line."""
    return any(
        item is not header
        and item.cue is not None
        and header.content[0] <= item.cue[0] <= verb.idx + len(verb.text)
        for item in found
    )
