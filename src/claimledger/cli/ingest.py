"""``claimledger ingest``: analyse documents into the corpus store."""

from __future__ import annotations

import click

from claimledger.cli.options import (
    db_option,
    events_model_option,
    fail,
    iso_date,
    model_option,
    say_error,
)
from claimledger.errors import ClaimledgerError
from claimledger.options import Options


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes running the NLP.",
)
@model_option
@events_model_option
@click.option(
    "--published", callback=iso_date, help="Document date (YYYY-MM-DD) when a document has none."
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    workers: int,
    model: str,
    events_model: str | None,
    published: str | None,
) -> None:
    """Analyse documents into the corpus store, linking their incidents.

    PATHS are files, folders (read recursively), globs, .jsonl files or - for
    standard input. Documents already stored are skipped; bad input is reported
    and recorded in the store's errors table. Exit status: 0 when every input
    was stored (or already stored), 1 when some input failed (all good ones are
    stored), 2 on a usage error.

    Example:

    \b
        claimledger ingest reports/ --db corpus.db --workers 2
        claimledger ingest articles.jsonl
    """
    from claimledger.cli.render import describe_report, ingest_progress
    from claimledger.corpus import ingest as run_ingest
    from claimledger.store import Store

    options = Options(model=model, published=published, events_model=events_model)
    try:
        with Store.open(db) as store, ingest_progress() as progress:
            report = run_ingest(paths, store, options, workers=workers, progress=progress)
    except ClaimledgerError as exc:
        fail(exc)
    for problem in report.problems:
        say_error(problem)
    for warning in report.warnings:
        say_error(f"warning: {warning}")
    click.echo(describe_report(report))
    if report.errors:
        raise SystemExit(1)
