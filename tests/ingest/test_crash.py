"""A real hard kill in the middle of an ingest loses nothing committed; a re-run stores the rest."""

import json
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from harmwatch.db import connect
from harmwatch.db.models import Document

N = 5000


def test_kill_9_then_resume_stores_exactly_every_document(db_url, tmp_path):
    src = tmp_path / "docs.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(N):
            f.write(json.dumps({"id": f"doc-{i}", "text": f"Report {i}: shelling hit district {i % 97}. " * 3}) + "\n")
    cmd = [sys.executable, "-m", "harmwatch", "--db", db_url, "ingest", str(src)]
    env = {**os.environ, "HARMWATCH_INGEST_BATCH": "100"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    engine = connect(db_url)
    deadline = time.monotonic() + 60
    count = 0
    while time.monotonic() < deadline and proc.poll() is None:
        with Session(engine) as s:
            count = s.scalar(select(func.count()).select_from(Document))
        if count >= 300:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Session(engine) as s:
        partial = s.scalar(select(func.count()).select_from(Document))
    assert 0 < partial < N, "the kill did not land mid-ingest"
    assert partial % 100 == 0  # whole batches only: no half-written transaction
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Document)) == N
    assert f"{N - partial:,} stored, {partial:,} duplicate" in done.stderr
