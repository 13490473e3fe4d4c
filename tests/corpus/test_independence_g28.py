"""A corpus incident's independent sources follow the document level's toll rule (helper G,
twenty-eighth session): a source that says nothing of the harm is none, and a document's own
reporting counts only when it gives no attributed source. Invented texts, through ingest."""

from __future__ import annotations

from pathlib import Path

from claimledger.corpus import summary as corpus
from claimledger.corpus.independence import independent_sources
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.read import make_raw_document
from claimledger.records import Evidence
from claimledger.store import Store, StoredClaim

_HEAD = (
    "Shell hits ferry at Dunmore quay\n\n"
    "DUNMORE, Veltria, May 3, 2025 — A shell struck a passenger ferry at the Dunmore quay on "
    "Saturday morning, setting its upper deck on fire.\n\n"
    "The Veltrian Health Ministry said five people were killed and 12 wounded. A nurse at "
    "Dunmore Central Clinic said seven people had died and that others were in surgery.\n\n"
    "The quay, about 40 km east of Ostra, is used every day by hundreds of traders. "
)
BESIDE = _HEAD + (
    "Harbour councillors said the evening crossings had been reduced since the winter "
    "because of fuel costs.\n"
)
ABOUT = _HEAD + "Harbour councillors said the shell had set the upper deck of the ferry alight.\n"


def _stored(tmp_path: Path, text: str) -> tuple[Store, int]:
    store = Store.open(tmp_path / "c.db")
    raw = make_raw_document(text, doc_id="ferry-1", published="2025-05-03")
    ingest_documents([raw], store, Options())
    (cid,) = store.corpus_incident_ids()
    return store, int(cid)


def test_a_source_beside_the_toll_is_no_source_of_the_corpus_incident(tmp_path: Path) -> None:
    store, cid = _stored(tmp_path, BESIDE)
    row = store.corpus_grade(cid)
    assert row is not None
    names = [s.name for s in row.sources]
    # not "Harbour councillors" (the crossings), not the document itself (the quay's traders)
    assert names == ["The Veltrian Health Ministry", "A nurse at Dunmore Central Clinic"]
    assert "2 independent sources" in row.reasons[0]
    inc = corpus.get_incident(store, cid)
    assert inc is not None and inc.grade_reasons == row.reasons
    # what `show` and the API list under that grade: the same origins (not the councillors)
    assert [s.name for s in inc.sources] == names
    # a reader of the store lists the origins the stored grade kept
    claims = store.claims_of(cid)
    kept = {s.key for s in row.sources}
    listed = independent_sources(claims, {}, kept=kept)
    assert [s.name for s in listed] == names
    store.close()


def test_a_source_that_speaks_of_the_attack_stays(tmp_path: Path) -> None:
    store, cid = _stored(tmp_path, ABOUT)
    row = store.corpus_grade(cid)
    assert row is not None
    assert "Harbour councillors" in [s.name for s in row.sources]
    assert "3 independent sources" in row.reasons[0]
    store.close()


def _claim(cid: int, value: int | None, source: str, kind: str, doc: int) -> StoredClaim:
    return StoredClaim(
        id=cid,
        incident_id=doc,
        corpus_incident_id=1,
        document_id=doc,
        canonical_document_id=doc,
        external_id=f"d{doc}",
        document_date="2025-05-03",
        figure="killed" if value is not None else None,
        statement=f"{value} people were killed",
        low=value,
        high=value,
        qualifier="exact" if value is not None else None,
        source_name=source,
        source_kind=kind,
        source_via=None,
        hedged=False,
        victims=None,
        civilian=False,
        evidence=Evidence(0, 1, "x", f"d{doc}"),
    )


def test_a_documents_narration_counts_only_without_an_attributed_source() -> None:
    claims = [
        _claim(1, 5, "The Veltrian Health Ministry", "official", doc=1),
        _claim(2, None, "author", "author", doc=1),  # its narration beside the ministry
        _claim(3, None, "author", "author", doc=2),  # the only reporting of document 2
    ]
    outlets = {1: "Ostra Daily", 2: "Quay Radio"}
    names = [s.name for s in independent_sources(claims, outlets)]
    assert names == ["Quay Radio", "The Veltrian Health Ministry"]
    # a claim beside the toll is no one's: document 1 then reports alone
    rows = independent_sources(claims, outlets, beside={1})
    assert sorted(s.name for s in rows) == ["Ostra Daily", "Quay Radio"]
    # the outlet's own figure still counts beside its source (unlike in one document)
    figure = [*claims[:1], _claim(4, 9, "author", "author", doc=1)]
    assert len(independent_sources(figure, outlets)) == 2
