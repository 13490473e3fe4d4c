"""Coordinator, thirty-third session: an outlet's header line whose text opens on "according
to X," relays X ("Tirsa 24 on Telegram: according to Osk hospital doctors, ..." is the
doctors' claim via Tirsa 24), a handle in brackets included; and a zero said of a part of the
dead ("No soldiers were among the dead") is no zero of the toll.

Every text was written for these tests (invented places, outlets, numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_vias = claims_reader("figure", "low", "name", "kind", "via", published="2026-01-10")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Tirsa 24 on Telegram: according to Osk hospital doctors, 9 civilians were wounded "
            "in the night's shelling. The army has not commented.",
            [("injured", 9, "Osk hospital doctors", "medical", "Tirsa 24")],
        ),
        (
            "Tirsa Daily (@TirsaDaily) on X: according to the fire service, 6 people were killed "
            "in the blast at the fuel depot. More soon.",
            [("killed", 6, "the fire service", "official", "Tirsa Daily")],
        ),
    ],
)
def test_according_to_after_an_outlets_header_is_relayed(text: str, rows: list[tuple]) -> None:
    assert _vias(text) == rows


def test_according_to_a_pronoun_after_a_header_is_not_a_header_relay() -> None:
    got = _vias(
        "Tirsa 24 on Telegram: according to them, 9 civilians were wounded in the shelling."
    )
    assert all(via != "Tirsa 24" or name != "them" for _, _, name, _, via in got)


_claims = claims_reader("figure", "low", "high", "name", published="2026-01-10")


def test_none_among_the_dead_is_no_zero_toll() -> None:
    text = (
        "The Osk morgue received 22 bodies after the bombing of the station, its director said. "
        "No soldiers were among the dead, according to the governor, who spoke of more than "
        "50 injured."
    )
    assert _claims(text) == [
        ("killed", 22, 22, "its director"),
        ("injured", 50, None, "the governor"),
    ]


def test_no_soldiers_killed_is_still_a_zero() -> None:
    text = (
        "Shelling hit the Osk barracks on Monday, wounding three recruits. The ministry said "
        "that no soldiers were killed."
    )
    assert ("killed", 0, 0, "The ministry") in _claims(text)


_named = claims_reader("figure", "low", "name", "kind", published="2026-01-10")


def test_he_says_after_a_quote_takes_the_speaker_named_before_the_colon() -> None:
    text = (
        'A resident of Osk posted a video of the burning bus: "I saw at least four people '
        'carried out dead, maybe more," he says. The Tirsa transport authority later said two '
        "passengers were killed."
    )
    assert _named(text) == [
        ("killed", 4, "A resident of Osk", "witness"),
        ("killed", 2, "The Tirsa transport authority", "official"),
    ]
