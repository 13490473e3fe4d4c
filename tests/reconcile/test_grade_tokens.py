"""The contested detector reads plain records of the parse, never spaCy objects.

``attribute/parsed.py`` turns the pipeline's parse into ``ParsedSentence`` records;
``reconcile/grade_tokens.Tok`` walks them as the detector walked spaCy's tokens. These
tests hold the walk to spaCy's own on sentences of ours, and keep spaCy out of
``reconcile/`` (``docs/architecture.md``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import claimledger
from claimledger.attribute import parsed as parsed_module
from claimledger.attribute.parsed import parse_sentences, sentence_records
from claimledger.nlp import load_nlp
from claimledger.reconcile.grade_tokens import tokens_of

RECONCILE = Path(claimledger.__file__).parent / "reconcile"

_TEXT = (
    "The Liberation Front blamed government artillery and the army's drones for the blast "
    "in Veld, while a spokesman for the Skarn Brigades, quoted by the Marro Post, denied "
    "that its fighters had fired. According to residents of Osk, the shell came from "
    "army positions on the hills and the rebel-held ridge.\n"
    "Neither the army nor the rebels, nor the coalition, accepted responsibility."
)


def test_no_reconcile_module_imports_spacy() -> None:
    for path in sorted(RECONCILE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not [n for n in names if n.split(".")[0] == "spacy"], path.name


@pytest.mark.integration
def test_the_records_walk_as_spacy_tokens_do() -> None:
    doc = load_nlp()(_TEXT)
    records = sentence_records(doc, lambda s: True)
    assert len(records) == len(list(doc.sents)) >= 3
    for sent, record in zip(doc.sents, records, strict=True):
        assert (record.start, record.end, record.text) == (
            sent.start_char,
            sent.end_char,
            _TEXT[sent.start_char : sent.end_char],
        )
        base = sent.start
        for tok, mine in zip(sent, tokens_of(record), strict=True):
            assert (mine.text, mine.lemma_, mine.pos_, mine.dep_) == (
                tok.text, tok.lemma_, tok.pos_, tok.dep_,
            )  # fmt: skip
            assert mine.head.i == tok.head.i - base
            assert [c.i for c in mine.children] == [c.i - base for c in tok.children]
            assert [t.i for t in mine.subtree] == [t.i - base for t in tok.subtree]
            assert [t.i for t in mine.conjuncts] == [t.i - base for t in tok.conjuncts]
            assert len(mine.sent) == len(sent)


@pytest.mark.integration
def test_a_sentence_parsed_alone_is_kept_per_model(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "The army denied that its jets had struck the market in Veld."
    first = parse_sentences([sentence])
    assert first and all(r.text == sentence and r.start == -1 for r in first)

    def no_parse(name: str) -> None:
        raise AssertionError(f"parsed again with {name}")

    monkeypatch.setattr(parsed_module, "load_nlp", no_parse)
    assert parse_sentences([sentence]) == first  # kept: no second parse
    with pytest.raises(AssertionError, match="parsed again with other_model"):
        parse_sentences([sentence], "other_model")  # another model is never served this one's


@pytest.mark.integration
def test_a_document_is_graded_from_its_own_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parse(name: str) -> None:
        raise AssertionError("the document's sentences were parsed a second time")

    monkeypatch.setattr(parsed_module, "load_nlp", no_parse)
    text = (
        "A shell killed 4 people at the market in Veld on Monday, the Veld Post and Marro "
        "Radio reported. The Liberation Front blamed government artillery for the shell. "
        "A spokesman for the army denied that its guns had fired on the town."
    )
    doc = claimledger.analyze(text, published="2024-03-12")
    grade, reasons = doc.incidents[0].grade, doc.incidents[0].grade_reasons
    assert grade == "contested" and "denies [denied]" in reasons[0], reasons
