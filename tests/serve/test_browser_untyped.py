"""An incident of no event type (a collapse the reports tie to no armed attack) is named
"no conflict type" on the list and its page, not "?" (Chromium). The store is the
hand-made corpus plus a rescue service's report of our own (tests/export/test_untyped.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import RawDocument
from claimledger.serve import create_app
from tests.export.test_untyped import COLLAPSE, _collapse
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of
from tests.serve.live import CHROMIUM, browser, running, watched_page

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install -y chromium"
    ),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any, int]]:
    path: Path = tmp_path_factory.mktemp("untyped-page") / "corpus.db"
    store = build_store(path)
    raw = RawDocument(id="dorvansk-collapse", text=COLLAPSE, published="2024-06-05")
    ingest_documents([raw], store, Options(), analyzer=_collapse)
    collapse = corpus_incident_of(store, "dorvansk-collapse")
    store.close()
    assert collapse is not None
    with running(create_app(path)) as base, browser() as b:
        yield base, b, collapse


def test_browser_names_an_incident_of_no_event_type(site: tuple[str, Any, int]) -> None:
    base, b, collapse = site
    page = watched_page(b)
    page.goto(base + "/")
    page.wait_for_selector("body[data-map-ready=true]")
    rows = [r.inner_text() for r in page.locator("#results tbody tr").all()]
    (row,) = [r for r in rows if "Dorvansk" in r]
    assert row.startswith("2024-06-04") and "no conflict type" in row and "?" not in row
    page.goto(f"{base}/incident?id={collapse}")
    page.wait_for_selector("body[data-ready=true]")
    title = page.locator("#incident-title").inner_text()
    assert title.startswith("no conflict type — Dorvansk")
    assert " · no conflict type · " in page.locator("main").inner_text()
    assert page.errors == []
