"""GeoNames country dumps (SY.txt, SY.zip, allCountries.txt...) into the `places` table, and
the table back into the in-memory gazetteer index.

Dump format (tab-separated, 19 columns): geonameid, name, asciiname, alternatenames,
latitude, longitude, feature class, feature code, country code, cc2, admin1 code, admin2 code,
admin3 code, admin4 code, population, elevation, dem, timezone, modification date.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path
from typing import IO, Iterator

from .gazetteer_names import is_arabic

__all__ = ["DumpError", "read_dump", "import_dump", "load_places", "places_signature", "DEFAULT_CODES"]

# Feature classes kept by default: populated places and administrative areas; of the spots,
# refugee camps (S.CMPRF), which reports name like neighbourhoods.
DEFAULT_CLASSES = frozenset({"P", "A"})
DEFAULT_CODES = frozenset({"CMPRF"})
_SKIP_CODES = frozenset({"PPLH", "PPLQ", "PPLW", "ADMD", "ADMDH", "ADM1H", "ADM2H", "ADM3H", "ADM4H", "PCLH",
                         "ZN", "ZNB", "LTER", "PRSH", "TERR", "PCLIX", "PCLS", "PCLF", "PCLD", "PCL"})


class DumpError(ValueError):
    """A file that is not a GeoNames dump, with the line at fault."""


def _open(path: Path) -> IO[str]:
    if path.suffix.lower() == ".zip":
        archive = zipfile.ZipFile(path)
        names = [n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
        if not names:
            raise DumpError("the zip archive holds no .txt dump")
        return io.TextIOWrapper(archive.open(names[0]), encoding="utf-8")
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _keep_name(alt: str) -> bool:
    alt = alt.strip()
    if len(alt) < 3 or any(ch.isdigit() for ch in alt):
        return False
    if is_arabic(alt):
        return True
    return any(ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u0400" <= ch <= "\u04ff")
               for ch in alt) and alt != alt.lower()


def read_dump(path: str | Path, *, classes=DEFAULT_CLASSES, codes=DEFAULT_CODES) -> Iterator[dict]:
    """Rows of a GeoNames dump as `places` column dicts; raises DumpError on a malformed line."""
    path = Path(path)
    with _open(path) as stream:
        for number, line in enumerate(stream, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) < 15:
                raise DumpError(f"line {number}: {len(f)} columns, a GeoNames dump has 19")
            if f[6] not in classes and f[7] not in codes or f[7] in _SKIP_CODES:
                continue
            try:
                lat, lon = float(f[4]), float(f[5])
                population = int(f[14] or 0)
            except ValueError as exc:
                raise DumpError(f"line {number}: {exc}") from None
            alts = [a.strip() for a in f[3].split(",") if _keep_name(a)]
            yield {"gazetteer_id": f"geonames:{int(f[0])}", "name": f[1][:256], "ascii_name": f[2][:256] or None,
                   "alternate_names": ",".join(dict.fromkeys(alts)) or None, "country": f[8][:2] or None,
                   "admin1": f[10] or None, "lat": lat, "lon": lon, "feature_class": f[6] or None,
                   "feature_code": f[7] or None, "population": population}


def import_dump(session, path: str | Path, *, batch: int = 2000, **kwargs) -> dict:
    """Insert or update the dump's places; returns {"read", "inserted", "updated"}."""
    from sqlalchemy import select, update

    from harmwatch.db.models import Place

    rows = list(read_dump(path, **kwargs))
    existing: dict[str, int] = {}
    ids = [r["gazetteer_id"] for r in rows]
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        existing.update(session.execute(select(Place.gazetteer_id, Place.id).where(Place.gazetteer_id.in_(chunk))).all())
    new = [r for r in rows if r["gazetteer_id"] not in existing]
    old = [{**r, "id": existing[r["gazetteer_id"]]} for r in rows if r["gazetteer_id"] in existing]
    for start in range(0, len(new), batch):
        session.execute(Place.__table__.insert(), new[start:start + batch])
    for start in range(0, len(old), batch):
        session.execute(update(Place), old[start:start + batch])
    session.flush()
    from .gazetteer import clear_database_caches, reset

    clear_database_caches()
    reset()
    return {"read": len(rows), "inserted": len(new), "updated": len(old)}


def _engine(url: str):
    """An engine for `url`, or None for a SQLite file that does not exist (never created here)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from harmwatch.db.engine import resolve_url

    url = resolve_url(url)
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        if not Path(parsed.database).exists():
            return None
    return create_engine(url)


def places_signature(url: str) -> tuple[int, int] | None:
    """(rows, newest id) of the `places` table at `url`; None when there is none or it is empty."""
    from sqlalchemy import func, inspect, select

    from harmwatch.db.models import Place

    engine = _engine(url)
    if engine is None:
        return None
    try:
        if not inspect(engine).has_table("places"):
            return None
        with engine.connect() as conn:
            rows, newest = conn.execute(select(func.count(), func.max(Place.id))).one()
        return (rows, newest) if rows else None
    finally:
        engine.dispose()


def load_places(idx, url: str) -> int:
    """Add every row of the `places` table at `url` to `idx`; 0 when there is no such table."""
    from sqlalchemy import inspect, select

    from harmwatch.db.models import Place

    from .gazetteer import Entry

    engine = _engine(url)
    if engine is None:
        return 0
    try:
        if not inspect(engine).has_table("places"):
            return 0
        count = 0
        with engine.connect() as conn:
            for p in conn.execute(select(Place.__table__)).mappings():
                code = p["feature_code"] or ""
                kind = "province" if code == "ADM1" else "district" if code.startswith("ADM") else "settlement"
                entry = Entry(p["gazetteer_id"], p["name"], p["country"], p["admin1"], p["lat"], p["lon"],
                              p["feature_code"] or "PPL", p["population"] or 0, kind)
                names = [p["name"], p["ascii_name"], *(p["alternate_names"] or "").split(",")]
                idx.add(entry, [n for n in names if n])
                count += 1
        return count
    finally:
        engine.dispose()
