"""The public, read-only routes on both backends: filters, sorting, paging, detail, map, downloads."""

from __future__ import annotations

import csv
import io
import json

import pytest

from test_api_data import PUBLIC_TEXT, client_for, seed


@pytest.fixture
def api(db_url):
    keys = seed(db_url)
    with client_for(db_url) as client:
        yield client, keys


def _ids(resp) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [item["id"] for item in resp.json()["items"]]


def test_list_default_sort_and_shape(api):
    client, keys = api
    body = client.get("/api/incidents").json()
    assert body["total"] == 3 and body["limit"] == 50 and body["offset"] == 0
    assert [i["id"] for i in body["items"]] == [keys["mayadin"], keys["mosul"], keys["aleppo"]]  # newest first
    mosul = body["items"][1]
    assert mosul["grade"] == "confirmed"  # the analyst's override wins
    assert mosul["documents"] == ["mosul-002.txt"] and mosul["claims"] == ["c-mosul-1"]
    assert mosul["figures"]["civilians_killed"] == {"min": 100, "max": 200}
    assert keys["merged"] not in _ids(client.get("/api/incidents"))


FILTER_CASES = [
    ("start=2017-01-01", ["mayadin", "mosul"]),
    ("end=2016-12-31", ["aleppo"]),
    ("start=2017-03-10&end=2017-03-10", ["mosul"]),
    ("perpetrator=russia", ["aleppo"]),
    ("perpetrator=us-led-coalition", ["mayadin", "mosul"]),  # mosul: second-named belligerent
    ("perpetrator=syrian-government,iraqi-government", ["mosul", "aleppo"]),
    ("country=SY", ["mayadin", "aleppo"]),
    ("country=iq", ["mosul"]),
    ("admin1=Nineveh", ["mosul"]),
    ("grade=confirmed", ["mosul"]),
    ("grade=fair", []),  # the computed grade is overridden
    ("grade=weak,contested", ["mayadin", "aleppo"]),
    ("min_killed=12", ["mayadin", "mosul"]),
    ("min_killed=13", ["mosul"]),
    ("country=SY&min_killed=10&grade=weak", ["mayadin"]),
]


def test_filters(api):
    client, keys = api
    for query, expected in FILTER_CASES:  # one database for every case: the suite stays quick
        resp = client.get(f"/api/incidents?{query}")
        assert _ids(resp) == [keys[k] for k in expected], query
        assert resp.json()["total"] == len(expected), query


def test_sort_and_paging(api):
    client, keys = api
    assert _ids(client.get("/api/incidents?sort=date")) == [keys["aleppo"], keys["mosul"], keys["mayadin"]]
    assert _ids(client.get("/api/incidents?sort=-killed")) == [keys["mosul"], keys["mayadin"], keys["aleppo"]]
    assert _ids(client.get("/api/incidents?sort=killed")) == [keys["aleppo"], keys["mayadin"], keys["mosul"]]
    page = client.get("/api/incidents?sort=date&limit=2&offset=1").json()
    assert page["total"] == 3 and page["limit"] == 2 and page["offset"] == 1
    assert [i["id"] for i in page["items"]] == [keys["mosul"], keys["mayadin"]]
    assert _ids(client.get("/api/incidents?offset=10")) == []


BAD_QUERIES = [
    "limit=0", "limit=501", "offset=-1", "sort=name", "grade=excellent", "start=2017-13-01", "start=yesterday",
    "start=2018-01-01&end=2017-01-01", "country=Syria", "min_killed=-3", "perpetrator=Robert%27);DROP%20TABLE",
    "min_killed=abc",
]


def test_bad_parameters_are_422_with_a_reason(api):
    client, _ = api
    for query in BAD_QUERIES:
        resp = client.get(f"/api/incidents?{query}")
        assert resp.status_code == 422, (query, resp.text)
        assert resp.json()["detail"], query


def test_meta(api):
    client, _ = api
    meta = client.get("/api/meta").json()
    assert meta["perpetrators"] == ["iraqi-government", "russia", "syrian-government", "us-led-coalition"]
    assert meta["countries"] == ["IQ", "SY"]
    assert meta["grades"] == ["confirmed", "fair", "weak", "contested", "discounted"]
    assert meta["date_min"] == "2016-01-05" and meta["date_max"] == "2017-06-26" and meta["version"]


def test_incident_detail_with_evidence_in_context(api):
    client, keys = api
    body = client.get(f"/api/incidents/{keys['mayadin']}").json()
    assert body["id"] == keys["mayadin"] and body["grade"] == "weak"
    public = [c for c in body["claims"] if c["document"].get("confidential") is False]
    assert len(public) == 1 and len(body["claims"]) == 2
    claim = public[0]
    assert claim["id"] == "c-wire-1" and claim["document"]["id"] == "wire-001.txt"
    assert claim["document"]["published"] == "2017-06-28" and claim["document"]["outlet"] == "Wire"
    ev = claim["evidence"][0]
    assert ev["text"] == PUBLIC_TEXT[ev["start"]:ev["end"]] and ev["text"].startswith("Coalition warplanes")
    assert ev["before"] == PUBLIC_TEXT[max(0, ev["start"] - 200):ev["start"]]
    assert ev["after"] == PUBLIC_TEXT[ev["end"]:ev["end"] + 200]
    hidden = [c for c in body["claims"] if c["document"] == {"confidential": True}]
    assert len(hidden) == 1 and hidden[0]["evidence"] == [] and hidden[0]["sources"] == []
    assert body["confidential_sources"] == 1


def test_incident_detail_statements_and_errors(api):
    client, keys = api
    body = client.get(f"/api/incidents/{keys['mosul']}").json()
    assert body["official_statements"][0]["deaths_conceded"] == 105
    assert body["official_statements"][0]["kind"] == "admitted"
    assert client.get("/api/incidents/hw-nothing").status_code == 404
    assert client.get("/api/incidents/" + "x" * 65).status_code == 422
    assert client.get("/api/incidents/a%20b").status_code == 422


def test_script_text_is_data_not_markup(api):
    client, keys = api
    resp = client.get(f"/api/incidents/{keys['mosul']}")
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.headers["x-content-type-options"] == "nosniff"
    ev = resp.json()["claims"][0]["evidence"][0]
    assert '<script>alert("x")</script>' in ev["text"]  # kept verbatim, as JSON data


def test_geojson(api):
    client, keys = api
    resp = client.get("/api/incidents.geojson?country=SY")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/geo+json")
    fc = resp.json()
    assert fc["type"] == "FeatureCollection"
    props = {f["properties"]["id"]: f for f in fc["features"]}
    assert set(props) == {keys["mayadin"], keys["aleppo"]}
    f = props[keys["mayadin"]]
    assert f["geometry"] == {"type": "Point", "coordinates": [40.45, 35.02]}
    assert f["properties"] == {"id": keys["mayadin"], "date": "2017-06-26", "perpetrators": ["us-led-coalition"],
                               "killed_min": 12, "killed_max": 70, "grade": "weak", "place": "Mayadin",
                               "country": "SY"}
    grades = {f["properties"]["grade"] for f in client.get("/api/incidents.geojson").json()["features"]}
    assert "confirmed" in grades and "fair" not in grades
    iraq = client.get("/api/incidents.geojson?country=IQ").json()["features"]
    assert [f["properties"]["country"] for f in iraq] == ["IQ"]  # the dashboard colours points by it


def test_downloads(api):
    client, keys = api
    resp = client.get("/api/export/incidents.csv")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert {r["id"] for r in rows} == {keys["mayadin"], keys["mosul"], keys["aleppo"]}
    lines = client.get("/api/export/incidents.jsonl").text.strip().splitlines()
    assert {json.loads(line)["id"] for line in lines} == {keys["mayadin"], keys["mosul"], keys["aleppo"]}
    fc = client.get("/api/export/incidents.geojson?country=IQ").json()
    assert [f["properties"]["id"] for f in fc["features"]] == [keys["mosul"]]


def test_tallies_and_comparison(api):
    tally = pytest.importorskip("harmwatch.tally")
    if not hasattr(tally, "tolls") or not hasattr(tally, "compare"):
        pytest.skip("harmwatch.tally.tolls/compare are not written yet")
    client, _ = api
    body = client.get("/api/tallies?by=belligerent,year").json()
    assert body["by"] == ["perpetrator", "year"] and isinstance(body["rows"], list)
    assert client.get("/api/tallies?by=planet").status_code == 422
    assert client.get("/api/tallies?grade=confirmed").status_code == 200
    assert isinstance(client.get("/api/comparison").json()["rows"], list)


def test_long_incidents_overlap_a_date_range(db_url):
    """An incident known only to the year matches any range inside that year (the index bound
    on date_start must not cut it off)."""
    from datetime import date

    from sqlalchemy.orm import Session

    from harmwatch.db import connect
    from harmwatch.db.models import Incident

    seed(db_url)
    with Session(connect(db_url)) as s, s.begin():
        s.add(Incident(key="hw-year2015", date_start=date(2015, 1, 1), date_end=date(2015, 12, 31),
                       date_precision="year", country="SY", perpetrators=["russia"], perpetrator="russia",
                       killed_min=None, grade="weak", data={}))
    with client_for(db_url) as client:
        assert _ids(client.get("/api/incidents?start=2015-06-01&end=2015-06-30")) == ["hw-year2015"]
        assert _ids(client.get("/api/incidents?start=2016-01-01&end=2016-01-31")) == ["hw-aleppo001"]
        # no death figure: last whichever way deaths are sorted, and counted in the total
        for sort in ("killed", "-killed"):
            body = client.get(f"/api/incidents?sort={sort}&country=SY").json()
            assert body["total"] == 3 and body["items"][-1]["id"] == "hw-year2015", sort
        page = client.get("/api/incidents?sort=-killed&country=SY&limit=1&offset=2").json()
        assert [i["id"] for i in page["items"]] == ["hw-year2015"] and page["total"] == 3


def test_response_cache_is_emptied_by_writes(db_url):
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from harmwatch.db import connect
    from harmwatch.db.models import Incident
    from test_api_data import auth, make_user

    keys = seed(db_url)
    editor = make_user(db_url, "ed", "editor")
    with client_for(db_url, cache_ttl=600) as client:
        path = f"/api/incidents/{keys['mayadin']}"
        assert client.get(path).json()["grade"] == "weak"
        with Session(connect(db_url)) as s, s.begin():  # a change made outside the API...
            s.execute(update(Incident).where(Incident.key == keys["mayadin"]).values(grade="contested"))
        assert client.get(path).json()["grade"] == "weak"  # ...shows once the cached answer expires
        assert client.get(path + "?x=1").status_code == 200
        resp = client.post(f"{path}/grade", json={"grade": "fair", "reason": "two sources"}, headers=auth(editor))
        assert resp.status_code == 200
        assert client.get(path).json()["grade"] == "fair"  # a write through the API empties the cache
        assert client.get("/api/incidents?grade=fair").json()["total"] == 1
        assert client.get("/api/incidents.geojson").headers["content-type"].startswith("application/geo+json")
        assert client.get("/api/incidents.geojson").headers["content-type"].startswith("application/geo+json")


def test_listing_records_equal_the_public_export(db_url):
    """The API's fast record builder and the export's public mode give the same records."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from harmwatch.db import connect
    from harmwatch.db.models import Incident
    from harmwatch.serve.api.records import public_records
    from harmwatch.serve.export import incident_records

    seed(db_url)
    with Session(connect(db_url)) as s:
        exported = {r["id"]: r for r in incident_records(s, public=True, query=select(Incident))}
        page = [tuple(r) for r in s.execute(select(Incident.id, Incident.key).order_by(Incident.key))]
        assert len(page) == 4
        for rec in public_records(s, page):
            assert rec == exported[rec["id"]], rec["id"]
