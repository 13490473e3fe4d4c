"""``claimledger ingest``: analyse documents into the corpus store."""

from __future__ import annotations

import click

from claimledger.cli.options import (
    db_option,
    events_model_option,
    fail,
    iso_date,
    model_option,
    publisher_home_option,
    say_error,
)
from claimledger.errors import ClaimledgerError
from claimledger.options import Options


def _cluster_spec(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """Check a --cluster value before anything is opened (a bad one is a usage error)."""
    if value is None:
        return None
    from claimledger.corpus.cluster import parse_cluster

    try:
        parse_cluster(value)
    except ClaimledgerError as exc:
        raise click.BadParameter(str(exc)) from exc
    return value


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
@click.option(
    "--cluster",
    metavar="local:N|tcp://HOST:PORT",
    callback=_cluster_spec,
    help="Analyse on a Dask cluster instead: local:N starts N worker processes, "
    "tcp://HOST:PORT uses a running scheduler (needs claimledger[cluster]).",
)
@model_option
@events_model_option
@publisher_home_option
@click.option(
    "--published", callback=iso_date, help="Document date (YYYY-MM-DD) when a document has none."
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    workers: int,
    cluster: str | None,
    model: str,
    events_model: str | None,
    published: str | None,
    publisher_home: bool,
) -> None:
    """Analyse documents into the corpus store, linking their incidents.

    PATHS are files, folders (read recursively), globs, .jsonl (or .jsonl.gz),
    .parquet and .warc (or .warc.gz) files, or - for standard input; they are
    streamed, never read whole. Documents already stored are skipped; bad input is reported
    and recorded in the store's errors table. Exit status: 0 when every input
    was stored (or already stored), 1 when some input failed (all good ones are
    stored), 2 on a usage error.

    Example:

    \b
        claimledger ingest reports/ --db corpus.db --workers 2
        claimledger ingest articles.jsonl
        claimledger ingest crawl/*.warc.gz news.parquet --cluster local:2
    """
    from claimledger.cli.render import describe_report, ingest_progress
    from claimledger.corpus import ingest as run_ingest
    from claimledger.store import Store

    if cluster is not None and workers > 1:
        raise click.UsageError("give either --workers or --cluster, not both")
    options = Options(
        model=model, published=published, events_model=events_model, publisher_home=publisher_home
    )
    try:
        with Store.open(db) as store, ingest_progress() as progress:
            report = run_ingest(
                paths, store, options, workers=workers, progress=progress, cluster=cluster
            )
    except ClaimledgerError as exc:
        fail(exc)
    for problem in report.problems:
        say_error(problem)
    for warning in report.warnings:
        say_error(f"warning: {warning}")
    click.echo(describe_report(report))
    if report.errors:
        raise SystemExit(1)
