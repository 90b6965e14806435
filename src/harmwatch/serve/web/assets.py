"""The dashboard's static files: served from the package, gzipped once, cached by the browser."""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fastapi import Request, Response
from fastapi.responses import PlainTextResponse

__all__ = ["STATIC", "Asset", "load_asset", "asset_version", "asset_response"]

STATIC = Path(__file__).with_name("static")
_COMPRESSIBLE = (".js", ".css", ".json", ".svg", ".txt", ".html")
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png"}


@dataclass(frozen=True)
class Asset:
    """One static file, read once: its bytes, gzipped bytes (when worth it), type and ETag."""

    body: bytes
    gzipped: bytes | None
    media_type: str
    etag: str


def _resolve(path: str) -> Path | None:
    """The file under STATIC that `path` names, or None (absent, a folder, or outside STATIC)."""
    if not path or "\\" in path or "\x00" in path:
        return None
    candidate = (STATIC / path).resolve()
    root = STATIC.resolve()
    if root not in candidate.parents or not candidate.is_file():
        return None
    return candidate


@lru_cache(maxsize=256)
def load_asset(path: str) -> Asset | None:
    """The asset at `path` (relative to static/), or None when there is no such file."""
    file = _resolve(path)
    if file is None:
        return None
    body = file.read_bytes()
    suffix = file.suffix.lower()
    media_type = _TYPES.get(suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    gzipped = gzip.compress(body, compresslevel=9, mtime=0) if suffix in _COMPRESSIBLE and len(body) > 512 else None
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    return Asset(body, gzipped, media_type, etag)


def asset_version(path: str) -> str:
    """A short content hash for cache-busting URLs (`?v=...`); empty when the file is missing."""
    asset = load_asset(path)
    return asset.etag.strip('"')[:10] if asset else ""


def asset_response(path: str, request: Request) -> Response:
    """The file, gzipped when the client accepts it; 304 when the client's copy is current."""
    asset = load_asset(path)
    if asset is None:
        return PlainTextResponse("not found", status_code=404)
    versioned = "v" in request.query_params
    headers = {
        "ETag": asset.etag,
        "Cache-Control": "public, max-age=31536000, immutable" if versioned else "public, max-age=300",
        "Vary": "Accept-Encoding",
    }
    if asset.etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    body = asset.body
    if asset.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        body = asset.gzipped
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type=asset.media_type, headers=headers)
