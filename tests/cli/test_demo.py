"""`harmwatch demo` runs every stage on the shipped samples, and running it again is harmless."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.db import connect
from harmwatch.db.models import Claim, Document, Incident
from harmwatch.samples.score import load_index


def counts(url):
    with Session(connect(url)) as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Document, Claim, Incident))


def test_demo_twice(db_url):
    runner = CliRunner()
    first = runner.invoke(app, ["--db", db_url, "demo"], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    assert "0 refused" in first.output and " serve " in first.output
    after_first = counts(db_url)
    assert after_first[0] == len(load_index()["documents"])
    assert after_first[1] > 0 and after_first[2] > 0
    second = runner.invoke(app, ["--db", db_url, "demo"], catch_exceptions=False)
    assert second.exit_code == 0 and "0 stored" in second.output
    assert counts(db_url) == after_first
