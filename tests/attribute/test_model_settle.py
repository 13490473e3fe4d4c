"""How the learned model settles the statements it adds (``model.settle_adds``), on
records built here: best score first, a statement inside an added one's content left
out, a source mention read with other bounds given the bounds already named."""

from __future__ import annotations

from claimledger.attribute.model import settle_adds
from claimledger.records import Attribution, Evidence, Source

TEXT = "Mayor Ines Duarte, the harbour's chief, said the ferry would sail and she hoped so."


def _ev(part: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(part, start + 1)
    return Evidence(start, start + len(part), part, "d")


def _att(source: str, cue: str, content: str) -> Attribution:
    return Attribution(
        source=Source(source, "official", evidence=_ev(source)),
        cue=_ev(cue),
        content=_ev(content),
    )


def test_settle_leaves_out_a_statement_inside_the_content_of_a_better_one() -> None:
    said = _att("Mayor Ines Duarte", "said", "the ferry would sail and she hoped so")
    hoped = _att("she", "hoped", "so")
    assert settle_adds([], [(0.4, [hoped]), (0.9, [said])]) == [said]
    # Scored the other way round, the inner statement comes first and both stay.
    assert settle_adds([], [(0.9, [hoped]), (0.4, [said])]) == [hoped, said]


def test_settle_gives_a_source_read_with_other_bounds_the_bounds_already_named() -> None:
    kept = _att("Mayor Ines Duarte", "said", "the ferry would sail")
    longer = _att("Mayor Ines Duarte, the harbour's chief,", "hoped", "so")
    (out,) = settle_adds([kept], [(0.8, [longer])])[1:]
    assert out.source.evidence == kept.source.evidence
    assert out.cue == longer.cue and out.content == longer.content
    # A source of its own ("she") keeps its span.
    own = _att("she", "hoped", "so")
    assert settle_adds([kept], [(0.8, [own])]) == [kept, own]
