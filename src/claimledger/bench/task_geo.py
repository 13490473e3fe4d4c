"""Bench task ``geo``: toponym resolution and end-to-end geoparsing on LGL.

Input: ``geo/lgl.xml`` (or ``ctx.file``, same format), read by
:mod:`claimledger.bench.load_lgl`. Output: a :class:`TaskResult` with
claimledger's and the floor baseline's scores and one error row per toponym
resolved wrongly.

Rules (also written into the result notes):

* resolution: every gold toponym span of an article goes, with the article
  text, through :func:`claimledger.extract.places.locate.locate_places` (the code the
  pipeline runs). Scored on toponyms with gold coordinates: share within 161 km
  (acc@161), median error in km (an unresolved toponym counts as 20,038 km,
  half the Earth's circumference), share with the gold GeoNames id.
* end to end: :func:`claimledger.extract.places.locate.extract_places` on the spaCy
  doc of each article. A predicted, resolved toponym matches a gold one when
  the spans overlap and it lies within 161 km; predictions overlapping a gold
  toponym without coordinates are ignored. Micro P/R/F1, CIs by resampling
  articles.
* publisher: ``claimledger+publisher`` resolves the same spans again with the
  home area of the article's publisher (the host of its ``<url>``, an input
  a user has), read by :func:`claimledger.extract.places.home.batch_homes`
  (what the pipeline calls per batch) from that publisher's articles of the
  same half; ``claimledger`` reads each text alone. End to end,
  ``claimledger+publisher`` is the pipeline's own batch path
  (:func:`claimledger.extract.places.locate.extract_batch_places`) on
  consecutive batches of 16 articles of one half, in file order.
* halves: every score is given on all articles and on the development half
  (``_dev``, where weights are tuned) and the test half (``_test``) of
  :func:`claimledger.bench.load_lgl.lgl_half`.
* floor: the most populous gazetteer entry for each name (gold spans for
  resolution; spaCy GPE/LOC entities end to end).
* Published anchor: Mordecai3 reports acc@161 = 0.827 on LGL (Halterman 2023).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimledger.bench.core import (
    BenchContext,
    Metric,
    TaskResult,
    bootstrap_fn,
    prf,
    skipped,
)
from claimledger.bench.load_lgl import (
    DEV,
    TEST,
    LglArticle,
    LglToponym,
    lgl_half,
    load_articles,
)
from claimledger.extract.places.home import Home, batch_homes, publisher_host
from claimledger.options import Options
from claimledger.records import Place, PlaceMention
from claimledger.resources.geodesy import haversine_km

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.resources.gazetteer.index import Gazetteer

TASK = "geo"
DEV_FILE = Path("geo") / "lgl.xml"
OURS = "claimledger"
OURS_PUB = "claimledger+publisher"
FLOOR = "floor"
_SYSTEMS = (OURS, OURS_PUB, FLOOR)
ACC_KM = 161.0
UNRESOLVED_KM = 20_038.0
ANCHOR = "published anchor: Mordecai3 acc@161 = 0.827 on LGL (Halterman 2023)"


@dataclass(frozen=True)
class _E2E:
    """True/false positives and false negatives of one article."""

    tp: int
    fp: int
    fn: int


def _gold_span(article: LglArticle, t: LglToponym) -> tuple[int, int] | None:
    """The toponym's offsets, repaired when they are off by a few characters."""
    if article.text[t.start : t.end] == t.phrase:
        return t.start, t.end
    near = article.text.find(t.phrase, max(0, t.start - 20))
    if near >= 0 and abs(near - t.start) <= 20:
        return near, near + len(t.phrase)
    return None


def _distance(place: Place | None, t: LglToponym) -> float:
    """km between a predicted place and the gold coordinates (unresolved: far)."""
    if place is None or t.lat is None or t.lon is None:
        return UNRESOLVED_KM
    return haversine_km(place.lat, place.lon, t.lat, t.lon)


def _error_row(
    article: LglArticle, t: LglToponym, place: Place | None, km: float, system: str
) -> dict[str, Any]:
    """One JSONL error row."""
    return {
        "system": system,
        "article": article.doc_id,
        "phrase": t.phrase,
        "start": t.start,
        "gold": {"geonameid": t.geonameid, "lat": t.lat, "lon": t.lon, "name": t.name},
        "gold_fcode": t.fcode,
        "predicted": None
        if place is None
        else {
            "geonameid": place.geonameid,
            "name": place.name,
            "country": place.country,
            "admin1": place.admin1,
            "lat": place.lat,
            "lon": place.lon,
        },
        "km": round(km, 1) if km < UNRESOLVED_KM else None,
    }


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def floor_place(text: str, gaz: Gazetteer) -> Place | None:
    """Population-only floor of a text's place: the first capitalised name the index knows.

    Runs of one to three capitalised words are tried left to right, longest
    first; the answer is the most populous entry of the first known one
    (countries and areas included), with no context at all.

    Args:
        text: the document text.
        gaz: the gazetteer.

    Returns:
        The floor's place, or None when no capitalised run is a known name.
    """
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            place = gaz.most_populous(" ".join(words[:n]))
            if place is not None:
                return place
    return None


_Pairs = list[tuple[LglToponym, tuple[int, int]]]


def _aligned(art: LglArticle) -> tuple[_Pairs, int]:
    """The gold toponyms whose span could be aligned, and how many could not."""
    pairs: _Pairs = []
    misaligned = 0
    for t in art.toponyms:
        span = _gold_span(art, t)
        if span is None:
            misaligned += 1
        else:
            pairs.append((t, span))
    return pairs, misaligned


def publisher_homes(
    articles: Sequence[LglArticle], resolved: Mapping[str, Sequence[PlaceMention]]
) -> dict[str, Home | None]:
    """Article id -> the home of its publisher, from its half's articles only.

    The publisher is the host of the article's address (an input, not a
    label); its home is :func:`claimledger.extract.places.home.batch_homes`
    (the function the pipeline calls on each batch) over the resolutions
    (without a home) of the articles of the same LGL half, so the two halves
    never inform each other.

    Args:
        articles: the articles.
        resolved: article id -> its mentions resolved without a home.

    Returns:
        One entry per article (None without a publisher or a home).
    """
    homes: dict[str, Home | None] = {}
    for half in (DEV, TEST):
        arts = [a for a in articles if lgl_half(a.doc_id) == half]
        found = batch_homes(
            [publisher_host(a.url) for a in arts], [resolved[a.doc_id] for a in arts]
        )
        homes.update({a.doc_id: h for a, h in zip(arts, found, strict=True)})
    return homes


def _score_resolution(result: TaskResult, articles: Sequence[LglArticle], options: Options) -> int:
    """Part 1: resolve gold spans; returns the number of spans that could not be aligned.

    ``claimledger`` reads each text alone; ``claimledger+publisher`` adds the
    home of the article's publisher (:func:`publisher_homes`). Each metric is
    reported on all articles and on each half (``_dev``, ``_test``).
    """
    from claimledger.extract.places.locate import locate_places
    from claimledger.resources.gazetteer.index import load_gazetteer

    gaz = load_gazetteer()
    rows: dict[tuple[str, str], tuple[list[float], list[float], list[float]]] = {
        (system, half): ([], [], []) for system in _SYSTEMS for half in ("", DEV, TEST)
    }
    aligned = {art.doc_id: _aligned(art) for art in articles}
    misaligned = sum(n for _, n in aligned.values())

    def locate(art: LglArticle, home: Home | None = None) -> list[PlaceMention]:
        spans = [s for _, s in aligned[art.doc_id][0]]
        return locate_places(art.text, spans, art.doc_id, options, gaz, home)

    alone = {art.doc_id: locate(art) for art in articles}
    homes = publisher_homes(articles, alone)
    for art in articles:
        half = lgl_half(art.doc_id)
        pairs = aligned[art.doc_id][0]
        with_home = locate(art, homes[art.doc_id]) if homes[art.doc_id] else alone[art.doc_id]
        for n, (t, _) in enumerate(pairs):
            if t.lat is None or t.lon is None:
                continue
            for system, place in (
                (OURS, alone[art.doc_id][n].place),
                (OURS_PUB, with_home[n].place),
                (FLOOR, gaz.most_populous(t.phrase)),
            ):
                km = _distance(place, t)
                same = 1.0 if place is not None and place.geonameid == t.geonameid else 0.0
                for key in ((system, ""), (system, half)):
                    acc, dist, ids = rows[key]
                    acc.append(1.0 if km <= ACC_KM else 0.0)
                    dist.append(km)
                    ids.append(same)
                if system != FLOOR and km > ACC_KM:
                    result.errors.append(_error_row(art, t, place, km, system) | {"half": half})
    for (system, half), (hits, kms, exact) in rows.items():
        if not hits:
            continue
        tail = f"_{half}" if half else ""
        result.add(system, f"acc@161{tail}", hits)
        result.add(system, f"median_km{tail}", kms, stat="median")
        result.add(system, f"geonameid_exact{tail}", exact)
    return misaligned


def _match(predicted: Sequence[tuple[int, int, Place]], gold: Sequence[LglToponym]) -> _E2E:
    """Greedy span-overlap matching within 161 km."""
    used: set[int] = set()
    tp = fp = 0
    for s, e, place in predicted:
        overlapping = [i for i, g in enumerate(gold) if g.start < e and s < g.end]
        scored = [i for i in overlapping if gold[i].lat is not None]
        if overlapping and not scored:
            continue  # gold toponym without coordinates: not scorable
        hit = next(
            (i for i in scored if i not in used and _distance(place, gold[i]) <= ACC_KM), None
        )
        if hit is None:
            fp += 1
        else:
            used.add(hit)
            tp += 1
    fn = sum(1 for i, g in enumerate(gold) if g.lat is not None and i not in used)
    return _E2E(tp, fp, fn)


def _micro(cases: Sequence[_E2E], which: int) -> float:
    """Micro precision (0), recall (1) or F1 (2) over articles."""
    tp = sum(c.tp for c in cases)
    fp = sum(c.fp for c in cases)
    fn = sum(c.fn for c in cases)
    return prf(tp, fp, fn)[which]


def _predicted(mentions: Sequence[PlaceMention]) -> list[tuple[int, int, Place]]:
    """The resolved mentions as (start, end, place)."""
    return [(m.evidence.start, m.evidence.end, m.place) for m in mentions if m.place]


def _batch_e2e(queue: Sequence[tuple[LglArticle, Doc]], options: Options) -> dict[str, _E2E]:
    """End-to-end counts of a batch of one half's articles read as the pipeline reads a
    batch: :func:`claimledger.extract.places.locate.extract_batch_places`, each
    publisher's home read from its articles in the batch."""
    from claimledger.extract.places.locate import extract_batch_places

    if not queue:
        return {}
    found = extract_batch_places(
        [d for _, d in queue],
        [a.doc_id for a, _ in queue],
        [publisher_host(a.url) for a, _ in queue],
        options,
    )
    return {
        a.doc_id: _match(_predicted(m or []), a.toponyms)
        for (a, _), m in zip(queue, found, strict=True)
    }


def _score_end_to_end(
    result: TaskResult, articles: Sequence[LglArticle], ctx: BenchContext
) -> None:
    """Part 2: extract_places on the spaCy doc of each article."""
    from claimledger.extract.places.locate import extract_places
    from claimledger.nlp import load_nlp
    from claimledger.resources.gazetteer.index import load_gazetteer

    gaz = load_gazetteer()
    nlp = load_nlp(ctx.model)
    options = Options(model=ctx.model)
    ours: list[_E2E] = []
    floor: list[_E2E] = []
    batched: dict[str, _E2E] = {}
    waiting: dict[str, list[tuple[LglArticle, Doc]]] = {DEV: [], TEST: []}
    texts = (a.text for a in articles)
    for art, doc in zip(articles, nlp.pipe(texts, batch_size=16), strict=True):
        mentions = extract_places(doc, art.doc_id, options)
        ours.append(_match(_predicted(mentions), art.toponyms))
        queue = waiting[lgl_half(art.doc_id)]
        queue.append((art, doc))
        if len(queue) >= options.batch_size:
            batched |= _batch_e2e(queue, options)
            queue.clear()
        base: list[tuple[int, int, Place]] = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                place = gaz.most_populous(ent.text)
                if place is not None:
                    base.append((ent.start_char, ent.end_char, place))
        floor.append(_match(base, art.toponyms))
    for queue in waiting.values():
        batched |= _batch_e2e(queue, options)
    halves = [lgl_half(a.doc_id) for a in articles]
    pub = [batched[a.doc_id] for a in articles]
    for system, every in ((OURS, ours), (OURS_PUB, pub), (FLOOR, floor)):
        for half in ("", DEV, TEST):
            cases = [c for c, h in zip(every, halves, strict=True) if not half or h == half]
            if not cases:
                continue
            tail = f"_{half}" if half else ""
            for which, name in enumerate(("e2e_precision", "e2e_recall", "e2e_f1")):
                value, lo, hi = bootstrap_fn(cases, partial(_micro, which=which))
                result.metrics.append(Metric(system, name + tail, value, lo, hi, len(cases)))


def run(ctx: BenchContext) -> TaskResult:
    """Score toponym resolution and end-to-end geoparsing on LGL.

    Args:
        ctx: ``ctx.file`` overrides ``ctx.data_dir / "geo/lgl.xml"``; ``ctx.limit``
            keeps the first N articles.

    Returns:
        The TaskResult (skipped when the file is missing).
    """
    path = ctx.file or ctx.data_dir / DEV_FILE
    if not path.exists():
        return skipped(TASK, f"{path} not found")
    articles = load_articles(path, ctx.limit)
    result = TaskResult(task=TASK, data=str(path))
    misaligned = _score_resolution(result, articles, Options(model=ctx.model))
    _score_end_to_end(result, articles, ctx)
    n_gold = sum(1 for a in articles for t in a.toponyms if t.lat is not None)
    result.notes += [
        f"{len(articles)} articles, {n_gold} gold toponyms with coordinates",
        f"{misaligned} gold spans whose offsets did not match their phrase were left out",
        "scores suffixed _dev/_test: LGL halves by SHA-1 parity of the article id "
        "(tuned on dev only; report test)",
        f"unresolved toponyms count as {UNRESOLVED_KM:.0f} km in median_km",
        ANCHOR,
    ]
    return result
