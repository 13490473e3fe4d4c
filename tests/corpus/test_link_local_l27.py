"""Two shootings of one city a day apart, each report naming its own street, neighbourhood
or state (``corpus/link_local.py``), helper L, twenty-seventh session: the learned scorer may
not link them; a second report naming the same street, and a follow-up naming only the
victim, still join."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_search
from claimledger.corpus.link_local import contradicts, local_names
from claimledger.store import Store
from tests.fixtures.corpus.handmade import DAYTON, ingest_shootings
from tests.fixtures.corpus.handmade import link_of as _cid

# Our own texts: (incident day, publication day, text); the place as the pipeline reads it
# is the city for all of them.
DOCS: dict[str, tuple[str, str, tuple[Any, ...], str]] = {
    "ferrow": (
        "2024-05-04",
        "2024-05-05",
        DAYTON,
        "Two men were shot Saturday night outside a liquor store on Ferrow Avenue in the "
        "Quillmont neighborhood, Dayton police said. Officers found them in the parking lot "
        "near Dunsby Road. One man died at Kessling Memorial Hospital.",
    ),
    # The next day's shooting across town: the same city, day and words, another street.
    "tarrant": (
        "2024-05-05",
        "2024-05-06",
        DAYTON,
        "A woman was shot Sunday afternoon on her porch on Tarrant Avenue in the Belcourt "
        "neighborhood, Dayton police said. Officers took her to Kessling Memorial Hospital.",
    ),
    # A second outlet's report of the Ferrow Avenue shooting.
    "ferrow-2": (
        "2024-05-05",
        "2024-05-06",
        DAYTON,
        "Dayton police on Sunday named the man killed Saturday night outside a Ferrow "
        "Avenue liquor store as Orlin Mabery, 31. A second man shot there remains in "
        "serious condition, police said.",
    ),
    # A follow-up naming the victim only, no street.
    "mabery": (
        "2024-05-04",
        "2024-05-12",
        DAYTON,
        "Relatives of Orlin Mabery gathered Friday to remember the father of two, who was "
        "shot to death last weekend. Dayton police said no arrest had been made.",
    ),
}


def _ingest(store: Store, *ids: str) -> None:
    ingest_shootings(store, DOCS, *ids)


def test_local_names_read_streets_neighbourhoods_and_states() -> None:
    assert local_names(
        "shot in the 1200 block of North Pelham Street in West Harlow's Crestline "
        "neighborhood; Kansas City, Kansas, police said"
    ) == {"street:pelham", "area:crestline", "state:kansas city/kansas"}
    # A court of law and a police district are no streets; a weekday opens no name.
    assert local_names("in Verrow County Circuit Court, the 34th District said.") == frozenset()
    assert local_names("On Saturday Drive-by shots were fired.") == frozenset()
    # A house number is no street's name; a numbered street is; an age names a person.
    assert local_names("shots at 18 Brellin St. and at 3412 NW 36th Street") == {
        "street:brellin",
        "street:36",
    }
    assert local_names("said 17-year-old Orrin Lane, a senior at the school") == frozenset()


def test_two_reports_naming_their_own_streets_contradict() -> None:
    a = local_names("a man was shot on Ferrow Avenue near Dunsby Road")
    b = local_names("a woman was shot on Tarrant Street")
    assert contradicts(a, ["ferrow", "dunsby"], b, ["tarrant"]) == "street"


def test_a_name_written_in_the_other_report_is_no_contradiction() -> None:
    # "near the Calloway exit" names no street, but writes the other's "Calloway Drive".
    a = local_names("the victim's truck crashed on Route 9 near the Calloway exit")
    b = local_names("the shots were fired near Calloway Drive on Wednesday")
    assert b == {"street:calloway"}
    assert contradicts(a, ["route", "calloway"], b, ["calloway", "wednesday"]) is None
    # One report naming no place at all says nothing against the other.
    assert contradicts(frozenset(), ["mabery"], b, ["calloway"]) is None


def test_cities_of_one_name_in_two_states_contradict() -> None:
    a = local_names("Kansas City, Missouri, police said a man was killed")
    b = local_names("a man was wounded in Kansas City, Kansas, on Sunday")
    # "Kansas" is written in both (the city's name): states are compared as states.
    assert contradicts(a, ["kansas", "city", "missouri"], b, ["kansas", "city"]) == "state"


def test_the_next_day_s_shooting_on_another_street_stays_apart(store: Store) -> None:
    _ingest(store, "ferrow", "tarrant")
    assert _cid(store, "tarrant")[0] != _cid(store, "ferrow")[0]
    assert "street names apart" in _cid(store, "tarrant")[1]


def test_without_the_local_veto_the_learned_scorer_links_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_search, "LOCAL_DAYS", None)
    _ingest(store, "ferrow", "tarrant")
    assert _cid(store, "tarrant")[0] == _cid(store, "ferrow")[0]


def test_a_second_report_of_the_street_and_a_follow_up_by_name_still_join(
    store: Store,
) -> None:
    _ingest(store, "ferrow", "tarrant", "ferrow-2", "mabery")
    first = _cid(store, "ferrow")[0]
    assert _cid(store, "ferrow-2")[0] == first
    assert _cid(store, "mabery")[0] == first
    assert _cid(store, "tarrant")[0] != first
