"""Incident linking across documents, and near-duplicate detection.

Input: a stored document (its ``LinkFeatures`` and text signatures, read
through the ``Store``). Output: ``LinkDecision`` records, one per
document-level incident, each naming the corpus incident it joined (or
created) with a score and a readable reason; the store keeps both.

Linking is incremental: a new document is compared only with incidents dated
within a window around its own (widened by date precision) in the same
country or of unknown country, so adding a document costs a few indexed
queries, never a pass over the corpus.

Near-duplicates (syndicated or reposted copies) are found with a bottom-k
MinHash sketch of word 5-shingles: one 63-bit hash per shingle, the k smallest
kept. Two sketches estimate the Jaccard similarity of the shingle sets; the
store indexes sketch hashes, so candidates are the documents sharing several.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from claimledger.corpus.link_names import name_terms, names_of

# The settings and follow-up rules live in link_rules; their names are link's too.
from claimledger.corpus.link_rules import (
    ACTOR_WEIGHT,
    PLACE_WEIGHT,
    TEXT_WEIGHT,
    TYPE_WEIGHT,
    actor_set,
    current,
    day_of,
)
from claimledger.corpus.link_rules import FOLLOWUP_DAYS as FOLLOWUP_DAYS
from claimledger.corpus.link_rules import FOLLOWUP_TEXT as FOLLOWUP_TEXT
from claimledger.corpus.link_rules import GREEDY as GREEDY
from claimledger.corpus.link_rules import LINK_THRESHOLD as LINK_THRESHOLD
from claimledger.corpus.link_rules import MERGE_THRESHOLD as MERGE_THRESHOLD
from claimledger.corpus.link_rules import NO_TEXT_MAX as NO_TEXT_MAX
from claimledger.corpus.link_rules import RULES as RULES
from claimledger.corpus.link_rules import TEXT_OVER_PLACE as TEXT_OVER_PLACE
from claimledger.corpus.link_rules import LinkSettings as LinkSettings
from claimledger.corpus.link_rules import candidate_terms as candidate_terms
from claimledger.corpus.link_rules import referred_dates as referred_dates
from claimledger.corpus.link_rules import using as using
from claimledger.corpus.link_sketch import SHINGLE_WORDS as SHINGLE_WORDS
from claimledger.corpus.link_sketch import SKETCH_SIZE as SKETCH_SIZE
from claimledger.corpus.link_sketch import _mix as _mix
from claimledger.corpus.link_sketch import sketch as sketch
from claimledger.corpus.link_sketch import sketch_similarity as sketch_similarity
from claimledger.corpus.link_sketch import sketch_words as sketch_words
from claimledger.corpus.link_sketch import words as words
from claimledger.resources.geodesy import haversine_km
from claimledger.store.base import LinkFeatures, Store

# A syndicated copy with a changed headline and a line added shares well over
# half its 5-shingles; two different reports of one event share almost none.
DUPLICATE_JACCARD = 0.5
# Candidates must share a quarter of the sketch before the exact estimate is made.
DUPLICATE_MIN_SHARED = SKETCH_SIZE // 4
MAX_TERMS = 200
# Documents whose loaded terms a writer keeps (``TermIndex.vector``); then it starts over.
MAX_LOADED = 100_000

# Days of slack each date precision allows on either side of its value.
_PRECISION_DAYS = {"day": 0, "week": 3, "month": 15, "year": 182}
# Reports of one event go on for days: follow-ups, funerals, arrests.
DATE_SLACK_DAYS = 3
DATE_WINDOW_DAYS = 10
TEXT_SCALE = 0.4
PUBLISHED_DATES = True
SAME_ADMIN1_SCORE = 0.7
# A capitalised word not right after a sentence end (the look-behinds skip
# "word. The" and "word.  The").
_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<![.!?]\s\s)\b[A-Z][a-z]+(?:['’][a-z]+)?\b")


@dataclass(frozen=True)
class LinkDecision:
    """Where one document-level incident went, and why."""

    incident_id: int
    corpus_incident_id: int
    score: float
    reason: str
    created: bool  # True when it started a new corpus incident
    merged: tuple[int, ...] = ()  # corpus incidents this one bridged, absorbed into it
    candidates: tuple[int, ...] = ()  # the corpus incidents the search scored


# Per document: its term vector (``TermIndex.vector``) and its name terms.
_Docs = tuple[dict[int, tuple[dict[str, float], float]], dict[int, frozenset[str]]]


@dataclass(frozen=True)
class DuplicateMatch:
    document_id: int
    similarity: float


# --- text signatures --------------------------------------------------------


def signatures(text: str) -> tuple[list[int], list[str]]:
    """A text's sketch and its terms: content terms, then name terms (``link_names``)."""
    return sketch(text), content_terms(text) + name_terms(text)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = {"said", "says", "told", "according", "news", "police", "reported", "report"}
    return frozenset(STOP_WORDS | extra)


def content_terms(text: str, limit: int = MAX_TERMS) -> list[str]:
    """The distinct name-like words of a text, most frequent first.

    Capitalised words that do not open a sentence: people, streets, towns,
    agencies. On GVA news pairs they separate reports of one event from other
    events far better than all content words (at equal recall, half the false
    pairs), because what two reports of one shooting share is its names.

    Args:
        text: the document text.
        limit: keep at most this many terms.

    Returns:
        Lower-cased terms without stop words or one- and two-letter tokens.
    """
    stop = _stop_words()
    counts = Counter(
        w
        for w in (m.group(0).lower() for m in _NAME_WORD.finditer(text))
        if len(w) > 2 and w not in stop
    )
    return [w for w, _ in counts.most_common(limit)]


class TermIndex:
    """Document frequencies of terms, cached for one writer.

    The store's ``term_counts`` table is the truth; the writer is the only
    process that changes it, so a cache it keeps up to date stays exact and
    saves a query per comparison.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.df: dict[str, int] = {}
        self.n_docs = store.total_documents()
        # Per document, its headline's words (``link_title``), read once per writer.
        self.titles: dict[int, frozenset[str]] = {}
        self.locals: dict[int, frozenset[str]] = {}  # per document, ``local``
        self.says: dict[int, bool] = {}  # per document, ``unrelated``
        self.toll: dict[int, tuple[int | None, int | None]] = {}  # per document, ``tolls``
        self.policing: dict[int, tuple[bool, bool]] = {}  # per document, ``police``
        # A term's weight depends only on n_docs and its count: per count, for n_weights.
        self.n_weights = -1
        self.weights: dict[int, float] = {}
        # Per document, its content terms, their counts loaded (a stored document's terms
        # never change, and a count once loaded is kept exact by ``added``).
        self.loaded: dict[int, list[str]] = {}

    def title(self, document_id: int) -> frozenset[str]:
        """The telling words of a stored document's title (``link_title.title_words``)."""
        got = self.titles.get(document_id)
        if got is None:
            from claimledger.corpus.link_title import title_words

            got = title_words(self.store.get_document(document_id).title)
            self.titles[document_id] = got
        return got

    def local(self, document_id: int) -> frozenset[str]:
        """The streets, neighbourhoods and states of a stored document's text
        (``link_local.local_names``), read once per writer."""
        if document_id not in self.locals:
            from claimledger.corpus.link_local import local_names

            self.locals[document_id] = local_names(self.store.document_text(document_id))
        return self.locals[document_id]

    def unrelated(self, document_id: int) -> bool:
        """Whether a stored document's text says its shooting is not another's
        (``link_apart.says_unrelated``), read once per writer."""
        got = self.says.get(document_id)
        if got is None:
            from claimledger.corpus.link_apart import says_unrelated

            got = self.says[document_id] = says_unrelated(self.store.document_text(document_id))
        return got

    def police(self, document_id: int) -> tuple[bool, bool]:
        """Whether a stored document's lede tells a police shooting, and whether its text
        tells any police gunfire (``link_apart.police_shooting``, ``police_any``), read once
        per writer."""
        got = self.policing.get(document_id)
        if got is None:
            from claimledger.corpus.link_apart import police_any, police_shooting

            text = self.store.document_text(document_id)
            got = self.policing[document_id] = (police_shooting(text), police_any(text))
        return got

    def tolls(self, document_id: int) -> tuple[int | None, int | None]:
        """A stored document's largest killed and injured figures (None: none given),
        read once per writer (``link_apart.tolls_differ``)."""
        got = self.toll.get(document_id)
        if got is None:
            killed: int | None = None
            injured: int | None = None
            for c in self.store.claims_of_document(document_id):
                n = c.high if c.high is not None else c.low
                if n is None:
                    continue
                if c.figure == "killed":
                    killed = max(killed or 0, n)
                elif c.figure == "injured":
                    injured = max(injured or 0, n)
            got = self.toll[document_id] = (killed, injured)
        return got

    def added(self, terms: Sequence[str]) -> None:
        """Count a newly stored document's terms (call after ``Store.add_terms``)."""
        self.n_docs += 1
        for t in set(terms):
            if t in self.df:
                self.df[t] += 1

    def load(self, terms: Iterable[str]) -> None:
        """Fetch the counts of terms not cached yet."""
        missing = list({t for t in terms if t not in self.df})
        if missing:
            got = self.store.term_document_counts(missing)
            for t in missing:
                self.df[t] = got.get(t, 0)

    def vector(
        self, terms: Sequence[str], document_id: int | None = None
    ) -> tuple[dict[str, float], float]:
        """IDF weights of a document's terms and the vector's squared norm (``document_id``:
        the stored document they are, whose terms are then filtered and loaded once)."""
        got = self.loaded.get(document_id) if document_id is not None else None
        if got is None:
            got = [t for t in terms if "_" not in t]  # name terms are compared apart
            self.load(got)
            if document_id is not None:
                if len(self.loaded) >= MAX_LOADED:
                    self.loaded.clear()
                self.loaded[document_id] = got
        terms = got
        n = self.n_docs
        if n != self.n_weights:  # a document was added: every weight changes
            self.n_weights, self.weights = n, {}
        by_count, df = self.weights, self.df
        weights: dict[str, float] = {}
        for t in terms:
            k = df.get(t, 0)
            w = by_count.get(k)
            if w is None:
                w = by_count[k] = (math.log((n + 1) / (k + 1)) + 1.0) ** 2
            weights[t] = w
        return weights, sum(weights.values())


def text_similarity(
    a: tuple[dict[str, float], float], b: tuple[dict[str, float], float]
) -> tuple[float, list[str]]:
    """IDF-weighted cosine of two term vectors (``TermIndex.vector``), and the rarest shared terms.

    Args:
        a: squared IDF weights of one document's terms and their sum.
        b: the same for the other document.

    Returns:
        The cosine in [0, 1] and up to three shared terms, rarest first (for reasons).
    """
    wa, na = a
    wb, nb = b
    if not na or not nb:
        return 0.0, []
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    shared = [t for t in small if t in large]
    num = sum(wa[t] for t in shared)
    rare = sorted(shared, key=lambda t: (-wa[t], t))[:3]
    return num / math.sqrt(na * nb), rare


def find_duplicate(store: Store, document_id: int, hashes: Sequence[int]) -> DuplicateMatch | None:
    """The earlier stored document this one near-duplicates, if any.

    Args:
        store: the open store (the document's own sketch need not be stored yet).
        document_id: the new document, excluded from the answer.
        hashes: its sketch.

    Returns:
        The most similar earlier document at or above ``DUPLICATE_JACCARD``.
    """
    best: DuplicateMatch | None = None
    for other, _shared in store.sketch_neighbours(hashes, DUPLICATE_MIN_SHARED):
        if other == document_id:
            continue
        sim = sketch_similarity(hashes, store.get_sketch(other))
        if sim >= DUPLICATE_JACCARD and (best is None or sim > best.similarity):
            best = DuplicateMatch(other, sim)
    if best is None:
        return None
    # Point at the original, not at a copy of it, so copies form a star.
    canonical = store.get_document(best.document_id).duplicate_of
    return DuplicateMatch(canonical, best.similarity) if canonical else best


# --- incident scores --------------------------------------------------------


def date_score(a: LinkFeatures, b: LinkFeatures) -> tuple[float | None, str]:
    """1 when the dates agree within their precisions, falling to 0 over the window.

    Two documents published within the slack of each other also agree: the
    incident date read from a text is sometimes wrong (a weekday resolved to
    the wrong week), the publication dates of two same-day reports rarely are.
    """
    da, db = day_of(a.date), day_of(b.date)
    if da is None or db is None:
        return None, "date unknown"
    gap = abs((da - db).days)
    tol = _PRECISION_DAYS.get(a.precision, 182) + _PRECISION_DAYS.get(b.precision, 182)
    over = max(0, gap - tol - DATE_SLACK_DAYS)
    s = max(0.0, 1.0 - over / DATE_WINDOW_DAYS)
    pa, pb = day_of(a.published), day_of(b.published)
    if PUBLISHED_DATES and s < 1.0 and pa is not None and pb is not None:
        pgap = abs((pa - pb).days)
        ps = max(0.0, 1.0 - max(0, pgap - DATE_SLACK_DAYS) / DATE_WINDOW_DAYS)
        if ps > s:
            return ps, f"published Δ{pgap}d (incident dates Δ{gap}d) {ps:.2f}"
    return s, f"date Δ{gap}d ({a.precision}/{b.precision}) {s:.2f}"


def place_score(a: LinkFeatures, b: LinkFeatures) -> tuple[float | None, str]:
    """1 for the same place, lower with distance; 0 for another country."""
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return 0.0, f"country {a.country_code}≠{b.country_code}"
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 1.0, f"same place {a.place}"
    if a.place and b.place and a.place.lower() == b.place.lower():
        # Two gazetteer entries of one name ("Dayton"): the text named the same
        # town; the resolver's choice of namesake is weaker evidence than that.
        return 1.0, f"same place name {a.place}"
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        # Within a city (25 km) reports name different neighbourhoods of one event;
        # beyond 150 km it is another event.
        s = 1.0 if km <= 25 else max(0.0, 1.0 - (km - 25) / 125)
        if s < SAME_ADMIN1_SCORE and a.admin1 and a.admin1 == b.admin1:
            # Same province or state: a county seat and a town in it, or the
            # resolver's wrong namesake within the state, still agree somewhat.
            s = SAME_ADMIN1_SCORE
        return s, f"{a.place}~{b.place} {km:.0f} km {s:.2f}"
    if a.admin1 and b.admin1:
        s = SAME_ADMIN1_SCORE if a.admin1 == b.admin1 else 0.0
        return s, f"admin1 {a.admin1}/{b.admin1} {s:.2f}"
    return None, "place unknown"


def actor_score(a: LinkFeatures, b: LinkFeatures) -> float | None:
    """Jaccard of the actor names, None when either side names none."""
    sa, sb = actor_set(a.actors), actor_set(b.actors)
    if not sa or not sb:
        return None
    return len(sa & sb) / len(sa | sb)


def gate(a: LinkFeatures, b: LinkFeatures) -> float:
    """The date and place factor of a pair: 0 rules the pair out."""
    return _gate(date_score(a, b)[0], place_score(a, b)[0])


def _gate(ds: float | None, ps: float | None) -> float:
    """The smaller of the known date and place scores (1 when neither is known)."""
    return min(x for x in (ds, ps, 1.0) if x is not None)


def score_pair(
    a: LinkFeatures,
    b: LinkFeatures,
    text_sim: float,
    rare: Sequence[str],
    date: tuple[float | None, str] | None = None,
    place: tuple[float | None, str] | None = None,
) -> tuple[float, str]:
    """How likely two document-level incidents report the same event, with the reason.

    Date and place act as gates (an incompatible date or a far place gives 0);
    text similarity, place, event type and actors then add up.

    Args:
        a: the new incident.
        b: a candidate already linked.
        text_sim: IDF cosine of the two documents' content terms.
        rare: the rarest shared terms, quoted in the reason.
        date: the date score and reason to use instead of ``date_score`` (a
            follow-up, see ``followup_date``).
        place: the place score and reason to use instead of ``place_score``.

    Returns:
        A score in [0, 1] and a readable reason.
    """
    ds, dreason = date or date_score(a, b)
    ps, preason = place or place_score(a, b)
    parts = [dreason, preason]
    factor = _gate(ds, ps)
    if factor == 0.0:
        return 0.0, "; ".join(parts)
    # The cosine of two different articles about one event rarely passes 0.4.
    text = min(1.0, text_sim / TEXT_SCALE)
    weights: list[tuple[float, float]] = [(text, TEXT_WEIGHT)]
    if ps is not None:
        weights.append((ps, PLACE_WEIGHT))
    if a.event_type and b.event_type:
        same = a.event_type == b.event_type
        weights.append((1.0 if same else 0.0, TYPE_WEIGHT))
        parts.append("same event type" if same else f"type {a.event_type}≠{b.event_type}")
    acs = actor_score(a, b)
    if acs is not None:
        weights.append((acs, ACTOR_WEIGHT))
        parts.append(f"actors {acs:.2f}")
    raw = sum(v * w for v, w in weights) / sum(w for _, w in weights)
    parts.append(f"text {text_sim:.2f}" + (f" ({', '.join(rare)})" if rare else ""))
    return raw * factor, "; ".join(parts)


def _window(f: LinkFeatures) -> tuple[str, str] | None:
    d = day_of(f.date)
    if d is None:
        return None
    # The candidate's precision is unknown before the query: allow up to a month.
    span = _PRECISION_DAYS.get(f.precision, 182) + _PRECISION_DAYS["month"]
    span += DATE_SLACK_DAYS + DATE_WINDOW_DAYS
    # Clamped to the calendar: a document dated 0001-01-01 or 9999-12-31 is valid input.
    start = d - timedelta(days=min(span, (d - date.min).days))
    end = d + timedelta(days=min(span, (date.max - d).days))
    return start.isoformat(), end.isoformat()


def link_document(
    store: Store,
    document_id: int,
    duplicate: DuplicateMatch | None = None,
    threshold: float | None = None,
    index: TermIndex | None = None,
    settings: LinkSettings | None = None,
) -> list[LinkDecision]:
    """Link the incidents of one stored document to corpus incidents.

    Args:
        store: the open store, inside a transaction.
        document_id: a document already written with ``Store.add_document``
            (its terms with ``Store.add_terms``, its addresses with
            ``Store.add_addresses``).
        duplicate: the document it near-duplicates, if any: its incidents then
            join that document's corpus incidents.
        threshold: smallest score that joins an existing corpus incident
            (``LINK_THRESHOLD`` if None).
        index: the writer's term statistics (a fresh one is made if None).
        settings: thresholds and whether to merge (``LinkSettings()`` if None).

    Returns:
        One decision per document-level incident, already written to the store
        (with the corpus incidents it merged, see ``corpus/merge.py``).
    """
    feats = store.link_features(document_id)
    decisions: list[LinkDecision] = []
    if not feats:
        return decisions
    index = index or TermIndex(store)
    settings = effective(settings)
    if threshold is not None:
        settings = replace(settings, threshold=threshold)
    original = store.link_features(duplicate.document_id) if duplicate else []
    terms = store.get_terms([document_id]).get(document_id, [])
    vectors: dict[int, tuple[dict[str, float], float]] = {
        document_id: index.vector(terms, document_id)
    }
    names: dict[int, frozenset[str]] = {document_id: names_of(terms)}
    for f in feats:
        decision = None
        if duplicate is not None and original:
            decision = _link_to_original(f, original, duplicate)
        if decision is None:
            decision = _link_by_score(store, f, index, (vectors, names), settings)
        store.link(
            decision.incident_id, decision.corpus_incident_id, decision.score, decision.reason
        )
        decisions.append(decision)
    return decisions


def effective(settings: LinkSettings | None) -> LinkSettings:
    """``settings`` (``current()`` if None) with the learned model's own thresholds
    when the learned scorer is on."""
    settings = settings or current()
    if not settings.learned:
        return settings
    from claimledger.corpus.link_learned import current_model

    model = current_model()
    return replace(settings, threshold=model.threshold_link, merge_threshold=model.threshold_merge)


def _link_to_original(
    f: LinkFeatures, original: list[LinkFeatures], dup: DuplicateMatch
) -> LinkDecision | None:
    """Join the original's incident that agrees best (a copy reports the same events)."""
    best: tuple[float, LinkFeatures] | None = None
    for o in original:
        if o.corpus_incident_id is None:
            continue
        s, _ = score_pair(f, o, 1.0, ())
        if best is None or s > best[0]:
            best = (s, o)
    if best is None or best[0] == 0.0:
        return None
    reason = f"near-duplicate of document {dup.document_id} (shingle Jaccard {dup.similarity:.2f})"
    return LinkDecision(
        f.incident_id, best[1].corpus_incident_id or 0, dup.similarity, reason, False
    )


def _link_by_score(
    store: Store,
    f: LinkFeatures,
    index: TermIndex,
    docs: _Docs,
    settings: LinkSettings,
) -> LinkDecision:
    """Join the best-scoring candidate's corpus incident (merging those it bridges),
    or start a new one."""
    from claimledger.corpus.link_cohesion import choose
    from claimledger.corpus.link_search import scores

    members: dict[int, list[float]] = {}
    scored = scores(store, f, index, docs, settings, members)
    best, bridged, passed = choose(scored, members, settings.threshold, settings.merge_threshold)
    if best is not None:
        merged: tuple[int, ...] = ()
        target, reason = best[2], best[1]
        if passed:
            reason += "; a higher-scoring incident passed over: its members disagree"
        if bridged:
            from claimledger.corpus.merge import merge_linked

            why = (
                "bridged by incident "
                + str(f.incident_id)
                + ": "
                + "; ".join(
                    f"{cid} {s:.2f}"
                    for s, _, cid in sorted(scored.values(), reverse=True)
                    if cid in bridged
                )
            )
            target, absorbed = merge_linked(store, bridged, why)
            merged = tuple(absorbed)
            if absorbed:
                reason += f"; merged incidents {', '.join(map(str, absorbed))} into {target}"
        return LinkDecision(f.incident_id, target, best[0], reason, False, merged, tuple(scored))
    best = max(scored.values(), default=None, key=lambda x: x[0])
    new_id = store.new_corpus_incident()
    why = "no candidate in the date window and place"
    if best is not None:
        why = f"best candidate scored {best[0]:.2f} < {settings.threshold}: {best[1]}"
        if best[0] >= settings.threshold:
            why = (
                f"the members of the incidents scoring >= {settings.threshold} disagree: {best[1]}"
            )
    return LinkDecision(
        f.incident_id, new_id, 1.0, f"new incident ({why})", True, (), tuple(scored)
    )
