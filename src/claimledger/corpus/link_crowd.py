"""The candidates of a new incident that date and place allow, and how crowded its window
is (``link_search``): how many corpus incidents lie near, and the new document's term
weights with the terms every nearby incident uses weighed down (``LOCAL_SHARE``).

Split from ``link_search`` (module size); it imports these under their old private names.
"""

from __future__ import annotations

from claimledger.corpus.link import date_score, place_score
from claimledger.corpus.link_rules import FOLLOWUP_PLACE, LinkSettings
from claimledger.store.base import LinkFeatures


def allowed(
    f: LinkFeatures,
    cands: list[LinkFeatures],
    shared: dict[int, list[str]],
    settings: LinkSettings,
) -> list[tuple[LinkFeatures, bool, float | None]]:
    """The candidates date and place allow (or a shared name decides), with whether
    each is beyond the date window and its place score.

    Text similarity is the costly part: it is computed for these only.
    """
    pairs = []
    for c in cands:
        ds, ps = date_score(f, c)[0], place_score(f, c)[0]
        if c.incident_id in shared:
            pairs.append((c, ds == 0.0, ps))
            continue
        if ps == 0.0 and settings.text_over_place is None:
            continue
        followup = ds == 0.0 and settings.followup_days > 0 and (c.date or "") <= (f.date or "")
        if ds != 0.0 or followup:
            pairs.append((c, ds == 0.0, ps))
    return pairs


def crowd(pairs: list[tuple[LinkFeatures, bool, float | None]]) -> int:
    """How many corpus incidents lie near: within the date window, places agreeing."""
    return len(
        {
            c.corpus_incident_id
            for c, far, ps in pairs
            if not far and ps is not None and ps >= FOLLOWUP_PLACE
        }
    )


def local_weights(
    own: tuple[dict[str, float], float],
    pairs: list[tuple[LinkFeatures, bool, float | None]],
    vectors: dict[int, tuple[dict[str, float], float]],
    share: int,
) -> tuple[dict[str, float], float]:
    """The new document's term weights; a term that ``n > share`` nearby corpus
    incidents use (within the window, places not apart) keeps ``share / n`` of its weight.

    The norm stays the document's own, so only the shared part of a cosine falls.
    """
    users: dict[str, set[int]] = {}
    weights = own[0]
    for c, far, ps in pairs:
        if far or ps == 0.0:
            continue
        for t in vectors.get(c.document_id, ({}, 0.0))[0]:
            if t in weights:
                users.setdefault(t, set()).add(c.corpus_incident_id or 0)
    crowded = {t: len(u) for t, u in users.items() if len(u) > share}
    if not crowded:
        return own
    return {t: w * share / crowded.get(t, share) for t, w in weights.items()}, own[1]
