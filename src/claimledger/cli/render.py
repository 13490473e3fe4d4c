"""Presentation for the CLI: Rich reports of documents and corpus incidents, ingest progress.

Input: the library's records (:class:`~claimledger.records.Document`,
``CorpusIncident``, ``IngestReport``, ...). Output: Rich renderables and lines
printed to a console. Only presentation lives here; every value comes from a
record, and text taken from documents is escaped, never read as markup.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from claimledger.cli.options import printable
from claimledger.records import SUSPECTED, Claim, Document, Incident

# From this many columns the claims of an incident print as a table.
WIDE_CONSOLE = 120

_QUALIFIER_WORDS = {
    "at_least": "at least ",
    "more_than": "more than ",
    "up_to": "up to ",
    "about": "about ",
    "vague": "~",
    "exact": "",
}


def _safe(value: object) -> str:
    """Text from input for a markup string: one line, control characters and markup escaped."""
    return escape(printable(value))


def format_figure(claim: Claim) -> str:
    """A claim's figure as a coder writes it: '25', 'at least 20', '10–15'."""
    if claim.low is None and claim.high is None:
        return "—"
    prefix = _QUALIFIER_WORDS.get(claim.qualifier or "exact", "")
    if claim.high is not None and claim.low is not None and claim.high != claim.low:
        return f"{prefix}{claim.low}–{claim.high}"
    return f"{prefix}{claim.low if claim.low is not None else claim.high}"


# Victim words that add nothing to a figure ("6 people"); others name a group ("3 children").
_GENERIC_VICTIMS = frozenset({"people", "persons", "person", "others", "individuals"})


def _value(claim: Claim) -> str:
    """The figure with the group it counts when that is narrower than people: '3 children'.

    A count of a group inside a larger toll ("at least 11 people had died, three
    children among them") would otherwise read as a rival toll of 3.
    """
    figure = format_figure(claim)
    victims = (claim.victims or "").strip()
    if claim.figure is None or not victims or victims.lower() in _GENERIC_VICTIMS:
        return figure
    return f"{figure} {victims}"


def _incident_panel(inc: Incident, width: int = WIDE_CONSOLE) -> Panel:
    """One incident: its fields, then its claims (a table on wide consoles, a list on narrow)."""
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("event", _safe(f"{inc.event_type or '?'} → {inc.sub_event_type or '?'}"))
    if inc.date:
        head.add_row("date", f"{inc.date.value} ({inc.date.precision}, {inc.date.confidence:.2f})")
    if inc.location:
        loc = inc.location
        where = loc.place_words()
        if loc.relation:
            where = f"{loc.relation} {where}"
        if loc.lat is not None and loc.lon is not None:
            where += f"  [{loc.lat:.3f}, {loc.lon:.3f}]"
        head.add_row("where", _safe(where))
    for a in inc.actors:
        suspected = " (suspected)" if a.certainty == SUSPECTED else ""
        head.add_row(_safe(a.role), _safe(a.name + suspected))
    for figure, est in inc.estimates.items():
        head.add_row(figure, f"low {est.low} · best {est.best} · high {est.high}")
    if inc.grade:
        head.add_row("grade", _safe(f"{inc.grade}: {' '.join(inc.grade_reasons)}"))
    claims = _claims_table(inc) if width >= WIDE_CONSOLE else _claims_list(inc)
    return Panel(Group(head, claims), title=f"incident {_safe(inc.id)}", title_align="left")


def _claim_text(c: Claim) -> str:
    return printable(c.statement if c.figure is None else c.evidence.text)


def _claims_table(inc: Incident) -> Table:
    claims = Table(show_lines=False, expand=True)
    for col in ("figure", "value", "source", "kind", "via", "hedged", "evidence"):
        claims.add_column(col, overflow="fold")
    for c in inc.claims:
        claims.add_row(
            _safe(c.figure or "assertion"),
            _safe(_value(c)),
            _safe(c.source.name),
            _safe(c.source.kind),
            _safe(c.source.via or ""),
            "yes" if c.hedged else "",
            Text(_claim_text(c), overflow="fold"),
        )
    return claims


def _claims_list(inc: Incident) -> Group:
    """Claims for a narrow console: who says what on one line, the evidence indented below.

    Seven columns in 80 characters leave the evidence a dozen characters a line;
    a list keeps every sentence readable (the table comes back from 120 columns).
    """
    rows: list[Text | Padding] = []
    for c in inc.claims:
        line = Text()
        line.append(printable(c.figure or "assertion"), style="bold")
        if c.figure is not None:
            line.append(f" {_value(c)}")
        line.append(f" — {printable(c.source.name)} [{printable(c.source.kind)}]")
        if c.source.via:
            line.append(f" via {printable(c.source.via)}")
        if c.hedged:
            line.append(" (hedged)", style="italic")
        rows.append(line)
        rows.append(Padding(Text(_claim_text(c), style="dim", overflow="fold"), (0, 0, 0, 4)))
    return Group(Text("claims", style="bold"), *rows)


def render_document(doc: Document, console: Console) -> None:
    """Print one document's reading."""
    title = doc.title or doc.path or doc.id
    console.rule(f"[bold]{_safe(title)}")
    console.print(_safe(f"id: {doc.id}   stated date: {doc.stated_date or 'unknown'}"))
    if not doc.incidents:
        console.print("[dim]no incident reported[/dim]")
    for inc in doc.incidents:
        console.print(_incident_panel(inc, console.width))
    for w in doc.date_warnings:
        console.print(f"[yellow]date warning:[/yellow] {_safe(w.message)}")
    kinds: dict[str, int] = {}
    for s in doc.segments:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    if kinds:
        console.print(_safe("segments: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))))
    loaded = sorted({t for s in doc.segments for t in s.loaded_terms})
    if loaded:
        console.print(_safe("loaded language: " + ", ".join(loaded)))


# --- the corpus store -----------------------------------------------------------


@contextmanager
def ingest_progress() -> Iterator[Callable[[Any], None]]:
    """A Rich progress bar with docs/s and ETA, as an ingest progress callback.

    The input is read lazily: the bar measures bytes read of the input files'
    size when known, else documents written of those read so far.
    """
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        TextColumn("{task.fields[docs]}"),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TimeRemainingColumn(),
    )
    t0 = time.perf_counter()
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0, docs="")

        def update(p: Any) -> None:
            rate = p.done / max(1e-9, time.perf_counter() - t0)
            if getattr(p, "bytes_total", 0):
                mb = f"{p.bytes_read / 1e6:.1f}/{p.bytes_total / 1e6:.1f} MB"
                docs = f"{p.done} docs, {mb}"
                bar.update(task, completed=p.bytes_read, total=p.bytes_total, rate=rate, docs=docs)
                return
            more = "+" if getattr(p, "reading", False) else ""
            bar.update(
                task, completed=p.done, total=p.total, rate=rate, docs=f"{p.done}/{p.total}{more}"
            )

        yield update


def describe_report(report: Any) -> str:
    """One line saying what an ingest changed (or that it changed nothing)."""
    if not report.changed:
        return f"nothing new: {report.already_stored} document(s) already stored, {report.errors} error(s)"
    return (
        f"stored {report.stored} document(s) ({report.duplicates} near-duplicate), "
        f"{report.already_stored} already stored, {report.errors} error(s); "
        f"{report.incidents} incident(s) linked, {report.new_corpus_incidents} new corpus incident(s) "
        f"in {report.seconds:.1f} s"
    )


def _range(f: Any) -> str:
    if f is None or f.low is None:
        return ""
    text = str(f.low) if f.low == f.high else f"{f.low}–{f.high}"
    return text + (" !" if f.contested else "")


def incidents_table(rows: list[Any]) -> Table:
    """The Rich table of ``incidents``."""
    table = Table(
        caption="! sources disagree · docs: documents (independent ones)", caption_justify="left"
    )
    # Ids, dates and figures are never cut or wrapped; words wrap whole on a narrow console.
    for name in ("id", "date", "type", "location", "country", "killed", "injured", "docs"):
        whole = name in ("id", "date", "killed", "injured", "docs")
        table.add_column(
            name, no_wrap=whole, overflow="fold", min_width=10 if name == "date" else None
        )
    for s in rows:
        figs = {f.figure: f for f in s.figures}
        r = s.row
        table.add_row(
            str(r.id),
            r.date or "",
            r.sub_event_type or r.event_type or "",
            r.location or "",
            r.country or "",
            _range(figs.get("killed")),
            _range(figs.get("injured")),
            f"{r.n_documents} ({r.n_independent_documents})",
        )
    return table


def print_incident(console: Console, inc: Any) -> None:
    """Print a ``CorpusIncident`` for ``show`` (text from documents is escaped, not markup)."""
    r = inc.row
    where = r.place_words()
    what = r.sub_event_type or r.event_type or "?"
    console.print(
        f"[bold]Incident {r.id}[/]: " + escape(f"{what} in {where or '?'}, {r.date or '?'}")
    )
    print_sides(console, inc)
    print_grade(console, inc)
    for name, f in inc.figures.items():
        console.print(
            f"[bold]{name}[/]: low {f.low}, best {f.best}, high {f.high} ({f.n_sources} sources; {f.rule})"
        )
        table = Table("source", "kind", "claims (document date: statement [document])", "position")
        for p in f.sources:
            claims = "; ".join(
                f"{c.document_date}: {c.statement} [{c.external_id}]"
                + (" (hedged)" if c.hedged else "")
                for c in p.claims
            )
            position = f"{p.low}" if p.low == p.high else f"{p.low}–{p.high}"
            table.add_row(escape(p.name), p.kind, escape(claims), position)
        console.print(table)
    statistics = [c for c in inc.claims if c.aggregate and c.figure]
    if statistics:
        console.print("[bold]Statistics[/] (over a period or an area; not counted above)")
        for c in statistics:
            console.print(escape(f"  {c.figure}: {c.statement} [{c.external_id}]"))
    print_toll(console, inc)
    console.print("[bold]Evidence[/]")
    for c in inc.claims:
        console.print(
            escape(f"  [{c.external_id}] {c.source_name}: {c.sentence or c.evidence.text}")
        )
    console.print("[bold]Documents[/]")
    for d, link in zip(inc.documents, _links(inc), strict=True):
        dup = f" near-duplicate of #{d.duplicate_of}" if d.duplicate_of else ""
        head = f"  #{d.id} {', '.join(d.external_ids)} {d.stated_date or ''} {d.title or ''}{dup}"
        console.print(escape(f"{head}\n     link: {link}"))
    print_followups(console, inc)
    for w in inc.warnings:
        console.print("[yellow]warning[/] " + escape(f"[{w.external_id}] {w.message}"))


def print_followups(console: Console, inc: Any) -> None:
    """Documents that read no incident, attached to this one as follow-ups: each with
    what tied it (a name or an address) and where its text gives it."""
    followups = getattr(inc, "followups", ())
    if not followups:
        return
    console.print(f"[bold]Follow-ups[/] ({len(followups)}, no incident read of their own)")
    for f in followups:
        d = f.document
        head = f"  #{d.id} {', '.join(d.external_ids)} {d.stated_date or ''} {d.title or ''}"
        ev = f.evidence
        console.print(
            escape(
                f"{head}\n     {f.reason} (score {f.score:.2f}): {ev.text!r} at {ev.start}–{ev.end}"
            )
        )


def print_sides(console: Console, inc: Any) -> None:
    """Who acted on whom in a ``CorpusIncident`` (ACLED's actor 1 and actor 2)."""
    from claimledger.export._actors import sides, suspected_names

    s, suspected = sides(inc), suspected_names(inc)

    def named(name: str, assoc: tuple[str, ...]) -> str:
        mark = " (suspected)" if name in suspected else ""
        more = f" with {', '.join(assoc)}" if assoc else ""
        return f"{name}{mark}{more}"

    if s.actor1:
        line = named(s.actor1, s.assoc1)
        if s.actor2:
            line += " → " + named(s.actor2, s.assoc2)
        console.print("[bold]Sides[/]: " + escape(line))


def print_grade(console: Console, inc: Any) -> None:
    """The grade of a ``CorpusIncident``, its reasons and its independent sources."""
    if not getattr(inc, "grade", None):
        return
    console.print(f"[bold]Grade[/]: {escape(inc.grade)}")
    for reason in inc.grade_reasons:
        console.print(escape(f"  {reason}"))
    console.print(f"[bold]Independent sources[/] ({len(inc.sources)})")
    for s in inc.sources:
        docs = ", ".join(f"#{d}" for d in s.document_ids)
        console.print(escape(f"  {s.name} ({s.kind}) {len(s.claim_ids)} claim(s) in {docs}"))
        for relay in s.relays:
            console.print(escape(f"    via {relay}"))


def print_toll(console: Console, inc: Any) -> None:
    """The toll over time per figure: each claim by document date, revisions and
    each source's latest figure marked (``corpus/timeline.py``)."""
    from claimledger.corpus.timeline import describe, toll_timelines

    for name, t in toll_timelines(inc.claims).items():
        console.print(f"[bold]Timeline of {escape(name)}[/] (* = the source's latest figure)")
        for p in t.points:
            value = (
                f"{p.low}+"
                if p.high is None
                else f"≤{p.high}"
                if p.low is None
                else p.low
                if p.low == p.high
                else f"{p.low}–{p.high}"
            )
            mark = f" — {describe(p)}" if p.revision else ""
            star = "*" if p.latest else " "
            console.print(
                escape(
                    f" {star}{p.date or '?'} {value} ({p.qualifier}) {p.source_name} "
                    f"[{p.external_id}]{mark}"
                )
            )


def print_curation(
    console: Console, asked: int, inc: Any, absorbed: list[int], history: list[Any]
) -> None:
    """A redirect from a merged id, the ids merged into the incident, and the decisions."""
    if asked != inc.row.id:
        console.print(f"[yellow]incident {asked} was merged into incident {inc.row.id}[/]")
    if absorbed:
        console.print("merged into it: " + ", ".join(str(i) for i in absorbed) + " (they redirect)")
    for d in history:
        who = "by hand" if d.manual else "while linking"
        what = (
            f"{d.action} {d.corpus_incident_id} ← {d.other_id}"
            if d.action == "merge"
            else (
                f"split {d.corpus_incident_id} → {d.other_id}"
                f" (reports {', '.join(map(str, d.incident_ids))})"
            )
        )
        note = f": {d.note}" if d.note else ""
        console.print(escape(f"  {d.decided_at} {what} {who}{note}"))


def _links(inc: Any) -> list[str]:
    by_doc: dict[int, str] = {}
    for i in inc.incidents:
        by_doc.setdefault(i.document_id, f"{i.link_score:.2f} {i.link_reason}")
    return [by_doc.get(d.id, "") for d in inc.documents]
