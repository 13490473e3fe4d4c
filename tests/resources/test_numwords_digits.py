"""Digits int() refuses (found by tests/test_hardening_properties.py)."""

from __future__ import annotations

from claimledger.options import Options
from claimledger.pipeline import analyze_each
from claimledger.records import Document, RawDocument
from claimledger.resources.numwords import count_word_value


def test_superscript_digit_is_no_count() -> None:
    assert count_word_value("²") is None  # str.isdigit() is true, int() raises
    assert count_word_value("41") == 41
    assert count_word_value("three") == 3


def test_pipeline_reads_a_superscript_after_a_count() -> None:
    raw = RawDocument(id="p", text="KILLED 0000000000000041H:0000²0As")
    ((_, doc),) = list(analyze_each([raw], Options()))
    assert isinstance(doc, Document), repr(doc)
