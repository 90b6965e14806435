"""The dashboard's router without a browser: pages, configuration, static files, budget, safety."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from harmwatch.serve import web
from harmwatch.serve.web import assets, pages

STATIC = Path(web.__file__).with_name("static")


@pytest.fixture
def client(monkeypatch) -> TestClient:
    """The dashboard router alone, in a bare app (the JSON API is not needed to serve pages)."""
    monkeypatch.delenv("HARMWATCH_TILES_URL", raising=False)
    app = FastAPI()
    app.include_router(web.router)
    return TestClient(app)


def _config(html: str) -> dict:
    found = re.search(r'<script id="hw-config" type="application/json">(.*?)</script>', html, re.S)
    assert found, "the page carries its configuration"
    return json.loads(found.group(1))


@pytest.mark.parametrize("path, page", [("/", "map"), ("/tallies", "tallies"), ("/incidents/hw-abc123", "incident")])
def test_pages_are_served(client, path, page):
    res = client.get(path)
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("text/html")
    cfg = _config(res.text)
    assert cfg["page"] == page
    assert cfg["tiles"] is None  # offline unless configured
    assert "script-src 'self'" in res.headers["content-security-policy"]
    assert '<html lang="en">' in res.text and 'name="viewport"' in res.text
    for url in re.findall(r'(?:src|href)="(/assets/[^"]+)"', res.text):
        assert "?v=" in url
        assert client.get(url.replace("&amp;", "&")).status_code == 200, url
    if page == "incident":
        assert cfg["incident"] == "hw-abc123"


def test_incident_id_cannot_break_out_of_the_page(client):
    res = client.get("/incidents/%3Cimg%20src=x%20onerror=alert(1)%3E%22'")
    assert res.status_code == 200
    assert "<img src=x" not in res.text
    assert _config(res.text)["incident"] == "<img src=x onerror=alert(1)>\"'"


def test_configuration_json_cannot_close_its_script_element():
    text = pages._json_for_script({"x": "</script><script>alert(1)</script>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><script>alert(1)</script>&"}


def test_the_routes_stay_out_of_the_openapi_document(client):
    assert all(not getattr(r, "include_in_schema", False) for r in web.router.routes)


def test_assets_are_gzipped_cached_and_revalidated(client):
    url = "/assets/vendor/leaflet/leaflet.js?v=1"
    res = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert res.status_code == 200
    assert res.headers["content-encoding"] == "gzip"
    assert "immutable" in res.headers["cache-control"]
    assert res.headers["content-type"].startswith("text/javascript")
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert plain.content == (STATIC / "vendor/leaflet/leaflet.js").read_bytes()
    again = client.get(url, headers={"If-None-Match": res.headers["etag"]})
    assert again.status_code == 304
    assert "immutable" not in client.get("/assets/css/app.css").headers["cache-control"]


@pytest.mark.parametrize("path", [
    "/assets/../pages.py", "/assets/..%2fpages.py", "/assets/%2e%2e/__init__.py", "/assets/js",
    "/assets/nothing.js", "/assets/", "/assets/js%5c..%5c..%5cpages.py", "/assets//etc/passwd",
])
def test_assets_outside_the_static_folder_are_not_served(client, path):
    res = client.get(path)
    assert res.status_code == 404
    assert b"__all__" not in res.content and b"root:" not in res.content


def test_the_online_tile_layer_is_opt_in(client, monkeypatch):
    monkeypatch.setenv("HARMWATCH_TILES_URL", "https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    monkeypatch.setenv("HARMWATCH_TILES_ATTRIBUTION", "© Example contributors")
    res = client.get("/")
    assert _config(res.text)["tiles"] == {"url": "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
                                          "attribution": "© Example contributors"}
    assert "img-src 'self' data: https://*.tiles.example.org" in res.headers["content-security-policy"]
    monkeypatch.setenv("HARMWATCH_TILES_URL", "javascript:alert(1)")
    assert _config(client.get("/").text)["tiles"] is None


def test_vendored_libraries_carry_their_licences():
    vendor = STATIC / "vendor"
    for folder in ("leaflet", "leaflet.markercluster", "topojson-client", "world-atlas", "natural-earth"):
        assert any(p.name.upper().startswith(("LICENSE", "MIT-LICENCE")) for p in (vendor / folder).iterdir()), folder
    assert (vendor / "VERSIONS").is_file()


def test_province_lines_are_served_small_and_public_domain(client):
    """The province layer is a packaged asset, loaded by the map later (not in the first-load budget)."""
    url = _config(client.get("/").text)["provinces"]
    assert url.startswith("/assets/vendor/natural-earth/provinces-10m.json?v=")
    got = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert got.status_code == 200
    if got.headers.get("content-encoding") == "gzip":
        assert int(got.headers["content-length"]) < 250_000
    plain = json.loads((STATIC / "vendor/natural-earth/provinces-10m.json").read_bytes())
    names = {f["properties"]["country"] for f in plain["features"]}
    assert {"Syria", "Iraq", "Yemen", "Libya", "Somalia", "Afghanistan", "Lebanon", "Ukraine"} <= names
    assert all(f["geometry"]["type"] == "MultiLineString" for f in plain["features"])
    syria = next(f for f in plain["features"] if f["properties"]["country"] == "Syria")
    assert len(syria["geometry"]["coordinates"]) > 10
    assert all(35 <= x <= 43 and 32 <= y <= 38 for line in syria["geometry"]["coordinates"] for x, y in line)
    assert len(gzip.compress((STATIC / "vendor/natural-earth/provinces-10m.json").read_bytes())) < 250_000
    assert "public domain" in (STATIC / "vendor/natural-earth/LICENSE").read_text()


def test_first_load_fits_the_budget(client):
    """Everything the map page loads before any incident data, gzipped, stays well under 1 MB."""
    res = client.get("/")
    urls = re.findall(r'(?:src|href)="(/assets/[^"]+)"', res.text) + [_config(res.text)["basemap"]]
    total = len(gzip.compress(res.content))
    for url in urls:
        got = client.get(url.replace("&amp;", "&"), headers={"Accept-Encoding": "gzip"})
        assert got.status_code == 200
        total += len(got.content) if got.headers.get("content-encoding") != "gzip" else \
            int(got.headers["content-length"])
    assert total < 600_000, f"first load is {total} bytes"


def test_scripts_never_write_html_from_data():
    for script in (STATIC / "js").glob("*.js"):
        code = script.read_text()
        for forbidden in ("insertAdjacentHTML", "document.write", "outerHTML", "eval(", "new Function"):
            assert forbidden not in code, (script.name, forbidden)
        assert not re.search(r"\.innerHTML\s*=", code), script.name


def test_asset_versions_follow_content():
    assert assets.asset_version("js/common.js") and assets.asset_version("js/common.js") != \
        assets.asset_version("js/map.js")
    assert assets.asset_version("missing.js") == ""


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_colours_meet_wcag_aa_contrast():
    css = (STATIC / "css" / "app.css").read_text()
    var = dict(re.findall(r"--([a-z]+):\s*(#[0-9a-fA-F]{6})", css))
    for fg, bg in [("ink", "paper"), ("muted", "paper"), ("muted", "tint"), ("link", "paper"), ("link", "tint"),
                   ("ink", "mark")]:
        assert _contrast(var[fg], var[bg]) >= 4.5, (fg, bg)
    badges = re.findall(r"\.grade-([a-z]+) \{ background: (#[0-9a-fA-F]{6}); \}", css)
    assert len(badges) == 5
    for grade, colour in badges:
        assert _contrast("#ffffff", colour) >= 4.5, grade
