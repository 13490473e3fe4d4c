"""``claimledger analyze`` and ``claimledger schema``: one document at a time."""

from __future__ import annotations

import json

import click
from rich.console import Console

from claimledger.cli.options import (
    events_model_option,
    fail,
    iso_date,
    model_option,
    publisher_home_option,
    say_error,
)
from claimledger.errors import ClaimledgerError, ReadError
from claimledger.options import DEFAULT_MAX_BYTES, Options


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--published", callback=iso_date, help="Document date (YYYY-MM-DD) when a file has none."
)
@model_option
@events_model_option
@publisher_home_option
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Largest input.",
)
def analyze(
    paths: tuple[str, ...],
    fmt: str,
    published: str | None,
    model: str,
    events_model: str | None,
    max_bytes: int,
    publisher_home: bool,
) -> None:
    """Read documents and print their incidents, attributed claims and warnings.

    PATHS are .txt, .html/.htm or .jsonl files, or - for standard input.

    Example:

    \b
        claimledger analyze report.txt --published 2015-03-20
        claimledger analyze articles.jsonl --format json > readings.jsonl
    """
    from claimledger.cli.render import render_document
    from claimledger.pipeline import analyze_paths
    from claimledger.records import to_dict

    console, failures = Console(), 0
    try:
        for item in analyze_paths(
            paths,
            Options(
                model=model,
                published=published,
                max_bytes=max_bytes,
                events_model=events_model,
                publisher_home=publisher_home,
            ),
        ):
            if isinstance(item, ReadError):
                failures += 1
                say_error(item)
            elif fmt == "json":
                click.echo(json.dumps(to_dict(item), ensure_ascii=False))
            else:
                render_document(item, console)
    except ClaimledgerError as exc:
        fail(exc)
    if failures:
        raise SystemExit(1)


@click.command()
def schema() -> None:
    """Print the JSON Schema of `analyze --format json` output.

    Example:

    \b
        claimledger schema > claimledger.schema.json
    """
    from claimledger import schema as get_schema

    click.echo(json.dumps(get_schema(), indent=2))
