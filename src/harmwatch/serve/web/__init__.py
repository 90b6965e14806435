"""The public dashboard: a map, a timeline, incident pages and tallies, over the JSON API.

`router` serves the HTML pages ("/", "/incidents/{id}", "/tallies") and the packaged static
files under "/assets/"; the pages' scripts read only the public JSON API (/api/...).
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from harmwatch.serve.web.assets import asset_response
from harmwatch.serve.web.pages import render_page

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/")
def map_page(request: Request) -> Response:
    """The map of incidents with filters and the monthly timeline."""
    return render_page("map", request)


@router.get("/incidents/{incident_id}")
def incident_page(incident_id: str, request: Request) -> Response:
    """One incident: figures, grade, every source with its evidence."""
    return render_page("incident", request, incident=incident_id)


@router.get("/tallies")
def tallies_page(request: Request) -> Response:
    """Tolls by belligerent, year and country; monitors' counts against admitted deaths; downloads."""
    return render_page("tallies", request)


@router.get("/assets/{path:path}")
def asset(path: str, request: Request) -> Response:
    """A packaged static file (scripts, styles, vendored libraries, the offline basemap)."""
    return asset_response(path, request)
