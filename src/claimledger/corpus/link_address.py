"""Street addresses two reports share: the same block of the same street.

Input: a document's text. Output: its **addresses** — a block of a street
("the 4100 block of North Teutonia Avenue", "4112 N. Teutonia Ave.") as a key
of the block's hundred and the street's normalised name ("4100 n teutonia
ave"), and a corner ("near 54th and Harwell": "54th & harwell")
— and, for a new incident, the candidates within the date window whose
document gives one of the same addresses (``shared``). Ingest reads a document's
addresses once, in the worker, and stores them (``Store.add_addresses``);
linking reads them back, never the texts.

Why: police reports of a US shooting give its block, and two reports of one
shooting give the same block whatever the place resolver made of the town
(a neighbourhood read as a namesake in another state, a street read as a town
abroad) and however little else of their text they share. On the GVA dev tune
half, of the document pairs published within 13 days of each other that give
one address, 107 report one incident and none two; a pair with different
blocks says nothing (one report gives the victim's home, another the scene),
so a differing address is no evidence against a pair.

Kept narrow: a house number without "block of" needs three digits ("8 Mile
Road" is a road's name), and the commonest street names ("Main Street", "1st
Avenue") are left out: their blocks recur in every town.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|"
    r"Way|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Ter|Trail|Square|Alley|Pike)\b\.?"
)
_DIRECTION = r"(?:(?:North|South|East|West|N|S|E|W)\.?\s)?"
_STREET = r"(" + _DIRECTION + r"(?:[A-Z0-9][\w'’-]*\s){1,3}?" + _SUFFIX + r")"
_BLOCK = re.compile(r"\b(\d{1,5})\s+block\s+of\s+" + _STREET)
_NUMBER = re.compile(r"(?<![\d,.$-])\b(\d{3,5})\s+" + _STREET)
_PART = (
    r"(?:(?:North|South|East|West|N|S|E|W)\.?\s)?(?:[A-Z0-9][\w'’-]*\s){0,2}[A-Z0-9][\w'’-]*"
    r"(?:\s" + _SUFFIX + r")?"
)
# A corner: "near 54th and Harwell", "at Quillen Avenue and Dace Street".
_CORNER = re.compile(r"\b(?:of|at|near|on)\s+(" + _PART + r")\s+(?:and|&)\s+(" + _PART + r")")
_ENDS_STREET = re.compile(r"\s" + _SUFFIX + r"$")
_ABBREV = {
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "street": "st",
    "avenue": "ave",
    "road": "rd",
    "boulevard": "blvd",
    "drive": "dr",
    "lane": "ln",
    "court": "ct",
    "place": "pl",
    "parkway": "pkwy",
    "highway": "hwy",
    "circle": "cir",
    "terrace": "ter",
}
# Street names found in most towns: their blocks tell no two towns apart.
_COMMON_WORDS = """
    main first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th
    6th 7th 8th 9th 10th 11th 12th oak pine maple cedar elm walnut chestnut park lake hill
    church high broad market center centre spring washington lincoln jefferson madison
    franklin jackson union water mill river state college school
"""
_COMMON = frozenset(_COMMON_WORDS.split())


def _words(street: str) -> list[str]:
    """A street's words as both keys compare them: lower case, without full stops,
    one apostrophe ("N. O’Hara Ave." -> n, o'hara, ave)."""
    words = (w.strip(".").lower().replace("’", "'") for w in street.split())
    return [w for w in words if w]


def _street_key(street: str) -> str | None:
    """The street's normalised name ("n teutonia ave"); None for a common name."""
    words = [_ABBREV.get(w, w) for w in _words(street)]
    core = [w for w in words[:-1] if w not in ("n", "s", "e", "w")]
    if not core or all(w in _COMMON for w in core):
        return None
    return " ".join(words)


def addresses(text: str) -> frozenset[str]:
    """The blocks of streets a text gives, as "<hundred> <street>" keys.

    Args:
        text: the document text.

    Returns:
        Keys such as "4100 n teutonia ave" (the number rounded down to its hundred).
    """
    out: set[str] = set()
    for pattern in (_BLOCK, _NUMBER):
        for m in pattern.finditer(text):
            street = _street_key(m.group(2))
            if street is not None:
                out.add(f"{int(m.group(1)) // 100 * 100} {street}")
    out.update(_corners(text))
    return frozenset(out)


def _corners(text: str) -> set[str]:
    """The corners a text gives ("54th & harwell"): two names, one of them a street or a
    numbered street."""
    out: set[str] = set()
    for m in _CORNER.finditer(text):
        a, b = m.group(1), m.group(2)
        if not (
            _ENDS_STREET.search(a) or _ENDS_STREET.search(b) or a[0].isdigit() or b[0].isdigit()
        ):
            continue
        ka, kb = _corner_name(a), _corner_name(b)
        if ka and kb and ka != kb:
            out.add(" & ".join(sorted((ka, kb))))
    return out


def _corner_name(street: str) -> str | None:
    """A corner's street without its direction and type ("harwell"); None for a common name."""
    words = _words(street)
    if _ENDS_STREET.search(street):
        words = words[:-1]
    if words and words[0] in ("north", "south", "east", "west", "n", "s", "e", "w"):
        words = words[1:]
    if not words or all(w in _COMMON for w in words):
        return None
    return " ".join(words)


def shared(own: frozenset[str], others: Mapping[int, frozenset[str]]) -> dict[int, str]:
    """Per candidate id, the first address (sorted) of ``others[id]`` also in ``own``.

    The addresses are read once per document, at ingest (``Store.add_addresses``).
    """
    out: dict[int, str] = {}
    if not own:
        return out
    for key, theirs in others.items():
        both = sorted(own & theirs)
        if both:
            out[key] = both[0]
    return out
