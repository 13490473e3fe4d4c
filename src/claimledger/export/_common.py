"""Helpers shared by the export formats (input: ``CorpusIncident``; output: cell values)."""

from __future__ import annotations

from urllib.parse import urlparse

from claimledger.corpus.summary import CorpusIncident, FigureSummary


def figure(inc: CorpusIncident, name: str) -> FigureSummary | None:
    """The reconciled figure ``name`` of an incident, if any source gave one."""
    f = inc.figures.get(name)
    return f if f is not None and f.low is not None else None


def external_ids(inc: CorpusIncident) -> list[str]:
    """Every external id of the incident's documents, in document order."""
    out: list[str] = []
    for d in inc.documents:
        out += [i for i in d.external_ids if i not in out]
    return out


def outlets(inc: CorpusIncident) -> list[str]:
    """The outlets of the documents: their source, else their URL's host.

    Never a document's id or a local file path: a document without either
    names no outlet.
    """
    out: list[str] = []
    for d in inc.documents:
        name = (d.source or "").strip() or (urlparse(d.url).netloc if d.url else "")
        if name and name not in out:
            out.append(name)
    return out


def notes(inc: CorpusIncident) -> str:
    """A one-paragraph description: event, place, date, and each figure's range and sources."""
    what = inc.row.sub_event_type or inc.row.event_type or "Incident"
    where = inc.row.place_words()
    parts = [
        f"{what}"
        + (f" in {where}" if where else "")
        + (f" on {inc.row.date}" if inc.row.date else "")
        + "."
    ]
    for name, f in inc.figures.items():
        if f.low is None:
            continue
        claims = "; ".join(
            f"{p.name} ({p.kind}): {p.low if p.low == p.high else f'{p.low}-{p.high}'}"
            for p in f.sources
        )
        rng = str(f.low) if f.low == f.high else f"{f.low}-{f.high}"
        parts.append(f"{name.capitalize()}: {rng} (best {f.best}); {claims}.")
    parts.append(
        f"{len(inc.documents)} document(s), {inc.row.n_independent_documents} independent."
    )
    if inc.grade:
        parts.append(grade_note(inc))
    return " ".join(parts)


def grade_note(inc: CorpusIncident) -> str:
    """The grade and the independent sources it rests on, in one sentence.

    ``Grade: fair; 2 independent sources: Iraqi health ministry (relayed by
    Reuters); police.`` (docs/grading.md).
    """
    named = []
    for s in inc.sources:
        relays = [r for r in s.relays if r.endswith("(relay)")]
        via = f" (relayed by {', '.join(r.removesuffix(' (relay)') for r in relays)})"
        named.append(s.name + (via if relays else ""))
    n = len(inc.sources)
    return f"Grade: {inc.grade}; {n} independent source{'s' if n != 1 else ''}: " + (
        "; ".join(named) + "."
    )
