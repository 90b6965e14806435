"""Protected sources: nothing a confidential document holds may reach an anonymous caller.

Every GET route of the app (the JSON API and the dashboard's pages) is called without a token,
with each incident's id in place of path parameters and with several filter combinations; no
response body may hold the confidential document's id, title, address, outlet, text, the
witness's name or phone number.
"""

from __future__ import annotations

import re

from test_api_data import SECRET_CLAIM, SECRETS, auth, client_for, flat_routes, make_user, seed

QUERIES = ("", "?country=SY", "?perpetrator=us-led-coalition&grade=weak", "?sort=killed&limit=500",
           "?by=perpetrator,month", "?start=2017-06-01&end=2017-06-30&min_killed=1")


def _paths(app, keys: dict) -> list[str]:
    out = []
    for route_path, methods in flat_routes(app.routes):
        if "GET" not in methods or route_path.startswith(("/docs", "/redoc")):
            continue
        params = re.findall(r"{([^}:]+)(?::[^}]*)?}", route_path)
        if not params:
            out.append(route_path)
            continue
        for key in keys.values():
            path = route_path
            for name in params:
                path = re.sub(r"{%s(?::[^}]*)?}" % re.escape(name), key, path)
            out.append(path)
    return out


def _assert_clean(body: str, where: str) -> None:
    for secret in SECRETS:
        assert secret.lower() not in body.lower(), f"{where} leaks {secret!r}"


def test_no_public_response_reveals_a_confidential_source(db_url):
    keys = seed(db_url)
    with client_for(db_url) as client:
        paths = _paths(client.app, keys)
        assert "/api/incidents" in paths and "/api/export/incidents.csv" in paths
        called = 0
        for path in paths:
            for query in QUERIES if path.startswith("/api/") and path.count("/") == 2 else ("",):
                resp = client.get(path + query)
                if resp.status_code in (401, 403):
                    continue  # not public
                assert resp.status_code < 500, (path + query, resp.text[:300])
                _assert_clean(resp.text, path + query)
                called += 1
        assert called > 30
        # The incident fed by the protected source still says that one exists.
        detail = client.get(f"/api/incidents/{keys['mayadin']}").json()
        assert detail["confidential_sources"] == 1
        assert {"confidential": True} in [c["document"] for c in detail["claims"]]
        listed = client.get("/api/incidents?country=SY").json()["items"]
        assert [i["confidential_sources"] for i in listed if i["id"] == keys["mayadin"]] == [1]
        # Staff views built on the public records stay clean too.
        token = make_user(db_url, "vera", "viewer")
        queue = client.get("/api/review/queue", headers=auth(token))
        assert queue.status_code == 200
        body = queue.text.replace(f'"claim":"{SECRET_CLAIM}"', "")  # a queued link names its claim for review
        _assert_clean(body, "/api/review/queue")


def test_marking_a_document_confidential_hides_it(db_url):
    keys = seed(db_url)
    editor = make_user(db_url, "eddie", "editor")
    with client_for(db_url) as client:
        assert "mosul-002.txt" in client.get(f"/api/incidents/{keys['mosul']}").text
        resp = client.post("/api/documents/confidential", headers=auth(editor),
                           json={"document": "mosul-002.txt", "reason": "the witness asked"})
        assert resp.status_code == 200, resp.text
        for path in (f"/api/incidents/{keys['mosul']}", "/api/incidents", "/api/export/incidents.jsonl",
                     "/api/export/incidents.csv", "/api/export/incidents.geojson"):
            text = client.get(path).text
            assert "mosul-002.txt" not in text and "<script>" not in text, path
        assert client.get(f"/api/incidents/{keys['mosul']}").json()["confidential_sources"] == 1
