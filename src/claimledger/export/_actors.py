"""Actor conventions of the exports: sides, ACLED inter codes, civilians as a side.

Input: a ``CorpusIncident``. Output: actor names and codes. Categories come
from the actor lexicon (``resources/data/actors.json``) and, for names made
from its templates, from the name ("Military Forces of Iraq" is a state actor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.corpus.summary import CorpusIncident
from claimledger.extract.actors.lexicon import category_of, lexicon
from claimledger.extract.actors.names import CIVILIANS, CONVENTIONAL_SIDES

VIOLENCE_AGAINST_CIVILIANS = "violence against civilians"
# ACLED's inter codes by actor category.
INTER_CODE = {
    "state": 1,
    "rebel": 2,
    "political militia": 3,
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
}
_BY_NAME = (
    (re.compile(r"^(?:Military|Police) Forces of |^Government of ", re.I), "state"),
    (re.compile(r"^Civilians\b", re.I), "civilians"),
    (re.compile(r"^Protesters\b", re.I), "protesters"),
    (re.compile(r"^Rioters\b", re.I), "rioters"),
)


@dataclass(frozen=True)
class Sides:
    """The incident's actors in ACLED's and UCDP's order."""

    actor1: str
    assoc1: tuple[str, ...]
    actor2: str
    assoc2: tuple[str, ...]


def category(name: str) -> str | None:
    """The ACLED-like category of an actor name, None when unknown."""
    cat = category_of(lexicon(), name, "")
    if cat and cat != "unidentified":
        return cat
    return next((c for rx, c in _BY_NAME if rx.search(name)), None)


def inter(name: str) -> int | None:
    """ACLED's inter code of an actor (1 state .. 8 external), None when unknown."""
    cat = category(name) if name else None
    return INTER_CODE.get(cat) if cat else None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both inter codes, the smaller first (10 for one actor)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


def of_country(name: str, country: str | None) -> str:
    """ACLED's name of a side named by convention (``CONVENTIONAL_SIDES``: the civilians,
    the crowd of a protest or riot, an unidentified armed group) in a country:
    ``Civilians (Iraq)``, ``Protesters (Chile)``; other names and names without a
    country unchanged."""
    return f"{name} ({country})" if country and name in CONVENTIONAL_SIDES else name


def civilians(country: str | None) -> str:
    """ACLED's name of the civilians of a country: ``Civilians (Iraq)``."""
    return of_country(CIVILIANS, country)


def suspected_names(inc: CorpusIncident) -> frozenset[str]:
    """The actors every linked document reads only as suspected ("may have been planted
    by X"): one document stating the actor makes it stated, as within one incident."""
    stated = {n for i in inc.incidents for n, _ in i.actors if n not in i.suspected}
    return frozenset(n for i in inc.incidents for n in i.suspected if n not in stated)


def sides(inc: CorpusIncident) -> Sides:
    """Actor 1 (perpetrators first) and actor 2 (targets first), with their associates.

    For violence against civilians actor 2 is always ``Civilians (Country)``, as
    ACLED codes it; a named target then becomes an associated actor.
    """
    names: dict[str, list[str]] = {"perpetrator": [], "target": [], "other": []}
    for i in inc.incidents:
        for name, role in i.actors:
            bucket = names.get(role, names["other"])
            if name not in bucket:
                bucket.append(name)
    perps = names["perpetrator"]
    others = [n for n in names["other"] if n not in perps]
    targets = [n for n in names["target"] if n not in perps]
    if perps:
        a1, assoc1, rest = perps[0], tuple(perps[1:]), targets + others
    else:
        a1, assoc1, rest = (others[0] if others else ""), (), targets + others[1:]
    country = inc.row.country
    a1 = of_country(a1, country)
    if (inc.row.event_type or "").casefold() == VIOLENCE_AGAINST_CIVILIANS:
        named = [n for n in rest if category(n) != "civilians"]
        return Sides(a1, assoc1, civilians(country), tuple(named))
    # Generic sides (reconcile/sides.py) are named as ACLED names them: "Civilians (Iraq)".
    rest = [of_country(n, country) for n in rest]
    return Sides(a1, assoc1, rest[0] if rest else "", tuple(rest[1:]))
