"""`harmwatch extract` as the contract describes it: JSON Lines out, per-document errors, exit status."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from harmwatch.cli import app


def run(*args):
    # stdout and stderr apart: nothing but claims may reach stdout
    return CliRunner().invoke(app, ["extract", *args])


STORY = "Israeli jets struck a house in Rafah on 12 November 2023, killing five people, medics said."


def test_text_file_gives_json_lines(tmp_path, check_claims):
    f = tmp_path / "story-1.txt"
    f.write_text(STORY, encoding="utf-8")
    r = run(str(f), "--published", "2023-11-13")
    assert r.exit_code == 0, r.output
    claims = [json.loads(line) for line in r.stdout.splitlines()]
    check_claims(claims, STORY)
    assert [c["document"] for c in claims] == ["story-1.txt"]


def test_markdown_and_html(tmp_path):
    (tmp_path / "a.md").write_text("# Report\n\n" + STORY, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><head><title>T</title><script>var x=5;</script></head>"
                                     f"<body><p>{STORY}</p></body></html>", encoding="utf-8")
    r = run(str(tmp_path / "a.md"), str(tmp_path / "b.html"))
    assert r.exit_code == 0, r.output
    docs = [json.loads(line)["document"] for line in r.stdout.splitlines()]
    assert docs == ["a.md", "b.html"]


def test_jsonl_bulk_with_a_bad_line(tmp_path, check_claims):
    f = tmp_path / "bulk.jsonl"
    lines = [json.dumps({"id": "ok-1", "text": STORY, "published": "2023-11-13"}),
             "{not json",
             json.dumps({"id": "no-text"}),
             json.dumps({"id": "ok-2", "text": "Nothing happened here."}),
             json.dumps({"id": 7, "text": STORY})]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run(str(f))
    assert r.exit_code != 0
    claims = [json.loads(line) for line in r.stdout.splitlines()]
    check_claims(claims)
    assert [c["document"] for c in claims] == ["ok-1", "7"]
    assert "bulk.jsonl:2" in r.stderr and "bulk.jsonl:3" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_and_unsupported_files_are_reported_others_still_extracted(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF")
    r = run(str(tmp_path / "missing.txt"), str(bad), str(good))
    assert r.exit_code != 0
    assert [json.loads(line)["document"] for line in r.stdout.splitlines()] == ["good.txt"]
    assert "missing.txt" in r.stderr and "x.pdf" in r.stderr


def test_undecodable_file(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("café killed 3 people".encode("latin-1"))
    r = run(str(f))
    assert r.exit_code != 0 and "latin.txt" in r.stderr and "UTF-8" in r.stderr


def test_bad_published_option(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    r = run(str(f), "--published", "yesterday")
    assert r.exit_code != 0 and "--published" in r.stderr


def test_document_without_claims_exits_zero(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("", encoding="utf-8")
    r = run(str(f))
    assert r.exit_code == 0 and r.stdout == ""


def test_cli_start_does_not_load_the_extractor():
    code = ("import sys; from harmwatch.cli import app; "
            "print(any(m in sys.modules for m in ('harmwatch.extract.segment', 'harmwatch.extract.figures')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


PAGE = """<!DOCTYPE html><html><head><title>Jets kill nine in Idlib | Example News</title>
<script>var data = {"killed": 44};</script></head><body><nav><ul><li>Home</li><li>World</li></ul></nav>
<article><h1>Jets kill nine in Idlib</h1><p>By staff, 5 May 2019</p>
<p>BEIRUT (Reuters) - Russian air strikes on the town of Kafr Nabl in Syria's Idlib province killed nine civilians,
including four children, on Saturday, the White Helmets rescue service said.</p>
<p>Since late April, more than 300 civilians have been killed in the offensive, according to the UN.</p>
</article><footer>Call +44 20 7946 0000</footer></body></html>"""


def test_html_page_with_furniture(tmp_path, check_claims):
    from harmwatch.extract.text import html_to_text

    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    r = run(str(f))
    assert r.exit_code == 0, r.output
    claims = check_claims([json.loads(line) for line in r.stdout.splitlines()], html_to_text(PAGE))
    assert [c["kind"] for c in claims] == ["incident", "tally"]
    inc, tally = claims
    assert inc["figures"]["civilians_killed"]["min"] == 9 and inc["figures"]["children_killed"]["min"] == 4
    assert inc["perpetrators"] == ["russia"] and inc["date"]["start"] == "2019-05-04"
    assert "44" not in json.dumps(inc["figures"])
    assert tally["date"]["start"] == "2019-04-01" and tally["figures"]["civilians_killed"]["min"] == 300
