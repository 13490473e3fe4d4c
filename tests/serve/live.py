"""A live server on loopback for browser tests and the load test.

``running(app)`` starts uvicorn in a thread on a free 127.0.0.1 port and
stops it on exit; ``browser()`` launches Debian's chromium through Playwright
(never a downloaded browser).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("CLAIMLEDGER_TEST_ARTIFACTS", ROOT / "test-artifacts"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 in a thread; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def browser() -> Iterator[Any]:
    """Debian's chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def watched_page(b: Any, *, console: bool = False, **options: Any) -> Any:
    """A new page of browser ``b`` whose script errors collect in ``page.errors`` (and the
    console's errors too with ``console``); ``options`` go to ``new_page`` (a viewport)."""
    page = b.new_page(**options)
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    if console:
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    return page
