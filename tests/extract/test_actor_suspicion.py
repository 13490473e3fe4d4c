"""A perpetrator named only as a possibility is ``suspected`` (texts written for these tests)."""

from __future__ import annotations

import pytest

from claimledger.extract.actors import extract_actors
from claimledger.reconcile.fields import _certainty
from claimledger.records import ActorMention, Evidence


def _perpetrators(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    found = extract_actors(nlp(text), "s1")
    return [(a.name, a.certainty) for a in found if a.role == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal of possibility on the verb that makes the group the agent
        (
            "Investigators said the mine may have been planted by Islamic State militants.",
            [("Islamic State", "suspected")],
        ),
        # the agent clause is what officials believe, not what they report
        (
            "Officials believe Boko Haram fighters attacked the convoy near the river.",
            [("Boko Haram", "suspected")],
        ),
        # a word of suspicion on the actor itself
        (
            "Suspected al-Shabab militants attacked a bus outside the town on Monday.",
            [("Al Shabaab", "suspected")],
        ),
        # an adverb of likelihood on the verb
        (
            "Houthi fighters probably fired the rocket that hit the port.",
            [("Houthis", "suspected")],
        ),
    ],
)
def test_suspected_perpetrators(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _perpetrators(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # reported by a speaker: the claim is the speaker's, the agent is stated
        "Boko Haram fighters attacked the convoy near the river, the army said.",
        "Islamic State militants attacked a checkpoint, and the group later claimed the attack.",
    ],
)
def test_stated_perpetrators(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _perpetrators(nlp, text)
    assert found and all(c == "stated" for _, c in found)


def test_targets_are_never_suspected(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Suspected Islamic State militants may have attacked Iraqi troops near the dam."
    found = {a.name: (a.role, a.certainty) for a in extract_actors(nlp(text), "s2")}
    assert found["Islamic State"] == ("perpetrator", "suspected")
    assert found["Military Forces of Iraq"] == ("target", "stated")


def _mention(start: int, certainty: str, role: str = "perpetrator") -> ActorMention:
    ev = Evidence(start, start + 5, "group", "d", "actors.v1", 0.9)
    return ActorMention("Islamic State", role, ev, "rebel", certainty)


def test_incident_certainty_stated_when_any_mention_states_it() -> None:
    # "may have been planted by X" early, "X claimed the bombing" later: stated
    assert _certainty("perpetrator", [_mention(0, "suspected"), _mention(40, "stated")]) == "stated"
    assert _certainty(
        "perpetrator", [_mention(0, "suspected"), _mention(40, "stated", "other")]
    ) == ("suspected")
    assert _certainty("target", [_mention(0, "suspected")]) == "stated"
