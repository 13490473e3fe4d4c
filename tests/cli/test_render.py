"""Tests of the text report's figure formatting."""

from __future__ import annotations

from claimledger.cli.render import format_figure
from claimledger.records import Claim, Evidence, Source


def _claim(low: int | None, high: int | None, qualifier: str | None) -> Claim:
    return Claim(
        figure="killed" if low is not None else None,
        statement="s",
        low=low,
        high=high,
        qualifier=qualifier,
        source=Source("author", "author"),
        hedged=False,
        evidence=Evidence(0, 1, "s"),
    )


def test_render_format_figure_reads_like_a_coder_writes() -> None:
    assert format_figure(_claim(25, 25, "exact")) == "25"
    assert format_figure(_claim(20, None, "at_least")) == "at least 20"
    assert format_figure(_claim(10, 15, "exact")) == "10–15"
    assert format_figure(_claim(25, 25, "up_to")) == "up to 25"
    assert format_figure(_claim(None, None, None)) == "—"
