"""Fast JSON responses (orjson when installed) for the read-heavy public routes."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from fastapi import Response

__all__ = ["json_bytes", "json_response"]

try:  # pragma: no cover - depends on what is installed
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None


def _default(obj: Any) -> Any:
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    return str(obj)


def json_bytes(obj: Any) -> bytes:
    if _orjson is not None:
        return _orjson.dumps(obj, default=_default, option=_orjson.OPT_NON_STR_KEYS)
    return json.dumps(obj, default=_default, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(obj: Any, status_code: int = 200, headers: dict | None = None) -> Response:
    return Response(json_bytes(obj), status_code=status_code, media_type="application/json", headers=headers)
