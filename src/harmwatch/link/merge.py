"""One incident from its member claims: date and place from the most precise, figures as ranges."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from typing import Any, Iterable

__all__ = ["incident_key", "merge_claims", "FIGURES", "DATE_RANK", "PLACE_RANK"]

FIGURES = ("civilians_killed", "civilians_injured", "children_killed", "women_killed", "combatants_killed")
DATE_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4, "period": 5, "unknown": 6}
PLACE_RANK = {"exact": 0, "settlement": 1, "near-settlement": 2, "district": 3, "water": 3, "province": 4,
              "country": 5, "unknown": 6}


def incident_key(claim_keys: Iterable[str], *, salt: str = "") -> str:
    """The public id of an incident: a short hash of its smallest member claim key."""
    first = min(claim_keys)
    return "hw-" + hashlib.sha1(f"{salt}{first}".encode()).hexdigest()[:12]


def _parse(value: Any) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _merged_date(claims: list[dict]) -> dict:
    dated = []
    for c in claims:
        d = c.get("date") or {}
        s, e = _parse(d.get("start")), _parse(d.get("end"))
        s, e = s or e, e or s
        if s:
            dated.append((DATE_RANK.get(d.get("precision") or "unknown", 6), (e - s).days, s, e,
                          d.get("precision") or "unknown"))
    if not dated:
        return {"start": None, "end": None, "precision": "unknown"}
    top = min((r, w) for r, w, *_ in dated)
    best = [x for x in dated if (x[0], x[1]) == top]
    starts = Counter(x[2] for x in best)
    commonest = max(starts.values())
    choice = min(s for s, n in starts.items() if n == commonest)
    pick = next(x for x in sorted(best, key=lambda x: (x[2], x[3])) if x[2] == choice)
    return {"start": pick[2].isoformat(), "end": pick[3].isoformat(), "precision": pick[4]}


def _merged_places(claims: list[dict]) -> list[dict]:
    found: dict[str, tuple[int, int, dict]] = {}
    for c in claims:
        for p in c.get("places") or []:
            if not isinstance(p, dict) or not p.get("name"):
                continue
            ident = p.get("gazetteer_id") or (p.get("geoname") or p["name"]).strip().lower()
            rank = PLACE_RANK.get(p.get("precision") or "unknown", 6)
            old = found.get(ident)
            count = (old[1] if old else 0) + 1
            if old is None or (rank, p["name"]) < (old[0], old[2]["name"]):
                found[ident] = (rank, count, dict(p))
            else:
                found[ident] = (old[0], count, old[2])
    if not found:
        return []
    top = min(r for r, _, _ in found.values())
    best = [(n, ident, p) for ident, (r, n, p) in found.items() if r == top]
    best.sort(key=lambda x: (-x[0], x[1]))
    return [p for _, _, p in best]


def _commonest(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v and v != "unknown")
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _merged_figures(claims: list[dict]) -> dict:
    out: dict[str, dict] = {}
    names = {n for c in claims for n in (c.get("figures") or {})}
    for name in [*FIGURES, *sorted(names - set(FIGURES))]:
        mins, maxs = [], []
        for c in claims:
            f = (c.get("figures") or {}).get(name)
            if not isinstance(f, dict):
                continue
            if isinstance(f.get("min"), int):
                mins.append(f["min"])
            if isinstance(f.get("max"), int):
                maxs.append(f["max"])
        if not mins and not maxs:
            continue
        lo = min(mins) if mins else None
        hi = max(maxs + mins) if maxs else None
        out[name] = {"min": lo, "max": hi}
    return out


def merge_claims(claims: list[dict], *, outlets: Iterable[str | None] = ()) -> dict:
    """Incident.data for contract claim dicts (pass them sorted by claim key for stable output)."""
    perps_per_claim = [{p for p in (c.get("perpetrators") or []) if p and p != "unknown"} for c in claims]
    named = [s for s in perps_per_claim if s]
    counts = Counter(p for s in named for p in s)
    perpetrators = sorted(counts, key=lambda p: (-counts[p], p))
    if not perpetrators and any("unknown" in (c.get("perpetrators") or []) for c in claims):
        perpetrators = ["unknown"]
    contested = bool(named) and not set.intersection(*named)
    responses = sorted({c.get("official_response") for c in claims} - {None, "none"})
    sources = {s.strip() for c in claims for s in (c.get("sources") or []) if isinstance(s, str) and s.strip()}
    sources |= {o.strip() for o in outlets if o and o.strip()}
    summaries = [c.get("summary") for c in claims if c.get("summary")]
    return {
        "date": _merged_date(claims),
        "places": _merged_places(claims),
        "perpetrators": perpetrators,
        "perpetrators_contested": contested,
        "means": _commonest(c.get("means") for c in claims),
        "target": _commonest(c.get("target") for c in claims),
        "figures": _merged_figures(claims),
        "sources": sorted(sources, key=str.lower),
        "official_responses": [{"kind": r, "from": "claim"} for r in responses],
        "summary": summaries[0] if summaries else None,
    }
