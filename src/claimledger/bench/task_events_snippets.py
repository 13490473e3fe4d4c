"""News snippets written by us, read by the event classifiers (part of bench task ``events``).

Input: ``tests/fixtures/events/news-snippets.jsonl`` (relative to the working
directory, the repository root), one snippet per line: ``id``, ``text``,
``sub_event_type`` (an ACLED sub-event type, or null where the text is not
political violence or protest), ``event_type`` and ``kind`` (``acled`` or the
kind of non-political news: ``natural_disaster``, ``org_crime``,
``diplomacy``, ...). Conventions: ``tests/fixtures/events/README.md``.

The snippets are wire-copy style, not ACLED note style (no "On <date>,"
opener, no markup); they were written and labelled before the classifiers
were measured on them and are never trained on. Rows, for the learned model
(``claimledger``), the rules (``classify_event``) and a floor (the shipped
model's most frequent training class) from the same run:

* ``snippets:sub_event_type_accuracy``, ``..._macro_f1`` and ``..._weighted_f1``
  (F1 per gold class weighted by its support, the CASE 2021 Task 2 measure) over
  all snippets, "none" counted as a class of its own;
* ``snippets-acled:event_type_accuracy`` over the snippets with an ACLED type;
* ``snippets-acled:none_rate`` (an ACLED event read as none) and
  ``snippets-nonpolitical:none_rate`` (non-political news read as none).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimledger.bench.core import TaskResult
from claimledger.bench.task_acled import add_f1, weighted_f1
from claimledger.extract.events.classify import classify_event
from claimledger.extract.events.lexicon import event_type_of
from claimledger.extract.events.model import classify_learned

SNIPPETS_FILE = Path("tests") / "fixtures" / "events" / "news-snippets.jsonl"
NONE = "none"


@dataclass(frozen=True)
class Snippet:
    """One labelled snippet."""

    id: str
    text: str
    sub_event_type: str | None
    kind: str


def load_snippets(path: Path) -> list[Snippet]:
    """The snippets of a JSONL file, in file order."""
    out: list[Snippet] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            out.append(Snippet(obj["id"], obj["text"], obj.get("sub_event_type"), obj["kind"]))
    return out


def add_snippets(result: TaskResult, floor: str, path: Path = SNIPPETS_FILE) -> None:
    """Score the learned model, the rules and ``floor`` on our news snippets."""
    if not path.exists():
        result.notes.append(f"snippets skipped: {path} not found (run from the repository root)")
        return
    snippets = load_snippets(path)
    systems: tuple[tuple[str, Callable[[str], str | None]], ...] = (
        ("claimledger", lambda t: classify_learned(t)[1]),
        ("classify_event", lambda t: classify_event(t)[1]),
        ("floor", lambda _t: floor),
    )
    for system, classify in systems:
        _score(result, system, snippets, [classify(s.text) for s in snippets])
    n_acled = sum(1 for s in snippets if s.sub_event_type)
    result.notes.append(
        f"snippets: {len(snippets)} news snippets written by us ({n_acled} with an ACLED "
        f"type, {len(snippets) - n_acled} non-political), {path}; floor = {floor!r}"
    )


def _score(
    result: TaskResult, system: str, snippets: Sequence[Snippet], pred: Sequence[str | None]
) -> None:
    """The rows of one system (see the module docstring)."""
    pairs: list[tuple[str, str | None]] = [
        (s.sub_event_type or NONE, p or NONE) for s, p in zip(snippets, pred, strict=True)
    ]
    add_f1(result, system, "snippets:sub_event_type_macro_f1", pairs)
    add_f1(result, system, "snippets:sub_event_type_weighted_f1", pairs, weighted_f1)
    result.add(system, "snippets:sub_event_type_accuracy", [float(g == p) for g, p in pairs])
    acled = [(s, p) for s, p in zip(snippets, pred, strict=True) if s.sub_event_type]
    result.add(
        system,
        "snippets-acled:event_type_accuracy",
        [
            float(p is not None and event_type_of(p) == event_type_of(str(s.sub_event_type)))
            for s, p in acled
        ],
    )
    result.add(system, "snippets-acled:none_rate", [float(p is None) for _, p in acled])
    other = [p for s, p in zip(snippets, pred, strict=True) if not s.sub_event_type]
    result.add(system, "snippets-nonpolitical:none_rate", [float(p is None) for p in other])


__all__: Sequence[str] = ("SNIPPETS_FILE", "Snippet", "add_snippets", "load_snippets")
