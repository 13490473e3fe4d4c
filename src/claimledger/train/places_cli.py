"""``claimledger train places``: fit the toponym ranker on the LGL development half.

Registered on the ``train`` group by ``cli/train.py``; heavy imports are made
only when the command runs (the CLI starts fast).
"""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["places_command"]


@click.command("places")
@click.option(
    "--data",
    default="../shared/bench",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Benchmark folder whose geo/lgl.xml is read (its development half only).",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Model file."
)
def places_command(data: Path, out: Path) -> None:
    """Train the toponym ranker and write its weights to OUT (JSON).

    Example: claimledger train places --out src/claimledger/resources/models/places.json
    """
    from claimledger.train.places import train_places, write_model

    path = data / "geo" / "lgl.xml"
    if not path.exists():
        raise click.ClickException(f"LGL file not found: {path}")
    model = train_places(path)
    write_model(model, out)
    click.echo(f"{out}: {model['groups']} names of {model['trained_on']}")
