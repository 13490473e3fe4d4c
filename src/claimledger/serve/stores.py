"""One store connection per worker thread (SQLite connections stay in their thread).

Input: the store path. Output: an open ``Store`` for the calling thread. The
server runs its handlers in a thread pool; each thread opens the file once
and keeps it, so readers never wait on one another (the file is in WAL mode).
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from claimledger.store.base import Store


class StorePool:
    """Lazily opened per-thread stores over one file."""

    def __init__(self, path: str | Path, *, read_only: bool = True) -> None:
        self.path = path
        self.read_only = read_only
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []
        self.write_lock = threading.Lock()  # one writer at a time (POST /api/documents)

    def get(self) -> Store:
        """The calling thread's store, opened on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.path, read_only=self.read_only)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        """Close every store opened (at shutdown)."""
        with self._lock:
            for store in self._opened:
                # A connection made in another thread may refuse to close from this one.
                with contextlib.suppress(Exception):
                    store.close()
            self._opened.clear()
