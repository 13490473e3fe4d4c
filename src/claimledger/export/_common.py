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
    """The outlets of the documents: their source, else their URL's host, else their id."""
    out: list[str] = []
    for d in inc.documents:
        name = d.source or (urlparse(d.url).netloc if d.url else "") or d.external_id
        if name not in out:
            out.append(name)
    return out


def sides(inc: CorpusIncident) -> tuple[str, str]:
    """Actor 1 (perpetrator first) and actor 2 (target first), as ACLED and UCDP order them."""
    names: dict[str, list[str]] = {"perpetrator": [], "target": [], "other": []}
    for i in inc.incidents:
        for name, role in i.actors:
            bucket = names.get(role, names["other"])
            if name not in bucket:
                bucket.append(name)
    first = names["perpetrator"] + names["other"]
    a1 = first[0] if first else ""
    rest = [n for n in names["target"] + first if n != a1]
    return a1, rest[0] if rest else ""


def geo_precision(inc: CorpusIncident) -> int:
    """ACLED's geo_precision: 1 a named town, 2 near a town, 3 only a region or country."""
    locs = [
        i.location
        for i in inc.incidents
        if i.location is not None and i.location.name == inc.row.location
    ]
    if inc.row.latitude is None:
        return 3
    return 2 if any(loc.relation for loc in locs) else 1


def notes(inc: CorpusIncident) -> str:
    """A one-paragraph description: event, place, date, and each figure's range and sources."""
    what = inc.row.sub_event_type or inc.row.event_type or "Incident"
    where = ", ".join(x for x in (inc.row.location, inc.row.admin1, inc.row.country) if x)
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
    return " ".join(parts)
