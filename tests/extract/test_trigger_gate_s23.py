"""The trigger gate of ``figures`` (``numbers/trigger_gate``, twenty-third session): a sentence
with no word any unnumbered figure starts from skips the per-token rules, and the figures
are the same with the gate and without it. Sentences written for these tests (invented
places and people)."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers import figures
from claimledger.extract.numbers.trigger_gate import quiet_tokens


def _quiet(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return all(quiet_tokens(doc))


@pytest.mark.parametrize(
    "text",
    [
        "The council of Varno met on Tuesday to discuss the new bridge.",
        "The shooting happened near the Orlo bridge shortly after 2 a.m.",
        "Shots were fired at the Tessin market, witnesses said.",
        "He spent his life in the village of Orlo.",
        "Officers took the statement of the shop owner on Monday.",
    ],
)
def test_a_sentence_without_a_trigger_is_quiet(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _quiet(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating the shooting of a teenager in Orlo.",
        "A boy was hit by a stray bullet in Varno.",
        "Two of the passengers did not make it.",
        "The teacher passed away in hospital on Friday.",
        "Among the victims were a nurse and her son.",
        "Three fighters were put out of action near Kessel.",
    ],
)
def test_a_sentence_with_a_trigger_is_read(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _quiet(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot and killed in Varno. The shooting happened near the bridge.",
        "Police are investigating the shooting of a teenager in Orlo.",
        "A woman was hit by a stray bullet. Two of the passengers did not make it.",
        "The teacher passed away in hospital. Among the victims were a nurse and her son.",
        "Four soldiers lost their lives at Kessel, and two rebels handed themselves in.",
        "Police said it was a murder-suicide. Nobody else was harmed, the mayor said.",
        "A double shooting left two men hurt. The remains of a man were found in Tessin.",
        "Three fighters were taken prisoner and the rest were put out of action.",
        "We mourn our comrade Idris, who was martyred. His brother's passing grieves us.",
    ],
)
def test_the_gate_gives_the_same_figures(nlp, monkeypatch, text) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    gated = figures.extract_figures(doc, "t1")
    assert gated
    monkeypatch.setattr(figures, "quiet_tokens", lambda d: bytearray(len(d)))
    assert figures.extract_figures(doc, "t1") == gated
