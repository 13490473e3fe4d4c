"""Tests of the ``attribution`` bench task and its PolNeAR (brat) loader.

The brat folders are written here, in tmp_path, with texts of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.bench.core import BenchContext
from claimledger.bench.load_polnear import load_split, parse_ann
from claimledger.bench.task_attribution import Statement, match, run, score_document

TEXT_A = "The mayor said the road was closed. Rain fell all day."
ANN_A = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 34\tthe road was closed\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tDiscuss 36 40\tRain\n"
)
# A second annotator's file for the same text: never read (the first sorted file wins).
ANN_A_OTHER = "T1\tSource 36 40\tRain\nE1\tAttribution:T1 Source:T1\n"
TEXT_B = "“We will rebuild,” the governor said, “and quickly.” Nobody else spoke."
ANN_B = (
    "T1\tContent 0 18;37 52\t“We will rebuild,” “and quickly.”\n"
    "T2\tSource 19 31\tthe governor\n"
    "T3\tCue 32 36\tsaid\n"
    "T4\tAttribution 32 36\tsaid\n"
    "E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1\n"
)


def _write_split(root: Path) -> Path:
    split = root / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "a_doc.txt").write_text(TEXT_A, encoding="utf-8")
    (split / "attributions" / "a_doc_1111.ann").write_text(ANN_A, encoding="utf-8")
    (split / "attributions" / "a_doc_9999.ann").write_text(ANN_A_OTHER, encoding="utf-8")
    (split / "text" / "b_doc.txt").write_text(TEXT_B, encoding="utf-8")
    (split / "attributions" / "b_doc_2222.ann").write_text(ANN_B, encoding="utf-8")
    return split


def test_task_attribution_parse_ann_roles_and_fragments() -> None:
    (att,) = parse_ann(ANN_B)
    assert att.source is not None and att.source.fragments == ((19, 31),)
    assert att.cue is not None and att.cue.text == "said"
    assert att.content is not None and att.content.fragments == ((0, 18), (37, 52))
    assert (att.content.start, att.content.end) == (0, 52)


def test_task_attribution_parse_ann_no_source_and_second_content() -> None:
    ann = (
        "T1\tCue 5 9\tsaid\nT2\tContent 10 20\tfirst part\nT3\tContent 30 40\tother part\n"
        "T4\tAttribution-no-source 5 9\tsaid\n"
        "E1\tAttribution-no-source:T4 Cue:T1 Content:T2 Content2:T3\n"
    )
    (att,) = parse_ann(ann)
    assert att.source is None
    assert att.content is not None and att.content.fragments == ((10, 20), (30, 40))


def test_task_attribution_load_split_first_annotator(tmp_path: Path) -> None:
    docs = load_split(_write_split(tmp_path))
    assert [d.id for d in docs] == ["a_doc", "b_doc"]
    assert docs[0].annotator == "1111"
    assert len(docs[0].attributions) == 1
    src = docs[0].attributions[0].source
    assert src is not None and src.text == "The mayor"
    assert [d.id for d in load_split(tmp_path / "dev", limit=1)] == ["a_doc"]


def test_task_attribution_match_exact_overlap_one_to_one() -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    gold = [((0, 5),), ((10, 15),)]
    pred = [((0, 5),), ((12, 20),), ((13, 14),)]
    assert match(text, gold, pred, "exact") == [(0, 0)]
    # One to one: the larger overlap (12-15, 3 chars) wins over 13-14.
    assert sorted(match(text, gold, pred, "overlap")) == [(0, 0), (1, 1)]


def test_task_attribution_score_document_counts_and_speaker() -> None:
    gold = [Statement(((0, 9),), ((10, 14),), ((15, 34),))]
    wrong_speaker = [Statement(((36, 40),), ((10, 14),), ((15, 30),))]
    score = score_document("a", TEXT_A, gold, wrong_speaker)
    assert score.counts[("source", "overlap")] == (0, 1, 1)
    assert score.counts[("cue", "exact")] == (1, 0, 0)
    assert score.counts[("content", "exact")] == (0, 1, 1)
    assert score.counts[("content", "overlap")] == (1, 0, 0)
    assert (score.speaker_hits, score.speaker_n) == (0, 1)
    assert {e["error"] for e in score.errors} == {"missed", "spurious", "wrong"}


@pytest.mark.integration
def test_task_attribution_run_on_tiny_split(tmp_path: Path) -> None:
    split = _write_split(tmp_path)
    result = run(BenchContext(data_dir=tmp_path, file=split))
    assert not result.skipped
    values = {(m.system, m.metric): m.value for m in result.metrics}
    assert values[("claimledger", "source_exact_f1")] == 1.0
    assert values[("claimledger", "cue_exact_f1")] == 1.0
    assert values[("claimledger", "speaker_accuracy")] == 1.0
    assert ("textacy", "source_overlap_f1") in values
    assert any("first .ann" in n for n in result.notes)


def test_task_attribution_missing_folder_is_skipped(tmp_path: Path) -> None:
    result = run(BenchContext(data_dir=tmp_path))
    assert result.skipped
    assert "not found" in result.notes[0]


@pytest.mark.integration
@pytest.mark.shared
def test_task_attribution_smoke_on_shared_dev(shared_bench: Path, tmp_path: Path) -> None:
    result = run(BenchContext(data_dir=shared_bench, limit=3, out_dir=tmp_path))
    assert not result.skipped
    values = {(m.system, m.metric): m.value for m in result.metrics}
    assert values[("claimledger", "source_overlap_f1")] is not None
    assert values[("claimledger", "source_overlap_f1")] > 0.3
