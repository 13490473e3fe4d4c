"""GeoNames files the user supplies (CLAIMLEDGER_GEONAMES_FILES): villages cities500 lacks.

The rows below are written for this test in GeoNames' tab-separated format.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimledger.resources.gazetteer.build import _good_alternate
from claimledger.resources.gazetteer.index import LEVEL_PLACE, Gazetteer, cache_path
from claimledger.resources.gazetteer.rows import IndexRows
from claimledger.resources.gazetteer.userfiles import (
    ENV,
    add_user_places,
    read_user_places,
    user_files,
)


def _row(
    gid: int, name: str, alts: str, lat: float, lon: float, fclass: str, a1: str, pop: int
) -> str:
    ascii_name = name.replace("ā", "a")
    cols = [str(gid), name, ascii_name, alts, str(lat), str(lon), fclass, "PPL", "PK", "", a1]
    cols += ["", "", "", str(pop), "", "1200", "Asia/Karachi", "2020-01-01"]
    return "\t".join(cols) + "\n"


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "PK.txt"
    path.write_text(
        _row(9_000_001, "Mīr ʿAlī Kalay", "Mir Ali Kalay,mirali", 32.99, 70.27, "P", "03", 0)
        + _row(9_000_002, "Zarkhel Nullah", "", 32.9, 70.1, "H", "03", 0)  # a stream: skipped
        + _row(9_000_003, "Existing Town", "", 33.0, 70.0, "P", "03", 800)  # already indexed
        + "not a geonames row\n",
        encoding="utf-8",
    )
    return path


def test_reads_populated_places_only(dump: Path) -> None:
    rows = list(read_user_places(dump))
    assert [r.gid for r in rows] == [9_000_001, 9_000_003]
    first = rows[0]
    assert first.cc == "PK" and first.admin1_code == "03" and first.lat == pytest.approx(32.99)
    assert "Mir Ali Kalay" in first.alternates and "mirali" in first.alternates


def test_adds_villages_the_index_lacks(dump: Path) -> None:
    b = IndexRows()
    b.add_row(9_000_003, "Existing Town", 33.0, 70.0, 800, "PK", "Khyber Pakhtunkhwa", LEVEL_PLACE)
    added = add_user_places(b, [dump], {("PK", "03"): "Khyber Pakhtunkhwa"}, _good_alternate)
    assert added == 1  # the stream is no populated place; the town was there
    gaz = Gazetteer(b.freeze())
    (village,) = gaz.candidates("Mir Ali Kalay")
    assert village.place.geonameid == 9_000_001 and village.level == LEVEL_PLACE
    assert village.place.admin1 == "Khyber Pakhtunkhwa" and village.place.country == "PK"
    assert village.place.lat == pytest.approx(32.99) and village.place.lon == pytest.approx(70.27)
    assert gaz.candidates("mirali") == []  # a lower-case romanisation is not kept
    assert len(gaz.candidates("Existing Town")) == 1


def test_files_come_from_the_environment_and_key_the_cache(
    dump: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMLEDGER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv(ENV, raising=False)
    plain = cache_path()
    assert user_files() == []
    missing = tmp_path / "missing.txt"
    monkeypatch.setenv(ENV, f"{dump}{os.pathsep}{missing}")
    assert user_files() == [dump]
    assert cache_path() != plain  # another index, another cache file
    monkeypatch.setenv(ENV, "")
    assert cache_path() == plain
