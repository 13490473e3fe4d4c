"""The ``claimledger`` command group; each command lives in the module of its group.

``analyze`` and ``schema`` (one document at a time) are in ``cli.analyze``;
``ingest`` in ``cli.ingest``; ``incidents``, ``show`` and ``export`` (reading
the corpus store) in ``cli.query``; ``bench`` in ``cli.bench``; ``serve`` (the
HTTP API and web page) in ``cli.serve``. Every command parses its arguments,
calls one library function and prints the result (``cli.render``);
errors a user can cause are printed as one line on stderr.
"""

from __future__ import annotations

import click

from claimledger.cli import analyze, bench, curate, ingest, query, serve, train


@click.group()
@click.version_option(package_name="claimledger")
def main() -> None:
    """Read reporting about violent incidents into a source-attributed incident database."""


for _command in (
    analyze.analyze,
    analyze.schema,
    ingest.ingest,
    query.incidents,
    query.show,
    query.export,
    curate.merge,
    curate.split,
    bench.bench,
    serve.serve,
    train.train,
):
    main.add_command(_command)
