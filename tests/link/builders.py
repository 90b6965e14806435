"""Builders for incident tests (link, grade, tally): contract claim dicts, and Document + Claim rows written directly."""

from __future__ import annotations

import hashlib
from datetime import date

PLACES = {
    "mayadin": ("Mayadin", "geonames:170063", "SY", "Deir ez-Zor", 35.0207, 40.4518),
    "raqqa": ("Raqqa", "geonames:172955", "SY", "Raqqa", 35.9528, 39.0079),
    "tabqa": ("Tabqa", "geonames:163270", "SY", "Raqqa", 35.8376, 38.5481),
    "idlib": ("Idlib", "geonames:169388", "SY", "Idlib", 35.9306, 36.6339),
    "ariha": ("Ariha", "geonames:173579", "SY", "Idlib", 35.8137, 36.6102),
    "mosul": ("Mosul", "geonames:99072", "IQ", "Nineveh", 36.335, 43.1189),
}


def make_claim(day: str | None = "2017-06-26", place: str | None = "mayadin", *, perps=("us-led-coalition",),
               killed=(12, 12), precision: str = "day", end: str | None = None, sources=(), means="airstrike",
               target=None, kind="incident", response=None, place_precision="settlement", admin1_only=None,
               summary=None, **figures) -> dict:
    """A contract claim dict with sensible defaults."""
    places = []
    if place:
        name, gid, country, admin1, lat, lon = PLACES[place]
        places.append({"name": name, "geoname": name, "gazetteer_id": gid, "country": country, "admin1": admin1,
                       "lat": lat, "lon": lon, "precision": place_precision})
    if admin1_only:
        places.append({"name": admin1_only, "geoname": admin1_only, "gazetteer_id": None, "country": "SY",
                       "admin1": admin1_only, "lat": None, "lon": None, "precision": "province"})
    figs = {}
    if killed is not None:
        figs["civilians_killed"] = {"min": killed[0], "max": killed[1]}
    for name, value in figures.items():
        figs[name] = {"min": value[0], "max": value[1]}
    return {"document": "", "kind": kind, "summary": summary,
            "date": {"start": day, "end": end or day, "precision": precision if day else "unknown"},
            "places": places, "perpetrators": list(perps), "official_response": response, "means": means,
            "target": target, "figures": figs, "sources": list(sources), "evidence": [{"start": 0, "end": 5}]}


def add_claims(session, items) -> list:
    """Write (doc_id, claim dict[, outlet[, published]]) items as Document + Claim rows; returns the claims."""
    from harmwatch.db.models import Claim, Document

    out = []
    docs: dict[str, Document] = {}
    for n, item in enumerate(items):
        doc_id, data = item[0], dict(item[1])
        outlet = item[2] if len(item) > 2 else None
        published = item[3] if len(item) > 3 else None
        doc = docs.get(doc_id)
        if doc is None:
            doc = Document(content_hash=hashlib.sha256(doc_id.encode()).hexdigest(), doc_id=doc_id,
                           text=f"Report {doc_id} ({hashlib.sha1(doc_id.encode()).hexdigest()}): "
                           + (data.get("summary") or "a strike was reported."),
                           outlet=outlet, published=published)
            session.add(doc)
            session.flush()
            docs[doc_id] = doc
        data["document"] = doc_id
        d = data.get("date") or {}
        place = (data.get("places") or [{}])[0]
        killed = (data.get("figures") or {}).get("civilians_killed") or {}
        ordinal = sum(1 for c in out if c.document_id == doc.id)
        claim = Claim(key=hashlib.sha1(f"{doc_id}#{ordinal}".encode()).hexdigest()[:20], document_id=doc.id,
                      ordinal=ordinal, kind=data.get("kind", "incident"), data=data,
                      date_start=date.fromisoformat(d["start"]) if d.get("start") else None,
                      date_end=date.fromisoformat(d["end"]) if d.get("end") else None,
                      date_precision=d.get("precision"), country=place.get("country"), admin1=place.get("admin1"),
                      lat=place.get("lat"), lon=place.get("lon"), killed_min=killed.get("min"),
                      killed_max=killed.get("max"), status="active", extractor_version="test")
        session.add(claim)
        out.append(claim)
    session.flush()
    return out


