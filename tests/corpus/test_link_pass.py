"""The second pass of an ingest run (corpus/link_pass.py): incidents left alone are read
again against the finished corpus, later reports included."""

from __future__ import annotations

from dataclasses import replace

from claimledger.corpus import link
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from tests.fixtures.corpus.handmade import DAYTON, link_of, shooting_document

# Invented people and streets. A funeral report weeks after a shooting names its day; in
# a backfill it can be read before the first report of the shooting itself.
TEXTS = {
    "first": "Shots on Marlowe Avenue. Officers found Tobias Renwick wounded near Quarry Park, "
    "and Lieutenant Adeyemi said two men were shot.",
    "funeral": "Relatives buried Tobias Renwick on Saturday. Pastor Ilse Marchetti spoke of the "
    "May 4 shooting on Marlowe Avenue, in which two men were shot.",
    "funeral-no-day": "Relatives buried Tobias Renwick on Saturday. Pastor Ilse Marchetti spoke "
    "of the shooting on Marlowe Avenue, in which two men were shot.",
}
DAYS = {"first": "2024-05-04", "funeral": "2024-06-12", "funeral-no-day": "2024-06-12"}


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    del options
    return [shooting_document(r, DAYS[r.id], DAYTON, "two men were shot", 2) for r in raws]


def _ingest(store: Store, *ids: str) -> None:
    raws = [RawDocument(id=i, text=TEXTS[i], published=DAYS[i]) for i in ids]
    ingest_documents(raws, store, Options(), analyzer=_analyzer)


def _cid(store: Store, external_id: str) -> int:
    return link_of(store, external_id)[0]


def test_link_pass_follow_up_read_first_joins_the_report_it_names(store: Store) -> None:
    # In publication order the first report would start the incident and the funeral join
    # it through "May 4"; read the other way round, the first report scores only the
    # incidents stored before it (the funeral's incident lies a month after its window),
    # so it starts its own, and the second pass reads the funeral again, now with the
    # report of the day it names stored.
    _ingest(store, "funeral", "first")
    funeral, first = _cid(store, "funeral"), _cid(store, "first")
    assert funeral == first
    assert store.corpus_incident_ids() == [funeral]
    (report,) = [i for i in store.incidents_of(funeral) if i.external_id == "funeral"]
    assert report.date == "2024-06-12"  # its own day: it joined through the day it names
    (merged,) = store.curation_of([funeral])
    assert merged.action == "merge" and not merged.manual
    assert merged.note is not None and merged.note.startswith("second pass")
    assert "follow-up naming 2024-05-04" in merged.note


def test_link_pass_off_leaves_the_follow_up_read_first_alone(store: Store) -> None:
    with link.using(replace(link.LinkSettings(), relink=False)):
        _ingest(store, "funeral", "first")
    assert _cid(store, "funeral") != _cid(store, "first")


def test_link_pass_follow_up_naming_no_day_stays_alone(store: Store) -> None:
    # The same funeral without the day it refers to: 39 days later, no name the two
    # reports share is decisive enough alone to reach the merge threshold.
    _ingest(store, "funeral-no-day", "first")
    assert _cid(store, "funeral-no-day") != _cid(store, "first")
