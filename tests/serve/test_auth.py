"""Users, roles and tokens: who may write what, rate limits, body limits, the `users` command."""

from __future__ import annotations

import re

import pytest

from test_api_data import auth, client_for, flat_routes, make_user, seed


def test_roles_and_tokens_unit():
    from harmwatch.serve.auth import ROLES, TokenBucket, hash_token, new_token, role_allows

    assert ROLES == ("viewer", "analyst", "editor", "admin")
    assert role_allows("admin", "viewer") and role_allows("editor", "analyst") and role_allows("viewer", "viewer")
    assert not role_allows("analyst", "editor") and not role_allows("nobody", "viewer")
    a, b = new_token(), new_token()
    assert a != b and len(a) > 40 and hash_token(a) != a and len(hash_token(a)) == 64
    bucket = TokenBucket(rate=0.001, burst=2)
    assert bucket.take("x") == 0.0 and bucket.take("x") == 0.0
    assert bucket.take("x") > 0  # empty: the caller is told how long to wait
    assert bucket.take("y") == 0.0  # buckets are per caller


def test_user_lifecycle(db_url):
    from sqlalchemy import select

    from harmwatch.db import connect, session_scope
    from harmwatch.db.models import AuditEntry, User
    from harmwatch.serve.auth import AuthError, add_user, list_users, revoke_user, rotate_token, user_for_token

    engine = connect(db_url)
    with session_scope(engine) as s:
        token = add_user(s, "ana", "analyst", actor="root")
    with session_scope(engine) as s:
        assert user_for_token(s, token).role == "analyst"
        stored = s.scalar(select(User.token_hash).where(User.name == "ana"))
        assert token not in stored  # only the hash is kept
        with pytest.raises(AuthError, match="already exists"):
            add_user(s, "ana", "viewer", actor="root")
        with pytest.raises(AuthError, match="unknown role"):
            add_user(s, "bo", "boss", actor="root")
        with pytest.raises(AuthError, match="no user"):
            revoke_user(s, "nobody", actor="root")
    with session_scope(engine) as s:
        new = rotate_token(s, "ana", actor="root")
    with session_scope(engine) as s:
        assert user_for_token(s, token) is None and user_for_token(s, new).name == "ana"
        revoke_user(s, "ana", actor="root")
    with session_scope(engine) as s:
        assert user_for_token(s, new) is None
        assert list_users(s)[0]["active"] is False
        actions = [a for (a,) in s.execute(select(AuditEntry.action).order_by(AuditEntry.id))]
        assert actions == ["user.add", "user.token", "user.revoke"]


def _fill(path: str) -> str:
    return re.sub(r"{[^}]+}", "hw-x", path)


def test_every_writing_operation_refuses_anonymous_callers(db_url):
    with client_for(db_url) as client:
        writes = [(p, m) for p, methods in flat_routes(client.app.routes) for m in methods
                  if m not in ("GET", "HEAD", "OPTIONS")]
        assert len(writes) >= 12
        for path, method in writes:
            for headers in ({}, {"Authorization": "Bearer hw_not-a-real-token"}, {"Authorization": "Basic eDp5"}):
                resp = client.request(method, _fill(path), json={}, headers=headers)
                assert resp.status_code == 401, (method, path, headers, resp.status_code, resp.text)
                assert resp.headers.get("www-authenticate") == "Bearer"


def test_roles_are_enforced(db_url):
    keys = seed(db_url)
    tokens = {role: make_user(db_url, role + "1", role) for role in ("viewer", "analyst", "editor", "admin")}
    with client_for(db_url) as client:
        def status(role, method, path, body=None):
            return client.request(method, path, json=body, headers=auth(tokens[role])).status_code

        note = ("POST", f"/api/incidents/{keys['mayadin']}/notes", {"text": "checked the satellite images"})
        grade = ("POST", f"/api/incidents/{keys['mayadin']}/grade", {"grade": "fair", "reason": "two sources"})
        users = ("GET", "/api/users", None)
        assert status("viewer", *note) == 403 and status("analyst", *note) == 201
        assert status("analyst", *grade) == 403 and status("editor", *grade) == 200
        assert status("editor", *users) == 403 and status("admin", *users) == 200
        assert status("admin", *note) == 201  # each role includes those below it
        assert status("viewer", "GET", "/api/review/queue") == 200
        assert client.get("/api/review/queue").status_code == 401
        assert client.get("/api/me", headers=auth(tokens["editor"])).json() == {"name": "editor1", "role": "editor"}


def test_admin_manages_users_over_the_api(db_url):
    admin = make_user(db_url, "root", "admin")
    with client_for(db_url) as client:
        resp = client.post("/api/users", json={"name": "new-analyst", "role": "analyst"}, headers=auth(admin))
        assert resp.status_code == 201
        token = resp.json()["token"]
        assert client.get("/api/me", headers=auth(token)).json()["role"] == "analyst"
        assert "token" not in client.get("/api/users", headers=auth(admin)).text
        assert client.post("/api/users", json={"name": "new-analyst", "role": "viewer"},
                           headers=auth(admin)).status_code == 409
        assert client.post("/api/users", json={"name": "x", "role": "god"}, headers=auth(admin)).status_code == 422
        rotated = client.post("/api/users/new-analyst/token", headers=auth(admin)).json()["token"]
        assert client.get("/api/me", headers=auth(token)).status_code == 401
        assert client.delete("/api/users/new-analyst", headers=auth(admin)).status_code == 200
        assert client.get("/api/me", headers=auth(rotated)).status_code == 401
        assert client.delete("/api/users/ghost", headers=auth(admin)).status_code == 404
        log = client.get("/api/audit?entity_type=user", headers=auth(admin)).json()
        assert [e["action"] for e in log["items"]][:3] == ["user.revoke", "user.token", "user.add"]
        assert all(e["actor"] == "root" for e in log["items"][:3])


def test_writes_are_rate_limited_per_token(db_url):
    keys = seed(db_url)
    a, b = make_user(db_url, "a", "analyst"), make_user(db_url, "b", "analyst")
    with client_for(db_url, write_rate=0.001, write_burst=3) as client:
        path = f"/api/incidents/{keys['mosul']}/notes"
        codes = [client.post(path, json={"text": f"note {i}"}, headers=auth(a)).status_code for i in range(5)]
        assert codes == [201, 201, 201, 429, 429]
        resp = client.post(path, json={"text": "again"}, headers=auth(a))
        assert resp.status_code == 429 and int(resp.headers["retry-after"]) >= 1
        assert client.post(path, json={"text": "other user"}, headers=auth(b)).status_code == 201
        assert client.get(path, headers=auth(a)).status_code == 200  # reading is not limited


def test_body_size_limit(db_url):
    token = make_user(db_url, "ana", "analyst")
    with client_for(db_url, max_body=4096) as client:
        resp = client.post("/api/documents", json={"text": "x" * 10_000}, headers=auth(token))
        assert resp.status_code == 413 and "too large" in resp.json()["detail"]

        def chunks():  # no Content-Length: the limit holds for a streamed body too
            for _ in range(10):
                yield b"x" * 1000

        resp = client.post("/api/documents", content=chunks(),
                           headers={**auth(token), "Content-Type": "application/json"})
        assert resp.status_code == 413
        assert client.post("/api/documents", json={"text": "short report"}, headers=auth(token)).status_code == 201


def test_users_command(db_url):
    from typer.testing import CliRunner

    from harmwatch.cli import app

    runner = CliRunner()
    out = runner.invoke(app, ["--db", db_url, "users", "add", "carla", "--role", "editor"])
    assert out.exit_code == 0, out.output
    token = out.stdout.strip().splitlines()[0]
    assert token.startswith("hw_")
    listed = runner.invoke(app, ["--db", db_url, "users", "list"])
    assert "carla\teditor\tactive" in listed.stdout and token not in listed.stdout
    again = runner.invoke(app, ["--db", db_url, "users", "add", "carla", "--role", "viewer"])
    assert again.exit_code == 1 and "already exists" in again.stderr and "Traceback" not in again.output
    assert runner.invoke(app, ["--db", db_url, "users", "revoke", "carla"]).exit_code == 0
    assert "carla\teditor\trevoked" in runner.invoke(app, ["--db", db_url, "users", "list"]).stdout
    gone = runner.invoke(app, ["--db", db_url, "users", "revoke", "nobody"])
    assert gone.exit_code == 1 and "no user named 'nobody'" in gone.stderr
