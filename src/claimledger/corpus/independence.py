"""Independent sources of a corpus incident: claims that trace to one origin count once.

Input: the :class:`~claimledger.store.StoredClaim` list of a corpus incident
and the outlet of each document (its ``source`` field). Output: the origin key
of every claim (:func:`origin_keys`, what ``summary.reconcile_figure`` counts
sources by) and :class:`IndependentSource` rows, each with the relays folded
under it (what ``show``, the exports and the grade use).

The rules (``docs/grading.md``), applied in this order:

1. **one origin, one source**: a named source is its name compared loosely
   (``reconcile.origin.origin_key``: "@ShehabAgency" = "Shehab News Agency"),
   whatever its kind and whichever outlet carried it; its ``via`` ("X told
   Reuters") is a relay. An unnamed one ("a security source") is one source
   per relay outlet when it has one, else per document;
2. **near-duplicates are copies**: a claim of a document that near-duplicates
   another counts under the original document (``canonical_document_id``);
3. **the outlet's own figure restates its source**: an unattributed claim of a
   document (kind ``author``) counts under the outlet that published it, or,
   when an attributed source of the same document gives the same figure,
   under that source;
4. **an outlet that relays another source is that source**: an outlet quoted
   as a source ("according to Reuters") or publishing a document, that is the
   ``via`` of another source of the incident, folds under that source;
5. **accounts repeating one wording**: claims of different documents with the
   same statement (same words, at least ``MIN_REPEATED_CHARS`` long) count
   under the first of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimledger.options import DEFAULT_MODEL
from claimledger.reconcile.origin import origin_key
from claimledger.records import ParsedSentence, SourceGroup
from claimledger.store.base import StoredClaim

if TYPE_CHECKING:
    from claimledger.reconcile.grade import GradeEvidence

# The grade (reconcile.grade) and the parse (attribute.parsed) import spaCy and every
# reader: they are imported inside the functions that need them, so a command that
# only reads a store (``claimledger incidents``, ``show``, ``export``) does not load
# them; names are compared by ``reconcile.origin``, which imports neither.


def parse_sentences(sentences: Sequence[str], model: str = DEFAULT_MODEL) -> list[ParsedSentence]:
    """``attribute.parsed.parse_sentences`` (imported on first use)."""
    from claimledger.attribute.parsed import parse_sentences as parse

    return parse(sentences, model)


_PER_DOCUMENT_KINDS = frozenset({"anonymous", "author"})
_INDEFINITE = re.compile(r"^(?:a|an|one|some|two|three|several)\s", re.I)
# A repeated wording shorter than this may be a coincidence ("12 people were killed").
MIN_REPEATED_CHARS = 60


@dataclass(frozen=True)
class IndependentSource:
    """One origin of a corpus incident's claims and everything that repeated it."""

    key: str
    name: str
    kind: str
    relays: tuple[str, ...]  # "Reuters (relay)", "doc-7 (near-duplicate of doc-3)", ...
    claim_ids: tuple[int, ...]
    document_ids: tuple[int, ...]


def _own_key(c: StoredClaim, outlets: Mapping[int, str | None]) -> str:
    """Rules 1-3 before folding: the key of a claim's own source."""
    doc = c.canonical_document_id
    if c.source_kind == "author":
        outlet = outlets.get(doc)
        return f"outlet:{origin_key(outlet)}" if outlet else f"document:{doc}"
    name = origin_key(c.source_name)
    if c.source_kind in _PER_DOCUMENT_KINDS or _INDEFINITE.match(c.source_name.strip()):
        if c.source_via:
            return f"{c.source_kind}:{name}@via:{origin_key(c.source_via)}"
        return f"{c.source_kind}:{name}@{doc}"
    return name


def origin_keys(
    claims: Sequence[StoredClaim], outlets: Mapping[int, str | None] | None = None
) -> dict[int, str]:
    """The origin of every claim (rules in the module docstring).

    Args:
        claims: a corpus incident's claims.
        outlets: canonical document id -> its outlet (``StoredDocument.source``);
            documents without one are their own outlet.

    Returns:
        claim id -> origin key; two claims with one key are one source.
    """
    outlets = outlets or {}
    keys = {c.id: _own_key(c, outlets) for c in claims}
    # Rule 3: an unattributed figure restating an attributed one of the same document.
    stated: dict[tuple[int, str | None, int | None, int | None], str] = {}
    for c in claims:
        if c.source_kind != "author" and c.figure is not None:
            stated.setdefault((c.canonical_document_id, c.figure, c.low, c.high), keys[c.id])
    for c in claims:
        if c.source_kind == "author" and c.figure is not None:
            owner = stated.get((c.canonical_document_id, c.figure, c.low, c.high))
            if owner is not None:
                keys[c.id] = owner
    # Rule 4: an outlet that is the relay of another source is that source.
    relay_of: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: c.id):
        if c.source_via:
            relay_of.setdefault(origin_key(c.source_via), keys[c.id])
    for cid, key in keys.items():
        bare = key.removeprefix("outlet:")
        origin = relay_of.get(bare)
        if origin is not None and origin != key and ":" not in bare:
            keys[cid] = origin
    # Rule 5: the same wording in several documents goes back to its first teller.
    first: dict[str, tuple[int, str]] = {}
    for c in sorted(claims, key=lambda c: ((c.document_date or ""), c.id)):
        words = " ".join(re.findall(r"\w+", c.statement.casefold()))
        if len(words) < MIN_REPEATED_CHARS or c.source_kind == "author":
            continue
        seen = first.get(words)
        if seen is None:
            first[words] = (c.canonical_document_id, keys[c.id])
        elif seen[0] != c.canonical_document_id:
            keys[c.id] = seen[1]
    return keys


def independent_sources(
    claims: Sequence[StoredClaim], outlets: Mapping[int, str | None] | None = None
) -> tuple[IndependentSource, ...]:
    """The corpus incident's independent sources with the relays folded under each.

    Args:
        claims: its claims.
        outlets: canonical document id -> outlet (see ``origin_keys``).

    Returns:
        One row per origin, most claims first (then by name).
    """
    outlets = outlets or {}
    keys = origin_keys(claims, outlets)
    by_key: dict[str, list[StoredClaim]] = {}
    for c in sorted(claims, key=lambda c: c.id):
        by_key.setdefault(keys[c.id], []).append(c)
    out = []
    for key, cs in by_key.items():
        head = _head(key, cs, outlets)
        relays: list[str] = []
        for c in cs:
            for r in _relays_of(c, head, outlets):
                if r not in relays:
                    relays.append(r)
        out.append(
            IndependentSource(
                key=key,
                name=head.source_name
                if head.source_kind != "author"
                else (outlets.get(head.canonical_document_id) or head.external_id),
                kind=head.source_kind,
                relays=tuple(relays),
                claim_ids=tuple(c.id for c in cs),
                document_ids=tuple(sorted({c.document_id for c in cs})),
            )
        )
    return tuple(sorted(out, key=lambda s: (-len(s.claim_ids), s.name.casefold(), s.key)))


def _head(key: str, cs: Sequence[StoredClaim], outlets: Mapping[int, str | None]) -> StoredClaim:
    """The claim that names the origin: an attributed one whose own key is the group's."""
    own = [c for c in cs if _own_key(c, outlets) == key and c.source_kind != "author"]
    attributed = [c for c in cs if c.source_kind != "author"]
    return (own or attributed or list(cs))[0]


def _relays_of(c: StoredClaim, head: StoredClaim, outlets: Mapping[int, str | None]) -> list[str]:
    """How one claim reached us, when not straight from its origin."""
    out = []
    if c.source_via:
        out.append(f"{c.source_via} (relay)")
    if c.canonical_document_id != c.document_id:
        out.append(f"{c.external_id} (near-duplicate copy)")
    if c.source_kind == "author" and head.source_kind != "author":
        outlet = outlets.get(c.canonical_document_id) or c.external_id
        out.append(f"{outlet} (restates it)")
    elif origin_key(c.source_name) != origin_key(head.source_name):
        out.append(f"{c.source_name} (repeats it)")
    return out


def as_groups(sources: Sequence[IndependentSource]) -> tuple[SourceGroup, ...]:
    """The rows as the document level's ``SourceGroup``: a document's own reporting is
    its outlet's (media), one source per outlet (or per document when it names none)."""
    return tuple(
        SourceGroup(
            s.name,
            "media" if s.kind == "author" else s.kind,
            s.relays,
            len(s.claim_ids),
        )
        for s in sources
    )


def read_text_cues(
    text: str, sources: tuple[SourceGroup, ...], model: str = DEFAULT_MODEL
) -> GradeEvidence:
    """The grade's cues in a text that has no parse (a stored text): the sentences the
    contested detector's gate keeps are parsed with ``model`` (``attribute.parse_sentences``,
    kept per sentence), then read as in one document (``reconcile.grade.read_cues``)."""
    from claimledger.reconcile.grade import read_cues, sentences_to_parse

    return read_cues(text, sources, parse_sentences(sentences_to_parse(text), model))


def grade_corpus_incident(
    claims: Sequence[StoredClaim],
    outlets: Mapping[int, str | None],
    texts: Sequence[str],
    *,
    stated: bool = True,
    model: str = DEFAULT_MODEL,
) -> tuple[str, tuple[str, ...], tuple[IndependentSource, ...]]:
    """Grade a corpus incident from its claims and the texts of its (original) documents.

    Args:
        claims: its claims.
        outlets: canonical document id -> outlet.
        texts: the texts of its documents, near-duplicate copies left out.
        stated: let a monitor's grade stated in a text decide (``reconcile.grade.decide``).
        model: the spaCy pipeline the contested detector's sentences are parsed with
            (the stored texts have no parse; the ingest's ``Options.model``).

    Returns:
        (grade, reasons, independent sources).
    """
    from claimledger.reconcile.grade import decide

    sources = independent_sources(claims, outlets)
    evidence = read_text_cues("\n".join(texts), as_groups(sources), model)
    grade, reasons = decide(evidence, stated=stated)
    return grade, reasons, sources
