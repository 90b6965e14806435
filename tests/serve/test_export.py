"""Exports: the contract's shape, every format, and no confidential source in a public export."""

import csv
import io
import json
from datetime import date

from harmwatch.db import session_scope
from harmwatch.db.models import Claim, ClaimLink, Document, DocumentName, Incident
from harmwatch.serve.export import CSV_COLUMNS, incident_records, write_acled, write_csv, write_geojson, write_jsonl

DATA = {"date": {"start": "2017-06-26", "end": "2017-06-26", "precision": "day"},
        "places": [{"name": "Mayadin", "country": "SY", "admin1": "Deir ez-Zor", "lat": 35.02, "lon": 40.45,
                    "precision": "settlement"}],
        "perpetrators": ["us-led-coalition"], "means": "airstrike", "target": "prison",
        "figures": {"civilians_killed": {"min": 12, "max": 70}}, "sources": ["Deir Monitor", "Secret Witness"],
        "summary": "Strike on a prison."}


def populate(engine):
    with session_scope(engine) as s:
        public = Document(content_hash="a" * 64, doc_id="wire-1.txt", text="Twelve killed in Mayadin.")
        secret = Document(content_hash="b" * 64, doc_id="witness-9.txt", text="Call me on 555-0199.", confidential=True)
        s.add_all([public, secret])
        s.flush()
        s.add_all([DocumentName(document_id=public.id, name="wire-1.txt"),
                   DocumentName(document_id=public.id, name="wire-1-copy.txt"),
                   DocumentName(document_id=secret.id, name="witness-9.txt")])
        inc = Incident(key="hw-test1", data=DATA, grade="weak", grade_reasons=["single source"],
                       date_start=date(2017, 6, 26), perpetrators=["us-led-coalition"], killed_min=12, killed_max=70)
        s.add(inc)
        s.flush()
        for i, (doc, sources) in enumerate(((public, ["Deir Monitor"]), (secret, ["Secret Witness"]))):
            claim = Claim(key=f"c-{i}", document_id=doc.id, ordinal=0, kind="incident", extractor_version="t",
                          data={"sources": sources})
            s.add(claim)
            s.flush()
            s.add(ClaimLink(claim_id=claim.id, incident_id=inc.id, score=1.0, reasons=["test"]))


def test_jsonl_has_the_contract_shape(engine):
    populate(engine)
    with session_scope(engine) as s:
        [rec] = list(incident_records(s))
    assert rec["id"] == "hw-test1" and rec["grade"] == "weak" and rec["grade_reasons"] == ["single source"]
    assert rec["documents"] == ["wire-1-copy.txt", "wire-1.txt", "witness-9.txt"]
    assert rec["claims"] == ["c-0", "c-1"]
    assert rec["figures"]["civilians_killed"] == {"min": 12, "max": 70}
    out = io.StringIO()
    write_jsonl([rec], out)
    assert json.loads(out.getvalue())["id"] == "hw-test1"


def test_public_export_never_names_a_confidential_source(engine):
    populate(engine)
    with session_scope(engine) as s:
        records = list(incident_records(s, public=True))
    for writer in (write_jsonl, write_csv, write_acled, write_geojson):
        out = io.StringIO()
        writer(records, out)
        text = out.getvalue()
        assert "witness-9" not in text and "Secret Witness" not in text and "555-0199" not in text
    assert records[0]["confidential_sources"] == 1
    assert records[0]["sources"] == ["Deir Monitor"]


def test_csv_acled_geojson(engine):
    populate(engine)
    with session_scope(engine) as s:
        records = list(incident_records(s))
    out = io.StringIO()
    write_csv(records, out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(row) == CSV_COLUMNS
    assert (row["civilians_killed_low"], row["civilians_killed_high"], row["admin1"]) == ("12", "70", "Deir ez-Zor")
    out = io.StringIO()
    write_acled(records, out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["sub_event_type"] == "Air/drone strike" and row["fatalities"] == "12" and row["year"] == "2017"
    out = io.StringIO()
    write_geojson(records, out)
    geo = json.loads(out.getvalue())
    assert geo["features"][0]["geometry"]["coordinates"] == [40.45, 35.02]
