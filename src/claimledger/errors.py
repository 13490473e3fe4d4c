"""The ClaimledgerError hierarchy: every error a user can see has one clear line."""

from __future__ import annotations


class ClaimledgerError(Exception):
    """Base class for errors claimledger reports to its users."""


class ReadError(ClaimledgerError):
    """A file or line could not be read as a document (binary, empty, too large, bad JSON)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.reason = message


class ModelError(ClaimledgerError):
    """The requested spaCy pipeline is not installed."""


class StoreError(ClaimledgerError):
    """The corpus store cannot be opened or written."""
