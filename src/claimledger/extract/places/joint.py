"""Joint resolution of the distinct toponyms of one document.

Input: the document text, its toponym spans, the :class:`Gazetteer` and an
optional country hint. Output: one :class:`Resolved` per span (the chosen
gazetteer entry, its level and a confidence). The distinct names are resolved
together (see :class:`_Joint` and ``docs/gazetteer.md``): country, admin1 area
and nearness of the other names' choices bias each choice.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from claimledger.extract.places.cues import background, implied_countries
from claimledger.extract.places.features import INDEX as _F
from claimledger.extract.places.features import dot, load_weights, prior_features
from claimledger.extract.places.home import Home
from claimledger.extract.places.written import town_of_area
from claimledger.records import Place
from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Candidate,
    Gazetteer,
    ResolveContext,
    normalize_name,
)
from claimledger.resources.geodesy import haversine_km

__all__ = ["Resolved", "bracketed", "inside", "joint_resolution", "resolve_all"]


@dataclass(frozen=True)
class Resolved:
    """One toponym span after resolution."""

    start: int
    end: int
    place: Place | None
    level: int
    confidence: float


_AREA_LEVELS = (LEVEL_ADMIN1, LEVEL_ADMIN2)
_AREA_TAIL = re.compile(
    r"\s+(?:province|governorate|oblast|region|state|district|county|parish|prefecture|agency"
    r"|tribal\s+(?:area|region|district|agency))\b",
    re.IGNORECASE,
)
_TOP_K = 25  # candidates per name kept for joint resolution
# How specific a level is: only a wider area can hold a name ("Tappi, North Waziristan").
_RANK = {LEVEL_COUNTRY: 0, LEVEL_ADMIN1: 1, LEVEL_ADMIN2: 2, LEVEL_PLACE: 3}
_NEAR_KM = 60.0


def _confidence(scores: Sequence[float], exact: bool) -> float:
    """How sure the choice is: high when the best candidate clearly beats the next."""
    if not scores:
        return 0.0
    margin = scores[0] - scores[1] if len(scores) > 1 else math.inf
    conf = 0.95 if margin == math.inf else 0.5 + 0.45 * (1 - math.exp(-margin))
    return round(conf if exact else conf * 0.8, 3)


def inside(c: Candidate, area: Candidate) -> bool:
    """Whether candidate ``c`` can lie in ``area`` (a country, admin1 or admin2 entry).

    Same country for a country; same country and admin1 for an admin1 area; for
    an admin2 area also within 150 km of its centre (admin2 extents are unknown).
    """
    a, p = area.place, c.place
    if a.country is None:
        return True  # a continent: not checked
    if p.country != a.country:
        return False
    if area.level == LEVEL_COUNTRY or c.level == LEVEL_COUNTRY:
        return True
    if a.admin1 and p.admin1 and a.admin1 != p.admin1:
        return False
    if area.level == LEVEL_ADMIN2 and c.level == LEVEL_PLACE:
        return haversine_km(p.lat, p.lon, a.lat, a.lon) < 150.0
    return True


def _fits(c: Candidate, area: Candidate) -> bool:
    """``c`` may be written before ``area`` as "c, area": inside it, or a peer in its country."""
    if _RANK[area.level] < _RANK[c.level]:
        return inside(c, area)
    if LEVEL_COUNTRY in (c.level, area.level):
        return True  # "Iraq, Syria": two countries, nothing to check
    return area.place.country is None or c.place.country == area.place.country


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
    this picks Berlin, New Hampshire next to Coos County over Berlin, Germany.
    """

    def __init__(
        self,
        names: Sequence[str],
        gaz: Gazetteer,
        hint: str | None,
        area_names: frozenset[int] = frozenset(),
        within: dict[int, frozenset[int]] | None = None,
        weights: Sequence[float] | None = None,
        home: Home | None = None,
    ) -> None:
        base = ResolveContext(country_hint=hint)
        self.weights = list(weights if weights is not None else load_weights())
        self.names = list(names)
        self.area_names = area_names  # names written "X province", "X county"
        self.within = within or {}  # "Tappi, North Waziristan": name -> names that hold it
        self.gaz = gaz
        self.cands = [gaz.rank(n, base)[:_TOP_K] for n in self.names]
        self.prior = [[prior_features(c, gaz, hint, home) for c in cands] for cands in self.cands]
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
        self.feats: list[list[list[float]]] = [
            [self._static(k, i) for i in range(len(cands))] for k, cands in enumerate(self.cands)
        ]
        self.scores: list[list[float]] = [[dot(self.weights, f) for f in row] for row in self.feats]
        self.choice = [self._best(k, row) if row else -1 for k, row in enumerate(self.scores)]

    def _best(self, k: int, row: Sequence[float]) -> int:
        """The best-scored candidate; an area when the text writes the name as one.

        "Idlib province" names the province, whatever the town of Idlib scores:
        the text's own word is a constraint, not one feature among others.
        """
        pool = range(len(row))
        if k in self.area_names:
            areas = [i for i in pool if self.cands[k][i].level in _AREA_LEVELS]
            if areas:
                return max(areas, key=row.__getitem__)
        return max(pool, key=row.__getitem__)

    def _area(self, k: int, i: int) -> float:
        """1 for an admin area of a name the text calls "X province", "X county"."""
        return 1.0 if k in self.area_names and self.cands[k][i].level in _AREA_LEVELS else 0.0

    def _static(self, k: int, i: int) -> list[float]:
        """Features of candidate ``i`` of name ``k`` that do not depend on other choices."""
        f = list(self.prior[k][i])
        f[_F["written_as_area"]] = self._area(k, i)
        f[_F["near_any_candidate"]] = min(3, len(self.near_any[k][i]))
        f[_F["same_admin1_any_candidate"]] = min(3, len(self.same_admin1[k][i]))
        return f

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
                feats = [
                    self._evidence(k, i, c, chosen, countries, admin1) for i, c in enumerate(cands)
                ]
                row = [dot(self.weights, f) for f in feats]
                self.feats[k] = feats
                self.scores[k] = row
                self.choice[k] = self._best(k, row)
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
    ) -> list[float]:
        """Features of candidate ``i`` of name ``k`` given the other names' choices."""
        p = c.place
        f = list(self.prior[k][i])
        if c.level in (LEVEL_COUNTRY, LEVEL_ADMIN1):
            f[_F["written_as_area"]] = self._area(k, i)
            key: set[int] = set()
            if c.level == LEVEL_COUNTRY and p.country:
                key = countries.get(p.country, set())
            elif c.level == LEVEL_ADMIN1 and p.country and p.admin1:
                key = admin1.get((p.country, p.admin1), set())
                if countries.get(p.country, set()) - {k}:
                    f[_F["admin1_country_named"]] = 1.0
            f[_F["holds_chosen"]] = min(3, len(key - {k}))
            return f
        if p.country and countries.get(p.country, set()) - {k}:
            named = any(
                chosen[k2] is not None and chosen[k2].level == LEVEL_COUNTRY  # type: ignore[union-attr]
                for k2 in countries[p.country] - {k}
            )
            f[_F["country_named" if named else "country_implied"]] = 1.0
        elif p.country and any(n in countries for n in self.gaz.neighbours(p.country)):
            f[_F["neighbour_country"]] = 1.0
        elif p.country and any(k2 != k for ks in countries.values() for k2 in ks):
            f[_F["unrelated_countries"]] = 1.0
        if p.country and p.admin1 and admin1.get((p.country, p.admin1), set()) - {k}:
            named = any(
                chosen[k2] is not None and chosen[k2].level == LEVEL_ADMIN1  # type: ignore[union-attr]
                for k2 in admin1[(p.country, p.admin1)] - {k}
            )
            f[_F["admin1_named" if named else "admin1_implied"]] = 1.0
        static = self._static(k, i)
        for name in ("written_as_area", "near_any_candidate", "same_admin1_any_candidate"):
            f[_F[name]] = static[_F[name]]
        near_any = self.near_any[k][i]
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
        f[_F["near_chosen"]] = min(3, near_chosen)
        self._held(k, c, chosen, f)
        return f

    def _held(
        self, k: int, c: Candidate, chosen: Sequence[Candidate | None], f: list[float]
    ) -> None:
        """Count the areas written after name ``k`` that hold, or not, ``c`` ("Tappi, North Waziristan")."""
        for j in self.within.get(k, ()):
            area = chosen[j]
            if area is not None and area.level != LEVEL_PLACE:
                f[_F["inside_area_after" if _fits(c, area) else "outside_area_after"]] += 1.0

    def result(self, k: int) -> tuple[Candidate | None, float]:
        """The chosen candidate of name ``k`` and its confidence."""
        i = self.choice[k]
        if i < 0:
            return None, 0.0
        c = self.cands[k][i]
        ordered = sorted(self.scores[k], reverse=True)
        return c, _confidence(ordered, c.exact)


def joint_resolution(
    text: str,
    spans: Sequence[tuple[int, int]],
    gaz: Gazetteer,
    hint: str | None,
    weights: Sequence[float] | None = None,
    home: Home | None = None,
    implied: Sequence[str] = (),
) -> tuple[_Joint, list[int]]:
    """The joint resolution of the spans' distinct names, run; and each span's name index.

    Args:
        text: the document text.
        spans: ``(start, end)`` character offsets of toponyms in ``text``.
        gaz: the index to resolve against.
        hint: ISO alpha-2 code of a country to favour.
        weights: ranker weights in ``FEATURES`` order (default: the shipped ones).
        home: the publisher's home area (:mod:`.home`), when known.
        implied: names of countries the text implies (:func:`.cues.implied_countries`):
            resolved as extra names after the spans' names, which no span maps to.
    """
    names = [text[s:e] for s, e in spans]
    # "Mansfield" and "MANSFIELD" are one name, not two clues for each other
    keys = [normalize_name(n) for n in names]
    first: dict[str, str] = {}
    for key, name in zip(keys, names, strict=True):
        first.setdefault(key, name)
    for name in implied:  # "AQAP": the text is about Yemen, as if it named it
        first.setdefault(normalize_name(name), name)
    distinct = list(first)
    areas = {keys[i] for i, (s, e) in enumerate(spans) if _AREA_TAIL.match(text, e)}
    # "Kalo (Djugu, Ituri)": the bracketed names are areas; not "Tripoli (Tripoli)", where
    # the bracket names the area the town is named after and the town is the place
    held = {i: bracketed(text, spans, i) for i in range(len(spans))}
    areas |= {keys[j] for js in held.values() for j in js} - {keys[i] for i in held if held[i]}
    area_names = frozenset(k for k, key in enumerate(distinct) if key in areas)
    index = {key: k for k, key in enumerate(distinct)}
    of_span = [index[key] for key in keys]
    within = _held_by(text, spans, of_span)
    joint = _Joint([first[k] for k in distinct], gaz, hint, area_names, within, weights, home)
    joint.run()
    return joint, of_span


def resolve_all(
    text: str,
    spans: Sequence[tuple[int, int]],
    gaz: Gazetteer,
    hint: str | None,
    home: Home | None = None,
) -> list[Resolved]:
    """Resolve the distinct names of the spans jointly, then map back to spans.

    The countries the text's armed groups imply (:func:`.cues.implied_countries`)
    join the resolution as names of their own; names told as a person's past
    (:func:`.cues.background`) are resolved but make no other name a stray.

    Args:
        text: the document text.
        spans: ``(start, end)`` character offsets of toponyms in ``text``.
        gaz: the index to resolve against.
        hint: ISO alpha-2 code of a country to favour (``Options.country_hint``).
        home: the publisher's home area (:mod:`.home`), when known.

    Returns:
        One :class:`Resolved` per span, in the order given.
    """
    implied = implied_countries(text)
    joint, names = joint_resolution(text, spans, gaz, hint, home=home, implied=implied)
    past = background(text, spans)
    foreground = {names[i] for i in range(len(spans)) if i not in past}
    keys = [normalize_name(n) for n in joint.names]
    told = {k for k, key in enumerate(keys) if key in {normalize_name(n) for n in implied}}
    strays = _strays(joint, {k for k in range(len(keys)) if k not in foreground} - told, told)
    out: list[Resolved] = []
    for i, (s, e) in enumerate(spans):
        c, conf = joint.result(names[i])
        holder = _holder(joint, spans, i, text) or _chain_holder(joint, spans, i, text)
        if c is not None and c.level in _AREA_LEVELS and _repeated(text, spans, i):
            c = town_of_area(c, joint.cands[names[i]]) or c  # "Mahdia (Mahdia, Mahdia)"
        if c is not None and holder is not None and not _fits(c, holder):
            c, conf = None, 0.0  # a village the index lacks, named after its district
        if names[i] in strays:
            c, conf = None, 0.0  # a small namesake far from everything else the text names
        out.append(Resolved(s, e, c.place if c else None, c.level if c else LEVEL_PLACE, conf))
    return out


# "Rio de Janeiro - South Zone" (a part of the town), "Tiruppur city", "Jagti town"
_TOWN_AFTER = re.compile(r"[ \t]+(?:[-–][ \t]+[A-Z]|(?:city|town)\b)")


def _repeated(text: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Span ``i`` names the town: its name comes back as the area after it, in brackets
    ("Gedaref (Gedaref state)") or after a comma ("Colima, Colima"), or the text says
    "city"/"town" or names a part of it after a dash ("Rio de Janeiro - South Zone")."""
    if _TOWN_AFTER.match(text, spans[i][1]):
        return True
    key = normalize_name(text[spans[i][0] : spans[i][1]])
    after = [i + 1] if _next_area(spans, i, text) == i + 1 else []
    return any(
        normalize_name(text[s:e]) == key
        for s, e in (spans[j] for j in [*bracketed(text, spans, i), *after])
    )


_STRAY_POPULATION = 100_000  # a town this small, abroad and alone, is a namesake
_STRAY_KM = 300.0


def _strays(
    joint: _Joint, silent: AbstractSet[int] = frozenset(), told: AbstractSet[int] = frozenset()
) -> set[int]:
    """Names whose choice is a small town in a country no other name is in, far from all.

    "Boya or Mohammad Khel, North Waziristan": the index lacks the village and
    offers Boya, Australia, while every other name of the text lies in
    Pakistan. Such a choice is a namesake, not the place: it is left
    unresolved. Kept when any other name (a country too) lies in its country,
    when no other name is resolved to a town or an area (a country says
    little: "a US drone strike on Zinjibar"), when its country borders theirs,
    or when it is within 300 km of one of them; large towns named by their own
    name are always kept (a local paper may name Baghdad), not those an
    alternate name or a loose spelling found ("Saam, near Ladha, South
    Waziristan" is no Damascus). ``silent`` names (a person's past) are
    no other name here; a country an armed group implies (``told``: "AQAP"
    for Yemen) counts like a town there: "Shiban" in a text about AQAP is
    not Shiban, China.
    """
    chosen = [joint.result(k)[0] for k in range(len(joint.names))]
    out: set[int] = set()
    for k, c in enumerate(chosen):
        if c is None or c.level != LEVEL_PLACE:
            continue
        if c.place.population >= _STRAY_POPULATION and c.primary and c.exact:
            continue  # a large town by its own name; not "Saam", an alternate name of Damascus
        others = [
            o
            for k2, o in enumerate(chosen)
            if k2 != k and k2 not in silent and o is not None and o.place.country
        ]
        if any(o.place.country == c.place.country for o in others):
            continue
        local = [
            o
            for k2, o in enumerate(chosen)
            if k2 != k and k2 not in silent and o is not None and o.place.country
            if o.level != LEVEL_COUNTRY or k2 in told
        ]
        if not local or c.place.country in {
            n for o in local for n in joint.gaz.neighbours(o.place.country or "")
        }:
            continue
        if any(
            haversine_km(c.place.lat, c.place.lon, o.place.lat, o.place.lon) < _STRAY_KM
            for o in local
            if o.level in (LEVEL_PLACE, LEVEL_ADMIN2)
        ):
            continue
        out.add(k)
    return out


_APPOSITION = re.compile(r",[ \t]*(?:the[ \t]+)?$")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")
_UNIT_OF = re.compile(
    r"[ \t]+(?:area|district|village|town|city|region|valley)[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)


_OPEN = re.compile(r"[ \t]*\([ \t]*")


def bracketed(text: str, spans: Sequence[tuple[int, int]], i: int) -> list[int]:
    """Indexes of the spans written in brackets right after span ``i``: its areas.

    "Kalo (Djugu, Ituri)": Djugu and Ituri hold Kalo, smallest first (the shape
    of conflict monitors' notes and of regional papers, "Sahiwal (Punjab)").
    """
    if i + 1 >= len(spans):
        return []
    m = _OPEN.match(text, spans[i][1])
    if m is None or m.end() != spans[i + 1][0]:
        return []
    close = text.find(")", m.end(), m.end() + 120)
    if close < 0:
        return []
    out = []
    for j in range(i + 1, len(spans)):
        if spans[j][1] > close:
            break
        if j > i + 1 and not _APPOSITION.fullmatch(text[spans[j - 1][1] : spans[j][0]]):
            break
        out.append(j)
    return out if out and spans[out[-1]][1] <= close else []


def _next_area(spans: Sequence[tuple[int, int]], i: int, text: str) -> int | None:
    """Index of the span right after span ``i`` when it is written as its area.

    "X, Y" (only a comma between them; not a list), "X (Y, Z)" (brackets), or
    "X area of Y", "X district in Y" (a unit word, then "of"/"in").
    """
    if i + 1 >= len(spans):
        return None
    if bracketed(text, spans, i):
        return i + 1  # "Kalo (Djugu, Ituri)": the first bracketed name, the smallest area
    gap = text[spans[i][1] : spans[i + 1][0]]
    if len(gap) <= 24 and _UNIT_OF.fullmatch(gap):
        return i + 1  # "Hareeb area of Shabwa province", "Jaar district in Abyan"
    if len(gap) > 6 or not _APPOSITION.search(gap):
        return None
    if i + 2 < len(spans):  # "Idlib, Aleppo and Hama" is a list, not a town and its area
        after = text[spans[i + 1][1] : spans[i + 2][0]]
        if len(after) <= 6 and _LIST_GAP.fullmatch(after):
            return None
    return i + 1


def _held_by(
    text: str, spans: Sequence[tuple[int, int]], names: Sequence[int]
) -> dict[int, frozenset[int]]:
    """Name -> the names written right after it as its area ("Tappi, North Waziristan")."""
    out: dict[int, set[int]] = {}
    for i in range(len(spans)):
        j = _next_area(spans, i, text)
        for j2 in ([] if j is None else [j]) + bracketed(text, spans, i):
            if names[j2] != names[i]:
                out.setdefault(names[i], set()).add(names[j2])
    return {k: frozenset(v) for k, v in out.items()}


def _holder(joint: _Joint, spans: Sequence[tuple[int, int]], i: int, text: str) -> Candidate | None:
    """The area chosen for the span written right after span ``i``, if an area."""
    j = _next_area(spans, i, text)
    if j is None:
        return None
    key = normalize_name(text[spans[j][0] : spans[j][1]])
    k = next((n for n, name in enumerate(joint.names) if normalize_name(name) == key), None)
    if k is None:
        return None
    c, _ = joint.result(k)
    return c if c is not None and c.level != LEVEL_PLACE else None


def _chosen(joint: _Joint, span: tuple[int, int], text: str) -> Candidate | None:
    """The candidate chosen for the name written at ``span``."""
    key = normalize_name(text[span[0] : span[1]])
    k = next((n for n, name in enumerate(joint.names) if normalize_name(name) == key), None)
    return None if k is None else joint.result(k)[0]


_CHAIN_MID = re.compile(r",[ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]*,[ \t]*")


def _chain_holder(
    joint: _Joint, spans: Sequence[tuple[int, int]], i: int, text: str
) -> Candidate | None:
    """The area ending a chain of three names after span ``i``: "X, Wana, South Waziristan".

    The middle name may be a span or a word NER missed; it must name a place
    inside the area (for a span: its choice; else any entry of the index), so
    that "Idlib, Aleppo, Hama" (three peers) is not read as a chain.
    """
    if i + 1 >= len(spans):
        return None
    gap = text[spans[i][1] : spans[i + 1][0]]
    m = _CHAIN_MID.fullmatch(gap)
    if m is not None:  # the middle name is not a span
        area = _chosen(joint, spans[i + 1], text)
        if area is None or area.level == LEVEL_PLACE:
            return None
        mid = m.group(1)
        fits = any(inside(c, area) for c in joint.gaz.rank(mid)[:_TOP_K] if c.level == LEVEL_PLACE)
        return area if fits else None
    if i + 2 >= len(spans) or not _APPOSITION.fullmatch(gap):
        return None
    if not _APPOSITION.fullmatch(text[spans[i + 1][1] : spans[i + 2][0]]):
        return None
    area, mid_c = _chosen(joint, spans[i + 2], text), _chosen(joint, spans[i + 1], text)
    if area is None or area.level == LEVEL_PLACE or mid_c is None or mid_c.level != LEVEL_PLACE:
        return None
    return area if inside(mid_c, area) else None
