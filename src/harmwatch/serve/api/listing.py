"""One page of the public incident list, as stored JSON rows, in as few SQL statements as the page
allows, sent straight through the database driver (plain SQL text with positional parameters:
no statement building, compiling or result processing per request).

The page is read in index order with undated (or uncounted) incidents last on both backends: first
the incidents with a value of the sort column, then, when the page reaches past them, the others.
Each part is one statement that picks the page's ids from narrow rows (sorting and filtering never
carry the wide row) and joins their stored list rows (`incident_rows`, see rows.py).
The total is known for free when the page is the last one (it ends short); only a full page needs a
count, which the per-process CountCache keeps for a short while per filter and, with `shared`, the
list_totals table keeps for every worker until an incident changes (totals.py).
"""

from __future__ import annotations

from typing import Any, Callable, Hashable

from .counts import CountCache
from .filters import IncidentFilters, filter_sql
from .totals import SharedTotals

__all__ = ["Page", "count_key", "incident_page"]

Page = tuple[int, list[tuple[int, Any, int]]]  # (total, [(id, list_row or None, version)])
Fetch = Callable[[str, list], list]  # runs one statement with positional parameters, all rows


def count_key(f: IncidentFilters, sort: str) -> Hashable:
    """The CountCache key of the total a page of `f` sorted by `sort` needs."""
    return (f, "date_start" if sort.endswith("date") else "killed_min")


def incident_page(fetch: Fetch, dialect: str, f: IncidentFilters, sort: str, limit: int, offset: int, *,
                  span: int, counts: CountCache, shared: "SharedTotals | None" = None) -> Page:
    """(total matches, rows of incidents offset..offset+limit in `sort` order). With `shared`, a
    total this process does not keep is taken from (or counted into) the shared totals table."""
    col = "date_start" if sort.endswith("date") else "killed_min"
    way = "DESC" if sort.startswith("-") else "ASC"
    where, params = filter_sql(f, span=span, dialect=dialect)
    mark = "%s" if dialect == "postgresql" else "?"
    key = (f, col)

    def rows(nulls: bool, want: int, skip: int) -> list:
        inner = (f"SELECT id, {col} AS k FROM incidents WHERE {where} AND {col} IS {'' if nulls else 'NOT '}NULL "
                 f"ORDER BY {'' if nulls else f'{col} {way}, '}id {way} LIMIT {mark} OFFSET {mark}")
        return fetch(f"SELECT p.id, r.list_row, coalesce(r.version, 0) FROM ({inner}) p "
                     f"LEFT JOIN incident_rows r ON r.incident_id = p.id "
                     f"ORDER BY {'' if nulls else f'p.k {way}, '}p.id {way}", params + [want, skip])

    def count() -> tuple[int, int]:
        if shared is not None:
            return shared.count(fetch, f, col, where, params)
        total, known = fetch(f"SELECT count(*), count({col}) FROM incidents WHERE {where}", params)[0]
        return int(total or 0), int(known or 0)

    counted = counts.peek(key)
    if counted is not None:
        total, known = counted
        page: list = []
        if offset < known:
            page = rows(False, limit, offset)
        if len(page) < limit and total > known and offset + len(page) >= known:
            page += rows(True, limit - len(page), max(0, offset - known))
        return total, page

    page = rows(False, limit, offset)
    if len(page) == limit or (not page and offset > 0):
        # A full page (more may follow), or a page past the sorted part: the count says how far.
        total, known = counts.get(key, count)
        if len(page) < limit and total > known and offset >= known:
            page = rows(True, limit, offset - known)
        return total, page
    known = offset + len(page)  # the sorted part ends on this page
    nulls = counts.get(("without", col),  # in the whole table, by the column's index: usually none
                       lambda: int(fetch(f"SELECT count(*) FROM incidents WHERE {col} IS NULL", [])[0][0] or 0))
    more = rows(True, limit - len(page), 0) if nulls else []
    if len(more) < limit - len(page):
        counts.put(key, (known + len(more), known))
        return known + len(more), page + more
    total, known = counts.get(key, count)
    return total, page + more
