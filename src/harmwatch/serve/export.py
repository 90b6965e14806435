"""Exports: every incident as JSON Lines, CSV (UCDP-like columns), ACLED-style CSV or GeoJSON.

`incident_records` gives the export shape of shared/contract/PIPELINE.md. With `public=True`
a confidential document is never named: its id, text and the sources it credits are left out,
and only the count of confidential sources shows.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from typing import IO, Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db.models import Claim, ClaimLink, Document, DocumentName, Incident

__all__ = ["incident_records", "effective_grade", "write_jsonl", "write_csv", "write_acled", "write_geojson",
           "WRITERS", "CSV_COLUMNS"]

BATCH = 500


def effective_grade(incident: Incident) -> str | None:
    return incident.grade_override or incident.grade


def _members(session: Session, ids: list[int]) -> dict[int, list[tuple]]:
    rows = session.execute(
        select(ClaimLink.incident_id, Claim.key, Claim.data, Document.id, Document.doc_id, Document.confidential)
        .join(Claim, Claim.id == ClaimLink.claim_id).join(Document, Document.id == Claim.document_id)
        .where(ClaimLink.incident_id.in_(ids)).order_by(Claim.key))
    out: dict[int, list[tuple]] = defaultdict(list)
    for row in rows:
        out[row[0]].append(row[1:])
    return out


def _names(session: Session, doc_ids: set[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    if doc_ids:
        for doc, name in session.execute(select(DocumentName.document_id, DocumentName.name)
                                         .where(DocumentName.document_id.in_(doc_ids))):
            out[doc].append(name)
    return out


def _record(incident: Incident, members: list[tuple], names: dict[int, list[str]], public: bool) -> dict:
    data = dict(incident.data or {})
    documents: set[str] = set()
    sources: list[str] = []
    hidden = 0
    for _key, claim, doc_pk, doc_id, confidential in members:
        if public and confidential:
            hidden += 1
            continue
        documents.update(names.get(doc_pk) or [doc_id])
        for name in (claim or {}).get("sources") or []:
            if name not in sources:
                sources.append(name)
    record = {"id": incident.key, **data, "grade": effective_grade(incident),
              "grade_reasons": list(incident.grade_reasons or []),
              "documents": sorted(documents), "claims": [m[0] for m in members
                                                         if not (public and m[4])]}
    if public:
        record["sources"] = sources if hidden else data.get("sources", sources)
        record["confidential_sources"] = hidden
        if hidden:
            record.pop("summary", None)
    if incident.grade_override:
        record["grade_override_reason"] = incident.grade_override_reason
    return record


def incident_records(session: Session, *, public: bool = False, query=None) -> Iterator[dict]:
    """Every active incident in the export shape, in a stable order (date, then id), streamed."""
    stmt = query if query is not None else select(Incident).where(Incident.status == "active")
    stmt = stmt.order_by(Incident.date_start, Incident.key)
    last = 0
    while True:
        chunk = list(session.scalars(stmt.offset(last).limit(BATCH)))
        if not chunk:
            return
        members = _members(session, [i.id for i in chunk])
        names = _names(session, {m[2] for ms in members.values() for m in ms})
        for incident in chunk:
            yield _record(incident, members.get(incident.id, []), names, public)
        last += len(chunk)


def write_jsonl(records: Iterable[dict], stream: IO[str]) -> None:
    for rec in records:
        stream.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")


CSV_COLUMNS = [
    "id", "date_start", "date_end", "date_precision", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "perpetrators", "perpetrators_contested", "means", "target",
    "civilians_killed_low", "civilians_killed_high", "civilians_injured_low", "civilians_injured_high",
    "children_killed_low", "children_killed_high", "women_killed_low", "women_killed_high",
    "combatants_killed_low", "combatants_killed_high", "grade", "grade_reasons", "sources", "documents",
]


def _flat(rec: dict) -> dict:
    date = rec.get("date") or {}
    place = next(iter(rec.get("places") or []), {}) or {}
    figures = rec.get("figures") or {}
    row = {"id": rec["id"], "date_start": date.get("start"), "date_end": date.get("end"),
           "date_precision": date.get("precision"), "country": place.get("country"), "admin1": place.get("admin1"),
           "location": "; ".join(p.get("name", "") for p in rec.get("places") or []),
           "latitude": place.get("lat"), "longitude": place.get("lon"), "geo_precision": place.get("precision"),
           "perpetrators": ";".join(rec.get("perpetrators") or []),
           "perpetrators_contested": rec.get("perpetrators_contested", False),
           "means": rec.get("means"), "target": rec.get("target"), "grade": rec.get("grade"),
           "grade_reasons": "; ".join(rec.get("grade_reasons") or []),
           "sources": "; ".join(rec.get("sources") or []), "documents": ";".join(rec.get("documents") or [])}
    for key in ("civilians_killed", "civilians_injured", "children_killed", "women_killed", "combatants_killed"):
        rng = figures.get(key) or {}
        row[f"{key}_low"], row[f"{key}_high"] = rng.get("min"), rng.get("max")
    return row


def write_csv(records: Iterable[dict], stream: IO[str]) -> None:
    """One row per incident; ranges as _low/_high columns as in UCDP's event data."""
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for rec in records:
        writer.writerow(_flat(rec))


ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "iso", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities", "civilian_fatalities_low",
                 "civilian_fatalities_high", "grade"]
_SUB_EVENT = {"airstrike": "Air/drone strike", "drone": "Air/drone strike", "helicopter": "Air/drone strike",
              "artillery": "Shelling/artillery/missile attack", "missile": "Shelling/artillery/missile attack",
              "chemical": "Chemical weapon", "ied": "Remote explosive/landmine/IED", "ground": "Attack"}
_TIME = {"day": 1, "days": 2, "week": 2}
_GEO = {"exact": 1, "settlement": 1, "near-settlement": 2, "district": 2, "province": 3, "country": 3}


def write_acled(records: Iterable[dict], stream: IO[str]) -> None:
    """ACLED-style columns: one event a row, `fatalities` the low civilian figure."""
    writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for rec in records:
        flat = _flat(rec)
        means = rec.get("means") or "unknown"
        writer.writerow({
            "event_id_cnty": rec["id"], "event_date": flat["date_start"],
            "year": (flat["date_start"] or "")[:4] or None, "time_precision": _TIME.get(flat["date_precision"], 3),
            "disorder_type": "Political violence",
            "event_type": "Violence against civilians" if means == "ground" else "Explosions/Remote violence",
            "sub_event_type": _SUB_EVENT.get(means, "Other"), "actor1": flat["perpetrators"],
            "iso": flat["country"], "country": flat["country"], "admin1": flat["admin1"],
            "location": flat["location"], "latitude": flat["latitude"], "longitude": flat["longitude"],
            "geo_precision": _GEO.get(flat["geo_precision"], 3), "source": flat["sources"],
            "notes": rec.get("summary"), "fatalities": flat["civilians_killed_low"],
            "civilian_fatalities_low": flat["civilians_killed_low"],
            "civilian_fatalities_high": flat["civilians_killed_high"], "grade": rec.get("grade")})


def write_geojson(records: Iterable[dict], stream: IO[str]) -> None:
    """A FeatureCollection of the incidents that have coordinates, written as it streams."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    first = True
    for rec in records:
        place = next((p for p in rec.get("places") or [] if p.get("lat") is not None and p.get("lon") is not None),
                     None)
        if place is None:
            continue
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                   "properties": rec}
        stream.write(("" if first else ",\n") + json.dumps(feature, ensure_ascii=False, default=str))
        first = False
    stream.write("\n]}\n")


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "acled": write_acled, "geojson": write_geojson}
