"""The store commands: ``ingest``, ``incidents``, ``show``, ``export``.

Input: command-line arguments. Output: a store written (``ingest``) or read
and printed. Each command parses its arguments and calls one library function
(``claimledger.corpus.ingest``, ``claimledger.corpus.summary``, ``claimledger.export``);
the lead's ``cli.py`` registers them on ``main``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from claimledger.errors import ClaimledgerError
from claimledger.options import DEFAULT_MODEL, Options

DEFAULT_DB = "claimledger.db"
db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Store file (SQLite).",
)


def _store(path: str) -> Any:
    from claimledger.store import Store

    return Store.open(path)


@contextmanager
def _progress() -> Iterator[Callable[[Any], None]]:
    """A Rich progress bar with docs/s and ETA, as an ingest progress callback."""
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TimeRemainingColumn(),
    )
    t0 = time.perf_counter()
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0)

        def update(p: Any) -> None:
            rate = p.done / max(1e-9, time.perf_counter() - t0)
            bar.update(task, completed=p.done, total=p.total, rate=rate)

        yield update


def _fail(exc: ClaimledgerError) -> None:
    click.echo(f"claimledger: {exc}", err=True)
    sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--workers", type=int, default=1, show_default=True, help="Processes running the NLP."
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline.")
@click.option("--published", help="Document date (YYYY-MM-DD) when a document has none.")
def ingest(
    paths: tuple[str, ...], db: str, workers: int, model: str, published: str | None
) -> None:
    """Analyse documents into the corpus store, linking their incidents.

    PATHS are files, folders (read recursively), globs, .jsonl files or - for
    standard input. Documents already stored are skipped; bad input is reported
    and recorded in the store's errors table.

    Example:

    \b
        claimledger ingest reports/ --db corpus.db --workers 2
        claimledger ingest articles.jsonl
    """
    from claimledger.corpus.ingest import ingest as run_ingest

    try:
        with _store(db) as store, _progress() as progress:
            report = run_ingest(
                paths,
                store,
                Options(model=model, published=published),
                workers=workers,
                progress=progress,
            )
    except ClaimledgerError as exc:
        _fail(exc)
    for problem in report.problems:
        click.echo(f"claimledger: {problem}", err=True)
    click.echo(describe_report(report))


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


@click.command()
@db_option
@click.option("--since", help="Incidents on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Incidents on or before this date (YYYY-MM-DD).")
@click.option("--country", help="Country name or ISO alpha-2 code.")
@click.option("--place", help="Part of the location or admin1 name.")
@click.option("--actor", help="Part of an actor's name.")
@click.option("--type", "event_type", help="Event type (ACLED).")
@click.option("--contested", is_flag=True, help="Only incidents whose sources disagree.")
def incidents(db: str, **filters: Any) -> None:
    """List corpus incidents, one row each, figures as low-high (! when sources disagree).

    Example:

    \b
        claimledger incidents --db corpus.db --country IQ --since 2024-03-01 --contested
    """
    from claimledger.corpus.summary import list_incidents
    from claimledger.store import IncidentQuery

    with _store(db) as store:
        rows = list_incidents(store, IncidentQuery(**filters))
    Console().print(incidents_table(rows))


def _range(f: Any) -> str:
    if f is None or f.low is None:
        return ""
    text = str(f.low) if f.low == f.high else f"{f.low}–{f.high}"
    return text + (" !" if f.contested else "")


def incidents_table(rows: list[Any]) -> Table:
    """The Rich table of ``incidents``."""
    table = Table("id", "date", "type", "location", "country", "killed", "injured", "docs")
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
            f"{r.n_documents} ({r.n_independent_documents} indep.)",
        )
    return table


@click.command()
@click.argument("incident_id", type=int)
@db_option
def show(incident_id: int, db: str) -> None:
    """Show one corpus incident: every source's claims side by side, evidence, documents.

    Example:

    \b
        claimledger show 3 --db corpus.db
    """
    from claimledger.corpus.summary import get_incident

    with _store(db) as store:
        inc = get_incident(store, incident_id)
    if inc is None:
        _fail(ClaimledgerError(f"no incident {incident_id}"))
    print_incident(Console(), inc)


def print_incident(console: Console, inc: Any) -> None:
    """Print a ``CorpusIncident`` for ``show`` (text from documents is escaped, not markup)."""
    r = inc.row
    where = ", ".join(x for x in (r.location, r.admin1, r.country) if x)
    what = r.sub_event_type or r.event_type or "?"
    console.print(
        f"[bold]Incident {r.id}[/]: " + escape(f"{what} in {where or '?'}, {r.date or '?'}")
    )
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
    console.print("[bold]Timeline[/]")
    for t in inc.timeline:
        value = t.low if t.low == t.high else f"{t.low}–{t.high}"
        console.print(
            escape(
                f"  {t.date} {t.figure} {value} ({t.qualifier}) {t.source_name} [{t.external_id}]"
            )
        )
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
    for w in inc.warnings:
        console.print("[yellow]warning[/] " + escape(f"[{w.external_id}] {w.message}"))


def _links(inc: Any) -> list[str]:
    by_doc: dict[int, str] = {}
    for i in inc.incidents:
        by_doc.setdefault(i.document_id, f"{i.link_score:.2f} {i.link_reason}")
    return [by_doc.get(d.id, "") for d in inc.documents]


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["acled-csv", "ucdp-csv", "json", "geojson"]),
    required=True,
)
@click.option(
    "--out", type=click.Path(dir_okay=False), help="Output file (default: standard output)."
)
@db_option
def export(fmt: str, out: str | None, db: str) -> None:
    """Export every corpus incident (ACLED-like CSV, UCDP-GED-like CSV, JSON, GeoJSON).

    Example:

    \b
        claimledger export --format acled-csv --out incidents.csv --db corpus.db
        claimledger export --format geojson > incidents.geojson
    """
    from claimledger.export import export as run_export

    with _store(db) as store:
        if out is None:
            run_export(store, fmt, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                n = run_export(store, fmt, fh)
            click.echo(f"wrote {n} incident(s) to {out}", err=True)
