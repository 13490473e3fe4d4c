"""Hostile documents: script in every field, every view loaded in Chromium, nothing runs.

The documents of ``tests/serve/stores.py`` carry ``<script>``, ``onerror=``
attributes, ``javascript:`` URLs and SVG payloads in their text, title, id,
source, URL, claims, places, actors and warnings. Each view is loaded; the
test checks that no payload ran (``window.__pwned`` unset, no dialog), that
the browser reported no blocked inline script (so escaping, not only the CSP,
kept them inert), that no link points to ``javascript:``, and that the
payloads are shown as text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from claimledger.serve import create_app
from tests.serve.live import ARTIFACTS, CHROMIUM, browser, running
from tests.serve.stores import PAYLOADS, build_hostile_store

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install -y chromium"
    ),
]

# Records CSP violations (a blocked inline script means escaping failed somewhere).
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any, Any]]:
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    store = build_hostile_store(path)
    ids = {"incidents": store.corpus_incident_ids(), "documents": store.document_ids()}
    store.close()
    with running(create_app(path)) as base, browser() as b:
        yield base, b, ids


def _views(ids: dict[str, list[int]]) -> list[tuple[str, str]]:
    views = [("/", "map-ready"), ("/?q=%3Cscript%3E", "map-ready")]
    views += [("/?type=" + PAYLOADS[1].replace(" ", "%20"), "map-ready")]
    views += [(f"/incident?id={i}", "ready") for i in ids["incidents"]]
    views += [(f"/document?id={d}&claim=1", "ready") for d in ids["documents"]]
    views += [("/incident?id=%3Cscript%3Ealert(1)%3C/script%3E", "ready")]
    return views


def _check(page: Any, dialogs: list[str], url: str) -> str:
    assert page.evaluate("window.__pwned") is None, url
    assert dialogs == [], url
    assert page.evaluate("window.__violations") == [], url
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:"))], url
    assert page.locator("script:not([src])").count() == 0, url
    assert page.locator("main iframe, main img, main svg script, [onerror], [onload]").count() == 0
    return str(page.locator("body").inner_text())


def test_hostile_documents_never_run_script(site: tuple[str, Any, Any]) -> None:
    base, b, ids = site
    page = b.new_page(viewport={"width": 1366, "height": 900})
    page.add_init_script(WATCH)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    shown = ""
    for path, ready in _views(ids):
        page.goto(base + path)
        page.wait_for_selector(f"body[data-{ready}=true]")
        shown += _check(page, dialogs, path)
        if ready == "map-ready" and page.locator("#map path.leaflet-interactive").count():
            page.hover("#map path.leaflet-interactive")  # the tooltip is built from data too
            page.wait_for_selector(".leaflet-tooltip")
            shown += _check(page, dialogs, path + " (tooltip)")
    for payload in PAYLOADS:  # every payload is visible, as text
        assert payload in shown, payload
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.goto(base + f"/incident?id={ids['incidents'][0]}")
    page.wait_for_selector("body[data-ready=true]")
    page.screenshot(path=str(ARTIFACTS / "hostile-incident.png"), full_page=True)


def test_hostile_url_is_never_a_link(site: tuple[str, Any, Any]) -> None:
    base, b, ids = site
    page = b.new_page()
    page.goto(base + f"/document?id={ids['documents'][2]}")
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("a", has_text="original").count() == 0
    assert PAYLOADS[2] in page.locator("h2").first.inner_text()
    assert f"Outlet {PAYLOADS[2]}" in page.locator("main").inner_text()  # the source, as text
