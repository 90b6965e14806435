"""A per-process micro-cache of public JSON responses, by path and query.

Public data changes only when `harmwatch run` or an analyst changes it, while readers ask the
same questions over and over (the dashboard's first view, popular filters). A response is kept
for `ttl` seconds (0 turns the cache off); any write through this process empties the cache at
once (the app's middleware calls `clear`), so only changes made elsewhere can take up to `ttl`
seconds to show. Memory is bounded by `max_bytes`.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Callable

from fastapi import Request, Response

__all__ = ["ResponseCache", "cached"]


class ResponseCache:
    def __init__(self, ttl: float = 30.0, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.ttl = ttl
        self.max_bytes = max_bytes
        self._data: OrderedDict[str, tuple[float, bytes, dict]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[bytes, dict] | None:
        hit = self._data.get(key)
        if hit is None or time.monotonic() - hit[0] >= self.ttl:
            return None
        return hit[1], hit[2]

    def put(self, key: str, body: bytes, headers: dict) -> None:
        if self.ttl <= 0 or len(body) > self.max_bytes // 8:
            return
        with self._lock:
            old = self._data.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1])
            self._data[key] = (time.monotonic(), body, headers)
            self._bytes += len(body)
            while self._bytes > self.max_bytes and self._data:
                _, dropped = self._data.popitem(last=False)
                self._bytes -= len(dropped[1])

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._bytes = 0


def cached(request: Request, compute: Callable[[], Response]) -> Response:
    """The response for this path and query: from the cache, or computed (and kept when 200)."""
    cache: ResponseCache = request.app.state.responses
    if cache.ttl <= 0:
        return compute()
    query = "&".join(sorted(request.url.query.split("&"))) if request.url.query else ""
    key = f"{request.url.path}?{query}"
    hit = cache.get(key)
    if hit is not None:
        return Response(hit[0], headers=hit[1])
    response = compute()
    if response.status_code == 200:
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        cache.put(key, bytes(response.body), headers)
    return response
