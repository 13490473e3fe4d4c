"""Render a Document as a readable Rich report (``analyze --format text``).

Input: :class:`~claimledger.records.Document`. Output: Rich renderables printed
to a console. Only presentation lives here; every value comes from the record.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimledger.records import Claim, Document, Incident

_QUALIFIER_WORDS = {
    "at_least": "at least ",
    "more_than": "more than ",
    "up_to": "up to ",
    "about": "about ",
    "vague": "~",
    "exact": "",
}


def format_figure(claim: Claim) -> str:
    """A claim's figure as a coder writes it: '25', 'at least 20', '10–15'."""
    if claim.low is None and claim.high is None:
        return "—"
    prefix = _QUALIFIER_WORDS.get(claim.qualifier or "exact", "")
    if claim.high is not None and claim.low is not None and claim.high != claim.low:
        return f"{prefix}{claim.low}–{claim.high}"
    return f"{prefix}{claim.low if claim.low is not None else claim.high}"


def _incident_panel(inc: Incident) -> Panel:
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("event", f"{inc.event_type or '?'} → {inc.sub_event_type or '?'}")
    if inc.date:
        head.add_row("date", f"{inc.date.value} ({inc.date.precision}, {inc.date.confidence:.2f})")
    if inc.location:
        loc = inc.location
        where = ", ".join(x for x in (loc.name, loc.admin1, loc.country) if x)
        if loc.relation:
            where = f"{loc.relation} {where}"
        if loc.lat is not None and loc.lon is not None:
            where += f"  [{loc.lat:.3f}, {loc.lon:.3f}]"
        head.add_row("where", where)
    for a in inc.actors:
        head.add_row(a.role, a.name)
    for figure, est in inc.estimates.items():
        head.add_row(figure, f"low {est.low} · best {est.best} · high {est.high}")

    claims = Table(show_lines=False, expand=True)
    for col in ("figure", "value", "source", "kind", "via", "hedged", "evidence"):
        claims.add_column(col, overflow="fold")
    for c in inc.claims:
        claims.add_row(
            c.figure or "assertion",
            format_figure(c),
            c.source.name,
            c.source.kind,
            c.source.via or "",
            "yes" if c.hedged else "",
            Text(c.statement if c.figure is None else c.evidence.text, overflow="fold"),
        )
    return Panel(Group(head, claims), title=f"incident {inc.id}", title_align="left")


def render_document(doc: Document, console: Console) -> None:
    """Print one document's reading."""
    title = doc.title or doc.path or doc.id
    console.rule(f"[bold]{title}")
    console.print(f"id: {doc.id}   stated date: {doc.stated_date or 'unknown'}")
    if not doc.incidents:
        console.print("[dim]no incident reported[/dim]")
    for inc in doc.incidents:
        console.print(_incident_panel(inc))
    for w in doc.date_warnings:
        console.print(f"[yellow]date warning:[/yellow] {w.message}")
    kinds: dict[str, int] = {}
    for s in doc.segments:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    if kinds:
        console.print("segments: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    loaded = sorted({t for s in doc.segments for t in s.loaded_terms})
    if loaded:
        console.print("loaded language: " + ", ".join(loaded))
