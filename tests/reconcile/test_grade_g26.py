"""The grade's twenty-sixth-session readings (issue 13), on sentences of ours.

Sources: unnamed people interviewed by, or speaking to, several outlets give one source per
outlet ("Neighbours interviewed by two separate outlets, X and Y"), as several outlets
quoting someone unnamed do; one outlet, or a named person, is relayed. A search that found
"no other account" says how many sources there are: its subject is the monitor, no source. A
name that opens another of the same kind ("Deir Vell" beside "Deir Vell Now") or a
description that opens a longer one ("A medic" beside "A medic posting on X") is one source.
Disputes: a party saying no operation or strike took place, occurred or was carried out
denies the attack. Invented places and outlets (Ressel, Kovra, Tamm, Hollin; the Ressel
Courier, Radio Tamm, Kovra Now). Each class has a hit and a near miss.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade import origin_key, origin_words
from claimledger.reconcile.grade_dispute import read_parsed
from claimledger.reconcile.grade_merge import merge_sources
from claimledger.reconcile.grade_sources import ReadSources, read_sources
from claimledger.records import SourceGroup

pytestmark = pytest.mark.integration


def grade(text: str) -> tuple[str, str]:
    inc = claimledger.analyze(text, published="2026-05-10").incidents[0]
    return inc.grade or "", " ".join(inc.grade_reasons)


def read(sentence: str) -> ReadSources:
    return read_sources(parse_sentences([sentence]))


def test_unnamed_people_interviewed_by_several_outlets_give_a_source_per_outlet() -> None:
    got = read(
        "Farmers interviewed by two separate outlets, the Ressel Courier and Radio Tamm, "
        "described the crater."
    )
    names = [m.name for m in got.sources]
    assert "the Ressel Courier" in names and "Radio Tamm" in names
    assert got.relays == ()
    got = read("Relatives who spoke to both Radio Tamm and the Ressel Courier named the dead.")
    assert {"Radio Tamm", "the Ressel Courier"} <= {m.name for m in got.sources}
    # "by X and by Y", the second "by" hung on the noun asked
    got = read("Residents interviewed by the Ressel Courier and by Radio Tamm said it was a shell.")
    assert "Radio Tamm" in [m.name for m in got.sources]
    # people spoken to are no outlets: they relay
    got = read("A neighbour said she spoke to his cousin and her family that morning.")
    assert "her family" not in [m.name for m in got.sources]
    # one outlet relays the one it interviewed
    got = read("A farmer interviewed by the Ressel Courier described the crater.")
    assert got.relays == ("the Ressel Courier",)
    # a named person told two outlets is still one origin
    got = read("Omar Vessel, interviewed by the Ressel Courier and Radio Tamm, described it.")
    assert "Radio Tamm" not in [m.name for m in got.sources]


def test_interviews_by_two_outlets_make_the_grade_fair() -> None:
    got, why = grade(
        "A shell killed two brothers in Kovra on 3 May 2026. Neighbours interviewed by two "
        "outlets, the Ressel Courier and Radio Tamm, described carrying them to the clinic."
    )
    assert got == "fair", why
    got, why = grade(
        "A shell killed two brothers in Kovra on 3 May 2026. A neighbour interviewed by the "
        "Ressel Courier described carrying them to the clinic."
    )
    assert got == "weak", why


def test_a_search_that_found_no_other_account_names_the_monitor_no_source() -> None:
    got, why = grade(
        "A nurse posting on Telegram wrote that three men were killed by a strike on a Hollin "
        "farm on 4 May 2026. Airwars found no other account."
    )
    assert got == "weak", why
    assert "Airwars [" not in why
    # what was found is no source: "no evidence of a military target" says nothing of them
    got, why = grade(
        "The Ressel Courier and Radio Tamm reported that a strike killed three men on a "
        "Hollin farm on 4 May 2026. Investigators found no evidence of a military target."
    )
    assert got == "fair", why


def _merged(*groups: tuple[str, str]) -> list[str]:
    claims = tuple(SourceGroup(name, kind, (), 1) for name, kind in groups)
    out = merge_sources(claims, ReadSources(), origin_key, lambda _: True, origin_words)
    return [g.name for g in out]


def test_a_name_cut_short_is_one_source_with_the_whole_name() -> None:
    assert _merged(("Kovra Now", "social_media"), ("Kovra", "social_media")) == ["Kovra Now"]
    assert _merged(("Kovra", "social_media"), ("Kovra Now", "social_media")) == ["Kovra"]
    # a description that opens a longer one, of any kind
    assert _merged(("A medic posting on X", "social_media"), ("A medic", "medical")) == [
        "A medic posting on X"
    ]
    # two names of different kinds stay two ("Doctors" and a charity whose name opens so)
    assert len(_merged(("Doctors", "medical"), ("Doctors Across Borders", "ngo"))) == 2
    # a name that joins two is not one of them
    assert len(_merged(("the army", "military"), ("the army and the militia", "military"))) == 2
    # names that share their first word only are two
    assert len(_merged(("Radio Tamm", "media"), ("Radio Kovra", "media"))) == 2


def _kinds(sentence: str) -> list[str]:
    return [f.kind for f in read_parsed(parse_sentences([sentence]))]


def test_a_party_saying_no_operation_took_place_denies_the_attack() -> None:
    assert "deny" in _kinds(
        "The defence ministry stated that no operations took place near Kovra that day."
    )
    assert "deny" in _kinds("The army said no strikes were carried out in the district.")
    assert "deny" in _kinds("The air force insisted that no military activity had occurred there.")
    # not an attack or an operation: no denial
    assert "deny" not in _kinds("The police said no arrests had taken place.")
    # a strike said to have been carried out by someone named is no denial of one's own
    assert "deny" not in _kinds("The army said strikes were carried out by the rebels.")


def test_a_denial_with_another_cause_makes_the_grade_contested() -> None:
    got, why = grade(
        "Local sources reported that two boys were killed by shelling in Kovra on 6 May 2026. "
        "The defence ministry stated that no operations took place in the area and suggested "
        "the boys died playing with an old grenade."
    )
    assert got == "contested", why
