"""Places on the development sets in ../shared (skipped when absent): floors, not timings.

Figures and speed are printed by benchmarks/places.py; these floors catch regressions.
"""

from __future__ import annotations

import json
import math

from harmwatch.extract.places import find_places


def _km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def test_gaza_narratives_name_a_place_near_the_strike(shared_dir):
    rows = [json.loads(line) for line in (shared_dir / "data" / "airwars-gaza" / "incidents.jsonl").open()]
    rows = [r for r in rows if r["labels"].get("lat") is not None]
    near = 0
    for r in rows:
        lab = r["labels"]
        found = find_places(r["text"])
        assert all(r["text"][p.start:p.end] == p.name for p in found)
        near += any(_km(lab["lat"], lab["lon"], p.lat, p.lon) <= 5 for p in found if p.lat is not None)
    assert near / len(rows) >= 0.85


def test_syrian_sources_name_a_place_near_the_incident(shared_dir):
    base = shared_dir / "data" / "airwars-syria-sources"
    docs = {d["id"]: d for d in map(json.loads, (base / "documents.jsonl").open())}
    incidents = [json.loads(line) for line in (base / "incidents.jsonl").open()]
    pairs = [(i, docs[d]) for i in incidents if i.get("lat") is not None for d in i["documents"] if d in docs]
    pairs = pairs[::2]  # half of them: enough for a floor, and quick
    near = sum(any(_km(i["lat"], i["lon"], p.lat, p.lon) <= 25 for p in find_places(d["text"]) if p.lat is not None)
               for i, d in pairs)
    assert near / len(pairs) >= 0.52


def test_claim_places_follow_the_contract(shared_dir):
    import jsonschema

    schema = json.loads((shared_dir / "contract" / "claim.schema.json").read_text(encoding="utf-8"))
    place_schema = schema["properties"]["places"]["items"]
    text = ("Strikes near Idlib, in the Aleppo countryside, on Manbij district, in Yemen and on the village "
            "of Al-Qurnfuliya east of Manbij; قصف على ريف إدلب وبلدة سرمدا")
    found = find_places(text)
    assert {p.precision for p in found} >= {"near-settlement", "province", "district", "country"}
    for p in found:
        jsonschema.validate(p.as_claim_place(), place_schema)
