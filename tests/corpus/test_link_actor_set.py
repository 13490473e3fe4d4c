"""The actor names two incidents are compared on (corpus/link_rules.actor_set)."""

from __future__ import annotations

from claimledger.corpus.link_rules import actor_set


def test_completed_sides_leave_the_comparison_as_read() -> None:
    # reconcile/sides.py adds Civilians and the incident's country to generic forces
    completed = ["Police Forces of the United States", "Civilians", "Unidentified Armed Group"]
    as_read = ["Police Forces", "Unidentified Armed Group"]
    assert actor_set(completed) == actor_set(as_read)
    assert actor_set(completed) == frozenset({"police forces"})


def test_conventional_sides_are_no_side_to_compare() -> None:
    # an attacker nobody identifies, a protest's crowd: every shooting, every protest has one
    for name in ("Unidentified Armed Group", "Protesters", "Rioters", "civilians"):
        assert actor_set([name, "Velmor Defence Units"]) == frozenset({"velmor defence units"})


def test_only_civilians_is_no_side_to_compare() -> None:
    assert actor_set(["Civilians"]) == frozenset()


def test_named_groups_kept() -> None:
    assert actor_set(["Islamic State", "Military Forces"]) == frozenset(
        {"islamic state", "military forces"}
    )
