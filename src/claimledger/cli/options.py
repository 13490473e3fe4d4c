"""Options and messages shared by the command modules."""

from __future__ import annotations

import datetime as dt
from typing import NoReturn

import click

from claimledger.errors import ClaimledgerError
from claimledger.options import DEFAULT_MODEL

model_option = click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline."
)
events_model_option = click.option(
    "--events-model",
    type=click.Path(exists=True, dir_okay=True),
    help="Event-type model trained by `claimledger train events` (default: the shipped one).",
)


def iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A click callback: the value as an ISO date, or a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def say_error(message: object) -> None:
    """Print one ``claimledger: ...`` line on stderr."""
    click.echo(f"claimledger: {message}", err=True)


def fail(exc: ClaimledgerError) -> NoReturn:
    """Print the error and exit with status 1."""
    say_error(exc)
    raise SystemExit(1)


DEFAULT_DB = "claimledger.db"
db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Store file (SQLite).",
)
