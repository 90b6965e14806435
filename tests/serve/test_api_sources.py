"""The sources register over HTTP on both backends: roles, validation, audit."""

from __future__ import annotations

import pytest

from test_api_data import auth, client_for, make_user, seed


@pytest.fixture
def staff(db_url):
    seed(db_url)
    tokens = {role: make_user(db_url, f"{role}-1", role) for role in ("viewer", "analyst", "editor", "admin")}
    with client_for(db_url) as client:
        yield client, tokens


def test_read_and_set(staff):
    client, tokens = staff
    assert client.get("/api/sources").status_code == 401
    assert client.get("/api/sources", headers=auth(tokens["viewer"])).status_code == 403
    listed = client.get("/api/sources", headers=auth(tokens["analyst"])).json()["sources"]
    assert listed and {"name", "kind", "group", "documents", "incidents"} <= set(listed[0])
    name = listed[0]["name"]
    body = {"name": name, "kind": "agency", "group": "Wires", "reason": "a wire service"}
    assert client.put("/api/sources", json=body, headers=auth(tokens["analyst"])).status_code == 403
    resp = client.put("/api/sources", json=body, headers=auth(tokens["editor"]))
    assert resp.status_code == 200 and resp.json()["after"] == {"kind": "agency", "group": "Wires"}
    again = {s["name"]: s for s in client.get("/api/sources", headers=auth(tokens["analyst"])).json()["sources"]}
    assert again[name]["group"] == "Wires"
    audit = client.get("/api/audit", params={"action": "source.set"}, headers=auth(tokens["admin"])).json()
    assert audit["items"][0]["reason"] == "a wire service"


@pytest.mark.parametrize("body", [{"name": "X", "kind": "rumour"}, {"name": ""}, {"name": "X", "colour": 1},
                                  {"name": "X", "group": "G", "clear_group": True}])
def test_bad_bodies_are_4xx(staff, body):
    client, tokens = staff
    assert client.put("/api/sources", json=body, headers=auth(tokens["editor"])).status_code == 422
