"""The learned pair scorer of the linker: features of a (new incident, candidate) pair.

Input: a pair the candidate search (``link_search.scores``) allows — the new
document-level incident's ``LinkFeatures``, a candidate's, and what the search
already computed for them: the rules' score, the text cosine, date and place
scores, shared person names, how crowded the window is, the days the new text
names. Output: per pair a probability that both report one event, from a small
gradient-boosted tree ensemble (``train/linking.py``, trained on the tune half
of the GVA dev file) whose arrays ship in ``resources/models/linking.npz``;
inference is numpy only (every tree is walked for all pairs of a document at once).

Follow-ups (a funeral, an arrest, charges weeks later) are read through the
dates they refer to, not their publication date: the features include the
distance from the candidate's day to the nearest day the new text names
("July 7", "Jan. 3, 2016"), whether the text refers back ("last month's
shooting", "was arrested", "funeral"), and the names both texts give.

Reports sharing little text (a paywall page whose only words are its headline)
are read through their headlines too (``title``: the cosine of the two titles'
telling words, ``link_title``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Container, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from claimledger.corpus.link_rules import actor_set, day_of
from claimledger.resources.trees import tree_logits, write_npz
from claimledger.store.base import LinkFeatures

FORMAT = "claimledger-linking-1"
MODEL_PATH = Path(__file__).resolve().parent.parent / "resources" / "models" / "linking.npz"
FEATURES = (
    "rule_score",
    "rule_out",
    "text",
    "text_rel",
    "date_score",
    "log_gap",
    "log_pub_gap",
    "far",
    "place",
    "country_differs",
    "same_place",
    "decisive_names",
    "shared_names",
    "names_differ",
    "type",
    "actors",
    "crowd",
    "named_day",
    "log_named_gap",
    "refers_back",
    "day_precision",
    "log_candidates",
    "place_named",
    "title",
)
_BACK = re.compile(
    r"\b(?:last (?:week|month|year|summer|spring|fall|winter)(?:'s)?|weeks? ago|months? ago|"
    r"earlier this (?:month|year)|funeral|vigil|memorial|arrested|charged|indicted|"
    r"sentenced|convicted|pleaded|trial|arraigned|anniversary|laid to rest)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PairContext:
    """What the search knows of one pair beyond the two ``LinkFeatures``."""

    rule: float | None  # the rules' score (None: the rules rule it out)
    text: float
    max_text: float  # the best text cosine of the new incident's candidates
    ds: float | None
    ps: float | None
    far: bool
    decisive: int
    shared_names: int
    names_differ: bool
    crowd: int
    n_candidates: int
    # Places differ and one text names the other's place (1), names neither (0), or
    # the places agree or one is unknown (-1): ``place_named``.
    place_named: float = -1.0
    # The cosine of the two headlines' telling words (``link_title``; -1: not read).
    title: float = -1.0


@dataclass(frozen=True)
class DocContext:
    """What the new document's text says about the days it refers to."""

    named: frozenset[str]
    refers_back: bool


def doc_context(text: str, named: frozenset[str]) -> DocContext:
    """The days the text names and whether it refers back to an earlier event."""
    return DocContext(named, _BACK.search(text) is not None)


def _log_gap(a: str | None, b: str | None) -> float:
    da, db = day_of(a), day_of(b)
    if da is None or db is None:
        return -1.0
    return math.log1p(abs((da - db).days))


def _named_gap(c: LinkFeatures, named: frozenset[str]) -> float:
    """log1p of the days from the candidate's day to the nearest day the text names."""
    dc = day_of(c.date)
    if dc is None or not named:
        return -1.0
    return math.log1p(min(abs((date.fromisoformat(d) - dc).days) for d in named))


def pair_features(f: LinkFeatures, c: LinkFeatures, p: PairContext, doc: DocContext) -> list[float]:
    """The feature row of one pair, in the order of ``FEATURES``."""
    known = bool(f.country_code and c.country_code)
    same_type = 0.0
    if f.event_type and c.event_type:
        same_type = 1.0 if f.event_type == c.event_type else -1.0
    actors = -1.0
    sa, sb = actor_set(f.actors), actor_set(c.actors)
    if sa and sb:
        actors = len(sa & sb) / len(sa | sb)
    same_place = f.geonameid is not None and f.geonameid == c.geonameid
    return [
        p.rule if p.rule is not None else 0.0,
        1.0 if p.rule is None else 0.0,
        p.text,
        p.text / p.max_text if p.max_text > 0 else 0.0,
        p.ds if p.ds is not None else -1.0,
        _log_gap(f.date, c.date),
        _log_gap(f.published, c.published),
        1.0 if p.far else 0.0,
        p.ps if p.ps is not None else -1.0,
        1.0 if known and f.country_code != c.country_code else 0.0,
        1.0 if same_place else 0.0,
        float(p.decisive),
        float(p.shared_names),
        1.0 if p.names_differ else 0.0,
        same_type,
        actors,
        float(p.crowd),
        1.0 if c.date is not None and c.date[:10] in doc.named else 0.0,
        _named_gap(c, doc.named),
        1.0 if doc.refers_back else 0.0,
        1.0 if f.precision == "day" and c.precision == "day" else 0.0,
        math.log1p(p.n_candidates),
        p.place_named,
        p.title,
    ]


def place_named(
    f: LinkFeatures, c: LinkFeatures, f_terms: Container[str], c_terms: Container[str]
) -> float:
    """Whether two incidents placed apart name each other's place: 1 when one text
    uses every word of the other's place name as a name-like term ("Greenacres" in a
    report placed in Palm Beach County), 0 when neither does, -1 when the places agree
    or one is unknown."""
    if not f.place or not c.place or f.place.lower() == c.place.lower():
        return -1.0
    if f.geonameid is not None and f.geonameid == c.geonameid:
        return -1.0

    def named(place: str, terms: Container[str]) -> bool:
        ws = [w for w in place.lower().replace("-", " ").split() if len(w) > 2]
        return bool(ws) and all(w in terms for w in ws)

    return 1.0 if named(c.place, f_terms) or named(f.place, c_terms) else 0.0


@dataclass(frozen=True)
class LinkModel:
    """A gradient-boosted tree ensemble over ``FEATURES`` (binary, log-odds leaves).

    Every tree is stored as arrays over its nodes, padded to one width; a leaf
    points to itself (feature 0, threshold +inf), so ``depth`` steps reach a
    leaf from the root for every pair.
    """

    feature: np.ndarray  # (trees, nodes) int
    threshold: np.ndarray  # (trees, nodes) float
    left: np.ndarray  # (trees, nodes) int
    right: np.ndarray  # (trees, nodes) int
    value: np.ndarray  # (trees, nodes) float: the leaf's contribution (already x learning rate)
    bias: float
    depth: int
    threshold_link: float
    threshold_merge: float
    meta: dict[str, Any] = field(default_factory=dict)

    def predict(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        """The probability of each feature row (one per pair)."""
        x = np.asarray(rows, dtype=np.float64).reshape(-1, len(FEATURES))
        nodes = (self.feature, self.threshold, self.left, self.right, self.value)
        logit = tree_logits(x, nodes, self.bias, self.depth)
        out: np.ndarray = 1.0 / (1.0 + np.exp(-logit))
        return out


def save_model(model: LinkModel, path: Path) -> None:
    """Write a model as plain arrays in a ``.npz`` whose bytes depend only on the model."""
    header = {
        "format": FORMAT,
        "features": list(FEATURES),
        "bias": model.bias,
        "depth": model.depth,
        "threshold_link": model.threshold_link,
        "threshold_merge": model.threshold_merge,
        "meta": model.meta,
    }
    arrays: dict[str, np.ndarray] = {
        "feature": model.feature.astype(np.int16),
        "threshold": model.threshold.astype(np.float64),
        "left": model.left.astype(np.int16),
        "right": model.right.astype(np.int16),
        "value": model.value.astype(np.float64),
        "header": np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), np.uint8),
    }
    write_npz(path, arrays)


def read_model(path: Path) -> LinkModel:
    """Read a model written by :func:`save_model` (never unpickles)."""
    with np.load(path, allow_pickle=False) as arrays:
        header = json.loads(arrays["header"].tobytes().decode("utf-8"))
        if header.get("format") != FORMAT or tuple(header.get("features", ())) != FEATURES:
            raise ValueError(f"{path}: not a claimledger linking model of these features")
        return LinkModel(
            feature=arrays["feature"].astype(np.int64),
            threshold=arrays["threshold"],
            left=arrays["left"].astype(np.int64),
            right=arrays["right"].astype(np.int64),
            value=arrays["value"],
            bias=float(header["bias"]),
            depth=int(header["depth"]),
            threshold_link=float(header["threshold_link"]),
            threshold_merge=float(header["threshold_merge"]),
            meta=dict(header.get("meta", {})),
        )


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> LinkModel:
    """The model at ``path`` (default: the one shipped in the package), read once."""
    return read_model(Path(path) if path else MODEL_PATH)


_override: LinkModel | None = None


def current_model() -> LinkModel:
    """The model the linker uses: the shipped one, or the one ``using_model`` set."""
    return _override if _override is not None else load_model()


@contextmanager
def using_model(model: LinkModel) -> Iterator[None]:
    """Link with ``model`` instead of the shipped one inside the block (training)."""
    global _override
    before, _override = _override, model
    try:
        yield
    finally:
        _override = before


# --- training data ----------------------------------------------------------

# (new document id, candidate document id, feature row) of every pair scored, when
# collecting (``train/linking.py``).
_collected: list[tuple[int, int, list[float]]] | None = None


@contextmanager
def collecting() -> Iterator[list[tuple[int, int, list[float]]]]:
    """Record every pair the search scores inside the block (for training)."""
    global _collected
    before, _collected = _collected, []
    try:
        yield _collected
    finally:
        _collected = before


def record(f: LinkFeatures, c: LinkFeatures, row: list[float]) -> None:
    """Keep one pair's row when collecting."""
    if _collected is not None:
        _collected.append((f.document_id, c.document_id, row))


def collecting_now() -> bool:
    """Whether pairs are being recorded."""
    return _collected is not None
