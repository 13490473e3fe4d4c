"""The incident page lists a follow-up (a document reading no incident, attached to the
incident it follows up) with what tied it; an incident without one shows no such list
(Chromium). Our own invented reports (tests/store/test_followups_listed.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from claimledger.serve import create_app
from claimledger.store import Store
from tests.fixtures.corpus.handmade import link_of
from tests.serve.live import CHROMIUM, browser, running, watched_page
from tests.store.test_followups_listed import _ingest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install -y chromium"
    ),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any, int, int]]:
    path = tmp_path_factory.mktemp("followups-page") / "corpus.db"
    with Store.open(path) as store:
        _ingest(store, "orrin", "wren", "charge")
        orrin, wren = link_of(store, "orrin")[0], link_of(store, "wren")[0]
    with running(create_app(path)) as base, browser() as b:
        yield base, b, orrin, wren


def test_browser_lists_the_follow_up_and_links_its_document(
    site: tuple[str, Any, int, int],
) -> None:
    base, b, orrin, wren = site
    page = watched_page(b)
    page.goto(f"{base}/incident?id={orrin}")
    page.wait_for_selector("body[data-ready=true]")
    section = page.locator("#followups")
    assert section.locator("h2").inner_text() == "Follow-ups (no incident read of their own)"
    (item,) = section.locator("li").all()
    text = item.inner_text()
    href = item.locator("a").get_attribute("href", timeout=2000)
    assert "charge · unknown source · 2025-05-30" in text
    assert "attached: follow-up: names tobias orrinfeld (score" in text
    assert "“Tobias Orrinfeld”" in text
    assert href is not None and href.startswith("/document?id=")
    page.goto(f"{base}/incident?id={wren}")
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("#followups li").count() == 0
    assert page.locator("#followups h2").count() == 0
    body = page.locator("main").inner_text()
    assert "null" not in body, body[max(0, body.find("null") - 200) : body.find("null") + 50]
    # the follow-up's own page links back to the incident it follows up
    page.goto(base + href)
    page.wait_for_selector("body[data-ready=true]")
    line = page.locator("#followup-of")
    assert line.inner_text().startswith(f"Follow-up of incident {orrin} (no incident read")
    assert line.locator("a").get_attribute("href") == f"/incident?id={orrin}"
    assert page.errors == []
