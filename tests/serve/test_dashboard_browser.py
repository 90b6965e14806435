"""The dashboard in headless Chromium, over a real uvicorn server and both database backends.

Set HARMWATCH_SCREENSHOTS=1 to write docs/screenshots/*.png from the sample reports that ship with
HarmWatch (test_screenshots; skipped otherwise).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from test_dashboard_data import HOSTILE, SECRET, seed

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
EMPTY_WORLD = '{"type": "Topology", "objects": {"countries": {"type": "GeometryCollection", "geometries": []}}, "arcs": []}'
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium package to run the browser tests)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(url: str):
    """Start uvicorn on a free loopback port over `url`; (base URL, stop function)."""
    import uvicorn

    from harmwatch.serve.app import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning",
                                        lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard server did not start")
        time.sleep(0.05)

    def stop() -> None:
        srv.should_exit = True
        thread.join(10)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture
def server(db_url, monkeypatch):
    """A uvicorn server on 127.0.0.1 over a database holding the sample incidents; its base URL."""
    monkeypatch.delenv("HARMWATCH_TILES_URL", raising=False)
    seed(db_url)
    base, stop = _serve(db_url)
    yield base
    stop()


@pytest.fixture
def page(browser):
    # bypass_csp: the escaping must hold on its own, without the Content-Security-Policy behind it
    # (test_web.py checks the policy); it also lets Playwright evaluate its waiting conditions.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    # an empty world keeps these tests quick; the real outlines are drawn in the CSP test
    context.route("**/countries-50m.json*", lambda route: route.fulfill(
        status=200, content_type="application/json", body=EMPTY_WORLD))
    context.route("**/provinces-10m.json*", lambda route: route.fulfill(
        status=200, content_type="application/json", body='{"type":"FeatureCollection","features":[]}'))
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready]", timeout=15_000)
    assert page.get_attribute("body", "data-ready") == "1", page.text_content("main")


def _shown(page) -> int:
    return int(page.get_attribute("body", "data-shown"))


def test_map_loads_markers_and_filters(server, page):
    _open(page, server + "/")
    assert _shown(page) == 5
    assert "Showing 5 of 5 incidents" in page.text_content("#map-status")
    page.wait_for_function("document.querySelector('#map-status').textContent.includes('1 more incident has')")
    page.wait_for_selector("path.hw-marker, .hw-cluster")
    assert page.locator("path.hw-marker").count() + page.locator(".hw-cluster").count() >= 2
    assert page.locator("#incident-table tbody tr").count() == 5
    assert page.locator("#timeline svg .series").count() >= 3
    assert page.locator("#f-perpetrators input[type=checkbox]").count() == 5  # with "unknown"

    page.uncheck("#f-perpetrator-russia")  # a belligerent
    page.wait_for_function("document.body.dataset.shown === '4'")
    assert page.evaluate("HW.state.clusters.getLayers().length") == 4
    assert "perpetrator=" in page.url

    page.check("#f-perpetrator-russia")
    page.uncheck("#f-grade-confirmed")  # a grade
    page.wait_for_function("document.body.dataset.shown === '3'")

    page.check("#f-grade-confirmed")
    page.select_option("#f-country", "IQ")  # a country (answered by the API)
    page.wait_for_function("document.body.dataset.shown === '1'")
    assert "Mosul" in page.text_content("#incident-table tbody")

    page.select_option("#f-country", "")
    page.fill("#f-start", "2018-01-01")  # a date range
    page.wait_for_function("document.body.dataset.shown === '2'")
    csv_url = page.get_attribute("#dl-csv", "href")
    assert "start=2018-01-01" in csv_url  # the download follows the filters
    got = page.request.get(server + csv_url)
    assert got.ok and len(got.text().strip().splitlines()) == 1 + 2
    assert page.evaluate("window.__hwXss") is None
    assert page.locator("main img[src=x]").count() == 0
    assert page.errors == []


def test_filters_come_back_from_the_address_and_work_by_keyboard(server, page):
    _open(page, server + "/?grade=confirmed&start=2017-01-01")
    assert _shown(page) == 2
    assert not page.is_checked("#f-grade-fair")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.focus("#f-grade-fair")
    page.keyboard.press("Space")
    page.wait_for_function("document.body.dataset.shown === '3'")
    page.focus("#f-reset")
    page.keyboard.press("Enter")
    page.wait_for_function("document.body.dataset.shown === '5'")


def test_incident_page_shows_highlighted_evidence(server, page):
    _open(page, server + "/incidents/hw-mayadin01")
    mark = page.locator("#i-claims mark").first
    assert mark.text_content() == ("air strikes by the US-led coalition on Thursday killed at least 35 civilians, "
                                   "and possibly as many as 80")
    context = page.text_content("#i-claims blockquote")
    assert context.startswith("MAYADIN, Syria") and "Rescue teams" in context
    assert page.get_attribute("#i-claims a", "href") == "https://example.org/reports/0"
    figures = page.text_content("#i-figures")
    assert "35–80" in figures and "at least 11" in figures
    assert "precision: day" in page.text_content("#i-facts")
    assert "precision: settlement" in page.text_content("#i-facts")
    assert "Fair" in page.text_content("#i-grade") or "fair" in page.text_content("#i-grade")
    assert "single source" in page.text_content("#i-reasons")
    assert page.locator("#i-map path.hw-marker").count() == 1  # the place on a small map

    claims = page.text_content("#i-claims")
    assert "confidential source" in claims
    assert "Samira" not in page.content() and "0177" not in page.content() and SECRET not in page.content()

    _open(page, server + "/incidents/hw-raqqa0002")
    assert "Deaths conceded: 4" in page.text_content("#i-responses")
    assert "Set by an analyst: checked against hospital records" in page.text_content("#i-reasons")
    assert page.locator(".notice").count() == 0

    _open(page, server + "/incidents/hw-dup0007")  # not on the map, but its page says why
    assert "duplicate" in page.text_content(".notice")
    assert page.errors == []


def test_document_markup_is_shown_as_text_never_run(server, page):
    _open(page, server + "/incidents/hw-hostile05")
    assert page.evaluate("window.__hwXss") is None
    assert page.locator("main script:not([src]), main img").count() == 0
    assert HOSTILE in page.text_content("#i-title")
    assert HOSTILE in page.text_content("#i-claims blockquote")
    assert HOSTILE in page.text_content("#i-claims .doc")


def test_unknown_incident_says_so(server, page):
    page.goto(server + "/incidents/hw-nothing")
    page.wait_for_selector("body[data-ready=error]")
    assert "no incident" in page.text_content("#incident-status")


def test_tallies_page_and_phone_width(server, browser, page):
    _open(page, server + "/tallies")
    assert page.locator("#tally-table tbody tr").count() >= 3
    page.wait_for_selector("#compare-table tbody tr td.num")
    assert "US-led coalition" in page.text_content("#compare-table")
    page.select_option("#t-by", "year")
    page.wait_for_function("document.querySelector('#tally-table thead').textContent.includes('Year')")
    assert page.errors == []

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                bypass_csp=True)
    try:
        mobile = phone.new_page()
        _open(mobile, server + "/")
        width = mobile.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the page scrolls sideways at phone width ({width}px)"
        box = mobile.locator("#map").bounding_box()
        assert box and box["width"] > 300 and box["y"] < 300  # the map comes first on a phone
    finally:
        phone.close()


@pytest.mark.skipif(not os.environ.get("HARMWATCH_SCREENSHOTS"), reason="set HARMWATCH_SCREENSHOTS=1 to take them")
def test_screenshots(browser, tmp_path, monkeypatch):
    """docs/screenshots/: the map, an incident, the tallies and the map at phone width, on the demo data."""
    from importlib.resources import as_file, files

    from harmwatch.db import connect
    from harmwatch.ingest import ingest_paths
    from harmwatch.pipeline import run as run_pipeline

    monkeypatch.delenv("HARMWATCH_TILES_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    engine = connect(url)
    with as_file(files("harmwatch") / "samples" / "reports") as folder:
        ingest_paths(engine, [folder])
    run_pipeline(engine)
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from harmwatch.db.models import ClaimLink, Incident

    with Session(engine) as s:
        key = s.execute(select(Incident.key).join(ClaimLink, ClaimLink.incident_id == Incident.id)
                        .where(Incident.status == "active").group_by(Incident.key)
                        .order_by(func.count(ClaimLink.id).desc(), Incident.key).limit(1)).scalar_one()
    base, stop = _serve(url)
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for name, path, width, height in [("map.png", "/", 1280, 900), ("incident.png", f"/incidents/{key}", 1280, 900),
                                          ("tallies.png", "/tallies", 1280, 900), ("map-phone.png", "/", 390, 844)]:
            context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
            try:
                pg = context.new_page()
                _open(pg, base + path)
                if path == "/":
                    pg.wait_for_selector("body[data-basemap]")
                    if width > 400:  # a region's zoom: the province lines are drawn too
                        pg.wait_for_selector("body[data-provinces]")
                pg.wait_for_timeout(500)
                pg.screenshot(path=str(SHOTS / name), full_page=path != "/" or width > 400)
            finally:
                context.close()
    finally:
        stop()


def test_pages_run_under_their_content_security_policy(server, browser):
    """No page needs anything its CSP forbids (inline script or style, eval, other hosts)."""
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    try:
        pg = context.new_page()
        problems: list[str] = []
        pg.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        pg.on("pageerror", lambda exc: problems.append(str(exc)))
        for path in ("/", "/incidents/hw-mayadin01", "/tallies"):
            pg.goto(server + path)
            pg.wait_for_selector("body[data-ready='1']", timeout=15_000)
        pg.goto(server + "/")
        pg.wait_for_selector("body[data-basemap]", timeout=15_000)
        # the province lines come after the countries, drawn under the markers
        pg.wait_for_selector(".leaflet-provinces-pane path.hw-province", state="attached", timeout=15_000)
        assert pg.locator(".leaflet-provinces-pane path.hw-province").count() >= 10
        below = pg.evaluate("+getComputedStyle(document.querySelector('.leaflet-provinces-pane')).zIndex"
                            " < +getComputedStyle(document.querySelector('.leaflet-marker-pane')).zIndex")
        assert below
        pg.click("#f-grade-weak")
        pg.wait_for_selector("body[data-shown='4']")
        assert problems == []
    finally:
        context.close()


def test_online_tiles_only_when_configured(server, page, monkeypatch):
    tiles: list[str] = []
    pixel = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c"
                          "6360000002000154a24f5d0000000049454e44ae426082")

    def fake_tile(route):
        tiles.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=pixel)

    page.route("http://tiles.invalid/**", fake_tile)
    _open(page, server + "/")
    assert tiles == []  # offline by default
    monkeypatch.setenv("HARMWATCH_TILES_URL", "http://tiles.invalid/{z}/{x}/{y}.png")
    monkeypatch.setenv("HARMWATCH_TILES_ATTRIBUTION", "<b>Tiles</b> & co")
    _open(page, server + "/")
    page.wait_for_selector("img.leaflet-tile")
    assert tiles and all(t.startswith("http://tiles.invalid/") for t in tiles)
    assert "<b>Tiles</b> & co" in page.text_content(".leaflet-control-attribution")
