"""The town a neighbourhood lies in is written after its name on the list and the incident
page ("Englewood, Chicago, Illinois, United States"; Chromium). The store is the hand-made
corpus plus a shooting report of our own (tests/store/test_location_city.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import RawDocument
from claimledger.resources.gazetteer.uszips import zipcodes_version
from claimledger.serve import create_app
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of
from tests.serve.live import CHROMIUM, browser, running, watched_page
from tests.store.test_location_city import TEXT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install -y chromium"
    ),
    pytest.mark.skipif(zipcodes_version() is None, reason="zipcodes not installed"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any, int]]:
    path: Path = tmp_path_factory.mktemp("city-page") / "corpus.db"
    store = build_store(path)
    raw = RawDocument(id="englewood-1", text=TEXT, published="2026-06-08")
    ingest_documents([raw], store, Options())
    found = corpus_incident_of(store, "englewood-1")
    store.close()
    assert found is not None
    with running(create_app(path)) as base, browser() as b:
        yield base, b, found


def test_browser_writes_the_city_of_a_neighbourhood(site: tuple[str, Any, int]) -> None:
    base, b, found = site
    page = watched_page(b)
    page.goto(base + "/")
    page.wait_for_selector("body[data-map-ready=true]")
    rows = [r.inner_text() for r in page.locator("#results tbody tr").all()]
    (row,) = [r for r in rows if "Englewood" in r]
    assert "Englewood, Chicago, Illinois" in row
    page.goto(f"{base}/incident?id={found}")
    page.wait_for_selector("body[data-ready=true]")
    assert "Englewood, Chicago, Illinois, United States" in page.locator("main").inner_text()
    assert page.errors == []
