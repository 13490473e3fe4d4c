"""``claimledger serve``: the read-only JSON API and web page over a store.

Parses the options, builds the application (``claimledger.serve.create_app``)
and runs it on uvicorn. Writes (``POST /api/documents``) exist only with a
token (``--token`` or ``$CLAIMLEDGER_TOKEN``).
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from claimledger.cli.options import db_option, fail
from claimledger.errors import ClaimledgerError
from claimledger.store.base import is_database_url


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="CLAIMLEDGER_TOKEN",
    help="Enable POST /api/documents, guarded by this bearer token (also $CLAIMLEDGER_TOKEN).",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    help="Store queries answered at once (default: one per core, 2 to 4).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes (each with its own connections); one per core serves most.",
)
def serve(
    db: str, host: str, port: int, token: str | None, threads: int | None, workers: int
) -> None:
    """Serve the store: a JSON API (OpenAPI at /openapi.json) and a web page at /.

    Example:

    \b
        claimledger serve --db corpus.db
        # then open http://127.0.0.1:8000/
        claimledger serve --db corpus.db --workers 2   # one process per core
    """
    if not is_database_url(db) and not Path(db).is_file():
        fail(ClaimledgerError(f"{db}: no such store (create it with `claimledger ingest`)"))
    import uvicorn

    from claimledger.serve import create_app
    from claimledger.serve.app import serve_environment

    mode = "read and write (token required)" if token else "read-only"
    if workers == 1:
        app = create_app(db, token=token or None, threads=threads)
        click.echo(f"claimledger: serving {db} ({mode}) on http://{host}:{port}/", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Several processes: uvicorn starts each from an import string, so the
    # settings travel in the environment (the token never on a command line).
    os.environ.update(serve_environment(db, token=token or None, threads=threads))
    click.echo(
        f"claimledger: serving {db} ({mode}) on http://{host}:{port}/ with {workers} processes",
        err=True,
    )
    uvicorn.run(
        "claimledger.serve.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )
