"""Places stage: toponyms in a parsed document, resolved with document context.

Input: a spaCy ``Doc`` (NER already run), the document id and ``Options``.
Output: ``list[PlaceMention]``, one per toponym, each with its gazetteer entry
(or None), an :class:`Evidence` span, and, when the text says so, a relative
description ("south of", "about 40 miles west of", "near") whose stated
distance and bearing move the anchor's coordinates.

Toponyms come from NER (GPE, LOC, FAC), from NORP adjectives that stand for
a country ("Iraqi"), from mislabelled entities after a locative word ("near
Samarra") or coordinated with a toponym ("Gao and Ansongo"), from all-caps
datelines ("GAO, Mali —") and from capitalised runs NER missed that name a
sizeable place. The distinct names of a document are resolved jointly (see
:class:`_Joint` and ``docs/gazetteer.md``): country, admin1 area and nearness
of the other names' choices bias each choice. The spaCy-free part
(:func:`locate_places`) is public so that a caller with its own spans (the
``geo`` bench with gold spans) runs the same code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from claimledger.options import Options
from claimledger.records import Evidence, Place, PlaceMention
from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Candidate,
    Gazetteer,
    ResolveContext,
    load_gazetteer,
    normalize_name,
)
from claimledger.resources.geodesy import haversine_km
from claimledger.resources.numwords import WORD_VALUES

__all__ = ["EXTRACTOR", "extract_places", "locate_places", "primary_place"]

EXTRACTOR = "places.v1"

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
# The capitalised-run scan is noisier than NER: keep only places big enough to be meant.
_MIN_SCAN_POPULATION = 30_000

_DIRECTIONS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
# Number words in distances ("fifteen kilometres"); vague ones get a typical value.
_NUMBER_WORDS: dict[str, int] = dict(WORD_VALUES)
_NUMBER_WORDS |= {"hundred": 100, "a hundred": 100}
_NUMBER_WORDS |= {"a few": 3, "several": 5, "a dozen": 12}
_KM_PER_UNIT = {"mile": 1.609344, "mi": 1.609344, "kilometer": 1.0, "kilometre": 1.0, "km": 1.0}

_DIR = r"(?:north|south)[- ]?(?:east|west)|north|south|east|west"
_NUM = r"\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_UNIT = r"miles?|mi|kilometers?|kilometres?|kms?"
# What may stand between the relation and the toponym: "the city of", "the".
_SIDE = r"(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?"
_LINK = r"(?:\s+the)?(?:\s+(?:city|town|village|province|district|governorate|region|county|area|capital|state|outskirts)\s+of)?\s+$"
_RELATION = re.compile(
    r"(?:(?P<approx>about|some|around|roughly|nearly|approximately|almost|just|over|under|less than|more than)\s+)?"
    rf"(?P<num>{_NUM})\s*-?\s*(?P<unit>{_UNIT})\.?(?:\s*\([^()]{{0,30}}\))?\s+"
    rf"\(?(?P<dir>{_DIR})\)?(?:ern)?\s+of{_LINK}"
    rf"|(?P<dir2>{_DIR})(?:ern)?\s+of{_LINK}"
    r"|(?P<near>near|nearby|close\s+to|next\s+to|outside(?:\s+of)?|just\s+outside|between"
    rf"|(?:on|in|at)\s+the\s+(?:(?:{_SIDE})\s+)?(?:outskirts|edge|fringes?)\s+of)"
    rf"{_LINK}"
    rf"|(?P<prep>\b(?:in|at|inside|within|across|throughout))(?:\s+(?:{_SIDE}|central|downtown))?{_LINK}",
    re.IGNORECASE,
)
_WINDOW = 90  # characters before a toponym searched for its relation
_DATELINE = re.compile(
    r"(?m)^[ \t\"“]*(?P<name>[A-Z][A-Z.'’ -]{0,40}?[A-Z])(?:,\s*(?P<area>[A-Z][A-Za-z. ]{1,30}?))?\s*(?:\([^)]{1,20}\)\s*)?[—–-]{1,2}\s"
)


@dataclass(frozen=True)
class _Resolved:
    """One toponym after resolution (internal)."""

    start: int
    end: int
    place: Place | None
    level: int
    confidence: float


def extract_places(doc: Doc, doc_id: str, options: Options) -> list[PlaceMention]:
    """Find and resolve the toponyms of a parsed document.

    Args:
        doc: the spaCy Doc (with NER).
        doc_id: id carried into every Evidence.
        options: ``options.country_hint`` biases resolution towards a country.

    Returns:
        PlaceMentions in text order; ``place`` is None for a toponym NER found
        but the gazetteer does not know.
    """
    gaz = load_gazetteer()
    text = doc.text  # Doc.text joins every token: build it once
    spans = _candidate_spans(doc, gaz, text)
    return locate_places(text, spans, doc_id, options, gazetteer=gaz)


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


def _place_bounds(ent: Span, gaz: Gazetteer) -> tuple[int, int] | None:
    """Bounds of a known toponym in an entity, dropping a generic last word if needed."""
    bounds = _trim(ent)
    if bounds is None:
        return None
    text = ent.text[bounds[0] - ent.start_char : bounds[1] - ent.start_char]
    if gaz.contains(text):
        return bounds
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
    if ent.label_ not in ("NORP", "PERSON", "ORG") or not ent.text[:1].isupper():
        return None
    ranked = gaz.rank(ent.text)
    if not ranked or not ranked[0].exact:
        return None
    top = ranked[0]
    if ent.label_ == "NORP" and top.level == LEVEL_COUNTRY and top.place.country:
        return ent.start_char, ent.end_char
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ not in _LOCATIVE:
        return None
    if top.level == LEVEL_PLACE and top.place.population < _MIN_RELABEL_POPULATION:
        return None
    return ent.start_char, ent.end_char


def _coordinated(ent: Span, last_place_token: int, gaz: Gazetteer) -> bool:
    """An entity joined by "and"/"or" to the toponym just before it, and itself a place."""
    if ent.start < 2 or ent.start - 2 != last_place_token:
        return False
    if ent.doc[ent.start - 1].lower_ not in ("and", "or", "&"):
        return False
    ranked = gaz.rank(ent.text)
    return bool(ranked) and ranked[0].exact


def _candidate_spans(doc: Doc, gaz: Gazetteer, text: str | None = None) -> list[tuple[int, int]]:
    """Toponym spans: NER places, datelines, and gazetteer hits in capitalised runs."""
    spans: dict[tuple[int, int], None] = {}
    covered: set[int] = set()
    text = doc.text if text is None else text
    last_place_token = -2  # index of the last token of the previous accepted toponym
    for ent in doc.ents:
        bounds: tuple[int, int] | None = None
        if ent.label_ in _PLACE_LABELS:
            bounds = _place_bounds(ent, gaz)
            # FAC is mostly streets and buildings: keep it only when it is a known place;
            # GPE/LOC that the gazetteer lacks are kept unresolved.
            if bounds is None and ent.label_ != "FAC":
                bounds = _trim(ent)
        else:
            bounds = _relabelled(ent, gaz)
            if bounds is None and _coordinated(ent, last_place_token, gaz):
                bounds = ent.start_char, ent.end_char  # "between Gao and Ansongo"
        if bounds is not None and text[bounds[0] : bounds[0] + 1].isupper():
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
    for b in _scan_capitalised(doc, gaz, covered, text):
        spans[b] = None
    return sorted(spans)


def _scan_capitalised(
    doc: Doc, gaz: Gazetteer, covered: set[int], text: str | None = None
) -> list[tuple[int, int]]:
    """Runs of title-case proper nouns outside any entity that name a sizeable place."""
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
        j = i
        while j + 1 < n and j + 1 - i < 3 and doc[j + 1].is_title and (j + 1) not in covered:
            j += 1
        # longest run first: "Rapides Parish" before "Rapides"
        for k in range(j, i - 1, -1):
            start, end = doc[i].idx, doc[k].idx + len(doc[k].text)
            run = full[start:end]
            if not gaz.contains(run):
                continue
            best = gaz.rank(run)[0]
            if best.level != 0 or best.place.population >= _MIN_SCAN_POPULATION:
                found.append((start, end))
            i = k
            break
        i += 1
    return found


_AREA_LEVELS = (LEVEL_ADMIN1, LEVEL_ADMIN2)
_AREA_TAIL = re.compile(
    r"\s+(?:province|governorate|oblast|region|state|district|county|parish|prefecture)\b",
    re.IGNORECASE,
)
_TOP_K = 25  # candidates per name kept for joint resolution
_NEAR_KM = 60.0


def _confidence(scores: Sequence[float], exact: bool) -> float:
    """How sure the choice is: high when the best candidate clearly beats the next."""
    if not scores:
        return 0.0
    margin = scores[0] - scores[1] if len(scores) > 1 else math.inf
    conf = 0.95 if margin == math.inf else 0.5 + 0.45 * (1 - math.exp(-margin))
    return round(conf if exact else conf * 0.8, 3)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """1-degree grid cell of a point."""
    return math.floor(lat), math.floor(lon)


class _Joint:
    """Joint resolution of a document's distinct toponyms.

    Each name keeps its best candidates by prior (population, level, hint).
    Two rounds then add evidence from the OTHER names only: a shared country,
    a shared admin1 area, being within 60 km of another name's current choice
    or of any of its candidates, and, for countries and admin1 areas, holding
    other names' current choices. Local news names places near each other, so
    this picks Paris, Tennessee next to Henry County over Paris, France.
    """

    def __init__(
        self,
        names: Sequence[str],
        gaz: Gazetteer,
        hint: str | None,
        area_names: frozenset[int] = frozenset(),
    ) -> None:
        base = ResolveContext(country_hint=hint)
        self.names = list(names)
        self.area_names = area_names  # names written "X province", "X county"
        self.gaz = gaz
        self.cands = [gaz.rank(n, base)[:_TOP_K] for n in self.names]
        self.grid: dict[tuple[int, int], list[tuple[int, float, float]]] = {}
        for k, cands in enumerate(self.cands):
            for c in cands:
                if c.level in (LEVEL_PLACE, LEVEL_ADMIN2):
                    cell = _cell(c.place.lat, c.place.lon)
                    self.grid.setdefault(cell, []).append((k, c.place.lat, c.place.lon))
        self.near_any = [
            [self._near_names(k, c) for c in cands] for k, cands in enumerate(self.cands)
        ]
        admin1_names: dict[tuple[str | None, str | None], set[int]] = {}
        for k, cands in enumerate(self.cands):
            for c in cands:
                if c.level != LEVEL_COUNTRY and c.place.admin1:
                    admin1_names.setdefault((c.place.country, c.place.admin1), set()).add(k)
        self.same_admin1 = [
            [admin1_names.get((c.place.country, c.place.admin1), set()) - {k} for c in cands]
            for k, cands in enumerate(self.cands)
        ]
        # Start from what needs no choice yet: prior plus co-location with any
        # candidate of the other names. Starting from the prior alone lets a
        # famous namesake pull its neighbours into a wrong but consistent reading.
        self.scores: list[list[float]] = [
            [c.score + self._static(k, i) for i, c in enumerate(cands)]
            for k, cands in enumerate(self.cands)
        ]
        self.choice = [
            max(range(len(row)), key=row.__getitem__) if row else -1 for row in self.scores
        ]

    def _area(self, k: int, i: int) -> float:
        """Bonus of an admin area for a name the text calls "X province", "X county"."""
        return 3.0 if k in self.area_names and self.cands[k][i].level in _AREA_LEVELS else 0.0

    def _static(self, k: int, i: int) -> float:
        """Bonus of candidate ``i`` of name ``k`` that does not depend on other choices."""
        return (
            self._area(k, i)
            + 1.25 * min(3, len(self.near_any[k][i]))
            + 0.5 * min(3, len(self.same_admin1[k][i]))
        )

    def _near_names(self, k: int, c: Candidate) -> frozenset[int]:
        """Other names with a town/county candidate within 60 km of ``c``."""
        if c.level not in (LEVEL_PLACE, LEVEL_ADMIN2):
            return frozenset()
        lat, lon = c.place.lat, c.place.lon
        ci, cj = _cell(lat, lon)
        out: set[int] = set()
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for k2, la, lo in self.grid.get((ci + di, cj + dj), ()):
                    if k2 != k and k2 not in out and haversine_km(lat, lon, la, lo) < _NEAR_KM:
                        out.add(k2)
        return frozenset(out)

    def run(self, rounds: int = 4) -> None:
        """Re-score each name in turn against the others' current choices until stable.

        Names are updated one at a time (not all at once) so that two names
        cannot keep swapping between two consistent readings.
        """
        for _ in range(rounds):
            before = list(self.choice)
            for k, cands in enumerate(self.cands):
                if not cands:
                    continue
                chosen = [self.cands[k2][i] if i >= 0 else None for k2, i in enumerate(self.choice)]
                countries, admin1 = self._areas(chosen)
                row = [
                    c.score + self._evidence(k, i, c, chosen, countries, admin1)
                    for i, c in enumerate(cands)
                ]
                self.scores[k] = row
                self.choice[k] = max(range(len(row)), key=row.__getitem__)
            if self.choice == before:
                break

    @staticmethod
    def _areas(
        chosen: Sequence[Candidate | None],
    ) -> tuple[dict[str, set[int]], dict[tuple[str, str], set[int]]]:
        """Which names currently sit in which country and admin1 area."""
        countries: dict[str, set[int]] = {}
        admin1: dict[tuple[str, str], set[int]] = {}
        for k, c in enumerate(chosen):
            if c is None or c.place.country is None:
                continue
            countries.setdefault(c.place.country, set()).add(k)
            if c.place.admin1:
                admin1.setdefault((c.place.country, c.place.admin1), set()).add(k)
        return countries, admin1

    def _evidence(
        self,
        k: int,
        i: int,
        c: Candidate,
        chosen: Sequence[Candidate | None],
        countries: dict[str, set[int]],
        admin1: dict[tuple[str, str], set[int]],
    ) -> float:
        """Bonus of candidate ``i`` of name ``k`` from the other names."""
        p = c.place
        bonus = 0.0
        if c.level in (LEVEL_COUNTRY, LEVEL_ADMIN1):
            bonus += self._area(k, i)
            key: set[int] = set()
            if c.level == LEVEL_COUNTRY and p.country:
                key = countries.get(p.country, set())
            elif c.level == LEVEL_ADMIN1 and p.country and p.admin1:
                key = admin1.get((p.country, p.admin1), set())
                if countries.get(p.country, set()) - {k}:
                    bonus += 1.5
            bonus += 1.5 * min(3, len(key - {k}))
            return bonus
        if p.country and countries.get(p.country, set()) - {k}:
            named = any(
                chosen[k2] is not None and chosen[k2].level == LEVEL_COUNTRY  # type: ignore[union-attr]
                for k2 in countries[p.country] - {k}
            )
            bonus += 2.5 if named else 1.5
        elif p.country and any(n in countries for n in self.gaz.neighbours(p.country)):
            bonus += 1.0
        elif p.country and any(k2 != k for ks in countries.values() for k2 in ks):
            bonus -= 1.0  # the other places are all in unrelated countries
        local = 0.0  # same admin1 area, nearness
        if p.country and p.admin1 and admin1.get((p.country, p.admin1), set()) - {k}:
            named = any(
                chosen[k2] is not None and chosen[k2].level == LEVEL_ADMIN1  # type: ignore[union-attr]
                for k2 in admin1[(p.country, p.admin1)] - {k}
            )
            local += 3.5 if named else 2.0
        near_any = self.near_any[k][i]
        local += self._static(k, i)
        near_chosen = 0
        for k2, other in enumerate(chosen):
            if k2 == k or other is None or other.level not in (LEVEL_PLACE, LEVEL_ADMIN2):
                continue
            if other.place.geonameid == p.geonameid:
                continue  # "New York" and "New York City" are one entry, not two clues
            if (
                k2 in near_any
                and haversine_km(p.lat, p.lon, other.place.lat, other.place.lon) < _NEAR_KM
            ):
                near_chosen += 1
        local += 1.5 * min(3, near_chosen)
        return bonus + local

    def result(self, k: int) -> tuple[Candidate | None, float]:
        """The chosen candidate of name ``k`` and its confidence."""
        i = self.choice[k]
        if i < 0:
            return None, 0.0
        c = self.cands[k][i]
        ordered = sorted(self.scores[k], reverse=True)
        return c, _confidence(ordered, c.exact)


def _resolve_all(
    text: str, spans: Sequence[tuple[int, int]], gaz: Gazetteer, hint: str | None
) -> list[_Resolved]:
    """Resolve the distinct names of the spans jointly, then map back to spans."""
    names = [text[s:e] for s, e in spans]
    # "Mansfield" and "MANSFIELD" are one name, not two clues for each other
    keys = [normalize_name(n) for n in names]
    first: dict[str, str] = {}
    for key, name in zip(keys, names, strict=True):
        first.setdefault(key, name)
    distinct = list(first)
    areas = {keys[i] for i, (s, e) in enumerate(spans) if _AREA_TAIL.match(text, e)}
    area_names = frozenset(k for k, key in enumerate(distinct) if key in areas)
    joint = _Joint([first[k] for k in distinct], gaz, hint, area_names)
    joint.run()
    index = {key: k for k, key in enumerate(distinct)}
    out: list[_Resolved] = []
    for (s, e), key in zip(spans, keys, strict=True):
        c, conf = joint.result(index[key])
        out.append(_Resolved(s, e, c.place if c else None, c.level if c else LEVEL_PLACE, conf))
    return out


def _relation(text: str, start: int) -> tuple[str | None, float | None, float | None]:
    """(relation, distance km, bearing degrees) read just before a toponym."""
    line_start = text.rfind("\n", max(0, start - _WINDOW), start) + 1
    window = text[max(line_start, start - _WINDOW) : start]
    m = _RELATION.search(window)
    if m is None:
        return None, None, None
    if m.group("prep"):
        return "in", None, None
    if m.group("near"):
        rel = " ".join(m.group("near").lower().split())
        return ("near" if rel in ("nearby", "close to", "next to") else rel), None, None
    direction = (m.group("dir") or m.group("dir2") or "").lower().replace("-", "").replace(" ", "")
    if m.group("dir2"):
        return f"{direction} of", None, None
    num_text = m.group("num").lower().replace(",", ".")
    number = float(num_text) if num_text[0].isdigit() else float(_NUMBER_WORDS[num_text])
    unit = m.group("unit").lower().rstrip("s")
    km = number * _KM_PER_UNIT.get(unit, 1.0)
    approx = f"{m.group('approx').lower()} " if m.group("approx") else ""
    unit_word = "miles" if unit.startswith("mi") else "km"
    num_out = m.group("num").lower()
    return f"{approx}{num_out} {unit_word} {direction} of", km, _DIRECTIONS[direction]


def _move(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) on ``bearing`` (great circle)."""
    d = km / 6371.0
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def locate_places(
    text: str,
    spans: Sequence[tuple[int, int]],
    doc_id: str,
    options: Options,
    gazetteer: Gazetteer | None = None,
) -> list[PlaceMention]:
    """Resolve given toponym spans of ``text`` together, with relations.

    Args:
        text: the document text (the context).
        spans: ``(start, end)`` character offsets of toponyms in ``text``.
        doc_id: id carried into every Evidence.
        options: ``options.country_hint`` biases resolution.
        gazetteer: the index to use (default: :func:`load_gazetteer`).

    Returns:
        One PlaceMention per span, in the order given.
    """
    gaz = gazetteer or load_gazetteer()
    resolved = _resolve_all(text, spans, gaz, options.country_hint)
    out: list[PlaceMention] = []
    for r in resolved:
        relation, km, bearing = _relation(text, r.start)
        lat = lon = None
        if r.place is not None:
            lat, lon = r.place.lat, r.place.lon
            if km is not None and bearing is not None:
                lat, lon = _move(lat, lon, km, bearing)
        conf = r.confidence if r.place is not None else 0.3
        ev = Evidence(r.start, r.end, text[r.start : r.end], doc_id, EXTRACTOR, conf)
        out.append(PlaceMention(r.place, ev, relation, lat, lon))
    return out


def _specificity(place: Place) -> float:
    """Town 3, county 2, admin1 1, country 0."""
    if place.feature == "P":
        return 3.0
    if place.admin1 is None:
        return 0.0
    return 1.0 if place.admin1 == place.name else 2.0


def primary_place(mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place the event most likely happened at.

    Prefers a resolved, specific place (a town over a country) that a relation
    ties to the event ("south of X", "near X" over "in X" over a bare mention),
    and the first such place in the body over an all-caps dateline city.

    Args:
        mentions: the output of :func:`extract_places`, in text order.

    Returns:
        The chosen mention, or None when there is none.
    """
    best: PlaceMention | None = None
    best_score = -math.inf
    for m in mentions:
        if m.place is None:
            continue
        score = _specificity(m.place)
        if m.relation and m.relation != "in":
            score += 2.5
        elif m.relation == "in":
            score += 1.0
        if m.evidence.text.isupper() and len(m.evidence.text) > 3:
            score -= 2.0  # a dateline names where the reporter filed, not the event
        score += 0.5 * m.evidence.confidence
        if score > best_score:
            best, best_score = m, score
    if best is None and mentions:
        return mentions[0]
    return best
