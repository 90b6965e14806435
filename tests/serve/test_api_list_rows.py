"""The stored public list rows (incident_rows.list_row): computed on first read, stored in the
background, equal to the rows computed from the tables, and never served stale: every write to
what a row is made of resets it, through the API or straight in the database."""

from __future__ import annotations

import json

from sqlalchemy import text

from test_api_data import PUBLIC_TEXT, SECRETS, auth, client_for, make_user, seed


def _stored(engine) -> dict[str, tuple]:
    with engine.connect() as conn:
        return {k: (row, v) for k, row, v in conn.execute(text(
            "SELECT i.key, r.list_row, coalesce(r.version, 0) FROM incidents i "
            "LEFT JOIN incident_rows r ON r.incident_id = i.id"))}


def _computed(engine) -> dict[str, dict]:
    from harmwatch.serve.api.rows import render_rows

    with engine.connect() as conn:
        ids = [i for (i,) in conn.execute(text("SELECT id FROM incidents ORDER BY id"))]
        return {json.loads(b)["id"]: json.loads(b) for b in render_rows(conn, ids).values()}


def test_rows_are_stored_on_first_read_and_equal_the_computed_ones(db_url):
    from harmwatch.db import connect

    seed(db_url)
    engine = connect(db_url)
    assert all(row is None for row, _ in _stored(engine).values())  # new incidents: to be computed
    with client_for(db_url) as client:
        first = client.get("/api/incidents").json()
        client.app.state.row_writer.flush()
        stored = _stored(engine)
        listed = {i["id"] for i in first["items"]}
        assert listed and all(stored[k][0] is not None for k in listed)
        computed = _computed(engine)
        assert all(json.loads(stored[k][0]) == computed[k] for k in listed)
        assert client.get("/api/incidents").json() == first  # now served from the stored rows
    assert [i["id"] for i in first["items"]] == [r["id"] for r in sorted(
        (computed[k] for k in listed), key=lambda r: r["date"]["start"], reverse=True)]


def test_every_write_to_what_a_row_is_made_of_resets_it(db_url):
    from harmwatch.db import connect
    from harmwatch.serve.api.rows import refresh_rows

    keys = seed(db_url)
    engine = connect(db_url)
    mayadin, mosul = keys["mayadin"], keys["mosul"]
    writes = [  # (statement, the incident it must reset)
        ("UPDATE incidents SET grade = 'fair' WHERE key = :m", mayadin),
        ("UPDATE incidents SET data = :data WHERE key = :m", mayadin),
        ("UPDATE incidents SET grade_override = 'weak', grade_override_reason = 'x' WHERE key = :o", mosul),
        ("UPDATE claims SET data = :data WHERE key = 'c-wire-1'", mayadin),
        ("UPDATE claims SET key = 'c-wire-renamed' WHERE key = 'c-wire-1'", mayadin),
        ("UPDATE documents SET confidential = :yes WHERE doc_id = 'mosul-002.txt'", mosul),
        ("UPDATE documents SET doc_id = 'renamed.txt' WHERE doc_id = 'mosul-002.txt'", mosul),
        ("INSERT INTO document_names (document_id, name) SELECT id, 'copy.txt' FROM documents "
         "WHERE doc_id = 'renamed.txt'", mosul),
        ("DELETE FROM document_names WHERE name = 'copy.txt'", mosul),
        ("UPDATE claim_links SET incident_id = (SELECT id FROM incidents WHERE key = :o) "
         "WHERE claim_id = (SELECT id FROM claims WHERE key = 'c-wire-renamed')", mayadin),
        ("DELETE FROM claim_links WHERE claim_id = (SELECT id FROM claims WHERE key = 'c-wire-renamed')", mosul),
        ("INSERT INTO claim_links (claim_id, incident_id, score, reasons, method, created_at) "
         "SELECT c.id, i.id, 1.0, '[]', 'analyst', '2026-01-01' FROM claims c, incidents i "
         "WHERE c.key = 'c-wire-renamed' AND i.key = :m", mayadin),
        ("DELETE FROM claims WHERE key = 'c-wire-renamed'", mayadin),  # its link goes by cascade
    ]
    params = {"m": mayadin, "o": mosul, "data": json.dumps({"summary": "changed"}), "yes": True}
    for statement, target in writes:
        with engine.begin() as conn:
            refresh_rows(conn)
        before = _stored(engine)
        assert all(row is not None for row, _ in before.values())
        with engine.begin() as conn:
            conn.execute(text("PRAGMA foreign_keys=ON") if engine.dialect.name == "sqlite" else text("SELECT 1"))
            conn.execute(text(statement), {k: v for k, v in params.items() if f":{k}" in statement})
        after = _stored(engine)
        assert after[target][0] is None and after[target][1] > before[target][1], statement
        untouched = [k for k in before if k not in (mayadin, mosul)]
        assert all(after[k] == before[k] for k in untouched), statement
        with engine.begin() as conn:  # and what is computed again is the current state
            refresh_rows(conn)
        assert {k: json.loads(r) for k, (r, _) in _stored(engine).items()} == _computed(engine), statement


def test_a_row_computed_before_a_change_is_not_stored(db_url):
    from harmwatch.db import connect
    from harmwatch.serve.api.rows import RowWriter, render_rows

    keys = seed(db_url)
    engine = connect(db_url)
    with engine.connect() as conn:
        inc_id = conn.execute(text("SELECT id FROM incidents WHERE key = :k"), {"k": keys["mayadin"]}).scalar()
        version = _stored(engine)[keys["mayadin"]][1]
        old = render_rows(conn, [inc_id])[inc_id]
    with engine.begin() as conn:  # an analyst's change lands meanwhile
        conn.execute(text("UPDATE incidents SET grade = 'confirmed' WHERE id = :i"), {"i": inc_id})
    writer = RowWriter(engine)
    writer.put([{"id": inc_id, "version": version, "row": old.decode()}])
    writer.flush()
    assert _stored(engine)[keys["mayadin"]][0] is None


def test_decisions_through_the_api_show_at_once_in_the_list(db_url):
    """With the response cache on and every row stored: a grade override, a merge and a document
    marked confidential through the API change the list at once; the secret never shows."""
    from harmwatch.db import connect

    from harmwatch.ingest.store import content_hash

    keys = seed(db_url)
    editor = make_user(db_url, "editor-1", "editor")
    engine = connect(db_url)
    with engine.begin() as conn:  # the seeded wire report under its real hash, so that a resubmission finds it
        conn.execute(text("UPDATE documents SET content_hash = :h WHERE doc_id = 'wire-001.txt'"),
                     {"h": content_hash(PUBLIC_TEXT)})
    with client_for(db_url, cache_ttl=60.0) as client:

        def listed() -> dict[str, dict]:
            return {i["id"]: i for i in client.get("/api/incidents?limit=500").json()["items"]}

        before = listed()
        client.app.state.row_writer.flush()
        assert all(_stored(engine)[k][0] is not None for k in before)
        assert before[keys["mayadin"]]["grade"] == "weak"
        resp = client.post(f"/api/incidents/{keys['mayadin']}/grade", json={"grade": "fair", "reason": "seen"},
                           headers=auth(editor))
        assert resp.status_code == 200, resp.text
        assert listed()[keys["mayadin"]]["grade"] == "fair"
        assert "wire-001.txt" in listed()[keys["mayadin"]]["documents"]
        resp = client.post("/api/documents", json={"text": PUBLIC_TEXT, "confidential": True}, headers=auth(editor))
        assert resp.status_code == 201 and resp.json()["confidential"], resp.text
        now = listed()[keys["mayadin"]]
        assert "wire-001.txt" not in now["documents"] and now["confidential_sources"] == 2
        assert now["claims"] == [] and now["sources"] == []
        resp = client.post("/api/incidents/merge", json={"incidents": [keys["mosul"], keys["aleppo"]],
                                                          "reason": "same strike"}, headers=auth(editor))
        assert resp.status_code == 200, resp.text
        after = listed()
        assert keys["aleppo"] not in after and keys["mosul"] in after
        body = client.get("/api/incidents?limit=500").text
        assert not any(s in body for s in SECRETS)
