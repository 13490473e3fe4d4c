"""Toponym spans in a parsed document, before any of them is resolved.

Input: a spaCy ``Doc`` (NER already run) and the :class:`Gazetteer`.
Output: sorted ``(start, end)`` character spans of the toponyms: NER places
(GPE, LOC, FAC), NORP adjectives that stand for a country ("Iraqi"),
mislabelled entities after a locative word ("near Samarra") or coordinated
with a toponym ("Gao and Ansongo"), all-caps datelines ("GAO, Mali —") and
capitalised runs NER missed that name a sizeable place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimledger.extract.places.in_names import in_name_spans, leading_place
from claimledger.extract.places.lookup import named_otherwise as _named_otherwise
from claimledger.extract.places.lookup import rank as _rank
from claimledger.extract.places.lookup import sizeable
from claimledger.extract.places.not_places import ReadOtherwise
from claimledger.extract.places.written import city_parts, comma_areas, paren_areas
from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Candidate,
    Gazetteer,
)

__all__ = ["candidate_spans", "scan_capitalised", "verb_locative"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities of these types are never toponyms, even when a town shares the name.
_NOT_PLACE_LABELS = frozenset(
    {"PERSON", "ORG", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "EVENT"}
    | {"WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "QUANTITY"}
)
# Capitalised words that are towns somewhere but almost never mean one in news
# (titles, days, months, institutions, common first names).
_STOPLIST = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "god",
        "lord",
        "president",
        "minister",
        "mayor",
        "sheriff",
        "police",
        "army",
        "officer",
        "officers",
        "general",
        "governor",
        "senator",
        "judge",
        "doctor",
        "chief",
        "captain",
        "sergeant",
        "lieutenant",
        "colonel",
        "major",
        "commander",
        "king",
        "queen",
        "prince",
        "pope",
        "saint",
        "church",
        "court",
        "school",
        "university",
        "hospital",
        "county",
        "city",
        "state",
        "states",
        "street",
        "road",
        "avenue",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "new",
        "old",
        "the",
        "a",
        "an",
        "coalition",
        "islamic",
        "daesh",
        "isis",
        "taliban",
        "government",
        "ministry",
        "department",
        "office",
        "council",
        "parliament",
        "congress",
        "senate",
        "house",
        "white",
        "black",
        "republican",
        "democrat",
        "democrats",
        "party",
        "christmas",
        "easter",
        "ramadan",
        "eid",
        "internet",
        "facebook",
        "twitter",
        "reuters",
        "press",
        "news",
        "times",
        "post",
        "john",
        "james",
        "robert",
        "michael",
        "william",
        "david",
        "richard",
        "joseph",
        "thomas",
        "charles",
        "mary",
        "patricia",
        "jennifer",
        "linda",
        "elizabeth",
        "barbara",
        "susan",
        "jessica",
        "sarah",
        "karen",
        "nancy",
        "lisa",
        "henry",
        "george",
        "paul",
        "mark",
        "donald",
        "steven",
        "kevin",
        "brian",
        "edward",
        "jason",
        "ryan",
        "gary",
        "eric",
        "jacob",
        "nicholas",
        "anna",
        "victoria",
        "grace",
        "hope",
        "faith",
        "joy",
        "charity",
        "angel",
        "mercy",
        "union",
        "liberty",
        "independence",
        "freedom",
    ]
)
# A dateline opens a line, or the body after a headline joined to it on one line
# ("... tax hike likely. COLUMBIA -- The ..."); an agency's "(AP)" may stand for the dash.
_DATELINE = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))[ \t\"“]*(?P<name>[A-Z][A-Z.'’ -]{0,40}?[A-Z])"
    r"(?:,\s*(?P<area>[A-Z][A-Za-z. ]{1,30}?))?\s*"
    r"(?:\([^)]{1,20}\)\s*[—–-]{0,2}|[—–-]{1,2})\s"
)


def _trim(span: Span) -> tuple[int, int] | None:
    """Character bounds of a place entity without a leading article or a trailing "'s"."""
    tokens = list(span)
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in ("'s", "’s", "'", "’") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


_GENERIC_TAIL = frozenset(
    {"province", "governorate", "district", "region", "city", "town", "village", "area", "state"}
)
# Words after which a proper noun is almost surely a place ("near Samarra"):
# the small English model often labels such names NORP or PERSON.
_LOCATIVE = frozenset(
    {"in", "near", "outside", "at", "from", "to", "of", "into", "toward", "towards", "between"}
    | {"central", "northern", "southern", "eastern", "western", "downtown"}
)
_MIN_RELABEL_POPULATION = 50_000
# Verbs whose object is a place, not a person ("shelled Aleppo", "stormed Kunduz").
_PLACE_VERBS = frozenset(
    {"shell", "bomb", "storm", "besiege", "overrun", "raid", "recapture", "retake", "occupy"}
    | {"liberate", "encircle", "blockade", "bombard"}
)
_UNIT_NOUNS = frozenset({"city", "town", "village", "district", "province", "township"})


# "North and South Waziristan", "Upper and Lower Shabelle": two areas, one base name.
_COMPASS_PAIR = re.compile(
    r"^(?:North|South|East|West|Upper|Lower)(?:ern)? (?:and|or|&) "
    r"(?P<area>(?:North|South|East|West|Upper|Lower)(?:ern)? .+)$"
)


def _place_bounds(ent: Span, gaz: Gazetteer) -> tuple[int, int] | None:
    """Bounds of a known toponym in an entity, dropping a generic last word if needed."""
    bounds = _trim(ent)
    if bounds is None:
        return None
    text = ent.text[bounds[0] - ent.start_char : bounds[1] - ent.start_char]
    if gaz.contains(text):
        return bounds
    pair = _COMPASS_PAIR.match(text)
    if pair is not None and gaz.contains(pair.group("area")):
        return bounds[0] + pair.start("area"), bounds[1]  # the second area: its base is named
    words = text.rsplit(" ", 1)
    if len(words) == 2 and words[1].lower() in _GENERIC_TAIL and gaz.contains(words[0]):
        return bounds[0], bounds[0] + len(words[0])
    return None


def _relabelled(ent: Span, gaz: Gazetteer) -> tuple[int, int] | None:
    """A non-place entity that still names a place.

    A NORP adjective that stands for a country ("Iraqi", "Sudanese"), or a
    NORP/PERSON/ORG entity right after a locative word ("near Samarra") that
    names a sizeable place: the small English model often mislabels those.
    """
    if ent.label_ not in _RELABELLED or not _capitalised(ent.text):
        return None
    ranked = _rank(gaz, ent.text)
    if not ranked:
        return _compass_suffix(ent, gaz)
    # A loose spelling match ("Maarat al-Numan" for "Ma'arrat an Nu'man") only where the
    # text itself says the name is a place ("the town of ...").
    if not ranked or not (ranked[0].exact or _after_kind_of(ent)):
        return None
    top = ranked[0]
    if ent.label_ == "NORP" and top.level == LEVEL_COUNTRY and top.place.country:
        return ent.start_char, ent.end_char
    if _compass_area(ent, top):
        return ent.start_char, ent.end_char  # "North Waziristan" labelled PERSON
    if ent.start == 0 or not (
        ent.doc[ent.start - 1].lower_ in _LOCATIVE or _between_second(ent) or _place_object(ent)
    ):
        return None
    if (
        ent.root.dep_ == "compound"
        and ent.root.head.i >= ent.end
        and ent.root.head.lower_ not in _UNIT_NOUNS
    ):
        return None  # "the last strike of Bush presidency": a name modifying a noun
    # ("a market of Herat city": the noun is the place's own kind)
    small = top.level == LEVEL_PLACE and top.place.population < _MIN_RELABEL_POPULATION
    if small and not (
        _before_area(ent) or _after_kind_of(ent) or verb_locative(ent.doc, ent.start)
    ):
        return None
    return ent.start_char, ent.end_char


_COMPASS = frozenset({"north", "south", "east", "west", "upper", "lower", "central"})
# Labels the small model gives a town it does not know ("demonstrated in Cahors": ORG;
# "protested in Murcia": PRODUCT): read as a place only after a locative word.
_RELABELLED = frozenset({"NORP", "PERSON", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART"})
_EVENT_PREPS = frozenset({"in", "through", "near", "outside"})


def _place_object(ent: Span) -> bool:
    """The entity is the object of a verb done to places ("rebels shelled Aleppo",
    Aleppo read NORP): read as after a locative word."""
    return ent.root.dep_ == "dobj" and ent.root.head.lemma_ in _PLACE_VERBS


def verb_locative(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a locative preposition the parse attaches to a verb
    ("demonstrated in Cahors", "marched through Aalten"): where something was done.
    A name there that the index knows exactly as a town is one, however small."""
    if i == 0:
        return False
    prep = doc[i - 1]
    return prep.lower_ in _EVENT_PREPS and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX")


def _compass_area(ent: Span, top: Candidate) -> bool:
    """A mislabelled entity that is exactly an admin area named with a compass word
    ("North Waziristan", "Lower Shabelle", "South Kivu"): a place whatever its label."""
    return (
        ent.label_ in ("PERSON", "ORG")
        and len(ent) >= 2
        and ent[0].lower_ in _COMPASS
        and top.exact
        and top.level in (LEVEL_ADMIN1, LEVEL_ADMIN2)
    )


# "the town of X", "the village of X": the noun says X is a place.
_KIND_NOUNS = frozenset(
    {"town", "village", "city", "hamlet", "camp", "suburb", "neighbourhood", "neighborhood"}
    | {"outskirts", "suburbs"}
)
# An Arabic article written in lower case before a capitalised name ("al Qatn", "al-Jawf").
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|an|at|az)[- ][A-Z]")
_COMPASS_TAIL = re.compile(r"\b(?:North|South|East|West|Upper|Lower|Central) [A-Z][\w'’-]+$")


def _capitalised(name: str) -> bool:
    """A name as toponyms are written: capitalised, or after a lower-case "al"/"el"."""
    return name[:1].isupper() or bool(_ARTICLE_NAME.match(name))


def _compass_suffix(ent: Span, gaz: Gazetteer) -> tuple[int, int] | None:
    """The admin area that ends an unknown entity ("Karwan Manza South Waziristan")."""
    m = _COMPASS_TAIL.search(ent.text)
    if m is None or m.start() == 0:
        return None
    ranked = _rank(gaz, m.group(0))
    if ranked and ranked[0].exact and ranked[0].level in (LEVEL_ADMIN1, LEVEL_ADMIN2):
        return ent.start_char + m.start(), ent.start_char + m.end()
    return None


def _after_kind_of(ent: Span) -> bool:
    """The entity follows "<town|village|city...> of" ("the town of Maarat al-Numan")."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in _KIND_NOUNS
    )


def _between_second(ent: Span) -> bool:
    """The entity is the second of "between X and Y" ("between Gerdi and Khyber")."""
    doc = ent.doc
    if doc[ent.start - 1].lower_ != "and":
        return False
    return any(t.lower_ == "between" for t in doc[max(0, ent.start - 6) : ent.start - 1])


def _before_area(ent: Span) -> bool:
    """The entity is followed by a comma and a place entity ("in Datta Khel, North Waziristan")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    nxt = doc[ent.end + 1]
    return nxt.ent_iob_ == "B" and nxt.ent_type_ in ("GPE", "LOC")


def _coordinated(ent: Span, last_place_token: int, gaz: Gazetteer) -> bool:
    """An entity joined by "and"/"or" to the toponym just before it, and itself a place."""
    if ent.start < 2 or ent.start - 2 != last_place_token:
        return False
    if ent.doc[ent.start - 1].lower_ not in ("and", "or", "&"):
        return False
    ranked = _rank(gaz, ent.text)
    return bool(ranked) and ranked[0].exact


def candidate_spans(doc: Doc, gaz: Gazetteer, text: str | None = None) -> list[tuple[int, int]]:
    """Toponym spans: NER places, datelines, and gazetteer hits in capitalised runs.

    Args:
        doc: the spaCy Doc (with NER).
        gaz: the index a span must name an entry of (NER GPE/LOC are kept without).
        text: ``doc.text`` when the caller already built it.

    Returns:
        Distinct ``(start, end)`` character spans, sorted.
    """
    spans: dict[tuple[int, int], None] = {}
    covered: set[int] = set()
    text = doc.text if text is None else text
    last_place_token = -2  # index of the last token of the previous accepted toponym
    otherwise = ReadOtherwise(doc, text)
    for ent in doc.ents:
        bounds = _entity_bounds(ent, gaz, text, last_place_token)
        if bounds is not None and _named_otherwise(text, bounds):
            bounds = None
        if bounds is not None and otherwise(bounds, ent.label_ in ("GPE", "LOC")):
            bounds = None  # a person, a common word, a credit, "200 East" (not_places)
        if bounds is not None and _capitalised(text[bounds[0] : bounds[1]]):
            spans[bounds] = None
            last_place_token = ent.end - 1
        for tok in ent:
            covered.add(tok.i)
    for m in _DATELINE.finditer(text):
        for group in ("name", "area"):
            if m.group(group) is None:
                continue
            b = (m.start(group), m.end(group))
            if any(s < b[1] and b[0] < e for s, e in spans) or not gaz.contains(m.group(group)):
                continue
            spans[b] = None
            covered.update(t.i for t in doc.char_span(*b, alignment_mode="expand") or ())
    _add_confirmed(doc, gaz, text, spans, covered)
    for b in in_name_spans(doc, gaz, text):  # "the Oakland Police Department" (in_names)
        if not any(s < b[1] and b[0] < e for s, e in spans) and not otherwise(b):
            spans[b] = None
    for b in scan_capitalised(doc, gaz, covered, text):
        if not otherwise(b):
            spans[b] = None
    return sorted(spans)


def _entity_bounds(
    ent: Span, gaz: Gazetteer, text: str, last_place_token: int
) -> tuple[int, int] | None:
    """One NER entity's toponym span: a place trimmed to the index's name or to the place
    opening an institution's name ("the Butler County Jail"), a relabelled town ("near
    Samarra": ORG), a name coordinated with the previous toponym."""
    if ent.label_ in _PLACE_LABELS:
        bounds = _place_bounds(ent, gaz)
        # FAC is mostly streets and buildings: keep it only when it is a known place;
        # GPE/LOC that the gazetteer lacks are kept unresolved.
        if bounds is None:
            bounds = leading_place(ent, gaz, text)
        if bounds is None and ent.label_ != "FAC":
            bounds = _trim(ent)
        return bounds
    bounds = _relabelled(ent, gaz)
    if bounds is None and _coordinated(ent, last_place_token, gaz):
        bounds = ent.start_char, ent.end_char  # "between Gao and Ansongo"
    return bounds


def _add_confirmed(
    doc: Doc, gaz: Gazetteer, text: str, spans: dict[tuple[int, int], None], covered: set[int]
) -> None:
    """Add the spans whose shape the index confirms: areas named with their kind
    ("Bayda province") and places written with their areas (:mod:`.written`).

    A place written with its area replaces NER's pieces of it ("Baja" and
    "California" inside "Tijuana, Baja California"); other new spans never
    overlap a span already found.
    """
    written = paren_areas(text, gaz) + comma_areas(text, gaz)
    for b in written:
        for s, e in [x for x in spans if b[0] <= x[0] and x[1] <= b[1] and x != b]:
            del spans[(s, e)]
    for b in city_parts(text, gaz):  # "Caracas - Libertador": NER's span over the pair goes
        for s, e in [x for x in spans if x[0] <= b[0] < x[1] and " - " in text[x[0] : x[1]]]:
            del spans[(s, e)]
        written.append(b)
    for b in _area_phrases(text, gaz) + written:
        if not any(s < b[1] and b[0] < e for s, e in spans):
            spans[b] = None
            covered.update(t.i for t in doc.char_span(*b, alignment_mode="expand") or ())


_AREA_WORD = (
    r"(?:[Pp]rovince|[Gg]overnorate|[Dd]istrict|[Aa]gency|[Rr]egion|[Oo]blast|state|county|parish"
    r"|[Tt]ribal (?:[Aa]rea|[Rr]egion|[Dd]istrict|[Aa]gency))"  # "the Bajaur tribal area"
)
_AREA_NAME = r"(?:(?:al|el|ad|ar|as|ash|an)[- ])?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
# "province of X" and "X province" are searched apart: "the Yemeni province of
# al-Jawf" holds both shapes over the same word.
_AREA_PHRASES = (
    re.compile(rf"\b{_AREA_WORD} of (?:the )?(?P<name>{_AREA_NAME})"),
    re.compile(rf"(?P<name>{_AREA_NAME}) {_AREA_WORD}\b"),
)


def _area_phrases(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Areas named with their kind: "the province of al-Jawf", "Bayda province".

    The name must be an admin area in the index (a town of the same name does not count).
    """
    out: list[tuple[int, int]] = []
    for pattern in _AREA_PHRASES:
        for m in pattern.finditer(text):
            name = m.group("name")
            ranked = _rank(gaz, name) if gaz.contains(name) else []
            if any(c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2) for c in ranked[:5]):
                out.append((m.start("name"), m.end("name")))
    return sorted(set(out))


_RUN_UNITS = frozenset(
    {"parish", "county", "city", "town", "village", "district", "province", "state", "region"}
    | {"township", "municipality", "borough", "governorate"}
    | _COMPASS  # "Kwabre East", "Khartoum North"
)


def _inside_name(doc: Doc, i: int, covered: set[int]) -> bool:
    """Token ``i`` follows a title-case word of the same name (not a sentence's first)."""
    if i == 0 or (i - 1) in covered:
        return False
    prev = doc[i - 1]
    return prev.is_title and not prev.is_sent_start and prev.lower_ not in _STOPLIST


def _name_ends(doc: Doc, k: int, covered: set[int]) -> bool:
    """The name may end at token ``k``: no title-case word of the same name follows it,
    except a unit word ("Tangipahoa Parish")."""
    nxt = k + 1
    if nxt >= len(doc) or nxt in covered or not doc[nxt].is_title:
        return True
    return doc[nxt].lower_ in _RUN_UNITS


def scan_capitalised(
    doc: Doc, gaz: Gazetteer, covered: set[int], text: str | None = None
) -> list[tuple[int, int]]:
    """Runs of title-case proper nouns outside any entity that name a sizeable place.

    Args:
        doc: the spaCy Doc.
        gaz: the index the run must name an entry of.
        covered: indexes of tokens already inside an entity or a dateline.
        text: ``doc.text`` when the caller already built it.

    Returns:
        ``(start, end)`` character spans of the runs, in text order.
    """
    full = doc.text if text is None else text
    found: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if (
            i in covered
            or not tok.is_title
            or tok.pos_ != "PROPN"
            or tok.lower_ in _STOPLIST
            or tok.is_sent_start
        ):
            i += 1
            continue
        if i > 0 and doc[i - 1].lower_ == "the":
            i += 1  # "the Bureau", "the Post": an institution NER missed, not a town
            continue
        if _inside_name(doc, i, covered):
            i += 1  # "Don't Let Belgrade Drown": a word inside a longer name
            continue
        j = i
        while j + 1 < n and j + 1 - i < 3 and doc[j + 1].is_title and (j + 1) not in covered:
            j += 1
        # longest run first: "Tangipahoa Parish" before "Tangipahoa"; a shorter run only
        # before a unit word ("Pa Nan village" names no Pa, "Paso Canoas" no Paso)
        for k in range(j, i - 1, -1):
            if not _name_ends(doc, k, covered):
                continue
            start, end = doc[i].idx, doc[k].idx + len(doc[k].text)
            run = full[start:end]
            if not gaz.contains(run):
                continue
            best = _rank(gaz, run)[0]
            big = sizeable(best) or (
                best.exact and verb_locative(doc, i)
            )  # "marched through Aalten"
            if big and not _named_otherwise(full, (start, end)):
                found.append((start, end))
            i = k
            break
        i += 1
    return found
