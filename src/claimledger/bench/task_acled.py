"""Bench task ``acled``: fatalities, event types, actors and places of ACLED event notes.

Input: ``acled/acled-2020-dev.csv`` (current schema, sub-event types) and
``acled/acled-2015-south-asia.csv`` (pre-2019 schema and taxonomy), or
``ctx.file`` (one CSV in either schema, detected from its header), read by
:mod:`claimledger.bench.load_acled`. Output: a :class:`TaskResult` with
claimledger's scores beside floor baselines, and error rows.

Choices (also written into the result notes):

* Each note is read with the public pipeline (``claimledger.analyze_documents``,
  the batched form of ``claimledger.analyze``) with ``published`` = the event
  date. The prediction is the document's **first incident** (reconcile puts the
  main one first).
* Fatalities = the first incident's ``estimates["killed"].low`` (ACLED codes
  the most conservative figure); 0 when there is no incident or no killed
  claim. Scored: exact match and absolute error.
* Event types: the first incident's ``event_type``/``sub_event_type``
  ("claimledger") and, separately, :func:`classify_event` on the whole note
  ("classify_event"). The 2015 file has the old taxonomy: our sub-event type
  is mapped to the old event type (``old_taxonomy`` in
  ``data/event_types.json``; see ``docs/taxonomy.md``) and only the event type
  is scored. Macro-F1 averages the F1 of the classes present in the gold.
* Actors: actor1 = the first incident's first perpetrator (else its first
  "other" party, else its first actor: as the exports choose), actor2 = its
  first target (else its first "other" party) that is not actor1; both sides
  pass through
  :func:`normalize_actor` (years, sub-units and the country of generic groups
  such as "Protesters (India)" dropped). actor2 is scored where the gold has one.
* Location: the first incident's coordinates within 25 km / 161 km of the
  gold point; admin1 equal after case and accent folding.
* Floors: fatalities = the first number before a casualty word (0 if none);
  event type = the majority class **of the file being scored** (from its own
  gold); place = the most populous gazetteer match among the note's
  capitalised words (skipped when no gazetteer is importable).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimledger.bench.baselines import first_count_before_casualty_word, majority_class
from claimledger.bench.core import (
    BenchContext,
    Metric,
    TaskResult,
    bootstrap_fn,
    prf,
    skipped,
)
from claimledger.bench.load_acled import SCHEMA_2015, SCHEMA_2020, AcledEvent, load_events
from claimledger.extract.actors import normalize_actor
from claimledger.extract.events.classify import classify_event, old_event_type
from claimledger.extract.events.features import strip_markup
from claimledger.extract.events.model import classify_learned
from claimledger.records import Document, Incident
from claimledger.resources.geodesy import haversine_km

TASK = "acled"
DEV_FILES = (Path("acled") / "acled-2020-dev.csv", Path("acled") / "acled-2015-south-asia.csv")
OURS = "claimledger"
DIRECT = "classify_event"
LEARNED = "learned_model"
FLOOR = "floor"
NEAR_KM = 25.0
FAR_KM = 161.0


def analyze_notes(events: Sequence[AcledEvent], model: str) -> list[Document]:
    """Read every note with the public pipeline, batched (``published`` = event date)."""
    import claimledger  # the public API; imported late so a broken stage only skips scoring
    from claimledger.options import Options
    from claimledger.read import make_raw_document

    raws = [
        make_raw_document(
            strip_markup(e.notes), doc_id=e.id, published=e.date, published_source="given"
        )
        for e in events
    ]
    return list(claimledger.analyze_documents(raws, Options(model=model)))


def first_incident(doc: Document | None) -> Incident | None:
    """The main incident (reconcile puts it first), or None."""
    return doc.incidents[0] if doc is not None and doc.incidents else None


def predicted_fatalities(doc: Document | None) -> int:
    """The first incident's lowest killed estimate; 0 without incident or claim."""
    incident = first_incident(doc)
    est = incident.estimates.get("killed") if incident else None
    if est is None:
        return 0
    for value in (est.low, est.best, est.high):
        if value is not None:
            return value
    return 0


def predicted_actors(doc: Document | None) -> tuple[str | None, str | None]:
    """(actor1, actor2) of the first incident: first perpetrator (else first other party,
    else first actor), then the first target (else the first other party) that is not
    actor1. As the exports choose actor 1 (``export/_actors.sides``): incidents list
    targets before other parties, so "X ambushed the police station" with X read as
    "other" and the police as the target has X as actor 1, not the police."""
    incident = first_incident(doc)
    if incident is None or not incident.actors:
        return None, None
    perps = [a.name for a in incident.actors if a.role == "perpetrator"]
    targets = [a.name for a in incident.actors if a.role == "target"]
    others = [a.name for a in incident.actors if a.role == "other"]
    actor1 = perps[0] if perps else (others or [incident.actors[0].name])[0]
    # ACLED's actor2 is the other side: the target, else another party named.
    actor2 = next((t for t in [*targets, *others] if t != actor1), None)
    return actor1, actor2


def gold_event_type(event: AcledEvent) -> str:
    """The gold event type with the 2015 file's case variant folded."""
    if event.event_type.lower() == "violence against civilians":
        return "Violence against civilians"
    return event.event_type


def our_event_type(event_type: str | None, sub: str | None, schema: str) -> str | None:
    """Our event type in the file's taxonomy (the old one for the 2015 schema)."""
    if schema == SCHEMA_2015:
        return old_event_type(sub)
    return event_type


def macro_f1(pairs: Sequence[tuple[str, str | None]]) -> float:
    """Macro-F1 over the classes present in the gold of ``pairs`` (gold, predicted)."""
    labels = sorted({g for g, _ in pairs})
    if not labels:
        return 0.0
    total = 0.0
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        total += prf(tp, fp, fn)[2]
    return total / len(labels)


def weighted_f1(pairs: Sequence[tuple[str, str | None]]) -> float:
    """F1 per gold class weighted by its support."""
    labels = sorted({g for g, _ in pairs})
    total = 0.0
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        total += prf(tp, fp, fn)[2] * (tp + fn)
    return total / len(pairs) if pairs else 0.0


def add_f1(
    result: TaskResult,
    system: str,
    metric: str,
    pairs: Sequence[tuple[str, str | None]],
    fn: Callable[[Sequence[tuple[str, str | None]]], float] = macro_f1,
) -> None:
    """Add a corpus-level F1 with a bootstrap CI over cases."""
    value, lo, hi = bootstrap_fn(list(pairs), fn)
    result.metrics.append(Metric(system, metric, value, lo, hi, len(pairs)))


_FOLD = re.compile(r"[^a-z0-9]+")


def fold(text: str | None) -> str:
    """Lower-case, accent-free, alphanumerics only (admin1 comparison)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _FOLD.sub("", plain.lower())


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}")


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    """The gazetteer, or None when it cannot be loaded."""
    try:
        from claimledger.resources.gazetteer.index import load_gazetteer
    except ImportError:
        return None
    try:
        return load_gazetteer()
    except Exception:  # noqa: BLE001 - a floor baseline must not break the task
        return None


def floor_place(note: str) -> tuple[float, float, str | None] | None:
    """The most populous gazetteer entry named by a capitalised run of 1-3 words."""
    gaz = _gazetteer()
    if gaz is None:
        return None
    best = None
    for m in _CAPITALISED.finditer(note):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            place = gaz.most_populous(name)
            if place is not None:
                if best is None or place.population > best.population:
                    best = place
                break
    return None if best is None else (best.lat, best.lon, best.admin1)


@dataclass
class _FileScores:
    """Per-case values of one file, per system."""

    tag: str
    schema: str
    fatal_exact: dict[str, list[float]]
    fatal_abs: dict[str, list[float]]
    et_pairs: dict[str, list[tuple[str, str | None]]]
    sub_pairs: dict[str, list[tuple[str, str | None]]]
    actor1: list[float]
    actor2: list[float]
    near: dict[str, list[float]]
    far: dict[str, list[float]]
    admin1: dict[str, list[float]]


def _new_scores(tag: str, schema: str) -> _FileScores:
    """Empty score lists."""
    systems = (OURS, DIRECT, LEARNED, FLOOR)
    return _FileScores(
        tag,
        schema,
        {s: [] for s in (OURS, FLOOR)},
        {s: [] for s in (OURS, FLOOR)},
        {s: [] for s in systems},
        {s: [] for s in systems},
        [],
        [],
        {s: [] for s in (OURS, FLOOR)},
        {s: [] for s in (OURS, FLOOR)},
        {s: [] for s in (OURS, FLOOR)},
    )


def _error(
    event: AcledEvent, field: str, gold: Any, predicted: Any, **extra: Any
) -> dict[str, Any]:
    """One JSONL error row."""
    row = {
        "task": TASK,
        "id": event.id,
        "field": field,
        "gold": gold,
        "predicted": predicted,
        "text": event.notes,
    }
    row.update(extra)
    return row


def _score_event(
    s: _FileScores,
    event: AcledEvent,
    doc: Document | None,
    floor_et: str | None,
    floor_sub: str | None,
    errors: list[dict[str, Any]],
) -> None:
    """Add one event's per-case values."""
    incident = first_incident(doc)
    if doc is not None and event.fatalities is not None:
        pred = predicted_fatalities(doc)
        s.fatal_exact[OURS].append(float(pred == event.fatalities))
        s.fatal_abs[OURS].append(float(abs(pred - event.fatalities)))
        if pred != event.fatalities:
            evidence = (
                [c.evidence.text for c in incident.claims if c.figure == "killed"]
                if incident
                else []
            )
            errors.append(_error(event, "fatalities", event.fatalities, pred, evidence=evidence))
    if event.fatalities is not None:
        floor = first_count_before_casualty_word(event.notes, "killed") or 0
        s.fatal_exact[FLOOR].append(float(floor == event.fatalities))
        s.fatal_abs[FLOOR].append(float(abs(floor - event.fatalities)))

    gold_et = gold_event_type(event)
    d_et, d_sub, _ = classify_event(strip_markup(event.notes))
    s.et_pairs[DIRECT].append((gold_et, our_event_type(d_et, d_sub, s.schema)))
    l_et, l_sub, _ = classify_learned(event.notes)
    s.et_pairs[LEARNED].append((gold_et, our_event_type(l_et, l_sub, s.schema)))
    s.et_pairs[FLOOR].append((gold_et, floor_et))
    if doc is not None:
        o_et = incident.event_type if incident else None
        o_sub = incident.sub_event_type if incident else None
        mine = our_event_type(o_et, o_sub, s.schema)
        s.et_pairs[OURS].append((gold_et, mine))
        if mine != gold_et:
            errors.append(_error(event, "event_type", gold_et, mine, sub_event_type=o_sub))
    if s.schema == SCHEMA_2020 and event.sub_event_type:
        s.sub_pairs[DIRECT].append((event.sub_event_type, d_sub))
        s.sub_pairs[LEARNED].append((event.sub_event_type, l_sub))
        s.sub_pairs[FLOOR].append((event.sub_event_type, floor_sub))
        if d_sub != event.sub_event_type:
            errors.append(
                _error(event, "sub_event_type", event.sub_event_type, d_sub, system=DIRECT)
            )
        if doc is not None:
            o_sub = incident.sub_event_type if incident else None
            s.sub_pairs[OURS].append((event.sub_event_type, o_sub))

    if doc is not None:
        a1, a2 = predicted_actors(doc)
        g1, g2 = normalize_actor(event.actor1 or ""), normalize_actor(event.actor2 or "")
        if g1:
            ok = a1 is not None and normalize_actor(a1) == g1
            s.actor1.append(float(ok))
            if not ok:
                errors.append(_error(event, "actor1", event.actor1, a1, gold_normalized=g1))
        if g2:
            ok = a2 is not None and normalize_actor(a2) == g2
            s.actor2.append(float(ok))
            if not ok:
                errors.append(_error(event, "actor2", event.actor2, a2, gold_normalized=g2))
        _score_location(s, event, incident, errors)
    _score_floor_location(s, event)


def _score_location(
    s: _FileScores, event: AcledEvent, incident: Incident | None, errors: list[dict[str, Any]]
) -> None:
    """Distance and admin1 of the first incident's place."""
    if event.lat is None or event.lon is None:
        return
    loc = incident.location if incident else None
    if loc is None or loc.lat is None or loc.lon is None:
        dist = math.inf
    else:
        dist = haversine_km(event.lat, event.lon, loc.lat, loc.lon)
    s.near[OURS].append(float(dist <= NEAR_KM))
    s.far[OURS].append(float(dist <= FAR_KM))
    if event.admin1:
        s.admin1[OURS].append(float(loc is not None and fold(loc.admin1) == fold(event.admin1)))
    if dist > NEAR_KM:
        errors.append(
            _error(
                event,
                "location",
                {
                    "location": event.location,
                    "admin1": event.admin1,
                    "lat": event.lat,
                    "lon": event.lon,
                },
                None
                if loc is None
                else {"name": loc.name, "admin1": loc.admin1, "lat": loc.lat, "lon": loc.lon},
                km=None if math.isinf(dist) else round(dist, 1),
            )
        )


def _score_floor_location(s: _FileScores, event: AcledEvent) -> None:
    """The most-populous-match floor (nothing when no gazetteer)."""
    if event.lat is None or event.lon is None:
        return
    place = floor_place(event.notes)
    if place is None and _gazetteer() is None:
        return
    dist = math.inf if place is None else haversine_km(event.lat, event.lon, place[0], place[1])
    s.near[FLOOR].append(float(dist <= NEAR_KM))
    s.far[FLOOR].append(float(dist <= FAR_KM))
    if event.admin1:
        s.admin1[FLOOR].append(float(place is not None and fold(place[2]) == fold(event.admin1)))


def _emit(result: TaskResult, s: _FileScores) -> None:
    """Turn one file's per-case values into metric rows named ``<tag>:<metric>``."""
    t = s.tag
    for system, values in s.fatal_exact.items():
        if values:
            result.add(system, f"{t}:fatalities_exact", values)
    for system, values in s.fatal_abs.items():
        if values:
            result.add(system, f"{t}:fatalities_mae", values)
    for system, pairs in s.et_pairs.items():
        if pairs:
            result.add(system, f"{t}:event_type_accuracy", [float(g == p) for g, p in pairs])
            add_f1(result, system, f"{t}:event_type_macro_f1", pairs)
    for system, pairs in s.sub_pairs.items():
        if pairs:
            result.add(system, f"{t}:sub_event_type_accuracy", [float(g == p) for g, p in pairs])
            add_f1(result, system, f"{t}:sub_event_type_macro_f1", pairs)
    if s.actor1:
        result.add(OURS, f"{t}:actor1_match", s.actor1)
    if s.actor2:
        result.add(OURS, f"{t}:actor2_match", s.actor2)
    for system in (OURS, FLOOR):
        if s.near[system]:
            result.add(system, f"{t}:location_within_25km", s.near[system])
            result.add(system, f"{t}:location_within_161km", s.far[system])
        if s.admin1[system]:
            result.add(system, f"{t}:admin1_match", s.admin1[system])


def _files(ctx: BenchContext) -> list[Path]:
    """The files to score: ``ctx.file`` or both dev files."""
    if ctx.file is not None:
        return [ctx.file]
    return [ctx.data_dir / f for f in DEV_FILES]


def run(ctx: BenchContext) -> TaskResult:
    """Score fatalities, event types, actors and places on ACLED notes.

    Args:
        ctx: the bench context (``ctx.file`` = one ACLED CSV in either schema;
            ``ctx.limit`` = first N events of each file).

    Returns:
        The TaskResult (skipped when no data file exists).
    """
    paths = [p for p in _files(ctx) if p.exists()]
    if not paths:
        return skipped(TASK, f"no data at {', '.join(str(p) for p in _files(ctx))}")
    result = TaskResult(task=TASK, data=", ".join(str(p) for p in paths))
    pipeline_error: str | None = None
    for path in paths:
        events = list(load_events(path, ctx.limit))
        if not events:
            result.notes.append(f"{path.name}: no event with a note")
            continue
        schema = events[0].schema
        tag = path.stem
        docs: list[Document | None]
        try:
            docs = list(analyze_notes(events, ctx.model))
        except Exception as exc:  # noqa: BLE001 - score the rest, say why ours is missing
            pipeline_error = f"{type(exc).__name__}: {exc}"
            docs = [None] * len(events)
        floor_et = majority_class(gold_event_type(e) for e in events)
        floor_sub = majority_class(e.sub_event_type for e in events if e.sub_event_type)
        scores = _new_scores(tag, schema)
        for event, doc in zip(events, docs, strict=True):
            _score_event(scores, event, doc, floor_et, floor_sub, result.errors)
        _emit(result, scores)
        result.notes.append(
            f"{tag}: {len(events)} events, schema {schema}; floor event type = "
            f"{floor_et!r}"
            + (f", floor sub-event type = {floor_sub!r}" if floor_sub else "")
            + " (majority class of this file's own gold)"
        )
    if pipeline_error:
        result.notes.append(f"pipeline failed, claimledger rows missing: {pipeline_error}")
    if _gazetteer() is None:
        result.notes.append("no gazetteer importable: the place floor was skipped")
    result.notes += [
        "every note is read with ACLED's markup stripped ([size=...], bracketed remarks, a "
        "leading Tag:), by the pipeline and by both classifiers",
        "learned_model = the shipped model (extract/events/model.py); it was trained on "
        "acled-2020-dev among others, so its 2020 figures are in-sample (cross-domain "
        "figures: bench task events); the 2015 file was not used in training",
        "prediction = first incident; fatalities = estimates['killed'].low (0 without one)",
        "2015 file: our sub-event type mapped to the pre-2019 event type; event type only",
        "macro-F1 = mean F1 over the classes present in the gold; CIs bootstrap over events",
        "actors: normalize_actor on both sides; actor1 = first perpetrator "
        "(else first other party, else first actor), "
        "actor2 = first target (else first other party), scored where the gold has one",
        "floors: fatalities = first number before a casualty word; event type = majority "
        "class of the scored file; place = most populous gazetteer match of capitalised words",
    ]
    return result
