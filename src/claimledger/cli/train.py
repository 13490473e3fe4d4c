"""``claimledger train events``: fit the event-type classifier on ACLED exports.

With no ``--acled`` it reads the four ACLED dev files with sub-event types
under ``--data`` (the files the shipped model was built from), so
``claimledger train events --out src/claimledger/resources/models/events.npz``
rebuilds the shipped weights. Needs scikit-learn (``pip install claimledger[train]``).
"""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def train() -> None:
    """Train the models the pipeline uses.

    Example: claimledger train events --acled export.csv --out my-events.npz
    """


@train.command("events")
@click.option(
    "--acled",
    "acled",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An ACLED CSV export (repeat for several; rows without sub-event type are skipped).",
)
@click.option(
    "--data",
    default="../shared/bench",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Benchmark folder whose acled/ files are read when no --acled is given.",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Model file."
)
def events(acled: tuple[Path, ...], data: Path, out: Path) -> None:
    """Train the event-type classifier and write it to OUT (use it with --events-model OUT).

    Example: claimledger train events --acled export.csv --out my-events.npz
    """
    try:
        from claimledger.extract.events.model import save_model
        from claimledger.train.events import DEFAULT_FILES, train_events
    except ImportError as exc:  # scikit-learn or scipy missing
        raise click.ClickException(
            f"training needs the train extra (pip install 'claimledger[train]'): {exc}"
        ) from exc
    paths = list(acled) or [data / "acled" / name for name in DEFAULT_FILES]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"ACLED file(s) not found: {', '.join(missing)}")
    try:
        model = train_events(paths)
    except (ValueError, ImportError) as exc:
        raise click.ClickException(str(exc)) from exc
    save_model(model, out)
    size = out.stat().st_size
    click.echo(
        f"wrote {out} ({size / 1e6:.1f} MB): {len(model.classes)} sub-event types, "
        f"{model.meta['n_train']} notes"
    )
