"""The dashboard's HTML pages: small shells that the browser fills from the JSON API.

Nothing from the database is written into the HTML here: the pages carry only their
configuration (as JSON that cannot close its <script> element) and the scripts render
documents' text with DOM text nodes, so it is always escaped.
"""

from __future__ import annotations

import html
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse

from harmwatch.serve.web.assets import asset_version

__all__ = ["TEMPLATES", "PAGES", "BASEMAP", "PROVINCES", "tiles_settings", "render_page", "csp_header", "asset_url"]

TEMPLATES = Path(__file__).with_name("templates")
PAGES = {"map": "Map", "incident": "Incident", "tallies": "Tallies"}
BASEMAP = "vendor/world-atlas/countries-50m.json"
PROVINCES = "vendor/natural-earth/provinces-10m.json"  # loaded by the map only when zoomed in
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)(?::([^}\s]+))?\s*\}\}")


@lru_cache(maxsize=16)
def _template(name: str) -> str:
    return (TEMPLATES / f"{name}.html").read_text(encoding="utf-8")


def tiles_settings() -> dict[str, str] | None:
    """The optional online tile layer ($HARMWATCH_TILES_URL, http(s) only), or None (offline)."""
    url = os.environ.get("HARMWATCH_TILES_URL", "").strip()
    if not url or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        return None
    attribution = os.environ.get("HARMWATCH_TILES_ATTRIBUTION", "").strip()
    return {"url": url, "attribution": attribution}


def _tiles_origin(url: str) -> str:
    """The CSP source for a tile URL template: scheme and host, `{s}` subdomains as a wildcard."""
    parts = urlsplit(url)
    host = re.sub(r"\{s\}", "*", parts.netloc)
    host = re.sub(r"\{[^}]*\}", "*", host)
    return f"{parts.scheme}://{host}"


def csp_header(tiles: dict[str, str] | None) -> str:
    """A Content-Security-Policy: scripts and data from this server only; tiles from their host."""
    images = "'self' data:" + (f" {_tiles_origin(tiles['url'])}" if tiles else "")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'"
    )


def _json_for_script(value: object) -> str:
    """JSON that is safe inside <script type="application/json">."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def asset_url(base: str, path: str) -> str:
    """The URL of a packaged static file, with its content hash for caching."""
    return f"{base}/assets/{path}?v={asset_version(path)}"


def render_page(page: str, request: Request, **config: object) -> HTMLResponse:
    """The HTML shell of `page` (a key of PAGES) with its configuration for the scripts."""
    base = str(request.scope.get("root_path", "") or "").rstrip("/")
    tiles = tiles_settings()
    settings = {"page": page, "base": base, "tiles": tiles, "basemap": asset_url(base, BASEMAP),
                "provinces": asset_url(base, PROVINCES), **config}

    def fill(match: re.Match[str]) -> str:
        key, arg = match.group(1), match.group(2)
        if key == "asset":
            return html.escape(asset_url(base, arg or ""), quote=True)
        if key == "base":
            return html.escape(base, quote=True)
        if key == "title":
            return html.escape(PAGES[page])
        if key == "config":
            return _json_for_script(settings)
        if key == "content":
            return _PLACEHOLDER.sub(fill, _template(page))
        if key == "nav":
            return _nav(base, page)
        raise KeyError(key)

    body = _PLACEHOLDER.sub(fill, _template("layout"))
    headers = {
        "Content-Security-Policy": csp_header(tiles),
        "Cache-Control": "no-cache",
    }
    return HTMLResponse(body, headers=headers)


def _nav(base: str, page: str) -> str:
    items = [("map", "/", "Map"), ("tallies", "/tallies", "Tallies")]
    links = []
    for key, path, label in items:
        current = ' aria-current="page"' if key == page else ""
        links.append(f'<li><a href="{html.escape(base + path, quote=True)}"{current}>{label}</a></li>')
    return "".join(links)
