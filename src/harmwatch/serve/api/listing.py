"""One page of the public incident list: its incident ids (narrow rows: sorting and filtering
never carry the wide JSON) and the exact number of matches, in as few SQL statements as the
page allows.

The page is read in index order with undated (or uncounted) incidents last on both backends: first
the incidents with a value of the sort column, then, when the page reaches past them, the others.
The total is known for free when the page is the last one (it ends short); only a full page needs a
count, which the per-process CountCache keeps for a short while per filter.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from harmwatch.db.models import Incident

from .counts import CountCache
from .filters import IncidentFilters, apply_filters

__all__ = ["incident_page"]

_INC = Incident.__table__


def incident_page(conn: Connection, f: IncidentFilters, sort: str, limit: int, offset: int, *, span: int,
                  counts: CountCache) -> tuple[int, list]:
    """(total matches, ids of incidents offset..offset+limit in `sort` order)."""
    col = _INC.c.date_start if sort.endswith("date") else _INC.c.killed_min
    order = (col.desc(), _INC.c.id.desc()) if sort.startswith("-") else (col.asc(), _INC.c.id.asc())
    base = apply_filters(select(_INC.c.id), f, span=span)
    key = (f, col.key)

    def count() -> tuple[int, int]:
        total, known = conn.execute(apply_filters(select(func.count(), func.count(col)), f, span=span)).one()
        return int(total or 0), int(known or 0)

    def tail(skip: int, want: int) -> list:
        return list(conn.scalars(base.where(col.is_(None)).order_by(order[1]).limit(want).offset(skip)))

    counted = counts.peek(key)
    if counted is not None:
        total, known = counted
        rows: list = []
        if offset < known:
            rows = list(conn.scalars(base.where(col.is_not(None)).order_by(*order).limit(limit).offset(offset)))
        if len(rows) < limit and total > known and offset + len(rows) >= known:
            rows += tail(max(0, offset - known), limit - len(rows))
        return total, rows

    rows = list(conn.scalars(base.where(col.is_not(None)).order_by(*order).limit(limit).offset(offset)))
    if len(rows) == limit or (not rows and offset > 0):
        # A full page (more may follow), or a page past the sorted part: the count says how far.
        total, known = counts.get(key, count)
        if len(rows) < limit and total > known and offset >= known:
            rows = tail(offset - known, limit)
        return total, rows
    known = offset + len(rows)  # the sorted part ends on this page
    nulls = counts.get(("without", col.key),  # in the whole table, by the column's index: usually none
                       lambda: int(conn.execute(select(func.count()).where(col.is_(None))).scalar() or 0))
    more = tail(0, limit - len(rows)) if nulls else []
    if len(more) < limit - len(rows):
        counts.put(key, (known + len(more), known))
        return known + len(more), rows + more
    total, known = counts.get(key, count)
    return total, rows + more
