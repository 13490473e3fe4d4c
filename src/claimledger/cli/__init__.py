"""The ``claimledger`` command: one module per command group, each a thin face over the library."""

from claimledger.cli.main import main

__all__ = ["main"]
