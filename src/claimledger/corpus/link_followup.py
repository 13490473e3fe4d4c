"""A report that reads no incident of its own, attached to the incident it follows up.

Input: a stored document in which the event extractor read no incident (an arrest,
a charge, a plea or a sentencing weeks later: "charged in the January killing of
X Y"), its stored name terms and addresses. Output: at most one **follow-up**:
the corpus incident its text matches, a score, a reason and the evidence span
(the name or address in the text), kept by ``Store.attach_followup``.

Why: such a document reports an incident's later stages, not an event of its own;
without an incident it stayed alone and its story's documents split (issue 13,
item 3: follow-ups attach through what they refer to, not their publication date).

What attaches it, and nothing weaker (never a city, a date or shared words alone):

* a **person's full name** (``link_names.name_terms``: two capitalised words with
  an age or the surname alone) that is rare (``NAME_MAX_DF`` documents) and that
  the documents of exactly one corpus incident name, published up to
  ``link_names.NAME_DAYS`` before it; a document whose rare names point to two
  corpus incidents (a round-up of several cases) attaches to none;
* or the **same block of one street** (``link_address``) as a document of one
  corpus incident dated on a day the text names (``link_rules.referred_dates``,
  one day either side);
* or, for a page whose only words are its headline (a paywall, a login page, a
  tweet's notice), a **headline** whose telling words (``link_title``) agree with
  the headline of a document of one corpus incident dated within ``TITLE_BACK``
  days before to ``TITLE_AHEAD`` after its publication: a cosine of at least
  ``TITLE_SCORE``, two words or more shared, one of them a name that document's
  text writes (a town's): "Man sought in Marrowfield bar shootings turns self in"
  beside "Four shot at Marrowfield sports bar". Two headlines sharing only common
  words ("accidentally", "self") attach nothing.

A document that finds nothing when it is written (its event's first report comes later
in the run) is looked at again after the run's second pass (``ingest``).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from claimledger.corpus import link_address
from claimledger.corpus.link_names import NAME_DAYS, lookup_names, names_of
from claimledger.corpus.link_rules import day_of, referred_dates
from claimledger.corpus.link_title import title_similarity
from claimledger.records import Evidence
from claimledger.store.base import FollowupRow

if TYPE_CHECKING:
    from claimledger.corpus.link import TermIndex
    from claimledger.store.base import LinkFeatures, Store

# Whether a document that reads no incident is attached as a follow-up (None/False: off).
FOLLOWUPS = True
EXTRACTOR = "followup.v1"
# Scores: one shared name; two or more; one shared address on a named day.
NAME_SCORE = 0.85
NAMES_SCORE = 0.95
ADDRESS_SCORE = 0.8
# At most this many of the days a text names (the earliest first) are searched.
MAX_DAYS = 5
# Headlines (``_by_title``): the cosine of their telling words, the days searched
# before and after the document's publication, and the score of such a follow-up.
# GVA dev (thirty-fifth session): designed on the tune half's headline-only pages (a
# paywall or login page naming a town's bar shooting or a county's hunting accident),
# checked on the report half: matches at >= 0.5 right 2 of 3 on each, the wrong ones
# sharing no name.
TITLE_SCORE: float | None = 0.5
TITLE_BACK = 7
TITLE_AHEAD = 3
TITLE_ATTACH = 0.7


def find(store: Store, document_id: int, index: TermIndex) -> FollowupRow | None:
    """The corpus incident a document without an incident follows up (None: none found).

    Args:
        store: the open store (the document, its terms and addresses stored).
        document_id: the stored document.
        index: the writer's term counts.

    Returns:
        The follow-up, or None when no name or address points to one corpus incident.
    """
    if not FOLLOWUPS:
        return None
    text = store.document_text(document_id)
    published = store.get_document(document_id).stated_date
    got = _by_name(store, document_id, index, text, published)
    if got is None:
        got = _by_address(store, document_id, text, published)
    if got is None:
        got = _by_title(store, document_id, index, text, published)
    return got


def _by_title(
    store: Store, document_id: int, index: TermIndex, text: str, published: str | None
) -> FollowupRow | None:
    """The corpus incident whose documents' headlines agree with this one's (``TITLE_SCORE``,
    two words shared, one a name the other's text writes), dated near its publication."""
    own = index.title(document_id)
    day = day_of(published)
    if TITLE_SCORE is None or len(own) < 2 or day is None:
        return None
    found = store.link_candidates(
        (day - timedelta(days=TITLE_BACK)).isoformat(),
        (day + timedelta(days=TITLE_AHEAD)).isoformat(),
        None,
        document_id,
    )
    agree: dict[int, tuple[float, list[str]]] = {}
    for c in found:
        if c.corpus_incident_id is None:
            continue
        theirs = index.title(c.document_id)
        shared = own & theirs
        if len(shared) < 2 or (sim := title_similarity(own, theirs)) < TITLE_SCORE:
            continue
        named = sorted(shared & _body_names(store, c.document_id))
        if named:
            cid = store.resolve_corpus_incident(c.corpus_incident_id)
            agree.setdefault(cid, (sim, named))
    if len(agree) != 1:
        return None  # none, or headlines of several incidents alike
    cid, (sim, named) = agree.popitem()
    title = store.get_document(document_id).title or ""
    at = text.find(title) if title else -1
    if at < 0:
        return None
    reason = f"follow-up: the headline agrees ({sim:.2f}; {', '.join(named[:3])})"
    return _row(store, document_id, cid, TITLE_ATTACH, reason, text, (at, at + len(title)))


def _by_name(
    store: Store, document_id: int, index: TermIndex, text: str, published: str | None
) -> FollowupRow | None:
    """The corpus incident the document's rare person names all point to."""
    mine = names_of(store.get_terms([document_id]).get(document_id, []))
    index.load(mine)
    lookup = frozenset(lookup_names(mine, index.df))
    if not lookup:
        return None
    end = day_of(published)
    start = (end - timedelta(days=NAME_DAYS)).isoformat() if end else "0001-01-01"
    found = store.link_candidates(
        start, end.isoformat() if end else "9999-12-31", None, document_id, sorted(lookup)
    )
    terms = store.get_terms(list({c.document_id for c in found}))
    hits: dict[str, set[int]] = {}
    for c in found:
        if c.corpus_incident_id is None:
            continue
        cid = store.resolve_corpus_incident(c.corpus_incident_id)
        for t in lookup & names_of(terms.get(c.document_id, [])):
            hits.setdefault(t, set()).add(cid)
    incidents = {cid for ids in hits.values() for cid in ids}
    if len(incidents) != 1:
        return None  # none, or a page naming people of several incidents
    cid = incidents.pop()
    names = sorted(hits)
    span = _span(text, names[0].replace("_", " "))
    if span is None:
        return None
    score = NAMES_SCORE if len(names) > 1 else NAME_SCORE
    reason = f"follow-up: names {', '.join(n.replace('_', ' ') for n in names[:3])}"
    return _row(store, document_id, cid, score, reason, text, span)


def _by_address(
    store: Store, document_id: int, text: str, published: str | None
) -> FollowupRow | None:
    """The corpus incident dated on a day the text names that gives its address."""
    own = store.get_addresses([document_id]).get(document_id, frozenset())
    days = sorted(referred_dates(text, published)) if own else []
    if not days:
        return None
    near: dict[int, LinkFeatures] = {}
    for day in days[:MAX_DAYS]:  # each named day, one day either side
        at_day = day_of(day)
        assert at_day is not None
        for c in store.link_candidates(
            (at_day - timedelta(days=1)).isoformat(),
            (at_day + timedelta(days=1)).isoformat(),
            None,
            document_id,
        ):
            if c.corpus_incident_id is not None:
                near[c.document_id] = c
    shared = link_address.shared(own, store.get_addresses(list(near)))
    incidents = {
        store.resolve_corpus_incident(near[d].corpus_incident_id or 0): at
        for d, at in shared.items()
    }
    if len(incidents) != 1:
        return None
    cid, at = incidents.popitem()
    span = _address_span(text, at)
    if span is None:
        return None
    reason = f"follow-up: the address {at} on a day it names"
    return _row(store, document_id, cid, ADDRESS_SCORE, reason, text, span)


def _body_names(store: Store, document_id: int) -> frozenset[str]:
    """The name-like words (``link.content_terms``) of a stored document's text after its
    headline: a title-case headline's words ("Teen Killed in Hunting Accident") are no names."""
    from claimledger.corpus.link import content_terms

    text = store.document_text(document_id) or ""
    title = store.get_document(document_id).title or ""
    if title and text.startswith(title):
        text = text[len(title) :]
    return frozenset(content_terms(text))


def _span(text: str, words: str) -> tuple[int, int] | None:
    """Where the text first writes a name (its words, any case, a middle initial allowed)."""
    first, _, last = words.partition(" ")
    m = re.search(
        rf"\b{re.escape(first)}\s(?:[A-Z]\.\s|[A-Z][a-z]+\s)?{re.escape(last)}\b",
        text,
        re.IGNORECASE,
    )
    return (m.start(), m.end()) if m else None


def _address_span(text: str, address: str) -> tuple[int, int] | None:
    """Where the text writes an address's street (its last word before the type)."""
    words = [w for w in address.split() if not w.isdigit() and len(w) > 2]
    if not words:
        return None
    m = re.search(rf"\b{re.escape(words[0])}\b", text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def _row(
    store: Store,
    document_id: int,
    cid: int,
    score: float,
    reason: str,
    text: str,
    span: tuple[int, int],
) -> FollowupRow:
    """The follow-up row, its evidence the span of the text."""
    ext = store.get_document(document_id).external_id
    ev = Evidence(span[0], span[1], text[span[0] : span[1]], ext, EXTRACTOR, score)
    return FollowupRow(document_id, cid, score, reason, ev)
