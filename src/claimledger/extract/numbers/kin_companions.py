"""One victim and the relatives who died with them: "X died alongside his wife and their
two children" = 4 killed.

Input: the figure mentions of a document and its text. Output: the same mentions, with
a one-victim death whose casualty word is followed by "alongside", "along with",
"together with" or "with" and a list of relatives ("his wife", "their two children",
"her 9-month-old grandson") grown to the victim plus the relatives (a relative counts
1, a plural relative its number). The count inside the list, if the parse gave it a
figure of its own, is absorbed. The list stops at the first item that is not a
relative ("alongside her son, Ahmed, and ..." stops at the name); a plural relative
without a number ("her grandchildren") leaves the mention alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.lexicon import CASUALTY, KIN_MANY, KIN_RELATIVES, PERSON
from claimledger.records import FigureMention
from claimledger.resources.numwords import parse_quantity

# The joining words after the casualty word (a short "in the strike" may come first).
_JOIN = re.compile(
    r"(?:\s+(?:in|during)\s+(?:\S+\s+){0,4}?\S+?)?\s*,?\s+"
    r"(?:alongside|along\s+with|together\s+with|with)\s+(?=(?:his|her|their)\b)",
    re.I,
)
_LATE_CASUALTY = re.compile(
    r"(?:,[^,.;:]{1,60}?){1,2},?\s+(?:was\s+|were\s+)?(died|killed|martyred)\b"
)
_OBJECT_TAIL = re.compile(
    r"[^.;:]{0,100}?,(?=\s*(?:alongside|along\s+with|together\s+with)\s+(?:his|her|their)\b)"
)
# "lost his uncle, his uncle's wife and their four children", "buried my father Khalil and
# my two little brothers": relatives listed right after a relative who died (a name may
# follow the first one), joined by a comma or "and" alone.
# A count of relatives needs no possessive there: "lost his father and two brothers".
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_COUNTED_KIN = _NUMBER + r"\s+(?:" + "|".join(sorted(KIN_MANY)) + r")\b"
_LISTED = re.compile(
    r"(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?=(?:his|her|their|my|our)\s|\w+['’]s\s|{_COUNTED_KIN})",
    re.I,
)
# After a person noun only possessed items, past the person's name in an apposition or a
# "known as" ("the group's leader, Faris Nouri, and two of his bodyguards", "the leader
# known as Abu Hamza and two of his aides").
_LISTED_OWN = re.compile(
    r"(?:\s*,\s*(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s*(?=,)|\s+[A-Z][\w'’-]*"
    r"|\s+known\s+as\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?=(?:his|her|their)\s|{_NUMBER}\s+of\s+(?:his|her|their)\s)",
    re.I,
)
# The naming cue right before one victim: "among the dead were a shopkeeper, ...".
_AMONG = re.compile(
    r"\bamong\s+the\s+(?:dead|killed|victims|martyrs|wounded|injured)\s+(?:were|was|are|is)\s+$",
    re.I,
)
# Words that make a listed item a clause of its own ("and his son was injured").
_CLAUSE_WORDS = frozenset({"was", "were", "is", "are", "had", "has", "survived"})
_LIST_END = re.compile(r"[.;:()“”\"]|\s(?:in|at|on|when|after|as|who|which|while|inside)\s")
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+")
_AGE = re.compile(r"\b\d+[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b", re.I)
# A relative who counts one: the relatives, and after a possessive a baby, a girl or a boy
# ("my little girl", "her baby boy"), a fiancée.
KIN_ONE = KIN_RELATIVES | {"baby", "infant", "fiancee", "fiancé", "girl", "boy"}
# Those with a victim who are no relatives, after a possessive ("and his friend", "their
# guide", "two of his bodyguards"): one each, or the number of a plural.
COMPANION_ONE = frozenset(
    {"friend", "colleague", "comrade", "companion", "driver", "guide", "bodyguard", "aide"}
    | {"assistant", "helper", "guard", "escort", "passenger", "deputy", "neighbour", "neighbor"}
)
COMPANION_MANY = frozenset(
    {"friends", "colleagues", "comrades", "companions", "bodyguards", "aides", "assistants"}
    | {"helpers", "guards", "escorts", "passengers", "deputies", "men", "fighters"}
    | {"associates", "accomplices"}
)


def add_kin_companions(found: list[FigureMention], text: str) -> list[FigureMention]:
    """Grow one-victim deaths by the relatives listed after the casualty word (module doc)."""
    out = list(found)
    for i, m in enumerate(found):
        if m.qualifier != "exact" or m.low is None or m.low != m.high:
            continue
        if m.figure not in ("killed", "injured", "arrested"):
            continue
        words = m.evidence.text.split()
        joiner = _listing(words) if words else None
        if joiner is None and _AMONG.search(text, max(0, m.evidence.start - 40), m.evidence.start):
            joiner = _LISTED_OWN  # "among the dead were a shopkeeper, X, and his two sons"
        if m.figure == "arrested" and (m.low != 1 or joiner is None):
            continue  # (a detainee grows only by those listed with him)
        after = m.evidence.end
        tail = _OBJECT_TAIL.match(text, after, max(after, m.sentence.end))
        listed = None
        if m.low == 1 and joiner is not None:
            # "lost my husband Jamal and my little girl Nour", "killed Omar Daher, his wife
            # and their three daughters", "Nabil and his sons Karim and Fadi are martyrs"
            listed = _companions(text, after, m.sentence.end, joiner)
        if listed is not None:
            pass
        elif words and CASUALTY.get(words[0].lower()) == m.figure and tail is not None:
            after = tail.end()  # "killing the wife of X, Y, alongside their four children"
        elif not words or CASUALTY.get(words[-1].lower().strip(",")) != m.figure:
            # "Her brother, 40-year-old Saed Orlo, died alongside ...": past an apposition
            late = _LATE_CASUALTY.match(text, after, max(after, m.sentence.end))
            if late is None or CASUALTY.get(late[1].lower()) != m.figure:
                continue
            after = late.end()
        grown = listed or _companions(text, after, m.sentence.end)
        if grown is None:
            continue
        n, end = grown
        ev = replace(m.evidence, end=end, text=text[m.evidence.start : end])
        out[i] = replace(m, low=n + m.low, high=n + m.low, evidence=ev)
        out = [
            o
            for o in out
            if o is out[i]
            or not (o.figure == m.figure and m.evidence.end <= o.evidence.start < end)
        ]
    return out


def _companions(
    text: str, start: int, stop: int, joiner: re.Pattern[str] = _JOIN
) -> tuple[int, int] | None:
    """(number of relatives, end of the list) after ``start``, or None."""
    join = joiner.match(text, start, max(start, stop))
    if join is None:
        return None
    end_m = _LIST_END.search(text, join.end(), max(join.end(), stop))
    body_end = end_m.start() if end_m else stop
    total, pos, end, named = 0, join.end(), join.end(), False
    for raw in _ITEM_SPLIT.split(text[join.end() : body_end]):
        words = _AGE.sub("", raw).split()
        count = item_count(words)
        lead = _leading_name(words) if named and count is None else 0
        if lead:
            # "his sons Karim and Fadi are martyrs": each name after the plural is one
            total += 1
            pos = text.index(raw, pos) + len(" ".join(raw.split()[:lead]))
            end = pos
            if lead < len(words):
                break  # the clause goes on after the last name
            continue
        if count is None or {w.lower() for w in words} & _CLAUSE_WORDS:
            break
        if count == 0:
            return None  # a plural relative without a number
        named = any(w.lower() in KIN_MANY for w in words) and words[-1][:1].isupper()
        total += count
        pos = text.index(raw, pos) + len(raw) if raw else pos
        end = pos
    return (total, end) if total else None


def _listing(words: list[str]) -> re.Pattern[str] | None:
    """How the relatives a one-victim mention heads are joined to it, or None: after a
    relative or a name (``_LISTED``), after a person noun only a possessed relative ("killing
    a farmer, his wife and their three daughters"; not the parts "including a pregnant woman
    and two brothers")."""
    last = words[-1].lower().strip(",")
    if last in KIN_ONE or _named_victim(words):
        return _LISTED
    return _LISTED_OWN if last in PERSON and last not in KIN_MANY else None


def _leading_name(words: list[str]) -> int:
    """How many words open ``words`` as a name (1-3 capitalised words, then the end or a
    clause word: "Fadi", "Fadi are martyrs"); 0 when they do not."""
    k = 0
    while k < min(3, len(words)) and words[k][:1].isupper():
        k += 1
    if k and (k == len(words) or words[k].lower() in _CLAUSE_WORDS):
        return k
    return 0


def _named_victim(words: list[str]) -> bool:
    """A one-victim mention that ends on a person's name: "killed Omar Daher", "Nabil"."""
    names = words[1:] if CASUALTY.get(words[0].lower()) else words
    return bool(names) and len(names) <= 4 and all(w[:1].isupper() for w in names)


def _exact(word: str) -> int | None:
    """The number a word states exactly ("two", "12"), else None (not "dozens")."""
    parsed = parse_quantity(word)
    if parsed is not None and parsed[0] is not None and parsed[0] == parsed[1]:
        return parsed[0]
    return None


def item_count(words: list[str]) -> int | None:
    """1 for "his wife (X)" or "Umar's wife", N for "their N (young) children", 0 for a
    plural without a number, None for an item that is no relative."""
    first = words[0].lower() if words else ""
    # "two brothers" after a relative ("his father and two brothers"), "two of his bodyguards"
    # (four words: not "two of his guards escaped", a clause of its own)
    counted = len(words) > 1 and words[1].lower().strip(",") in KIN_MANY
    counted_of = (
        len(words) == 4
        and words[1].lower() == "of"
        and words[2].lower() in _POSSESSIVES
        and words[3].lower().strip(",") in KIN_MANY | COMPANION_MANY
    )
    if (counted or counted_of) and (n := _exact(first)) is not None:
        return n
    if first not in _POSSESSIVES and not first.endswith(("’s", "'s")):
        return None  # "his wife", "Umar's wife"
    for k, word in enumerate(words[1:4], start=1):
        low = word.lower().strip(",")
        if low in KIN_ONE:
            return 1
        if low in COMPANION_ONE:  # (its name may follow; no verb: "and his friend fled")
            return 1 if all(w[:1].isupper() for w in words[k + 1 :]) else None
        if low in KIN_MANY or low in COMPANION_MANY:
            for w in words[1:k]:
                if (n := _exact(w)) is not None:
                    return n
            # "their sons A, B and C": the plural opens a list of names, one per item
            return 1 if k + 1 < len(words) and words[k + 1][:1].isupper() else 0
    return None


_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})
_SINGULAR = frozenset({"was", "is", "has", "remains", "survived"})


def relatives_after(doc: Doc, tok: Token, hi: int) -> tuple[int, int] | None:
    """The relatives listed between one victim ``tok`` and the casualty word they share:
    (token index after the list, how many they are), or None. "a woman and her grandson
    died" (1), "My uncle Jamal, his wife and their three daughters are gone" (4), "his
    brother Adel and Adel's wife Hana were killed" (1); the list ends on the item after
    "and"."""
    if tok.dep_ == "pobj" and tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return None  # (a place: "the shelling on Sarvan, and his wife was wounded")
    k = _past_names(doc, tok.i + 1, hi)
    if k + 3 < hi and doc[k].lower_ == "of" and doc[k + 1].lower_ in _POSSESSIVES:
        k += 3 if doc[k + 2].pos_ == "NOUN" else 0  # "A member of our union, Tarek, and ..."
    if k + 1 < hi and doc[k].text == "," and doc[k + 1].pos_ == "PROPN":
        k = _past_names(doc, k + 1, hi)  # "a shopkeeper, Nabil Qadri, and his two sons"
    total = 0
    while k < hi:
        j = k + (doc[k].text == ",")
        last = j < hi and doc[j].lower_ == "and"
        j += last
        if j == k or (item := _relative(doc, j, hi)) is None:
            break
        k, n = item
        total += n
        if last:  # (a singular verb makes the last item a clause: "and his wife was hurt")
            return (k, total) if k >= hi or doc[k].lower_ not in _SINGULAR else None
    return None


def _past_names(doc: Doc, k: int, hi: int) -> int:
    """The index after the capitalised name words from ``k``."""
    while k < hi and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    return k


def _relative(doc: Doc, j: int, hi: int) -> tuple[int, int] | None:
    """(end, count) of one relative item at ``j``: "his wife", "Adel's wife Hana", "their
    three daughters", "my cousin Laila"; else None."""
    if j + 1 < hi and doc[j].pos_ == "PROPN" and doc[j + 1].lower_ in ("'s", "’s"):
        j += 2
    elif j < hi and doc[j].lower_ in _POSSESSIVES:
        j += 1
    else:
        return None
    count = 1
    for k in range(j, min(j + 3, hi)):
        low = doc[k].lower_
        n = _exact(low) if doc[k].like_num else None
        if n is not None:
            count = n
        elif (low in KIN_ONE or low in COMPANION_ONE) and count == 1:
            return _past_names(doc, k + 1, hi), 1
        elif (low in KIN_MANY or low in COMPANION_MANY) and count > 1:
            return _past_names(doc, k + 1, hi), count
        elif doc[k].pos_ != "ADJ":
            return None
    return None
