"""Sixteenth session (helper Q, from the claims gold's tune half): a report that shows its
counts "with photos showing ..." reports them too. "X reported a number of casualties, with
photos showing at least four injured people" is X's claim of four injured, not the author's,
and "with footage showing three injured children" is no claim of a source named "footage".

Every text was written for these tests (invented places, outlets, numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2026-01-10")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the parse hangs "showing" on the picture noun (acl)
        (
            "The Harn Courier reported a number of casualties as a result of the strike, with "
            "photos showing at least four injured people at the Harn clinic.",
            [
                ("injured", 2, None, "The Harn Courier", "media"),
                ("injured", 4, None, "The Harn Courier", "media"),
            ],
        ),
        # the parse makes the picture noun the subject of "showing" (pcomp of "with")
        (
            "The Ossa Voice reported a number of casualties after the strike on the bakery, with "
            "footage showing three injured children.",
            [
                ("injured", 2, None, "The Ossa Voice", "media"),
                ("injured", 3, 3, "The Ossa Voice", "media"),
            ],
        ),
    ],
)
def test_what_the_pictures_show_is_reported(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _claims(text) == rows


def test_footage_on_its_own_is_no_source() -> None:
    # no reporter: the pictures are the author's evidence, never a source called "footage"
    got = _claims("Footage showing five bodies at the Tarn morgue circulated on Monday.")
    assert [row[3] for row in got] == ["author"]
