"""The incident page draws the toll's revisions and each source's latest figure (Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from claimledger.serve import create_app
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
    path = tmp_path_factory.mktemp("toll-page") / "corpus.db"
    store = build_store(path)
    kirkuk = corpus_incident_of(store, "kirkuk-wire-1")
    store.close()
    assert kirkuk is not None
    with running(create_app(path)) as base, browser() as b:
        yield base, b, kirkuk


def test_browser_toll_revisions_and_latest_figures(site: tuple[str, Any, int]) -> None:
    base, b, kirkuk = site
    page = watched_page(b)
    page.goto(f"{base}/incident?id={kirkuk}")
    page.wait_for_selector("body[data-ready=true]")
    box = page.locator("#toll-revisions")
    text = box.inner_text()
    assert "2024-03-11: 17 raised from 12 — Iraqi health ministry (same source)" in text
    latest = " | ".join(box.locator("ul.latest").all_inner_texts())
    assert "Iraqi health ministry: 17" in latest and "a doctor at Azadi hospital: 14" in latest
    assert "No revision." in text  # the injured figure was never revised
    assert page.errors == []
