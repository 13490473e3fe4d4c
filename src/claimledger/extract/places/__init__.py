"""Places: spaCy ``Doc`` -> ``PlaceMention`` resolved against the offline gazetteer."""

from claimledger.extract.places.locate import (
    extract_batch_places,
    extract_places,
    locate_places,
    primary_place,
)

__all__ = ["extract_batch_places", "extract_places", "locate_places", "primary_place"]
