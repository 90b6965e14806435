"""Public list rows kept ready as JSON in `incident_rows.list_row` (migration 0002).

A page of the public incident list is a concatenation of these stored strings: no JSON parsing,
no claims or documents read, no serialisation per request. The row is a cache of
`records_from_rows` (the public, masked export shape), never the truth:

- NULL (or no incident_rows row) means "to be computed". A page that meets NULL rows computes them at once from the tables
  (exactly as before this cache existed) and hands them to a `RowWriter`, which stores them from
  a background thread, so that a read never waits for a write lock.
- Database triggers (migration 0002) reset the row to NULL and raise its `version` in the
  writer's own transaction whenever anything the row is made of changes (the incident's columns,
  its claim links, those claims, their documents and the documents' names), whatever code writes.
- A computed row is stored only if `version` is still the one read before computing it (0 when
  there was no incident_rows row, which writers create at version 1):
  a change committed meanwhile wins and the row stays NULL until the next read.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, Engine, func, select, text

from harmwatch.db.models import Incident, IncidentRow

from .records import RECORD_COLUMNS, among, records_from_rows
from .responses import json_bytes

__all__ = ["render_rows", "stored_rows", "refresh_rows", "RowWriter", "run"]

_INC, _ROW = Incident.__table__, IncidentRow.__table__
_log = logging.getLogger("harmwatch.serve.api.rows")
_STORE = text("INSERT INTO incident_rows (incident_id, list_row, version) VALUES (:id, :row, :version) "
              "ON CONFLICT (incident_id) DO UPDATE SET list_row = excluded.list_row "
              "WHERE incident_rows.version = excluded.version AND incident_rows.list_row IS NULL")


def render_rows(conn: Connection, ids: Sequence[int]) -> dict[int, bytes]:
    """The public list row (JSON bytes) of each incident id, computed from the tables."""
    if not ids:
        return {}
    rows = list(conn.execute(select(*RECORD_COLUMNS).where(among(conn.dialect.name, _INC.c.id, ids))))
    return {row[0]: json_bytes(record) for row, record in zip(rows, records_from_rows(conn, rows))}


def stored_rows(engine: Engine, page: Sequence[tuple[int, Any, int]], writer: "RowWriter | None" = None) -> list[bytes]:
    """The JSON rows of (id, stored list_row or None, version) triples, in their order: stored
    ones as they are, missing ones computed now (on a connection of `engine`) and handed to `writer`."""
    missing = [i for i, row, _ in page if row is None]
    fresh: dict[int, bytes] = {}
    if missing:
        with engine.connect() as conn:
            fresh = render_rows(conn, missing)
        if writer is not None:
            writer.put([{"id": i, "version": v, "row": fresh[i].decode("utf-8")} for i, row, v in page if i in fresh])
    return [row.encode("utf-8") if row is not None else fresh[i] for i, row, _ in page if row is not None or i in fresh]


def refresh_rows(conn: Connection, *, batch: int = 1000) -> int:
    """Compute and store every missing list row (in the caller's transaction); how many."""
    done, last = 0, 0
    while True:
        todo = list(conn.execute(select(_INC.c.id, func.coalesce(_ROW.c.version, 0))
                                 .select_from(_INC.outerjoin(_ROW, _ROW.c.incident_id == _INC.c.id))
                                 .where(_ROW.c.list_row.is_(None), _INC.c.id > last).order_by(_INC.c.id).limit(batch)))
        if not todo:
            return done
        fresh = render_rows(conn, [i for i, _ in todo])
        conn.execute(_STORE, [{"id": i, "version": v, "row": fresh[i].decode("utf-8")} for i, v in todo if i in fresh])
        done += len(todo)
        last = todo[-1][0]


def run(session) -> dict:
    """The `publish` stage of `harmwatch run`: store the list rows the other stages left to compute,
    so that the first readers after a run find them ready."""
    return {"list_rows": refresh_rows(session.connection())}


class RowWriter:
    """Stores computed rows from one background thread (started on demand, gone when idle), so
    that a request never waits on a lock. Rows that cannot be stored are simply computed again.
    List rows by default; any `statement` with its parameter dicts (the shared totals, totals.py)."""

    def __init__(self, engine: Engine, max_pending: int = 10_000, *, statement: Any = None,
                 cleanup: str | None = None) -> None:
        self.engine = engine
        self.statement = _STORE if statement is None else statement  # run with each batch of rows
        self.cleanup = cleanup  # then this, in the same transaction
        self._queue: queue.Queue[list[dict]] = queue.Queue(maxsize=max(1, max_pending // 50))
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def put(self, rows: Iterable[dict]) -> None:
        rows = list(rows)
        if not rows:
            return
        try:
            self._queue.put_nowait(rows)
        except queue.Full:  # a burst of cold pages: these are computed again next time
            return
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="harmwatch-list-rows", daemon=True)
                self._thread.start()

    def flush(self) -> None:
        """Wait until every row handed over so far has been stored (or given up)."""
        self._queue.join()

    def _run(self) -> None:
        while True:
            try:
                rows = self._queue.get(timeout=2.0)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            try:
                while True:  # everything waiting, in one transaction
                    try:
                        rows += self._queue.get_nowait()
                        self._queue.task_done()
                    except queue.Empty:
                        break
                with self.engine.begin() as conn:
                    conn.execute(self.statement, rows)
                    if self.cleanup:
                        conn.exec_driver_sql(self.cleanup)
            except Exception as exc:  # noqa: BLE001 - a cache write: never fatal
                _log.debug("list rows not stored: %s", str(exc).splitlines()[0] if str(exc) else exc)
            finally:
                self._queue.task_done()
