"""The fresh claims gold files (`tests/fixtures/claims/fresh*-gold.jsonl`) are well formed:
ids unique, subsets known, every claim's figure, qualifier and source kind allowed, its bounds
consistent with its qualifier, and its evidence a non-empty, trimmed span of the document's
text. No pipeline runs here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimledger.records import FIGURES, QUALIFIERS, SOURCE_KINDS

CLAIMS_DIR = Path(__file__).parent / "fixtures" / "claims"
FRESH = sorted(p.name for p in CLAIMS_DIR.glob("fresh*-gold.jsonl"))
KEYS = {"figure", "low", "high", "qualifier", "source_name", "source_kind", "via", "hedged"}


def _rows(name: str) -> list[dict[str, Any]]:
    text = (CLAIMS_DIR / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _bounds_fit(claim: dict[str, Any]) -> bool:
    low, high, qualifier = claim["low"], claim["high"], claim["qualifier"]
    if qualifier == "up_to":
        return low is None and isinstance(high, int)
    if qualifier in ("at_least", "more_than"):
        return isinstance(low, int) and high is None
    if qualifier == "vague":
        return isinstance(low, int) and (high is None or high >= low)
    return isinstance(low, int) and isinstance(high, int) and low <= high


def test_the_fresh_files_are_all_found() -> None:
    # Names sort as text ("fresh10" before "fresh2"), so membership is what is checked.
    expected = {"fresh-gold.jsonl"} | {f"fresh{n}-gold.jsonl" for n in range(2, 11)}
    assert expected <= set(FRESH)


@pytest.mark.parametrize("name", FRESH)
def test_fresh_file_is_well_formed(name: str) -> None:
    rows = _rows(name)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["subset"] in ("assessments", "releases", "relays"), r["id"]
        # A document may hold no claim (fresh8-r05: strikes that harmed no one): it scores
        # what the pipeline claims there as false positives.
        assert isinstance(r["claims"], list), r["id"]
        for c in r["claims"]:
            where = f"{r['id']} {c}"
            assert set(c) >= KEYS, where
            assert c["figure"] in FIGURES and c["qualifier"] in QUALIFIERS, where
            assert c["source_kind"] in SOURCE_KINDS and c["source_name"].strip(), where
            assert _bounds_fit(c), where
            assert 0 <= c["start"] < c["end"] <= len(r["text"]), where
            span = r["text"][c["start"] : c["end"]]
            assert span == span.strip() and span, where


def test_the_fifth_batch_counts() -> None:
    rows = _rows("fresh5-gold.jsonl")
    subsets = [r["subset"] for r in rows]
    assert (subsets.count("assessments"), subsets.count("releases"), subsets.count("relays")) == (
        8,
        6,
        6,
    )
    figures = [c["figure"] for r in rows for c in r["claims"]]
    assert len(figures) == 80
    assert (figures.count("killed"), figures.count("injured"), figures.count("arrested")) == (
        52,
        21,
        7,
    )
    # the author's claims are the releases' own statements, and a few hedged narrative lines
    authors = [r["id"] for r in rows for c in r["claims"] if c["source_kind"] == "author"]
    assert {i.split("-")[1][0] for i in authors} == {"a", "r"}


def test_the_sixth_batch_counts() -> None:
    rows = _rows("fresh6-gold.jsonl")
    subsets = [r["subset"] for r in rows]
    assert (subsets.count("assessments"), subsets.count("releases"), subsets.count("relays")) == (
        8,
        5,
        7,
    )
    counted = [c for r in rows for c in r["claims"] if c["high"] != 0]
    figures = [c["figure"] for c in counted]
    assert len(figures) == 79
    assert (figures.count("killed"), figures.count("injured"), figures.count("arrested")) == (
        52,
        21,
        5,
    )
    # stated zeros are claims since the sixteenth session (docs/claims-gold.md, Zeros): the
    # police's "no person was killed", "zero civilian casualties" (none killed, none hurt)
    # and a military source's "no civilian deaths"; a denial that names no harm is none
    zeros = [(r["id"], c["figure"]) for r in rows for c in r["claims"] if c["high"] == 0]
    assert sorted(zeros) == [
        ("fresh6-r12", "killed"),
        ("fresh6-s17", "injured"),
        ("fresh6-s17", "killed"),
        ("fresh6-s20", "killed"),
    ]


def test_the_seventh_batch_counts() -> None:
    rows = _rows("fresh7-gold.jsonl")
    subsets = [r["subset"] for r in rows]
    assert (subsets.count("assessments"), subsets.count("releases"), subsets.count("relays")) == (
        7,
        5,
        8,
    )
    claims = [c for r in rows for c in r["claims"] if c["high"] != 0]
    figures = [c["figure"] for c in claims]
    assert len(figures) == 84
    assert (figures.count("killed"), figures.count("injured"), figures.count("arrested")) == (
        58,
        18,
        8,
    )
    # weighted towards relayed statements: 33 claims name the outlet that relays them
    assert sum(1 for c in claims if c["via"]) == 33
    # one stated zero relayed (sixteenth session): "no civilian casualties", none killed or hurt
    zeros = [(r["id"], c["figure"]) for r in rows for c in r["claims"] if c["high"] == 0]
    assert sorted(zeros) == [("fresh7-s20", "injured"), ("fresh7-s20", "killed")]
