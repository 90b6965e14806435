"""Incident filters from query parameters, turned into SQL (never into Python-side filtering)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from fastapi import HTTPException, Query
from sqlalchemy import Select, String, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from harmwatch.db.models import Incident

__all__ = ["GRADES", "SORTS", "IncidentFilters", "effective_grade", "incident_filters", "apply_filters", "filter_sql",
           "longest_span", "longest_span_sql", "split_list"]

GRADES: tuple[str, ...] = ("confirmed", "fair", "weak", "contested", "discounted")
SORTS: tuple[str, ...] = ("date", "-date", "killed", "-killed")
_ID = re.compile(r"^[a-z0-9-]{1,64}$")  # canonical actor ids: safe inside LIKE

effective_grade = func.coalesce(Incident.grade_override, Incident.grade)


def split_list(value: str | None, name: str, *, allowed: tuple[str, ...] | None = None) -> list[str]:
    """'a,b' → ['a', 'b'], each value checked (a 422 names the parameter and the bad value)."""
    if value is None:
        return []
    items = [v.strip() for v in value.split(",") if v.strip()]
    for item in items:
        if allowed is not None and item not in allowed:
            raise HTTPException(422, f"{name}: unknown value {item!r} (one of {', '.join(allowed)})")
        if allowed is None and not _ID.match(item):
            raise HTTPException(422, f"{name}: invalid value {item[:80]!r}")
    if len(items) > 50:
        raise HTTPException(422, f"{name}: at most 50 values")
    return items


@dataclass(frozen=True)
class IncidentFilters:
    start: date | None = None
    end: date | None = None
    perpetrators: tuple[str, ...] = ()
    country: str | None = None
    admin1: str | None = None
    grades: tuple[str, ...] = ()
    min_killed: int | None = None


async def incident_filters(
    start: date | None = Query(None, description="Incidents on or after this day (YYYY-MM-DD)."),
    end: date | None = Query(None, description="Incidents on or before this day (YYYY-MM-DD)."),
    perpetrator: str | None = Query(None, max_length=2000, description="Belligerent ids, comma-separated."),
    country: str | None = Query(None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code."),
    admin1: str | None = Query(None, min_length=1, max_length=128, description="Province / governorate."),
    grade: str | None = Query(None, max_length=200, description="Grades, comma-separated."),
    min_killed: int | None = Query(None, ge=0, le=10_000_000, description="Minimum civilian deaths (lower bound)."),
) -> IncidentFilters:
    """The shared filter parameters of the incident list, map and exports (async: no I/O, no thread)."""
    if start and end and start > end:
        raise HTTPException(422, f"start ({start}) is after end ({end})")
    return IncidentFilters(
        start=start, end=end,
        perpetrators=tuple(split_list(perpetrator, "perpetrator")),
        country=country.upper() if country else None,
        admin1=admin1, grades=tuple(split_list(grade, "grade", allowed=GRADES)),
        min_killed=min_killed,
    )


def longest_span(session: Session) -> int:
    """Days between the start and end of the longest-lasting incident (0 when none lasts)."""
    if session.get_bind().dialect.name == "sqlite":
        days = func.julianday(Incident.date_end) - func.julianday(Incident.date_start)
    else:
        days = Incident.date_end - Incident.date_start
    value = session.scalar(select(func.max(days)).where(Incident.date_end > Incident.date_start))
    return max(0, int(math.ceil(float(value or 0))))


def longest_span_sql(fetch, dialect: str) -> int:
    """`longest_span` in plain SQL through a driver-level `fetch(sql, params)`."""
    if dialect == "sqlite":
        days = "julianday(date_end) - julianday(date_start)"
    else:
        days = "date_end - date_start"
    value = fetch(f"SELECT max({days}) FROM incidents WHERE date_end > date_start", [])[0][0]
    return max(0, int(math.ceil(float(value or 0))))


def apply_filters(stmt: Select, f: IncidentFilters, *, span: int | None = None) -> Select:
    """Restrict a select over Incident to the public, active incidents matching `f`.

    An incident matches a date range when its own dates overlap it. With `span` (from
    `longest_span`) the overlap test gets a redundant lower bound on date_start that an index can
    use; incidents without a start date never match a date range.
    """
    conds = [Incident.status == "active"]
    if f.start:
        conds.append(func.coalesce(Incident.date_end, Incident.date_start) >= f.start)
        conds.append(Incident.date_start >= f.start - timedelta(days=span or 0) if span is not None
                     else Incident.date_start.is_not(None))
    if f.end:
        conds.append(Incident.date_start <= f.end)
    if f.perpetrators:
        # The main belligerent by its index; joint attacks by the JSON list of every one named.
        listed = cast(Incident.perpetrators, String)
        conds.append(or_(Incident.perpetrator.in_(f.perpetrators),
                         *[listed.like(f'%"{p}"%') for p in f.perpetrators]))
    if f.country:
        conds.append(Incident.country == f.country)
    if f.admin1:
        conds.append(Incident.admin1 == f.admin1)
    if f.grades:
        conds.append(effective_grade.in_(f.grades))
    if f.min_killed is not None:
        conds.append(Incident.killed_min >= f.min_killed)
    return stmt.where(and_(*conds))


def filter_sql(f: IncidentFilters, *, span: int, dialect: str) -> tuple[str, list]:
    """`apply_filters` (with `span`) as plain SQL over `incidents` for the database driver: the
    condition with positional placeholders (`%s` on PostgreSQL, `?` on SQLite) and its parameters.
    Only parameters carry values; the text depends on which filters are set (a handful of shapes,
    each prepared once by the server)."""
    pg = dialect == "postgresql"
    mark = "%s" if pg else "?"
    params: list = []

    def day(value: date) -> object:
        return value if pg else value.isoformat()  # SQLite keeps dates as ISO text

    def among(column: str, values: tuple[str, ...]) -> str:
        if pg:
            params.append(list(values))
            return f"{column} = ANY(%s)"
        params.extend(values)
        return f"{column} IN ({', '.join('?' * len(values))})"

    conds = ["status = 'active'"]
    if f.start:
        conds.append(f"coalesce(date_end, date_start) >= {mark}")
        conds.append(f"date_start >= {mark}")
        params += [day(f.start), day(f.start - timedelta(days=span))]
    if f.end:
        conds.append(f"date_start <= {mark}")
        params.append(day(f.end))
    if f.perpetrators:
        # The main belligerent by its index; joint attacks by the JSON list of every one named.
        either = [among("perpetrator", f.perpetrators)]
        for p in f.perpetrators:
            either.append(f"CAST(perpetrators AS VARCHAR) LIKE {mark}")
            params.append(f'%"{p}"%')
        conds.append(f"({' OR '.join(either)})")
    if f.country:
        conds.append(f"country = {mark}")
        params.append(f.country)
    if f.admin1:
        conds.append(f"admin1 = {mark}")
        params.append(f.admin1)
    if f.grades:
        conds.append(among("coalesce(grade_override, grade)", f.grades))
    if f.min_killed is not None:
        conds.append(f"killed_min >= {mark}")
        params.append(f.min_killed)
    return " AND ".join(conds), params
