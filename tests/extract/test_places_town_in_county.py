"""A town the text names inside the county the place reader chose is the incident's place
(extract/places/locate.py, ``_town_in_county``): "Franklin Police" beside "the Johnson
County coroner" is Franklin. Invented texts; the whole pipeline."""

from __future__ import annotations

from claimledger import analyze


def _place(text: str) -> tuple[str, str | None]:
    doc = analyze(text, published="2026-06-08")
    loc = doc.incidents[0].location
    assert loc is not None
    return loc.name, loc.admin1


def test_a_town_named_inside_the_county_is_the_place() -> None:
    text = (
        "A woman was shot and killed at a house in Johnson County on Monday night, Franklin "
        "Police said. "
        "The Johnson County coroner identified her on Tuesday."
    )
    assert _place(text) == ("Franklin", "Indiana")


def test_a_town_of_the_county_named_only_in_a_dateline_still_beats_the_county() -> None:
    text = (
        "ROCK FALLS - A teenager was accidentally shot and killed at a friend's home, "
        "the Whiteside County Sheriff's Office said Sunday."
    )
    assert _place(text) == ("Rock Falls", "Illinois")


def test_a_county_with_no_town_of_its_own_named_stays() -> None:
    text = (
        "A 9-year-old boy was shot in the leg at a home in Rusk County, Wisconsin, on Saturday, the "
        "sheriff said. He was flown to a hospital and is expected to recover."
    )
    assert _place(text) == ("Rusk County", "Wisconsin")


def test_a_town_named_like_its_province_does_not_replace_the_district() -> None:
    # "(Dhamar)" names the governorate; the town of that name is not where it happened.
    text = (
        "Coalition airstrikes hit a military camp in Utmah district (Dhamar) on Tuesday, "
        "killing four fighters."
    )
    assert _place(text) == ("Utmah", "Dhamar")
