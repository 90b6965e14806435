"""Publication dates read from a document's address when it comes without one."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from harmwatch.db.models import Document
from harmwatch.ingest import RawDocument, ingest_documents
from harmwatch.ingest.urldate import url_date

TODAY = date(2026, 1, 1)


def test_tweet_status_numbers_hold_their_day():
    # a snowflake id: (milliseconds since 2010-11-04T01:42:54.657Z) << 22
    ms = int((date(2022, 3, 1).toordinal() - date(1970, 1, 1).toordinal()) * 86400e3) + 12 * 3600e3 - 1288834974657
    status = int(ms) << 22
    assert url_date(f"https://twitter.com/someone/status/{status}", today=TODAY) == date(2022, 3, 1)
    assert url_date(f"https://x.com/someone/status/{status}?s=20", today=TODAY) == date(2022, 3, 1)
    assert url_date(f"https://mobile.twitter.com/someone/status/{status}/photo/1", today=TODAY) == date(2022, 3, 1)
    assert url_date("https://twitter.com/someone", today=TODAY) is None


def test_dated_paths_and_what_is_not_a_day():
    assert url_date("https://news.example/world/2021/12/04/strike-hits-market/", today=TODAY) == date(2021, 12, 4)
    assert url_date("https://news.example/news/2025/6/18/mapping-the-strikes", today=TODAY) == date(2025, 6, 18)
    assert url_date("https://news.example/en/20250805-the-war-in-pictures", today=TODAY) == date(2025, 8, 5)
    assert url_date("https://news.example/2022-01-20-prison-attack.html", today=TODAY) == date(2022, 1, 20)
    assert url_date("https://news.example/en/2022/01/statement-by-the-press-office/", today=TODAY) is None  # month
    assert url_date("https://news.example/en/236215/", today=TODAY) is None  # an article number
    assert url_date("https://news.example/a?date=2021/12/04", today=TODAY) is None  # the query is not read
    assert url_date("https://news.example/2021/13/40/x", today=TODAY) is None
    assert url_date("https://news.example/2030/01/01/x", today=TODAY) is None  # after tomorrow
    assert url_date(None) is None and url_date("") is None and url_date("not a url") is None


def test_day_first_path_segments():
    assert url_date("https://news.example/english/middleeast/16082022", today=TODAY) == date(2022, 8, 16)
    assert url_date("https://news.example/arabic/region/261120233", today=TODAY) == date(2023, 11, 26)  # story 3
    assert url_date("https://news.example/english/region/19082022?ref=x", today=TODAY) == date(2022, 8, 19)
    assert url_date("https://news.example/world/news-27794946", today=TODAY) is None  # an article number
    assert url_date("https://news.example/en/88878442/", today=TODAY) is None  # no day, month and year
    assert url_date("https://news.example/en/31012031/", today=TODAY) is None  # after tomorrow


def test_ingest_fills_a_missing_publication_date_from_the_address(engine):
    docs = [RawDocument(doc_id="a", origin="test", text="A strike hit the market.",
                        url="https://news.example/2021/12/04/strike/"),
            RawDocument(doc_id="b", origin="test", text="Another report.", url="https://news.example/2021/12/04/other/",
                        published=date(2021, 12, 5)),
            RawDocument(doc_id="c", origin="test", text="A third report.", url="https://news.example/en/236215/")]
    ingest_documents(engine, docs)
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        got = dict(session.execute(select(Document.doc_id, Document.published)).all())
    assert got == {"a": date(2021, 12, 4), "b": date(2021, 12, 5), "c": None}
