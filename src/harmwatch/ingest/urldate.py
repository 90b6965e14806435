"""A document's publication date read from its address, for documents that come without one.

Most scraped reports carry no publication date, but many addresses do:

- a tweet's status id (twitter.com, x.com) is a "snowflake" that holds the moment it was posted;
- news sites put the day in the path: `/2022/01/26/...`, `/2025/6/18/...`, `/2021-12-04-...`,
  `/20250805-...`, or day first as a whole path segment: `/syria/16082022` (a second story of
  that day may add one digit: `/syria/160820222`).

Only the path is read (never the query string, where redirect and tracking parameters carry
other addresses and numbers), and only a full day counts: a path with a year and month only
(`/2022/01/slug`) gives nothing. A date before 1990 or after tomorrow is ignored.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

__all__ = ["url_date"]

_TWITTER_HOSTS = ("twitter.com", "x.com")
_STATUS = re.compile(r"^/[^/]+/status(?:es)?/(\d{15,20})(?:/|$)")
_TWEPOCH_MS = 1288834974657  # the Twitter snowflake epoch (2010-11-04)
_YMD = re.compile(r"(?<![\d])((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?![\d])")
_COMPACT = re.compile(r"(?:^|/)((?:19|20)\d\d)(\d\d)(\d\d)(?=[-_./]|$)")
_DMY_SEGMENT = re.compile(r"/(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)\d?(?=/|$)")
_EARLIEST = date(1990, 1, 1)


def _plausible(d: date | None, today: date) -> date | None:
    return d if d is not None and _EARLIEST <= d <= today + timedelta(days=1) else None


def _day(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def url_date(url: str | None, *, today: date | None = None) -> date | None:
    """The publication day an address states (tweet id or dated path); None when it states none."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    today = today or date.today()
    host = (parts.hostname or "").lower()
    path = parts.path or ""
    if host == "twitter.com" or host == "x.com" or host.endswith(tuple("." + h for h in _TWITTER_HOSTS)):
        m = _STATUS.match(path)
        if m:
            ms = (int(m.group(1)) >> 22) + _TWEPOCH_MS
            return _plausible(datetime.fromtimestamp(ms / 1000, timezone.utc).date(), today)
        return None
    for rx in (_YMD, _COMPACT):
        for m in rx.finditer(path):
            found = _plausible(_day(*m.groups()), today)
            if found is not None:
                return found
    for m in _DMY_SEGMENT.finditer(path):
        d, mo, y = m.groups()
        found = _plausible(_day(y, mo, d), today)
        if found is not None:
            return found
    return None
