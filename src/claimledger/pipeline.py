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

from collections.abc import Iterable, Iterator
from typing import IO

from spacy.tokens import Doc

from claimledger import attribute, critical, reconcile, segment
from claimledger.errors import ReadError
from claimledger.extract import actors, dates, events, numbers, places
from claimledger.nlp import load_nlp
from claimledger.options import Options
from claimledger.read import make_raw_document, read_paths
from claimledger.records import Document, RawDocument


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

    Args:
        raws: documents as read (any iterable; consumed lazily).
        options: pipeline options.

    Yields:
        One Document per input, in input order.
    """
    nlp = load_nlp(options.model)
    pairs = ((r.text, r) for r in raws)
    for doc, raw in nlp.pipe(pairs, batch_size=options.batch_size, as_tuples=True):
        yield _read_one(raw, doc, options)


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

    for doc in analyze_documents(documents(), options):
        yield from _drain(errors)
        yield doc
    yield from _drain(errors)


def _drain(errors: list[ReadError]) -> Iterator[ReadError]:
    """Yield and forget the errors collected so far."""
    while errors:
        yield errors.pop(0)


def _read_one(raw: RawDocument, doc: Doc, options: Options) -> Document:
    """Run every stage after spaCy on one parsed document."""
    doc_id = raw.id
    stated, stated_source, _ = dates.find_document_date(raw, options.published)
    segs = segment.segment_document(doc, doc_id, title_end=raw.body_start or None)
    figures = numbers.extract_figures(doc, doc_id)
    attributions = attribute.find_attributions(doc, doc_id)
    claims = attribute.attribute_claims(doc, doc_id, figures, attributions, segs)
    date_mentions = dates.extract_dates(doc, doc_id, stated)
    place_mentions = places.extract_places(doc, doc_id, options)
    actor_mentions = actors.extract_actors(doc, doc_id)
    event_mentions = events.extract_events(doc, doc_id)
    warnings = critical.check_anachronisms(raw.text, doc_id, stated, date_mentions)
    incidents = reconcile.build_incidents(
        doc.text,
        [(s.start_char, s.end_char) for s in doc.sents],
        doc_id,
        claims=claims,
        events=event_mentions,
        dates=date_mentions,
        places=place_mentions,
        actors=actor_mentions,
        segments=segs,
        stated_date=stated,
    )
    return Document(
        id=doc_id,
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
