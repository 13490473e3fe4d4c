"""A group's kind from the words before 'group': advocacy and rights groups are NGOs, an
armed group is a party (the held-out claims batch 9 gave 'an advocacy group' `partisan`)."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brigade is aware of claims by an advocacy group that 2 civilians died in the blast.",
            [("killed", 2, "an advocacy group", "ngo")],
        ),
        (
            "A press freedom group said 3 reporters were killed near Tarsa.",
            [("killed", 3, "A press freedom group", "ngo")],
        ),
        (
            "A local humanitarian group said 6 people were wounded in the shelling of Vell.",
            [("injured", 6, "A local humanitarian group", "ngo")],
        ),
        (
            "An armed group said 4 soldiers were killed in the ambush near Tarsa.",
            [("killed", 4, "An armed group", "partisan")],
        ),
    ],
)
def test_group_kind(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected
