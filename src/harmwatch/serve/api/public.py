"""Public, read-only routes: incidents, the map layer, tallies, comparison and downloads."""

from __future__ import annotations

import io
import json
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool
from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from harmwatch.db.models import Incident

from .cache import cached
from .deps import get_session
from .filters import (GRADES, IncidentFilters, apply_filters, effective_grade, incident_filters, longest_span,
                      longest_span_sql, split_list)
from .listing import count_key, incident_page
from .reader import Reader
from .records import incident_detail
from .responses import json_response
from .rows import stored_rows

__all__ = ["router", "GEOJSON_MAX"]

router = APIRouter(prefix="/api", tags=["public"])

GEOJSON_MAX = 20_000
_TALLY_BY = ("perpetrator", "belligerent", "month", "year", "country", "admin1")
_KEY = r"^[A-Za-z0-9_.:-]{1,64}$"


@router.get("/meta", summary="What the filters can take: belligerents, countries, grades, date span")
def meta(request: Request, session: Session = Depends(get_session)) -> Response:
    return cached(request, lambda: _meta(session))


def _meta(session: Session) -> Response:
    from harmwatch import __version__

    active = Incident.status == "active"
    perps: set[str] = set()
    for (listed,) in session.execute(select(cast(Incident.perpetrators, String)).where(active).distinct()):
        try:
            perps.update(str(p) for p in json.loads(listed or "[]"))
        except (TypeError, ValueError):
            continue
    perps.update(p for (p,) in session.execute(select(Incident.perpetrator).where(active).distinct()) if p)
    countries = sorted(c for (c,) in session.execute(select(Incident.country).where(active).distinct()) if c)
    lo, hi = session.execute(select(func.min(Incident.date_start),
                                    func.max(func.coalesce(Incident.date_end, Incident.date_start))).where(active)).one()
    return json_response({"perpetrators": sorted(perps), "countries": countries, "grades": list(GRADES),
                          "date_min": lo, "date_max": hi, "version": __version__})


def _span(session: Session, request: Request) -> int:
    return request.app.state.counts.get("longest-span", lambda: longest_span(session))


@router.get("/incidents", summary="Incidents matching the filters, sorted and paginated")
async def incidents(request: Request, f: IncidentFilters = Depends(incident_filters),
                    sort: Literal["date", "-date", "killed", "-killed"] = Query("-date"),
                    limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=10_000_000)) -> Response:
    """The page is read with plain SQL on the driver and its items are the stored list rows (rows.py).
    When the total and the longest span are both known, the page costs a statement or two by
    index and is served on the event loop; otherwise (a count to make) in a worker thread."""
    state = request.app.state
    reader: Reader = state.reader

    def compute() -> Response:
        def work(fetch) -> tuple[int, list]:
            span = state.counts.get("longest-span", lambda: longest_span_sql(fetch, reader.dialect))
            return incident_page(fetch, reader.dialect, f, sort, limit, offset, span=span, counts=state.counts,
                                 shared=getattr(state, "totals", None))

        total, page = reader.run(work)
        items = stored_rows(state.engine, page, state.row_writer)
        return Response(b'{"total":%d,"limit":%d,"offset":%d,"items":[%s]}' % (total, limit, offset, b",".join(items)),
                        media_type="application/json")

    if state.counts.peek(count_key(f, sort)) is None or state.counts.peek("longest-span") is None:
        return await run_in_threadpool(cached, request, compute)
    return cached(request, compute)


@router.get("/incidents.geojson", summary="Matching incidents with coordinates as a GeoJSON FeatureCollection")
def incidents_geojson(request: Request, f: IncidentFilters = Depends(incident_filters),
                      session: Session = Depends(get_session)) -> Response:
    return cached(request, lambda: _geojson(request, f, session))


def _geojson(request: Request, f: IncidentFilters, session: Session) -> Response:
    stmt = apply_filters(select(Incident.key, Incident.date_start, Incident.perpetrators, Incident.killed_min,
                                Incident.killed_max, effective_grade, Incident.place_name, Incident.country,
                                Incident.lon, Incident.lat), f, span=_span(session, request))
    stmt = stmt.where(Incident.lat.is_not(None), Incident.lon.is_not(None))
    stmt = stmt.order_by(Incident.date_start.asc().nulls_last(), Incident.id).limit(GEOJSON_MAX)
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                 "properties": {"id": key, "date": day.isoformat() if day else None, "perpetrators": perps or [],
                                "killed_min": kmin, "killed_max": kmax, "grade": grade, "place": place,
                                "country": country}}
                for key, day, perps, kmin, kmax, grade, place, country, lon, lat in session.execute(stmt)]
    return json_response({"type": "FeatureCollection", "features": features},
                         headers={"Content-Type": "application/geo+json"})


@router.get("/incidents/{key}", summary="One incident with its claims, sources, evidence and official statements")
def incident(request: Request, key: str = Path(..., pattern=_KEY),
             session: Session = Depends(get_session)) -> Response:
    def compute() -> Response:
        inc = session.scalar(select(Incident).where(Incident.key == key))
        if inc is None:
            raise HTTPException(404, f"no incident {key!r}")
        rec = incident_detail(session, inc)
        rec["status"] = inc.status
        return json_response(rec)

    return cached(request, compute)


def _tally():
    try:
        import harmwatch.tally as tally

        return tally
    except ImportError as exc:  # pragma: no cover - only while the tally stage is missing
        raise HTTPException(503, f"tallies are not available: {exc}") from exc


@router.get("/tallies", summary="Tolls (min–max sums) grouped by belligerent, month, year, country or province")
def tallies(request: Request,
            by: str = Query("perpetrator", max_length=200, description=f"Comma list of {', '.join(_TALLY_BY)}."),
            grade: str | None = Query(None, max_length=200, description="Only incidents of these grades."),
            session: Session = Depends(get_session)) -> Response:
    keys = ["perpetrator" if b == "belligerent" else b for b in split_list(by, "by", allowed=_TALLY_BY)]
    keys = list(dict.fromkeys(keys)) or ["perpetrator"]
    grades = split_list(grade, "grade", allowed=GRADES) or None
    tolls = getattr(_tally(), "tolls", None)
    if tolls is None:
        raise HTTPException(503, "tallies are not available yet")
    return cached(request, lambda: json_response({"by": keys, "rows": tolls(session, by=keys, grades=grades)}))


@router.get("/comparison", summary="Monitors' estimates beside deaths each belligerent admitted")
def comparison(request: Request, session: Session = Depends(get_session)) -> Response:
    compare = getattr(_tally(), "compare", None)
    if compare is None:
        raise HTTPException(503, "the comparison is not available yet")
    return cached(request, lambda: json_response({"rows": compare(session)}))


_FORMATS = {"csv": ("write_csv", "text/csv; charset=utf-8"),
            "geojson": ("write_geojson", "application/geo+json"),
            "jsonl": ("write_jsonl", "application/x-ndjson")}


def _export(session: Session, fmt: str, f: IncidentFilters, span: int) -> Response:
    try:
        from harmwatch.serve import export
    except ImportError as exc:  # pragma: no cover - only while the export module is missing
        raise HTTPException(503, f"exports are not available: {exc}") from exc
    writer, media = _FORMATS[fmt]
    buffer = io.StringIO()
    query = apply_filters(select(Incident), f, span=span)
    getattr(export, writer)(export.incident_records(session, public=True, query=query), buffer)
    return Response(buffer.getvalue().encode("utf-8"), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="incidents.{fmt}"'})


@router.get("/export/incidents.csv", summary="Public incidents (optionally filtered) as CSV")
def export_csv(request: Request, f: IncidentFilters = Depends(incident_filters),
               session: Session = Depends(get_session)) -> Response:
    return _export(session, "csv", f, _span(session, request))


@router.get("/export/incidents.geojson", summary="Public incidents (optionally filtered) as GeoJSON")
def export_geojson(request: Request, f: IncidentFilters = Depends(incident_filters),
               session: Session = Depends(get_session)) -> Response:
    return _export(session, "geojson", f, _span(session, request))


@router.get("/export/incidents.jsonl", summary="Public incidents (optionally filtered) as JSON Lines")
def export_jsonl(request: Request, f: IncidentFilters = Depends(incident_filters),
               session: Session = Depends(get_session)) -> Response:
    return _export(session, "jsonl", f, _span(session, request))
