"""Tolls, comparison with admissions, stated tallies, and the `tally`, `review`, `statements` commands."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmwatch.db.models import Incident, OfficialStatement
from harmwatch.grade import stage as grade_stage
from harmwatch.link import stage as link_stage
from harmwatch.tally import compare, normalise_by, stated_tallies, tolls
from harmwatch_test_builders import add_claims, make_claim


def populate(session):
    add_claims(session, [
        ("a", make_claim(killed=(12, 20)), "AFP"),
        ("b", make_claim(killed=(10, 14)), "SOHR"),
        ("c", make_claim(place="raqqa", day="2017-07-03", killed=(3, None), civilians_injured=(2, 5)), "RBSS"),
        ("d", make_claim(place="idlib", day="2019-05-02", perps=["russia"], killed=(None, 9)), "SMART"),
        ("t", make_claim(kind="tally", day="2017-01-01", end="2017-12-31", precision="year", place=None,
                         killed=(1422, 1422), sources=["Airwars"])),
    ])
    link_stage.run(session)
    grade_stage.run(session)


def test_tolls_by_perpetrator_month_and_grade(session):
    populate(session)
    rows = tolls(session, ["belligerent"])
    assert rows == [
        {"perpetrator": "russia", "killed_min": 0, "killed_max": 9, "injured_min": 0, "injured_max": 0, "incidents": 1},
        {"perpetrator": "us-led-coalition", "killed_min": 13, "killed_max": 23, "injured_min": 2, "injured_max": 5,
         "incidents": 2},
    ]
    months = tolls(session, ["month", "admin1"])
    assert [(r["month"], r["admin1"], r["killed_min"]) for r in months] == [
        ("2017-06", "Deir ez-Zor", 10), ("2017-07", "Raqqa", 3), ("2019-05", "Idlib", 0)]
    assert [r["incidents"] for r in tolls(session, ["year"], grades=["fair"])] == [1]
    with pytest.raises(ValueError):
        normalise_by(["weather"])


def test_compare_and_stated(session):
    populate(session)
    session.add(OfficialStatement(key="s1", actor="us-led-coalition", kind="admitted", deaths_conceded=4))
    session.flush()
    rows = {r["perpetrator"]: r for r in compare(session)}
    us = rows["us-led-coalition"]
    assert (us["monitor_min"], us["monitor_max"], us["admitted"]) == (13, 23, 4)
    assert (us["ratio_min"], us["ratio_max"]) == (3.25, 5.75)
    assert rows["russia"]["ratio_min"] is None
    (stated,) = stated_tallies(session)
    assert stated["sources"] == ["Airwars"]
    assert stated["computed"] == {"killed_min": 13, "killed_max": 23, "incidents": 2}


def test_commands(session, db_url, tmp_path, monkeypatch):
    from harmwatch.cli import app

    populate(session)
    session.commit()
    monkeypatch.setenv("USER", "ana")
    run = CliRunner().invoke
    out = run(app, ["--db", db_url, "tally", "--by", "belligerent,month", "--format", "json"])
    assert out.exit_code == 0, out.output
    body = json.loads(out.stdout)
    assert body["by"] == ["perpetrator", "month"] and len(body["rows"]) == 3
    table = run(app, ["--db", db_url, "tally", "--by", "belligerent"])
    assert "us-led-coalition" in table.stdout and "Airwars says 1,422" in table.stdout
    assert run(app, ["--db", db_url, "tally", "--compare", "--format", "csv"]).stdout.startswith("perpetrator,")
    bad = run(app, ["--db", db_url, "tally", "--by", "weather"])
    assert bad.exit_code != 0 and "weather" in bad.stderr and "Traceback" not in bad.output

    key = session.scalar(select(Incident.key).where(Incident.place_name == "Raqqa"))
    ok = run(app, ["--db", db_url, "review", "grade", key, "confirmed", "--reason", "admitted by phone"])
    assert ok.exit_code == 0, ok.output
    nope = run(app, ["--db", db_url, "review", "merge", key, "hw-nothing"])
    assert nope.exit_code == 1 and "no incident 'hw-nothing'" in nope.stderr

    path = tmp_path / "st.jsonl"
    path.write_text(json.dumps({"actor": "russia", "date": "2019-05-02", "place": "Idlib", "lat": 35.93,
                                "lon": 36.63, "kind": "denied"}) + "\n")
    imp = run(app, ["--db", db_url, "statements", "import", str(path)])
    assert imp.exit_code == 0, imp.output
    assert json.loads(imp.stdout)["matched"] == 1
    missing = run(app, ["--db", db_url, "statements", "import", str(tmp_path / "none.csv")])
    assert missing.exit_code == 1 and "none.csv" in missing.stderr
