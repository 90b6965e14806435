"""Benchmark: the filtered incident list of the REST API under load, PostgreSQL and SQLite.

    .venv/bin/python benchmarks/api.py [--incidents 100000] [--workers 2] [--duration 10]
                                       [--requests 20000] [--concurrency 16] [--backends postgresql,sqlite]
                                       [--cache-ttl 0,60] [--gzip] [--cpu-requests 1000] [--url URL]
                                       [--warm-counts] [--stored-totals] [--floor]

For each backend: a fresh database (PostgreSQL: a new schema, dropped afterwards; SQLite: a temp
file) filled with generated incidents (each with one claim from a document), `uvicorn` serving
`create_app` on 127.0.0.1 with several workers (httptools, uvloop, no access log), and a second
process sending keep-alive GETs of /api/incidents with varied filters (country, belligerent,
grade, date range, minimum deaths, sorting, pages) from a bounded number of requests in a bounded
time. Prints requests/s and p50/p99 latency with the load average at the end of each run, and
the CPU milliseconds per request measured in-process (ASGI calls, no sockets), which other jobs
on the machine barely change. `--floor` first loads a trivial FastAPI route the same way (the
machine's ceiling for this HTTP stack and load generator); `--warm-counts` warms every server up
with the whole mix, so that the run measures pages whose totals are kept rather than counted.
The totals shared by every worker (table list_totals, kept across restarts until an incident
changes) are emptied before each measure, so that totals are counted as on a first start after
`harmwatch run`; `--stored-totals` keeps them (a server restarted on unchanged incidents, whose
totals any worker already counted).
Loopback only; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta

PG_BASE = os.environ.get("HARMWATCH_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
COUNTRIES = {"SY": ["Aleppo", "Idlib", "Deir ez-Zor", "Raqqa", "Homs", "Damascus"],
             "IQ": ["Nineveh", "Anbar", "Salah ad-Din", "Kirkuk"], "YE": ["Sanaa", "Saada", "Taiz", "Hodeidah"],
             "AF": ["Kabul", "Helmand", "Kandahar"], "LY": ["Tripoli", "Sirte"]}
PERPS = ["us-led-coalition", "russia", "syrian-government", "iraqi-government", "saudi-led-coalition", "turkey",
         "isis", "united-states", "unknown"]
GRADES = ["confirmed", "fair", "weak", "contested", "discounted"]
MEANS = ["airstrike", "drone", "artillery", "missile", "ground"]


# ---------------------------------------------------------------- data


def _incident_rows(n: int, seed: int = 7):
    rng = random.Random(seed)
    day0 = date(2014, 1, 1)
    for i in range(n):
        country = rng.choice(list(COUNTRIES))
        admin1 = rng.choice(COUNTRIES[country])
        perps = [rng.choice(PERPS)] + ([rng.choice(PERPS)] if rng.random() < 0.15 else [])
        perps = list(dict.fromkeys(perps))
        day = day0 + timedelta(days=rng.randrange(3650))
        kmin = int(rng.paretovariate(1.3)) - 1
        kmax = kmin + rng.choice([0, 0, 1, 3, 10])
        lat, lon = 30 + rng.random() * 8, 36 + rng.random() * 10
        place = {"name": f"Place {i % 5000}", "country": country, "admin1": admin1, "lat": lat, "lon": lon,
                 "precision": "settlement"}
        grade = rng.choice(GRADES)
        data = {"date": {"start": day.isoformat(), "end": day.isoformat(), "precision": "day"}, "places": [place],
                "perpetrators": perps, "perpetrators_contested": len(perps) > 1, "means": rng.choice(MEANS),
                "target": None, "figures": {"civilians_killed": {"min": kmin, "max": kmax}},
                "sources": [f"Monitor {i % 40}"], "official_responses": [], "summary": None}
        yield {"key": f"hw-{i:012x}", "date_start": day, "date_end": day, "date_precision": "day",
               "country": country, "admin1": admin1, "place_name": place["name"], "lat": lat, "lon": lon,
               "perpetrators": perps, "perpetrator": perps[0], "means": data["means"], "target": None,
               "killed_min": kmin, "killed_max": kmax, "grade": grade, "grade_reasons": ["generated"],
               "grade_override": "confirmed" if rng.random() < 0.02 else None, "data": data, "locked": False,
               "status": "active"}


def fill(url: str, n: int) -> float:
    """Insert `n` incidents, each with one claim from one of n/5 documents; seconds taken."""
    from sqlalchemy import insert, select
    from sqlalchemy.orm import Session

    from harmwatch.db import connect
    from harmwatch.db.models import Claim, ClaimLink, Document, Incident, utcnow
    from harmwatch.serve.api.rows import refresh_rows

    t0 = time.perf_counter()
    engine = connect(url)
    now = utcnow()
    batch = 5000
    with Session(engine) as s, s.begin():
        docs = [{"content_hash": f"h{j}", "doc_id": f"doc-{j}.txt", "text": f"Generated report {j}.",
                 "confidential": j % 50 == 0, "ingested_at": now} for j in range(max(1, n // 5))]
        for k in range(0, len(docs), batch):
            s.execute(insert(Document), docs[k:k + batch])
        doc_ids = list(s.scalars(select(Document.id).order_by(Document.id)))
        rows = []
        for row in _incident_rows(n):
            rows.append({**row, "created_at": now, "updated_at": now})
            if len(rows) == batch:
                s.execute(insert(Incident), rows)
                rows = []
        if rows:
            s.execute(insert(Incident), rows)
        inc = list(s.execute(select(Incident.id, Incident.date_start, Incident.killed_min).order_by(Incident.id)))
        claims = [{"key": f"c-{i:016x}", "document_id": doc_ids[i % len(doc_ids)], "ordinal": i // len(doc_ids),
                   "kind": "incident", "data": {"sources": [f"Monitor {i % 40}"], "evidence": [{"start": 0, "end": 9}]},
                   "date_start": d, "killed_min": k, "status": "active", "extractor_version": "bench",
                   "created_at": now} for i, (_, d, k) in enumerate(inc)]
        for k in range(0, len(claims), batch):
            s.execute(insert(Claim), claims[k:k + batch])
        claim_ids = list(s.scalars(select(Claim.id).order_by(Claim.id)))
        links = [{"claim_id": c, "incident_id": i, "score": 0.9, "reasons": [], "method": "auto", "created_at": now}
                 for c, (i, _, _) in zip(claim_ids, inc)]
        for k in range(0, len(links), batch):
            s.execute(insert(ClaimLink), links[k:k + batch])
        refresh_rows(s.connection())  # the public list rows, as the API stores them on first read
    # Planner statistics (and PostgreSQL's visibility map), as autovacuum would leave them.
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    return time.perf_counter() - t0


# ---------------------------------------------------------------- load


def queries(seed: int = 11, n: int = 500) -> list[str]:
    """Varied filtered list requests, the mix a dashboard user produces."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        params = []
        if rng.random() < 0.6:
            params.append(f"country={rng.choice(list(COUNTRIES))}")
        if rng.random() < 0.4:
            params.append("perpetrator=" + ",".join(rng.sample(PERPS, rng.choice([1, 1, 2]))))
        if rng.random() < 0.3:
            params.append("grade=" + ",".join(rng.sample(GRADES, rng.choice([1, 2]))))
        if rng.random() < 0.4:
            start = date(2014, 1, 1) + timedelta(days=rng.randrange(3000))
            params.append(f"start={start}&end={start + timedelta(days=rng.choice([30, 180, 365]))}")
        if rng.random() < 0.3:
            params.append(f"min_killed={rng.choice([1, 5, 10, 50])}")
        if rng.random() < 0.3:
            params.append(f"sort={rng.choice(['date', '-date', 'killed', '-killed'])}")
        if rng.random() < 0.2:
            params.append(f"offset={rng.choice([50, 100, 500])}")
        out.append("/api/incidents" + ("?" + "&".join(params) if params else ""))
    return out


async def _worker(port: int, paths: list[str], deadline: float, budget: list[int], lat: list[float],
                  errors: list[str], gzip: bool = False) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = random.randrange(len(paths))
    accept = "Accept-Encoding: gzip\r\n" if gzip else ""
    try:
        while budget[0] > 0 and time.perf_counter() < deadline:
            budget[0] -= 1
            path = paths[i % len(paths)]
            i += 1
            t0 = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{accept}\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            lat.append(time.perf_counter() - t0)
            if status != 200:
                errors.append(f"{status} {path}")
    finally:
        writer.close()


def load(port: int, duration: float, requests: int, concurrency: int, gzip: bool = False) -> dict:
    """Run the load from this process; returns counts and latency figures."""
    paths = queries()
    lat: list[float] = []
    errors: list[str] = []
    budget = [requests]

    async def main():
        deadline = time.perf_counter() + duration
        await asyncio.gather(*[_worker(port, paths, deadline, budget, lat, errors, gzip) for _ in range(concurrency)])

    t0 = time.perf_counter()
    asyncio.run(main())
    wall = time.perf_counter() - t0
    lat.sort()
    pct = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000) if lat else (lambda q: float("nan"))
    return {"requests": len(lat), "errors": len(errors), "first_errors": errors[:3], "seconds": round(wall, 2),
            "rps": round(len(lat) / wall, 1), "p50_ms": round(pct(0.50), 1), "p99_ms": round(pct(0.99), 1),
            "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None,
            "load_avg": round(os.getloadavg()[0], 1)}


# ---------------------------------------------------------------- in-process CPU cost


def cpu_per_request(url: str, n: int, *, warm: int = 0, cache_ttl: float = 0.0, gzip: bool = False) -> dict:
    """Process CPU milliseconds per request of the query mix, the app called in-process through
    ASGI (every middleware, dependency, SQL statement and JSON byte, but no HTTP parsing or
    sockets). CPU time counts only this process's work, so it stays stable on a busy machine;
    the database server's own work is not in it. `warm` requests first (counts kept)."""
    import warnings

    warnings.simplefilter("ignore")
    from harmwatch.serve.app import create_app

    app = create_app(url, cache_ttl=cache_ttl)
    paths = queries()
    headers = [(b"host", b"127.0.0.1")] + ([(b"accept-encoding", b"gzip")] if gzip else [])

    async def one(path: str) -> int:
        route, _, query = path.partition("?")
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": route, "raw_path": route.encode(), "query_string": query.encode(),
                 "root_path": "", "headers": headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
        status = [0]

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]

        await app(scope, receive, send)
        return status[0]

    async def main() -> dict:
        for i in range(warm):
            await one(paths[i % len(paths)])
        t0, w0 = time.process_time(), time.perf_counter()
        for i in range(n):
            code = await one(paths[(warm + i) % len(paths)])
            if code != 200:
                raise RuntimeError(f"{code} for {paths[(warm + i) % len(paths)]}")
        return {"cpu_ms": round((time.process_time() - t0) / n * 1000, 2),
                "wall_ms": round((time.perf_counter() - w0) / n * 1000, 2)}

    out = asyncio.run(main())
    app.state.engine.dispose()
    return {"requests": n, **out, "load_avg": round(os.getloadavg()[0], 1)}


# ---------------------------------------------------------------- orchestration


def forget_totals(url: str) -> None:
    """Empty the shared list totals (list_totals, migration 0003): every total to count again."""
    from sqlalchemy import inspect, text

    from harmwatch.db import connect, dispose

    engine = connect(url)
    if "list_totals" in inspect(engine).get_table_names():
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM list_totals"))
    dispose(url)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def floor_app():
    """The framework's floor: a FastAPI app with one trivial route at /api/incidents that returns a
    fixed JSON body of a page's size (50 rows of ~600 bytes), no middleware, no database."""
    from fastapi import FastAPI, Response

    body = b'{"total":1,"limit":50,"offset":0,"items":[' + b",".join([b'{"x":"' + b"a" * 580 + b'"}'] * 50) + b"]}"
    app = FastAPI()

    @app.get("/api/incidents", response_class=Response)
    async def page():  # (no annotation: this module's annotations are strings, Response is local)
        return Response(body, media_type="application/json")

    return app


def _serve(url: str, workers: int, cache_ttl: float = 0.0, floor: bool = False) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    env = {**os.environ, "HARMWATCH_DB": url, "HARMWATCH_CACHE_TTL": str(cache_ttl)}
    target = ["--app-dir", os.path.dirname(os.path.abspath(__file__)), "api:floor_app"] if floor \
        else ["harmwatch.serve.app:create_app"]
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", *target, "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                             "--http", "httptools", "--loop", "uvloop",
                             "--log-level", "warning", "--no-access-log"], env=env)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
                sock.sendall(b"GET /openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                if sock.recv(64).startswith(b"HTTP/1.1 200"):
                    return proc, port
        except OSError:
            pass
        time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("the server did not start within 120 s")


def _pg_url() -> tuple[str, callable]:
    from sqlalchemy import create_engine, text

    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(PG_BASE, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()

    return f"{PG_BASE}?options=-csearch_path%3D{schema}", drop


def run_backend(backend: str, args) -> list[dict]:
    tmp = tempfile.TemporaryDirectory(prefix="harmwatch-bench-")
    if args.url:  # an existing, already filled database: used as it is, never dropped
        url, cleanup = args.url, (lambda: None)
    elif backend == "postgresql":
        url, cleanup = _pg_url()
    else:
        url, cleanup = f"sqlite:///{tmp.name}/bench.db", (lambda: None)
    try:
        filled = 0.0 if args.url else fill(url, args.incidents)
        from harmwatch.db import dispose

        dispose(url)
        if args.cpu_requests:
            # CPU per request measured in-process (stable under other jobs' load): the mix once with
            # every total still to count, then again with the totals kept.
            if not args.stored_totals:
                forget_totals(url)
            cold = cpu_per_request(url, len(queries()))
            warm = cpu_per_request(url, args.cpu_requests, warm=len(queries()))
            print(f"{backend:<11} in-process CPU per request: {cold['cpu_ms']} ms (totals counted), "
                  f"{warm['cpu_ms']} ms (totals kept); wall {cold['wall_ms']} / {warm['wall_ms']} ms; "
                  f"load avg {cold['load_avg']} / {warm['load_avg']}", flush=True)
        dispose(url)
        results = []
        for ttl in args.cache_ttl:
            if not args.stored_totals:
                forget_totals(url)
            proc, port = _serve(url, args.workers, ttl)
            try:
                # Warm-up: connections, plans; with the cache on (or --warm-counts), every query of
                # the mix (twice, so that each worker is likely to have seen it), bounded in time.
                full = ttl or args.warm_counts
                load(port, 90.0 if full else 5.0, 2 * len(queries()) if full else 300, args.concurrency)
                out = subprocess.run([sys.executable, __file__, "--load-port", str(port),
                                      "--duration", str(args.duration), "--requests", str(args.requests),
                                      "--concurrency", str(args.concurrency)] + (["--gzip"] if args.gzip else []),
                                     capture_output=True, text=True, check=True)
                result = json.loads(out.stdout.strip().splitlines()[-1])
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            results.append({"backend": backend, "incidents": args.incidents, "fill_s": round(filled, 1),
                            "workers": args.workers, "cache": ttl, **result})
        return results
    finally:
        cleanup()
        tmp.cleanup()


def run_floor(args) -> dict:
    """The same load against `floor_app`: how many requests a second the machine, uvicorn and
    FastAPI allow at all, with the load generator beside them."""
    proc, port = _serve("", args.workers, floor=True)
    try:
        load(port, 5.0, 300, args.concurrency)
        out = subprocess.run([sys.executable, __file__, "--load-port", str(port), "--duration", str(args.duration),
                              "--requests", str(args.requests), "--concurrency", str(args.concurrency)]
                             + (["--gzip"] if args.gzip else []), capture_output=True, text=True, check=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"backend": "floor", "incidents": 0, "fill_s": 0.0, "workers": args.workers, "cache": "-", **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load at most")
    parser.add_argument("--requests", type=int, default=20_000, help="requests at most")
    parser.add_argument("--concurrency", type=int, default=16, help="keep-alive connections")
    parser.add_argument("--backends", default="postgresql,sqlite")
    parser.add_argument("--cache-ttl", type=lambda v: [float(x) for x in v.split(",")], default=[0.0, 60.0],
                        help="the server's response cache in seconds, one run each (0: off) [0,60]")
    parser.add_argument("--url", help="load an existing database instead of filling a fresh one")
    parser.add_argument("--gzip", action="store_true", help="the load asks for gzip (Accept-Encoding)")
    parser.add_argument("--cpu-requests", type=int, default=1000,
                        help="requests for the in-process CPU figure (0: skip it) [1000]")
    parser.add_argument("--warm-counts", action="store_true",
                        help="warm up with the whole mix (each worker's totals kept) also without the cache")
    parser.add_argument("--stored-totals", action="store_true",
                        help="keep the totals shared by the workers (list_totals) from earlier runs")
    parser.add_argument("--floor", action="store_true",
                        help="also load a trivial FastAPI route the same way: the machine's ceiling")
    parser.add_argument("--load-port", type=int, help=argparse.SUPPRESS)  # internal: be the load process
    args = parser.parse_args()
    if args.load_port:
        print(json.dumps(load(args.load_port, args.duration, args.requests, args.concurrency, args.gzip)))
        return
    print(f"{'backend':<11} {'incidents':>9} {'workers':>7} {'cache s':>7} {'requests':>8} {'errors':>6} "
          f"{'req/s':>7} {'p50 ms':>7} {'p99 ms':>7}  (fill s)", flush=True)
    if args.floor:
        _print(run_floor(args))
    backends = [args.url.split(":")[0].split("+")[0]] if args.url else [b for b in args.backends.split(",") if b]
    for backend in backends:
        for r in run_backend(backend.strip(), args):
            _print(r)
    print(f"{os.cpu_count()} cores; other processes' load shows in the load average", flush=True)


def _print(r: dict) -> None:
    print(f"{r['backend']:<11} {r['incidents']:>9,} {r['workers']:>7} {r['cache']:>7} {r['requests']:>8,} "
          f"{r['errors']:>6} {r['rps']:>7} {r['p50_ms']:>7} {r['p99_ms']:>7}  ({r['fill_s']})  "
          f"load avg {r['load_avg']}", flush=True)
    if r["first_errors"]:
        print("  first errors:", r["first_errors"], flush=True)


if __name__ == "__main__":
    main()
