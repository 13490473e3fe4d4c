"""Stage "reconcile" (one document): claims and mentions -> ``Incident`` + ``Estimate``."""

from claimledger.reconcile.estimates import ESTIMATE_RULE, estimate, estimate_figures
from claimledger.reconcile.grade import grade_incidents, grade_text, independent_sources
from claimledger.reconcile.incidents import build_incidents

__all__ = [
    "ESTIMATE_RULE",
    "build_incidents",
    "estimate",
    "estimate_figures",
    "grade_incidents",
    "grade_text",
    "independent_sources",
]
