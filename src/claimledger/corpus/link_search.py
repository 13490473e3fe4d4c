"""Candidates of a new incident and their scores (``link.link_document`` decides).

Input: the new incident's ``LinkFeatures``, the writer's term statistics and
the documents' term vectors and names. Output: per candidate corpus incident,
its best score, the reason and the corpus incident id.

Candidates come from index ranges only (docs/scaling.md): the new incident's
country over its date window (``FOLLOWUP_DAYS`` back for follow-ups), the
incidents of unknown country sharing one of its content terms, and, by name,
the incidents of any country up to ``link_names.NAME_DAYS`` back whose
document names one of its rare person names (the ``incident_terms`` postings of
those names). A candidate sharing a decisive name (``link_names.decisive``) is
scored with its date and place gates lifted (a follow-up months later, a
namesake place); the others as before.

A candidate within the date window whose document gives the same block of one
street as the new one (``link_address``, ``ADDRESSES``), or beyond it in a month the
new text names (``link_month``), is scored like one sharing a decisive
name, and the learned scorer's lower score does not overrule it.

Two reports whose texts share nothing but whose headlines agree (``link_title``,
``TITLE_LIFT``: a paywall page is often all headline) are read by the learned scorer
and not vetoed for sharing little text.

In a crowded window (a big city's week) what every incident shares tells none
apart: the new document's terms that more than ``LOCAL_SHARE`` nearby corpus
incidents use weigh less in the text cosine, and where ``CROWD`` or more nearby
incidents compete a pair sharing no decisive name needs a text cosine of
``CROWD_TEXT`` (date, place and event type agree for all of them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from claimledger.corpus import (
    link_address,
    link_apart,
    link_learned,
    link_month,
    link_names,
    link_veto,
)
from claimledger.corpus.link import (
    TEXT_SCALE,
    TermIndex,
    _Docs,
    _window,
    date_score,
    place_score,
    score_pair,
    text_similarity,
)
from claimledger.corpus.link_crowd import allowed as _allowed
from claimledger.corpus.link_crowd import crowd as _crowd
from claimledger.corpus.link_crowd import local_weights as _local_weights
from claimledger.corpus.link_local import contradicts, with_places
from claimledger.corpus.link_names import NAME_DAYS, decisive, lookup_names, names_of
from claimledger.corpus.link_rules import (
    LinkSettings,
    candidate_terms,
    day_of,
    followup_date,
    referred_dates,
)
from claimledger.corpus.link_title import title_similarity
from claimledger.store.base import LinkFeatures, Store

# A term that n > LOCAL_SHARE nearby corpus incidents use (same window, places not apart)
# keeps LOCAL_SHARE / n of its weight: in a crowded city a hospital's, a district's or the
# city's name is shared by every incident of the week; what the others lack tells apart.
LOCAL_SHARE: int | None = 1
# Where at least CROWD nearby corpus incidents (within the window, places agreeing) compete,
# date, place and type agree for all: a pair sharing no name must share CROWD_TEXT of text.
CROWD: int | None = 2
CROWD_TEXT = 0.15
# Beyond the date window the learned scorer reads a pair sharing a person name, this
# much text, or whose day lies within FAR_NAMED_DAYS of a day the new text names.
FAR_TEXT = 0.2
FAR_NAMED_DAYS = 3
# Evidence against that the learned scorer may not override (the pair scores 0), for
# pairs sharing no decisive name: a text cosine below VETO_TEXT (the two texts share
# only what every report of the city says: "Avenue", "Saturday"); a crowded window
# (CROWD or more nearby incidents) where the pair shares less than CROWD_TEXT of text;
# with VETO_NAMES, both texts naming people, none shared (off: GVA tune half R -0.023,
# P +0.002: one report names the victim, another the suspect). Chosen on the tune half.
VETO_NAMES = False
# Another country's incidents within the date window that share one of the new
# document's CROSS_TERMS rarest terms are candidates too, scored when their text
# cosine reaches CROSS_COUNTRY_TEXT (None: off): the place resolver reads a name in
# the wrong country ("Man" in Côte d'Ivoire, "Douglas" on the Isle of Man), and
# reports of a border incident place it on either side.
CROSS_COUNTRY_TEXT: float | None = 0.2
CROSS_TERMS = 8
VETO_CROWDED = True
VETO_TEXT: float | None = 0.1
# In a crowded window (CROWD or more nearby incidents) a pair sharing no decisive name
# needs a learned score of CROWDED_LINK (None: the model's link threshold): there one
# city, one week and one event type fit every candidate, and a dense store (the whole
# GVA file is twice the tune half's density) loses precision where the scorer trusts
# them. 0.8 since the thirty-second session (0.9 before): GVA dev whole file, one set of
# analyses, tune-half items F1 .9527 -> .9538, report-half .9280 -> .9285, all .9407 -> .9415.
CROWDED_LINK: float | None = 0.8
# Whether a candidate in the window giving the same street block (``link_address``) counts as a name.
ADDRESSES = True
# Within the date window, a pair whose headlines' telling words (``link_title``) reach
# this cosine is read by the learned scorer even when the texts share nothing, and the
# text veto (``VETO_TEXT``) does not hold for it (None: off): one report is often a
# paywall or login page whose only words are its headline.
TITLE_LIFT: float | None = 0.4
# Within the date window, a pair published at most LOCAL_DAYS apart whose documents each
# name their streets, neighbourhoods or states and never the other's (``link_local``)
# reports two shootings of one city: the learned scorer may not link it (None: off).
# Later follow-ups are spared: a trial or a vigil names a courthouse or a home. Nor does
# it hold for a pair sharing LOCAL_TEXT of text (half of their weighted names: one event,
# whatever streets each adds).
LOCAL_DAYS: int | None = 2
LOCAL_TEXT = 0.5
# Two reports published at most GENERIC_DAYS apart that share only their city's name and
# their day (``link_apart.generic_only``) report two shootings of one night.
GENERIC_DAYS = 1


def scores(
    store: Store,
    f: LinkFeatures,
    index: TermIndex,
    docs: _Docs,
    settings: LinkSettings,
    members: dict[int, list[float]] | None = None,
) -> dict[int, tuple[float, str, int]]:
    """The best (score, reason, corpus incident) per candidate corpus incident.

    With ``members``, every scored pair's score is also listed under its corpus
    incident (``link_cohesion`` reads how many of an incident's members agree).
    """
    window = _window(f)
    out: dict[int, tuple[float, str, int]] = {}
    if window is None:
        return out
    vectors = docs[0]
    start = window[0]
    if settings.followup_days:
        start = min(start, _back(f, settings.followup_days))
    # Blocked by country (the query's cost stays that of one country's window); the
    # incidents of unknown country by the document's terms (see ``candidate_terms``).
    terms = candidate_terms(vectors[f.document_id], settings)
    cands = store.link_candidates(start, window[1], f.country_code, f.document_id, terms)
    cands = [c for c in cands if c.corpus_incident_id is not None]
    cross = _cross_country(store, f, window, vectors[f.document_id], settings, cands)
    shared = _shared_names(store, f, index, docs, settings, cands, window[1])
    named: frozenset[str] = frozenset()
    if settings.referred_dates:
        named = referred_dates(store.document_text(f.document_id), f.published or f.date)
    pairs = link_veto.others(store, f, _allowed(f, cands, shared, settings))
    missing = [c.document_id for c, _, _ in pairs if c.document_id not in vectors]
    if missing:
        for doc_id, got in store.get_terms(missing).items():
            vectors[doc_id] = index.vector(got, doc_id)
            docs[1].setdefault(doc_id, names_of(got))
    one: dict[int, list[str]] = {}
    if settings.names and link_names.ONE_SIDED:
        link_names.one_sided_pairs(f, [c for c, far, _ in pairs if not far], one, index, docs)
        one = {k: v for k, v in one.items() if k not in shared}
    exact = _exact(store, f, pairs) if ADDRESSES else {}
    lifted: dict[int, float] = {}
    own = vectors[f.document_id]
    if LOCAL_SHARE and settings.crowded:
        own = _local_weights(own, pairs, vectors, LOCAL_SHARE)
    crowd = _crowd(pairs)
    crowded = settings.crowded and CROWD is not None and crowd >= CROWD
    items: list[_Item] = []
    for c, far, ps in pairs:
        sim, rare = text_similarity(own, vectors.get(c.document_id, ({}, 0.0)))
        by_name = shared.get(c.incident_id)
        at = exact.get(c.incident_id)
        if at is not None:
            # One block of one street: scored as a shared name, whatever the scorer says.
            lifted[c.incident_id] = _score_by_name(f, c, sim, rare, [at], far, ps)[0]
        elif c.incident_id in cross and not by_name and sim < (CROSS_COUNTRY_TEXT or 1.0):
            continue
        rule = _rule(f, c, (sim, rare), by_name, far, ps, named, settings, crowded)
        items.append((c, far, ps, sim, by_name, rule))
    link_month.lift(store, f, items, settings.referred_dates, (lifted, exact), vectors, docs[1])
    learned = _learned(store, f, items, (docs, index), (crowd, exact, one), named, settings)
    for (c, _, _, _, _, rule), p in zip(items, learned or [None] * len(items), strict=True):
        if p is not None:
            s, reason = p[0], p[1] + "; " + (rule[1] if rule else "rules rule it out")
        elif rule is None and c.incident_id not in lifted:
            continue
        else:
            s, reason = rule or (0.0, "rules rule it out")
        if lifted.get(c.incident_id, 0.0) > s:
            s = lifted[c.incident_id]
            at = exact[c.incident_id]  # an address, or a month (``link_month``)
            reason = f"{reason}; {at if 'month' in at else 'the same block of ' + at}: {s:.2f}"
        _keep(out, members, c, s, reason)
    return out


def _keep(
    out: dict[int, tuple[float, str, int]],
    members: dict[int, list[float]] | None,
    c: LinkFeatures,
    s: float,
    reason: str,
) -> None:
    """Keep a pair's score as its corpus incident's best (and list it under ``members``)."""
    cid = c.corpus_incident_id or 0
    if members is not None:
        members.setdefault(cid, []).append(s)
    if cid not in out or s > out[cid][0]:
        out[cid] = (s, f"{reason} (with incident {c.incident_id})", cid)


# A candidate pair: candidate, beyond the window, place score, text cosine, decisive
# shared names, the rules' (score, reason) or None when they rule it out.
_Item = tuple[
    LinkFeatures, bool, "float | None", float, "list[str] | None", "tuple[float, str] | None"
]


def _cross_country(
    store: Store,
    f: LinkFeatures,
    window: tuple[str, str],
    own: tuple[dict[str, float], float],
    settings: LinkSettings,
    cands: list[LinkFeatures],
) -> frozenset[int]:
    """Add to ``cands`` the incidents of other countries in the window sharing one of
    the new document's rarest terms (``CROSS_COUNTRY_TEXT``); their ids."""
    if CROSS_COUNTRY_TEXT is None or not f.country_code or settings.text_over_place is None:
        return frozenset()
    rare = sorted(own[0], key=lambda t: (-own[0][t], t))[:CROSS_TERMS]
    if not rare:
        return frozenset()
    seen = {c.incident_id for c in cands}
    found = [
        c
        for c in store.link_candidates(window[0], window[1], None, f.document_id, sorted(rare))
        if c.corpus_incident_id is not None
        and c.country_code
        and c.country_code != f.country_code
        and c.incident_id not in seen
    ]
    cands += found
    return frozenset(c.incident_id for c in found)


def _plausible(
    c: LinkFeatures,
    far: bool,
    sim: float,
    names: frozenset[str],
    named: frozenset[str],
    title: float = 0.0,
) -> bool:
    """Whether the learned scorer reads a pair: within the window sharing some text
    or headlines agreeing (``TITLE_LIFT``); beyond it sharing a name or ``FAR_TEXT``
    of text, or named by a day near its own."""
    if not far:
        return sim > 0.0 or _title_lifts(title)
    if names or sim >= FAR_TEXT:
        return True
    d = day_of(c.date)
    return d is not None and any(
        abs((date.fromisoformat(x) - d).days) <= FAR_NAMED_DAYS for x in named
    )


def _rule(
    f: LinkFeatures,
    c: LinkFeatures,
    text: tuple[float, list[str]],
    by_name: list[str] | None,
    far: bool,
    ps: float | None,
    named: frozenset[str],
    settings: LinkSettings,
    crowded: bool,
) -> tuple[float, str] | None:
    """The rules' score and reason of a pair (None: ruled out)."""
    sim, rare = text
    if by_name:
        return _score_by_name(f, c, sim, rare, by_name, far, ps)
    plain = _score_plain(f, c, sim, rare, far, ps, named, settings)
    if plain is None:
        return None
    s, reason = plain
    if crowded and sim < CROWD_TEXT:
        return 0.0, f"{reason}; crowded, text below {CROWD_TEXT}"
    return s, reason


def _title_lifts(title: float) -> bool:
    """Whether two headlines agree enough to lift the text veto (``TITLE_LIFT``)."""
    return TITLE_LIFT is not None and title >= TITLE_LIFT


def _learned(
    store: Store,
    f: LinkFeatures,
    items: list[_Item],
    docs_index: tuple[_Docs, TermIndex],
    near: tuple[int, dict[int, str], dict[int, list[str]]],
    named: frozenset[str],
    settings: LinkSettings,
) -> list[tuple[float, str] | None] | None:
    """The learned scorer's score and reason per pair (None for all when the scorer
    is off; 0 where evidence against vetoes the pair, ``_vetoed``; ``near``: the
    crowd and the candidates sharing an address, ``_exact``).

    Pairs sharing neither text nor a decisive name, and pairs beyond the date
    window sharing little (``_plausible``), are not scored (0 when the scorer is
    on): the rules never link them either.
    """
    collect = link_learned.collecting_now()
    crowd, exact, one = near
    if not items or not (settings.learned or collect):
        return None
    text = store.document_text(f.document_id)
    if not settings.referred_dates and text:
        named = referred_dates(text, f.published or f.date)
    doc = link_learned.doc_context(text or "", named)
    (vectors, names), index = docs_index
    mine = names.get(f.document_id, frozenset())
    own_title = index.title(f.document_id)
    own_terms = vectors.get(f.document_id, ({}, 0.0))[0]
    best = max(sim for _, _, _, sim, _, _ in items)
    rows: list[list[float]] = []
    keep: list[int] = []
    titles: dict[int, float] = {}
    for i, (c, far, ps, sim, by_name, rule) in enumerate(items):
        theirs = names.get(c.document_id, frozenset())
        title = title_similarity(own_title, index.title(c.document_id)) if own_title else 0.0
        # A pair sharing no term where one country is unknown cannot link (only such
        # candidates sharing a term are looked up, ``candidate_terms``): no lift.
        lift = title if sim > 0.0 or (f.country_code and c.country_code) else 0.0
        if not by_name and not _plausible(c, far, sim, mine & theirs, named, lift):
            continue
        titles[i] = lift
        ctx = link_learned.PairContext(
            rule=rule[0] if rule else None,
            text=sim,
            max_text=best,
            ds=date_score(f, c)[0],
            ps=ps,
            far=far,
            decisive=len(by_name or ()),
            shared_names=len(mine & theirs),
            names_differ=bool(mine and theirs and not mine & theirs),
            crowd=crowd,
            n_candidates=len(items),
            place_named=link_learned.place_named(
                f, c, own_terms, vectors.get(c.document_id, ({}, 0.0))[0]
            ),
            title=title,
        )
        row = link_learned.pair_features(f, c, ctx, doc)
        link_learned.record(f, c, row)
        rows.append(row)
        keep.append(i)
    if not settings.learned:
        return None
    out: list[tuple[float, str] | None] = [(0.0, "learned 0.00")] * len(items)
    probs = link_learned.current_model().predict(rows).tolist() if rows else []
    texts = (index, vectors, mine, names)
    for i, p in zip(keep, probs, strict=True):
        q = link_veto.thin_lift(p, settings.threshold, (f, items[i][0]), index.store, items[i][2])
        got = _judged(f, (items[i], q, titles[i], q >= settings.threshold), texts, near)
        out[i] = (q, f"{got[1]} (thin text, learned {p:.2f})") if q > p and got[0] else got
    return out


def _judged(
    f: LinkFeatures,
    judged: tuple[_Item, float, float, bool],
    texts: tuple[
        TermIndex,
        dict[int, tuple[dict[str, float], float]],
        frozenset[str],
        dict[int, frozenset[str]],
    ],
    near: tuple[int, dict[int, str], dict[int, list[str]]],
) -> tuple[float, str]:
    """One scored pair's score and reason (``judged``: the pair, its learned score, its
    headlines' agreement and whether the score links): 0 where evidence against vetoes it
    (``_vetoed``, ``link_apart``), unless a name one text gives the other writes."""
    item, p, title, links = judged
    index, vectors, mine, names = texts
    crowd, exact, one = near
    where = None
    if links and item[0].incident_id not in exact:
        # Only a pair that would link has its texts' local names compared.
        where = _apart(f, item, index, vectors, p)
        shared = bool(mine & names.get(item[0].document_id, frozenset()))
        told = link_apart.told_apart(f, item, index, shared)
        if told:
            return (0.0, f"learned {p:.2f}, vetoed: {told}")
        where = where or _generic(f, item, index, vectors, title)
    veto = _vetoed(item, mine, names, crowd, p, title, where)
    named_in = one.get(item[0].incident_id)
    if veto and named_in:  # a name one text gives and the other writes: no veto
        return (p, f"learned {p:.2f}, not vetoed: writes {', '.join(named_in[:3])}")
    return (0.0, f"learned {p:.2f}, vetoed: {veto}") if veto else (p, f"learned {p:.2f}")


def _generic(
    f: LinkFeatures,
    item: _Item,
    index: TermIndex,
    vectors: dict[int, tuple[dict[str, float], float]],
    title: float,
) -> str | None:
    """Whether a pair within the date window, published at most ``GENERIC_DAYS`` apart
    (two first reports), tolls apart (``link_apart.tolls_differ``), shares only its city
    and its day (``link_apart.generic_only``; not where the headlines agree, nor when both
    name one street or neighbourhood)."""
    c, far, by_name = item[0], item[1], item[4]
    if far or by_name or _title_lifts(title) or not _published_within(f, c, GENERIC_DAYS):
        return None
    if index.local(f.document_id) & index.local(c.document_id):
        return None  # one street or neighbourhood both name
    if not link_apart.tolls_differ(index.tolls(f.document_id), index.tolls(c.document_id)):
        return None  # one toll: a thin report of the same shooting as often as not
    return link_apart.generic_only(
        f, c, vectors[f.document_id], vectors.get(c.document_id, ({}, 0.0))
    )


def _vetoed(
    item: _Item,
    mine: frozenset[str],
    names: dict[int, frozenset[str]],
    crowd: int,
    p: float,
    title: float = 0.0,
    apart: str | None = None,
) -> str | None:
    """The evidence against a pair (``VETO_*``) that the learned scorer may not override
    (the text veto not where the headlines agree, ``TITLE_LIFT``; ``apart``: the kind of
    local name the two documents give apart, ``LOCAL_DAYS``, unless they share a person's
    name)."""
    c, _, _, sim, by_name, _ = item
    if by_name:
        return None
    theirs = names.get(c.document_id, frozenset())
    if VETO_NAMES and mine and theirs and not mine & theirs:
        return "both name people, none shared"
    strong = link_veto.strong(p, sim)  # a high learned score sharing some text
    if VETO_TEXT is not None and sim < VETO_TEXT and not (_title_lifts(title) or strong):
        return f"text {sim:.2f} below {VETO_TEXT}"
    if VETO_CROWDED and CROWD is not None and crowd >= CROWD and sim < CROWD_TEXT and not strong:
        return f"crowded, text {sim:.2f} below {CROWD_TEXT}"
    if CROWDED_LINK is not None and CROWD is not None and crowd >= CROWD and p < CROWDED_LINK:
        return f"crowded, learned below {CROWDED_LINK}"
    if apart and not mine & theirs:
        return apart if apart.startswith("shares only") else f"{apart} names apart"
    return None


def _score_plain(
    f: LinkFeatures,
    c: LinkFeatures,
    sim: float,
    rare: Sequence[str],
    far: bool,
    ps: float | None,
    named: frozenset[str],
    settings: LinkSettings,
) -> tuple[float, str] | None:
    """The score of a pair sharing no decisive name (None: ruled out)."""
    place = None
    if ps == 0.0:  # only with text_over_place set
        if far or sim < (settings.text_over_place or 0.0):
            return None
        place = (None, f"places disagree ({place_score(f, c)[1]}), text {sim:.2f}")
    date_override = followup_date(c, sim, ps, named, settings.followup_text) if far else None
    if far and date_override is None:
        return None
    return score_pair(f, c, sim, rare, date=date_override, place=place)


def _exact(
    store: Store, f: LinkFeatures, pairs: list[tuple[LinkFeatures, bool, float | None]]
) -> dict[int, str]:
    """Per candidate incident within the date window, the address (``link_address``)
    its document shares with the new one (as ingest stored them, ``Store.get_addresses``)."""
    own = store.get_addresses([f.document_id]).get(f.document_id, frozenset())
    if not own:
        return {}
    near: dict[int, list[int]] = {}
    for c, far, _ in pairs:
        if not far:
            near.setdefault(c.document_id, []).append(c.incident_id)
    found = link_address.shared(own, store.get_addresses(list(near)))
    return {i: at for d, at in found.items() for i in near[d]}


def _apart(
    f: LinkFeatures,
    item: _Item,
    index: TermIndex,
    vectors: dict[int, tuple[dict[str, float], float]],
    p: float = 0.0,
) -> str | None:
    """The kind of local name (streets, neighbourhoods, one city's states: ``link_local``)
    the new document and a candidate within the window, published at most ``LOCAL_DAYS`` apart
    sharing below ``LOCAL_TEXT`` of text, give apart (None: none, or ``link_veto.strong_apart``)."""
    c, far, sim = item[0], item[1], item[3]
    if LOCAL_DAYS is None or far or sim >= LOCAL_TEXT or not _published_within(f, c, LOCAL_DAYS):
        return None
    mine = vectors[f.document_id][0]
    theirs = vectors.get(c.document_id, ({}, 0.0))[0]
    own, other = with_places(
        index.local(f.document_id), f.place, mine, index.local(c.document_id), c.place, theirs
    )
    kind = contradicts(own, mine, other, theirs)
    return None if kind and link_veto.strong_apart(p, (f, c), vectors, index.store) else kind


def _published_within(a: LinkFeatures, b: LinkFeatures, days: int) -> bool:
    """Whether two documents were published at most ``days`` apart (known dates only)."""
    da, db = day_of(a.published), day_of(b.published)
    return da is not None and db is not None and abs((da - db).days) <= days


def _back(f: LinkFeatures, days: int) -> str:
    """The ISO day ``days`` before the incident's date (clamped to the calendar)."""
    back = day_of(f.date) or date.min
    return (back - timedelta(days=min(days, (back - date.min).days))).isoformat()


def _shared_names(
    store: Store,
    f: LinkFeatures,
    index: TermIndex,
    docs: _Docs,
    settings: LinkSettings,
    cands: list[LinkFeatures],
    end: str,
) -> dict[int, list[str]]:
    """Per candidate incident, the decisive names it shares with the new document.

    The candidates naming one of the document's rare names are looked up in the
    term postings (every country, ``NAME_DAYS`` back) and added to ``cands``.
    """
    vectors, names = docs
    if not settings.names:
        return {}
    mine = names.get(f.document_id, frozenset())
    index.load(mine)
    lookup = frozenset(lookup_names(mine, index.df))
    if not lookup:
        return {}
    found = store.link_candidates(_back(f, NAME_DAYS), end, None, f.document_id, sorted(lookup))
    found = [c for c in found if c.corpus_incident_id is not None]
    missing = [c.document_id for c in found if c.document_id not in names]
    if missing:
        for doc_id, got in store.get_terms(missing).items():
            names[doc_id] = names_of(got)
            vectors[doc_id] = index.vector(got, doc_id)
    hits: dict[str, set[int]] = {}
    for c in found:
        for t in lookup & names.get(c.document_id, frozenset()):
            hits.setdefault(t, set()).add(c.corpus_incident_id or 0)
    seen = {c.incident_id for c in cands}
    cands += [c for c in found if c.incident_id not in seen]
    out: dict[int, list[str]] = {}
    for c in found:
        got = decisive(lookup, hits, names.get(c.document_id, frozenset()))
        if got:
            out[c.incident_id] = got
    return out


def _score_by_name(
    f: LinkFeatures,
    c: LinkFeatures,
    sim: float,
    rare: Sequence[str],
    by_name: list[str],
    far: bool,
    ps: float | None,
) -> tuple[float, str]:
    """The score of a pair sharing a decisive name: date and place no longer rule it out."""
    who = ", ".join(by_name[:3])
    if far and ps == 0.0 and not link_names.NAME_BOTH:
        return 0.0, f"far and elsewhere, shares the name {who}"
    if far and len(by_name) < 2 and sim < link_names.NAME_FAR_TEXT:
        # One name alone across months: an official's or a namesake's as often as not.
        return 0.0, f"far, shares only the name {who}, text {sim:.2f}"
    date_override = (1.0, f"follow-up sharing the name {who}") if far else None
    place = None
    if ps == 0.0:
        place = (None, f"places disagree ({place_score(f, c)[1]}), shares the name {who}")
    s, reason = score_pair(f, c, max(sim, TEXT_SCALE), rare, date=date_override, place=place)
    return s, f"{reason}; shares the name {who}"
