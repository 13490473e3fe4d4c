"""Places written with the areas that hold them: "Kalo (Djugu, Ituri)", "Rakivka, Kyiv".

Conflict monitors' notes and regional papers name a village with its district
and province; the small NER model misses or mislabels most such names (PERSON,
ORG, a FAC over "Rakivka, Kyiv"). These readers find them in the text itself,
and only where the index confirms the shape: a bracketed name or the name
after the comma is an admin area or a country, and (after a comma) the first
name has an entry inside that area.
"""

from __future__ import annotations

import re

from claimledger.extract.places.lookup import named_otherwise as _named_otherwise
from claimledger.extract.places.lookup import rank as _rank
from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Candidate,
    Gazetteer,
)
from claimledger.resources.geodesy import haversine_km

__all__ = ["city_parts", "comma_areas", "paren_areas", "town_of_area"]

# "Kalo (Djugu, Ituri)", "Parauapebas (Para)", "Sahiwal (Punjab)": a place and, in
# brackets, the areas that hold it, smallest first. A name is capitalised words
# ("Sud-Kivu"), with lower-case particles inside ("Rio de Janeiro").
_PAREN_NAME = r"[A-Z][\w'’.-]*(?:[ -](?:(?:de|do|da|del|des|di|la|el|al|ad|an|ar|as|ash)[ -])?[A-Z][\w'’.-]*){0,3}"
_HEAD_UNIT = r"(?:[ \t]+(?:village|town|city|township|district|county|municipality|camp))?"
_AREA_UNIT = (
    r"(?:[ \t]+(?:district|township|region|state|province|county|zone|division|sub-county"
    r"|municipality|governorate|department|prefecture))?"
)
_PAREN_GROUP = re.compile(
    rf"(?P<head>{_PAREN_NAME}){_HEAD_UNIT}[ \t]+\("
    rf"(?P<inner>{_PAREN_NAME}{_AREA_UNIT}(?:,[ \t]*{_PAREN_NAME}{_AREA_UNIT}){{0,3}})\)"
)


def _is_area(gaz: Gazetteer, name: str) -> bool:
    """The index holds ``name`` as a country or an admin area among its first readings."""
    return gaz.contains(name) and any(
        c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_COUNTRY) for c in _rank(gaz, name)[:5]
    )


def paren_areas(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """A place and its areas in brackets: "Kalo (Djugu, Ituri)", "Coutts (Alberta)",
    "Kale town (Kale district, Sagaing region)".

    Conflict monitors and regional newspapers write a village with its district
    and province in brackets; NER misses most of those names (they are glued to
    punctuation and unknown to the small model). The bracketed names count only
    when one of them is an admin area or a country of the index (so "Islamic State (IS)" and
    "the Front (FLN)" are no places); the name before the brackets is then a
    toponym whenever the index knows it, whatever its population (the brackets
    say it is a place), and each bracketed name the index holds as an area.
    Any bracketed name may be the area: the index lacks some provinces ("Ituri")
    and knows their districts.

    Returns:
        ``(start, end)`` character spans, in text order.
    """
    out: list[tuple[int, int]] = []
    for m in _PAREN_GROUP.finditer(text):
        inner = m.group("inner")
        parts = [
            (m.start("inner") + p.start(), m.start("inner") + p.end())
            for p in re.finditer(_PAREN_NAME, inner)  # the names, without their unit words
        ]
        areas = [b for b in parts if _is_area(gaz, text[b[0] : b[1]])]
        if not areas:
            continue
        head = m.start("head"), m.end("head")
        # the head's run may start with a word that is no part of the name ("Villagers Kalo")
        words = list(re.finditer(r"\S+", text[head[0] : head[1]]))
        for w in words:
            start = head[0] + w.start()
            name = text[start : head[1]]
            if (
                name[:1].isupper()
                and gaz.contains(name)
                and not _named_otherwise(text, (start, head[1]))
            ):
                out.append((start, head[1]))
                break
        out.extend(areas)
    return out


def _holds(area: Candidate, c: Candidate) -> bool:
    """``c`` lies in ``area``: same country; same admin1 for an admin1 area; an admin2
    area's admin1 and within 150 km of its centre (its extent is unknown)."""
    a, p = area.place, c.place
    if a.country is None or p.country != a.country or c.level == LEVEL_COUNTRY:
        return False
    if area.level == LEVEL_COUNTRY:
        return True
    if not a.admin1 or a.admin1 != p.admin1:
        return False
    return area.level != LEVEL_ADMIN2 or haversine_km(p.lat, p.lon, a.lat, a.lon) < 150.0


_COMMA_PAIR = re.compile(
    rf"(?P<head>{_PAREN_NAME}),[ \t]+(?P<area>{_PAREN_NAME})(?=[ \t]*(?:[.,;:)]|$|\n))"
)
_NOT_HEAD = frozenset({"on", "in", "at", "the", "a", "an", "and", "but", "near", "from", "of"})


def comma_areas(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """A place and, after a comma, an area that holds it: "Rakivka, Kyiv", "Silao, Guanajuato".

    Both names are kept when the second is an admin area or a country of the index
    and some exact entry of the first lies inside one of the second's entries, so
    "Smith, a farmer" or "Ahmed, Reuters" are no places, and peers ("Idlib, Aleppo")
    are not taken for a town and its area unless one holds the other. The first
    name may carry a leading word that is no part of it ("Shelled Rakivka"): the
    longest tail the index knows is taken. When the index lacks the first name
    ("shelled Myrna Dolyna, Luhansk": a hamlet) the area alone is kept, if a
    lower-case word comes before the pair (inside a sentence, not a list).
    """
    out: list[tuple[int, int]] = []
    for m in _COMMA_PAIR.finditer(text):
        area_name = m.group("area").rstrip(".")  # "..., North Waziristan." ends a sentence
        area_end = m.start("area") + len(area_name)
        if not gaz.contains(area_name):
            continue
        areas = [
            c
            for c in _rank(gaz, area_name)[:5]
            if c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_COUNTRY)
        ]
        if not areas:
            continue
        words = list(re.finditer(r"\S+", m.group("head")))
        for w in words:
            start = m.start("head") + w.start()
            name = text[start : m.end("head")]
            if w.group(0).casefold() in _NOT_HEAD or not name[:1].isupper():
                continue
            if not gaz.contains(name) or _named_otherwise(text, (start, m.end("head"))):
                continue
            held = [c for c in _rank(gaz, name) if c.exact and any(_holds(a, c) for a in areas)]
            if held:
                out.append((start, m.end("head")))
            break
        if out and out[-1][1] == m.end("head") or _after_word(text, m.start("head")):
            out.append((m.start("area"), area_end))
    return out


def _after_word(text: str, start: int) -> bool:
    """A lower-case word comes right before ``start`` ("shelled X, Y", "near X, Y"):
    the pair is inside a sentence, not a list of names opening it."""
    before = text[max(0, start - 30) : start].rstrip(" \t")
    word = re.search(r"([A-Za-z]+)$", before)
    return word is not None and word.group(1).islower() and len(before) < start


def town_of_area(area: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The town named like ``area`` that lies in it, among a name's candidates.

    "Mahdia (Mahdia, Mahdia)", "Gedaref (Gedaref state)": conflict monitors write
    a town before the area it is named after, which the brackets repeat. The
    distinct name resolves once, to the area; the name before the brackets is the
    town (the best-ranked exact one inside that area), when the index has one.
    """
    towns = [c for c in cands if c.level == LEVEL_PLACE and c.exact and _holds(area, c)]
    return towns[0] if towns else None


# "Los Angeles - Central", "Donetsk - Petrovskyi", "Seoul City - Yeongdeungpo": a city, a
# spaced dash, then the part of it (a district, a borough), as conflict monitors write it.
_CITY_PART = re.compile(rf"(?P<city>{_PAREN_NAME})[ \t]+[-–][ \t]+(?P<part>[A-Z][\w'’.-]*)")
_CITY_WITH_PARTS = 100_000  # a town large enough to be written with its parts ("Lotus - Orchid")
_CITY_WORD = re.compile(r"[ \t]+(?:City|Metropolitan City|Special City)$")


def city_parts(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The city of "<City> - <Part>" ("Caracas - Libertador", "Sydney - Eastern"), when the
    index knows it (a trailing "City" dropped: "Seoul City") by its exact name as a town
    of at least 100,000 inhabitants (a company "Lotus - Orchid" is no town with parts).

    The small NER model labels the pair ORG or PERSON, or one place span the index
    lacks; the city is where the event happened (its part is within the city).
    """
    out: list[tuple[int, int]] = []
    for m in _CITY_PART.finditer(text):
        start, end = m.start("city"), m.end("city")
        name = _CITY_WORD.sub("", text[start:end])
        words = list(re.finditer(r"\S+", name))
        # the run may open with a word that is no part of the name ("In Caracas - ..."),
        # never with another name ("Real Madrid - Barcelona" names no Madrid)
        skip = 1 if len(words) > 1 and words[0].group(0).casefold() in _NOT_HEAD else 0
        s = start + (words[skip].start() if words else 0)
        sub = text[s : start + len(name)]
        top = _rank(gaz, sub)[:3] if gaz.contains(sub) else []  # "New York": state, city
        if any(
            c.exact and c.level == LEVEL_PLACE and c.place.population >= _CITY_WITH_PARTS
            for c in top
        ):
            out.append((s, start + len(name)))
    return out
