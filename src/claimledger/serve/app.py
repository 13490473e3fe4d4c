"""The application: the JSON API, the page and its assets, errors as JSON.

Input: the store path, an optional write token and analyser. Output: an ASGI
app (FastAPI) that ``claimledger serve`` runs on uvicorn. OpenAPI is at
``/openapi.json``; the interactive docs pages are off because they load their
scripts from a CDN and this service works offline.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimledger.corpus.ingest import AnalyzeFn
from claimledger.options import Options
from claimledger.serve import api, write
from claimledger.serve.security import SecurityHeaders
from claimledger.serve.stores import StorePool
from claimledger.store.base import is_database_url

STATIC = Path(__file__).resolve().parent / "static"
PAGES = {"/": "index.html", "/incident": "incident.html", "/document": "document.html"}
log = logging.getLogger(__name__)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        ]
        return JSONResponse({"error": "; ".join(problems) or "invalid request"}, status_code=422)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error answering %s", request.url.path, exc_info=exc)
        return JSONResponse({"error": "internal error (see the server log)"}, status_code=500)


def _pages(app: FastAPI) -> None:
    for route, name in PAGES.items():

        async def page(_name: str = name) -> FileResponse:  # bind the file now
            return FileResponse(STATIC / _name, media_type="text/html; charset=utf-8")

        app.add_api_route(route, page, include_in_schema=False, methods=["GET"])
    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def default_threads() -> int:
    """Worker threads for store queries: one per core, 2 at least, 4 at most."""
    return max(2, min(4, os.cpu_count() or 2))


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    analyzer: AnalyzeFn | None = None,
    options: Options | None = None,
    threads: int | None = None,
) -> FastAPI:
    """The web application over one store.

    Args:
        db: the store (a SQLite file or a PostgreSQL URL; it must exist).
        token: when given, ``POST /api/documents`` exists and requires it as a
            bearer token; without it the service is read-only.
        analyzer: the ingest analyser for writes (the spaCy pipeline by default).
        options: pipeline options for writes.
        threads: store queries run at once (default: the machine's cores, 2 to 4).
            Each runs in a worker thread with its own connection; more threads
            than cores only make them wait on each other for Python's lock,
            which under load shows as a long tail of slow answers.

    Returns:
        The ASGI application.
    """
    pool = StorePool(db if is_database_url(db) else Path(db), read_only=not token)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = threads or default_threads()
        yield
        pool.close()

    app = FastAPI(
        title="claimledger",
        summary="Source-attributed incidents: every source's figures side by side.",
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.include_router(api.router)
    if token:
        app.include_router(write.make_router(token, analyzer, options or Options()))
    _errors(app)
    _pages(app)
    app.add_middleware(SecurityHeaders)
    return app


# The environment through which ``claimledger serve --workers N`` passes its
# settings to the processes uvicorn starts (see app_from_environment).
ENV_DB = "CLAIMLEDGER_SERVE_DB"
ENV_THREADS = "CLAIMLEDGER_SERVE_THREADS"
ENV_TOKEN = "CLAIMLEDGER_TOKEN"


def serve_environment(db: str | Path, *, token: str | None, threads: int | None) -> dict[str, str]:
    """The variables :func:`app_from_environment` reads, for these settings."""
    env = {ENV_DB: str(db)}
    if threads:
        env[ENV_THREADS] = str(threads)
    if token:
        env[ENV_TOKEN] = token
    return env


def app_from_environment() -> FastAPI:
    """The application of one server process of ``serve --workers N`` (a uvicorn factory).

    Reads the store from ``$CLAIMLEDGER_SERVE_DB``, the write token from
    ``$CLAIMLEDGER_TOKEN`` (read-only without it) and the query threads from
    ``$CLAIMLEDGER_SERVE_THREADS``.
    """
    db = os.environ.get(ENV_DB)
    if not db:
        raise RuntimeError(f"${ENV_DB} is not set: start the server with `claimledger serve`")
    threads = os.environ.get(ENV_THREADS)
    return create_app(
        db, token=os.environ.get(ENV_TOKEN) or None, threads=int(threads) if threads else None
    )
