"""The application: the JSON API, the page and its assets, errors as JSON.

Input: the store path, an optional write token and analyser. Output: an ASGI
app (FastAPI) that ``claimledger serve`` runs on uvicorn. OpenAPI is at
``/openapi.json``; the interactive docs pages are off because they load their
scripts from a CDN and this service works offline.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

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


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    analyzer: AnalyzeFn | None = None,
    options: Options | None = None,
) -> FastAPI:
    """The web application over one store.

    Args:
        db: the store (a SQLite file or a PostgreSQL URL; it must exist).
        token: when given, ``POST /api/documents`` exists and requires it as a
            bearer token; without it the service is read-only.
        analyzer: the ingest analyser for writes (the spaCy pipeline by default).
        options: pipeline options for writes.

    Returns:
        The ASGI application.
    """
    pool = StorePool(db if is_database_url(db) else Path(db), read_only=not token)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
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
