"""A corpus incident's grade parses its stored texts with the ingest's model, never another."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

import pytest

from claimledger.corpus import independence
from claimledger.corpus import summary as corpus
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import DEFAULT_MODEL, Options
from claimledger.pipeline import analyze_documents
from claimledger.read import make_raw_document
from claimledger.records import Document, ParsedSentence, RawDocument
from claimledger.store import Store

pytestmark = pytest.mark.integration

_TEXTS = (
    "A shell killed 4 people at the market in Veld on Monday, the Veld Post reported. "
    "The Liberation Front blamed government artillery for the shell.",
    "Four people were killed when a shell hit the market in Veld on Monday, Marro Radio "
    "said. A spokesman for the army denied that its guns had fired on the town.",
)


def test_the_grade_parses_with_the_ingests_model(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    models: list[str] = []
    parse = independence.parse_sentences

    def recorded(sentences: Sequence[str], model: str = DEFAULT_MODEL) -> list[ParsedSentence]:
        models.append(model)
        return parse(sentences)  # the installed pipeline stands in for "mine"

    def analyzer(raws: Iterable[RawDocument], options: Options) -> list[Document]:
        return list(analyze_documents(raws, replace(options, model=DEFAULT_MODEL)))

    monkeypatch.setattr(independence, "parse_sentences", recorded)
    raws = [
        make_raw_document(t, doc_id=f"v{k}", published="2024-03-12") for k, t in enumerate(_TEXTS)
    ]
    ingest_documents(raws, store, Options(model="mine"), analyzer=analyzer)
    assert models and set(models) == {"mine"}
    (row,) = corpus.list_incidents(store)
    shown = corpus.get_incident(store, row.row.id)
    assert shown is not None and shown.grade == "contested"
    assert "denies" in shown.grade_reasons[0]
    assert "the Veld Post" in {s.name for s in shown.sources}
    # `show` reads the stored grade: no parse, no model of its own
    assert set(models) == {"mine"}
