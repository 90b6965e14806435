"""Benchmark of linking on generated claims: seconds, peak memory, and pair quality.

    .venv/bin/python benchmarks/link.py                # 10k and 100k claims, clustering alone
    .venv/bin/python benchmarks/link.py --million      # also 1M
    .venv/bin/python benchmarks/link.py --sizes 20000 --db   # also the whole link stage on SQLite

Each size runs in a child process so that its peak resident memory is its own. Generated
incidents are spread over ten years and a few thousand places; each has one to five reports
that jitter the date (±1 day), the point (a few km), the perpetrator and the toll, and some
reports give only the province, or no date at all. Prints one line per size.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta

PERPS = ["russia", "syrian-government", "us-led-coalition", "turkey", "israel", "isis", "sdf", "unknown"]
PROVINCES = ["Idlib", "Aleppo", "Raqqa", "Deir ez-Zor", "Hama", "Homs", "Daraa", "Hasakah"]


def generate(n: int, truth: dict[str, int], seed: int = 7):
    """Yield (key, claim dict, document id) triples; fills `truth` with the incident of each key."""
    rnd = random.Random(seed)
    places = [(f"p{i}", 32.5 + rnd.random() * 4.5, 35.7 + rnd.random() * 6.3, rnd.choice(PROVINCES))
              for i in range(4000)]
    first = date(2015, 1, 1)
    made = 0
    inc = 0
    while made < n:
        inc += 1
        day = first + timedelta(days=rnd.randrange(3650))
        pid, lat, lon, prov = rnd.choice(places)
        perp = rnd.choice(PERPS)
        killed = rnd.choice([1, 2, 3, 4, 5, 7, 9, 12, 15, 20, 30, 50])
        for r in range(rnd.choice([1, 1, 2, 2, 3, 3, 4, 5])):
            if made >= n:
                break
            key = f"c{made:08d}"
            d = day + timedelta(days=rnd.choice([0, 0, 0, 0, 1]))
            kind = rnd.random()
            if kind < 0.8:
                place = [{"name": pid, "gazetteer_id": f"geonames:{pid}", "country": "SY", "admin1": prov,
                          "lat": lat + rnd.uniform(-0.01, 0.01), "lon": lon + rnd.uniform(-0.01, 0.01),
                          "precision": "settlement"}]
            elif kind < 0.95:
                place = [{"name": prov, "country": "SY", "admin1": prov, "lat": None, "lon": None,
                          "precision": "province"}]
            else:
                place = []
            undated = rnd.random() < 0.03
            data = {"kind": "incident",
                    "date": {"start": None if undated else d.isoformat(), "end": None if undated else d.isoformat(),
                             "precision": "unknown" if undated else "day"},
                    "places": place, "perpetrators": [perp if rnd.random() < 0.9 else rnd.choice(PERPS)],
                    "means": "airstrike", "figures": {"civilians_killed": {"min": max(0, killed - rnd.choice([0, 0, 1, 2])),
                                                                           "max": killed + rnd.choice([0, 0, 1, 3])}},
                    "sources": [], "evidence": [{"start": 0, "end": 1}], "summary": None}
            yield key, data, f"d{made}"
            truth[key] = inc
            made += 1


def _pairs(groups) -> set[tuple[str, str]]:
    out = set()
    for g in groups:
        g = sorted(g)
        if len(g) > 60:
            continue  # never expected here; keeps the count cheap
        out.update((a, b) for i, a in enumerate(g) for b in g[i + 1:])
    return out


def measure(n: int, with_db: bool) -> dict:
    from harmwatch.link import claim_info, cluster_claims

    truth: dict[str, int] = {}
    t0 = time.perf_counter()
    infos = [claim_info(k, d, document=doc) for k, d, doc in generate(n, truth)]
    clusters = cluster_claims(infos)
    secs = time.perf_counter() - t0
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    pred = _pairs([m.key for m in c.members] for c in clusters)
    by_inc: dict[int, list[str]] = {}
    for k, i in truth.items():
        by_inc.setdefault(i, []).append(k)
    gold = _pairs(by_inc.values())
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    out = {"claims": n, "incidents": len(clusters), "seconds": round(secs, 1),
           "cpu_seconds": round(cpu.ru_utime + cpu.ru_stime, 1),
           "peak_mb": round(cpu.ru_maxrss / 1024),
           "pair_precision": round(p, 3), "pair_recall": round(r, 3),
           "pair_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    if with_db:
        out["db_stage"] = _db_stage(list(generate(n, {})))
    return out


def _db_stage(items) -> dict:
    """Write the claims to a fresh SQLite file and time harmwatch.link.stage.run + grade."""
    import hashlib
    import tempfile

    from harmwatch.db import connect, session_scope
    from harmwatch.db.models import Claim, Document
    from harmwatch.grade import stage as grade_stage
    from harmwatch.link import stage

    with tempfile.TemporaryDirectory() as tmp:
        eng = connect(f"sqlite:///{tmp}/bench.db")
        with session_scope(eng) as s:
            docs = [Document(content_hash=hashlib.sha256(doc.encode()).hexdigest(), doc_id=doc, text=doc)
                    for _k, _d, doc in items]
            s.add_all(docs)
            s.flush()
            s.add_all(Claim(key=k, document_id=doc.id, ordinal=0, kind="incident", data=d, extractor_version="b",
                            status="active") for (k, d, _), doc in zip(items, docs))
        t0, c0 = time.perf_counter(), time.process_time()
        with session_scope(eng) as s:
            stage.run(s)
            grade_stage.run(s)
        return {"seconds": round(time.perf_counter() - t0, 1), "cpu_seconds": round(time.process_time() - c0, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[10_000, 100_000])
    ap.add_argument("--million", action="store_true", help="also 1,000,000 claims")
    ap.add_argument("--db", action="store_true", help="also time the whole link + grade stage on SQLite")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(measure(a.one, a.db)), flush=True)
        return
    sizes = a.sizes + ([1_000_000] if a.million else [])
    for n in sizes:
        argv = [sys.executable, __file__, "--one", str(n)] + (["--db"] if a.db else [])
        subprocess.run(argv, check=False)


if __name__ == "__main__":
    main()
