"""The commands that read the corpus store: ``incidents``, ``show``, ``export``.

Each command parses its arguments, calls one library function
(``claimledger.corpus`` or ``claimledger.export``) and prints the result with
``cli.render``.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console

from claimledger.cli.options import db_option, fail
from claimledger.errors import ClaimledgerError


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
    from claimledger.cli.render import incidents_table
    from claimledger.corpus import list_incidents
    from claimledger.store import IncidentQuery, Store

    with Store.open(db) as store:
        rows = list_incidents(store, IncidentQuery(**filters))
    Console().print(incidents_table(rows))


@click.command()
@click.argument("incident_id", type=int)
@db_option
def show(incident_id: int, db: str) -> None:
    """Show one corpus incident: every source's claims side by side, evidence, documents.

    Example:

    \b
        claimledger show 3 --db corpus.db
    """
    from claimledger.cli.render import print_incident
    from claimledger.corpus import get_incident
    from claimledger.store import Store

    with Store.open(db) as store:
        inc = get_incident(store, incident_id)
    if inc is None:
        fail(ClaimledgerError(f"no incident {incident_id}"))
    print_incident(Console(), inc)


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
    from claimledger.store import Store

    with Store.open(db) as store:
        if out is None:
            run_export(store, fmt, sys.stdout)
            return
        with open(out, "w", encoding="utf-8", newline="") as fh:
            n = run_export(store, fmt, fh)
    click.echo(f"wrote {n} incident(s) to {out}", err=True)
