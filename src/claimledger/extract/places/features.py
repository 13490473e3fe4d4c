"""Features and weights of the toponym ranker.

Input: a gazetteer :class:`Candidate` of a name and the document evidence the
joint resolution (:mod:`.joint`) gathers about it. Output: a feature vector
(``FEATURES`` order) whose dot product with the weights is the candidate's
score. The weights are learned (``claimledger train places``, code in
:mod:`claimledger.train.places`) and shipped in
``resources/models/places.json``; ``HAND_WEIGHTS`` are the hand-set values
they replaced, kept as the baseline the model card compares with.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from claimledger.extract.places.home import Home
from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Candidate,
    Gazetteer,
)
from claimledger.resources.geodesy import haversine_km

__all__ = [
    "FEATURES",
    "HAND_WEIGHTS",
    "HOME_FEATURES",
    "MODEL_FILE",
    "dot",
    "load_weights",
    "prior_features",
]

MODEL_FILE = "places.json"
# Countries whose press names states/provinces bare ("Texas", "Ontario").
_BARE_STATE_COUNTRIES = frozenset({"US", "CA", "AU", "GB", "IN", "MX", "BR", "NG", "DE"})

FEATURES = (
    "log_population",  # log10(population + 10)
    "own_name",  # the name is the entry's own name, not an alternate one
    "loose_match",  # only the loose key matched
    "is_country",
    "is_admin1",
    "is_admin2",
    "admin1_named_bare_abroad",  # an admin1 area outside the bare-state countries
    "admin2_alternate_name",  # a county matched by its base name ("Gwinnett")
    "national_capital",
    "hint_country",  # in Options.country_hint
    "written_as_area",  # "X province", "X county" and the candidate is an area
    "near_any_candidate",  # other names with a candidate within 60 km (up to 3)
    "same_admin1_any_candidate",  # other names with a candidate in its admin1 (up to 3)
    "country_named",  # another name chose this country itself
    "country_implied",  # another name chose a place in this country
    "neighbour_country",  # another name chose a place in a bordering country
    "unrelated_countries",  # the other names all chose unrelated countries
    "admin1_named",  # another name chose this admin1 area itself
    "admin1_implied",  # another name chose a place in this admin1 area
    "near_chosen",  # other names whose choice is within 60 km (up to 3)
    "holds_chosen",  # a country/admin1 holding other names' choices (up to 3)
    "admin1_country_named",  # an admin1 area in a country other names are in
    "inside_area_after",  # "X, <area>": the candidate lies in the area
    "outside_area_after",  # "X, <area>": it does not
    "home_country",  # in the publisher's home country (.home)
    "home_admin1",  # in the publisher's home admin1 area
    "near_home",  # a town/county within 60 km of the publisher's home town
)
N_FEATURES = len(FEATURES)
HOME_FEATURES = ("home_country", "home_admin1", "near_home")
INDEX = {name: i for i, name in enumerate(FEATURES)}

# The hand-set weights the learned ones replaced (docs/gazetteer.md, before).
HAND_WEIGHTS: dict[str, float] = {
    "log_population": 0.6,
    "own_name": 2.0,
    "loose_match": -1.5,
    "is_country": 3.0,
    "is_admin1": 1.0,
    "is_admin2": 1.0,
    "admin1_named_bare_abroad": -1.5,
    "admin2_alternate_name": -1.0,
    "national_capital": 2.0,
    "hint_country": 2.5,
    "written_as_area": 3.0,
    "near_any_candidate": 1.25,
    "same_admin1_any_candidate": 0.5,
    "country_named": 2.5,
    "country_implied": 1.5,
    "neighbour_country": 1.0,
    "unrelated_countries": -1.0,
    "admin1_named": 3.5,
    "admin1_implied": 2.0,
    "near_chosen": 1.5,
    "holds_chosen": 1.5,
    "admin1_country_named": 1.5,
    "inside_area_after": 3.0,
    "outside_area_after": -3.0,
    "home_country": 1.0,
    "home_admin1": 2.0,
    "near_home": 1.5,
}


_NEAR_HOME_KM = 60.0


def prior_features(
    c: Candidate, gaz: Gazetteer, hint: str | None, home: Home | None = None
) -> list[float]:
    """The features of a candidate that need no document context (others are 0)."""
    f = [0.0] * N_FEATURES
    p = c.place
    f[0] = math.log10(p.population + 10)
    f[1] = float(c.primary)
    f[2] = float(not c.exact)
    f[3] = float(c.level == LEVEL_COUNTRY)
    f[4] = float(c.level == LEVEL_ADMIN1)
    f[5] = float(c.level == LEVEL_ADMIN2)
    f[6] = float(c.level == LEVEL_ADMIN1 and p.country not in _BARE_STATE_COUNTRIES)
    f[7] = float(c.level == LEVEL_ADMIN2 and not c.primary)
    f[8] = float(gaz.is_capital(p.geonameid))
    f[9] = float(hint is not None and p.country == hint)
    if home is not None and p.country == home.country:
        f[INDEX["home_country"]] = 1.0
        if home.admin1 is not None and c.level != LEVEL_COUNTRY and p.admin1 == home.admin1:
            f[INDEX["home_admin1"]] = 1.0
        if (
            home.lat is not None
            and home.lon is not None
            and c.level in (LEVEL_PLACE, LEVEL_ADMIN2)
            and haversine_km(p.lat, p.lon, home.lat, home.lon) < _NEAR_HOME_KM
        ):
            f[INDEX["near_home"]] = 1.0
    return f


def dot(weights: list[float], f: list[float]) -> float:
    """The score of a feature vector."""
    return sum(w * x for w, x in zip(weights, f, strict=True) if x)


@lru_cache(maxsize=1)
def load_weights() -> tuple[float, ...]:
    """The shipped learned weights in ``FEATURES`` order (hand weights when absent)."""
    try:
        path = resources.files("claimledger.resources").joinpath("models", MODEL_FILE)
        raw = path.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return tuple(HAND_WEIGHTS[n] for n in FEATURES)
    weights: dict[str, float] = json.loads(raw)["weights"]
    return tuple(float(weights.get(n, 0.0)) for n in FEATURES)
