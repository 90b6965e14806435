"""The sample reports and their index agree (no database, no network)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "harmwatch" / "samples"
REPORTS = SAMPLES / "reports"

CANONICAL_ACTORS = {
    "us-led-coalition", "united-states", "russia", "syrian-government", "iraqi-government",
    "turkey", "israel", "iran", "saudi-led-coalition", "isis", "sdf", "syrian-opposition",
    "hts", "hezbollah", "pmu", "unknown",
}
MEANS = {"airstrike", "drone", "helicopter", "artillery", "missile", "ground", "chemical", "ied", "unknown"}
RESPONSES = {"none", "admitted", "denied", "acknowledged-strike", "under-review"}
KINDS = {"incident", "statement", "tally", "trap-only"}
FORMATS = {".txt": "txt", ".html": "html", ".jsonl": "jsonl", ".rss": "rss"}
FIGURES = ("civilians_killed", "children_killed", "women_killed", "civilians_injured", "combatants_killed")
# How the texts write some figures in words (the claim contract's conventions: "dozens" is 12).
_UNITS = "one two three four five six seven eight nine ten eleven twelve".split()
WORDS = {n: [word] for n, word in enumerate(_UNITS, start=1)}
WORDS[3].append("several")
WORDS[10].append("العشرات")  # Arabic "tens"
WORDS[12].append("dozens")
WORDS[28] = ["twenty-eight"]


@lru_cache(maxsize=1)
def _index() -> dict:
    return json.loads((SAMPLES / "index.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _texts() -> dict[str, str]:
    """Document id -> plain text, read without the ingest package."""
    texts: dict[str, str] = {}
    for path in sorted(REPORTS.iterdir()):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for line in raw.splitlines():
                if line.strip():
                    obj = json.loads(line)
                    texts[obj["id"]] = obj["text"]
        elif path.suffix == ".rss":
            for item in ET.fromstring(raw.encode("utf-8")).iter("item"):
                texts[item.findtext("guid")] = f"{item.findtext('title')}\n\n{item.findtext('description')}"
        elif path.suffix == ".html":
            body = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", raw)
            texts[path.name] = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).replace("&middot;", "·")
        else:
            texts[path.name] = raw
    return texts


def _iso(value: str) -> None:
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    date.fromisoformat(value)


def _range(value: dict) -> tuple:
    assert set(value) == {"min", "max"}, value
    lo, hi = value["min"], value["max"]
    for v in (lo, hi):
        assert v is None or (isinstance(v, int) and v >= 0), value
    if lo is not None and hi is not None:
        assert lo <= hi, value
    return lo, hi


def test_report_files_are_utf8_and_not_empty():
    files = sorted(p for p in REPORTS.iterdir() if not p.name.startswith("."))
    assert files
    for path in files:
        assert path.suffix in FORMATS, path.name
        text = path.read_bytes().decode("utf-8")  # raises on invalid UTF-8
        assert text.strip(), path.name


def test_every_file_listed_and_every_listed_file_exists():
    docs = _index()["documents"]
    listed = {d["file"] for d in docs}
    present = {p.name for p in REPORTS.iterdir() if not p.name.startswith(".")}
    assert listed == present
    for d in docs:
        assert d["format"] == FORMATS[Path(d["file"]).suffix], d["id"]


def test_document_ids_match_the_files():
    docs = _index()["documents"]
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(_texts())
    for d in docs:
        if d["format"] in ("txt", "html"):
            assert d["id"] == d["file"]
        assert _texts()[d["id"]].strip(), d["id"]


def test_jsonl_and_rss_documents_carry_their_dates():
    published = {d["id"]: d["published"] for d in _index()["documents"]}
    for path in REPORTS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            assert obj["published"] == published[obj["id"]]
    for path in REPORTS.glob("*.rss"):
        for item in ET.fromstring(path.read_bytes()).iter("item"):
            day = item.findtext("pubDate").split()[1:4]
            stamp = date.fromisoformat(published[item.findtext("guid")])
            assert [int(day[0]), day[1], int(day[2])] == [stamp.day, stamp.strftime("%b"), stamp.year]


def test_documents_fields():
    docs = _index()["documents"]
    incident_ids = {i["id"] for i in _index()["incidents"]}
    for d in docs:
        assert d["kind"] in KINDS, d["id"]
        _iso(d["published"])
        assert d["language"] in ("en", "ar"), d["id"]
        assert set(d["incidents"]) <= incident_ids, d["id"]
        assert set(d["background_incidents"]) <= incident_ids, d["id"]
        if d["kind"] in ("tally", "trap-only"):
            assert not d["incidents"], d["id"]
        if d["kind"] == "incident":
            assert d["incidents"], d["id"]
    assert 40 <= len(docs) <= 50
    assert 3 <= sum(d["language"] == "ar" for d in docs) <= 4
    assert 2 <= sum(d["kind"] == "tally" for d in docs) <= 3
    assert any(d["kind"] == "trap-only" for d in docs)


def test_incidents_fields():
    incidents = _index()["incidents"]
    assert 12 <= len(incidents) <= 15
    assert len({i["id"] for i in incidents}) == len(incidents)
    doc_ids = {d["id"] for d in _index()["documents"]}
    for inc in incidents:
        _iso(inc["date"])
        place = inc["place"]
        assert re.fullmatch(r"[A-Z]{2}", place["country"]), inc["id"]
        assert place["name"] and place["admin1"], inc["id"]
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180, inc["id"]
        assert inc["perpetrators"] and set(inc["perpetrators"]) <= CANONICAL_ACTORS, inc["id"]
        assert inc["means"] in MEANS, inc["id"]
        assert inc["official_response"] in RESPONSES, inc["id"]
        for s in inc["official_statements"]:
            _iso(s["date"])
            assert s["document"] in doc_ids and s["by"] in CANONICAL_ACTORS and s["stance"] in RESPONSES
        assert inc["documents"] == [r["document"] for r in inc["reports"]]
        assert set(inc["documents"]) <= doc_ids, inc["id"]
    responses = {i["official_response"] for i in incidents}
    assert {"admitted", "denied"} <= responses
    assert sum(len(i["documents"]) >= 3 for i in incidents) >= 4


def test_each_document_lists_the_incidents_that_cite_it():
    cited: dict[str, set] = {}
    for inc in _index()["incidents"]:
        for doc in inc["documents"]:
            cited.setdefault(doc, set()).add(inc["id"])
    for d in _index()["documents"]:
        assert set(d["incidents"]) == cited.get(d["id"], set()), d["id"]


def test_merged_ranges_follow_the_reports():
    for inc in _index()["incidents"]:
        for key in FIGURES:
            stated = [_range(r[key]) for r in inc["reports"] if key in r]
            lows = [lo for lo, _ in stated if lo is not None]
            highs = [hi for _, hi in stated if hi is not None]
            expected = {"min": min(lows) if lows else None, "max": max(highs) if highs else None}
            if key == "civilians_killed" or lows or highs:
                assert inc.get(key) == expected, (inc["id"], key)
            else:
                assert key not in inc, (inc["id"], key)


def _written(number: int, text: str) -> bool:
    forms = [str(number), f"{number:,}"] + WORDS.get(number, [])
    lowered = text.lower()
    return any(re.search(rf"(?<![\w,])(?<!\d,){re.escape(f)}(?![\w-]|,\d)", lowered) for f in forms)


def test_report_figures_and_places_appear_in_their_text():
    texts = _texts()
    for inc in _index()["incidents"]:
        for r in inc["reports"]:
            text = texts[r["document"]]
            assert r["place_as_written"] in text, (inc["id"], r["document"])
            for key in FIGURES:
                for value in (r.get(key) or {}).values():
                    if value is not None:
                        assert _written(value, text), (inc["id"], r["document"], key, value)


def test_tallies():
    docs = {d["id"]: d for d in _index()["documents"]}
    tallies = _index()["tallies"]
    assert tallies
    for t in tallies:
        assert docs[t["document"]]["has_tally"], t["document"]
        assert set(t["perpetrators"]) <= CANONICAL_ACTORS
        assert re.fullmatch(r"[A-Z]{2}", t["country"])
        _iso(t["period"]["start"])
        _iso(t["period"]["end"])
        assert t["period"]["start"] <= t["period"]["end"]
        lo, hi = _range(t["killed"])
        assert any(_written(v, _texts()[t["document"]]) for v in (lo, hi) if v is not None)
    for d in docs.values():
        if d["kind"] == "tally":
            assert d["has_tally"], d["id"]
    assert {t["document"] for t in tallies} == {d["id"] for d in docs.values() if d["has_tally"]}


@pytest.mark.parametrize("name", ["index.json", "README.md"])
def test_companion_files_exist(name):
    assert (SAMPLES / name).read_text(encoding="utf-8").strip()
