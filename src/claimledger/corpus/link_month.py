"""Follow-ups that name the month of the event they follow up ("charged in the January
killing", "shot in July at a lounge", "the shooting in October of 2014", "last month").

Input: the new incident's ``LinkFeatures`` and document text, and the candidates the
search (``link_search.scores``) found beyond the date window with their place scores
and text cosines. Output: per candidate incident the score and reason of a follow-up
(``MONTH_FOLLOWUP``), or none.

Why: an arrest, a charge or a memorial weeks on is dated by its own publication; the
event it follows up lies beyond the window, and its text gives the month, not the day
(``link_rules.referred_dates`` reads days only). Issue 13: follow-ups attach through
the dates they refer to.

What it needs, all of it (a city's month holds many shootings): the month is named in
a sentence that tells a killing or a shooting; the candidate's day lies in that month,
on or before the new document's publication; the places agree (``FOLLOWUP_PLACE``);
the texts share ``MONTH_TEXT`` of weighted names; and the candidates meeting all this
lie in one corpus incident only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from claimledger.corpus.link import TEXT_SCALE, content_terms, date_score, score_pair
from claimledger.corpus.link_rules import FOLLOWUP_PLACE, day_of
from claimledger.extract.dates.forms import MONTHS, WEEKDAYS
from claimledger.store.base import LinkFeatures, Store

# Whether far candidates in a month the text names are scored as follow-ups (False: off),
# and the text cosine they need. GVA dev whole file, one set of analyses (thirtieth
# session): B-cubed .9786/.9016/.9385 -> .9770/.9034/.9387 at 0.2, the report half
# linked alone .9873/.8869/.9344 -> .9853/.8887/.9345; at 0.15 .9753/.9038/.9382 (of 34
# direct links 28 right, but the 6 wrong join big cities' clusters). Hand-made sets:
# linking-fresh3 R .7949 -> .8333, linking-fresh4 .8889 -> .9444 (0.15: fresh2 .9167 ->
# .9643 too), precision unchanged.
MONTH_FOLLOWUP = True
MONTH_TEXT = 0.2
_EVENT = re.compile(
    r"\b(?:shot|shoot(?:ing|ings)?|kill(?:ed|ing|ings)?|slay(?:ing)?|slain|death|died|"
    r"murder(?:ed|s)?|homicide|gunfire|wounded|gunned)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+")
# "in January", "the July shooting", "in October of 2014", "March 2016"; not "July 7"
# (a day: referred_dates) and not a bare "May".
_MONTH = re.compile(
    r"\b(?:(in|the|a|an|since|early|late|mid-|last|during|that)\s+)?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:['’]s)?(?!\s+\d{1,2}(?:st|nd|rd|th)?\b)(?:,?\s+(?:of\s+)?(\d{4}))?\b"
)
_LAST_MONTH = re.compile(
    r"\blast month\b|\bearlier this month\b|\b(?:a|one) month (?:after|ago|since)\b",
    re.IGNORECASE,
)
# "the May shooting": "May" after "the" before an event's noun is the month.
_MAY_EVENT = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:shooting|killing|slaying|homicide|murder|death|attack)",
    re.IGNORECASE,
)
# A candidate sharing less text (at least MONTH_NAMED_TEXT; None: off) is followed up when
# the sentence naming its month names one of its rare names (a street, a victim, a
# business: a squared IDF weight of NAMED_WEIGHT, a name fewer than 1 in 100 documents give).
# GVA dev whole file (thirty-first session, with link_veto's ordinal and link_days'
# holidays): B-cubed .9762/.9077/.9407 -> .9758/.9081/.9407, 2 tune pairs gained right.
MONTH_NAMED_TEXT: float | None = 0.1
# Whether a candidate whose place is unknown is followed up when the month's sentence
# names one of its rare names ("Tasha Greene", placed by no gazetteer entry).
MONTH_UNKNOWN_PLACE = True
# A candidate within the date window whose date score is below MONTH_WITHIN and whose
# month is before the new incident's is followed up like one beyond it (None: off).
MONTH_WITHIN: float | None = 0.5
# Whether a person's name of the candidate that the month's sentence writes (both words)
# counts as a rare name, and picks the one corpus incident among several of the month.
MONTH_PERSON = True
# Whether a candidate whose person the month's sentence names ("Suspect arrested in April
# slaying of Marcus Delahunt") counts as placed alike when its place agrees at least as one
# state's (``FOLLOWUP_PLACE``: a city and a suburb, a county seat): 0.7 of place held such a
# follow-up at 0.65, below the link threshold (linking-fresh9, the thirty-fourth session's
# held-out miss).
MONTH_PERSON_PLACE = True
NAMED_WEIGHT = (math.log(100) + 1.0) ** 2
# Whether a street the month's sentence names and the candidate's text gives
# (``link_local.local_names``: "last month's fatal shooting on Northwest Sixth Street")
# decides as a rare name does, the places agreeing or, unknown, the new text naming the
# candidate's town: in a small store no name is rare enough for ``NAMED_WEIGHT``.
MONTH_STREET = True
_CALENDAR = frozenset(MONTHS) | {d for d in WEEKDAYS if d.endswith("day")}  # full names


def referred_months(text: str, published: str | None) -> frozenset[tuple[int, int]]:
    """The (year, month) pairs a text names in sentences telling a killing or a shooting.

    A month without a year is its latest on or before ``published``; "last month" and
    "earlier this month" count from ``published`` (without it, only months with a year).
    """
    return frozenset(month_sentences(text, published))


def month_sentences(text: str, published: str | None) -> dict[tuple[int, int], set[str]]:
    """Per month ``referred_months`` reads, the name terms (``link.content_terms``) of the
    sentences naming it."""
    ref = day_of(published)
    out: dict[tuple[int, int], set[str]] = {}
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0)
        if not _EVENT.search(sentence):
            continue
        got: set[tuple[int, int]] = set()
        for m in _MONTH.finditer(sentence):
            lead, name, year = m.group(1), m.group(2), m.group(3)
            bare = not lead or (name == "May" and lead not in ("in", "since", "last"))
            the_may = name == "May" and lead == "the" and _MAY_EVENT.match(sentence, m.end())
            if not year and bare and not the_may:
                continue
            month = MONTHS[name.lower()]
            if year:
                got.add((int(year), month))
            elif ref is not None:
                got.add((ref.year if month <= ref.month else ref.year - 1, month))
        if ref is not None:
            for m in _LAST_MONTH.finditer(sentence):
                if m.group(0).lower().startswith("earlier"):
                    got.add((ref.year, ref.month))
                else:
                    got.add((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
        for key in got:
            out.setdefault(key, set()).update(content_terms(sentence))
    return out


def _names_one(terms: set[str], theirs: dict[str, float] | None, f: LinkFeatures) -> str | None:
    """A rare name (``NAMED_WEIGHT``) of the month's sentence that the candidate's text
    gives too, not the new incident's place nor a month or weekday; None if none."""
    if not theirs:
        return None
    common = set(" ".join((f.place or "", f.admin1 or "")).lower().split()) | _CALENDAR
    for t in sorted(terms):
        if t not in common and theirs.get(t, 0.0) >= NAMED_WEIGHT:
            return t
    return None


def followups(
    store: Store,
    f: LinkFeatures,
    far: Sequence[tuple[LinkFeatures, float | None, float]],
    on: bool = True,
    terms: dict[int, tuple[dict[str, float], float]] | None = None,
    names: dict[int, frozenset[str]] | None = None,
) -> dict[int, tuple[float, str]]:
    """Per candidate incident beyond the date window that the new text follows up by its
    month, the pair's score (``link.score_pair`` with the month as its date and at least
    ``TEXT_SCALE`` of text, as a shared name scores) and reason; empty when none, or when
    the candidates meeting the conditions lie in two corpus incidents or more (unless
    those whose person the month's sentence names lie in one, ``_person``).

    Args:
        store: the open store (the new document's text is read only when a candidate
            meets the other conditions).
        f: the new incident.
        far: candidates beyond the date window, with their place score and text cosine.
        on: whether the linker reads the dates a text refers to (``referred_dates``).
        terms: the documents' term weights (``link.TermIndex.vector``), by document id:
            a candidate below ``MONTH_TEXT`` needs a rare name of the month's sentence.
        names: the documents' person names (``link_names.names_of``), by document id.
    """
    pub = day_of(f.published or f.date)
    if not (MONTH_FOLLOWUP and on and far) or pub is None:
        return {}
    floor = min(MONTH_TEXT, MONTH_NAMED_TEXT if terms and MONTH_NAMED_TEXT else 1.0)
    months: dict[tuple[int, int], set[str]] | None = None
    text = ""  # the new document's, read with ``months``
    found: dict[int, tuple[float, str]] = {}
    corpus: dict[int, int] = {}  # per candidate incident, its corpus incident
    persons: set[int] = set()  # the candidates whose person the month's sentence names
    for c, ps, sim in far:
        d = day_of(c.date)
        if d is None or d > pub or c.precision not in ("day", "week"):
            continue
        if sim < floor or (ps is not None and ps < FOLLOWUP_PLACE):
            continue
        if ps is None and not MONTH_UNKNOWN_PLACE:
            continue
        if months is None:
            text = store.document_text(f.document_id) or ""
            months = month_sentences(text, pub.isoformat())
        said = months.get((d.year, d.month))
        if said is None:
            continue
        person = _person(said, (names or {}).get(c.document_id, frozenset()))
        name = person
        if name is None and (sim < MONTH_TEXT or ps is None):
            # Less text, or a place unknown: a rare name of the month's sentence decides.
            name = _names_one(said, (terms or {}).get(c.document_id, ({}, 0.0))[0], f)
            if name is None:
                name = _street(store, text, c, ps, (d.year, d.month), pub)
            if name is None:
                continue
        why = f"follow-up naming the month {d.year}-{d.month:02d}, text {sim:.2f}"
        why += f", names {name}" if name else ""
        place = None
        if person and MONTH_PERSON_PLACE and ps is not None and ps < 1.0:
            place = (1.0, f"places {ps:.2f} apart in one state, the person named")
        found[c.incident_id] = score_pair(
            f, c, max(sim, TEXT_SCALE), (), date=(1.0, why), place=place
        )
        corpus[c.incident_id] = c.corpus_incident_id or 0
        if person:
            persons.add(c.incident_id)
    if len(set(corpus.values())) == 1:
        return found
    # Several incidents of the city's month: the one whose person the sentence names.
    if MONTH_PERSON and len({corpus[i] for i in persons}) == 1:
        return {i: found[i] for i in persons}
    return {}


def _street(
    store: Store,
    text: str,
    c: LinkFeatures,
    ps: float | None,
    month: tuple[int, int],
    pub: date,
) -> str | None:
    """A street (``MONTH_STREET``) a sentence of the new text (``text``) naming ``month``
    writes and the candidate's text gives, when the places agree (``ps``) or the new text
    names the candidate's town; None if none."""
    if not MONTH_STREET:
        return None
    from claimledger.corpus.link_local import local_names

    if ps is None and not (c.place and re.search(rf"\b{re.escape(c.place)}\b", text)):
        return None
    own: set[str] = set()
    for s in _SENTENCE.finditer(text):
        if month in month_sentences(s.group(0), pub.isoformat()):
            own |= {n for n in local_names(s.group(0)) if n.startswith("street:")}
    theirs = local_names(store.document_text(c.document_id) or "")
    shared = sorted(own & theirs)
    return shared[0].partition(":")[2] if shared else None


def _person(said: set[str], theirs: frozenset[str]) -> str | None:
    """A person's name (``first_last``) of the candidate's document whose two words the
    month's sentence writes ("the May shooting that killed Marcus Tillery"); None if none."""
    if not MONTH_PERSON:
        return None
    for t in sorted(theirs):
        first, _, last = t.partition("_")
        if first in said and last in said and last not in _CALENDAR:
            return t.replace("_", " ")
    return None


def _later_month(own: date | None, c: LinkFeatures, f: LinkFeatures) -> bool:
    """Whether a candidate within the date window whose date agrees little
    (``MONTH_WITHIN``) lies in a month before the new incident's own (a charge 12 days
    on "in the January killing"; None: off)."""
    if MONTH_WITHIN is None or own is None:
        return False
    d = day_of(c.date)
    if d is None or (d.year, d.month) >= (own.year, own.month):
        return False
    return (date_score(f, c)[0] or 0.0) < MONTH_WITHIN


def lift(
    store: Store,
    f: LinkFeatures,
    items: Sequence[tuple[Any, ...]],
    on: bool,
    into: tuple[dict[int, float], dict[int, str]],
    terms: dict[int, tuple[dict[str, float], float]] | None = None,
    names: dict[int, frozenset[str]] | None = None,
) -> None:
    """Score the search's candidates beyond the window (``link_search`` items: candidate,
    beyond, place score, text, decisive names, rule) that the new text follows up by
    month (``followups``), as the search scores a shared address: into its lifted
    scores and their reasons, where higher."""
    own = day_of(f.date) if f.precision == "day" else None
    beyond = [
        (c, ps, sim)
        for c, out, ps, sim, by, _ in items
        if (out and not by) or (not out and _later_month(own, c, f))
    ]
    lifted, why = into
    for i, (s, reason) in followups(store, f, beyond, on, terms, names).items():
        if s > lifted.get(i, 0.0):
            lifted[i], why[i] = s, reason
