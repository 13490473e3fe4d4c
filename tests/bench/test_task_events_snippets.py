"""Tests of the news-snippet rows of bench task ``events`` (snippets written here)."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.bench.core import TaskResult
from claimledger.bench.task_events_snippets import add_snippets, load_snippets

SNIPPETS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "events" / "news-snippets.jsonl"


def _write(path: Path) -> None:
    rows = [
        (
            "a1",
            "A suicide bomber blew himself up at a police checkpoint, killing four.",
            "Suicide bomb",
        ),
        ("a2", "Hundreds of nurses marched peacefully to the health ministry.", "Peaceful protest"),
        ("n1", "The home side won the cup final 2-0 in front of a record crowd.", None),
    ]
    with path.open("w", encoding="utf-8") as fh:
        for sid, text, sub in rows:
            kind = "acled" if sub else "sport"
            fh.write(json.dumps({"id": sid, "text": text, "sub_event_type": sub, "kind": kind}))
            fh.write("\n")


def test_snippet_rows_score_the_learned_model_rules_and_floor(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    _write(path)
    result = TaskResult(task="events")
    add_snippets(result, "Peaceful protest", path)
    got = {(m.system, m.metric): m for m in result.metrics}
    for system in ("claimledger", "classify_event"):
        assert got[(system, "snippets:sub_event_type_accuracy")].value == 1.0
        assert got[(system, "snippets:sub_event_type_macro_f1")].n == 3
        assert got[(system, "snippets-nonpolitical:none_rate")].value == 1.0
        assert got[(system, "snippets-acled:event_type_accuracy")].n == 2
    # The floor says Peaceful protest everywhere: one of three right.
    assert got[("floor", "snippets:sub_event_type_accuracy")].value == 1 / 3
    assert got[("floor", "snippets-nonpolitical:none_rate")].value == 0.0


def test_snippet_rows_are_skipped_without_the_file(tmp_path: Path) -> None:
    result = TaskResult(task="events")
    add_snippets(result, "Peaceful protest", tmp_path / "absent.jsonl")
    assert not result.metrics
    assert any("snippets skipped" in n for n in result.notes)


def test_the_shipped_snippet_file_is_labelled_with_acled_types() -> None:
    from claimledger.extract.events.lexicon import event_type_of

    snippets = load_snippets(SNIPPETS_FILE)
    assert len(snippets) >= 60
    assert len({s.id for s in snippets}) == len(snippets)
    typed = [s for s in snippets if s.sub_event_type]
    assert all(event_type_of(str(s.sub_event_type)) for s in typed)
    assert len({s.sub_event_type for s in typed}) == 25
    assert {s.kind for s in snippets if not s.sub_event_type} >= {
        "natural_disaster",
        "org_crime",
        "diplomacy",
    }


def test_weighted_f1_row_weights_each_gold_class_by_its_support(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    _write(path)
    result = TaskResult(task="events")
    add_snippets(result, "Peaceful protest", path)
    got = {(m.system, m.metric): m for m in result.metrics}
    assert got[("claimledger", "snippets:sub_event_type_weighted_f1")].value == 1.0
    # Floor: Peaceful protest F1 = 2 * (1/3 * 1) / (1/3 + 1) = 0.5, support 1 of 3.
    floor = got[("floor", "snippets:sub_event_type_weighted_f1")]
    assert floor.value is not None and abs(floor.value - 0.5 / 3) < 1e-9
    assert floor.n == 3


def test_events_task_with_file_scores_only_that_files_snippets(tmp_path: Path) -> None:
    from claimledger.bench.core import BenchContext
    from claimledger.bench.task_events import run

    path = tmp_path / "mine.jsonl"
    _write(path)
    # No benchmark folder: with --file the task needs none and scores only the snippets.
    result = run(BenchContext(data_dir=tmp_path / "absent", file=path))
    assert result.data == str(path)
    metrics = {m.metric for m in result.metrics}
    assert metrics and all(m.startswith("snippets") for m in metrics)
    got = {(m.system, m.metric): m for m in result.metrics}
    assert got[("claimledger", "snippets:sub_event_type_accuracy")].n == 3
    assert got[("classify_event", "snippets-nonpolitical:none_rate")].value == 1.0


def test_the_fresh_snippet_file_is_well_formed() -> None:
    from collections import Counter

    from claimledger.extract.events.lexicon import event_type_of

    snippets = load_snippets(SNIPPETS_FILE.with_name("news-snippets-fresh.jsonl"))
    assert len(snippets) == 60
    assert len({s.id for s in snippets}) == 60
    subs = Counter(s.sub_event_type for s in snippets)
    assert subs[None] == 8
    assert len(subs) - 1 == 23
    assert all(event_type_of(str(s)) for s in subs if s)
    assert {s.kind for s in snippets if not s.sub_event_type} >= {"sport", "economy", "accident"}


def test_the_second_fresh_snippet_file_covers_every_sub_event_type() -> None:
    import json
    from collections import Counter

    from claimledger.extract.events.lexicon import event_type_of, taxonomy

    path = SNIPPETS_FILE.with_name("news-snippets-fresh2.jsonl")
    snippets = load_snippets(path)
    assert len(snippets) == 72
    assert len({s.id for s in snippets}) == 72
    subs = Counter(s.sub_event_type for s in snippets)
    assert subs[None] == 9
    # every type of the taxonomy, two or three snippets each as written; a curfew (ng63)
    # moved from Other to Change to group/activity in the thirtieth session (README)
    assert set(subs) - {None} == set(taxonomy())
    moved = {"Other", "Change to group/activity"}
    assert all(2 <= subs[s] <= 3 for s in taxonomy() if s not in moved)
    assert (subs["Other"], subs["Change to group/activity"]) == (1, 3)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(
        r["event_type"] == (event_type_of(r["sub_event_type"]) if r["sub_event_type"] else None)
        for r in rows
    )
    assert {s.kind for s in snippets if not s.sub_event_type} >= {"sport", "accident", "economy"}


def test_the_third_fresh_snippet_file_covers_every_sub_event_type() -> None:
    import json
    from collections import Counter

    from claimledger.extract.events.lexicon import event_type_of, taxonomy

    path = SNIPPETS_FILE.with_name("news-snippets-fresh3.jsonl")
    snippets = load_snippets(path)
    assert len(snippets) == 72
    assert len({s.id for s in snippets}) == 72
    assert all(s.id.startswith("nh") for s in snippets)
    subs = Counter(s.sub_event_type for s in snippets)
    assert subs[None] == 9
    assert set(subs) - {None} == set(taxonomy())
    assert all(2 <= subs[s] <= 3 for s in taxonomy())
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(
        r["event_type"] == (event_type_of(r["sub_event_type"]) if r["sub_event_type"] else None)
        for r in rows
    )
    assert all(r["kind"] == "acled" for r in rows if r["sub_event_type"])
    assert {s.kind for s in snippets if not s.sub_event_type} >= {
        "sport",
        "accident",
        "economy",
        "politics",
    }
