"""Train the toponym ranker's weights on the development half of LGL.

Input: an LGL-format XML file (``geo/lgl.xml``); only the articles of the
development half (:func:`claimledger.bench.load_lgl.lgl_half`) are read.
Output: the weights of :data:`claimledger.extract.places.features.FEATURES`,
written as ``resources/models/places.json`` (a small JSON file, read at run
time without numpy).

Method: every distinct name of an article (gold spans, as the ``geo`` bench
uses them) is resolved jointly with the current weights; the features of each
of its candidates, given the other names' choices, form one group. The gold
candidate is the one with the gold GeoNames id, else the nearest one within
161 km of the gold point; names with none are left out. A conditional logit
(softmax over a name's candidates) with an L2 penalty towards the hand-set
weights is fitted by full-batch gradient descent (no randomness: the file is
byte-identical on a rebuild). Fitting twice, the second time on the features
the first weights choose, lets the joint evidence follow the learned weights.
Then, with those weights fixed, every article is resolved alone, each
publisher's home is read from those resolutions
(:func:`claimledger.bench.task_geo.publisher_homes`, as the bench does) and
only the three publisher-home weights are fitted (two rounds again), so a
text without a publisher resolves exactly as with the text-only model.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from claimledger.bench.load_lgl import DEV, LglArticle, lgl_half, load_articles
from claimledger.bench.task_geo import publisher_homes
from claimledger.extract.places.features import FEATURES, HAND_WEIGHTS, HOME_FEATURES
from claimledger.extract.places.home import Home
from claimledger.extract.places.joint import joint_resolution
from claimledger.records import Evidence, PlaceMention
from claimledger.resources.gazetteer.index import Gazetteer, load_gazetteer
from claimledger.resources.geodesy import haversine_km

__all__ = ["collect_groups", "fit", "train_places"]

ACC_KM = 161.0
L2 = 0.01  # penalty per group on the distance to the hand-set weights
STEPS = 3000
RATE = 0.5
ROUNDS = 2


def _gold_index(cands: Sequence[object], gid: int | None, lat: float, lon: float) -> int | None:
    """Index of the gold candidate: same GeoNames id, else the nearest within 161 km."""
    best: tuple[float, int] | None = None
    for i, c in enumerate(cands):
        place = c.place  # type: ignore[attr-defined]
        if gid is not None and place.geonameid == gid:
            return i
        km = haversine_km(place.lat, place.lon, lat, lon)
        if km <= ACC_KM and (best is None or km < best[0]):
            best = (km, i)
    return None if best is None else best[1]


def _spans(article: LglArticle) -> list[tuple[int, int, int]]:
    """(start, end, toponym index) of the gold toponyms whose offsets match the text."""
    out = []
    for n, t in enumerate(article.toponyms):
        if article.text[t.start : t.end] == t.phrase:
            out.append((t.start, t.end, n))
    return out


def _mentions(art: LglArticle, gaz: Gazetteer, weights: Sequence[float]) -> list[PlaceMention]:
    """The article's gold spans resolved without a home, as the bench's first pass does."""
    spans = [(s, e) for s, e, _ in _spans(art)]
    joint, names = joint_resolution(art.text, spans, gaz, None, weights)
    out = []
    for (s, e), k in zip(spans, names, strict=True):
        c, conf = joint.result(k)
        ev = Evidence(s, e, art.text[s:e], art.doc_id, "train.places", conf)
        out.append(PlaceMention(c.place if c else None, ev))
    return out


def collect_groups(
    articles: Sequence[LglArticle],
    gaz: Gazetteer,
    weights: Sequence[float],
    homes: Mapping[str, Home | None] | None = None,
) -> list[tuple[np.ndarray, int]]:
    """One (candidate features, gold index) group per distinct resolvable name.

    Args:
        articles: the training articles.
        gaz: the gazetteer.
        weights: the weights the joint resolution runs with.
        homes: article id -> its publisher's home (:func:`publisher_homes`).

    Returns:
        Groups with at least two candidates (a single candidate teaches nothing).
    """
    groups: list[tuple[np.ndarray, int]] = []
    for art in articles:
        spans = _spans(art)
        if not spans:
            continue
        home = (homes or {}).get(art.doc_id)
        joint, names = joint_resolution(
            art.text, [(s, e) for s, e, _ in spans], gaz, None, weights, home
        )
        seen: set[int] = set()
        for (_, _, n), k in zip(spans, names, strict=True):
            gold = art.toponyms[n]
            if k in seen or gold.lat is None or gold.lon is None:
                continue
            seen.add(k)
            cands = joint.cands[k]
            i = _gold_index(cands, gold.geonameid, gold.lat, gold.lon)
            if i is None or len(cands) < 2:
                continue
            groups.append((np.asarray(joint.feats[k], dtype=np.float64), i))
    return groups


def fit(
    groups: Sequence[tuple[np.ndarray, int]],
    start: np.ndarray,
    free: np.ndarray | None = None,
    centre: np.ndarray | None = None,
) -> np.ndarray:
    """Conditional-logit weights by gradient descent, L2 towards ``start``.

    Args:
        groups: (candidates x features matrix, gold row) pairs.
        start: initial weights, also the centre of the penalty unless ``centre`` is given.
        free: 1 for the weights to fit, 0 for those kept at ``start`` (default: all free).
        centre: the centre of the L2 penalty.

    Returns:
        The fitted weights.
    """
    width = max(x.shape[0] for x, _ in groups)
    n_feat = start.shape[0]
    x = np.zeros((len(groups), width, n_feat))
    mask = np.full((len(groups), width), -np.inf)
    gold = np.zeros(len(groups), dtype=np.int64)
    for g, (feats, i) in enumerate(groups):
        x[g, : feats.shape[0]] = feats
        mask[g, : feats.shape[0]] = 0.0
        gold[g] = i
    rows = np.arange(len(groups))
    w = start.copy()
    ctr = start if centre is None else centre
    step = RATE * (np.ones_like(start) if free is None else free)
    for _ in range(STEPS):
        scores = x @ w + mask
        scores -= scores.max(axis=1, keepdims=True)
        prob = np.exp(scores)
        prob /= prob.sum(axis=1, keepdims=True)
        expected = np.einsum("gc,gcf->gf", prob, x)
        grad = (expected - x[rows, gold]).mean(axis=0) + L2 * (w - ctr)
        w -= step * grad
    return w


def train_places(path: Path) -> dict[str, object]:
    """Fit the ranker on the development half of an LGL file.

    Args:
        path: the LGL XML file.

    Returns:
        The model document written to ``places.json``.
    """
    gaz = load_gazetteer()
    articles = [a for a in load_articles(path) if lgl_half(a.doc_id) == DEV]
    hand = np.array([HAND_WEIGHTS[n] for n in FEATURES])
    w = hand.copy()
    groups: list[tuple[np.ndarray, int]] = []
    for _ in range(ROUNDS):  # 1. the text's own features, each text alone
        groups = collect_groups(articles, gaz, [float(v) for v in w])
        w = fit(groups, hand)
    # 2. the publisher-home weights only, the others kept: a text without a
    # publisher is resolved exactly as by the text-only model
    home_groups: list[tuple[np.ndarray, int]] = []
    alone = {a.doc_id: _mentions(a, gaz, [float(v) for v in w]) for a in articles}
    homes = publisher_homes(articles, alone)
    free = np.array([1.0 if n in HOME_FEATURES else 0.0 for n in FEATURES])
    for _ in range(ROUNDS):
        home_groups = collect_groups(articles, gaz, [float(v) for v in w], homes)
        w = fit(home_groups, w, free, hand)
    return {
        "model": "claimledger toponym ranker (conditional logit)",
        "trained_on": f"LGL development half ({len(articles)} articles of {path.name})",
        "groups": len(groups),
        "home_groups": len(home_groups),
        "articles_with_home": sum(1 for a in articles if homes[a.doc_id] is not None),
        "features": list(FEATURES),
        "weights": {n: round(float(v), 4) for n, v in zip(FEATURES, w, strict=True)},
        "hand_weights": HAND_WEIGHTS,
        "l2_towards_hand": L2,
        "steps": STEPS,
        "rounds": ROUNDS,
    }


def write_model(model: dict[str, object], out: Path) -> None:
    """Write the model document (stable key order and formatting: byte-identical)."""
    out.write_text(json.dumps(model, indent=1, ensure_ascii=True) + "\n", encoding="utf-8")
