"""Bench task ``case2021``: CASE 2021 Task 2 fine-grained event labels.

Input: CASE 2021 Task 2 snippets in a release format (TSV with header
``id<TAB>EventSnippet<TAB>SubType``, or ``sample_input.txt`` with its sibling
``sample_output.txt``), read by :mod:`claimledger.bench.load_case2021`;
default ``case2021/sample_input.txt`` (the organisers' 5-snippet sample).
Output: a :class:`TaskResult` with :func:`classify_case2021` beside a
majority-class floor.

Because the sample has only five snippets, the task also scores
:func:`classify_case2021` on the ACLED 2020 dev notes
(``acled/acled-2020-dev.csv``), their sub-event type mapped to its CASE label
(``case2021_labels`` in ``data/event_types.json``). The two are reported under
separate metric prefixes, ``case:`` and ``acled2020->case:`` (notes stripped of ACLED's
markup, ``[size=...]`` and a leading ``Tag:``); ``acled2020-with-markup->case:`` keeps
the markup, for comparison with earlier figures only. The ACLED notes
carry only the 25 ACLED-based labels, so the unseen types (ORG_CRIME,
NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) can only cost precision
there. Published reference: the best CASE 2021 Task 2 system reached a
weighted F1 of 83.9 on the (unreleased) test set.
"""

from __future__ import annotations

from pathlib import Path

from claimledger.bench.baselines import majority_class
from claimledger.bench.core import BenchContext, TaskResult, skipped
from claimledger.bench.load_acled import load_events
from claimledger.bench.load_case2021 import Snippet, load_snippets
from claimledger.bench.task_acled import add_f1, macro_f1, weighted_f1
from claimledger.extract.events.classify import case2021_label, classify_case2021
from claimledger.extract.events.features import strip_markup

TASK = "case2021"
DEV_FILE = Path("case2021") / "sample_input.txt"
ACLED_FILE = Path("acled") / "acled-2020-dev.csv"
OURS = "claimledger"
FLOOR = "floor"
PUBLISHED_BEST_WEIGHTED_F1 = 83.9


def _score(result: TaskResult, prefix: str, items: list[tuple[str, str, str]]) -> None:
    """Score (id, text, gold) items: ours and the majority-class floor."""
    gold = [g for _, _, g in items]
    floor_label = majority_class(gold)
    ours = [(g, classify_case2021(text)) for _, text, g in items]
    floor = [(g, floor_label) for g in gold]
    for system, pairs in ((OURS, ours), (FLOOR, floor)):
        result.add(system, f"{prefix}:accuracy", [float(g == p) for g, p in pairs])
        add_f1(result, system, f"{prefix}:macro_f1", pairs, macro_f1)
        add_f1(result, system, f"{prefix}:weighted_f1", pairs, weighted_f1)
    for (item_id, text, g), (_, p) in zip(items, ours, strict=True):
        if g != p:
            result.errors.append(
                {
                    "task": TASK,
                    "set": prefix,
                    "id": item_id,
                    "gold": g,
                    "predicted": p,
                    "text": text,
                }
            )
    result.notes.append(f"{prefix}: {len(items)} snippets; floor = majority label {floor_label!r}")


def run(ctx: BenchContext) -> TaskResult:
    """Score CASE 2021 Task 2 labels on the snippets and on ACLED 2020 notes.

    Args:
        ctx: the bench context (``ctx.file`` = a CASE TSV or input file;
            ``ctx.limit`` = first N snippets and first N ACLED notes).

    Returns:
        The TaskResult (skipped when neither data file exists).
    """
    path = ctx.file or ctx.data_dir / DEV_FILE
    acled = ctx.data_dir / ACLED_FILE
    if not path.exists() and not acled.exists():
        return skipped(TASK, f"no data at {path} nor {acled}")
    result = TaskResult(task=TASK, data=", ".join(str(p) for p in (path, acled) if p.exists()))
    if path.exists():
        snippets: list[Snippet] = load_snippets(path, ctx.limit)
        labelled = [(s.id, s.text, s.label) for s in snippets if s.label]
        if labelled:
            _score(result, "case", labelled)
        else:
            result.notes.append(f"{path.name}: no gold labels found")
    if acled.exists():
        items = []
        for e in load_events(acled, ctx.limit):
            label = case2021_label(e.sub_event_type)
            if label:
                items.append((e.id, e.notes, label))
        if items:
            # ACLED's own markup ([size=...], a leading Tag:) is a label in disguise that
            # news never carries: the headline figure is on stripped notes; the
            # with-markup figure stays as its own, labelled row.
            stripped = [(i, strip_markup(text), g) for i, text, g in items]
            _score(result, "acled2020->case", stripped)
            _score(result, "acled2020-with-markup->case", items)
    result.notes.append(
        f"published best CASE 2021 Task 2 weighted F1: {PUBLISHED_BEST_WEIGHTED_F1} "
        "(official test set, not these files)"
    )
    return result
