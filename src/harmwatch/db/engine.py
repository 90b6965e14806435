"""Engines, sessions and migrations for both backends (SQLite embedded, PostgreSQL for teams)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

__all__ = ["DEFAULT_URL", "resolve_url", "connect", "migrate", "session_scope", "current_revision", "dialect_name",
           "dispose"]

DEFAULT_URL = "sqlite:///harmwatch.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the one given, else $HARMWATCH_DB, else SQLite in the working folder.

    `postgresql://` is read as PostgreSQL through psycopg 3 (the driver HarmWatch installs).
    """
    url = url or os.environ.get("HARMWATCH_DB") or DEFAULT_URL
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


_ENGINES: dict[str, Engine] = {}


def connect(url: str | None = None, *, upgrade: bool = True) -> Engine:
    """An engine for `url`, with the schema migrated to the newest revision on first use."""
    url = resolve_url(url)
    if url in _ENGINES:
        return _ENGINES[url]
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    if upgrade:
        migrate(engine)
    _ENGINES[url] = engine
    return engine


def dispose(url: str | None = None) -> None:
    """Close the pooled connections of one URL's engine (every engine when None) and forget it."""
    keys = [resolve_url(url)] if url else list(_ENGINES)
    for key in keys:
        engine = _ENGINES.pop(key, None)
        if engine is not None:
            engine.dispose()


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Apply every migration up to `revision` (idempotent)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def dialect_name(engine_or_session) -> str:
    bind = engine_or_session.get_bind() if isinstance(engine_or_session, Session) else engine_or_session
    return bind.dialect.name


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
