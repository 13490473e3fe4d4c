"""Tests of bench task ``events`` on ACLED-style CSVs written here (no third-party data)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

from claimledger.bench.core import BenchContext  # noqa: E402
from claimledger.bench.task_events import LEARNED, RULES, run  # noqa: E402
from claimledger.train.events import DEFAULT_FILES  # noqa: E402

HEADER = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "notes", "fatalities"]
WHO = ("teachers", "nurses", "farmers", "students", "traders", "miners")


def _write(path: Path, offset: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i, who in enumerate(WHO):
            day = (i + offset) % 28 + 1
            w.writerow(
                [
                    f"P{offset}-{i}",
                    "2021-05-01",
                    "Protests",
                    "Peaceful protest",
                    f"On {day} May 2021, {who} marched peacefully to the town hall. "
                    "[size=no report]",
                    "0",
                ]
            )
            w.writerow(
                [
                    f"S{offset}-{i}",
                    "2021-05-01",
                    "Explosions/Remote violence",
                    "Air/drone strike",
                    f"On {day} May 2021, a drone strike hit a car of {who} militants.",
                    "2",
                ]
            )


def test_task_events_skips_without_data(tmp_path: Path) -> None:
    result = run(BenchContext(data_dir=tmp_path / "absent"))
    assert result.skipped


def test_task_events_scores_the_held_back_sources_beside_rules_and_floor(tmp_path: Path) -> None:
    (tmp_path / "acled").mkdir()
    for k, name in enumerate(DEFAULT_FILES):
        _write(tmp_path / "acled" / name, 7 * k)
    result = run(BenchContext(data_dir=tmp_path, out_dir=tmp_path / "out"))
    got = {(m.system, m.metric): m for m in result.metrics}
    for held in ("acled-2022h1-global", "acled-kenya-1997-2021"):
        f1 = got[(LEARNED, f"xdomain-{held}:sub_event_type_macro_f1")]
        assert f1.n == 12 and f1.value == 1.0
        assert got[(RULES, f"xdomain-{held}:sub_event_type_accuracy")].n == 12
        # The floor predicts one class for a balanced two-class gold: accuracy 0.5.
        assert got[("floor", f"xdomain-{held}:sub_event_type_accuracy")].value == 0.5
        # In-domain beside it: trained with the held-back file's even half, scored
        # on its odd half (and the cross-domain model on that same odd half).
        odd = got[(LEARNED, f"indomain-{held}-odd:sub_event_type_accuracy")]
        assert 0 < odd.n < 12 and odd.value == 1.0
        assert got[(LEARNED, f"xdomain-{held}-odd:sub_event_type_accuracy")].n == odd.n
    assert any("TBIJ skipped" in n for n in result.notes)
    assert any("GVA skipped" in n for n in result.notes)


def test_task_events_scores_tbij_on_its_tune_and_report_halves(tmp_path: Path) -> None:
    import json
    import zlib

    from claimledger.bench.task_events import tbij_tune_half

    ids = [f"T{i}" for i in range(6)]
    texts = [
        "Four men were killed in a US strike on a compound.",
        "A drone struck a car near the river, killing two.",
        "Three killed in an attack on a house and a car.",
        "Seven people were killed near the village.",
        "A strike on a vehicle killed three men.",
        "Five killed when a Predator fired on a house.",
    ]
    (tmp_path / "tbij").mkdir()
    with (tmp_path / "tbij" / "strikes-dev.jsonl").open("w", encoding="utf-8") as fh:
        for i, t in zip(ids, texts, strict=True):
            fh.write(json.dumps({"id": i, "summary": t, "date": "2010-01-01"}) + "\n")
    result = run(BenchContext(data_dir=tmp_path, out_dir=tmp_path / "out"))
    tune = [i for i in ids if tbij_tune_half(i)]
    assert tune == [i for i in ids if zlib.crc32(i.encode()) % 2 == 0]
    got = {(m.system, m.metric): (m.value, m.n) for m in result.metrics}
    # Five of six name the strike; the fourth names no event.
    assert got[(LEARNED, "tbij:air_drone_recall")] == (pytest.approx(5 / 6), 6)
    assert got[(LEARNED, "tbij-tune:air_drone_recall")][1] == len(tune)
    assert got[(LEARNED, "tbij-report:air_drone_recall")][1] == 6 - len(tune)
    assert got[(RULES, "tbij:air_drone_recall")][0] == pytest.approx(5 / 6)
