"""Two shootings of one city and one night: evidence a pair of reports is two events.

Input: a pair the learned scorer would link (``link_search._learned``): the two
documents' term weights (``link.TermIndex.vector``), their incidents' places, and the
documents' texts. Output: the reason the pair is two events, or None:

* **only the city and the day shared, and the tolls apart** (``generic_only``,
  ``tolls_differ``): what the two texts share is the words of a city's, a county's or
  a state's name, weekdays, months and compass words ("Tucson", "Monday"; "San
  Antonio", "Saturday"), and one tells a death where the other tells only the wounded
  (or both give the killed, apart). Every report of a city's night says as much; in a
  small store those words weigh as much as a name, and the scorer, trained on a dense
  file, links them. On the GVA tune half the pairs sharing only the city and the day
  were one event every time (16 of 16: a thin report beside a full one, two outlets'
  words apart): the tolls are what tell the hand-made sets' pairs apart.
* **the text says so** (``says_unrelated``): "Police said they did not believe the
  two shootings were related", "there was no indication the shooting was connected
  to Tuesday night's killing", "Police have not linked the killing to last week's
  shooting". A report that says its shooting is not another's names that other (its
  street, its park), so the two share words; its own shooting's earlier reports say
  the same (``link_search`` keeps a pair whose both texts say it).

Why: issue 13, the hand-made sets' precision errors (three sessions running): two
shootings in one city the same night, at different addresses, merged.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claimledger.corpus.link_denial import denies_connection
from claimledger.corpus.link_rules import day_of
from claimledger.extract.dates.forms import MONTHS, WEEKDAYS
from claimledger.extract.places.relations import COMPASS_ADJECTIVES, COMPASS_POINTS
from claimledger.store.base import LinkFeatures

if TYPE_CHECKING:
    from claimledger.corpus.link import TermIndex

# A pair whose shared words, less a city's, a county's and a state's name, weekdays,
# months and compass words, weigh less than GENERIC_TEXT of cosine, and whose tolls
# differ (``tolls_differ``), is two events
# (None: off). Within the date window; not for a pair sharing a decisive name, an
# address or agreeing headlines (``link_search``).
GENERIC_TEXT: float | None = 0.02
# Tolls of more victims than this are a mass shooting's, whose reports differ as it unfolds.
GENERIC_TOLL = 5
# A place of this population or more is a city whose name every report of its night
# gives; a smaller one (a neighbourhood, a park the resolver placed) tells apart.
CITY_POPULATION = 100_000
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "tonight", "yesterday"}
_COMPASS = COMPASS_POINTS | COMPASS_ADJECTIVES | frozenset(["central", "downtown", "side"])
_WIDE = frozenset(["county", "parish", "state", "city", "metro", "township", "borough"])

# A report saying its shooting is not another's ("did not believe the two shootings were
# related", "found nothing to connect the incident to the killing", "ruled out any
# connection to Saturday's killing"), read by the sentence's structure
# (``link_denial.denies_connection``), not by a list of wordings.
SAYS_UNRELATED = True


def says_unrelated(text: str | None) -> bool:
    """Whether a text says its shooting is not linked to another (``SAYS_UNRELATED``).

    Args:
        text: the document text.

    Returns:
        True when a sentence denies a connection between two shootings
        (``link_denial``: a connection word governed by a negation in its clause, said
        of two shootings); never for a question or a doubt ("investigating whether the
        two are connected", "have not ruled out a connection").
    """
    return SAYS_UNRELATED and denies_connection(text)


@lru_cache(maxsize=4096)
def _city_words(
    geonameid: int | None, place: str | None, admin1: str | None, country: str | None
) -> frozenset[str]:
    """The words of a place's name when it is a city (``CITY_POPULATION``) or wider,
    or a part of one named after it ("North Omaha", "West Dayton"), with its admin1's:
    what every report placed there writes."""
    out = set((admin1 or "").lower().split())
    if not place:
        return frozenset(out)
    words = set(place.lower().replace(".", "").split())
    if words & _WIDE:
        return frozenset(out | words)
    pop = _population(geonameid)
    if pop is not None and pop >= CITY_POPULATION:
        return frozenset(out | words)
    rest = [w for w in place.replace(".", "").split() if w.lower() not in _COMPASS]
    if rest and len(rest) < len(place.split()) and _big_city(" ".join(rest), admin1, country):
        out |= {w.lower() for w in rest}
    return frozenset(out)


def _gazetteer() -> Any:
    """The gazetteer (None when it cannot be loaded: then no place is generic)."""
    try:
        from claimledger.resources.gazetteer import index

        return index.load_gazetteer()
    except Exception:  # noqa: BLE001 - without a gazetteer no place is generic
        return None


def _population(geonameid: int | None) -> int | None:
    """A gazetteer entry's population (``CITY_POPULATION`` for an area; None: unknown)."""
    gaz = _gazetteer() if geonameid is not None else None
    if gaz is None or geonameid is None:
        return None
    place = gaz.get(geonameid)
    if place is None:
        return None
    from claimledger.resources.gazetteer import index

    if gaz.level(place) != index.LEVEL_PLACE:
        return CITY_POPULATION  # a state, a county: wider than any city
    return int(place.population)


def _big_city(name: str, admin1: str | None, country: str | None) -> bool:
    """Whether ``name`` is a city of ``CITY_POPULATION`` or more in that country and admin1."""
    gaz = _gazetteer()
    if gaz is None:
        return False
    for p in gaz.lookup(name):
        if p.population < CITY_POPULATION:
            return False  # most populous first
        if (not country or p.country == country) and (not admin1 or p.admin1 == admin1):
            return True
    return False


def tolls_differ(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    """Whether two reports' (killed, injured) figures tell two shootings of a city's night
    (at most ``GENERIC_TOLL`` victims each): both give the killed and they differ, or one
    tells a death and the other only the wounded ("a man killed" / "two teens wounded").
    Unknown figures never differ; a mass shooting's reports give tolls apart as it unfolds."""
    (ka, ia), (kb, ib) = a, b
    if max((ka or 0) + (ia or 0), (kb or 0) + (ib or 0)) > GENERIC_TOLL:
        return False
    if ka is not None and kb is not None:
        return ka != kb
    if (ka or 0) >= 1 and kb is None and (ib or 0) >= 1:
        return True
    return (kb or 0) >= 1 and ka is None and (ia or 0) >= 1


def generic_words(a: LinkFeatures, b: LinkFeatures) -> frozenset[str]:
    """The words two reports of one city's night share whatever they report."""
    return (
        _CALENDAR
        | _COMPASS
        | _city_words(a.geonameid, a.place, a.admin1, a.country_code)
        | _city_words(b.geonameid, b.place, b.admin1, b.country_code)
    )


def own_text(
    a: LinkFeatures,
    b: LinkFeatures,
    wa: tuple[dict[str, float], float],
    wb: tuple[dict[str, float], float],
    also: frozenset[str] = frozenset(),
) -> float:
    """The cosine of the words two reports share less their cities', weekdays', months'
    and compass words (``generic_words``) and ``also``; 0 when a text has no terms."""
    if not wa[1] or not wb[1]:
        return 0.0
    generic = generic_words(a, b) | also
    shared = (t for t in wa[0] if t in wb[0] and t not in generic)
    return sum(wa[0][t] for t in shared) / math.sqrt(wa[1] * wb[1])


def generic_only(
    a: LinkFeatures,
    b: LinkFeatures,
    wa: tuple[dict[str, float], float],
    wb: tuple[dict[str, float], float],
) -> str | None:
    """The reason two reports share only their city and their day (None: they share
    more, or ``GENERIC_TEXT`` is off).

    Args:
        a: one incident.
        b: the other.
        wa: its document's term weights and squared norm (``TermIndex.vector``).
        wb: the other's.
    """
    if GENERIC_TEXT is None or not wa[1] or not wb[1]:
        return None
    own = own_text(a, b, wa, wb)
    if own >= GENERIC_TEXT:
        return None
    generic = generic_words(a, b)
    said = ", ".join(sorted(t for t in wa[0] if t in wb[0] and t in generic)[:3]) or "nothing"
    return f"shares only {said} (own text {own:.2f} below {GENERIC_TEXT})"


# Reports giving the same dead, of ``TOLD_TOLL`` victims or more, tell one shooting
# whatever another sentence denies (None: off): "investigators had determined the two
# cases were not related" in one report of a night's mass shooting.
TOLD_TOLL: int | None = 3


def _one_toll(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    """Whether two reports' (killed, injured) tell one shooting of ``TOLD_TOLL`` victims
    or more: the same dead given by both."""
    if TOLD_TOLL is None or a[0] is None or a[0] != b[0]:
        return False
    return min(a[0] + (a[1] or 0), a[0] + (b[1] or 0)) >= TOLD_TOLL


# Whether a pair of which one text tells a police shooting ("officers shot and killed a
# man", "killed by Salt Lake City police", "an officer-involved shooting") and the other
# tells no police gunfire at all (``_POLICE_ANY``: no officer shot, no shootout, no
# standoff) is two events (within the window, sharing no name, at most ``GENERIC_TOLL``
# victims each; False: off): a city's night holds a police shooting and another killing,
# each reported with one dead.
POLICE_APART = True
_WORDS = r"(?:[\w'’-]+[ \t]+){0,4}?"
_FORCE = r"(?:police|officers?|deput(?:y|ies)|troopers?)"
_POLICE = re.compile(
    r"\b(?:officer|police|deputy|trooper)[- ]involved[ \t]+shooting"
    r"|\bpolice[ \t]+shooting"
    rf"|\b(?:shot|killed|wounded)[ \t]+(?:and[ \t]+killed[ \t]+|dead[ \t]+)?by[ \t]+{_WORDS}{_FORCE}\b"
    rf"|\b{_FORCE}[ \t]+(?:who[ \t]+)?(?:fatally[ \t]+)?(?:shot|shot[ \t]+and[ \t]+killed)[ \t]+"
    r"(?:a|an|the|him|her|them)\b"
    rf"|\b{_FORCE}[ \t]+(?:who[ \t]+)?(?:opened|returned)[ \t]+fire\b",
    re.IGNORECASE,
)
# Any police gunfire or officer hurt: the other text's telling of the same event.
_POLICE_ANY = re.compile(
    r"officer[- ]involved|police[ \t]+shooting|shootout|gun[ \t]?battle|exchange[ \t]+of[ \t]+"
    r"gunfire|exchanged[ \t]+gunfire|returned[ \t]+fire|opened[ \t]+fire[ \t]+on[ \t]+"
    rf"{_FORCE}|standoff|ambush|{_FORCE}[ \t]+(?:was[ \t]+|were[ \t]+)?(?:shot|wounded|"
    rf"killed|injured|hurt|fired)|(?:shot|killed|wounded)[ \t]+by[ \t]+{_WORDS}{_FORCE}",
    re.IGNORECASE,
)


# The police shooting must be the text's own: told in its first characters (its lede),
# not a round-up's other event further down.
POLICE_LEDE = 400


def police_shooting(text: str | None) -> bool:
    """Whether a text's lede (``POLICE_LEDE``) tells a shooting by the police."""
    return bool(text and _POLICE.search(text, 0, POLICE_LEDE))


def police_any(text: str | None) -> bool:
    """Whether a text tells any police gunfire or an officer hurt (``_POLICE_ANY``)."""
    return bool(text and _POLICE_ANY.search(text))


def _police_apart(a: tuple[bool, bool], b: tuple[bool, bool]) -> bool:
    """Whether one text tells a police shooting and the other no police gunfire (each
    text's ``TermIndex.police``: its police shooting, any police gunfire)."""
    return (a[0] and not b[1]) or (b[0] and not a[1])


def told_apart(
    f: LinkFeatures, item: tuple[Any, ...], index: TermIndex, shared: bool
) -> str | None:
    """Whether one text of a pair within the date window sharing no person's name
    (``shared``: they share one) says its shooting is not another's (``says_unrelated``)
    and the other does not say so too (a report of the same shooting would): the new text
    saying it, or the candidate's when the new incident is dated before the candidate's
    (the other shooting a report names lies before it; its own follow-ups come after).
    ``item``: ``link_search``'s candidate tuple (candidate, beyond the window, ..., by
    name, ...)."""
    c, far, by_name = item[0], item[1], item[4]
    if far or by_name or shared:
        return None
    tf, tc = index.tolls(f.document_id), index.tolls(c.document_id)
    if _one_toll(tf, tc):
        return None
    small = max(sum(n or 0 for n in tf), sum(n or 0 for n in tc)) <= GENERIC_TOLL
    if (
        POLICE_APART
        and small
        and _police_apart(index.police(f.document_id), index.police(c.document_id))
    ):
        return "one text tells a police shooting, the other no police gunfire"
    own, theirs = index.unrelated(f.document_id), index.unrelated(c.document_id)
    if own and not theirs:
        return "the text says the shootings are not linked"
    if theirs and not own:
        df, dc = day_of(f.date), day_of(c.date)
        if df is not None and dc is not None and df < dc:
            return "the other text says the shootings are not linked"
    return None
