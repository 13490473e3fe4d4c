"""Whose words follow a line's header: a source named inside a poster's line, or a "From X:" lead-in.

* "RT @OsmaWatch: Residents of the Dell quarter report 4 dead", "@KavLive: BREAKING - Local
  media reporting 6 killed", "Tirsa Post on X: URGENT - Hospital director Dr. Y says 9 ...":
  the account posts what a source it names reports; the parse reads the reporting word as a
  noun or the header as the speaker, so the line is read from its words: after the colon (and
  a label such as "BREAKING -"), a short noun phrase holding a source word of the lexicon,
  then a reporting word; the phrase is the source, the header's account its relay.
* "From a listener in Osk, sent to our page: ..." and "From a statement by the X Centre: ...":
  a header that says whom the line comes from (the text after "by" when the header names a
  document); its text (the next line when the colon ends the line) is that source's.
Each replaces the readings of the same colon or reporting word (``with_header_relays``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimledger.attribute.quotes import paragraph_bounds
from claimledger.attribute.resolve import outlet_name
from claimledger.attribute.sources import is_platform, load_lexicon
from claimledger.attribute.spans import Found, doc_text, trim

__all__ = ["header_relays", "with_header_relays"]

_REPORTING = frozenset(
    """report reports reported reporting say says said saying confirm confirms confirmed
    claim claims claimed""".split()  # noqa: SIM905
)
_LABELS = frozenset({"breaking", "urgent", "just", "in", "update", "news", "-", "—", "–", ":"})
_DOCUMENTS = frozenset({"statement", "post", "message", "communique", "communiqué", "release"})
_PHRASE_MAX = 8
_FIRST = frozenset({"we", "our", "us"})
_ACCOUNTS = frozenset({"channel", "page", "account", "feed"})
_HEADER_MAX = 80
_HEADER_TOKENS = 6


def _header_name(pre: Span) -> str | None:
    """The account of a plain header: "RT @X" -> "@X", "Tirsa Post on X" / "Tirsa Post (X)" /
    "Telegram, Tirsa Post" -> "Tirsa Post"; None for a header of other words ("Posted by X")."""
    words = list(pre)
    if words and words[0].text in ("RT", "Via", "via"):
        words = words[1:]
    if len(words) > 2 and words[1].text == "," and is_platform(words[0].text):
        words = words[2:]
    if "(" in (t.text for t in words):
        words = words[: [t.text for t in words].index("(")]
    if len(words) > 2 and words[-2].lower_ == "on" and is_platform(words[-1].text):
        words = words[:-2]
    if not words or not (words[0].is_title or words[0].is_upper or words[0].text[:1] == "@"):
        return None
    if any(t.is_punct or (t.is_alpha and t.is_lower) for t in words):
        return None
    return outlet_name(pre.doc[words[0].i : words[-1].i + 1].text)


def _named_inside(doc: Doc, text: str, colon: int, line_end: int, via: str) -> Found | None:
    """ "Residents of X report 4 dead" right after a header's colon (module doc)."""
    after = doc.char_span(colon + 1, line_end, alignment_mode="expand")
    if after is None:
        return None
    i, stop = after.start, after.end
    while i < stop and (doc[i].lower_ in _LABELS and (doc[i].is_upper or not doc[i].is_alpha)):
        i += 1  # "BREAKING -", "URGENT:"
    if i + 2 < stop and doc[i].lower_ == "according" and doc[i + 1].lower_ == "to":
        return _according_inside(doc, text, i, stop, line_end, via)
    j = i
    while j < stop and j - i < _PHRASE_MAX and doc[j].lower_ not in _REPORTING:
        j += 1
    if j == i or j >= stop - 1 or doc[j].lower_ not in _REPORTING or not doc[i].is_title:
        return None
    phrase = doc[i:j]
    words = load_lexicon().words
    if any(t.is_punct and t.text not in (".", "-") for t in phrase):
        return None
    if not any(t.lower_ in words or t.lower_ in ("source", "sources") for t in phrase):
        return None
    verb = doc[j]
    start = doc[j + 1].idx if doc[j + 1].lower_ != "that" or j + 2 >= stop else doc[j + 2].idx
    sent = verb.sent
    content = trim(text, start, min(line_end, sent.end_char))
    if content[1] - content[0] < 3:
        return None
    return Found(
        sources=[(i, j)],
        content=content,
        cue=(verb.idx, verb.idx + len(verb.text)),
        sent_start=sent.start_char,
        context=phrase.text,
        via=via,
    )


def _according_inside(
    doc: Doc, text: str, i: int, stop: int, line_end: int, via: str
) -> Found | None:
    """ "Tirsa 24 on Telegram: according to Osk hospital doctors, 9 were wounded": the
    account relays the source "according to" names (its phrase, up to the comma)."""
    comma = next(
        (k for k in range(i + 2, min(stop, i + 2 + _PHRASE_MAX)) if doc[k].text == ","), None
    )
    if comma is None or comma == i + 2 or comma + 1 >= stop:
        return None
    phrase = doc[i + 2 : comma]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None  # "according to them," is read with its antecedent elsewhere
    sent = doc[i].sent
    content = trim(text, doc[comma + 1].idx, min(line_end, sent.end_char))
    if content[1] - content[0] < 3:
        return None
    return Found(
        sources=[(i + 2, comma)],
        content=content,
        cue=(doc[i].idx, doc[i + 1].idx + len(doc[i + 1].text)),
        sent_start=sent.start_char,
        context=phrase.text,
        via=via,
    )


def _from_lead_in(doc: Doc, text: str, p_start: int, colon: int, p_end: int) -> Found | None:
    """ "From a listener in Osk, sent to our page: ..." (module doc)."""
    pre = doc.char_span(p_start, colon, alignment_mode="expand")
    if pre is None or len(pre) < 2 or pre[0].text != "From":
        return None
    end = next((t.i for t in pre if t.text == ","), pre.end)
    start = pre.start + 1
    by = next((t.i for t in doc[start:end] if t.lower_ == "by"), None)
    if by is not None:
        if not any(t.lower_ in _DOCUMENTS for t in doc[start:by]):
            return None
        start = by + 1
    if start >= end or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:end]):
        return None
    if doc[end - 1].lower_ in _ACCOUNTS:
        return None  # "From the X Brigades' channel:" is read as the owner's own voice
    line_end = text.find("\n", colon, p_end)
    line_end = p_end if line_end < 0 else line_end
    if line_end - colon < 8:  # the text starts on the next line
        nxt = text.find("\n", line_end + 1, p_end) if line_end < p_end else -1
        colon, line_end = line_end, (p_end if nxt < 0 else nxt)
        if line_end - colon < 8:
            return None
    return Found(
        sources=[(start, end)],
        content=trim(text, colon + 1, line_end),
        cue=(pre[0].idx, pre[0].idx + 4),
        sent_start=p_start,
        context=doc[start:end].text,
    )


def header_relays(doc: Doc) -> list[tuple[Found, int]]:
    """The statements of header lines read from their words, each with its line's start."""
    text = doc_text(doc)
    out: list[tuple[Found, int]] = []
    for p_start, p_end in paragraph_bounds(text):
        colon = text.find(":", p_start, min(p_end, p_start + _HEADER_MAX))
        if colon < 0:
            continue
        if text.startswith("From ", p_start):
            item = _from_lead_in(doc, text, p_start, colon, p_end)
            if item is not None:
                out.append((item, p_start))
            continue
        line_end = text.find("\n", colon, p_end)
        line_end = p_end if line_end < 0 else line_end
        pre = doc.char_span(p_start, colon, alignment_mode="expand")
        # (an account's handle in brackets adds three tokens: "Tirsa Daily (@TirsaDaily) on X")
        most = _HEADER_TOKENS + (3 if pre is not None and "(" in pre.text else 0)
        if pre is None or not 1 <= len(pre) <= most or line_end - colon < 8:
            continue
        via = _header_name(pre)
        item = _named_inside(doc, text, colon, line_end, via) if via else None
        if item is not None:
            out.append((item, p_start))
    return out


def with_header_relays(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the header lines' statements, which replace the readings of the same
    reporting word and of the header's colon (or "From") over the same text."""
    relayed = header_relays(doc)
    if not relayed:
        return found
    cues = {f.cue for f, _ in relayed}
    lines = [(start, f.content[1]) for f, start in relayed]
    text = doc_text(doc)

    def replaced(item: Found) -> bool:
        if item.cue in cues:
            return True
        if item.cue is None or text[item.cue[0] : item.cue[1]] != ":":
            return False
        return any(lo <= item.cue[0] < hi for lo, hi in lines)

    # "From a statement by X: our team documented ...": "our"/"we" inside it is X itself
    said = [f.content for f, _ in relayed if f.cue and text.startswith("From", f.cue[0])]
    return [
        f for f in found if not replaced(f) and not (said and _first_person_inside(doc, f, said))
    ] + [f for f, _ in relayed]


def _first_person_inside(doc: Doc, item: Found, said: list[tuple[int, int]]) -> bool:
    """Whether a statement inside a lead-in's text has a first-person source ("our team")."""
    if item.cue is None or not item.sources or doc[item.sources[0][0]].lower_ not in _FIRST:
        return False
    return any(lo <= item.cue[0] < hi for lo, hi in said)
