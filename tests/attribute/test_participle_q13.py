"""Thirteenth session (helper Q): a speaker whose posting verb the parse hung on it as a
participle ("Fadi's sister, Nour Amer, posted on Facebook: ...").

Every text was written for these tests (invented people, places, numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-02-13")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Tarva Agency later put the toll at seven. Fadi's sister, Nour Amer, posted on "
            'Facebook: "My brother Fadi is a martyr, God have mercy on him."',
            ("killed", 1, 1, "Nour Amer", "family"),
        ),
        (
            "The Harsa Times put the toll at four. The victim's uncle, Marwan Tell, wrote on "
            'his page: "We buried my nephew and his wife this morning."',
            ("killed", 2, 2, "Marwan Tell", "family"),
        ),
        # no colon: the participle's own words go on
        (
            "The Harsa Times reported the strike. A friend of the victim, Lina Odeh, posted "
            "to Facebook mourning the loss of Samir Haddad and reporting that he was killed by "
            "a drone.",
            ("killed", 1, 1, "Lina Odeh", "social_media"),
        ),
    ],
)
def test_participle_speaker(text: str, row: tuple[object, ...]) -> None:
    assert row in _claims(text)


def test_what_is_posted_does_not_speak() -> None:
    # a video posted on a platform is what is shown, not who says it
    rows = _claims(
        "A video posted on Telegram: two bodies in the street, the Harsa Times reported."
    )
    assert all(r[3] != "A video" for r in rows)


def test_a_friend_is_named_by_the_name_after_the_role() -> None:
    rows = _claims("His friend, Omar Tell, said two men were killed in the strike.")
    assert rows == [("killed", 2, 2, "Omar Tell", "witness")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Samia Odeh mourned her husband and their two children on Facebook.",
            ("killed", 3, 3, "Samia Odeh", "family"),
        ),
        (
            "The Harsa Times reported four dead. Samia Odeh mourned her husband on Facebook.",
            ("killed", 1, 1, "Samia Odeh", "family"),
        ),
    ],
)
def test_mourned_kin_are_the_mourners_claim(text: str, row: tuple[object, ...]) -> None:
    assert row in _claims(text)


def test_an_operation_verb_is_no_mourning() -> None:
    # the count opens on "arrested", which is no statement's cue of mourning
    text = (
        "KASTEL, Norland (Mar. 4, 2025) — Forces raided the Medra district yesterday. In a "
        "separate operation, the force arrested a militant commander near Tel Sorrel."
    )
    assert ("arrested", 1, 1, "author", "author") in _claims(text)
