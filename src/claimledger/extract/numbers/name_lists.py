"""Victims listed by name: "The victims were identified as A, B, C and D" = 4 killed,
"the attack resulted in the deaths of A, B and C" = 3.

A list of names after a naming cue counts once, as one figure of as many people as
the list names (PERSON entities), not once per name. Only where the sentence gives
no number of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimledger.extract.numbers.kin_companions import KIN_ONE, item_count
from claimledger.extract.numbers.lexicon import KIN_MANY, PERSON
from claimledger.nlp.text import doc_text
from claimledger.records import Evidence, FigureMention

EXTRACTOR = "numbers.v1"
# "the victims were identified as", "those killed were named as", "the dead included",
# "the names of those killed were".
# Also a plural death of listed names: "resulted in the deaths of A, B and C" (a list of
# two names or more must follow, see ``_listed_names``).
_CUE = re.compile(
    r"\b(?:the\s+)?(?:victims|dead|deceased|martyrs|those\s+killed|the\s+killed)\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:identified|named)(?:\s+by\s+[^,.;:]{1,60}?)?\s+as\b"
    # "Relatives identified the victims as A and B"
    r"|\b(?:identified|named)\s+the\s+(?:victims|dead|deceased|martyrs)\s+as\b"
    r"|\bthe\s+deaths\s+of\b"
    r"|\bamong\s+(?:those|the\s+victims|the\s+people)\s+killed\s+(?:are|were)\b"
    # "Among the martyrs are the journalist X and his mother"
    r"|\bamong\s+the\s+(?:martyrs|dead|victims)\s+(?:are|were)\b"
    # "published the names of the dead: A, his wife B, ..."
    r"|\bthe\s+names\s+of\s+(?:those\s+killed|the\s+(?:dead|victims|martyrs|killed))\s*:"
    # "shared the names of the civilians killed in the strike – A (15), B (19), ..."
    r"|\bthe\s+names\s+of\s+the\s+(?:civilians|people|children|victims)\s+killed"
    r"(?:\s+in\s+the\s+\w+)?\s*[:\u2013\u2014]"
    r"|\balso\s+killed\s+were\b"
    # "the names of those killed, as published by X, were"; "the names of the dead are:"
    r"|\bthe\s+names\s+of\s+(?:those|the)?\s*(?:people|victims)?\s*(?:killed|dead)?"
    r"(?:\s*,[^,.;:]{1,60},)?\s+(?:were|are)\b"
    # "the victims were a father, his wife and their two sons" (a list of people follows)
    r"|\b(?:victims|dead|deceased|those\s+killed|martyrs)\s+(?:were|are|included|include)\s+(?=an?\s+(?:\w+\s+)?\w+\s*(?:,|and\b))",
    re.I,
)
# Relatives named as the victims, a plural relative among them: "My brothers Sami and Hadi
# and my cousin Nour were martyred" = 3 (each name after the plural is one person).
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_POSS = r"(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)"
_KIN_ITEM = (
    rf"(?:{_POSS}\s+(?:{'|'.join(sorted(KIN_ONE))})(?:\s+{_NAME})?"
    rf"|{_POSS}\s+(?:{'|'.join(sorted(KIN_MANY))})\s+{_NAME}|{_NAME})"
)
_KIN_SUBJECT = re.compile(
    rf"(?<![\w,’'])(?={_POSS}\s)(?P<list>{_KIN_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_KIN_ITEM})+)"
    r"\s+(?:(?:were|have\s+been|had\s+been)\s+(?:shot\s+dead|(?P<verb>killed|martyred|murdered|"
    r"slain|wounded|injured))|died|perished|lost\s+their\s+lives)\b"
)
# Relatives and names mourned, buried or announced as martyred, a plural relative among
# them: 'mourned "my cousins Ahmad and Mahmoud, who ..."', "we announce the martyrdom of
# our sons Omar and Yousef and our cousin Ayman" = 3.
_KIN_MOURNED = re.compile(
    r"\b(?:mourn(?:s|ed|ing)?|bur(?:y|ies|ied|ying)|martyrdom\s+of)\s+[\"“]?"
    rf"(?P<list>{_POSS}\s+(?:{'|'.join(sorted(KIN_MANY))})\s+{_NAME}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_KIN_ITEM})+)"
)
# Kin items count too under a naming cue: "among those killed are X, his wife Y, their
# sons A and B, Umar's wife, and their daughter" = 6 (``kin_companions.item_count``).
_KIN_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+")
_AGES = re.compile(r"\b\d+[\s-]*(?:years?|months?)[\s-]*old\b|\(\s*\d+\s*\)", re.I)
_PARENS = re.compile(r"\([^()]*\)")
# An age set off by commas after a name: "Bilal Hasan, 19, and Omar Shami, 22".
_BARE_AGE = re.compile(r"(?<=[a-z]),\s*\d{1,3}\b(?=\s*(?:,|\band\b|\.|;|$))")
# One person named after a role: "the journalist Mahmoud Saqr", "the paramedic Rami Aziz".
_ROLE_NAME = re.compile(r"^the\s+[a-z][\w-]*\s+(?:[A-Z][\w'’-]*\s*){1,3}$")
_DIGIT_OR_WORD_COUNT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b(?!\))",
    re.I,
)


def victim_lists(doc: Doc, doc_id: str, sentences: list[tuple[int, int]]) -> list[FigureMention]:
    """One killed figure per sentence that lists its victims by name after a naming cue."""
    out: list[FigureMention] = []
    text = doc_text(doc)
    for lo, hi in sentences:
        if hi <= lo:
            continue
        s_start, s_end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        m = _CUE.search(text, s_start, s_end)
        if m is None:
            kin = _kin_subject(text, s_start, s_end, doc_id)
            out.extend([kin] if kin is not None else [])
            continue
        names = [
            e
            for e in doc.ents
            if e.label_ == "PERSON" and m.end() <= e.start_char and e.end_char <= s_end
        ]
        rest = _BARE_AGE.sub(lambda a: " " * len(a.group()), text[m.end() : s_end])
        items = _listed_names(rest)
        # relatives named by their relation count too ("X, his wife Y, their sons A and B")
        n = max(len(names), len(items), kin_list_count(rest))
        if n < 2 or _DIGIT_OR_WORD_COUNT.search(_without(rest, names, m.end())):
            n = kin_list_count(rest)
            if n < 2:
                continue
        ev_end = max(names[-1].end_char if names else m.end(), m.end() + len(rest.rstrip(" .")))
        ev = Evidence(m.start(), ev_end, text[m.start() : ev_end], doc_id, EXTRACTOR, 0.7)
        sent = Evidence(s_start, s_end, text[s_start:s_end], doc_id, EXTRACTOR, 1.0)
        out.append(FigureMention("killed", n, n, "exact", ev, sent, victims="victims"))
    return out


_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed_names(rest: str) -> list[str]:
    """The items of a list of names ("A B, C D and E F"): each capitalised, at most five words.

    Spacy's PERSON entities miss some names of a list; the commas and the "and" do not.
    An item that is not a name (lower case, long) means this is no plain list: [].
    """
    body = re.split(r"[.;:(]", rest.strip(), maxsplit=1)[0].strip()
    items = [i.strip() for i in _ITEM_SPLIT.split(body) if i.strip()]
    if len(items) < 2 or any(not i[:1].isupper() or len(i.split()) > 5 for i in items):
        return []
    return items


def kin_list_count(rest: str) -> int:
    """How many people a list of names and relatives counts ("58-year-old X, his wife Y,
    their two sons"), up to its first item that is neither; 0 when that item holds a
    number ("A, B and 12 others": not a plain list)."""
    body = re.split(r"[.;:]", _PARENS.sub("", _AGES.sub("", rest)), maxsplit=1)[0]
    total, person = 0, False
    for raw in _KIN_ITEM_SPLIT.split(body.strip()):
        words = raw.split()
        count = item_count(words)
        if count is None and person and words and words[0][:1].isupper() and len(words) <= 4:
            person = False  # "a father, Ahmad Selim, and his two sons": the father's name
            continue
        # one person named by a noun ("a father", "his nephew"): a name set off after it is theirs
        person = (count is None and _one_person(words)) or (
            count == 1 and all(w[:1].islower() for w in words)
        )
        if count is None and words and words[0][:1].isupper() and len(words) <= 6:
            count = 1  # a name
        elif count is None and _ROLE_NAME.match(" ".join(words)):
            count = 1  # "the journalist Mahmoud Saqr": a role before a name
        elif count is None and _one_person(words):
            count = 1  # "the victims were a father, his wife and ..."
        if not count:
            return 0 if _DIGIT_OR_WORD_COUNT.search(raw) else total
        total += count
    return total


def _kin_subject(text: str, start: int, end: int, doc_id: str) -> FigureMention | None:
    """Relatives and names coordinated as the subject of a death, or mourned (``_KIN_MOURNED``),
    a plural relative among them ("My brothers Sami and Hadi and my cousin Nour were
    martyred" = 3), else None."""
    m = _KIN_SUBJECT.search(text, start, end) or _KIN_MOURNED.search(text, start, end)
    if m is None or not any(w in KIN_MANY for w in m["list"].lower().split()):
        return None
    n = kin_list_count(m["list"])
    if n < 2:
        return None
    ev = Evidence(m.start(), m.end(), m.group(), doc_id, EXTRACTOR, 0.7)
    sent = Evidence(start, end, text[start:end], doc_id, EXTRACTOR, 1.0)
    figure = "injured" if m.re is _KIN_SUBJECT and m["verb"] in ("wounded", "injured") else "killed"
    return FigureMention(figure, n, n, "exact", ev, sent, victims="relatives")


def _without(rest: str, names: list[Span], offset: int) -> str:
    """``rest`` with the names blanked (a name may hold a digit-like word)."""
    chars = list(rest)
    for e in names:
        for i in range(e.start_char - offset, e.end_char - offset):
            if 0 <= i < len(chars):
                chars[i] = " "
    return "".join(chars)


def _one_person(words: list[str]) -> bool:
    """ "a father", "an elderly shepherd": one person named by a noun after "a"/"an"."""
    last = words[-1].lower() if words else ""
    return (
        2 <= len(words) <= 3
        and words[0].lower() in ("a", "an")
        and (last in KIN_ONE or last in PERSON)
    )
