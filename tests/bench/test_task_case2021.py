"""Tests of the ``case2021`` bench task and its loader, on tiny files written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.bench import task_case2021
from claimledger.bench.core import BenchContext
from claimledger.bench.load_case2021 import label_file_for, load_snippets


def _metric(result, name: str, system: str = "claimledger") -> float | None:  # type: ignore[no-untyped-def]
    found = [m for m in result.metrics if m.system == system and m.metric == name]
    assert len(found) == 1, name
    return found[0].value


def write_pair(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sample_input.txt").write_text(
        "1\tA mob beat a suspected thief to death near the bus station.\r\n"
        "2\tJets struck a fuel depot outside the port city.\r\n"
        "3\tFloods swept away dozens of houses after a week of heavy rain.\r\n",
        encoding="utf-8",
    )
    (folder / "sample_output.txt").write_text(
        "1\tMOB_VIOL\r\n2\tAIR_STRIKE\r\n3\tNATURAL_DISASTER\r\n", encoding="utf-8"
    )
    return folder / "sample_input.txt"


def test_task_case2021_reads_input_output_pair(tmp_path: Path) -> None:
    path = write_pair(tmp_path / "case2021")
    assert label_file_for(path) == tmp_path / "case2021" / "sample_output.txt"
    snippets = load_snippets(path)
    assert [(s.id, s.label) for s in snippets] == [
        ("1", "MOB_VIOL"),
        ("2", "AIR_STRIKE"),
        ("3", "NATURAL_DISASTER"),
    ]
    assert snippets[1].text == "Jets struck a fuel depot outside the port city."
    assert len(load_snippets(path, limit=2)) == 2


def test_task_case2021_reads_tsv_with_header(tmp_path: Path) -> None:
    path = tmp_path / "test.tsv"
    path.write_text(
        'id\tEventSnippet\tSubType\n7\tThe group claimed responsibility for the "blast".\tATTRIB\n'
        "8\tNo label here\t\n",
        encoding="utf-8",
    )
    snippets = load_snippets(path)
    assert [(s.id, s.label) for s in snippets] == [("7", "ATTRIB"), ("8", None)]
    assert snippets[0].text == 'The group claimed responsibility for the "blast".'


def test_task_case2021_input_without_labels(tmp_path: Path) -> None:
    path = tmp_path / "only_input.txt"
    path.write_text("1\tSomething happened.\n", encoding="utf-8")
    assert label_file_for(path) is None
    assert load_snippets(path)[0].label is None
    result = task_case2021.run(BenchContext(data_dir=tmp_path, file=path))
    assert any("no gold labels" in n for n in result.notes)


def test_task_case2021_run_scores_snippets_and_floor(tmp_path: Path) -> None:
    write_pair(tmp_path / "case2021")
    result = task_case2021.run(BenchContext(data_dir=tmp_path))
    assert not result.skipped
    assert _metric(result, "case:accuracy") == pytest.approx(1.0)
    assert _metric(result, "case:weighted_f1") == pytest.approx(1.0)
    # every label once: the majority floor gets one of three right
    assert _metric(result, "case:accuracy", "floor") == pytest.approx(1 / 3)
    assert result.errors == []
    assert any("83.9" in n for n in result.notes)


def test_task_case2021_run_scores_acled_notes_as_case_labels(tmp_path: Path) -> None:
    acled = tmp_path / "acled"
    acled.mkdir()
    header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,notes,fatalities"
    rows = [
        'A1,1-May-20,Protests,Peaceful protest,Protesters (X),"Farmers rallied in the square. [size=no report]",0',
        'A2,2-May-20,Explosions/Remote violence,Grenade,Unidentified Armed Group (X),"A man threw a grenade at a shop.",0',
    ]
    (acled / "acled-2020-dev.csv").write_text(
        "\r\n".join([header, *rows]) + "\r\n", encoding="utf-8"
    )
    result = task_case2021.run(BenchContext(data_dir=tmp_path))
    assert _metric(result, "acled2020->case:accuracy") == pytest.approx(1.0)
    assert _metric(result, "acled2020->case:macro_f1") == pytest.approx(1.0)
    assert not [m for m in result.metrics if m.metric.startswith("case:")]


def test_task_case2021_run_skips_without_data(tmp_path: Path) -> None:
    assert task_case2021.run(BenchContext(data_dir=tmp_path)).skipped


def test_task_case2021_on_shared_sample(shared_bench: Path) -> None:
    result = task_case2021.run(BenchContext(data_dir=shared_bench, limit=5))
    value = _metric(result, "case:accuracy")
    assert value is not None and 0.0 <= value <= 1.0
    assert _metric(result, "acled2020->case:accuracy") is not None
