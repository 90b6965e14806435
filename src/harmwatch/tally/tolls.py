"""Tolls: sums of incidents' min–max figures by perpetrator, period and place.

Each incident counts once, under its main perpetrator (the one most reports name), so the rows
of a table add up to the whole. A missing maximum ("at least 30") counts as its minimum in the
max sum, a missing minimum ("up to 10") as zero in the min sum. The grade used is the analyst's
override when there is one, else the computed grade. Only active incidents count.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db.models import Claim, Document, Incident, OfficialStatement

__all__ = ["DIMENSIONS", "tolls", "compare", "stated_tallies", "normalise_by"]

DIMENSIONS = ("perpetrator", "month", "year", "country", "admin1")
_SYNONYMS = {"belligerent": "perpetrator", "belligerents": "perpetrator", "perpetrators": "perpetrator",
             "actor": "perpetrator", "province": "admin1", "governorate": "admin1"}


def normalise_by(by: Iterable[str]) -> list[str]:
    """Dimension names, synonyms resolved ("belligerent" → "perpetrator"); ValueError if unknown."""
    out: list[str] = []
    for raw in by:
        name = _SYNONYMS.get(raw.strip().lower(), raw.strip().lower())
        if not name:
            continue
        if name not in DIMENSIONS:
            raise ValueError(f"cannot tally by {raw!r} (one of {', '.join(DIMENSIONS)}, or belligerent)")
        if name not in out:
            out.append(name)
    return out


def _rows(session: Session, grades: Sequence[str] | None):
    q = select(Incident.id, Incident.perpetrator, Incident.perpetrators, Incident.date_start, Incident.country,
               Incident.admin1, Incident.killed_min, Incident.killed_max, Incident.injured_min,
               Incident.injured_max, Incident.grade, Incident.grade_override).where(Incident.status == "active")
    wanted = set(grades) if grades else None
    for row in session.execute(q):
        grade = row.grade_override or row.grade
        if wanted is not None and grade not in wanted:
            continue
        yield row


def _lo(v: int | None) -> int:
    return v or 0


def _hi(lo: int | None, hi: int | None) -> int:
    return hi if hi is not None else (lo or 0)


def _dim(row, name: str):
    d: date | None = row.date_start
    if name == "perpetrator":
        return row.perpetrator or "unknown"
    if name == "month":
        return d.strftime("%Y-%m") if d else None
    if name == "year":
        return d.year if d else None
    return getattr(row, name)


def tolls(session: Session, by: Sequence[str] = ("perpetrator",), grades: Sequence[str] | None = None) -> list[dict]:
    """Rows of the by-keys + killed_min, killed_max, injured_min, injured_max, incidents."""
    dims = normalise_by(by)
    acc: dict[tuple, dict] = {}
    for row in _rows(session, grades):
        k = tuple(_dim(row, d) for d in dims)
        t = acc.setdefault(k, {"killed_min": 0, "killed_max": 0, "injured_min": 0, "injured_max": 0,
                               "incidents": 0})
        t["killed_min"] += _lo(row.killed_min)
        t["killed_max"] += _hi(row.killed_min, row.killed_max)
        t["injured_min"] += _lo(row.injured_min)
        t["injured_max"] += _hi(row.injured_min, row.injured_max)
        t["incidents"] += 1
    out = [{**dict(zip(dims, k)), **v} for k, v in acc.items()]
    out.sort(key=lambda r: tuple((r[d] is None, str(r[d])) for d in dims))
    return out


def compare(session: Session) -> list[dict]:
    """Per perpetrator: monitor estimates beside the deaths the belligerent admitted, and their ratio.

    An incident counts for every perpetrator it is attributed to; admitted deaths are the sum
    of `deaths_conceded` over that actor's admissions, matched to an incident or not.
    """
    acc: dict[str, dict] = {}

    def slot(actor: str) -> dict:
        return acc.setdefault(actor, {"perpetrator": actor, "monitor_min": 0, "monitor_max": 0, "admitted": 0,
                                      "incidents": 0, "admitted_incidents": 0})

    for row in _rows(session, None):
        for actor in row.perpetrators or ["unknown"]:
            t = slot(actor)
            t["monitor_min"] += _lo(row.killed_min)
            t["monitor_max"] += _hi(row.killed_min, row.killed_max)
            t["incidents"] += 1
    admitted_sets: dict[str, set[int]] = {}
    for st in session.scalars(select(OfficialStatement).where(OfficialStatement.kind == "admitted")):
        t = slot(st.actor)
        t["admitted"] += st.deaths_conceded or 0
        if st.incident_id is not None:
            admitted_sets.setdefault(st.actor, set()).add(st.incident_id)
    out = []
    for actor in sorted(acc):
        t = acc[actor]
        t["admitted_incidents"] = len(admitted_sets.get(actor, ()))
        adm = t["admitted"]
        t["ratio_min"] = round(t["monitor_min"] / adm, 2) if adm else None
        t["ratio_max"] = round(t["monitor_max"] / adm, 2) if adm else None
        out.append(t)
    return out


def _parse(value) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) and value else None
    except ValueError:
        return None


def stated_tallies(session: Session) -> list[dict]:
    """Tally claims found in documents, each beside what the incidents here add up to.

    The computed figure covers active incidents attributed to (one of) the tally's perpetrators,
    within its period and country when it states them.
    """
    incidents = list(_rows(session, None))
    q = (select(Claim.key, Claim.data, Document.doc_id, Document.outlet).join(Document, Document.id == Claim.document_id)
         .where(Claim.kind == "tally", Claim.status != "rejected").order_by(Claim.key))
    out = []
    for key, data, doc_id, outlet in session.execute(q):
        data = data or {}
        period = data.get("date") or {}
        start, end = _parse(period.get("start")), _parse(period.get("end"))
        perps = {p for p in data.get("perpetrators") or [] if p != "unknown"}
        countries = {p.get("country") for p in data.get("places") or [] if isinstance(p, dict) and p.get("country")}
        lo = hi = n = 0
        for row in incidents:
            if perps and not perps & set(row.perpetrators or []):
                continue
            if countries and row.country not in countries:
                continue
            if (start or end) and (row.date_start is None or (start and row.date_start < start)
                                   or (end and row.date_start > end)):
                continue
            lo += _lo(row.killed_min)
            hi += _hi(row.killed_min, row.killed_max)
            n += 1
        out.append({"claim": key, "document": doc_id, "sources": data.get("sources") or ([outlet] if outlet else []),
                    "period": {"start": period.get("start"), "end": period.get("end")},
                    "perpetrators": sorted(perps), "countries": sorted(countries),
                    "figures": data.get("figures") or {}, "summary": data.get("summary"),
                    "computed": {"killed_min": lo, "killed_max": hi, "incidents": n}})
    return out
