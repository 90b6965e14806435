"""The commands through Typer's runner, on both backends."""

import json

from typer.testing import CliRunner

from harmwatch.cli import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_help_lists_the_pipeline_commands():
    out = invoke("--help").output
    for name in ("ingest", "extract", "run", "export", "demo"):
        assert name in out


def test_ingest_run_export_round_trip(db_url, tmp_path):
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "a.txt").write_text("MOSUL, March 17 - An air strike killed 12 civilians in al-Jadida.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b1", "text": "Shelling hit a school in Idlib."}) + "\n"
                                      + "{oops\n", encoding="utf-8")
    result = invoke("--db", db_url, "ingest", str(tmp_path))
    assert result.exit_code == 1
    assert "b.jsonl:2: malformed JSON" in result.output
    assert "2 stored, 0 duplicate, 1 refused" in result.output
    again = invoke("--db", db_url, "ingest", str(tmp_path / "a.txt"))
    assert again.exit_code == 0 and "0 stored, 1 duplicate" in again.output
    first = invoke("--db", db_url, "run", "--json")
    assert first.exit_code == 0
    assert json.loads(first.stdout.strip().splitlines()[-1])["extract"]["documents"] == 2
    second = invoke("--db", db_url, "run", "--json")
    assert json.loads(second.stdout.strip().splitlines()[-1])["extract"]["documents"] == 0
    for fmt in ("jsonl", "csv", "acled", "geojson"):
        assert invoke("--db", db_url, "export", "incidents", "--format", fmt).exit_code == 0


def test_bad_database_url_is_one_line():
    result = runner.invoke(app, ["--db", "postgresql://nobody@127.0.0.1:1/none", "run"])
    assert result.exit_code == 1
    assert result.output.startswith("harmwatch: cannot open database")
    assert "Traceback" not in result.output


def test_bad_published_date_is_one_line(tmp_path):
    result = runner.invoke(app, ["--db", f"sqlite:///{tmp_path}/x.db", "ingest", "--published", "28/06/2017", str(tmp_path)])
    assert result.exit_code == 1 and "--published '28/06/2017'" in result.output


def test_unknown_export_is_one_line(tmp_path):
    result = runner.invoke(app, ["--db", f"sqlite:///{tmp_path}/x.db", "export", "claims"])
    assert result.exit_code == 1 and "unknown" in result.output
