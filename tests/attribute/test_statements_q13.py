"""Thirteenth session (helper Q): a belligerent's own statement ("The X Brigades announce
that ...", "The Northern Command reports that ...") gives its issuer's claims to the author.

Every text was written for these tests (invented forces, places, numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-03-05")


def test_faction_announces() -> None:
    text = (
        "The Saraya al-Nour Brigades announce that their fighters carried out an ambush "
        "near Kell at dawn today, killing 9 soldiers of the occupation army."
    )
    assert _claims(text) == [("killed", 9, 9, "author", "author")]


def test_command_reports() -> None:
    text = (
        "The Northern Command reports that in the course of the operation 8 terrorists "
        "were neutralized and 3 were detained."
    )
    assert _claims(text) == [
        ("killed", 8, 8, "author", "author"),
        ("arrested", 3, 3, "author", "author"),
    ]


def test_a_quoted_spokesman_keeps_his_kind() -> None:
    text = (
        "The General Staff of the Tarsis Armed Forces informs that units repelled an attack "
        "near Vell. The spokesman, Col. Ivan Darko, said 14 attackers were killed."
    )
    assert _claims(text) == [("killed", 14, 14, "Col. Ivan Darko", "military")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a news story in the past tense or with "says"
        ("The army said troops killed 12 militants near Kessa.", ("The army", "military")),
        (
            "The militia says 6 of its fighters were killed in the strikes.",
            ("The militia", "partisan"),
        ),
        # a body that counts victims is no belligerent
        (
            "The Dorval health office reports that 18 people were killed in the strike.",
            ("The Dorval health office", "official"),
        ),
    ],
)
def test_news_and_victim_counters_keep_their_source(text: str, source: tuple[str, str]) -> None:
    assert {row[3:] for row in _claims(text)} == {source}
