"""``claimledger bench``: score the pipeline on third-party benchmark data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from claimledger.options import DEFAULT_MODEL

DEFAULT_BENCH_DIR = Path("..") / "shared" / "bench"


@click.command()
@click.argument("tasks", nargs=-1)
@click.option(
    "--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_BENCH_DIR,
    show_default=True,
)  # fmt: skip
@click.option(
    "--file", "file", type=click.Path(path_type=Path),
    help="Score another file in the task's format.",
)  # fmt: skip
@click.option("--limit", type=int, help="Score only the first N cases (a smoke run).")
@click.option(
    "--out", "out_dir", type=click.Path(path_type=Path), default=Path("bench-results"),
    show_default=True,
)  # fmt: skip
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

    TASKS: any of `claimledger.bench.tasks.TASK_MODULES` (all when none given), e.g.
    tbij, gva, acled, events, airwars, claims, geo, attribution, linking, speed, fuzz.

    Example:

    \b
        claimledger bench tbij gva --limit 20
        claimledger bench geo --file my-lgl.xml --json
    """
    from claimledger.bench.core import BenchContext, to_json, to_markdown
    from claimledger.bench.tasks import run_tasks

    ctx = BenchContext(data_dir=data_dir, file=file, limit=limit, out_dir=out_dir, model=model)
    try:
        results = run_tasks(tasks, ctx)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    for result in results:
        click.echo(json.dumps(to_json(result)) if as_json else to_markdown(result))
