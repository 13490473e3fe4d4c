"""The page in headless Chromium: key views, screenshots, keyboard, phone width.

Needs Debian's chromium (``apt-get install -y chromium``) and the Playwright
package; skipped with a message when /usr/bin/chromium is absent. Screenshots
go to ``test-artifacts/screenshots`` (or ``$CLAIMLEDGER_TEST_ARTIFACTS``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from claimledger.serve import create_app
from tests.fixtures.corpus.handmade import build_store
from tests.serve.live import ARTIFACTS, CHROMIUM, browser, running, watched_page

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install -y chromium"
    ),
]
SHOTS = ARTIFACTS / "screenshots"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    path = tmp_path_factory.mktemp("browser") / "corpus.db"
    build_store(path).close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with running(create_app(path)) as base, browser() as b:
        yield base, b


def _page(b: Any, width: int = 1366, height: int = 900) -> Any:
    return watched_page(b, console=True, viewport={"width": width, "height": height})


def test_browser_list_map_and_timeline(site: tuple[str, Any]) -> None:
    base, b = site
    page = _page(b)
    page.goto(base + "/")
    page.wait_for_selector("body[data-map-ready=true]")
    rows = page.locator("#results tbody tr")
    assert rows.count() == 4
    assert rows.nth(0).locator("td").nth(2).inner_text() == "Kirkuk, Iraq"
    assert "14 (10–17) !" in rows.nth(0).inner_text()
    assert page.locator("#count").inner_text() == "4 incidents match."
    markers = page.locator("#map path.leaflet-interactive")
    assert markers.count() == 4  # one circle per located incident; the outline is not interactive
    assert page.locator("#map path:not(.leaflet-interactive)").count() > 100  # country outlines
    assert page.locator("#timeline rect").count() == 2  # March and April 2024
    page.screenshot(path=str(SHOTS / "list.png"), full_page=True)
    page.locator("#map").screenshot(path=str(SHOTS / "map.png"))
    assert page.errors == []


def test_browser_filter_form_narrows_the_list(site: tuple[str, Any]) -> None:
    base, b = site
    page = _page(b)
    page.goto(base + "/")
    page.fill("input[name=type]", "Battles")
    page.press("input[name=type]", "Enter")
    page.wait_for_selector("body[data-map-ready=true]")
    assert page.locator("#count").inner_text() == "2 incidents match."
    assert page.locator("#map path.leaflet-interactive").count() == 2
    assert "type=Battles" in page.url


def test_browser_incident_page_and_claim_link(site: tuple[str, Any]) -> None:
    base, b = site
    page = _page(b)
    page.goto(base + "/incident?id=1")
    page.wait_for_selector("body[data-ready=true]")
    killed = page.locator(".estimate").filter(has_text="killed")
    assert "low 10 · best 14 · high 17" in killed.inner_text()
    assert "sources disagree" in killed.inner_text()
    table = page.locator("h3:has-text('killed') + .table-wrap table")
    sources = table.locator("tbody th").all_inner_texts()
    assert any(s.startswith("a doctor at Azadi hospital") for s in sources)
    assert page.locator(".chart circle").count() >= 4
    page.screenshot(path=str(SHOTS / "incident.png"), full_page=True)
    link = table.locator("a", has_text="14 bodies")
    link.focus()
    page.keyboard.press("Enter")  # keyboard: follow the evidence link
    page.wait_for_selector("body[data-ready=true]")
    target = page.locator("mark.target")
    assert target.inner_text() == "14 bodies"
    assert page.evaluate("document.activeElement.textContent") == "14 bodies"
    page.screenshot(path=str(SHOTS / "document.png"), full_page=True)
    assert page.errors == []


def test_browser_phone_width_has_no_horizontal_scroll(site: tuple[str, Any]) -> None:
    base, b = site
    page = _page(b, 390, 844)
    for path, ready in (
        ("/", "map-ready"),
        ("/incident?id=1", "ready"),
        ("/document?id=2", "ready"),
    ):
        page.goto(base + path)
        page.wait_for_selector(f"body[data-{ready}=true]")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
    page.goto(base + "/incident?id=1")
    page.wait_for_selector("body[data-ready=true]")
    page.screenshot(path=str(SHOTS / "incident-phone.png"), full_page=True)


def test_browser_missing_incident_shows_the_error(site: tuple[str, Any]) -> None:
    base, b = site
    page = _page(b)
    page.goto(base + "/incident?id=999")
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("[role=alert]").inner_text() == "Error: no incident 999"


def test_browser_screenshots_exist() -> None:
    # Runs after the tests above (file order): the views were captured.
    if not CHROMIUM.exists():
        pytest.skip("needs chromium")
    for name in ("list", "map", "incident", "document"):
        assert (SHOTS / f"{name}.png").stat().st_size > 5000, name
