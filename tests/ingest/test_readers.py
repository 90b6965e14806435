from datetime import date
from pathlib import Path

from harmwatch.ingest import Problem, RawDocument, ReadOptions, read_path


def items(path, **kw):
    return list(read_path(Path(path), ReadOptions(**kw)))


def test_text_file_is_one_document_named_by_its_file(tmp_path):
    (tmp_path / "r1.txt").write_text("An air strike killed 12 civilians.", encoding="utf-8")
    [doc] = items(tmp_path / "r1.txt", published=date(2017, 6, 28))
    assert isinstance(doc, RawDocument) and doc.doc_id == "r1.txt" and doc.published == date(2017, 6, 28)


def test_refusals_name_the_input_and_the_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    (tmp_path / "big.txt").write_bytes(b"a" * 2000)
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    got = {Path(p.origin).name: p.reason for p in items(tmp_path, max_bytes=1000)}
    assert got["empty.txt"] == "empty file"
    assert "NUL" in got["nul.txt"]
    assert "over the" in got["big.txt"]
    assert "unsupported file type '.pdf'" in got["x.pdf"]
    assert all(isinstance(p, Problem) and p.refused for p in items(tmp_path, max_bytes=1000))


def test_invalid_utf8_is_read_with_a_warning(tmp_path):
    (tmp_path / "l.txt").write_bytes("caf\xe9 was shelled".encode("latin-1"))
    warning, doc = items(tmp_path / "l.txt")
    assert not warning.refused and "invalid UTF-8" in warning.reason
    assert "\ufffd" in doc.text


def test_jsonl_reports_bad_lines_and_reads_the_rest(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "text": "one", "published": "2020-01-02", "outlet": "Wire"}\n'
                    '{not json\n\n{"id": "b"}\n[1]\n{"id": 7, "text": "two"}\n', encoding="utf-8")
    got = items(path)
    docs = [d for d in got if isinstance(d, RawDocument)]
    problems = {p.origin: p.reason for p in got if isinstance(p, Problem)}
    assert [(d.doc_id, d.text) for d in docs] == [("a", "one"), ("7", "two")]
    assert docs[0].published == date(2020, 1, 2) and docs[0].outlet == "Wire"
    assert set(problems) == {f"{path}:2", f"{path}:4", f"{path}:5"}
    assert problems[f"{path}:2"].startswith("malformed JSON")


def test_html_main_text_without_scripts(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><title>Strike</title><link rel='canonical' href='https://example.org/a'></head><body>"
        "<script>alert('x')</script><article><p>A shell hit the school in Idlib, killing five children, the "
        "civil defence said on Tuesday, adding that rescuers were still searching the rubble.</p></article>"
        "</body></html>", encoding="utf-8")
    [doc] = items(tmp_path / "p.html")
    assert "five children" in doc.text and "alert" not in doc.text
    assert doc.url == "https://example.org/a"


def test_feed_entries_are_documents(tmp_path):
    (tmp_path / "f.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Levant Wire</title>"
        "<item><guid>w-1</guid><title>Strike on market</title><description>&lt;p&gt;Twelve killed in "
        "Mayadin.&lt;/p&gt;</description><pubDate>Wed, 28 Jun 2017 10:00:00 GMT</pubDate></item>"
        "<item><guid>w-2</guid><title>Second</title><description>Shelling in Idlib.</description></item>"
        "</channel></rss>", encoding="utf-8")
    docs = items(tmp_path / "f.rss")
    assert [d.doc_id for d in docs] == ["w-1", "w-2"]
    assert docs[0].published == date(2017, 6, 28) and docs[0].outlet == "Levant Wire"
    assert "Twelve killed in Mayadin." in docs[0].text and "<p>" not in docs[0].text


def test_not_a_feed(tmp_path):
    (tmp_path / "bad.xml").write_text("<html><body>nothing</body></html>", encoding="utf-8")
    [problem] = items(tmp_path / "bad.xml")
    assert isinstance(problem, Problem)
