"""Bench task ``events``: the event classifiers judged on text they did not learn from.

Input: the four ACLED dev files with sub-event types (``acled/``, read by
:mod:`claimledger.bench.load_acled`), ``tbij/strikes-dev.jsonl`` and
``gva/articles-dev.jsonl``. Output: a :class:`TaskResult` with, for each
test, the learned model (``claimledger``), the rule classifier
(``classify_event``) and a majority-class floor (``floor``) from the same run.

* Cross-domain ACLED (``xdomain-<file>``): a model is trained, as
  ``claimledger train events`` does, on every source but one and scores the
  held-back one (2022 H1 global; Kenya). Every note is stripped of ACLED's
  markup and its leading date phrase. The floor is the majority sub-event type
  of the training sources. The rules' answers are the rule column of the same
  features. Both pass through what the shipped classifiers do after their
  scores (since the seventh turn): the learned answer through the rules'
  overrides (``model.decide``: codebook-first weapons, territory, a state
  arrest), both through the implicit air cues and the gate for news of
  another kind (``gate.not_political``). Beside it (``indomain-<file>-odd``), in-domain: the even half of
  the held-back file (even CRC-32 of the cleaned note) joins the training data
  and the odd half is scored, with the cross-domain model's score on the same
  odd half (``xdomain-<file>-odd``). Needs scikit-learn (the ``train`` extra);
  skipped without it.
* TBIJ: every strike is an air/drone strike; the shipped model, the rules and
  the floor (the shipped model's most frequent training class, Peaceful
  protest) on TBIJ's summaries; metric = that class's recall.
* GVA: every article reports a shooting; metric = share of articles (title and
  text, the first :data:`GVA_CHARS` characters, flagged texts skipped) given
  Attack or Armed clash, and the share the learned model calls "none".
* Snippets: our own news snippets (``tests/fixtures/events/news-snippets.jsonl``,
  :mod:`claimledger.bench.task_events_snippets`), sub-event accuracy and
  macro-F1 with "none" as a class, and how often non-political news is none.
  With ``--file`` (``ctx.file``), only those rows, on that file of snippets in
  the same format (e.g. ``tests/fixtures/events/news-snippets-fresh.jsonl``).
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from claimledger.bench.core import BenchContext, TaskResult, skipped
from claimledger.bench.load_gva import load_articles
from claimledger.bench.load_tbij import load_strikes
from claimledger.bench.task_acled import add_f1
from claimledger.bench.task_events_snippets import add_snippets
from claimledger.extract.events.air import override
from claimledger.extract.events.classify import classify_event
from claimledger.extract.events.gate import not_political
from claimledger.extract.events.model import (
    NO_RULE,
    classify_learned,
    decide,
    load_model,
)

TASK = "events"
LEARNED = "claimledger"  # the learned model: what the pipeline uses
RULES = "classify_event"
FLOOR = "floor"
HELD_BACK = ("acled-2022h1-global.csv", "acled-kenya-1997-2021.csv")
SHOOTING = frozenset({"Attack", "Armed clash"})
AIR = "Air/drone strike"
GVA_CHARS = 1500


def _cross_domain(result: TaskResult, ctx: BenchContext) -> None:
    """Train on all ACLED sources but one, score the held-back one; for each of HELD_BACK.

    Beside it, in-domain: the same sources plus the even half of the held-back
    file (:func:`note_half`) trained on, its odd half scored, with the
    cross-domain model's score on that same odd half.
    """
    from claimledger.train.events import DEFAULT_FILES, N_BUCKETS, design_matrix, training_notes
    from claimledger.train.events import rule_slots as make_slots

    paths = {name: ctx.data_dir / "acled" / name for name in DEFAULT_FILES}
    missing = [str(p) for p in paths.values() if not p.exists()]
    if missing:
        result.notes.append(f"cross-domain skipped: missing {', '.join(missing)}")
        return
    slots = make_slots()
    notes = {name: training_notes([path]) for name, path in paths.items()}
    if ctx.limit:
        notes = {name: n[: ctx.limit * 10] for name, n in notes.items()}
    mats = {name: design_matrix([t for t, _ in n], N_BUCKETS, slots) for name, n in notes.items()}
    from scipy import sparse

    for held in HELD_BACK:
        train = [name for name in DEFAULT_FILES if name != held]
        x = sparse.vstack([mats[name] for name in train]).tocsr()
        labels = [s for name in train for _, s in notes[name]]
        tag = f"xdomain-{Path(held).stem}"
        odd = np.array([not note_half(t) for t, _ in notes[held]], dtype=bool)
        model = _fit(x, labels)
        floor = Counter(labels).most_common(1)[0][0]
        _score(result, tag, model, mats[held], notes[held], floor)
        _score(result, f"{tag}-odd", model, mats[held][odd], _pick(notes[held], odd), floor)
        result.notes.append(
            f"{tag}: trained on {', '.join(train)} ({len(labels)} notes), "
            f"scored {len(notes[held])} notes of {held}; floor = {floor!r}"
        )
        # In-domain: the held-back source's even half joins the training data.
        x_in = sparse.vstack([x, mats[held][~odd]]).tocsr()
        labels_in = labels + [s for _, s in _pick(notes[held], ~odd)]
        floor_in = Counter(labels_in).most_common(1)[0][0]
        model_in = _fit(x_in, labels_in)
        tag_in = f"indomain-{Path(held).stem}-odd"
        _score(result, tag_in, model_in, mats[held][odd], _pick(notes[held], odd), floor_in)
        result.notes.append(
            f"{tag_in}: trained as {tag} plus the {int((~odd).sum())} even-half notes of "
            f"{held}, scored its {int(odd.sum())} odd-half notes (as {tag}-odd)"
        )


def note_half(text: str) -> bool:
    """The even half of a source's notes (in-domain training): even CRC-32 of the text."""
    return zlib.crc32(text.encode("utf-8")) % 2 == 0


def _pick(notes: Sequence[tuple[str, str]], keep: Any) -> list[tuple[str, str]]:
    """The notes where the boolean array ``keep`` is true."""
    return [n for n, k in zip(notes, keep, strict=True) if k]


def _fit(x: Any, labels: Sequence[str]) -> Any:
    """A model fitted as ``claimledger train events`` fits the shipped one."""
    from claimledger.train.events import N_BUCKETS, fit_matrix

    return fit_matrix(x, labels, N_BUCKETS)


def _score(
    result: TaskResult,
    tag: str,
    model: Any,
    xt: Any,
    notes: Sequence[tuple[str, str]],
    floor: str,
) -> None:
    """Add the learned model's, the rules' and the floor's scores on ``notes``."""
    from claimledger.train.events import N_BUCKETS
    from claimledger.train.events import rule_slots as make_slots

    slots = make_slots()
    gold = [s for _, s in notes]
    scores = np.asarray(xt @ model.weights.T) + model.bias
    if model.type_weights is not None:
        scores = model.with_types(scores, np.asarray(xt @ model.type_weights.T) + model.type_bias)
    best = scores.argmax(axis=1)
    rule_cols = np.asarray(xt[:, N_BUCKETS:].todense()).argmax(axis=1)
    rules = [None if slots[int(j)] == NO_RULE else slots[int(j)] for j in rule_cols]
    top = scores[np.arange(len(gold)), best]
    none = [r is None and v < model.threshold for r, v in zip(rules, top, strict=True)]
    learned = [None if x else model.classes[int(i)] for i, x in zip(best, none, strict=True)]
    texts = [t for t, _ in notes]
    # As EventModel.predict does: the rules' overrides (codebook-first weapons,
    # territory, a state arrest).
    learned = [decide(r, p, t) for r, p, t in zip(rules, learned, texts, strict=True)]
    # As classify_learned / classify_event do: the implicit air cues override (air.py),
    # then the gate for news of another kind.
    learned = [_gated(t, _with_air(t, p)) for t, p in zip(texts, learned, strict=True)]
    rules = [_gated(t, _with_air(t, p)) for t, p in zip(texts, rules, strict=True)]
    for system, pred in ((LEARNED, learned), (RULES, rules), (FLOOR, [floor] * len(gold))):
        pairs: list[tuple[str, str | None]] = list(zip(gold, pred, strict=True))
        add_f1(result, system, f"{tag}:sub_event_type_macro_f1", pairs)
        result.add(system, f"{tag}:sub_event_type_accuracy", [float(g == p) for g, p in pairs])
    result.add(LEARNED, f"{tag}:none_rate", [float(x) for x in none])


def _gated(text: str, sub: str | None) -> str | None:
    """``sub``, or None where the gate reads the text as news of another kind."""
    return None if sub is None or not_political(text, sub) else sub


def _with_air(text: str, sub: str | None) -> str | None:
    """``sub``, or Air/drone strike where an implicit air cue overrides it."""
    air = override(text, sub)
    return air[0] if air else sub


def tbij_tune_half(strike_id: str) -> bool:
    """The TBIJ strikes the air cues of ``air.py`` were tuned on: even CRC-32 of the id."""
    return zlib.crc32(strike_id.encode("utf-8")) % 2 == 0


def _tbij(result: TaskResult, ctx: BenchContext) -> None:
    """Air/drone-strike recall on TBIJ summaries (every strike is one): all, tune and report half."""
    path = ctx.data_dir / "tbij" / "strikes-dev.jsonl"
    if not path.exists():
        result.notes.append(f"TBIJ skipped: {path} not found")
        return
    strikes = [s for s in load_strikes(path) if s.summary and s.summary.strip()]
    strikes = strikes[: ctx.limit] if ctx.limit else strikes
    floor = _shipped_floor()
    learned = {s.id: float(_learned(str(s.summary).strip()) == AIR) for s in strikes}
    rules = {s.id: float(classify_event(str(s.summary).strip())[1] == AIR) for s in strikes}
    parts = (
        ("tbij", strikes),
        ("tbij-tune", [s for s in strikes if tbij_tune_half(s.id)]),
        ("tbij-report", [s for s in strikes if not tbij_tune_half(s.id)]),
    )
    for tag, part in parts:
        if not part:
            continue
        result.add(LEARNED, f"{tag}:air_drone_recall", [learned[s.id] for s in part])
        result.add(RULES, f"{tag}:air_drone_recall", [rules[s.id] for s in part])
        result.add(FLOOR, f"{tag}:air_drone_recall", [float(floor == AIR)] * len(part))
    result.notes.append(
        f"tbij: {len(strikes)} strikes with a TBIJ summary; floor = {floor!r}; the air cues "
        "of air.py were tuned on tbij-tune (even CRC-32 of the strike id), tbij-report is "
        "the other half"
    )


def _gva(result: TaskResult, ctx: BenchContext) -> None:
    """Share of GVA articles (shootings) given Attack or Armed clash."""
    path = ctx.data_dir / "gva" / "articles-dev.jsonl"
    if not path.exists():
        result.notes.append(f"GVA skipped: {path} not found")
        return
    texts = [
        f"{a.title or ''}\n{a.text}"[:GVA_CHARS] for a in load_articles(path) if a.text_flag is None
    ]
    texts = texts[: ctx.limit] if ctx.limit else texts
    learned = [_learned(t) for t in texts]
    floor = _shipped_floor()
    result.add(LEARNED, "gva:shooting_type_rate", [float(p in SHOOTING) for p in learned])
    result.add(LEARNED, "gva:none_rate", [float(p is None) for p in learned])
    rules = [classify_event(t)[1] for t in texts]
    result.add(RULES, "gva:shooting_type_rate", [float(p in SHOOTING) for p in rules])
    result.add(RULES, "gva:none_rate", [float(p is None) for p in rules])
    result.add(FLOOR, "gva:shooting_type_rate", [float(floor in SHOOTING)] * len(texts))
    result.notes.append(
        f"gva: {len(texts)} unflagged articles, title + first {GVA_CHARS} characters"
    )


def _learned(text: str) -> str | None:
    """The shipped model's sub-event type of a text (None: "none")."""
    return classify_learned(text)[1]


def _shipped_floor() -> str:
    """The most frequent training class of the shipped model."""
    counts: dict[str, Any] = load_model().meta.get("class_counts", {})
    return max(counts, key=lambda k: counts[k]) if counts else "Peaceful protest"


def run(ctx: BenchContext) -> TaskResult:
    """Score the event classifiers across domains (see the module docstring)."""
    if ctx.file is not None:
        result = TaskResult(task=TASK, data=str(ctx.file))
        add_snippets(result, _shipped_floor(), ctx.file)
        result.notes.append("--file: only the snippet rows, on that file")
        return result
    if not ctx.data_dir.exists():
        return skipped(TASK, f"benchmark data folder {ctx.data_dir} not found")
    result = TaskResult(task=TASK, data=str(ctx.data_dir))
    try:
        import sklearn  # noqa: F401
    except ImportError:
        result.notes.append("cross-domain skipped: needs scikit-learn (the train extra)")
    else:
        _cross_domain(result, ctx)
    _tbij(result, ctx)
    _gva(result, ctx)
    add_snippets(result, _shipped_floor())
    result.notes.append("macro-F1 = mean F1 over the sub-event types present in the gold")
    return result


__all__: Sequence[str] = ("run",)
