"""A pair of which one text is thin (a brief, a paywall page's headline and prompt) joins at
a learned score of ``link_veto.THIN_LINK`` instead of the model's link threshold
(``link_veto.thin_lift``), helper L, thirty-fifth session. Our own invented texts."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_veto
from claimledger.store.base import LinkFeatures

FULL = (
    "A man was shot and killed Saturday night outside a corner store on Quenby Avenue, "
    "Dayton police said. Officers found him on the sidewalk shortly after 11 p.m. and he "
    "died at the scene. Witnesses told police they heard several shots and saw a dark car "
    "drive away. The coroner identified the man as Desmond Vakely, 27, of Dayton. Vakely "
    "had two children, his family said. Police have not named a suspect and asked anyone "
    "with information to call the department's tip line. "
) * 2
THIN = "Man shot dead on Quenby Avenue\n\nSorry, this content is for subscribers only."
TEXTS = {1: FULL, 2: THIN, 3: FULL.replace("Vakely", "Orrin")}


class _Texts:
    """The one thing ``thin_lift`` asks of a store: a document's text."""

    def document_text(self, document_id: int) -> str:
        return TEXTS[document_id]


STORE: Any = _Texts()


def _feat(doc: int) -> LinkFeatures:
    day = "2025-03-01"
    return LinkFeatures(
        doc, doc, doc, day, "day", "Battles", "US", "Ohio", "Dayton", 4509884, 39.759,
        -84.192, (), doc, day,
    )  # fmt: skip


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_veto, "THIN_LINK", 0.5)
    monkeypatch.setattr(link_veto, "THIN_WORDS", 160)


def test_a_thin_text_scored_between_the_thresholds_joins(on: None) -> None:
    assert len(FULL.split()) > 160 >= len(THIN.split())
    assert link_veto.thin_lift(0.55, 0.7, (_feat(1), _feat(2)), STORE) == 0.7
    assert link_veto.thin_lift(0.5, 0.7, (_feat(2), _feat(1)), STORE) == 0.7


def test_two_full_texts_or_a_score_below_keep_their_score(on: None) -> None:
    assert link_veto.thin_lift(0.65, 0.7, (_feat(1), _feat(3)), STORE) == 0.65
    assert link_veto.thin_lift(0.45, 0.7, (_feat(1), _feat(2)), STORE) == 0.45
    assert link_veto.thin_lift(0.9, 0.7, (_feat(1), _feat(2)), STORE) == 0.9


def test_off_lifts_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_veto, "THIN_LINK", None)
    assert link_veto.thin_lift(0.6, 0.7, (_feat(1), _feat(2)), STORE) == 0.6


def test_places_apart_are_not_lifted(on: None) -> None:
    # Two thin New Year's Eve reports placed in two states (place score 0): kept apart.
    assert link_veto.thin_lift(0.59, 0.7, (_feat(1), _feat(2)), STORE, 0.0) == 0.59
    # One state's places (0.7) or an unknown place (None) still lift.
    assert link_veto.thin_lift(0.59, 0.7, (_feat(1), _feat(2)), STORE, 0.7) == 0.7
    assert link_veto.thin_lift(0.59, 0.7, (_feat(1), _feat(2)), STORE, None) == 0.7
