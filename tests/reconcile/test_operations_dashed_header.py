"""A header line that sets its parts off by dashes or bars, the issuer's name in one of
them ("TESSAR \u2014 11 May 2027 \u2014 Karvia Defence Ministry"), heads a release
(reconcile/operation_release.py, ``_parts``; thirty-sixth session): its operations on
different days are read one by one. A headline or a site's menu that names a body in
a sentence does not. Texts written for these tests (invented places and units)."""

from __future__ import annotations

import pytest

from claimledger.reconcile.operations import is_release
from tests.reconcile.builders import per_incident

_BODY = (
    "On Saturday night air defences shot down a drone over Velkor. Debris killed one "
    "civilian. On Friday soldiers captured two enemy scouts near Ostrin."
)


@pytest.mark.parametrize(
    "header",
    [
        "TESSAR \u2014 16 May 2027 \u2014 Karvia Defence Ministry",
        "TESSAR - 16 May 2027 - Karvia Defence Ministry",
        "Karvia Border Guard | 16.05.2027 | Press service",
    ],
)
def test_a_dashed_header_naming_an_issuer_heads_a_release(header: str) -> None:
    text = header + "\n" + _BODY
    assert is_release(text)
    assert per_incident(text, published="2027-05-16") == [
        {"date": "2027-05-15", "killed": 1},
        {"date": "2027-05-14", "arrested": 2},
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Shooting in Tessar \u2014 16 May 2027 \u2014 Police say two dead",
        "Home | News | World \u2014 16 May 2027 \u2014 Defence Ministry says drone downed",
        "TESSAR \u2014 May 16, 2027 \u2014 A Karvia Defence Ministry spokesman said",
    ],
)
def test_a_headline_or_menu_with_dashes_is_no_release(header: str) -> None:
    assert not is_release(header + "\nTwo people died.")
