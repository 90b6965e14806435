"""Reports with no date at all, dated by the dated reports of other outlets that they read like.

A report with no date in its text, no publication date and none in its address links to dated
reports only by its wording alone (cosine ≥ TEXT_THRESHOLD), which monitors' terse follow-ups
("clashes renew inside the prison", "more prisoners surrender") seldom reach. When such a report
reads somewhat like (cosine ≥ NEIGHBOUR_COSINE) dated reports of MIN_OUTLETS or more other outlets,
and all of those fit in MAX_SPREAD_DAYS, it most likely tells those days: it takes their window as a
fallback date (`date_from_claim` stays False, as for a publication date),
and the usual rules — wording within days, the date vetoes — then apply to it. When its dated
look-alikes are spread wider (a generic wording, "Turkish shelling on the countryside", or an
offensive's reports day after day), or come from one outlet only, it stays undated. (On the Syria
set a wider spread, a week, added about as many wrong pairs as right ones: the neighbouring days of
one offensive.)

The result depends only on the set of claims (not their order); a claim is dated from the
claims of the same run only (see docs/incidents.md, incremental runs).
"""

from __future__ import annotations

from collections import defaultdict

from .features import NARROW_DAYS, ClaimInfo
from .text import TOP_TERMS, cosine

__all__ = ["NEIGHBOUR_COSINE", "MIN_OUTLETS", "MAX_SPREAD_DAYS", "date_by_neighbours"]

NEIGHBOUR_COSINE = 0.1   # how alike a dated report must read to count as a look-alike
MIN_OUTLETS = 2          # distinct outlets (other than the report's own) among the look-alikes
MAX_SPREAD_DAYS = 4      # the look-alikes' windows must fit in this many days (one publication fallback)
_MAX_TERM_BLOCK = 300    # a term shared by more documents than this finds no look-alikes


def _top(c: ClaimInfo) -> list[str]:
    return [t for t, _w in sorted(c.vec.items(), key=lambda tw: (-tw[1], tw[0]))[:TOP_TERMS]]


def _agreed_window(c: ClaimInfo, alike: list[tuple[float, ClaimInfo]]) -> tuple[int, int] | None:
    """The window that holds every look-alike, when it spans MAX_SPREAD_DAYS or fewer and they come
    from MIN_OUTLETS outlets or more."""
    if not alike:
        return None
    lo, hi = min(d.start for _, d in alike), max(d.end for _, d in alike)
    if hi - lo + 1 > MAX_SPREAD_DAYS or len({d.site for _, d in alike}) < MIN_OUTLETS:
        return None
    return lo, hi


def date_by_neighbours(claims: list[ClaimInfo]) -> int:
    """Give each claim with no date at all (and a full text vector) the window of its dated
    look-alikes, when they agree (see the module's docstring); returns how many were dated."""
    dated = [c for c in claims if c.start is not None and c.vec and not c.short_text and c.span <= NARROW_DAYS]
    lone = [c for c in claims if c.start is None and c.vec and not c.short_text]
    if not dated or not lone:
        return 0
    index: dict[str, list[ClaimInfo]] = defaultdict(list)
    for c in sorted(dated, key=lambda c: c.key):
        for t in _top(c):
            index[t].append(c)
    windows: dict[str, tuple[int, int]] = {}
    for c in lone:
        seen: set[str] = set()  # every claim of a look-alike report counts (one dated elsewhere spoils the window)
        alike: list[tuple[float, ClaimInfo]] = []
        for t in _top(c):
            found = index.get(t, ())
            if len(found) > _MAX_TERM_BLOCK:
                continue
            for d in found:
                if d.key in seen or d.document == c.document:
                    continue
                seen.add(d.key)
                sim = cosine(c.vec, d.vec) if d.site is not None and d.site != c.site else 0.0
                if sim >= NEIGHBOUR_COSINE:
                    alike.append((sim, d))
        window = _agreed_window(c, alike)
        if window is not None:
            windows[c.key] = window
    for c in lone:  # set only after every window is found: a dated claim never dates another
        if c.key in windows:
            c.start, c.end = windows[c.key]
            c.precision = "days"
    return len(windows)
