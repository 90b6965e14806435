"""What the linker knows of one claim: its date window, places, actors, figures and wording."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

__all__ = ["PlaceInfo", "ClaimInfo", "claim_info", "distance_km", "site_of", "PLACE_RADIUS_KM", "PRECISE_PLACES",
           "NARROW_DAYS", "WIDE_DAYS"]

# How far from its point a place of each precision may lie (km).
PLACE_RADIUS_KM = {"exact": 3.0, "settlement": 8.0, "near-settlement": 15.0, "district": 35.0,
                   "water": 30.0, "province": 150.0, "country": math.inf, "unknown": math.inf}
PRECISE_PLACES = frozenset({"exact", "settlement", "near-settlement", "district", "water"})
NARROW_DAYS = 7   # a date window up to this many days is "narrow" (day, days, week)
WIDE_DAYS = 62    # a wider window than this links on nothing but being flagged for review
_FALLBACK_DAYS = 3  # a claim with no date of its own: the few days before publication

_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    name: str
    gazetteer_id: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def radius(self) -> float:
        return PLACE_RADIUS_KM.get(self.precision, math.inf)


@dataclass(slots=True)
class ClaimInfo:
    """A claim reduced to what linking compares; `idx` is its rank by key."""

    key: str
    document: str
    outlet: str | None
    start: int | None          # date ordinals, inclusive
    end: int | None
    precision: str
    date_from_claim: bool
    places: tuple[PlaceInfo, ...]
    country: str | None
    admin1: str | None
    perpetrators: frozenset[str]
    means: str | None
    target: str | None
    killed: tuple[int | None, int | None]
    words: str
    locked: bool = False
    idx: int = 0
    vec: dict[str, float] | None = None   # TF-IDF vector of its document's text (link.text); None for stubs
    short_text: bool = False   # the vector is of a short text (a tweet): it links by wording only within days
    published: int | None = None  # its document's publication date (ordinal), stated or read from its address
    site: str | None = None    # the outlet its address belongs to (site_of): one outlet's reports share a house style

    @property
    def span(self) -> int | None:
        return None if self.start is None else self.end - self.start + 1

    @property
    def narrow_date(self) -> bool:
        return self.span is not None and self.span <= NARROW_DAYS

    @property
    def precise_place(self) -> bool:
        return any(p.has_point and p.precision in PRECISE_PLACES for p in self.places)

    @property
    def precise(self) -> bool:
        return self.narrow_date and self.date_from_claim and self.precise_place

    @property
    def undated(self) -> bool:
        return self.start is None or self.end - self.start + 1 > WIDE_DAYS

    def place_keys(self) -> set[tuple]:
        """Gazetteer ids and fine (0.1°) cells of its precise places."""
        out: set[tuple] = set()
        for p in self.places:
            if p.has_point and p.precision in PRECISE_PLACES:
                out.add(("fine", math.floor(p.lat * 10), math.floor(p.lon * 10)))
                if p.gazetteer_id:
                    out.add(("gid", p.gazetteer_id))
        return out

    def cells(self) -> set[tuple[int, int]]:
        """Fine 0.1° cells of its precise places."""
        return {(math.floor(p.lat * 10), math.floor(p.lon * 10)) for p in self.places
                if p.has_point and p.precision in PRECISE_PLACES}

    def reach(self) -> float:
        """The largest radius (km) of its precise places."""
        return max((p.radius for p in self.places if p.has_point and p.precision in PRECISE_PLACES), default=0.0)

    def near_cells(self) -> set[tuple[int, int]]:
        """Every fine cell within its reach of one of its precise places."""
        out: set[tuple[int, int]] = set()
        r = self.reach()
        for p in self.places:
            if not (p.has_point and p.precision in PRECISE_PLACES):
                continue
            ky = math.ceil(r / 11.1)
            kx = math.ceil(r / max(1.0, 11.1 * math.cos(math.radians(p.lat))))
            a, b = math.floor(p.lat * 10), math.floor(p.lon * 10)
            out.update((a + da, b + db) for da in range(-ky, ky + 1) for db in range(-kx, kx + 1))
        return out


_PLATFORMS = {"twitter.com": "twitter", "x.com": "twitter", "facebook.com": "facebook", "fb.com": "facebook",
              "youtube.com": "youtube", "t.me": "telegram", "instagram.com": "instagram", "tiktok.com": "tiktok"}
_NOT_ACCOUNTS = frozenset({"watch", "reel", "reels", "share", "shorts", "video", "videos", "photo", "photos",
                           "permalink.php", "story.php", "i", "intent", "hashtag", "search", "embed", "s"})
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|mobile|web|amp)\.")


def site_of(url: str | None) -> str | None:
    """The outlet an address belongs to: its host without `www.`; on a social platform, the account
    (`twitter/SomeAgency`). None when there is no usable address."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = _HOST_PREFIX.sub("", (parts.hostname or "").lower())
    if not host:
        return None
    platform = _PLATFORMS.get(host)
    if platform is None:
        return host
    account = next((seg for seg in parts.path.split("/") if seg), "").lower()
    return f"{platform}/{account}" if account and account not in _NOT_ACCOUNTS else None


def distance_km(a: PlaceInfo, b: PlaceInfo) -> float:
    """Great-circle distance between two places with points."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _range(fig: Any) -> tuple[int | None, int | None]:
    if not isinstance(fig, dict):
        return (None, None)
    lo, hi = fig.get("min"), fig.get("max")
    return (lo if isinstance(lo, int) else None, hi if isinstance(hi, int) else None)


def _place(p: dict) -> PlaceInfo:
    lat, lon = p.get("lat"), p.get("lon")
    ok = isinstance(lat, (int, float)) and isinstance(lon, (int, float))
    return PlaceInfo(name=_WS.sub(" ", str(p.get("geoname") or p.get("name") or "")).strip().lower(),
                     gazetteer_id=p.get("gazetteer_id"), country=p.get("country"), admin1=p.get("admin1"),
                     lat=float(lat) if ok else None, lon=float(lon) if ok else None,
                     precision=p.get("precision") or ("settlement" if ok else "unknown"))


def claim_info(key: str, data: dict, *, document: str, outlet: str | None = None,
               published: date | None = None, text: str | None = None, locked: bool = False,
               vector: dict[str, float] | None = None, short_text: bool = False,
               url: str | None = None) -> ClaimInfo:
    """Build the linker's view of a contract claim dict.

    A claim with no date of its own takes the few days before its document's publication
    (flagged by `date_from_claim=False`), so that every report can still reach an incident.
    """
    d = data.get("date") or {}
    start, end = _parse_date(d.get("start")), _parse_date(d.get("end"))
    precision = d.get("precision") or "unknown"
    from_claim = start is not None or end is not None
    start, end = start or end, end or start
    if start is None and published is not None:
        start, end, precision = published - timedelta(days=_FALLBACK_DAYS), published, "days"
    if start is not None and end < start:
        start, end = end, start
    places = tuple(_place(p) for p in (data.get("places") or []) if isinstance(p, dict))
    countries = sorted({p.country for p in places if p.country})
    admin1s = sorted({p.admin1 for p in places if p.admin1})
    perps = frozenset(p for p in (data.get("perpetrators") or []) if p and p != "unknown")
    figures = data.get("figures") or {}
    words = data.get("summary") or ""
    if text:
        spans = [text[e["start"]:e["end"]] for e in (data.get("evidence") or [])
                 if isinstance(e, dict) and isinstance(e.get("start"), int) and isinstance(e.get("end"), int)]
        words = " ".join([words, *spans])
    return ClaimInfo(
        key=key, document=document, outlet=(outlet or "").strip().lower() or None,
        start=start.toordinal() if start else None, end=end.toordinal() if end else None,
        precision=precision, date_from_claim=from_claim, places=places,
        country=countries[0] if len(countries) == 1 else None,
        admin1=admin1s[0] if len(admin1s) == 1 else None,
        perpetrators=perps, means=None if data.get("means") in (None, "unknown") else data.get("means"),
        target=(data.get("target") or None), killed=_range(figures.get("civilians_killed")),
        words=_WS.sub(" ", words).strip().lower()[:600], locked=locked, vec=vector,
        short_text=short_text and vector is not None, published=published.toordinal() if published else None,
        site=site_of(url),
    )
