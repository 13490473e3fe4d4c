"""Unambiguous news snippets of our own (tests/fixtures/events/) get their class."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.bench.task_events_snippets import load_snippets
from claimledger.extract.events.classify import classify_event
from claimledger.extract.events.model import classify_learned

# Snippets whose type no reading of the codebook disputes.
UNAMBIGUOUS = {
    "ns01": "Armed clash",
    "ns10": "Air/drone strike",
    "ns11": "Air/drone strike",
    "ns14": "Suicide bomb",
    "ns16": "Shelling/artillery/missile attack",
    "ns22": "Grenade",
    "ns29": "Abduction/forced disappearance",
    "ns31": "Peaceful protest",
    "ns34": "Protest with intervention",
    "ns36": "Excessive force against protesters",
    "ns40": "Mob violence",
    "ns44": "Arrests",
    "ns48": "Disrupted weapons use",
    "ns53": "Looting/property destruction",
}
NOT_CONFLICT = ("ns61", "ns62", "ns65")

SNIPPETS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "events" / "news-snippets.jsonl"


def _texts() -> dict[str, tuple[str, str | None]]:
    return {s.id: (s.text, s.sub_event_type) for s in load_snippets(SNIPPETS_FILE)}


@pytest.mark.parametrize("sid", sorted(UNAMBIGUOUS))
def test_an_unambiguous_snippet_gets_its_class(sid: str) -> None:
    text, gold = _texts()[sid]
    assert gold == UNAMBIGUOUS[sid]
    assert classify_learned(text)[1] == gold
    assert classify_event(text)[1] == gold


@pytest.mark.parametrize("sid", NOT_CONFLICT)
def test_a_non_political_snippet_is_none(sid: str) -> None:
    text, gold = _texts()[sid]
    assert gold is None
    assert classify_learned(text)[:2] == (None, None)
