"""The commands that read the corpus store: ``incidents``, ``show``, ``export``.

Each command parses its arguments, calls one library function
(``claimledger.corpus`` or ``claimledger.export``) and prints the result with
``cli.render``. They open the store read-only and never create one: a missing
``--db`` is a usage error (exit 2), a file that is not a readable store an
error (exit 1), each said in one line.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from claimledger.cli.options import DEFAULT_DB, iso_date, printable, say_error
from claimledger.errors import ClaimledgerError
from claimledger.store.base import IncidentQuery, Store, is_database_url

F = TypeVar("F", bound=Callable[..., Any])

read_db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Store that `ingest` wrote (a SQLite file, or a postgresql:// URL); it must exist.",
)
EXIT_USAGE = 2


@contextmanager
def reading(db: str) -> Iterator[Store]:
    """The store at ``db`` opened read-only; every store error ends in one line."""
    if not is_database_url(db) and not Path(db).is_file():
        say_error(f"no store at {db} (give --db the file `claimledger ingest` wrote)")
        raise SystemExit(EXIT_USAGE)
    try:
        with Store.open(db, read_only=True) as store:
            yield store
    except (ClaimledgerError, sqlite3.Error) as exc:
        # sqlite3.Error: a page found damaged while reading, after a clean open.
        say_error(exc if isinstance(exc, ClaimledgerError) else f"{db}: {exc}")
        raise SystemExit(1) from None


def filter_options(f: F) -> F:
    """The incident filters shared by ``incidents`` and ``export``."""
    for option in reversed(
        (
            click.option("--since", callback=iso_date, help="On or after this date (YYYY-MM-DD)."),
            click.option("--until", callback=iso_date, help="On or before this date (YYYY-MM-DD)."),
            click.option("--country", help="Country name or ISO alpha-2 code."),
            click.option(
                "--type", "event_type", help="ACLED event type or sub-event type (as listed)."
            ),
            click.option(
                "--contested", is_flag=True, help="Only incidents whose sources disagree."
            ),
        )
    ):
        f = option(f)
    return f


INCIDENT_COLUMNS = (
    "id",
    "date",
    "date_start",
    "date_end",
    "event_type",
    "sub_event_type",
    "location",
    "admin1",
    "country",
    "country_code",
    "latitude",
    "longitude",
    "n_documents",
    "n_independent_documents",
    "contested",
)


def _incident_records(rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for s in rows:
        rec = {c: getattr(s.row, c) for c in INCIDENT_COLUMNS}
        for fig in ("killed", "injured"):
            f = next((x for x in s.figures if x.figure == fig), None)
            for part in ("low", "best", "high"):
                rec[f"{fig}_{part}"] = getattr(f, part) if f is not None else None
        out.append(rec)
    return out


def _print_records(records: list[dict[str, Any]], fmt: str) -> None:
    from claimledger.export._csv import SafeWriter

    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    cols = list(records[0]) if records else [*INCIDENT_COLUMNS]
    w = SafeWriter(sys.stdout)
    w.writerow(cols)
    for r in records:
        w.writerow(r[c] for c in cols)


@click.command()
@read_db_option
@filter_options
@click.option("--place", help="Part of the location or admin1 name.")
@click.option("--actor", help="Part of an actor's name.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="A table to read, or CSV / JSON (one record per incident) for other programs.",
)
def incidents(db: str, fmt: str, **filters: Any) -> None:
    """List corpus incidents, one row each, figures as low-high (! when sources disagree).

    Example:

    \b
        claimledger incidents --db corpus.db --country IQ --since 2024-03-01 --contested
        claimledger incidents --db corpus.db --type "Air/drone strike" --format csv
    """
    from claimledger.cli.render import incidents_table
    from claimledger.corpus import list_incidents

    with reading(db) as store:
        rows = list_incidents(store, IncidentQuery(**filters))
    if fmt == "table":
        Console().print(incidents_table(rows))
    else:
        _print_records(_incident_records(rows), fmt)


@click.command()
@click.argument("incident_id", type=int)
@read_db_option
def show(incident_id: int, db: str) -> None:
    """Show one corpus incident: every source's claims side by side, evidence, documents.

    Example:

    \b
        claimledger show 3 --db corpus.db
    """
    from claimledger.cli.render import print_curation, print_incident
    from claimledger.corpus import get_incident, merge

    with reading(db) as store:
        inc = get_incident(store, incident_id)
        if inc is not None:
            absorbed = store.absorbed_into(inc.row.id)
            history = merge.history(store, inc.row.id)
    if inc is None:
        say_error(f"no incident {incident_id}")
        raise SystemExit(1)
    console = Console()
    print_curation(console, incident_id, inc, absorbed, history)
    print_incident(console, inc)


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["acled-csv", "ucdp-csv", "claims-csv", "json", "geojson", "parquet"]),
    required=True,
)
@click.option(
    "--out", type=click.Path(dir_okay=False), help="Output file (default: standard output)."
)
@click.option("--excel", is_flag=True, help="Start a CSV with a UTF-8 BOM so Excel reads it.")
@click.option(
    "--include-untyped",
    is_flag=True,
    help="ACLED/UCDP CSV: also write incidents of no event type (collapses, fires, "
    "stampedes), left out by default.",
)
@read_db_option
@filter_options
def export(
    fmt: str, out: str | None, excel: bool, include_untyped: bool, db: str, **filters: Any
) -> None:
    """Export corpus incidents: ACLED-like or UCDP-GED-like CSV, one row per claim
    (claims-csv), JSON, GeoJSON or Parquet. Columns: docs/exports.md.

    A file is written whole or not at all. ACLED and UCDP code political violence
    only: incidents of no event type (deadly events naming no armed attack) are left
    out of their CSVs, and counted on standard error, unless --include-untyped.

    Example:

    \b
        claimledger export --format acled-csv --out incidents.csv --db corpus.db
        claimledger export --format claims-csv --country IQ --since 2024-03-01 --excel
        claimledger export --format parquet --out incidents.parquet
    """
    import io

    from claimledger.export import BINARY_FORMATS, CSV_FORMATS, export_file
    from claimledger.export import export as run_export

    if excel and fmt not in CSV_FORMATS:
        raise click.UsageError("--excel applies to the CSV formats only")
    if out is None and fmt in BINARY_FORMATS:
        raise click.UsageError(f"--format {fmt} needs --out FILE")
    query = IncidentQuery(**filters)
    skipped: list[int] = []
    opts: dict[str, Any] = {
        "excel": excel,
        "include_untyped": include_untyped,
        "on_skip": lambda inc: skipped.append(inc.row.id),
    }
    with reading(db) as store:
        if out is None:
            buf = io.StringIO(newline="")  # all or nothing on stdout too
            run_export(store, fmt, buf, query, **opts)
        else:
            n = export_file(store, fmt, out, query, **opts)
    if skipped:
        click.echo(
            f"left out {len(skipped)} incident(s) of no event type, not political violence "
            "(--include-untyped writes them)",
            err=True,
        )
    if out is None:
        sys.stdout.write(buf.getvalue())
        return
    noun = "claim(s)" if fmt == "claims-csv" else "incident(s)"
    click.echo(printable(f"wrote {n} {noun} to {out}"), err=True)
