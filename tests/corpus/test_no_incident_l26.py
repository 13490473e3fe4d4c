"""A document in which no incident is read (helper L, twenty-sixth session).

A paywall or login page of one outlet shares that outlet's boilerplate with its
articles, enough to be their near-duplicate; it reports none of their events, so it
takes no corpus incident of theirs (``summary.document_incident``), and ingest lists
it (``IngestReport.without_incident``) instead of leaving it silently alone.
"""

from __future__ import annotations

from pathlib import Path

from claimledger.corpus.ingest import content_hash, ingest_documents
from claimledger.corpus.summary import document_incident
from claimledger.options import Options
from claimledger.records import RawDocument
from claimledger.store import Store
from tests.fixtures.corpus.handmade import handmade_analyzer

# Invented boilerplate of an invented outlet, long enough to dominate a short page.
_BOILER = (
    " Subscribe to the Orvale Ledger today for unlimited digital access to every local"
    " story, photo gallery and obituary our newsroom publishes. Already a member of the"
    " Orvale Ledger? Sign in with your account to keep reading. Questions about delivery"
    " or billing can be sent to our reader services desk at any hour of the day. Thank"
    " you for supporting independent local journalism in the Orvale valley and beyond."
)


def _ingest(store: Store, raws: list[RawDocument]) -> tuple[str, ...]:
    return ingest_documents(raws, store, Options(), analyzer=handmade_analyzer).without_incident


def _incident(store: Store, raw: RawDocument) -> int | None:
    doc_id = store.find_by_hash(content_hash(raw.text))
    assert doc_id is not None
    return document_incident(store, doc_id)


def test_a_page_without_an_incident_takes_no_incident_of_its_near_duplicate(
    tmp_path: Path,
) -> None:
    text = "Brask Road: 4 people were killed late on Friday." + _BOILER
    article = RawDocument(id="gen-1", text=text, title="Brask Road")
    page = RawDocument(
        id="ledger-login", text="Mayor opens new library" + _BOILER, title="Mayor opens new library"
    )
    with Store.open(tmp_path / "c.db") as store:
        without = _ingest(store, [article, page])
        page_id = store.find_by_hash(content_hash(page.text))
        assert page_id is not None
        # the page does near-duplicate the article (their shared boilerplate) ...
        assert store.get_document(page_id).duplicate_of is not None
        # ... but reads no incident, so it reports none
        assert _incident(store, article) is not None
        assert _incident(store, page) is None
        assert without == (
            "ledger-login: no incident read (68 word(s) besides the headline): "
            "in no corpus incident",
        )


def test_a_copy_that_reads_the_incident_still_joins_its_original(tmp_path: Path) -> None:
    text = "Brask Road: 4 people were killed late on Friday." + _BOILER
    first = RawDocument(id="gen-1", text=text)
    copy = RawDocument(id="gen-13", text=text.replace("beyond.", "beyond it."))
    with Store.open(tmp_path / "c.db") as store:
        assert _ingest(store, [first, copy]) == ()
        got = _incident(store, copy)
        assert got is not None and got == _incident(store, first)
