"""The incident list's paging and totals with and without counts kept, gzip, and the map's country."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from test_api_data import client_for, seed


def _add_undated(db_url: str) -> None:
    """Two more incidents in Syria: one with no date, one with no death figure."""
    from sqlalchemy.orm import Session

    from harmwatch.db import connect
    from harmwatch.db.models import Incident

    with Session(connect(db_url)) as s, s.begin():
        s.add(Incident(key="hw-nodate0001", date_start=None, country="SY", perpetrators=["russia"],
                       perpetrator="russia", killed_min=3, killed_max=3, grade="weak", data={}))
        s.add(Incident(key="hw-nokilled01", date_start=date(2016, 6, 1), date_end=date(2016, 6, 1), country="SY",
                       perpetrators=["russia"], perpetrator="russia", killed_min=None, grade="weak", data={}))


@pytest.mark.parametrize("count_ttl", [0.0, 60.0])
def test_every_page_and_total(db_url, count_ttl):
    """Walking the list page by page gives the whole list once, with the same exact total,
    whether the total comes from a count, from the cache, or from a short last page."""
    seed(db_url)
    _add_undated(db_url)
    with client_for(db_url, count_ttl=count_ttl) as client:
        for query in ("", "country=SY", "country=YE", "min_killed=4"):
            for sort in ("date", "-date", "killed", "-killed"):
                whole = client.get(f"/api/incidents?sort={sort}&{query}").json()
                ids = [i["id"] for i in whole["items"]]
                assert whole["total"] == len(ids), (query, sort)
                for size in (1, 2):
                    walked = []
                    for offset in range(0, len(ids) + 3, size):
                        page = client.get(f"/api/incidents?sort={sort}&limit={size}&offset={offset}&{query}").json()
                        assert page["total"] == len(ids), (query, sort, size, offset)
                        walked += [i["id"] for i in page["items"]]
                    assert walked == ids, (query, sort, size)
        undated = client.get("/api/incidents?sort=date&country=SY").json()["items"]
        assert undated[-1]["id"] == "hw-nodate0001"
        assert client.get("/api/incidents?sort=-killed&country=SY").json()["items"][-1]["id"] == "hw-nokilled01"


def test_large_responses_are_gzipped_when_asked(db_url):
    seed(db_url)
    with client_for(db_url) as client:
        plain = client.get("/api/incidents", headers={"Accept-Encoding": "identity"})
        assert plain.status_code == 200 and "content-encoding" not in plain.headers
        assert len(plain.content) >= 1024
        packed = client.get("/api/incidents", headers={"Accept-Encoding": "gzip"})
        assert packed.headers["content-encoding"] == "gzip"
        assert "accept-encoding" in packed.headers["vary"].lower()
        assert packed.json() == plain.json()  # the client unpacks it
        assert packed.headers["x-content-type-options"] == "nosniff"
        small = client.get("/api/incidents/hw-nothing", headers={"Accept-Encoding": "gzip"})
        assert small.status_code == 404 and "content-encoding" not in small.headers  # under 1 KB


def test_gzip_on_the_wire(db_url):
    """The bytes sent are gzip (read raw, without the client's silent unpacking)."""
    seed(db_url)
    with client_for(db_url) as client:
        expected = client.get("/api/incidents", headers={"Accept-Encoding": "identity"}).json()
        with client.stream("GET", "/api/incidents", headers={"Accept-Encoding": "gzip"}) as resp:
            assert resp.headers["content-encoding"] == "gzip"
            assert resp.headers["content-type"].startswith("application/json")
            body = b"".join(resp.iter_raw())
        assert int(resp.headers["content-length"]) == len(body)
        assert json.loads(gzip.decompress(body)) == expected


def test_map_features_name_their_country(db_url):
    keys = seed(db_url)
    with client_for(db_url) as client:
        feats = client.get("/api/incidents.geojson").json()["features"]
        countries = {f["properties"]["id"]: f["properties"]["country"] for f in feats}
        assert countries[keys["mosul"]] == "IQ" and countries[keys["aleppo"]] == "SY"
        for f in feats:  # every earlier property is still there
            assert {"id", "date", "perpetrators", "killed_min", "killed_max", "grade", "place"} <= set(f["properties"])
