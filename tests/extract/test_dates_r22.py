"""Dates (twenty-second session, issue 15): a header's "first published" after a time
("(Updated 18:40, 6 May 2023; first published 09:15, 6 May 2023)") and a publication line
followed by the period it covers ("Issued on 8 May 2023 (covers 1-7 May)") date the text;
a death of the wounded later ("died in hospital yesterday", "succumbed to his wounds")
dates that death, a follow-up, not the attack. Texts written for these tests, with invented
places and units."""

from __future__ import annotations

import pytest

from claimledger.extract.dates import find_dateline
from tests.reconcile.builders import per_incident


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarn Command\n(Updated 18:40, 6 May 2023; first published 09:15, 5 May 2023)\nA "
            "shell hit a school.",
            "2023-05-05",
        ),
        ("Tarn Command - Summary\nIssued on 8 May 2023 (covers 1-7 May)\nTwo held.", "2023-05-08"),
        ("Osk Police\nIssued 8 May 2023 (covering 1 May - 7 May)\nTwo held.", "2023-05-08"),
    ],
)
def test_header_dates_r22(text: str, expected: str) -> None:
    found = find_dateline(text)
    assert found is not None and found[0].isoformat() == expected


@pytest.mark.parametrize(
    "death",
    [
        "One of them, a cook, died in hospital yesterday.",
        "One of them succumbed to his wounds yesterday.",
    ],
)
def test_a_later_death_of_the_wounded_does_not_redate_the_attack(death: str) -> None:
    text = (
        "Osk, 6 May 2023 - On the 4th, a grenade was thrown into a bakery on Mill Street, "
        "wounding four people. " + death
    )
    assert [f["date"] for f in per_incident(text)] == ["2023-05-04"]


def test_a_death_from_a_wound_is_the_attack_s_own() -> None:
    text = (
        "Osk, 6 May 2023 - A teenager died from a gunshot wound to the head early on Thursday "
        "in a flat on Mill Street."
    )
    assert [f["date"] for f in per_incident(text)] == ["2023-05-04"]
