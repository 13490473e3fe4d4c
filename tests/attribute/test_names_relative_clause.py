"""A source's name stops where a relative clause set off by commas begins: "A port guard in
Telvar, who spoke on condition of anonymity because he may not brief reporters, told ..."
is named "A port guard in Telvar"; the clause still makes the source anonymous (docs/claims-gold.md,
*Anonymity*), and a name with no such clause is kept whole.

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "name", "kind", "via", published="2026-05-10")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "A port guard in Telvar, who spoke on condition of anonymity because he was not "
            "allowed to talk to reporters, told Telvar Radio that at least four sailors had died.",
            [("killed", 4, "A port guard in Telvar", "anonymous", "Telvar Radio")],
        ),
        (
            "A nurse at Telvar District Hospital, who has worked there for ten years, said "
            "that seven people had been killed.",
            [("killed", 7, "A nurse at Telvar District Hospital", "medical", None)],
        ),
        (
            "A nurse at Telvar District Hospital said that seven people had been killed.",
            [("killed", 7, "A nurse at Telvar District Hospital", "medical", None)],
        ),
    ],
)
def test_name_without_relative_clause(text: str, rows: list[tuple[object, ...]]) -> None:
    assert _claims(text) == rows
