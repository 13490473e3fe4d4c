"""``POST /api/documents``: ingest one document or a JSONL batch (only with a token).

Input: a JSON object, a JSON array of objects, or JSONL lines, each in the
``ingest`` JSONL shape (``{"id", "text", "title"?, "published"?, "url"?,
"source"?}``), and an ``Authorization: Bearer <token>`` header. Output: the
ingest report. The route exists only when the server was started with a
token; a wrong or missing token is 401.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from claimledger.corpus.ingest import AnalyzeFn, ingest_documents
from claimledger.options import Options
from claimledger.read.jsonl import read_jsonl_lines
from claimledger.serve.stores import StorePool

MAX_BODY = 20_000_000  # bytes per request


def _lines(body: bytes, content_type: str) -> list[bytes]:
    """The request body as JSONL lines (a JSON object or array becomes one line each)."""
    if "json" in content_type and "ndjson" not in content_type and "jsonl" not in content_type:
        try:
            value = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise HTTPException(400, f"the body is not JSON: {exc}") from None
        items = value if isinstance(value, list) else [value]
        return [json.dumps(v, ensure_ascii=False).encode() for v in items]
    return body.splitlines()


def _authorised(request: Request, token: str) -> bool:
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip(), token)


def make_router(token: str, analyzer: AnalyzeFn | None, options: Options) -> APIRouter:
    """The write route, bound to its token and analyser."""
    router = APIRouter(prefix="/api")

    @router.post("/documents", summary="Ingest documents (bearer token required)")
    async def post_documents(request: Request) -> JSONResponse:
        """Analyse and store one document (JSON object), several (JSON array) or JSONL lines.

        Returns what the ingest did: read, stored, already stored, duplicates,
        errors (with one line per problem), incidents linked.
        """
        if not _authorised(request, token):
            raise HTTPException(401, "a valid bearer token is required to write")
        body = await request.body()
        if len(body) > MAX_BODY:
            raise HTTPException(413, f"the body is over {MAX_BODY} bytes")
        lines = _lines(body, request.headers.get("content-type", ""))
        pool: StorePool = request.app.state.pool
        items = list(read_jsonl_lines(lines, options, path="request"))
        from starlette.concurrency import run_in_threadpool

        report = await run_in_threadpool(_ingest, pool, items, options, analyzer)
        return JSONResponse(report)

    return router


def _ingest(
    pool: StorePool, items: list[Any], options: Options, analyzer: AnalyzeFn | None
) -> dict[str, Any]:
    with pool.write_lock:
        r = ingest_documents(items, pool.get(), options, analyzer=analyzer)
    return {
        "read": r.read,
        "stored": r.stored,
        "already_stored": r.already_stored,
        "duplicates": r.duplicates,
        "errors": r.errors,
        "incidents": r.incidents,
        "new_corpus_incidents": r.new_corpus_incidents,
        "problems": list(r.problems),
    }
