"""JSON export."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimledger.errors import ClaimledgerError
from claimledger.export import export
from tests.fixtures.corpus.handmade import build_store


def test_json_lists_external_ids_figures_sources_and_links(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    buf = io.StringIO()
    export(store, "json", buf)
    data = json.loads(buf.getvalue())
    incs = {i["location"]: i for i in data["incidents"]}
    assert set(incs) == {"Kirkuk", "Baghdad", "Maarrat Misrin", "Damboa"}
    kirkuk = incs["Kirkuk"]
    assert kirkuk["external_ids"] == [
        "kirkuk-wire-1",
        "kirkuk-local-2",
        "kirkuk-wire-3",
        "kirkuk-repost-4",
    ]
    killed = kirkuk["figures"]["killed"]
    assert (killed["low"], killed["best"], killed["high"], killed["n_sources"]) == (10, 14, 17, 4)
    ministry = next(s for s in killed["sources"] if s["name"] == "Iraqi health ministry")
    # Oldest first: the wire report and its repost (12), then the revision (17).
    assert [c["low"] for c in ministry["claims"]] == [12, 12, 17]
    assert ministry["low"] == 17
    reasons = [i["link_reason"] for i in kirkuk["incidents"]]
    assert reasons[0].startswith("new incident")
    assert any(r.startswith("near-duplicate") for r in reasons)
    assert kirkuk["documents"][3]["duplicate_of"] == kirkuk["documents"][0]["id"]


def test_json_unknown_format_is_an_error(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    with pytest.raises(ClaimledgerError, match="unknown export format"):
        export(store, "xml", io.StringIO())
