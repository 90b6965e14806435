#!/usr/bin/env python3
"""Ingest speed and memory: JSON Lines documents into SQLite and PostgreSQL.

    .venv/bin/python benchmarks/ingest.py [--sizes 20000,200000] [--pg URL]

Each measurement runs `harmwatch ingest` in a fresh process on a fresh database and prints
documents per second and the process's peak resident memory. Figures are printed, not asserted.
Goal: >= 2,000 documents/s on SQLite; memory flat as the input grows.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

WORDS = ("strike shelling market school hospital residents rescuers rubble civilians killed wounded "
         "village district convoy bakery mosque warplanes artillery drone families night morning").split()


def generate(path: Path, n: int) -> int:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            body = " ".join(WORDS[(i * 7 + k * 13) % len(WORDS)] for k in range(120))
            f.write(json.dumps({"id": f"bench-{i}", "text": f"Report {i}. {body}.", "published": "2024-01-15",
                                "outlet": f"Outlet {i % 50}"}) + "\n")
    return path.stat().st_size


def measure(url: str, src: Path) -> tuple[float, float]:
    cmd = [sys.executable, "-c",
           "import resource,sys;from harmwatch.cli import main;sys.argv=['harmwatch','--db',sys.argv[1],'ingest',sys.argv[2]];"
           "\ntry: main()\nexcept SystemExit: pass\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)",
           url, str(src)]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    secs = time.perf_counter() - t0
    return secs, int(out.stdout.strip().splitlines()[-1]) / 1024


def pg_schema(base: str) -> tuple[str, callable]:
    from sqlalchemy import create_engine, text

    schema = "bench_" + uuid.uuid4().hex[:8]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))

    return f"{base}?options=-csearch_path%3D{schema}", drop


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20000,200000")
    ap.add_argument("--pg", default=os.environ.get("HARMWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    ap.add_argument("--no-pg", action="store_true")
    a = ap.parse_args()
    print(f"{'backend':<11} {'documents':>10} {'MB in':>7} {'seconds':>8} {'docs/s':>8} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in map(int, a.sizes.split(",")):
            src = Path(tmp) / f"docs-{n}.jsonl"
            size = generate(src, n)
            backends = [("sqlite", f"sqlite:///{tmp}/bench-{n}.db")]
            if not a.no_pg:
                backends.append(("postgresql", None))
            for name, url in backends:
                drop = None
                if url is None:
                    url, drop = pg_schema(a.pg)
                try:
                    secs, peak = measure(url, src)
                finally:
                    if drop:
                        drop()
                print(f"{name:<11} {n:>10,} {size / 1e6:>7.1f} {secs:>8.1f} {n / secs:>8.0f} {peak:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
