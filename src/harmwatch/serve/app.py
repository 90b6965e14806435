"""The web application: the JSON API under /api, the dashboard at /, OpenAPI at /openapi.json."""

from __future__ import annotations

import logging
import os
from typing import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

__all__ = ["create_app", "MAX_BODY", "GZIP_MIN"]

MAX_BODY = int(os.environ.get("HARMWATCH_MAX_BODY", str(6 * 1024 * 1024)))  # bytes in one request body
GZIP_MIN = 1024  # responses this large or larger are gzipped for clients that accept it
_GZIP_LEVEL = 6  # zlib's default: most of level 9's saving at a fraction of its CPU
_log = logging.getLogger("harmwatch.serve")


class _Guard:
    """ASGI middleware: refuse request bodies over `limit` bytes (413), declared or streamed; add
    protective headers to every response; call `after_write` when a writing request succeeded."""

    def __init__(self, app, limit: int, after_write: Callable[[], None] | None = None) -> None:
        self.app = app
        self.limit = limit
        self.after_write = after_write

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                too_big = True
            if too_big:
                return await self._refuse(send)
        elif scope.get("method") in ("POST", "PUT", "PATCH", "DELETE"):
            # A body without a declared length (chunked) is read here, up to the limit, then replayed.
            chunks, size, more = [], 0, True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return
                body = message.get("body", b"")
                size += len(body)
                if size > self.limit:
                    return await self._refuse(send)
                chunks.append(body)
                more = message.get("more_body", False)
            whole, replayed = b"".join(chunks), False
            upstream = receive

            async def receive():
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": whole, "more_body": False}
                return await upstream()

        status = 500

        async def send_with_headers(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = list(message.get("headers") or []) + _SECURITY_HEADERS
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            # Only a write that went through can change data (refused ones must not flush caches).
            if self.after_write is not None and scope.get("method") not in ("GET", "HEAD", "OPTIONS") \
                    and status < 400:
                self.after_write()

    async def _refuse(self, send) -> None:
        body = b'{"detail":"request body too large (limit %d bytes)"}' % self.limit
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


_SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]


def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 with one readable line per problem ('query.limit: ...'), and the details beside it."""
    lines = []
    details = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()))
        lines.append(f"{where}: {err.get('msg', 'invalid')}")
        details.append({"loc": list(err.get("loc", ())), "msg": err.get("msg"), "type": err.get("type")})
    return JSONResponse({"detail": "; ".join(lines) or "invalid request", "errors": details}, status_code=422)


def _database_error(_request: Request, exc: OperationalError) -> JSONResponse:
    _log.error("database error: %s", str(exc).splitlines()[0])
    return JSONResponse({"detail": "database unavailable, try again later"}, status_code=503)


def _fast_json(engine) -> None:
    """Let psycopg parse JSON columns with orjson (same values, several times faster)."""
    try:
        import orjson
        from psycopg.types.json import set_json_loads
    except ImportError:  # pragma: no cover - optional speed-up
        return
    if engine.dialect.name != "postgresql":
        return
    from sqlalchemy import event

    if not getattr(engine, "_harmwatch_fast_json", False):
        event.listen(engine, "connect", lambda dbapi_conn, _record: set_json_loads(orjson.loads, dbapi_conn))
        engine._harmwatch_fast_json = True
        engine.pool.dispose()  # connections opened before the listener get it on reconnect


def create_app(db_url: str | None = None, *, write_rate: float = 2.0, write_burst: int = 30,
               max_body: int = MAX_BODY, count_ttl: float = 60.0, cache_ttl: float | None = None) -> FastAPI:
    """The HarmWatch web app over the database at `db_url` (else $HARMWATCH_DB, else ./harmwatch.db).

    Writes are limited per user to `write_rate` a second, in bursts up to `write_burst`. Listing
    totals are cached for `count_ttl` seconds, public JSON responses for `cache_ttl` seconds
    (default $HARMWATCH_CACHE_TTL, else 0: off); both are dropped after every write through this app.
    Responses of GZIP_MIN bytes or more are gzipped when the client sends `Accept-Encoding: gzip`.
    """
    from harmwatch import __version__
    from harmwatch.db import connect
    from harmwatch.serve.auth import TokenBucket

    from .api import ROUTERS
    from .api.cache import ResponseCache
    from .api.counts import CountCache
    from .api.reader import Reader
    from .api.rows import RowWriter
    from .api.totals import SharedTotals

    engine = connect(db_url)
    _fast_json(engine)
    app = FastAPI(title="HarmWatch", version=__version__,
                  description="Civilian-harm incidents, each figure traceable to the sentence that states it. "
                              "Reading is public; writing needs `Authorization: Bearer <token>`.")
    app.state.engine = engine
    app.state.sessions = sessionmaker(engine, expire_on_commit=False)
    app.state.write_limiter = TokenBucket(rate=write_rate, burst=write_burst)
    app.state.counts = CountCache(ttl=count_ttl)
    if cache_ttl is None:
        cache_ttl = float(os.environ.get("HARMWATCH_CACHE_TTL", "0") or 0)
    app.state.responses = ResponseCache(ttl=cache_ttl)
    app.state.row_writer = RowWriter(engine)  # stores public list rows computed on reads
    app.state.reader = Reader(engine)  # plain SQL on the driver for the public list
    app.state.totals = SharedTotals(engine)  # list totals shared by every worker (list_totals)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(OperationalError, _database_error)
    for router in ROUTERS:
        app.include_router(router)
    try:
        from harmwatch.serve import web
    except ImportError:  # pragma: no cover - the dashboard is optional
        web = None
    if getattr(web, "router", None) is not None:
        app.include_router(web.router)
    def after_write() -> None:
        app.state.counts.clear()
        app.state.responses.clear()

    from fastapi.middleware.gzip import GZipMiddleware

    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN, compresslevel=_GZIP_LEVEL)
    app.add_middleware(_Guard, limit=max_body, after_write=after_write)  # outermost: sees every request
    return app
