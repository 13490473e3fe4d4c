"""Relative descriptions before a toponym, and the point they describe.

Input: the document text and the start of a toponym in it. Output: the
relation written just before it ("in", "near", "south of", "about 40 miles
west of X") with its distance in km and bearing in degrees when it states
them, and :func:`move`, which shifts the anchor's coordinates by them.
"""

from __future__ import annotations

import math
import re

from claimledger.resources.numwords import WORD_VALUES

__all__ = ["move", "part_centre", "read_relation", "read_side"]

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
# The eight points by name, and their adjectives ("northern"): words of a direction, not of a
# place (``in_names`` openers, ``corpus.link_apart``'s words that tell no night apart).
COMPASS_POINTS = frozenset(_DIRECTIONS)
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western"})
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
    rf"|(?P<prep>\b(?:in|at|inside|within|across|throughout))(?:\s+the)?(?:\s+(?P<side>{_SIDE}|central|downtown))?{_LINK}",
    re.IGNORECASE,
)
_WINDOW = 90  # characters before a toponym searched for its relation


def read_relation(text: str, start: int) -> tuple[str | None, float | None, float | None]:
    """(relation, distance km, bearing degrees) read just before a toponym.

    Args:
        text: the document text.
        start: character offset of the toponym in ``text``.

    Returns:
        The relation as written and normalised ("in", "near", "south of",
        "about 40 miles west of"), or None; the distance and bearing when stated.
    """
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


def move(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) on ``bearing`` (great circle).

    Args:
        lat: latitude of the anchor, degrees.
        lon: longitude of the anchor, degrees.
        km: distance to travel.
        bearing: compass bearing, degrees clockwise from north.

    Returns:
        ``(lat, lon)`` of the point, rounded to 5 decimals.
    """
    d = km / 6371.0
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def read_side(text: str, start: int) -> str | None:
    """The part named in a locative before a toponym: "northern" in "in northern Yemen".

    Returns:
        "north", "south", "east", "west", "northeast" (...), "central", or None.
    """
    line_start = text.rfind("\n", max(0, start - _WINDOW), start) + 1
    m = _RELATION.search(text[max(line_start, start - _WINDOW) : start])
    if m is None or not m.group("prep") or not m.group("side"):
        return None
    side = m.group("side").lower().replace("-", "").replace(" ", "")
    side = side.removesuffix("ern")
    return side if side in _DIRECTIONS or side == "central" else None


def part_centre(points: list[tuple[float, float]], side: str) -> tuple[float, float] | None:
    """The middle of the towns in one part of an area ("northern Yemen").

    Northern = the third of the towns furthest north (southern, eastern,
    western likewise, both for "northeastern"); central = the towns in the
    middle third of both latitude and longitude. The middle is the median
    latitude and longitude of those towns, so it lies where the towns are.

    Args:
        points: ``(lat, lon)`` of the area's towns.
        side: a value of :func:`read_side`.

    Returns:
        ``(lat, lon)``, or None when the area has too few towns.
    """
    if len(points) < 6:
        return None
    n = len(points)
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    lo_lat, hi_lat, lo_lon, hi_lon = lats[n // 3], lats[2 * n // 3], lons[n // 3], lons[2 * n // 3]
    sel = points
    if side == "central":
        sel = [p for p in sel if lo_lat <= p[0] <= hi_lat and lo_lon <= p[1] <= hi_lon]
    if "north" in side:
        sel = [p for p in sel if p[0] >= hi_lat]
    if "south" in side:
        sel = [p for p in sel if p[0] <= lo_lat]
    if "east" in side:
        sel = [p for p in sel if p[1] >= hi_lon]
    if "west" in side:
        sel = [p for p in sel if p[1] <= lo_lon]
    if not sel:
        return None
    mid_lat = sorted(p[0] for p in sel)[(len(sel) - 1) // 2]
    mid_lon = sorted(p[1] for p in sel)[(len(sel) - 1) // 2]
    return round(mid_lat, 5), round(mid_lon, 5)
