"""Totals of the public incident list shared by every worker and kept across restarts (table
`list_totals`, migration 0003).

A total is stored under its normalised filter (`total_key`) with the list generation it was
counted at; triggers raise `list_generation.generation` whenever an incident is added or removed
or a column a filter reads changes, so a stored total is used only while nothing it counts has
changed. The generation is read in the counting statement itself (one snapshot), and totals are
stored from a background thread (a read never waits for a write lock); stale ones are pruned there.
"""

from __future__ import annotations

import hashlib
import json
from typing import Callable

from sqlalchemy import Engine, text

from .filters import IncidentFilters
from .rows import RowWriter

__all__ = ["MAX_TOTALS", "SharedTotals", "total_key"]

MAX_TOTALS = 50_000  # stored totals at most (a flood of distinct filters empties the table)
Fetch = Callable[[str, list], list]

_STORE = text("INSERT INTO list_totals (key, generation, total, known) VALUES (:key, :generation, :total, :known) "
              "ON CONFLICT (key) DO UPDATE SET generation = excluded.generation, total = excluded.total, "
              "known = excluded.known WHERE list_totals.generation < excluded.generation")
_PRUNE = ("DELETE FROM list_totals WHERE generation < (SELECT generation FROM list_generation WHERE id = 1) "
          f"OR (SELECT count(*) FROM list_totals) > {MAX_TOTALS}")


def total_key(f: IncidentFilters, col: str) -> str:
    """The filter (and sort column) in one canonical text: the same matches, the same key."""
    text_ = json.dumps([col, f.start.isoformat() if f.start else None, f.end.isoformat() if f.end else None,
                        sorted(set(f.perpetrators)), f.country, f.admin1, sorted(set(f.grades)), f.min_killed],
                       separators=(",", ":"), ensure_ascii=True)
    return text_ if len(text_) <= 400 else "sha256:" + hashlib.sha256(text_.encode()).hexdigest()


class SharedTotals:
    def __init__(self, engine: Engine) -> None:
        self.dialect = engine.dialect.name
        self.writer = RowWriter(engine, statement=_STORE, cleanup=_PRUNE)

    def count(self, fetch: Fetch, f: IncidentFilters, col: str, where: str, params: list) -> tuple[int, int]:
        """(matches, matches with a value of `col`): the stored total when its generation is the
        current one, else counted now (and handed to the writer)."""
        mark = "%s" if self.dialect == "postgresql" else "?"
        key = total_key(f, col)
        hit = fetch(f"SELECT t.total, t.known FROM list_totals t JOIN list_generation g "
                    f"ON g.id = 1 AND g.generation = t.generation WHERE t.key = {mark}", [key])
        if hit:
            return int(hit[0][0]), int(hit[0][1])
        generation, total, known = fetch(
            f"SELECT (SELECT generation FROM list_generation WHERE id = 1), count(*), count({col}) "
            f"FROM incidents WHERE {where}", params)[0]
        total, known = int(total or 0), int(known or 0)
        if generation is not None:
            self.writer.put([{"key": key, "generation": int(generation), "total": total, "known": known}])
        return total, known

    def flush(self) -> None:
        self.writer.flush()
