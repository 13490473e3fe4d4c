"""The same block of one street links two reports (``corpus/link_address.py``), helper L,
twentieth session."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_search, summary
from claimledger.corpus.ingest import content_hash, ingest_documents
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from tests.fixtures.corpus.handmade import DAYTON, shooting_document
from tests.fixtures.corpus.handmade import link_of as _cid

# A neighbourhood read as its namesake in another state (as the pipeline may read it).
ORCHARD = ("Orchard Hollow", "United States", "Oregon", 45.1, -122.9, -4000123, "US")

# Our own texts: (incident day, place as the pipeline read it, text).
DOCS: dict[str, tuple[str, tuple[Any, ...], str]] = {
    "scene": (
        "2024-05-04",
        DAYTON,
        "A man was shot Saturday night in the 2700 block of Wexcombe Avenue, police said. "
        "Officers found him near Tollan Market and took him to Brisbee General Hospital, "
        "where Lt. Joan Verhoef of the Eastgate Precinct met reporters.",
    ),
    "namesake": (
        "2024-05-05",
        ORCHARD,
        "ORCHARD HOLLOW - One person was shot near 2715 Wexcombe Ave. late Saturday; "
        "a neighbour, Corrado Pelt, told Kessel Valley Radio that the Halvorsen "
        "family and the Ambry Lodge guests heard four shots.",
    ),
    # Another street the same weekend in the same town: no address shared.
    "other": (
        "2024-05-05",
        ORCHARD,
        "ORCHARD HOLLOW - A teenager was shot in the 900 block of Pellow Road on Saturday.",
    ),
}


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    del options
    return [shooting_document(r, DOCS[r.id][0], DOCS[r.id][1], "was shot", 1) for r in raws]


def _ingest(store: Store, *ids: str) -> None:
    raws = [RawDocument(id=i, text=DOCS[i][2], published=DOCS[i][0]) for i in ids]
    ingest_documents(raws, store, Options(), analyzer=_analyzer)


def test_addresses_read_blocks_and_house_numbers_alike() -> None:
    from claimledger.corpus.link_address import addresses

    assert addresses("shot in the 2700 block of North Wexcombe Avenue on") == {
        "2700 n wexcombe ave"
    }
    assert addresses("a house at 2715 N. Wexcombe Ave. was hit") == {"2700 n wexcombe ave"}
    assert addresses("the 600 block of East 140th Place") == {"600 e 140th pl"}


def test_road_names_and_common_streets_are_no_address() -> None:
    from claimledger.corpus.link_address import addresses

    assert addresses("a gas station on 9 Mile Road near Kelbourne") == frozenset()
    assert addresses("in the 100 block of Main Street") == frozenset()
    assert addresses("at 412 Oak Street") == frozenset()


def test_the_same_block_links_reports_whose_places_disagree(store: Store) -> None:
    _ingest(store, "scene", "namesake", "other")
    cid, reason = _cid(store, "namesake")
    assert cid == _cid(store, "scene")[0]
    assert "the same block of 2700 wexcombe ave" in reason
    assert _cid(store, "other")[0] != cid


def test_without_the_address_rule_the_places_keep_them_apart(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_search, "ADDRESSES", False)
    _ingest(store, "scene", "namesake")
    assert _cid(store, "namesake")[0] != _cid(store, "scene")[0]


def test_corners_are_addresses_when_one_name_is_a_street() -> None:
    from claimledger.corpus.link_address import addresses

    assert addresses("shot near 61st and Varnell on Monday") == {"61st & varnell"}
    assert addresses("at Quillen Avenue and Dace Street") == {"dace & quillen"}
    # Two names that need not be streets, or two common streets, are no corner.
    assert addresses("the families of Corrado and Pelt said") == frozenset()
    assert addresses("at Main Street and Oak Avenue") == frozenset()


def test_linking_reads_the_stored_addresses_not_the_candidates_texts(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Helper L, 21st session: addresses are read once, at ingest (Store.add_addresses).
    _ingest(store, "scene")
    scene = store.find_by_hash(content_hash(DOCS["scene"][2]))
    read: list[int] = []
    text_of = store.document_text

    def counted(document_id: int) -> str:
        read.append(document_id)
        return text_of(document_id)

    monkeypatch.setattr(store, "document_text", counted)
    monkeypatch.setattr(summary, "refresh", lambda *args: None)  # the grade reads texts
    _ingest(store, "namesake")
    assert _cid(store, "namesake")[0] == _cid(store, "scene")[0]
    assert read and scene not in read  # only the new document's own text is read
