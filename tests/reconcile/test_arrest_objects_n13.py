"""In a release, a death named only as the crime people were arrested, charged or wanted
over ("arrested four suspects in connection with the murder of a taxi owner") is an
earlier crime's: the claim stays, the operation's killed does not count it (thirteenth
session, helper N). A news story's killing stays counted. Texts written for these tests
(invented places and people)."""

from __future__ import annotations

import pytest

from claimledger import analyze
from tests.reconcile.builders import per_incident

HEADER = "Kessa Police Command\nPRESS RELEASE\n4 May 2021\n"


def _best(text: str) -> dict[str, object]:
    found = per_incident(text)
    assert found
    return {k: v for k, v in found[0].items() if k != "date"}


@pytest.mark.parametrize(
    ("body", "arrested"),
    [
        (
            "Yesterday, officers arrested four suspects in connection with the murder of a taxi "
            "owner in Orvel.",
            4,
        ),
        ("Detectives arrested a man wanted for the murder of two farmers in Tarsa.", 1),
        (
            "The Command has arrested two suspects in connection with the killing of a trader "
            "at Tarsa last month.",
            2,
        ),
        (
            "Operatives apprehended three men suspected of the assassination of a local chief "
            "near Orvel on Sunday.",
            3,
        ),
    ],
)
def test_an_earlier_crime_is_no_death_of_the_operation(body, arrested) -> None:  # type: ignore[no-untyped-def]
    assert _best(HEADER + body) == {"arrested": arrested}


def test_the_claim_of_the_earlier_death_stays() -> None:
    text = HEADER + "Officers arrested four suspects in connection with the murder of a trader."
    claims = [c for inc in analyze(text).incidents for c in inc.claims if c.figure == "killed"]
    assert [(c.low, c.aggregate) for c in claims] == [(1, True)]


@pytest.mark.parametrize(
    ("body", "killed"),
    [
        ("Over the weekend two bandits were killed in a shootout at Orvel.", 2),
        ("Troops killed two bandits responsible for the killing of three herders in Tarsa.", 2),
    ],
)
def test_the_operations_own_dead_stay(body, killed) -> None:  # type: ignore[no-untyped-def]
    assert _best(HEADER + body).get("killed") == killed


def test_a_news_storys_killing_stays_counted() -> None:
    text = "Police in Orvel arrested a man in connection with the killing of Jalal Ferro, 23, on Friday."
    assert _best(text) == {"arrested": 1, "killed": 1}
