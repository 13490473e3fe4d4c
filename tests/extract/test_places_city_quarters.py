"""A compass quarter of a large city the gazetteer lacks ("West Baltimore", "South Toledo")
is the city (resources/gazetteer/index.py, ``CITY_PART_POPULATION``); before, only areas
named after it were candidates: Baltimore County, Oakland County in Michigan, the Toledo
district of Belize. Invented texts; the whole pipeline."""

from __future__ import annotations

from claimledger import analyze


def _place(text: str) -> tuple[str, str | None, str | None]:
    doc = analyze(text, published="2026-06-08")
    loc = doc.incidents[0].location
    assert loc is not None
    return loc.name, loc.admin1, loc.evidence.text


def test_a_west_side_quarter_is_the_city_not_the_county() -> None:
    text = (
        "Four men were shot outside a carry-out in West Baltimore on Sunday night, police "
        "said. One of them died at a hospital."
    )
    assert _place(text) == ("Baltimore", "Maryland", "West Baltimore")


def test_a_quarter_with_no_state_named_is_the_large_city() -> None:
    text = (
        "A 4-year-old girl was shot in the arm at a home in South Toledo on Friday, and her "
        "uncle was arrested, police said."
    )
    assert _place(text) == ("Toledo", "Ohio", "South Toledo")


def test_a_quarter_beside_its_citys_dateline() -> None:
    text = (
        "OAKLAND -- A man was shot and wounded while sitting in his car in East Oakland "
        "on Tuesday afternoon, a police spokeswoman said."
    )
    assert _place(text)[:2] == ("Oakland", "California")
