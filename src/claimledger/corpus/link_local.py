"""Where in a city a report puts its shooting: evidence that two reports differ.

Input: a document's text. Output: its **local names** — the streets
it names ("Lamar Avenue", "the 6600 block of South Peoria Street": ``street:lamar``,
``street:peoria``), the neighbourhoods or districts ("the Englewood neighborhood",
"Highlandtown": ``area:highlandtown``) and the state a city is placed in ("Kansas
City, Kansas": ``state:kansas city/kansas``) — and, for a pair of documents, whether they
**contradict**: both give local names of one kind, none of them shared and none of
one report's names written anywhere in the other (``contradicts``).

Why: two shootings in one city a day apart share the city, the day and the
words of every such report ("police said", "Avenue", "Saturday"); in a small
store (a few dozen reports) those shared words weigh as much as a name, and the
learned scorer, trained on a dense file where such pairs were rare, links them.
Two reports of one shooting name its street or its neighbourhood alike, or one of
them names none (a follow-up naming the victims); two reports that each name their
street, and never the other's, report two shootings. A report may name the
victim's home street besides the scene: the rule asks for no overlap at all, the
words of a name compared with every capitalised word of the other text (a
"near the Airtex exit" report and an "Airtex Drive" one agree).

Linking reads a document's local names from its stored text once per writer
(``TermIndex.local``), only for the candidates within the date window published
at most ``link_search.LOCAL_DAYS`` from the new document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimledger.corpus.link_address import _SUFFIX

_DIRECTION_WORDS = (
    "north south east west n s e w northeast northwest southeast southwest nw ne sw se"
)
_DIRECTIONS = frozenset(_DIRECTION_WORDS.split())
_CAP = r"[A-Z0-9][\w'’-]*"
# A named street: up to three capitalised words (or a numbered one) before a street type.
_STREET = re.compile(r"\b((?:" + _CAP + r"\s){1,3}?)" + _SUFFIX)
# A neighbourhood or district: "the Englewood neighborhood", "Westport entertainment district".
_AREA = re.compile(
    r"\b((?:[A-Z][\w'’-]*[\s-]){0,2}[A-Z][\w'’-]*)\s(?:[a-z]+\s)?"
    r"(?:neighborhood|neighbourhood|district|section|community)\b"
)
_STATES = """
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
"""
_STATE_WORDS = r"(?:New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|" + (
    r"Rhode Island|South Carolina|South Dakota|West Virginia|" + "|".join(_STATES.split()) + ")"
)
# A city placed in a state: "Kansas City, Kansas," / "Springfield, Illinois".
_CITY_STATE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?), (" + _STATE_WORDS + r")\b")
# Words before a street type that are no street's name: "The", "On" or a weekday opening
# a sentence or a headline's capitals ("Shot On Lamar Avenue").
_NOT_STREET_WORDS = """
    the a an on at in near of and or off along from to by police officers
    monday tuesday wednesday thursday friday saturday sunday
"""
_NOT_STREET = frozenset(_NOT_STREET_WORDS.split())
# Words that make a "<name> Court" or "<name> Drive" no street: a court of law, a
# police district, a school ("Pennsylvania Supreme Court", "the 34th District").
_NOT_STREET_NAME_WORDS = """
    supreme district county circuit juvenile municipal superior federal appeals family
    magistrate justice criminal civil probate city state high
"""
_NOT_STREET_NAME = frozenset(_NOT_STREET_NAME_WORDS.split())
# "area" words that name no neighbourhood ("the downtown district", "a school district").
_NOT_AREA_WORDS = """
    the a an this that his her their our its school congressional council police
    business historic central downtown entertainment
"""
_NOT_AREA = frozenset(_NOT_AREA_WORDS.split())
# "36th" and "36" name one street; a house number ("3451 NW 36th Street") names none.
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_AGE = re.compile(r"\d+-year")
# Whether streets and areas are compared kind by kind: two reports naming one
# neighbourhood (shared, or written in the other) but each its own street, never the
# other's, report two shootings there (before, any shared or written name of either
# kind kept a pair from contradicting).
PER_KIND = False
# Whether each incident's resolved place counts as an area of its report's (``with_places``).
PLACES_AS_AREAS = True
# A resolved place of these words is wider than a neighbourhood ("Marion County").
_NOT_PLACE_AREA = frozenset(["county", "parish", "township", "borough", "state"])


def _key_words(name: str, drop: frozenset[str]) -> list[str]:
    """A name's words as keys compare them: lower case, no full stops, none of ``drop``
    nor a direction, nothing up to a possessive ("West Baltimore's Highlandtown": the
    city's, then the name)."""
    if any(_AGE.match(w) for w in name.split()):
        return []  # "17-year-old Thomas Lane": an age, then a person
    words = [
        _ORDINAL.sub(r"\1", w.strip(".").lower().replace("’", "'"))
        for w in re.split(r"[\s-]+", name)
    ]
    last = max((i for i, w in enumerate(words) if w.endswith("'s")), default=-1)
    kept = [w for w in words[last + 1 :] if w and w not in drop and w not in _DIRECTIONS]
    kept = [w for w in kept if not (w.isdigit() and len(w) > 2)]  # a house's number
    named = [w for w in kept if not w.isdigit()]
    # A number before a name is a house's too ("18 Plymouth St."); alone, a numbered
    # street's ("3451 NW 36th Street": 36).
    return named or kept[-1:]


def local_names(text: str) -> frozenset[str]:
    """The streets, neighbourhoods and states a text names, as ``kind:words`` keys.

    Args:
        text: the document text.

    Returns:
        Keys such as "street:peoria", "area:englewood", "state:kansas city/kansas".
    """
    out: set[str] = set()
    for m in _STREET.finditer(text):
        words = _key_words(m.group(1), _NOT_STREET)
        if words and not _NOT_STREET_NAME.intersection(words):
            out.add("street:" + " ".join(words))
    for m in _AREA.finditer(text):
        words = _key_words(m.group(1), _NOT_AREA)
        if words:
            out.add("area:" + " ".join(words))
    for m in _CITY_STATE.finditer(text):
        out.add(f"state:{m.group(1).lower()}/{m.group(2).lower()}")
    return frozenset(out)


def _written(key: str, words: frozenset[str]) -> bool:
    """Whether every word of a local name is among ``words`` (a word of five letters or
    more also as one letter added, dropped or changed: "Killiam" / "Kiliam")."""
    return all(w in words or _near(w, words) for w in key.split(":", 1)[1].split())


def _near(word: str, words: frozenset[str]) -> bool:
    """Whether ``words`` holds ``word`` misspelt by one letter (words of five letters or more)."""
    if len(word) < 5:
        return False
    for other in words:
        if other[:1] == word[:1] and abs(len(other) - len(word)) <= 1 and _one_edit(word, other):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter added, dropped or changed apart."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _words_of(keys: Iterable[str], terms: Iterable[str]) -> frozenset[str]:
    """A text's content terms and the words of its street and area names."""
    out = set(terms)
    for k in keys:
        if not k.startswith("state:"):
            out.update(k.split(":", 1)[-1].replace("&", " ").split())
    return frozenset(out)


def contradicts(
    a: frozenset[str], a_terms: Iterable[str], b: frozenset[str], b_terms: Iterable[str]
) -> str | None:
    """The kind of local name two documents give apart (None: none, or one is shared).

    Args:
        a: one document's local names (``local_names``).
        a_terms: its content terms (lower-cased capitalised words).
        b: the other document's local names.
        b_terms: its content terms.

    Returns:
        "state" when both place one city in two states; else "street" or "area" when
        both give names of that kind, none of that kind shared nor written in the
        other (``PER_KIND``; else none of any kind); None otherwise.
    """
    la, lb = a, b
    if not la or not lb or (not PER_KIND and la & lb):
        return None
    wa, wb = _words_of(la, a_terms), _words_of(lb, b_terms)
    if not PER_KIND and (
        any(_written(k, wb) for k in la if not k.startswith("state:"))
        or any(_written(k, wa) for k in lb if not k.startswith("state:"))
    ):
        return None
    # A state is compared as one city's state ("Kansas City, Missouri" writes "Kansas"
    # too; a victim "of Marietta, Georgia" places no shooting).
    sa, sb = _states(la), _states(lb)
    if any(sa[city].isdisjoint(sb[city]) for city in sa.keys() & sb.keys()):
        return "state"
    # Kind by kind, the street first: one street both give (or one writes the other's)
    # places them together whatever areas they add; one area does not, when each
    # gives its own street.
    for kind in ("street", "area"):
        ka = {k for k in la if k.startswith(kind + ":")}
        kb = {k for k in lb if k.startswith(kind + ":")}
        if ka & kb or any(_written(k, wb) for k in ka) or any(_written(k, wa) for k in kb):
            return None
        if ka and kb:
            return kind
    return None


def with_places(
    a: frozenset[str],
    a_place: str | None,
    a_words: Iterable[str],
    b: frozenset[str],
    b_place: str | None,
    b_words: Iterable[str],
) -> tuple[frozenset[str], frozenset[str]]:
    """Both documents' local names, each with its incident's resolved place as an area
    when the two places differ, the other text never writes it and its own text writes
    the other's place (``PLACES_AS_AREAS``; so at most one of the two gains one):
    a neighbourhood the gazetteer places ("Fern Creek", 18 km from Louisville's centre)
    is one report's own, against another's "Shawnee neighborhood"; a city both texts
    write ("Louisville") is no report's own.
    """
    if not PLACES_AS_AREAS or not a_place or not b_place or a_place == b_place:
        return a, b
    wa, wb = frozenset(a_words), frozenset(b_words)
    return _plus_place(a, a_place, wa, b_place, wb), _plus_place(b, b_place, wb, a_place, wa)


def _plus_place(
    keys: frozenset[str], place: str, words: frozenset[str], other_place: str, other: frozenset[str]
) -> frozenset[str]:
    """``keys`` with the report's place as an area when the report also writes the other
    report's place (its own is then a part of that city, not another town the resolver
    chose: "Corsicana" against "Fort Worth") and the other never writes it."""
    own = _key_words(place, _NOT_AREA)
    key = "area:" + " ".join(own)
    if not own or _NOT_PLACE_AREA.intersection(own) or _written(key, other):
        return keys
    if not _written("area:" + " ".join(_key_words(other_place, _NOT_AREA)), words):
        return keys
    return keys | {key}


def _states(keys: Iterable[str]) -> dict[str, set[str]]:
    """Per city a text places in a state ("state:kansas city/kansas"), those states."""
    out: dict[str, set[str]] = {}
    for k in keys:
        if k.startswith("state:"):
            city, _, state = k[len("state:") :].partition("/")
            out.setdefault(city, set()).add(state)
    return out
