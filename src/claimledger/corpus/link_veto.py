"""Evidence for and against a pair beyond the learned score (``link_search``).

Input: a pair's learned score and text cosine (``link_search._vetoed``). Output:
whether the text vetoes (``link_search.VETO_TEXT``, and ``CROWD_TEXT`` in a crowded
window) still hold. Issue 13 (GVA dev, tune half): a pair the scorer gives
``STRONG_LINK`` or more that shares at least ``STRONG_TEXT`` of text is one event
reported twice in a big city's week far more often than two events (the tune half's
split pairs so held: 6 of one incident, 1 of two); one report is often thin (a
photo caption, a paragraph of a round-up) and shares only the place and a street
with the fuller one.
"""

from __future__ import annotations

# A learned score of STRONG_LINK or more lifts the text vetoes for a pair sharing at
# least STRONG_TEXT of text (None: off). A pair sharing nothing stays vetoed. GVA dev
# whole file, one set of analyses (thirty-first session): B-cubed .9770/.9034/.9387 ->
# .9762/.9077/.9407 (tune items .9832/.9210/.9511 -> .9824/.9244/.9525, report items
# .9704/.8849/.9257 -> .9696/.8902/.9282); pairs gained 38 right, 7 wrong, none lost.
STRONG_LINK: float | None = 0.95
STRONG_TEXT = 0.05


def strong(p: float, sim: float) -> bool:
    """Whether a pair's learned score ``p`` and text cosine ``sim`` lift the text vetoes."""
    return STRONG_LINK is not None and p >= STRONG_LINK and sim >= STRONG_TEXT
