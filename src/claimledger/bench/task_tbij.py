"""Bench task ``tbij``: casualty ranges, place and date of TBIJ drone strikes.

Input: ``tbij/strikes-dev.jsonl`` (or ``ctx.file``, same format), read by
:mod:`claimledger.bench.load_tbij`. Output: a :class:`TaskResult` with
claimledger's and a floor baseline's scores side by side, and error rows.

Choices (also written into the result notes):

* One text per strike: TBIJ's ``summary`` when present, else dronestre.am's
  ``narrative`` (a one-sentence rewrite that often already states the range);
  no ``published``: the strike ``date`` is the gold, never the system's input.
* The prediction is the document's first incident (reconcile puts the main one
  first) and its ``estimates[figure]``. No incident or no estimate = "none",
  scored as a count of 0 everywhere: a miss unless the gold range includes 0.
  An estimate's missing ``low`` is its ``best``; a missing ``high`` means
  open-ended ("at least 6"), like a null gold max.
* Civilians: the first incident's killed claims marked ``civilian``; none of
  them = 0.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger.bench.baselines import first_count_before_casualty_word
from claimledger.bench.core import BenchContext, TaskResult, skipped
from claimledger.bench.load_tbij import Strike, load_strikes
from claimledger.options import Options
from claimledger.pipeline import analyze_documents
from claimledger.read import make_raw_document
from claimledger.records import Document, Incident, RawDocument
from claimledger.resources.geodesy import haversine_km

TASK = "tbij"
DEV_FILE = Path("tbij") / "strikes-dev.jsonl"
OURS = "claimledger"
FLOOR = "floor"
# Radii of the location scores: 25 km is "the same district", 161 km (100
# miles) is the usual geoparsing "accuracy at 161 km".
NEAR_KM = 25.0
FAR_KM = 161.0


@dataclass(frozen=True)
class Predicted:
    """A predicted figure: low, best, high (high None = open-ended); none = all 0."""

    low: int
    best: int
    high: int | None
    found: bool  # False when the system gave no figure (scored as 0)


NONE = Predicted(0, 0, 0, False)


def first_incident(doc: Document) -> Incident | None:
    """The main incident (reconcile puts it first), or None."""
    return doc.incidents[0] if doc.incidents else None


def predicted_figure(doc: Document, figure: str) -> Predicted:
    """The first incident's estimate for ``figure``, or NONE.

    Args:
        doc: the analysed document.
        figure: "killed", "injured", ...

    Returns:
        The Predicted interval; NONE when no incident or no claim.
    """
    incident = first_incident(doc)
    est = incident.estimates.get(figure) if incident else None
    if est is None:
        return NONE
    best = est.best if est.best is not None else est.low
    if best is None:
        best = est.high
    if best is None:
        return NONE
    low = est.low if est.low is not None else best
    return Predicted(min(low, best), best, est.high, True)


def predicted_civilians(doc: Document) -> Predicted:
    """Civilians killed: the first incident's killed claims marked civilian (none = 0)."""
    incident = first_incident(doc)
    claims = [
        c
        for c in (incident.claims if incident else ())
        if c.figure == "killed" and c.civilian and c.low is not None
    ]
    if not claims:
        return NONE
    lows = [c.low for c in claims if c.low is not None]
    highs = [c.high for c in claims]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    return Predicted(min(lows), max(lows), high, True)


def floor_figure(value: int | None) -> Predicted:
    """A floor count as an interval (None = NONE)."""
    return NONE if value is None else Predicted(value, value, value, True)


def figure_evidence(doc: Document, figure: str) -> list[str]:
    """The evidence texts of the first incident's claims on ``figure``."""
    incident = first_incident(doc)
    if incident is None:
        return []
    return [c.evidence.text for c in incident.claims if c.figure == figure]


def range_scores(pred: Predicted, gold_min: int, gold_max: int | None) -> dict[str, float]:
    """Per-case scores of a predicted interval against a gold range.

    ``gold_max`` None means open-ended ("at least N"). Keys: low_exact,
    high_exact, both_exact, coverage (gold range inside the predicted one),
    best_in_gold, mae_log (|log(1+best) - log(1+gold midpoint)|).
    """
    low_exact = pred.low == gold_min
    high_exact = pred.high == gold_max
    upper_ok = pred.high is None or (gold_max is not None and gold_max <= pred.high)
    top = gold_max if gold_max is not None else math.inf
    mid = (gold_min + gold_max) / 2 if gold_max is not None else float(gold_min)
    return {
        "low_exact": float(low_exact),
        "high_exact": float(high_exact),
        "both_exact": float(low_exact and high_exact),
        "coverage": float(pred.low <= gold_min and upper_ok),
        "best_in_gold": float(gold_min <= pred.best <= top),
        "mae_log": abs(math.log1p(pred.best) - math.log1p(mid)),
    }


def add_range_metrics(
    result: TaskResult, system: str, figure: str, rows: Sequence[dict[str, float]]
) -> None:
    """Add one metric row per range score, named ``<figure>_<score>``."""
    if not rows:
        return
    for key in rows[0]:
        result.add(system, f"{figure}_{key}", [r[key] for r in rows])


AnalyzeFn = Callable[[Iterable[RawDocument], Options], Iterable[Document]]
# Documents per pipeline call: big enough for spaCy batching, small enough that a
# crash costs only one chunk's re-run document by document.
CHUNK = 64


def analyze_safely(
    raws: Sequence[RawDocument], options: Options, analyze: AnalyzeFn
) -> tuple[list[Document], dict[str, str]]:
    """Run the pipeline in batched chunks; a document that raises becomes an empty Document.

    A crash must not lose the whole benchmark: a failing chunk is re-run one
    document at a time, and each failing document is reported.

    Args:
        raws: the documents.
        options: pipeline options.
        analyze: ``analyze_documents`` (a parameter so tasks can be tested with a fake).

    Returns:
        One Document per input, in order, and doc id -> "ExceptionType: message".
    """
    docs: list[Document] = []
    crashes: dict[str, str] = {}
    for start in range(0, len(raws), CHUNK):
        chunk = raws[start : start + CHUNK]
        try:
            # Materialised first: a generator that raises midway must add nothing.
            done = list(analyze(chunk, options))
        except Exception:  # isolated below, document by document
            done = []
        if len(done) == len(chunk):
            docs.extend(done)
            continue
        for raw in chunk:
            try:
                one = list(analyze([raw], options))[:1]
            except Exception as exc:  # a benchmark reports crashes, not stops
                one = []
                crashes[raw.id] = f"{type(exc).__name__}: {exc}"
            if not one:
                crashes.setdefault(raw.id, "no Document returned")
                one = [Document(id=raw.id, text=raw.text, stated_date=None)]
            docs.extend(one)
    return docs, crashes


def note_crashes(result: TaskResult, crashes: dict[str, str], task: str) -> None:
    """Add a note and one error row per document that crashed the pipeline."""
    if not crashes:
        return
    result.notes.append(f"{len(crashes)} documents crashed the pipeline (scored as no prediction)")
    for doc_id, message in crashes.items():
        result.errors.append(
            {
                "task": task,
                "id": doc_id,
                "field": "crash",
                "gold": None,
                "predicted": message,
                "evidence": None,
            }
        )


def _error_row(
    strike: Strike, field: str, gold: Any, predicted: Any, evidence: list[str] | str | None
) -> dict[str, Any]:
    """One JSONL error row."""
    return {
        "task": TASK,
        "id": strike.id,
        "field": field,
        "gold": gold,
        "predicted": predicted,
        "evidence": evidence,
        "text": strike.text,
    }


def _score_figure(
    result: TaskResult,
    pairs: Sequence[tuple[Strike, Document]],
    figure: str,
    gold: Callable[[Strike], tuple[int | None, int | None]],
    ours: Callable[[Document], Predicted],
    floor: Callable[[Strike], Predicted],
) -> None:
    """Score one figure (ours and floor) on the strikes whose gold min is known."""
    our_rows: list[dict[str, float]] = []
    floor_rows: list[dict[str, float]] = []
    found: list[float] = []
    for strike, doc in pairs:
        gmin, gmax = gold(strike)
        if gmin is None:
            continue
        pred = ours(doc)
        scores = range_scores(pred, gmin, gmax)
        our_rows.append(scores)
        found.append(float(pred.found))
        floor_rows.append(range_scores(floor(strike), gmin, gmax))
        if not scores["best_in_gold"] or not scores["both_exact"]:
            result.errors.append(
                _error_row(
                    strike,
                    figure,
                    [gmin, gmax],
                    [pred.low, pred.best, pred.high] if pred.found else "none",
                    figure_evidence(doc, "killed" if figure == "civilians" else figure),
                )
            )
    add_range_metrics(result, OURS, figure, our_rows)
    add_range_metrics(result, FLOOR, figure, floor_rows)
    if found:
        result.add(OURS, f"{figure}_predicted", found)


def run(ctx: BenchContext) -> TaskResult:
    """Score killed/injured/civilian ranges, location and date on TBIJ strikes.

    Args:
        ctx: the bench context (``ctx.file`` replaces the dev file, ``ctx.limit``
            keeps the first N strikes).

    Returns:
        The TaskResult (skipped when the data file is missing).
    """
    path = ctx.file or ctx.data_dir / DEV_FILE
    if not path.exists():
        return skipped(TASK, f"no data at {path}")
    strikes = list(load_strikes(path, ctx.limit))
    result = TaskResult(task=TASK, data=str(path))
    if not strikes:
        result.notes.append("no strike with a text")
        return result
    raws = [
        # No ``published``: the strike date is what date_exact scores.
        make_raw_document(s.text, doc_id=s.id)
        for s in strikes
    ]
    docs, crashes = analyze_safely(raws, Options(model=ctx.model), analyze_documents)
    note_crashes(result, crashes, TASK)
    pairs = list(zip(strikes, docs, strict=True))

    _score_figure(
        result,
        pairs,
        "killed",
        lambda s: (s.killed_min, s.killed_max),
        lambda d: predicted_figure(d, "killed"),
        lambda s: floor_figure(first_count_before_casualty_word(s.text, "killed")),
    )
    _score_figure(
        result,
        pairs,
        "injured",
        lambda s: (s.injured_min, s.injured_max),
        lambda d: predicted_figure(d, "injured"),
        lambda s: floor_figure(first_count_before_casualty_word(s.text, "injured")),
    )
    _score_figure(
        result,
        pairs,
        "civilians",
        lambda s: (s.civilians_min, s.civilians_max),
        predicted_civilians,
        lambda _s: NONE,  # the floor says "no civilians" (TBIJ's most common value)
    )
    _score_location(result, pairs)
    _score_date(result, pairs)
    n_summary = sum(1 for s in strikes if s.text_field == "summary")
    result.notes += [
        f"{len(strikes)} strikes; text = summary ({n_summary}) else narrative "
        f"({len(strikes) - n_summary}); no published date (the strike date is the gold)",
        "prediction = first incident's estimates; no estimate is scored as 0 "
        "(a miss unless the gold range includes 0); gold max null = open-ended",
        "floor: killed/injured = first number before a casualty word; civilians = always 0",
        f"location: median km over strikes with a predicted place; within_{NEAR_KM:.0f}/"
        f"{FAR_KM:.0f}km over all strikes with gold coordinates (no place = miss); floor "
        "location = most populous entry of the first capitalised name the gazetteer knows",
    ]
    return result


def _score_location(result: TaskResult, pairs: Sequence[tuple[Strike, Document]]) -> None:
    """Distance of the first incident's place to the gold coordinates (no place = a miss).

    Floor: the most populous entry of the first capitalised name the gazetteer
    knows (:func:`claimledger.bench.task_geo.floor_place`), no context.
    """
    from claimledger.bench.task_geo import floor_place
    from claimledger.resources.gazetteer.index import load_gazetteer

    gaz = load_gazetteer()
    dists: list[float] = []
    found: list[float] = []
    floor: list[float] = []
    for strike, doc in pairs:
        if strike.lat is None or strike.lon is None:
            continue
        base = floor_place(strike.text, gaz)
        far = base is None or haversine_km(strike.lat, strike.lon, base.lat, base.lon) > FAR_KM
        floor.append(0.0 if far else 1.0)
        incident = first_incident(doc)
        loc = incident.location if incident else None
        dist = (
            haversine_km(strike.lat, strike.lon, loc.lat, loc.lon)
            if loc is not None and loc.lat is not None and loc.lon is not None
            else None
        )
        dists.append(math.inf if dist is None else dist)
        found.append(float(dist is not None))
        if dist is None or dist > NEAR_KM:
            result.errors.append(
                _error_row(
                    strike,
                    "location",
                    {"location": strike.location, "lat": strike.lat, "lon": strike.lon},
                    None
                    if loc is None
                    else {"name": loc.name, "lat": loc.lat, "lon": loc.lon, "km": dist},
                    loc.evidence.text if loc is not None and loc.evidence else None,
                )
            )
    if not dists:
        return
    finite = [d for d in dists if math.isfinite(d)]
    if finite:
        result.add(OURS, "location_km_median", finite, stat="median")
    result.add(OURS, "location_within_25km", [float(d <= NEAR_KM) for d in dists])
    result.add(OURS, "location_within_161km", [float(d <= FAR_KM) for d in dists])
    result.add(FLOOR, "location_within_161km", floor)
    result.add(OURS, "location_predicted", found)


def _score_date(result: TaskResult, pairs: Sequence[tuple[Strike, Document]]) -> None:
    """Incident date equal to the strike date, read from the text alone."""
    hits: list[float] = []
    for strike, doc in pairs:
        if strike.date is None:
            continue
        incident = first_incident(doc)
        value = incident.date.value if incident and incident.date else None
        hits.append(float(value == strike.date))
        if value != strike.date:
            result.errors.append(
                _error_row(
                    strike,
                    "date",
                    strike.date,
                    value,
                    incident.date.evidence.text
                    if incident and incident.date and incident.date.evidence
                    else None,
                )
            )
    if hits:
        result.add(OURS, "date_exact", hits)
