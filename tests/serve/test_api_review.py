"""Analysts' and editors' routes on both backends: submit, notes, queue, decisions, audit log."""

from __future__ import annotations

import pytest

from test_api_data import auth, client_for, make_user, seed


@pytest.fixture
def staff(db_url):
    keys = seed(db_url)
    tokens = {role: make_user(db_url, f"{role}-1", role) for role in ("viewer", "analyst", "editor", "admin")}
    with client_for(db_url) as client:
        yield client, keys, tokens


def _audit(client, tokens, **query) -> list[dict]:
    resp = client.get("/api/audit", params=query, headers=auth(tokens["admin"]))
    assert resp.status_code == 200, resp.text
    return resp.json()["items"]


def test_submit_text_and_files(staff, db_url):
    client, _, tokens = staff
    h = auth(tokens["analyst"])
    resp = client.post("/api/documents", headers=h, json={
        "id": "report-9.txt", "text": "Shelling hit a market in Idlib on Monday, killing 9 civilians.",
        "published": "2020-02-03", "url": "https://example.org/9", "title": "Idlib market"})
    assert resp.status_code == 201, resp.text
    assert resp.json() == {"document": "report-9.txt", "stored": True, "duplicate": False, "confidential": False}
    again = client.post("/api/documents", headers=h,
                        json={"text": "Shelling hit a market in Idlib on Monday, killing 9 civilians."})
    assert again.json()["duplicate"] is True
    up = client.post("/api/documents/upload", headers=h, data={"confidential": "true"},
                     files={"file": ("../../etc/witness.txt", b"A witness saw the strike on the bakery.", "text/plain")})
    assert up.status_code == 201, up.text
    assert up.json()["documents"][0]["confidential"] is True
    assert up.json()["documents"][0]["document"] == "witness.txt"  # no path from the client survives
    bad = client.post("/api/documents/upload", headers=h, files={"file": ("tool.exe", b"MZ\x00\x01", "x/y")})
    assert bad.status_code == 422 and "unsupported file type" in bad.json()["detail"]
    for body in ({}, {"text": ""}, {"text": "x", "url": "javascript:alert(1)"}, {"text": "x", "published": "soon"},
                 {"text": "x", "surprise": 1}):
        assert client.post("/api/documents", headers=h, json=body).status_code == 422, body

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from harmwatch.db import connect
    from harmwatch.db.models import Document

    with Session(connect(db_url)) as s:
        doc = s.scalar(select(Document).where(Document.doc_id == "report-9.txt"))
        assert doc.url == "https://example.org/9" and str(doc.published) == "2020-02-03"
        assert s.scalar(select(Document.confidential).where(Document.doc_id == "witness.txt")) is True
    entries = _audit(client, tokens, action="document.submit")
    assert len(entries) == 3 and {e["actor"] for e in entries} == {"analyst-1"}
    assert all("witness saw" not in str(e) for e in entries)  # the audit log names documents, not their text


def test_notes(staff):
    client, keys, tokens = staff
    path = f"/api/incidents/{keys['aleppo']}/notes"
    resp = client.post(path, json={"text": "Check against <b>SOHR</b> daily report."}, headers=auth(tokens["analyst"]))
    assert resp.status_code == 201 and resp.json()["author"] == "analyst-1"
    notes = client.get(path, headers=auth(tokens["viewer"])).json()["notes"]
    assert [n["text"] for n in notes] == ["Check against <b>SOHR</b> daily report."]
    assert client.get(path).status_code == 401  # notes are for staff
    assert client.post("/api/incidents/hw-missing/notes", json={"text": "x"},
                       headers=auth(tokens["analyst"])).status_code == 404
    assert client.post(path, json={"text": "   "}, headers=auth(tokens["analyst"])).status_code == 422
    assert _audit(client, tokens, action="note.add")[0]["entity_id"] == keys["aleppo"]


def test_review_queue(staff):
    client, keys, tokens = staff
    queue = client.get("/api/review/queue", headers=auth(tokens["viewer"])).json()
    assert {i["id"] for i in queue["new_incidents"]} == {keys["mayadin"], keys["mosul"], keys["aleppo"]}
    assert [i["id"] for i in queue["contested"]] == [keys["aleppo"]]
    assert [(w["incident"], w["score"]) for w in queue["low_confidence_links"]] == [(keys["mayadin"], 0.4)]


def test_grade_override(staff):
    client, keys, tokens = staff
    path = f"/api/incidents/{keys['mayadin']}/grade"
    h = auth(tokens["editor"])
    assert client.post(path, json={"grade": "fair"}, headers=h).status_code == 422  # a reason is required
    assert client.post(path, json={"grade": "great", "reason": "x"}, headers=h).status_code == 422
    resp = client.post(path, json={"grade": "fair", "reason": "Second outlet confirmed."}, headers=h)
    assert resp.status_code == 200 and resp.json()["grade"] == "fair"
    assert client.get(f"/api/incidents/{keys['mayadin']}").json()["grade"] == "fair"
    assert keys["mayadin"] in [i["id"] for i in client.get("/api/incidents?grade=fair").json()["items"]]
    entry = _audit(client, tokens, action="incident.grade")[0]
    assert entry["actor"] == "editor-1" and entry["reason"] == "Second outlet confirmed."
    assert entry["before"]["grade_override"] is None and entry["after"]["grade_override"] == "fair"
    cleared = client.post(path, json={"grade": None, "reason": "Back to the rules."}, headers=h)
    assert cleared.status_code == 200 and cleared.json()["grade"] == "weak"


def test_merge_split_duplicate_and_claims(staff):
    client, keys, tokens = staff
    h = auth(tokens["editor"])
    assert client.post("/api/incidents/merge", json={"incidents": [keys["mayadin"]]}, headers=h).status_code == 422
    bad = client.post("/api/incidents/merge", json={"incidents": [keys["mayadin"], "hw-nope"]}, headers=h)
    assert bad.status_code == 400 and "hw-nope" in bad.json()["detail"]
    merged = client.post("/api/incidents/merge", json={"incidents": [keys["mosul"], keys["aleppo"]],
                                                        "reason": "same strike"}, headers=h)
    assert merged.status_code == 200, merged.text
    ids = [i["id"] for i in client.get("/api/incidents").json()["items"]]
    assert keys["aleppo"] not in ids and keys["mosul"] in ids
    split = client.post(f"/api/incidents/{keys['mayadin']}/split", json={"claims": ["c-wire-1"], "reason": "two"},
                        headers=h)
    assert split.status_code == 201, split.text
    new_key = split.json()["incident"]
    assert client.get(f"/api/incidents/{new_key}").json()["claims"][0]["id"] == "c-wire-1"
    moved = client.post("/api/claims/c-wire-1/move", json={"incident": keys["mayadin"]}, headers=h)
    assert moved.status_code == 200, moved.text
    dup = client.post(f"/api/incidents/{keys['mosul']}/duplicate", json={"of": keys["mayadin"]}, headers=h)
    assert dup.status_code == 200, dup.text
    status = client.post("/api/claims/c-wire-1/status", json={"status": "rejected", "reason": "misread"},
                         headers=auth(tokens["analyst"]))
    assert status.status_code == 200, status.text
    assert client.post("/api/claims/c-unknown/status", json={"status": "accepted"},
                       headers=auth(tokens["analyst"])).status_code == 400
    assert client.post("/api/claims/c-wire-1/status", json={"status": "maybe"},
                       headers=auth(tokens["analyst"])).status_code == 422
    actions = {e["action"] for e in _audit(client, tokens, limit=100)}
    assert {"incident.merge", "incident.split", "claim.move", "incident.duplicate", "claim.rejected"} <= actions
    assert all(e["actor"] in ("editor-1", "analyst-1") for e in _audit(client, tokens, limit=100)
               if e["action"].startswith(("incident.", "claim.")))


def test_audit_log_is_for_admins_and_filterable(staff):
    client, keys, tokens = staff
    client.post(f"/api/incidents/{keys['aleppo']}/notes", json={"text": "one"}, headers=auth(tokens["analyst"]))
    client.post(f"/api/incidents/{keys['aleppo']}/notes", json={"text": "two"}, headers=auth(tokens["editor"]))
    assert client.get("/api/audit", headers=auth(tokens["editor"])).status_code == 403
    assert [e["after"]["text"] for e in _audit(client, tokens, action="note.add")] == ["two", "one"]
    assert len(_audit(client, tokens, actor="analyst-1")) == 1
    page = client.get("/api/audit", params={"limit": 1, "offset": 1}, headers=auth(tokens["admin"])).json()
    assert page["total"] >= 2 and len(page["items"]) == 1
    assert client.get("/api/audit?since=2000-01-01T00:00:00Z", headers=auth(tokens["admin"])).json()["total"] >= 2
    assert client.get("/api/audit?since=tomorrow", headers=auth(tokens["admin"])).status_code == 422
