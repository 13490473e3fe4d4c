"""``claimledger merge`` and ``claimledger split``: correct the linking by hand.

Each command opens an existing store for writing, calls one function of
``claimledger.corpus.merge`` (one transaction) and prints what changed. The
decision is recorded in the store and later ingests respect it: an incident
split off is never merged back automatically, and nothing automatic splits a
merge.
"""

from __future__ import annotations

from pathlib import Path

import click

from claimledger.cli.options import db_option, fail, model_option, printable, say_error
from claimledger.cli.query import EXIT_USAGE
from claimledger.errors import ClaimledgerError


def _existing(db: str) -> None:
    if not Path(db).is_file():
        say_error(f"no store at {db} (give --db the file `claimledger ingest` wrote)")
        raise SystemExit(EXIT_USAGE)


@click.command()
@click.argument("survivor", type=int)
@click.argument("absorbed", type=int)
@click.option("--note", help="Why (recorded with the decision).")
@db_option
@model_option
def merge(survivor: int, absorbed: int, note: str | None, db: str, model: str) -> None:
    """Merge incident ABSORBED into incident SURVIVOR (the same event).

    SURVIVOR keeps its id; ABSORBED redirects to it (`show ABSORBED` shows the
    survivor and says so). The decision is recorded in the store.

    Example:

    \b
        claimledger merge 12 15 --db corpus.db --note "same shooting, two addresses"
    """
    from claimledger.corpus import merge as curation
    from claimledger.store import Store

    _existing(db)
    try:
        with Store.open(db) as store:
            kept = curation.merge(store, survivor, absorbed, note, model)
    except ClaimledgerError as exc:
        fail(exc)
    click.echo(printable(f"merged incident {absorbed} into {kept}; {absorbed} now redirects"))


@click.command()
@click.argument("incident_id", type=int)
@click.option(
    "--documents",
    "documents",
    multiple=True,
    help="A document to split off (store id or external id); repeat or separate by commas.",
)
@click.option(
    "--reports",
    "reports",
    multiple=True,
    help="A document-level incident (report) id to split off, as `show` lists them.",
)
@click.option("--note", help="Why (recorded with the decision).")
@db_option
@model_option
def split(
    incident_id: int,
    documents: tuple[str, ...],
    reports: tuple[str, ...],
    note: str | None,
    db: str,
    model: str,
) -> None:
    """Split documents off INCIDENT_ID into a new incident, kept apart from it.

    Later ingests never merge the two back automatically.

    Example:

    \b
        claimledger split 12 --documents a5fd2746,463470cc --db corpus.db
        claimledger split 12 --reports 31 --note "a second shooting that night"
    """
    from claimledger.corpus import merge as curation
    from claimledger.store import Store

    docs = [d.strip() for value in documents for d in value.split(",") if d.strip()]
    try:
        ids = [int(r) for value in reports for r in value.split(",") if r.strip()]
    except ValueError:
        raise click.BadParameter("report ids are integers", param_hint="--reports") from None
    if not docs and not ids:
        raise click.UsageError("give --documents or --reports")
    _existing(db)
    try:
        with Store.open(db) as store:
            result = curation.split(
                store, incident_id, incident_ids=ids, documents=docs, note=note, model=model
            )
    except ClaimledgerError as exc:
        fail(exc)
    moved = ", ".join(str(i) for i in result.moved)
    click.echo(
        printable(
            f"split report(s) {moved} off incident {result.corpus_incident_id} "
            f"into new incident {result.new_corpus_incident_id} (kept apart)"
        )
    )
