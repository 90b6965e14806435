"""Plain SQL for the hottest public reads, straight through the database driver.

On PostgreSQL a second, small pool of autocommit connections: a read-only statement then costs one
round trip (no BEGIN, no ROLLBACK when the connection goes back, no ping before each use; a
connection found dead is dropped and the statement tried once more on a fresh one). On SQLite
the app's own engine (reads there run outside transactions anyway). Either pool is closed with
the app's engine.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from fastapi import HTTPException
from sqlalchemy import Engine, create_engine, event

__all__ = ["Reader"]

T = TypeVar("T")
Fetch = Callable[[str, list], list]


class Reader:
    def __init__(self, engine: Engine) -> None:
        self.dialect = engine.dialect.name
        if self.dialect == "postgresql":
            self.engine = create_engine(engine.url, isolation_level="AUTOCOMMIT", pool_size=4, max_overflow=12)
            event.listen(engine, "engine_disposed", lambda _engine: self.engine.dispose())
        else:
            self.engine = engine
        self._errors = self.engine.dialect.loaded_dbapi.Error

    def run(self, work: Callable[[Fetch], T]) -> T:
        """`work(fetch)` on one pooled connection, where `fetch(sql, params)` runs one statement
        (positional parameters in the driver's style) and returns all its rows."""
        for attempt in (1, 2):
            fairy = self.engine.raw_connection()
            cursor = None
            try:
                cursor = fairy.cursor()

                def fetch(sql: str, params: list) -> list:
                    cursor.execute(sql, params)
                    return cursor.fetchall()

                return work(fetch)
            except self._errors as exc:
                if not self.engine.dialect.is_disconnect(exc, fairy, cursor):
                    raise
                fairy.invalidate()
                if attempt == 2:
                    raise HTTPException(503, "database unavailable, try again later") from exc
            finally:
                if cursor is not None:
                    try:
                        cursor.close()
                    except self._errors:
                        pass
                fairy.close()
        raise AssertionError("unreachable")  # pragma: no cover
