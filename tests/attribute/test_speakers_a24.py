"""Twenty-fourth session (helper A, issue 15): the speaker of a casualty clause read from the
parse, not from surface forms. A counting clause set off after a statement with a subject of
its own ("..., and the X network later recorded seven deaths", "but X documented") is that
subject's; a figure inside a statement whose verb only acts ("Detectives charged two brothers
after a robbery in which the cashier was hurt") is the writer's narrative; a desk word before
a faction's press office ("Central Media Office of the X Army") still gives the text to the
faction; a handle's own words give its kind ("@marla_nurse" ``medical``).

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
            "The Selk fire service said four workers were killed, and the Tarro Rights "
            "Observatory later recorded six deaths.",
            ("killed", 6, "the Tarro Rights Observatory", "ngo"),
        ),
        (
            "The Pelk governor said nine people were hurt, but the Pelk Rights Observatory "
            "documented 14 injuries.",
            ("injured", 14, "the Pelk Rights Observatory", "ngo"),
        ),
        (
            "Detectives charged two brothers after a robbery at a Marro petrol station in which "
            "the cashier was badly hurt.",
            ("injured", 1, "author", "author"),
        ),
        (
            "Central Media Office of the Dorne Liberation Army\n4 May 2026\nOur fighters "
            "destroyed an enemy post near Kesh, killing nine soldiers.",
            ("killed", 9, "the Dorne Liberation Army", "partisan"),
        ),
        (
            "@marla_nurse: 6 wounded children were brought in tonight after the shelling of Orta.",
            ("injured", 6, "@marla_nurse", "medical"),
        ),
    ],
)
def test_speaker_of_the_clause(text: str, row: tuple[str, int, str, str]) -> None:
    assert row in _claims(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            # joined with no break inside what the mayor tweeted: the mayor's
            "The Varnost mayor tweeted that the morgue had received 23 bodies and the hospital "
            "had recorded 10 injured.",
            ("injured", 10, "The Varnost mayor", "official"),
        ),
        (
            # the acting clause inside a reported sentence stays the reporter's
            "Soldiers arrested five suspects over an ambush in which two guards were killed, "
            "the Tesk regional command said.",
            ("killed", 2, "the Tesk regional command", "military"),
        ),
        (
            "The Selk fire service said four workers were killed, and the Tarro Rights "
            "Observatory later recorded six deaths.",
            ("killed", 4, "The Selk fire service", "official"),
        ),
    ],
)
def test_speaker_guards(text: str, row: tuple[str, int, str, str]) -> None:
    assert row in _claims(text)
