"""A short-lived, per-process cache of match counts (the `total` of a listing) and other
whole-table figures (the longest incident span).

Counting every match of a filter reads every matching row; the page itself does not need to.
Counts are kept for `ttl` seconds and dropped at once after any write through this process
(the app's middleware calls `clear`); a change made elsewhere (`harmwatch run`, another worker)
shows in totals within `ttl` seconds, while the listed items themselves are always current.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Hashable

__all__ = ["CountCache"]


class CountCache:
    def __init__(self, ttl: float = 60.0, max_entries: int = 20_000) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._data: dict[Hashable, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The value kept for `key`, else `compute()` (then kept)."""
        hit = self.peek(key)
        if hit is not None:
            return hit
        value = compute()
        self.put(key, value)
        return value

    def peek(self, key: Hashable) -> Any:
        """The value kept for `key`, or None when there is none (or it is too old)."""
        hit = self._data.get(key)
        if hit is not None and time.monotonic() - hit[0] < self.ttl:
            return hit[1]
        return None

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            if len(self._data) >= self.max_entries:
                self._data.clear()
            self._data[key] = (time.monotonic(), value)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
