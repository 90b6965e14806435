"""The grade stage and official statements on both backends."""

from __future__ import annotations

import json

from sqlalchemy import select

from harmwatch.db.models import Incident, OfficialStatement
from harmwatch.grade import stage as grade_stage
from harmwatch.link import stage as link_stage
from harmwatch.tally import import_statements
from harmwatch_test_builders import add_claims, make_claim


def test_admission_matched_confirms_and_denial_is_recorded(session, tmp_path):
    add_claims(session, [("a", make_claim(killed=(12, 12)), "AFP"),
                         ("r", make_claim(place="raqqa", day="2017-06-28", killed=(4, 4)), "RBSS")])
    link_stage.run(session)
    first = grade_stage.run(session)
    assert first["grades_changed"] == 2
    assert {i.grade for i in session.scalars(select(Incident))} == {"weak"}
    path = tmp_path / "statements.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"actor": "us-led-coalition", "date": "2017-06-26", "place": "Mayadin", "lat": 35.02, "lon": 40.45,
         "deaths": 3, "reference": "CJTF-OIR monthly report", "kind": "admitted", "text": "..."},
        {"actor": "us-led-coalition", "date": "2017-06-28", "place": "Raqqa", "lat": 35.95, "lon": 39.01,
         "kind": "denied"},
        {"actor": "us-led-coalition", "date": "2030-01-01", "place": "Nowhere", "kind": "admitted"},
        {"actor": "", "kind": "admitted"},
    ]) + "\n")
    result = import_statements(session, path, actor="ana")
    assert (result["imported"], result["matched"], result["refused"]) == (3, 2, 1)
    assert "no actor" in result["errors"][0]
    grade_stage.run(session)
    may = session.scalar(select(Incident).where(Incident.place_name == "Mayadin"))
    raq = session.scalar(select(Incident).where(Incident.place_name == "Raqqa"))
    assert may.grade == "confirmed"
    assert raq.grade == "weak" and raq.data["official_responses"][0]["kind"] == "denied"
    st = session.scalar(select(OfficialStatement).where(OfficialStatement.kind == "denied"))
    assert st.incident_id == raq.id and st.match_confidence >= 0.5
    again = import_statements(session, path, actor="ana")
    assert again["imported"] == 0 and again["unchanged"] == 3
    assert grade_stage.run(session)["grades_changed"] == 0


def test_csv_statements(tmp_path):
    from harmwatch.tally import read_statements

    path = tmp_path / "s.csv"
    path.write_text("actor,date,place,deaths,injuries,reference,kind,text\n"
                    "us-led-coalition,2017-06-26,Mayadin,\"1,200\",3,R1,acknowledged,struck a building\n"
                    "russia,26/06/2017,Idlib,,,,admitted,\n")
    rows, errors = read_statements(path)
    assert rows[0]["deaths_conceded"] == 1200 and rows[0]["kind"] == "acknowledged-strike"
    assert len(errors) == 1 and "s.csv:3" in errors[0] and "date" in errors[0]


def test_statement_naming_another_place_does_not_match(session):
    from harmwatch.tally import match_statement
    from datetime import date

    add_claims(session, [("a", make_claim(killed=(12, 12)), "AFP")])
    link_stage.run(session)
    elsewhere = OfficialStatement(key="x", actor="us-led-coalition", kind="admitted", date=date(2017, 6, 26),
                                  place_name="Raqqa", lat=35.95, lon=39.01)
    nowhere = OfficialStatement(key="y", actor="us-led-coalition", kind="admitted", date=date(2017, 6, 26))
    session.add_all([elsewhere, nowhere])
    session.flush()
    assert match_statement(session, elsewhere)[0] is None
    inc, conf = match_statement(session, nowhere)
    assert inc is not None and conf == 0.6
