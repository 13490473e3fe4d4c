"""The offline gazetteer: an index built once from installed GeoNames data, then queried."""

from claimledger.resources.gazetteer.index import (
    Candidate,
    Gazetteer,
    ResolveContext,
    load_gazetteer,
    resolve,
)

__all__ = ["Candidate", "Gazetteer", "ResolveContext", "load_gazetteer", "resolve"]
