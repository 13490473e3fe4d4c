"""A page whose only words are its headline (a paywall, a login page), read as no
incident, attached to the incident whose reports' headlines agree with it
(``link_followup._by_title``), also when that incident's first report comes later in the
run (``ingest``'s second look). Helper L, thirty-fifth session. Our own invented reports."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from claimledger.corpus import link_followup
from claimledger.corpus.ingest import ingest_documents
from claimledger.corpus.summary import document_incident
from claimledger.options import Options
from claimledger.read import make_raw_document
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from tests.fixtures.corpus.handmade import DAYTON, TOLEDO, shooting_document
from tests.fixtures.corpus.handmade import link_of as _cid

PAYWALL = "Sorry, this zipcode is not in our deliverable area. Get digital access"

# id -> (incident day or None: no incident read, published, place, headline, body)
DOCS: dict[str, tuple[Any, ...]] = {
    "bar": (
        "2024-09-21",
        "2024-09-22",
        DAYTON,
        "Four shot at Marrowfield sports bar",
        "Four people were shot early Saturday at a sports bar in Marrowfield, Dayton "
        "police said. All four were taken to hospitals.",
    ),
    "elsewhere": (
        "2024-09-24",
        "2024-09-25",
        TOLEDO,
        "Man shot on Larchmere Road",
        "A man was shot Tuesday on Larchmere Road, Toledo police said.",
    ),
    # Five days on, a paywall: the headline alone names the bar's town.
    "surrender": (
        None,
        "2024-09-27",
        None,
        "Man sought in Marrowfield bar shootings turns self in",
        PAYWALL,
    ),
    # The same words shared, but none of them a name the report's text writes.
    "common": (
        None,
        "2024-09-27",
        None,
        "Four people at sports bar remembered",
        PAYWALL,
    ),
    # A headline agreeing with no report's: attached to nothing.
    "unrelated": (
        None,
        "2024-09-27",
        None,
        "City council delays vote on Marrowfield budget",
        PAYWALL,
    ),
    # A title-case headline: its words are capitalised in the headline only.
    "hunt": (
        "2024-11-20",
        "2024-11-21",
        TOLEDO,
        "Teen Killed in Hunting Accident",
        "A 15-year-old was shot and killed in a hunting accident on Wednesday, the sheriff said.",
    ),
    "hunt-page": (
        None,
        "2024-11-22",
        None,
        "Shooter in fatal hunting accident identified",
        PAYWALL,
    ),
    # Read before the report of its event (published the same day, earlier in the file).
    "first": (
        None,
        "2024-10-05",
        None,
        "Teen wounded in Quillborough park shooting",
        PAYWALL,
    ),
    "park": (
        "2024-10-05",
        "2024-10-05",
        DAYTON,
        "Police: teen wounded in Quillborough park shooting",
        "A 16-year-old was shot in a park in Quillborough on Saturday, Dayton police said.",
    ),
}


def _ingest(store: Store, *ids: str) -> None:
    def read(r: RawDocument) -> Document:
        day, _, place, _, _ = DOCS[r.id]
        if day is None:
            return Document(id=r.id, text=r.text, stated_date=r.published, title=r.title)
        return replace(shooting_document(r, day, place, "shot", 1), title=r.title)

    def analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
        del options
        return [read(r) for r in raws]

    raws = [
        make_raw_document(DOCS[i][4], doc_id=i, title=DOCS[i][3], published=DOCS[i][1]) for i in ids
    ]
    ingest_documents(raws, store, Options(), analyzer=analyzer)


def _doc(store: Store, external_id: str) -> int:
    for doc_id in range(1, 50):
        try:
            if store.get_document(doc_id).external_id == external_id:
                return doc_id
        except Exception:  # noqa: BLE001 - no such document
            break
    raise AssertionError(external_id)


def test_a_paywall_headline_naming_the_bars_town_is_attached(store: Store) -> None:
    _ingest(store, "bar", "elsewhere", "surrender")
    doc = _doc(store, "surrender")
    assert document_incident(store, doc) == _cid(store, "bar")[0]
    row = store.followup_of(doc)
    assert row is not None
    assert row.evidence.text == "Man sought in Marrowfield bar shootings turns self in"
    assert row.evidence.start == 0
    assert row.evidence.extractor == link_followup.EXTRACTOR
    assert row.score == link_followup.TITLE_ATTACH
    assert row.reason == "follow-up: the headline agrees (0.52; marrowfield)"


def test_headlines_sharing_no_name_or_no_report_attach_nothing(store: Store) -> None:
    _ingest(store, "bar", "elsewhere", "common", "unrelated")
    assert document_incident(store, _doc(store, "common")) is None
    assert document_incident(store, _doc(store, "unrelated")) is None


def test_words_capitalised_only_in_a_title_case_headline_are_no_names(store: Store) -> None:
    _ingest(store, "hunt", "hunt-page")
    assert document_incident(store, _doc(store, "hunt-page")) is None


def test_off_attaches_nothing(store: Store, monkeypatch: Any) -> None:
    monkeypatch.setattr(link_followup, "TITLE_SCORE", None)
    _ingest(store, "bar", "elsewhere", "surrender")
    assert document_incident(store, _doc(store, "surrender")) is None


def test_a_page_read_before_its_events_report_is_attached_after_the_run(store: Store) -> None:
    _ingest(store, "first", "park")
    assert document_incident(store, _doc(store, "first")) == _cid(store, "park")[0]
    row = store.followup_of(_doc(store, "first"))
    assert row is not None and row.reason.startswith("follow-up: the headline agrees")
