"""A quick look at the shared Airwars Gaza development set (read from ../shared; skipped when absent)."""

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from harmwatch.extract import extract

DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "airwars-gaza" / "incidents.jsonl"


@pytest.mark.skipif(not DEVSET.exists(), reason="../shared/data/airwars-gaza is not present")
def test_first_narratives(check_claims):
    docs = []
    with DEVSET.open(encoding="utf-8") as fh:
        for line in fh:
            docs.append(json.loads(line))
            if len(docs) == 60:
                break
    detected = perp = one = 0
    for d in docs:
        pub = date.fromisoformat(d["published"]) + timedelta(days=7)
        claims = check_claims(extract(d["text"], document=d["id"], published=pub), d["text"])
        inc = [c for c in claims if c["kind"] == "incident"]
        detected += bool(inc)
        one += len(inc) == 1
        perp += any("israel" in c["perpetrators"] for c in inc)
    assert detected / len(docs) >= 0.95
    assert one / len(docs) >= 0.85
    assert perp / len(docs) >= 0.9
