"""The linker's settings and its follow-up rules (``corpus/link.py`` applies them).

Input: link features, the new document's text and its publication date.
Output: ``LinkSettings`` (thresholds; ``GREEDY`` is the linker without merges
and follow-ups, kept for comparison), the days a text names
(``referred_dates``) and the date agreement of a follow-up with an earlier
incident (``followup_date``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from claimledger.corpus import link_days
from claimledger.extract.actors.names import CONVENTIONAL_SIDES, state_of
from claimledger.store.base import LinkFeatures

# Score above which a document-level incident joins an existing corpus incident.
LINK_THRESHOLD = 0.5
# Score a new incident must reach with two corpus incidents to merge them (it
# bridges them: the same event reported under two incidents so far).
MERGE_THRESHOLD = 0.6
# Follow-ups (funerals, arrests, trials, revised tolls): an earlier incident up to
# this many days back joins when the texts share rare names (IDF cosine at least
# FOLLOWUP_TEXT) in the same place, or when the text names its date.
FOLLOWUP_DAYS = 400
FOLLOWUP_TEXT = 0.5
# Texts sharing this much (IDF cosine of name-like terms) report one event even
# when their places in one country disagree: the place resolver chose a
# namesake in another state, or read the wrong name as the place.
TEXT_OVER_PLACE = 0.35
# Places at least this close agree for a follow-up (the score of one admin1).
FOLLOWUP_PLACE = 0.7
# The weights of a pair's score (``score_pair``): text similarity, place, event type, actors.
TEXT_WEIGHT, PLACE_WEIGHT, TYPE_WEIGHT, ACTOR_WEIGHT = 3.0, 1.0, 0.5, 0.5
# The highest score of two documents sharing no content term (text similarity 0):
# place, event type and actors all agreeing. Below any threshold above it, a
# candidate must share a term, so candidates can be looked up by term.
NO_TEXT_MAX = (PLACE_WEIGHT + TYPE_WEIGHT + ACTOR_WEIGHT) / (
    TEXT_WEIGHT + PLACE_WEIGHT + TYPE_WEIGHT + ACTOR_WEIGHT
)
_MONTH_DAY = re.compile(
    r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(\d{4}))?\b"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class LinkSettings:
    """How ``link.link_document`` decides.

    Attributes:
        threshold: smallest score that joins an existing corpus incident.
        merge_threshold: smallest score with each of two corpus incidents for a
            new incident to merge them (None: never merge, the greedy linker of
            earlier versions).
        followup_days: how far back a follow-up may join (0: not at all).
        followup_text: IDF cosine that makes a far earlier incident in the same
            place a follow-up's incident (None, the default since the name rule of
            ``link_names``: off; ``FOLLOWUP_TEXT`` was the rule before it, which
            hospital and district names shared across a city's incidents fooled).
        referred_dates: whether a far earlier incident whose day the text names agrees.
        text_over_place: IDF cosine above which disagreeing places in one country
            count as unknown (None: places always gate).
        names: whether a decisive shared person name (``link_names``) finds
            candidates by name and lifts the date gate (a follow-up) or the place
            gate (a namesake place) of a pair.
        crowded: whether crowded windows are read as such (``link_search``:
            ``LOCAL_SHARE`` and ``CROWD``).
        learned: whether the learned pair scorer (``link_learned``, weights in
            ``resources/models/linking.npz``) scores the pairs the search allows,
            with the model's own link and merge thresholds (the default; the rules'
            evidence against, ``link_search.VETO_*``, still keeps pairs apart).
            False: the rules' scores and thresholds alone (``RULES``).
        relink: whether an ingest run ends with the second pass (``link_pass``):
            each corpus incident still alone is scored against the finished corpus
            and joins the best other at the merge threshold.
    """

    threshold: float = LINK_THRESHOLD
    merge_threshold: float | None = MERGE_THRESHOLD
    followup_days: int = FOLLOWUP_DAYS
    followup_text: float | None = None
    referred_dates: bool = True
    text_over_place: float | None = TEXT_OVER_PLACE
    names: bool = True
    crowded: bool = True
    learned: bool = True
    relink: bool = True


# The linker before merges (kept for comparison: ``bench linking`` reports both).
GREEDY = LinkSettings(
    merge_threshold=None,
    followup_days=0,
    referred_dates=False,
    text_over_place=None,
    names=False,
    crowded=False,
    learned=False,
    relink=False,
)
# The linker without the learned pair scorer: the rules' scores and thresholds.
RULES = LinkSettings(learned=False, relink=False)
_current = LinkSettings()


def current() -> LinkSettings:
    """The settings ``link_document`` uses when given none."""
    return _current


@contextmanager
def using(settings: LinkSettings) -> Iterator[None]:
    """Link with ``settings`` (instead of ``LinkSettings()``) inside the block.

    Ingest links in the calling process only, so the bench can compare linkers
    over the same documents without a parameter through every ingest layer.
    """
    global _current
    before, _current = _current, settings
    try:
        yield
    finally:
        _current = before


def day_of(value: str | None) -> date | None:
    """The day an ISO date or datetime string names; None when absent or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def referred_dates(text: str, published: str | None) -> frozenset[str]:
    """The days a text names ("July 7", "Jan. 3, 2016", a holiday: ``link_days``), as ISO dates.

    A day without a year is the latest such day on or before ``published``
    (a report refers back); without ``published`` only days with a year count.
    """
    ref = day_of(published)
    out: set[str] = set()
    for m in _MONTH_DAY.finditer(text):
        month = _MONTHS.index(m.group(1)[:3].lower()) + 1
        day = int(m.group(2))
        try:
            if m.group(3):
                out.add(date(int(m.group(3)), month, day).isoformat())
            elif ref is not None:
                d = date(ref.year, month, day)
                out.add((d if d <= ref else date(ref.year - 1, month, day)).isoformat())
        except ValueError:
            continue
    out |= link_days.holiday_days(text, ref)  # "on the Fourth of July", "Christmas Eve"
    return frozenset(out)


def followup_date(
    b: LinkFeatures,
    text_sim: float,
    ps: float | None,
    named: frozenset[str],
    followup_text: float | None,
) -> tuple[float, str] | None:
    """The date agreement of a follow-up with an earlier incident too far back for the window.

    It agrees when its text names the earlier incident's day, or when the two
    texts share rare names (IDF cosine at least ``followup_text``) in places
    that agree (score at least ``FOLLOWUP_PLACE``); otherwise None.
    """
    if b.date is not None and b.precision == "day" and b.date[:10] in named:
        return 1.0, f"follow-up naming {b.date[:10]}"
    if (
        followup_text is not None
        and text_sim >= followup_text
        and ps is not None
        and ps >= FOLLOWUP_PLACE
    ):
        return 1.0, f"follow-up: same place, text {text_sim:.2f}"
    return None


def candidate_terms(
    own: tuple[dict[str, float], float], settings: LinkSettings
) -> list[str] | None:
    """The terms a candidate of unknown country must share (None: all of the window's).

    An incident of unknown country may match an incident of any country, and one
    of known country may match those of unknown country, so a window holds many
    of them. When every score that can link (``threshold``, and
    ``merge_threshold`` for a merge) is above ``NO_TEXT_MAX``, a candidate
    sharing no content term with the new incident's document (``own``, its term
    vector; text similarity 0) can neither be joined nor merged: only those
    sharing one of its terms are looked up (those of its own country all are).
    The decisions are the same; only the reason of a new incident can name
    another best candidate below the threshold (or none).
    """
    floor = settings.threshold
    if settings.merge_threshold is not None:
        floor = min(floor, settings.merge_threshold)
    if floor <= NO_TEXT_MAX:
        return None
    return sorted(own[0])


_CONVENTIONAL = frozenset(n.lower() for n in CONVENTIONAL_SIDES)


def actor_set(names: Iterable[str]) -> frozenset[str]:
    """The actor names two incidents are compared on, lower-cased.

    ``Civilians``, the target reconcile/sides.py gives most attacks on civilians, names
    the convention rather than the event and is left out; a state force is compared
    without the country reconcile/sides.py may have added ("Police Forces of the United
    States" and "Police Forces" are one side), so that the completed sides leave the
    comparison as the text's own names made it (GVA dev, whole file, on the same
    analyses: without this, completing the sides moved B-cubed 0.9745 / 0.9059 / 0.9389 to
    0.9743 / 0.9043 / 0.9380; with it 0.9749 / 0.9052 / 0.9388). The other sides named
    by convention (``CONVENTIONAL_SIDES``: an unidentified armed group, the crowd of a
    protest or riot, which reconcile/sides.py adds to every attack with no perpetrator
    read and every protest) are left out the same way: they do not tell one shooting
    from another.
    """
    out = set()
    for name in names:
        if name.lower() in _CONVENTIONAL:
            continue
        force = state_of(name)
        out.add((force[0] if force and force[1] else name).lower())
    return frozenset(out)
