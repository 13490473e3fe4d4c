"""Stage "reconcile" (one document): claims and mentions -> ``Incident`` + ``Estimate``."""

from claimledger.reconcile.incidents import (
    ESTIMATE_RULE,
    build_incidents,
    estimate,
    estimate_figures,
)

__all__ = ["ESTIMATE_RULE", "build_incidents", "estimate", "estimate_figures"]
