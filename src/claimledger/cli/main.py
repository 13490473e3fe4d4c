"""The ``claimledger`` command group; each command lives in the module of its group.

``analyze`` and ``schema`` (one document at a time) are in ``cli.analyze``;
``ingest``, ``incidents``, ``show`` and ``export`` (the corpus store) in
``cli.corpus``; ``bench`` in ``cli.bench``. Every command parses its
arguments, calls one library function and prints the result (``cli.render``);
errors a user can cause are printed as one line on stderr.
"""

from __future__ import annotations

import click

from claimledger.cli import analyze, bench, corpus


@click.group()
@click.version_option(package_name="claimledger")
def main() -> None:
    """Read reporting about violent incidents into a source-attributed incident database."""


for _command in (
    analyze.analyze,
    analyze.schema,
    corpus.ingest,
    corpus.incidents,
    corpus.show,
    corpus.export,
    bench.bench,
):
    main.add_command(_command)
