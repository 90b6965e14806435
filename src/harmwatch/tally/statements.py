"""Official statements (a belligerent's admissions, denials, acknowledgements): import and matching.

A file is CSV (with a header) or JSON Lines, one statement a row, with the fields
`actor, date, place, deaths, injuries, reference, kind, text` (also accepted: `deaths_conceded`,
`injuries_conceded`, `type` for kind, and optional `country, admin1, lat, lon`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db import audit
from harmwatch.db.models import Incident, OfficialStatement

__all__ = ["KINDS", "StatementError", "read_statements", "import_statements", "match_statement",
           "match_unmatched", "MATCH_THRESHOLD"]

KINDS = ("admitted", "denied", "acknowledged-strike", "under-review")
_KIND_ALIASES = {"admission": "admitted", "admit": "admitted", "denial": "denied", "deny": "denied",
                 "acknowledged": "acknowledged-strike", "acknowledged_strike": "acknowledged-strike",
                 "strike-acknowledged": "acknowledged-strike", "under_review": "under-review",
                 "review": "under-review"}
MATCH_THRESHOLD = 0.5
_DATE_WINDOW = 3  # days either side of the statement's date


class StatementError(ValueError):
    """A statement row that cannot be read (the message names the row and the reason)."""


def _int(row: dict, *names: str) -> int | None:
    for n in names:
        v = row.get(n)
        if v in (None, ""):
            continue
        try:
            value = int(float(str(v).replace(",", "")))
        except ValueError:
            raise StatementError(f"{n} is not a number: {v!r}") from None
        if value < 0:
            raise StatementError(f"{n} is negative: {v!r}")
        return value
    return None


def _float(row: dict, name: str) -> float | None:
    v = row.get(name)
    if v in (None, ""):
        return None
    try:
        return float(v)
    except ValueError:
        raise StatementError(f"{name} is not a number: {v!r}") from None


def _rows(path: Path) -> Iterator[tuple[int, dict]]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json") or text.lstrip().startswith("{"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, {"__error__": f"not JSON ({exc.msg})"}
                continue
            yield n, row if isinstance(row, dict) else {"__error__": "not a JSON object"}
    else:
        for n, row in enumerate(csv.DictReader(io.StringIO(text)), 2):
            yield n, {(k or "").strip().lower(): (v.strip() if isinstance(v, str) else v) for k, v in row.items()}


def _parse(row: dict) -> dict:
    if "__error__" in row:
        raise StatementError(row["__error__"])
    actor = str(row.get("actor") or "").strip().lower().replace(" ", "-")
    if not actor:
        raise StatementError("no actor")
    if len(actor) > 64:
        raise StatementError(f"actor id too long: {actor[:20]!r}...")
    country = str(row.get("country") or "").strip().upper() or None
    if country and len(country) != 2:
        raise StatementError(f"country is not an ISO 3166 two-letter code: {country!r}")
    kind = str(row.get("kind") or row.get("type") or "").strip().lower()
    kind = _KIND_ALIASES.get(kind, kind)
    if kind not in KINDS:
        raise StatementError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    raw_date = row.get("date")
    try:
        when = date.fromisoformat(str(raw_date)[:10]) if raw_date else None
    except ValueError:
        raise StatementError(f"date is not YYYY-MM-DD: {raw_date!r}") from None
    out = {"actor": actor, "kind": kind, "date": when, "place_name": (row.get("place") or None),
           "country": country, "admin1": (str(row["admin1"])[:128] if row.get("admin1") else None),
           "lat": _float(row, "lat"), "lon": _float(row, "lon"),
           "deaths_conceded": _int(row, "deaths", "deaths_conceded"),
           "injuries_conceded": _int(row, "injuries", "injuries_conceded"),
           "reference": (str(row["reference"]) if row.get("reference") not in (None, "") else None),
           "text": row.get("text") or None}
    if out["place_name"] and out["lat"] is None:
        _resolve(out)
    return out


def _resolve(out: dict) -> None:
    """Place name → point, through the gazetteer when it knows the name."""
    try:
        from harmwatch.extract.places import resolve

        hit = resolve(out["place_name"], countries=[out["country"]] if out["country"] else ())
    except Exception:  # noqa: BLE001 - the gazetteer is optional here
        hit = None
    if hit is not None and hit.lat is not None:
        out.update(lat=hit.lat, lon=hit.lon, country=out["country"] or hit.country,
                   admin1=out["admin1"] or hit.admin1)


def read_statements(path: str | Path) -> tuple[list[dict], list[str]]:
    """Parsed statements and one error line per refused row."""
    path = Path(path)
    good, errors = [], []
    for n, row in _rows(path):
        try:
            good.append(_parse(row))
        except StatementError as exc:
            errors.append(f"{path}:{n}: {exc}")
    return good, errors


def _key(s: dict) -> str:
    ident = "|".join(str(s.get(k) or "") for k in ("actor", "kind", "date", "place_name", "reference"))
    return "st-" + hashlib.sha1(ident.encode()).hexdigest()[:16]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _confidence(st: OfficialStatement, inc: Incident) -> float:
    score = 0.0
    if st.date and inc.date_start:
        end = inc.date_end or inc.date_start
        gap = max(0, (inc.date_start - st.date).days, (st.date - end).days)
        score += {0: 0.4, 1: 0.3, 2: 0.15, 3: 0.1}.get(gap, 0.0)
    place = 0.0
    if st.lat is not None and inc.lat is not None:
        d = _km(st.lat, st.lon, inc.lat, inc.lon)
        place = 0.4 if d <= 5 else 0.25 if d <= 25 else 0.0
    if not place and st.place_name and inc.place_name \
            and st.place_name.strip().lower() == inc.place_name.strip().lower():
        place = 0.4
    if not place and st.admin1 and inc.admin1 and st.admin1 == inc.admin1:
        place = 0.15
    if not place and (st.place_name or st.lat is not None):
        place = -0.2  # it names a place, and not this incident's
    score += place
    perps = inc.perpetrators or []
    if st.actor in perps:
        score += 0.2
    elif not perps or perps == ["unknown"]:
        score += 0.05
    if st.deaths_conceded is not None and inc.killed_min is not None:
        hi = inc.killed_max if inc.killed_max is not None else max(inc.killed_min * 3, inc.killed_min + 5)
        score += 0.05 if inc.killed_min <= st.deaths_conceded <= hi else -0.05
    return round(max(0.0, min(score, 1.0)), 3)


def match_statement(session: Session, st: OfficialStatement) -> tuple[Incident | None, float]:
    """The best-matching active incident and the confidence (None under the threshold)."""
    if st.date is None:
        return None, 0.0
    lo, hi = st.date - timedelta(days=_DATE_WINDOW + 62), st.date + timedelta(days=_DATE_WINDOW)
    q = select(Incident).where(Incident.status == "active", Incident.date_start >= lo, Incident.date_start <= hi)
    if st.country:
        q = q.where((Incident.country == st.country) | Incident.country.is_(None))
    best: tuple[float, str, Incident | None] = (0.0, "", None)
    for inc in session.scalars(q):
        c = _confidence(st, inc)
        if c > best[0] or (c == best[0] and best[2] is not None and inc.key < best[1]):
            best = (c, inc.key, inc)
    if best[2] is None or best[0] < MATCH_THRESHOLD:
        return None, best[0]
    return best[2], best[0]


def match_unmatched(session: Session) -> int:
    """Match every statement that has no incident (yet, or any more); returns how many matched."""
    n = 0
    for st in session.scalars(select(OfficialStatement).where(OfficialStatement.incident_id.is_(None))):
        inc, conf = match_statement(session, st)
        if inc is not None:
            st.incident_id, st.match_confidence = inc.id, conf
            n += 1
    session.flush()
    return n


def import_statements(session: Session, path: str | Path, *, actor: str) -> dict[str, Any]:
    """Import a CSV / JSON Lines file of statements, match them, and log the import."""
    rows, errors = read_statements(path)
    imported = unchanged = matched = 0
    for s in rows:
        key = _key(s)
        if session.scalar(select(OfficialStatement.id).where(OfficialStatement.key == key)) is not None:
            unchanged += 1
            continue
        st = OfficialStatement(key=key, **s)
        session.add(st)
        session.flush()
        inc, conf = match_statement(session, st)
        st.match_confidence = conf
        if inc is not None:
            st.incident_id = inc.id
            matched += 1
        imported += 1
    session.flush()
    result = {"read": len(rows) + len(errors), "imported": imported, "unchanged": unchanged,
              "matched": matched, "refused": len(errors), "errors": errors}
    audit.record(session, actor=actor, action="statements.import", entity_type="file", entity_id=str(path)[-64:],
                 after={k: v for k, v in result.items() if k != "errors"})
    return result
