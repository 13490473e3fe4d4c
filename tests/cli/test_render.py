"""Tests of the text report's figure formatting."""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console

from claimledger.cli.render import format_figure, render_document
from claimledger.records import Claim, Document, Evidence, Incident, Source


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


def _document() -> Document:
    sentence = "A field medic said at least 20 people were wounded when the shells hit the market."
    claim = Claim(
        figure="injured",
        statement=sentence,
        low=20,
        high=None,
        qualifier="at_least",
        source=Source("a field medic", "medical", via="Radio Dabanga"),
        hedged=True,
        evidence=Evidence(0, len(sentence), sentence, "d1"),
    )
    incident = Incident("d1#1", "Violence against civilians", "Attack", None, None, claims=(claim,))
    return Document("d1", sentence, None, incidents=(incident,))


def test_render_narrow_console_lists_claims_with_their_whole_sentence() -> None:
    console = Console(record=True, width=80, color_system=None)
    render_document(_document(), console)
    out = console.export_text()
    assert "injured at least 20 — a field medic [medical] via Radio Dabanga (hedged)" in out
    # The evidence stays readable: the sentence's words run on one line, not a column of words.
    assert "A field medic said at least 20 people were wounded when the shells" in out


def test_render_wide_console_keeps_the_claims_table() -> None:
    console = Console(record=True, width=160, color_system=None)
    render_document(_document(), console)
    out = console.export_text()
    header = next(line for line in out.splitlines() if "figure" in line)
    for column in ("value", "source", "kind", "via", "hedged", "evidence"):
        assert column in header
    assert "at least 20" in out and "Radio Dabanga" in out


def test_render_incidents_table_never_cuts_a_date_on_a_narrow_console() -> None:
    from types import SimpleNamespace

    from claimledger.cli.render import incidents_table

    row = SimpleNamespace(
        id=12,
        date="2012-11-09",
        sub_event_type="Non-state actor overtakes territory",
        event_type="Battles",
        location="Al Fallujah",
        country="Iraq",
        n_documents=3,
        n_independent_documents=2,
    )
    killed = SimpleNamespace(figure="killed", low=1, high=25, contested=True)
    console = Console(record=True, width=60, color_system=None)
    console.print(incidents_table([SimpleNamespace(row=row, figures=[killed])]))
    out = console.export_text()
    assert "2012-11-09" in out and "1–25 !" in out and "3 (2)" in out
    assert "…" not in out  # words wrap whole, nothing is cut
    assert "sources disagree" in out


def test_render_names_the_group_a_count_is_of_but_not_plain_people() -> None:
    sentence = "An officer said at least 11 people died, four of them children."
    officer = Source("An officer", "official")
    toll = Claim(
        "killed", sentence, 11, None, "at_least", officer, False, Evidence(16, 39, "x", "d1")
    )
    toll = replace(toll, victims="people")
    group = replace(toll, low=4, high=4, qualifier="exact", victims="children")
    incident = Incident(
        "d1#1", "Violence against civilians", "Attack", None, None, claims=(toll, group)
    )
    console = Console(record=True, width=80, color_system=None)
    render_document(Document("d1", sentence, None, incidents=(incident,)), console)
    out = console.export_text()
    assert "killed at least 11 — An officer [official]" in out
    assert "killed 4 children — An officer [official]" in out
