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

Before them, as in one document (``reconcile.grade.independent_sources``): a claim whose
source names no one who reports ("residents", "neighbours", "people", a pronoun left
unresolved: ``reconcile.origin.is_reporting_source``) is no source, nor its relay outlet
(thirty-fifth session: ``analyze`` read such a text weak and ``show`` fair).

Then, as in one document (``reconcile.grade``): only sources of the toll count.

6. **a source that says nothing of the harm is none**: an origin whose every claim is an
   assertion beside the toll ("councillors said patrols had been cut since January") or an
   absence ("no arrests had been made"), read from a parse of each claim's sentence
   (``reconcile.grade_toll.said_of_the_toll``, :func:`beside_the_toll`, at grading time:
   the parse needs spaCy), is left out;
7. **the outlet's narration is no source beside its sources**: a document's unattributed
   assertions (no figure) count (under its outlet) only when the document gives no
   attributed source of the toll; beside one, they are its narration ("the road is used by
   thousands of pilgrims"). Its own figure still counts under its outlet (in one document
   the author's account counts only alone: a difference left, ``docs/grading.md``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimledger.options import DEFAULT_MODEL
from claimledger.reconcile.origin import is_reporting_source, origin_key, writers_own
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


def _reporting(claims: Sequence[StoredClaim]) -> list[StoredClaim]:
    """Rule 0, as in one document (``reconcile.origin.is_reporting_source``): a claim whose
    source names no one who reports ("residents", "neighbours", "people", "he", "the victims")
    is no source, nor is the outlet it was told to; the document's own claims stay."""
    return [c for c in claims if _writer(c) or is_reporting_source(c.source_name)]


def _writer(c: StoredClaim) -> bool:
    """A claim of the document's own account: the author's, or reports no one is named for
    ("Initial reports suggest ...": ``reconcile.origin.unnamed_reports``), as in one document."""
    return writers_own(c.source_kind, c.source_name)


def _own_key(c: StoredClaim, outlets: Mapping[int, str | None]) -> str:
    """Rules 1-3 before folding: the key of a claim's own source."""
    doc = c.canonical_document_id
    if _writer(c):
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
        if not _writer(c) and c.figure is not None:
            stated.setdefault((c.canonical_document_id, c.figure, c.low, c.high), keys[c.id])
    for c in claims:
        if _writer(c) and c.figure is not None:
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
        if len(words) < MIN_REPEATED_CHARS or _writer(c):
            continue
        seen = first.get(words)
        if seen is None:
            first[words] = (c.canonical_document_id, keys[c.id])
        elif seen[0] != c.canonical_document_id:
            keys[c.id] = seen[1]
    return keys


def independent_sources(
    claims: Sequence[StoredClaim],
    outlets: Mapping[int, str | None] | None = None,
    *,
    beside: Collection[int] = (),
    kept: Collection[str] | None = None,
) -> tuple[IndependentSource, ...]:
    """The corpus incident's independent sources with the relays folded under each.

    Args:
        claims: its claims.
        outlets: canonical document id -> outlet (see ``origin_keys``).
        beside: the ids of claims beside the toll (rule 6, :func:`beside_the_toll`).
        kept: the origin keys a stored grade kept (``CorpusSourceRow.key``): a reader
            of the store without a parse lists those (rule 6 needs the parse).

    Returns:
        One row per origin, most claims first (then by name).
    """
    outlets = outlets or {}
    claims = _reporting(claims)
    keys = origin_keys(claims, outlets)
    told = {
        c.canonical_document_id
        for c in claims
        if c.id not in beside and not _authored(keys[c.id]) and (kept is None or keys[c.id] in kept)
    }
    by_key: dict[str, list[StoredClaim]] = {}
    for c in sorted(claims, key=lambda c: c.id):
        key = keys[c.id]
        if c.id in beside or (kept is not None and key not in kept):
            continue
        if _authored(key) and c.figure is None and c.canonical_document_id in told:
            continue  # rule 7
        by_key.setdefault(key, []).append(c)
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
                if not _writer(head)
                else (outlets.get(head.canonical_document_id) or head.external_id),
                kind="author" if _writer(head) else head.source_kind,
                relays=tuple(relays),
                claim_ids=tuple(c.id for c in cs),
                document_ids=tuple(sorted({c.document_id for c in cs})),
            )
        )
    return tuple(sorted(out, key=lambda s: (-len(s.claim_ids), s.name.casefold(), s.key)))


def _authored(key: str) -> bool:
    """An origin key of a document's own reporting (its outlet's or its own)."""
    return key.startswith(("outlet:", "document:"))


def _head(key: str, cs: Sequence[StoredClaim], outlets: Mapping[int, str | None]) -> StoredClaim:
    """The claim that names the origin: an attributed one whose own key is the group's."""
    own = [c for c in cs if _own_key(c, outlets) == key and not _writer(c)]
    attributed = [c for c in cs if not _writer(c)]
    return (own or attributed or list(cs))[0]


def _relays_of(c: StoredClaim, head: StoredClaim, outlets: Mapping[int, str | None]) -> list[str]:
    """How one claim reached us, when not straight from its origin."""
    out = []
    if c.source_via:
        out.append(f"{c.source_via} (relay)")
    if c.canonical_document_id != c.document_id:
        out.append(f"{c.external_id} (near-duplicate copy)")
    if _writer(c) and not _writer(head):
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
    from claimledger.reconcile.grade import civilians_harmed, decide

    beside = beside_the_toll(claims, outlets, texts, model)
    sources = independent_sources(claims, outlets, beside=beside)
    evidence = read_text_cues("\n".join(texts), as_groups(sources), model)
    if evidence.combatants:  # discounted only when no claim says a civilian was harmed
        evidence = dataclasses.replace(evidence, civilians_harmed=civilians_harmed(claims))
    grade, reasons = decide(evidence, stated=stated)
    return grade, reasons, sources


def beside_the_toll(
    claims: Sequence[StoredClaim],
    outlets: Mapping[int, str | None],
    texts: Sequence[str],
    model: str = DEFAULT_MODEL,
) -> frozenset[int]:
    """Rule 6: the claims of the attributed origins whose every claim says nothing of the
    harm (``reconcile.grade_toll.said_of_the_toll``). An assertion's sentence is the one of
    the text that holds its words at its offsets (``texts``: the grading texts), parsed
    alone (``attribute.parse_sentences``, each sentence once); only origins with no figure
    of the toll are parsed, and one whose claim is in none of the texts counts.

    Args:
        claims: the corpus incident's claims.
        outlets: canonical document id -> outlet.
        texts: the texts of its documents (``summary.grading_texts``).
        model: the spaCy pipeline to parse the sentences with.

    Returns:
        The ids of the claims to leave out.
    """
    from claimledger.reconcile.grade_toll import said_of_the_toll

    claims = _reporting(claims)
    keys = origin_keys(claims, outlets)
    by_key: dict[str, list[StoredClaim]] = {}
    for c in claims:
        if not _writer(c) and not _authored(keys[c.id]):
            by_key.setdefault(keys[c.id], []).append(c)
    out: set[int] = set()
    for cs in by_key.values():
        said = [c for c in cs if c.figure is None]
        if any(said_of_the_toll(c.figure, c.high, 0, 0, ()) for c in cs if c.figure):
            continue
        spans = [_sentence_of(c, texts) for c in said]
        if not said or any(span is None for span in spans):
            continue
        if not any(
            said_of_the_toll(None, None, c.evidence.start, c.evidence.end, parse_spans([s], model))
            for c, s in zip(said, spans, strict=True)
            if s is not None
        ):
            out.update(c.id for c in cs)
    return frozenset(out)


# Sentences as the grade reads a text (``reconcile.grade``): up to a stop or a line end.
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _sentence_of(c: StoredClaim, texts: Sequence[str]) -> tuple[str, int, int] | None:
    """The text that holds a claim's words at its offsets, and the bounds of the sentences
    around them there (None when no text holds them)."""
    e = c.evidence
    for text in texts:
        if e.end <= len(text) and e.start < e.end and text[e.start : e.end] == e.text:
            spans = [m.span() for m in _SENTENCE.finditer(text)]
            start = max((a for a, _ in spans if a <= e.start), default=0)
            end = min((b for _, b in spans if b >= e.end), default=len(text))
            return text, start, end
    return None


def parse_spans(spans: Sequence[tuple[str, int, int]], model: str) -> list[ParsedSentence]:
    """The sentences [start, end) of texts parsed each alone, at their offsets in their
    text (a sentence spaCy splits gives each part its own words and offsets)."""
    texts = []
    for text, start, end in spans:
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        texts.append((text, start + lead, piece.strip()))
    parse_sentences([t for _, _, t in texts], model)  # one batch; each is kept
    out: list[ParsedSentence] = []
    for _text, offset, sentence in texts:
        out += _placed(parse_sentences([sentence], model), sentence, offset)
    return out


def _placed(parts: Sequence[ParsedSentence], sentence: str, offset: int) -> list[ParsedSentence]:
    """Parts of a sentence parsed alone, each with its own words' text and offsets."""
    out, at = [], 0
    for p in parts:
        first = sentence.find(p.tokens[0].text, at) if p.tokens else -1
        last = first
        for t in p.tokens:
            i = sentence.find(t.text, last)
            if i < 0:
                break
            last = i + len(t.text)
        if first < 0:
            continue
        out.append(
            dataclasses.replace(
                p, text=sentence[first:last], start=offset + first, end=offset + last
            )
        )
        at = last
    return out
