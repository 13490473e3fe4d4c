"""Merging and splitting corpus incidents, automatically and by hand.

Input: an open ``Store`` and corpus incident ids (and, for a split, the
document-level incidents or documents to move). Output: the store changed in
one transaction, the decision recorded (``curation_decisions``), and the
merged descriptions recomputed (``summary.refresh``).

Rules:

* A merge keeps the **survivor**'s id; the absorbed id **redirects** to it
  (``get_incident(store, absorbed)`` answers with the survivor). Linking merges
  automatically when a new document bridges two incidents (it scores above
  ``link.MERGE_THRESHOLD`` with both); the older (smaller) id survives. By
  hand, ``claimledger merge A B`` keeps ``A``.
* A split moves some document-level incidents of an incident into a new one
  and records the two as **kept apart**: linking never merges them again
  (the mark follows either side through later merges).
* A manual merge removes a kept-apart mark between the two; nothing in
  linking ever splits an incident, so a manual merge is never undone except
  by a user's split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.corpus import summary
from claimledger.errors import ClaimledgerError
from claimledger.options import DEFAULT_MODEL
from claimledger.store.base import CurationRow, Store, StoredIncident


class CurationError(ClaimledgerError):
    """A merge or split that cannot be done (unknown id, nothing to move...)."""


@dataclass(frozen=True)
class SplitResult:
    """What ``split`` did: the new incident and the document-level incidents moved to it."""

    corpus_incident_id: int
    new_corpus_incident_id: int
    moved: tuple[int, ...]


def resolve(store: Store, corpus_incident_id: int) -> int:
    """The id that answers for ``corpus_incident_id`` (the survivor of a merge, or itself)."""
    return store.resolve_corpus_incident(corpus_incident_id)


def _live(store: Store, corpus_incident_id: int) -> int:
    """The resolved id of an incident that has documents, or a ``CurationError``."""
    cid = resolve(store, corpus_incident_id)
    row = store.get_corpus_incident(cid)
    if row is None or row.n_documents == 0:
        raise CurationError(f"no incident {corpus_incident_id}")
    return cid


def may_merge(store: Store, a: int, b: int) -> bool:
    """Whether linking may merge two corpus incidents (no user kept them apart)."""
    a, b = resolve(store, a), resolve(store, b)
    return a != b and not store.kept_apart(a, b)


def merge_linked(store: Store, ids: Sequence[int], reason: str) -> tuple[int, list[int]]:
    """Merge corpus incidents a bridging document links, as linking decides it.

    The smallest id survives; an id a user kept apart from the survivor is
    left out. The absorbed incidents are emptied at once; the survivor's
    description is refreshed by ingest with every incident its batch touched.

    Args:
        store: the open store, inside the writer's transaction.
        ids: the corpus incidents the document scored above the merge threshold with.
        reason: why (the scores), recorded with each merge.

    Returns:
        The survivor and the ids it absorbed.
    """
    live = sorted({resolve(store, i) for i in ids})
    survivor, absorbed = live[0], []
    for other in live[1:]:
        if store.kept_apart(survivor, other):
            continue
        store.merge_corpus_incidents(survivor, other, manual=False, reason=reason)
        store.record_curation("merge", survivor, other, manual=False, note=reason)
        absorbed.append(other)
    summary.refresh(store, absorbed)
    return survivor, absorbed


def merge(
    store: Store,
    survivor: int,
    absorbed: int,
    note: str | None = None,
    model: str = DEFAULT_MODEL,
) -> int:
    """Merge two corpus incidents by hand; ``survivor`` keeps its id.

    Args:
        store: the open store (opened for writing).
        survivor: the id that remains.
        absorbed: the id merged into it; it redirects to ``survivor`` afterwards.
        note: the user's reason, recorded.
        model: the spaCy pipeline the grade parses the texts with (the ingest's).

    Returns:
        The survivor's id (resolved, when it had itself been merged before).

    Raises:
        CurationError: an id names no incident, or both are already one.
    """
    with store.transaction():
        a, b = _live(store, survivor), _live(store, absorbed)
        if a == b:
            raise CurationError(f"incidents {survivor} and {absorbed} are already one ({a})")
        store.allow_together(a, b)
        reason = "merged by hand" + (f": {note}" if note else "")
        store.merge_corpus_incidents(a, b, manual=True, reason=reason)
        store.record_curation("merge", a, b, manual=True, note=note)
        summary.refresh(store, [a, b], model)
    return a


def _select(
    incidents: Sequence[StoredIncident],
    incident_ids: Sequence[int],
    documents: Sequence[str],
) -> list[int]:
    """The document-level incidents named by id or by their document (store or external id)."""
    by_id = {i.id: i for i in incidents}
    chosen: list[int] = []
    for iid in incident_ids:
        if iid not in by_id:
            raise CurationError(f"incident report {iid} is not part of this incident")
        chosen.append(iid)
    for ref in documents:
        hits = [i.id for i in incidents if i.external_id == ref or str(i.document_id) == ref]
        if not hits:
            raise CurationError(f"document {ref} is not part of this incident")
        chosen += hits
    return sorted(set(chosen))


def split(
    store: Store,
    corpus_incident_id: int,
    *,
    incident_ids: Sequence[int] = (),
    documents: Sequence[str] = (),
    note: str | None = None,
    model: str = DEFAULT_MODEL,
) -> SplitResult:
    """Move document-level incidents into a new corpus incident, kept apart from the old one.

    Args:
        store: the open store (opened for writing).
        corpus_incident_id: the incident to split (an absorbed id is resolved).
        incident_ids: document-level incident ids (``show`` lists them) to move.
        documents: documents (store id or external id) whose incidents move.
        note: the user's reason, recorded.
        model: the spaCy pipeline the grade parses the texts with (the ingest's).

    Returns:
        The old and new ids and what moved.

    Raises:
        CurationError: unknown incident, a document or report not in it, nothing
            named, or everything named (a split must leave something behind).
    """
    with store.transaction():
        cid = _live(store, corpus_incident_id)
        incidents = store.incidents_of(cid)
        moved = _select(incidents, incident_ids, documents)
        if not moved:
            raise CurationError("name the documents or incident reports to split off")
        if len(moved) == len(incidents):
            raise CurationError("a split must leave at least one incident report behind")
        new = store.new_corpus_incident()
        reason = "split off by hand" + (f": {note}" if note else "")
        scores = {i.id: i.link_score or 1.0 for i in incidents}
        for iid in moved:
            store.link(iid, new, scores[iid], reason)
        decision = store.record_curation(
            "split", cid, new, manual=True, incident_ids=moved, note=note
        )
        store.keep_apart(cid, new, decision)
        summary.refresh(store, [cid, new], model)
    return SplitResult(cid, new, tuple(moved))


def history(store: Store, corpus_incident_id: int) -> list[CurationRow]:
    """The merges and splits behind a corpus incident (its own id and those it absorbed)."""
    cid = resolve(store, corpus_incident_id)
    return store.curation_of([cid, *store.absorbed_into(cid)])
