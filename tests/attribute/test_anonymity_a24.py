"""Twenty-fourth session (helper A): the anonymity convention decided by the coordinator
(``docs/claims-gold.md``, *Anonymity*). Anonymity the text states makes a source
``anonymous`` whatever its role ("who spoke on condition of anonymity", "asked not to be
named", "declined to be identified", "speaking anonymously"), also for what the same speaker
said before the statement ("..., the official said, speaking on condition of anonymity");
an unnamed role without such a statement keeps the role's kind.

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", published="2026-01-10")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "A customs officer in Parnow, who spoke on condition of anonymity, said two "
            "porters were shot dead at the crossing.",
            ("killed", 2, "A customs officer in Parnow", "anonymous"),
        ),
        (
            "A ward nurse who asked not to be named said nine wounded men were brought to the "
            "Ketter clinic overnight.",
            ("injured", 9, "A ward nurse", "anonymous"),
        ),
        (
            "A district commander, who declined to be identified, said four soldiers were "
            "killed near Ulmo.",
            ("killed", 4, "A district commander", "anonymous"),
        ),
        (
            "Speaking anonymously, a harbour police officer said three fishermen drowned when "
            "their boat was fired on near Selk.",
            ("killed", 3, "a harbour police officer", "anonymous"),
        ),
    ],
)
def test_stated_anonymity_is_anonymous(text: str, row: tuple[str, int, str, str]) -> None:
    assert row in _claims(text)


def test_anonymity_stated_later_holds_for_the_same_speaker() -> None:
    got = _claims(
        "A senior border official told the Orvel Courier that five smugglers were killed in "
        'the clash near Tesso. "We also lost one of our guards," the official said, speaking '
        "on condition of anonymity."
    )
    assert ("killed", 5, "A senior border official", "anonymous") in got


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "A harbour police officer said two porters were shot dead at the Parnow crossing.",
            ("killed", 2, "A harbour police officer", "official"),
        ),
        (
            "An unnamed fire-brigade officer told reporters that six workers died in the blaze "
            "at the Ketter mill.",
            ("killed", 6, "An unnamed fire-brigade officer", "official"),
        ),
    ],
)
def test_unnamed_role_without_stated_anonymity_keeps_its_kind(
    text: str, row: tuple[str, int, str, str]
) -> None:
    assert row in _claims(text)


def test_a_named_speaker_before_an_anonymous_one_keeps_its_kind() -> None:
    got = _claims(
        "The Tesso governor said seven villagers were killed. A police officer, who spoke on "
        "condition of anonymity, said the toll was nine."
    )
    assert ("killed", 7, "The Tesso governor", "official") in got
