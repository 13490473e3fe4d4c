"""The ``claimledger`` command: a thin face over the library.

Each command parses its arguments, calls one public function and prints the
result. Errors a user can cause are printed as one line on stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from claimledger.cli import corpus as cli_corpus
from claimledger.errors import ClaimledgerError, ReadError
from claimledger.options import DEFAULT_MAX_BYTES, DEFAULT_MODEL, Options

DEFAULT_BENCH_DIR = Path("..") / "shared" / "bench"


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _err(message: str) -> None:
    click.echo(f"claimledger: {message}", err=True)


@click.group()
@click.version_option(package_name="claimledger")
def main() -> None:
    """Read reporting about violent incidents into a source-attributed incident database."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--published", callback=_iso_date, help="Document date (YYYY-MM-DD) when a file has none."
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline.")
@click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Largest input accepted.",
)
def analyze(
    paths: tuple[str, ...], fmt: str, published: str | None, model: str, max_bytes: int
) -> None:
    """Read documents and print their incidents, attributed claims and warnings.

    PATHS are .txt, .html/.htm or .jsonl files, or - for standard input.

    Example:

    \b
        claimledger analyze report.txt --published 2015-03-20
        claimledger analyze articles.jsonl --format json > readings.jsonl
    """
    from claimledger.cli.render import render_document
    from claimledger.pipeline import analyze_documents
    from claimledger.read import read_paths
    from claimledger.records import RawDocument, to_dict

    options = Options(model=model, published=published, max_bytes=max_bytes)
    failures = 0

    def good_docs() -> Any:
        nonlocal failures
        for item in read_paths(paths, options):
            if isinstance(item, ReadError):
                failures += 1
                _err(str(item))
            elif isinstance(item, RawDocument):
                yield item

    console = Console()
    try:
        for doc in analyze_documents(good_docs(), options):
            if fmt == "json":
                click.echo(json.dumps(to_dict(doc), ensure_ascii=False))
            else:
                render_document(doc, console)
    except ClaimledgerError as exc:
        _err(str(exc))
        sys.exit(1)
    if failures:
        sys.exit(1)


@main.command()
def schema() -> None:
    """Print the JSON Schema of `analyze --format json` output.

    Example:

    \b
        claimledger schema > claimledger.schema.json
    """
    from claimledger import schema as get_schema

    click.echo(json.dumps(get_schema(), indent=2))


@main.command()
@click.argument("tasks", nargs=-1)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_BENCH_DIR,
    show_default=True,
)
@click.option(
    "--file",
    "file",
    type=click.Path(path_type=Path),
    help="Score another file in the task's format.",
)
@click.option("--limit", type=int, help="Score only the first N cases (a smoke run).")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("bench-results"),
    show_default=True,
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print each summary as one JSON object.")
def bench(
    tasks: tuple[str, ...],
    data_dir: Path,
    file: Path | None,
    limit: int | None,
    out_dir: Path,
    model: str,
    as_json: bool,
) -> None:
    """Score the pipeline on third-party benchmark data, beside floor baselines.

    TASKS: tbij, gva, acled, case2021, geo, attribution, speed, linking (all when none given).

    Example:

    \b
        claimledger bench tbij gva --limit 20
        claimledger bench geo --file my-lgl.xml --json
    """
    from claimledger.bench.core import BenchContext, to_json, to_markdown, write_outputs
    from claimledger.bench.tasks import TASK_MODULES, get_task

    unknown = [t for t in tasks if t not in TASK_MODULES]
    if unknown:
        raise click.BadParameter(
            f"unknown task(s) {', '.join(unknown)}; choose from {', '.join(TASK_MODULES)}"
        )
    if file is None and not data_dir.exists():
        click.echo(f"skipped: benchmark data folder {data_dir} not found (give --data DIR)")
        return
    if file is not None and len(tasks) != 1:
        raise click.BadParameter("--file needs exactly one task")
    ctx = BenchContext(data_dir=data_dir, file=file, limit=limit, out_dir=out_dir, model=model)
    for name in tasks or tuple(TASK_MODULES):
        result = get_task(name)(ctx)
        write_outputs(result, out_dir)
        click.echo(json.dumps(to_json(result)) if as_json else to_markdown(result))


# The corpus-store commands live in their own module to keep this one small.
for _command in (cli_corpus.ingest, cli_corpus.incidents, cli_corpus.show, cli_corpus.export):
    main.add_command(_command)
