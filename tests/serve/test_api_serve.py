"""`harmwatch serve` really serves: a uvicorn process on a free loopback port, both backends."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

from test_api_data import seed


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, deadline: float) -> dict:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                return json.loads(resp.read())
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_serve_command(db_url):
    keys = seed(db_url)
    port = _free_port()
    cmd = [sys.executable, "-m", "harmwatch", "--db", db_url, "serve", "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
    try:
        body = _get(f"http://127.0.0.1:{port}/api/incidents?country=IQ", time.monotonic() + 60)
        assert [i["id"] for i in body["items"]] == [keys["mosul"]]
        assert "/api/incidents" in _get(f"http://127.0.0.1:{port}/openapi.json", time.monotonic() + 10)["paths"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_refuses_a_bad_database_in_one_line(tmp_path):
    out = subprocess.run([sys.executable, "-m", "harmwatch", "--db", "postgresql://nobody@127.0.0.1:1/none",
                          "serve", "--port", str(_free_port())], capture_output=True, text=True, timeout=60)
    assert out.returncode != 0 and "Traceback" not in out.stderr, out.stderr
    assert out.stderr.startswith("harmwatch: cannot open database") and len(out.stderr.strip().splitlines()) == 1


def test_serve_gzips_and_can_skip_the_access_log(db_url):
    """Over real HTTP: a large answer comes gzipped when asked, and --no-access-log logs no requests."""
    import gzip

    seed(db_url)
    port = _free_port()
    cmd = [sys.executable, "-m", "harmwatch", "--db", db_url, "serve", "--port", str(port), "--log-level", "info",
           "--no-access-log"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
    try:
        plain = _get(f"http://127.0.0.1:{port}/api/incidents", time.monotonic() + 60)
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/incidents", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=10) as resp:
            assert resp.headers["Content-Encoding"] == "gzip"
            assert json.loads(gzip.decompress(resp.read())) == plain
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert b"GET /api/incidents" not in err, err[-500:]
