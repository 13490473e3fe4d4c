"""Long documents are analysed section by section; every offset still refers to the whole text.

The long text is made by ``bench/task_long.py`` from hand-written paragraphs.
"""

from __future__ import annotations

import pytest

import claimledger.pipeline as pipeline
from claimledger.bench.task_long import long_text
from claimledger.records import Claim, Document, Evidence, Segment, Source
from tests.claims_helpers import Row, claim_rows, sorted_rows


def _claims(doc: Document) -> list[Row]:
    fields = ("figure", "low", "start", "end", "text", "name")
    return sorted_rows(claim_rows(doc, fields, figures_only=False))


def test_long_document_in_sections_gives_the_offsets_of_each_section_read_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = long_text(3200)
    monkeypatch.setattr(pipeline, "LONG_CHARS", 2000)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 1100)
    sections = pipeline.text_pieces(text, 1100, words=False)
    assert len(sections) >= 3 and "".join(sections) == text
    assert all(s.endswith("\n\n") for s in sections[:-1])
    doc = pipeline.analyze(text, "2024-03-09", doc_id="long")
    assert doc.text == text
    expected = []
    offset = 0
    for section in sections:
        alone = pipeline.analyze(section, "2024-03-09", doc_id="long")
        expected += [(f, lo, s + offset, e + offset, t, n) for f, lo, s, e, t, n in _claims(alone)]
        offset += len(section)
    got = _claims(doc)
    assert got == sorted_rows(expected)
    assert len(got) >= 20
    # The last section's figures sit past the first section, at whole-text offsets.
    assert max(s for _, _, s, _, _, _ in got) > len(sections[0]) + len(sections[1])
    for _, _, start, end, ev_text, _ in got:
        assert text[start:end] == ev_text
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(text)
    ids = [i.id for i in doc.incidents]
    assert ids == [f"long#{k}" for k in range(1, len(ids) + 1)]
    for inc in doc.incidents:
        if inc.evidence is not None:
            assert text[inc.evidence.start : inc.evidence.end] == inc.evidence.text


def test_long_document_killed_count_of_a_late_paragraph_is_found_at_its_offset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline, "LONG_CHARS", 1200)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 700)
    head = long_text(1500)
    tail = "\n\nA mortar shell hit a school in Zummar, killing 41 pupils, the mayor said."
    doc = pipeline.analyze(head + tail, "2024-03-09", doc_id="late")
    (claim,) = [c for i in doc.incidents for c in i.claims if c.low == 41]
    assert claim.figure == "killed"
    assert claim.evidence.start == len(head) + tail.index("killing 41 pupils")
    assert claim.source.name.lower() == "the mayor"


def test_shift_offsets_moves_evidence_and_segments_and_keeps_shared_objects() -> None:
    ev = Evidence(3, 9, "killed", "d", "x", 0.5)
    src = Source(name="army", kind="military", evidence=Evidence(0, 4, "army", "d"))
    claim = Claim("killed", "s", 5, 5, "exact", src, False, ev)
    seg = Segment(3, 20, "reporting")
    moved = pipeline.shift_offsets([(claim, seg, ev)], 100)
    (c2, s2, e2) = moved[0]
    assert (c2.evidence.start, c2.evidence.end, c2.evidence.text) == (103, 109, "killed")
    assert c2.source.evidence is not None and c2.source.evidence.start == 100
    assert (c2.low, c2.high) == (5, 5)
    assert (s2.start, s2.end, s2.kind) == (103, 120, "reporting")
    assert e2 is c2.evidence
    assert pipeline.shift_offsets([claim], 0)[0] is claim
