"""The second pass of an ingest run: incidents left alone are read again.

Input: the corpus incidents an ingest run created or scored as candidates.
Output: those still holding a single document, re-scored against the finished
corpus and merged into the best other corpus incident at the merge threshold
(the absorbed id redirects to the survivor, ``corpus/merge.py``).

Linking is incremental: a document is scored against the incidents stored
before it. A report that arrives first and says little (a brief, a headline
with two lines) starts an incident of its own, and the fuller reports that
follow score it from their side, where the words that tie them (the day it
names, the street it gives) are not the new text's. Once the run is written,
each incident still alone is scored the other way round, against every corpus
incident in its window, later ones included, with the same scorer, search and
vetoes (``link_search.scores``). Chosen by cross-validation on the GVA tune
half (docs/models.md, linking card, eleventh session): recall +0.0035 for
precision -0.0004 in the denser CV at the merge threshold.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimledger.corpus.link import LinkSettings, TermIndex, effective
from claimledger.corpus.link_names import names_of
from claimledger.store.base import Store


def relink_alone(
    store: Store,
    corpus_ids: Iterable[int],
    index: TermIndex,
    settings: LinkSettings | None = None,
) -> list[tuple[int, int]]:
    """Merge each incident of ``corpus_ids`` still alone into the best other at the
    merge threshold, in id order (the order they were created).

    Args:
        store: the open store, inside a transaction.
        corpus_ids: corpus incidents to look at (absorbed ids are resolved).
        index: the writer's term statistics.
        settings: the linker's settings (``link.current()`` if None); nothing is
            done when ``relink`` is off or the linker never merges.

    Returns:
        (survivor, absorbed) per merge made.
    """
    from claimledger.corpus.link_search import scores
    from claimledger.corpus.merge import merge_linked

    settings = effective(settings)
    if not settings.relink or settings.merge_threshold is None:
        return []
    at = settings.merge_threshold
    done: list[tuple[int, int]] = []
    for cid in sorted({store.resolve_corpus_incident(i) for i in corpus_ids}):
        cid = store.resolve_corpus_incident(cid)
        incidents = store.incidents_of(cid)
        docs = {i.document_id for i in incidents}
        if len(docs) != 1:
            continue
        (doc_id,) = docs
        terms = store.get_terms([doc_id]).get(doc_id, [])
        vectors = {doc_id: index.vector(terms, doc_id)}
        names = {doc_id: names_of(terms)}
        best: tuple[float, str, int] | None = None
        for f in store.link_features(doc_id):
            if f.corpus_incident_id != cid:
                continue
            for s, why, other in scores(store, f, index, (vectors, names), settings).values():
                other = store.resolve_corpus_incident(other)
                if other != cid and s >= at and (best is None or s > best[0]):
                    best = (s, why, other)
        if best is None:
            continue
        why = f"second pass: incident {cid}, alone, scores {best[0]:.2f} with {best[2]}: {best[1]}"
        survivor, absorbed = merge_linked(store, [cid, best[2]], why)
        done += [(survivor, a) for a in absorbed]
    return done
