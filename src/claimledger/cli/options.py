"""Options and messages shared by the command modules."""

from __future__ import annotations

import datetime as dt
import re
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

publisher_home_option = click.option(
    "--publisher-home/--no-publisher-home",
    default=True,
    show_default=True,
    help="Resolve a publisher's place names with its home area, read from its other "
    "documents (same URL host or source) in the same batch.",
)


def iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A click callback: the value as an ISO date, or a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


# C0 and C1 control characters and DEL (ESC/OSC sequences start with them), and
# the Unicode line and paragraph separators; tab and newline are handled apart.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = re.compile("[\t\n]")


def _escaped(match: re.Match[str]) -> str:
    """A control character as its escape: ``\\x1b``, ``\\u2028``."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, one_line: bool = True) -> str:
    """Text taken from input made safe for a terminal: control characters shown escaped.

    ESC, OSC and every other control character become a visible ``\\x1b``-style
    escape, so no terminal sequence from a document, file name or id reaches the
    terminal; with ``one_line`` newlines and tabs are escaped too.
    """
    out = _CONTROLS.sub(_escaped, str(text))
    if one_line:
        out = _LINE_BREAKS.sub(lambda m: "\\n" if m.group() == "\n" else "\\t", out)
    return out


def say_error(message: object) -> None:
    """Print one ``claimledger: ...`` line on stderr (control characters escaped)."""
    click.echo(f"claimledger: {printable(message)}", err=True)


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
    help="Store: a SQLite file, or a PostgreSQL URL (postgresql://user@host/dbname).",
)
