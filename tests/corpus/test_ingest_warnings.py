"""Issue 12: a warning made while a document was written is reported only if it was stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import claimledger.corpus.link as link_module
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import RawDocument
from claimledger.store import Store
from tests.fixtures.corpus.handmade import handmade_analyzer


def test_external_id_warning_of_a_rolled_back_document_is_not_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [RawDocument(id="same", text="Two people died in the first report.")]
    second = [
        RawDocument(id="same", text="Five people died in another report."),  # fails: rolled back
        RawDocument(id="same", text="Nine people died in a third report."),  # stored, warned
    ]
    real = link_module.link_document

    def link_fails_on_five(store: Any, doc_id: int, *args: Any, **kwargs: Any) -> Any:
        if "Five people" in store.document_text(doc_id):
            raise RuntimeError("linking failed")
        return real(store, doc_id, *args, **kwargs)

    with Store.open(tmp_path / "c.db") as store:
        ingest_documents(first, store, Options(), analyzer=handmade_analyzer)
        monkeypatch.setattr(link_module, "link_document", link_fails_on_five)
        report = ingest_documents(second, store, Options(), analyzer=handmade_analyzer)
        assert (report.stored, report.errors) == (1, 1)
        assert "RuntimeError: linking failed" in report.problems[0]
        # the failed document's savepoint rolled back: its id 2 was never stored, and
        # the warning names only the document that was (id 2 again: SQLite reuses it)
        assert report.warnings == (
            "same: this id already names stored document 1 (another text); "
            "stored as document 2 under the same id",
        )
        assert store.total_documents() == 2
        assert "Nine people" in store.document_text(2)
