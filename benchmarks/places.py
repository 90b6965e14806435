"""Benchmark of place finding: speed, and how often a found place lies near the labelled point.

    .venv/bin/python benchmarks/places.py            # both development sets in ../shared
    .venv/bin/python benchmarks/places.py --show 10  # also print some misses
    .venv/bin/python benchmarks/places.py --import-rows 50000   # also time an import (SQLite)

Gaza (Airwars narratives, English): share of incidents with a found place within 5 km of
Airwars' point. Syria (the sources Airwars cited, mostly Arabic): share of documents with a
found place within 25 km of their incident's point. Speed is CPU time of find_places alone
(after the first call, which loads the gazetteer), in documents per second.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def gaza(show: int) -> None:
    from harmwatch.extract.places import find_places

    rows = [json.loads(line) for line in (SHARED / "airwars-gaza" / "incidents.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r["labels"].get("lat") is not None]
    hit = first = 0
    misses = []
    cpu = time.process_time()
    found_all = [find_places(r["text"]) for r in rows]
    cpu = time.process_time() - cpu
    for r, found in zip(rows, found_all):
        lab = r["labels"]
        dist = [km(lab["lat"], lab["lon"], p.lat, p.lon) for p in found if p.lat is not None]
        hit += any(d <= 5 for d in dist)
        first += bool(dist) and dist[0] <= 5
        if not any(d <= 5 for d in dist):
            misses.append((r["id"], [(p.name, p.precision) for p in found][:5]))
    chars = sum(len(r["text"]) for r in rows) / len(rows)
    print(f"gaza: {len(rows)} incidents with a point; a found place within 5 km: {hit / len(rows):.3f} "
          f"(the first one: {first / len(rows):.3f}); {len(rows) / cpu:.0f} docs/s CPU, {chars:.0f} chars/doc")
    for m in misses[:show]:
        print("  miss", m)


def syria(show: int) -> None:
    from harmwatch.extract.places import find_places

    base = SHARED / "airwars-syria-sources"
    docs = {d["id"]: d for d in map(json.loads, (base / "documents.jsonl").open(encoding="utf-8"))}
    pairs = []
    for inc in map(json.loads, (base / "incidents.jsonl").open(encoding="utf-8")):
        if inc.get("lat") is not None:
            pairs += [(inc, docs[d]) for d in inc["documents"] if d in docs]
    cpu = time.process_time()
    found_all = [find_places(d["text"]) for _inc, d in pairs]
    cpu = time.process_time() - cpu
    by_lang: dict[str, list[int]] = {}
    misses = []
    for (inc, doc), found in zip(pairs, found_all):
        ok = any(km(inc["lat"], inc["lon"], p.lat, p.lon) <= 25 for p in found if p.lat is not None)
        for lang in ("all", doc.get("language") or "und"):
            by_lang.setdefault(lang, [0, 0])
            by_lang[lang][0] += ok
            by_lang[lang][1] += 1
        if not ok and found:
            misses.append((inc["location"], [(p.name, p.geoname) for p in found][:5]))
    parts = ", ".join(f"{lang} {ok / n:.3f} of {n}" for lang, (ok, n) in sorted(by_lang.items()))
    print(f"syria: a found place within 25 km of the incident: {parts}; {len(pairs) / cpu:.0f} docs/s CPU")
    for m in misses[:show]:
        print("  miss", m)


def import_rows(n: int) -> None:
    """Time `import_dump` of a generated n-row dump into SQLite, then the index reload."""
    import random
    import tempfile

    from harmwatch.db import connect, session_scope
    from harmwatch.extract import gazetteer
    from harmwatch.extract.gazetteer_db import import_dump

    rnd = random.Random(3)
    syllables = ["kaf", "ra", "tal", "deir", "bu", "sha", "mar", "ein", "hal", "zor", "qa", "nab", "sul"]
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "XX.txt"
        with dump.open("w", encoding="utf-8") as out:
            for k in range(n):
                name = "".join(rnd.choice(syllables) for _ in range(3)).title()
                out.write("\t".join([str(20_000_000 + k), name, name, f"{name}a,{name} Village", str(32 + rnd.random() * 5),
                                     str(35 + rnd.random() * 6), "P", "PPL", "SY", "", "09", "", "", "", "0", "",
                                     "300", "Asia/Damascus", "2024-01-01"]) + "\n")
        url = f"sqlite:///{tmp}/bench.db"
        started = time.perf_counter()
        with session_scope(connect(url)) as session:
            counts = import_dump(session, dump)
        imported = time.perf_counter() - started
        gazetteer.use_database(url)
        started = time.perf_counter()
        size = len(gazetteer.index().entries)
        loaded = time.perf_counter() - started
        gazetteer.reset()
        started = time.perf_counter()
        gazetteer.index()
        cached = time.perf_counter() - started
        gazetteer.use_database(None)
        gazetteer.clear_database_caches()
        print(f"import: {counts['read']} rows in {imported:.1f} s; index with them ({size} records) built in "
              f"{loaded:.1f} s, then loaded from the cache in {cached:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many misses per set")
    parser.add_argument("--import-rows", type=int, default=0, help="also time importing a generated dump")
    args = parser.parse_args()
    if args.import_rows:
        import_rows(args.import_rows)
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to measure", file=sys.stderr)
        return 0
    from harmwatch.extract.gazetteer import index

    started = time.perf_counter()
    index()
    print(f"gazetteer loaded in {time.perf_counter() - started:.2f} s ({len(index().entries)} records)")
    gaza(args.show)
    syria(args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
