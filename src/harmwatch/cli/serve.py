"""`harmwatch serve`: the REST API and the dashboard, with uvicorn."""

from __future__ import annotations

import os

import typer

from .common import engine, fail, state

__all__ = ["register"]


def serve(host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
          port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
          workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes."),
          cache_ttl: float = typer.Option(0.0, "--cache-ttl", min=0, max=3600,
                                          help="Seconds to keep public JSON responses (0: off)."),
          log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
          access_log: bool = typer.Option(True, "--access-log/--no-access-log",
                                          help="Log every request (off: a little less CPU per request).")) -> None:
    """Serve the JSON API (/api, OpenAPI at /openapi.json) and the dashboard (/)."""
    import importlib.util

    import uvicorn

    from harmwatch.db import resolve_url

    engine()  # migrate once here, and turn a bad --db into one clear line before starting
    url = resolve_url(state.db)
    os.environ["HARMWATCH_CACHE_TTL"] = str(cache_ttl)  # read by create_app in each worker
    # The fast HTTP parser and event loop when installed (uvicorn[standard]), else the pure-Python ones.
    fast = {"http": "httptools" if importlib.util.find_spec("httptools") else "h11",
            "loop": "uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
            "access_log": access_log, "log_level": log_level}
    try:
        if workers == 1:
            from harmwatch.serve.app import create_app

            uvicorn.run(create_app(url), host=host, port=port, **fast)
        else:
            os.environ["HARMWATCH_DB"] = url  # each worker process builds its app from it
            uvicorn.run("harmwatch.serve.app:create_app", factory=True, host=host, port=port, workers=workers,
                        **fast)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
