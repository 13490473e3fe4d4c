"""Which corpus incident a new incident joins, read against the incident's members.

Input: per candidate corpus incident, the new incident's best score with one of
its members (``link_search.scores``) and the scores of all its members the search
scored (``members``). Output: the corpus incident to join (or None: start a new
one) and the corpus incidents the new incident bridges (to merge).

Joining the incident of the best-scoring member alone is single-link
clustering: one report that resembles a single member of a busy incident pulls
its own event in, and in a dense feed such chains grow. So an incident whose
nearby members mostly disagree with the new one (``coherent``) is passed over for
the next candidate, and a bridging merge needs several members of each side to
agree (``agreeing``).
"""

from __future__ import annotations

# With at least two members scored, the second-best must reach COHESION_SECOND, or
# the mean of the members' scores COHESION_MEAN (None: that test is off; both None:
# the best member alone decides, as before).
COHESION_SECOND: float | None = None
COHESION_MEAN: float | None = None
# A bridged incident with at least two members scored joins a merge only when at
# least MERGE_AGREE of them reach the merge threshold (1: its best member suffices).
MERGE_AGREE = 1


def coherent(scores: list[float]) -> bool:
    """Whether the members an incident's search scored agree with the new incident."""
    if len(scores) < 2 or (COHESION_SECOND is None and COHESION_MEAN is None):
        return True
    ranked = sorted(scores, reverse=True)
    if COHESION_SECOND is not None and ranked[1] >= COHESION_SECOND:
        return True
    return COHESION_MEAN is not None and sum(ranked) / len(ranked) >= COHESION_MEAN


def agreeing(scores: list[float], merge_threshold: float) -> bool:
    """Whether enough of an incident's scored members reach the merge threshold."""
    need = min(MERGE_AGREE, len(scores))
    return sum(1 for s in scores if s >= merge_threshold) >= max(1, need)


def choose(
    scored: dict[int, tuple[float, str, int]],
    members: dict[int, list[float]],
    threshold: float,
    merge_threshold: float | None,
) -> tuple[tuple[float, str, int] | None, list[int], bool]:
    """The candidate to join, the incidents it bridges, and whether a better one was
    passed over because its members disagree.

    Args:
        scored: per corpus incident, its best (score, reason, id).
        members: per corpus incident, the scores of its members the search scored.
        threshold: the smallest score that joins.
        merge_threshold: the smallest score that bridges (None: never merge).

    Returns:
        The best coherent candidate at or above ``threshold`` (None: none), the
        corpus incidents to merge with it (empty unless two or more qualify),
        and whether a higher-scoring incident was passed over.
    """
    ranked = sorted(scored.values(), key=lambda x: -x[0])  # stable: ties keep search order
    best = None
    passed = False
    for item in ranked:
        if item[0] < threshold:
            break
        if coherent(members.get(item[2], [item[0]])):
            best = item
            break
        passed = True
    if best is None or merge_threshold is None or best[0] < merge_threshold:
        return best, [], passed
    bridged = [
        cid
        for s, _, cid in ranked
        if s >= merge_threshold
        and coherent(members.get(cid, [s]))
        and agreeing(members.get(cid, [s]), merge_threshold)
    ]
    return best, (bridged if len(bridged) > 1 and best[2] in bridged else []), passed
