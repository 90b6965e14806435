"""`harmwatch gazetteer import`: a GeoNames dump (SY.txt format) into `places`, then found in text.

The dump below is written for these tests (invented villages, GeoNames' 19-column layout).
Every test runs on SQLite and on PostgreSQL (the `db_url` fixture).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.db import connect, session_scope
from harmwatch.db.models import Place
from harmwatch.extract import gazetteer
from harmwatch.extract.gazetteer_db import DumpError, import_dump, read_dump
from harmwatch.extract.places import find_places, resolve


def _row(gid, name, ascii_name, alts, lat, lon, fclass, fcode, admin1, population=0):
    return "\t".join([str(gid), name, ascii_name, alts, str(lat), str(lon), fclass, fcode, "SY", "", admin1,
                      "", "", "", str(population), "", "350", "Asia/Damascus", "2024-01-01"])


DUMP = "\n".join([
    _row(9990001, "Al Qurnfulīyah", "Al Qurnfuliyah", "Qurnfuliya,Al-Qurnfuliya,القرنفلية", 36.61, 38.02, "P", "PPL", "09"),
    _row(9990002, "Tall Zuhūr", "Tall Zuhur", "Tal Zuhur,Tell Zhour,تل زهور", 35.95, 40.31, "P", "PPL", "07", 800),
    _row(9990003, "Mukhayyam Nūr", "Mukhayyam Nur", "Nur Camp,مخيم نور", 36.10, 36.70, "S", "CMPRF", "12"),
    _row(9990004, "Mustashfá Wādī", "Mustashfa Wadi", "Wadi Hospital", 36.00, 36.60, "S", "HSP", "12"),
    _row(9990005, "Minṭaqat Ṣafṣafah", "Mintaqat Safsafah", "Safsafah District", 35.50, 36.20, "A", "ADM2", "10"),
]) + "\n"


@pytest.fixture
def dump(tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text(DUMP, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _forget_database():
    yield
    gazetteer.use_database(None)
    gazetteer.reset()


def test_read_dump_keeps_places_areas_and_camps(dump):
    rows = list(read_dump(dump))
    assert [r["gazetteer_id"] for r in rows] == ["geonames:9990001", "geonames:9990002", "geonames:9990003",
                                                "geonames:9990005"]
    assert rows[0]["admin1"] == "09" and rows[0]["country"] == "SY"
    assert "القرنفلية" in rows[0]["alternate_names"]


def test_read_dump_rejects_other_files(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("just some words\nand more\n", encoding="utf-8")
    with pytest.raises(DumpError, match="line 1"):
        list(read_dump(bad))


def test_import_then_find(db_url, dump):
    engine = connect(db_url)
    assert resolve("Qurnfuliya") is None
    with session_scope(engine) as session:
        assert import_dump(session, dump) == {"read": 4, "inserted": 4, "updated": 0}
    with session_scope(engine) as session:
        assert import_dump(session, dump) == {"read": 4, "inserted": 0, "updated": 4}
        assert session.scalar(select(func.count()).select_from(Place)) == 4
    gazetteer.use_database(db_url)
    found = find_places("Shells hit the village of Al-Qurnfuliya east of Aleppo.")
    village = [p for p in found if p.name == "Al-Qurnfuliya"][0]
    assert (village.gazetteer_id, village.precision, village.admin1) == ("geonames:9990001", "settlement", "Aleppo")
    assert (village.lat, village.lon) == (36.61, 38.02)
    assert resolve("تل زهور").gazetteer_id == "geonames:9990002"
    assert resolve("Tell Zhour", countries=["SY"]).admin1 == "Deir ez-Zor"
    assert resolve("Nur Camp").gazetteer_id == "geonames:9990003"
    assert resolve("Safsafah District").precision == "district"
    assert resolve("Wadi Hospital") is None


def test_cli_import_and_lookup(db_url, dump):
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db_url, "gazetteer", "import", str(dump)])
    assert result.exit_code == 0, result.output
    assert "4 places read, 4 added" in result.output
    result = runner.invoke(app, ["--db", db_url, "gazetteer", "lookup", "Tal Zuhur", "--json"])
    assert result.exit_code == 0, result.output
    place = json.loads(result.output)
    assert place["gazetteer_id"] == "geonames:9990002" and place["country"] == "SY"


def test_cli_import_errors_are_one_line(db_url, tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["--db", db_url, "gazetteer", "import", str(tmp_path / "none.txt")])
    assert missing.exit_code == 1 and "no such file" in missing.output
    bad = tmp_path / "bad.txt"
    bad.write_text("a\tb\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", db_url, "gazetteer", "import", str(bad)])
    assert result.exit_code == 1
    assert "not a GeoNames dump" in result.output and "Traceback" not in result.output


def test_read_dump_from_zip_and_gzip(tmp_path):
    import gzip
    import zipfile

    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "not the dump\n")
        z.writestr("SY.txt", DUMP)
    packed = tmp_path / "SY.txt.gz"
    packed.write_bytes(gzip.compress(DUMP.encode("utf-8")))
    assert len(list(read_dump(archive))) == len(list(read_dump(packed))) == 4
