"""Wire the stages: RawDocument -> Document.

read -> nlp -> segment -> extract (numbers, dates, places, actors, event types)
-> attribute -> critical reading -> reconcile. Each stage is a function in its
own module; this module only calls them in order.

Where we depart from ``STYLE.md``, and why:

* Extractors are plain functions over a parsed ``Doc`` rather than registered
  spaCy components. spaCy parses once (``nlp.pipe``); each extractor reads the
  Doc and returns frozen mention records. This keeps spaCy objects inside
  ``extract/`` and ``attribute``, avoids global ``Doc._`` extension state
  entirely (so no fixture has to reset it), and lets ``--model`` name any
  installed pipeline without it having to carry our components.
* Mentions are typed per kind (``FigureMention``, ``DateMention``,
  ``PlaceMention``, ...) instead of one generic ``Mention``: each carries the
  fields its kind needs, and all carry an ``Evidence``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass, replace
from typing import IO, Any, TypeVar

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from claimledger import attribute, critical, reconcile, segment
from claimledger.attribute.model import apply_model
from claimledger.attribute.model_batch import apply_batch
from claimledger.attribute.parsed import sentence_records
from claimledger.errors import ReadError
from claimledger.extract import actors, dates, events, numbers, places
from claimledger.extract.places.home import publisher_host
from claimledger.nlp import load_nlp
from claimledger.nlp.sents import install_sentence_hooks
from claimledger.nlp.text import doc_text
from claimledger.options import Options
from claimledger.read import make_raw_document, read_paths
from claimledger.reconcile.grade_gate import worth_keeping
from claimledger.records import (
    Attribution,
    DateWarning,
    Document,
    Evidence,
    Incident,
    PlaceMention,
    RawDocument,
    Segment,
)

# A spaCy batch holds at most this many characters (besides ``Options.batch_size``).
BATCH_CHARS = 100_000
# Texts longer than this are parsed in pieces of whole paragraphs of about this size.
CHUNK_CHARS = 10_000
# Texts longer than this are analysed section by section: every stage after spaCy
# runs on sections of whole paragraphs of about SECTION_CHARS characters, and only
# the records (offsets moved to the whole text) are kept, so memory and time grow
# linearly with the text instead of with the square of it (see ``_read_long``).
LONG_CHARS = 100_000
SECTION_CHARS = 50_000
# Where a piece may end, best first: a paragraph break, a line break, a sentence end, a space.
_CUTS = ("\n\n", "\n", ". ", " ")
# spaCy's suffix search is quadratic in the length of a run without spaces (12,000
# dashes took 21 s): such runs are cut into pieces of this many characters.
MAX_WORD = 40
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD},}}")


def analyze(
    text: str,
    published: str | None = None,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    options: Options | None = None,
) -> Document:
    """Read one text end to end.

    Args:
        text: the document text (plain text; use ``claimledger.read.read_html`` for HTML).
        published: the document date (ISO ``YYYY-MM-DD``) when known.
        doc_id: an id to carry into every evidence span; derived from the text if None.
        title: a headline given apart from the text; it is put before the text.
        options: pipeline options; ``published`` here wins over ``options.published``.

    Returns:
        The Document with its segments, incidents, claims and warnings.
    """
    raw = make_raw_document(text, doc_id=doc_id, title=title, published=published)
    return next(iter(analyze_documents([raw], options or Options())))


def analyze_documents(raws: Iterable[RawDocument], options: Options) -> Iterator[Document]:
    """Analyse many documents, streaming them through spaCy's ``nlp.pipe`` in batches.

    Long documents are parsed in pieces of whole paragraphs (see ``analyze_each``).

    Args:
        raws: documents as read (any iterable; consumed lazily).
        options: pipeline options.

    Yields:
        One Document per input, in input order.

    Raises:
        Exception: the first document that cannot be analysed stops the stream
            (``analyze_each`` yields the failure instead and goes on).
    """
    for _raw, result in analyze_each(raws, options):
        if isinstance(result, Exception):
            raise result
        yield result


def analyze_each(
    raws: Iterable[RawDocument], options: Options
) -> Iterator[tuple[RawDocument, Document | Exception]]:
    """Analyse many documents, each failure its own result: one bad document costs only itself.

    Documents go through spaCy in batches of at most ``options.batch_size``
    documents and about ``BATCH_CHARS`` characters. A text longer than
    ``CHUNK_CHARS`` is parsed in consecutive pieces cut at paragraph breaks and
    joined back into one ``Doc`` whose text is the whole text, so every
    ``Evidence`` offset refers to the whole document while spaCy's memory stays
    bounded by the piece size. When a batch fails inside spaCy, its documents
    are parsed again one by one so that only the bad one fails.

    Args:
        raws: documents as read (any iterable; consumed lazily).
        options: pipeline options.

    Yields:
        ``(raw, Document)`` per document, or ``(raw, exception)`` for one that failed,
        in input order.
    """
    nlp = load_nlp(options.model)
    for batch in _batches(raws, max(1, options.batch_size)):
        short = [r for r in batch if len(r.text) <= LONG_CHARS]
        docs = parse_texts(nlp, [r.text for r in short]) if short else []
        found = _batch_places(short, docs, options)
        said = _batch_attributions(short, docs)
        parsed = iter(zip(docs, found, said, strict=True))
        for raw in batch:
            try:
                if len(raw.text) > LONG_CHARS:
                    yield raw, _read_long(nlp, raw, options)
                    continue
                doc, where, atts = next(parsed)
                if isinstance(doc, Exception):
                    yield raw, doc
                else:
                    yield raw, _read_one(raw, doc, options, where, atts)
            except Exception as exc:  # noqa: BLE001 - reported per document, the run goes on
                yield raw, exc


def analyze_paths(
    paths: Iterable[str], options: Options, *, stdin: IO[bytes] | None = None
) -> Iterator[Document | ReadError]:
    """Read and analyse files (or standard input) end to end, in input order.

    Args:
        paths: ``.txt``, ``.html``/``.htm`` or ``.jsonl`` files, or ``-`` for stdin.
        options: read and pipeline options.
        stdin: the byte stream read for ``-`` (default ``sys.stdin.buffer``).

    Yields:
        A Document per document read, and a ReadError (yielded, not raised)
        for each file or line that could not be read; a bad input never stops
        the others. Read errors come out as soon as they are met, so they may
        precede the Documents of earlier inputs still in the spaCy batch.
    """
    errors: list[ReadError] = []

    def documents() -> Iterator[RawDocument]:
        for item in read_paths(paths, options, stdin=stdin):
            if isinstance(item, ReadError):
                errors.append(item)
            else:
                yield item

    for raw, result in analyze_each(documents(), options):
        yield from _drain(errors)
        if isinstance(result, Exception):
            yield ReadError(analysis_failure(result), raw.path or raw.id)
        else:
            yield result
    yield from _drain(errors)


def analysis_failure(exc: BaseException) -> str:
    """The one-line reason recorded for a document whose analysis failed."""
    return f"analysis failed: {type(exc).__name__}: {exc}"[:500]


def text_pieces(text: str, size: int = CHUNK_CHARS, *, words: bool = True) -> list[str]:
    """Consecutive pieces of ``text`` (joined, they are the text) of at most ``size`` characters.

    Each piece ends after a paragraph break where the window has one, else after a
    line break, a sentence end or a space; only a window without any is cut hard.
    With ``words``, runs of ``MAX_WORD`` or more non-space characters are cut too.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = size
        for sep in _CUTS:
            at = window.rfind(sep, size // 4)
            if at > 0:
                cut = at + len(sep)
                break
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    if words and _LONG_WORD.search(text):
        return [p for piece in pieces for p in _cut_long_words(piece)]
    return pieces


def _cut_long_words(piece: str) -> list[str]:
    """The piece cut inside every run of ``MAX_WORD`` or more non-space characters."""
    out: list[str] = []
    start = 0
    for match in _LONG_WORD.finditer(piece):
        for cut in range(match.start() + MAX_WORD, match.end(), MAX_WORD):
            out.append(piece[start:cut])
            start = cut
    out.append(piece[start:])
    return out


def parse_texts(nlp: Language, texts: list[str]) -> list[Doc | Exception]:
    """Parse texts with spaCy, long ones in pieces joined back; a failure is returned per text.

    Args:
        nlp: the loaded pipeline.
        texts: the texts of one batch.

    Returns:
        One Doc per text (its ``text`` equal to the input), or the exception that
        parsing that text raised.
    """
    split = [text_pieces(t, CHUNK_CHARS) for t in texts]
    flat = [p for pieces in split for p in pieces]
    # Pieces of long texts go through spaCy a few at a time: its memory is bounded
    # by BATCH_CHARS, not by the length of the text.
    batch_size = len(flat) if len(flat) <= len(texts) else max(1, BATCH_CHARS // CHUNK_CHARS)
    try:
        parsed: list[Doc] = [
            _lean(d, len(flat) > len(texts)) for d in nlp.pipe(flat, batch_size=batch_size)
        ]
    except Exception:  # noqa: BLE001 - retried one by one to isolate the bad text
        if len(texts) > 1:
            return [r for t in texts for r in parse_texts(nlp, [t])]
        try:
            parsed = [nlp(p) for p in flat]
        except Exception as exc:  # noqa: BLE001 - this text's failure only
            return [exc]
    out: list[Doc | Exception] = []
    for pieces in split:
        docs, parsed = parsed[: len(pieces)], parsed[len(pieces) :]
        # Token.sent and Span.sent read the sentence starts once (nlp/sents.py).
        out.append(install_sentence_hooks(docs[0] if len(docs) == 1 else _join(docs)))
    return out


def _lean(doc: Doc, pieces: bool) -> Doc:
    """The Doc of a piece without its tok2vec tensor (never read after parsing), so that
    the pieces of a long text do not add up to gigabytes while they wait to be joined."""
    if pieces:
        doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def _join(docs: list[Doc]) -> Doc:
    """One Doc from the Docs of consecutive pieces (their texts joined exactly)."""
    return Doc.from_docs(docs, ensure_whitespace=False)


def _batches(raws: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    """Documents in lists of at most ``size`` documents and about ``BATCH_CHARS`` characters."""
    batch: list[RawDocument] = []
    chars = 0
    for raw in raws:
        if batch and (len(batch) >= size or chars + len(raw.text) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(raw)
        chars += len(raw.text)
    if batch:
        yield batch


def _drain(errors: list[ReadError]) -> Iterator[ReadError]:
    """Yield and forget the errors collected so far."""
    while errors:
        yield errors.pop(0)


def _batch_places(
    raws: list[RawDocument], docs: list[Doc | Exception], options: Options
) -> list[list[PlaceMention] | None]:
    """The places of a batch, read first and together: a publisher's home comes from its
    documents in the batch (``extract/places/home.py``). None where a document's places
    could not be read: ``_stages`` reads them again and that document alone fails."""
    try:
        return places.extract_batch_places(
            docs, [r.id for r in raws], [publisher_host(r.url, r.source) for r in raws], options
        )
    except Exception:  # noqa: BLE001 - each document then fails (or not) on its own
        return [None] * len(raws)


def _batch_attributions(
    raws: list[RawDocument], docs: list[Doc | Exception]
) -> list[list[Attribution] | None]:
    """The attributions of a batch, found first and together: the learned model's encoder,
    when on, reads every document's candidates in one batch (``attribute/model_batch.py``).
    None where they could not be found: ``_stages`` finds them again and that document
    alone fails."""
    out: list[list[Attribution] | None] = [None] * len(raws)
    items, at = [], []
    for k, (raw, doc) in enumerate(zip(raws, docs, strict=True)):
        if isinstance(doc, Exception):
            continue
        try:
            items.append((doc, raw.id, attribute.find_attributions(doc, raw.id)))
        except Exception:  # noqa: BLE001, S112 - that document fails on its own in _stages
            continue
        at.append(k)
    try:
        for k, atts in zip(at, apply_batch(items), strict=True):
            out[k] = atts
    except Exception:  # noqa: BLE001 - each document then fails (or not) on its own
        return [None] * len(raws)
    return out


def _read_one(
    raw: RawDocument,
    doc: Doc,
    options: Options,
    found: list[PlaceMention] | None = None,
    atts: list[Attribution] | None = None,
) -> Document:
    """Run every stage after spaCy on one parsed document (``found``: its places, ``atts``:
    its attributions, if read)."""
    stated, stated_source, _ = dates.find_document_date(raw, options.published)
    segs, incidents, warnings = _stages(
        raw, doc, options, stated, raw.body_start or None, found, atts
    )
    return _document(raw, stated, stated_source, segs, incidents, warnings)


def _read_long(nlp: Language, raw: RawDocument, options: Options) -> Document:
    """Analyse a long text section by section, each section a group of whole paragraphs.

    Each section is parsed (in pieces, as ``parse_texts`` does), read by every stage,
    and dropped; its records keep their offsets moved by the section's start, so
    every ``Evidence`` and ``Segment`` refers to the whole text. Incidents are found
    within a section (one that runs across a section break is two) and numbered
    through the document. The document date is found once, on the whole raw document.
    """
    stated, stated_source, _ = dates.find_document_date(raw, options.published)
    segs: list[Segment] = []
    incidents: list[Incident] = []
    warnings: list[DateWarning] = []
    offset = 0
    for piece in text_pieces(raw.text, SECTION_CHARS, words=False):
        (doc,) = parse_texts(nlp, [piece])
        if isinstance(doc, Exception):
            raise doc
        title_end = raw.body_start if 0 < raw.body_start <= len(piece) and not offset else None
        part = replace(raw, text=piece, body_start=0)
        s, i, w = _stages(part, doc, options, stated, title_end)
        del doc
        segs.extend(shift_offsets(s, offset))
        warnings.extend(shift_offsets(w, offset))
        first = len(incidents) + 1
        incidents.extend(
            replace(inc, id=f"{raw.id}#{first + n}")
            for n, inc in enumerate(shift_offsets(i, offset))
        )
        offset += len(piece)
    return _document(raw, stated, stated_source, segs, incidents, warnings)


_R = TypeVar("_R")


def shift_offsets(records: list[_R], delta: int) -> list[_R]:
    """The records with every ``Evidence`` and ``Segment`` moved ``delta`` characters on.

    Args:
        records: frozen records (``Segment``, ``Incident``, ``DateWarning``, ...) whose
            offsets refer to a section of a text.
        delta: where the section starts in the whole text.

    Returns:
        Equal records whose offsets refer to the whole text (objects shared between
        records stay shared).
    """
    if not delta:
        return records
    memo: dict[int, Any] = {}
    return [_shift(r, delta, memo) for r in records]


def _shift(obj: Any, delta: int, memo: dict[int, Any]) -> Any:
    """``obj`` with its offsets moved (see ``shift_offsets``)."""
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    key = id(obj)
    if key in memo:
        return memo[key]
    out: Any
    if isinstance(obj, (Evidence, Segment)):
        out = replace(obj, start=obj.start + delta, end=obj.end + delta)
    elif is_dataclass(obj) and not isinstance(obj, type):
        out = replace(
            obj, **{f.name: _shift(getattr(obj, f.name), delta, memo) for f in fields(obj)}
        )
    elif isinstance(obj, tuple):
        out = tuple(_shift(x, delta, memo) for x in obj)
    elif isinstance(obj, list):
        out = [_shift(x, delta, memo) for x in obj]
    elif isinstance(obj, dict):
        out = {k: _shift(v, delta, memo) for k, v in obj.items()}
    else:
        out = obj
    memo[key] = out
    return out


def _stages(
    raw: RawDocument,
    doc: Doc,
    options: Options,
    stated: str | None,
    title_end: int | None,
    found: list[PlaceMention] | None = None,
    atts: list[Attribution] | None = None,
) -> tuple[list[Segment], list[Incident], list[DateWarning]]:
    """Every stage after spaCy on one parsed text: its segments, incidents and warnings
    (``found``, ``atts``: its places and attributions, when already read with the rest of
    its batch)."""
    doc_id = raw.id
    segs = segment.segment_document(doc, doc_id, title_end=title_end)
    figures = numbers.extract_figures(doc, doc_id)
    attributions = (
        apply_model(doc, doc_id, attribute.find_attributions(doc, doc_id)) if atts is None else atts
    )
    claims = attribute.attribute_claims(doc, doc_id, figures, attributions, segs)
    date_mentions = dates.extract_dates(doc, doc_id, stated)
    place_mentions = places.extract_places(doc, doc_id, options) if found is None else found
    actor_mentions = actors.extract_actors(doc, doc_id)
    event_mentions = events.extract_events(doc, doc_id)
    warnings = critical.check_anachronisms(raw.text, doc_id, stated, date_mentions)
    incidents = reconcile.build_incidents(
        doc_text(doc),
        [(s.start_char, s.end_char) for s in doc.sents],
        doc_id,
        claims=claims,
        events=event_mentions,
        dates=date_mentions,
        places=place_mentions,
        actors=actor_mentions,
        segments=segs,
        stated_date=stated,
        events_model=options.events_model,
        parsed=sentence_records(doc, worth_keeping),  # what the grade reads of this parse
    )
    return segs, incidents, warnings


def _document(
    raw: RawDocument,
    stated: str | None,
    stated_source: str | None,
    segs: list[Segment],
    incidents: list[Incident],
    warnings: list[DateWarning],
) -> Document:
    """The Document of a raw document and what the stages found in it."""
    return Document(
        id=raw.id,
        text=raw.text,
        stated_date=stated,
        date_warnings=tuple(warnings),
        segments=tuple(segs),
        incidents=tuple(incidents),
        title=raw.title,
        url=raw.url,
        source=raw.source,
        path=raw.path,
        stated_date_source=stated_source,
    )
