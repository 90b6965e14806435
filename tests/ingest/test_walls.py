"""Wall pages (bot and login walls, error pages) and the headline an address spells out."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db.models import Document, DocumentName
from harmwatch.extract import extract
from harmwatch.ingest import RawDocument, ingest_documents
from harmwatch.ingest.walls import is_wall, readable_text, slug_headline
from harmwatch.link.store import document_vector
from harmwatch.link.text import TextModel

BOT_WALL = "One moment, please...\n\nPlease wait while your request is being verified..."
LOGIN_WALL = "PostLog inSign upPostThis post is unavailable."


def test_walls_are_recognised_and_reports_are_not():
    assert is_wall(BOT_WALL) and is_wall(LOGIN_WALL) and is_wall("")
    assert is_wall("This browser is not supportedtap to use a supported browserChromeFirefoxEdge")
    assert is_wall("Request unsuccessful. Incapsula incident ID: 12345-678")
    # a report's own words, and a long page that happens to carry a wall line among its paragraphs
    assert not is_wall("Aid access denied again: the convoy to Mariupol was turned back at a checkpoint.")
    assert not is_wall("Three shepherds were killed by a landmine near Tadmur. " * 20 + BOT_WALL)


def test_the_headline_of_an_address():
    assert slug_headline("https://news.example.org/en/item/a-farmer-killed-two-injured-in-shelling-on-"
                         "tal-rifaat-village-h40123.html?utm_source=x") == \
        "A farmer killed two injured in shelling on Tal Rifaat village."
    # a leading article id, a year and month in the path, capitals kept when the slug has them
    assert slug_headline("https://example.net/story/30112-Drone-strike-hits-market-in-Kherson") == \
        "Drone strike hits market in Kherson."
    assert slug_headline("https://example.com/en/2023/05/rsf-shelling-of-el-fasher-kills-nine-civilians/") == \
        "Rsf shelling of El Fasher kills nine civilians."
    # a slug in another script is taken as it is
    assert slug_headline("https://example.org/news/%D9%82%D8%B5%D9%81-%D8%B9%D9%84%D9%89-%D9%85%D8%AF%D9%8A%D9%86%D8%A9"
                         "-%D8%A5%D8%AF%D9%84%D8%A8-%D8%A7%D9%84%D9%8A%D9%88%D9%85") == "قصف على مدينة إدلب اليوم."
    # no headline: ids, short slugs, a social post, or words only in the query string
    for url in ("https://www.facebook.com/SomeDefence/posts/2139891002833310", "https://example.org/p405083/",
                "https://example.org/news/syria-latest", "https://www.google.com/url?q=https://x.org/killed-in-"
                "a-strike-on-the-town", "https://example.org/ar/news/alqsf-altrky-yqtl-thlatht-mdnyyn-fy-qryh-h12",
                "https://example.org/en/minister-receives-delegation-from-brussels-h55", None, "not a url"):
        assert slug_headline(url) is None, url


def test_a_wall_with_a_headline_reads_as_its_headline():
    url = "https://example.org/en/news/child-wounded-in-russian-drone-attack-on-kherson-h1234.html"
    text = readable_text(BOT_WALL, url)
    assert text.startswith("Child wounded in Russian drone attack on Kherson.\n\n") and text.endswith(BOT_WALL)
    assert readable_text(BOT_WALL, "https://example.org/p1234/") == BOT_WALL
    report = "Two civilians were killed in shelling on Kherson on Monday, officials said."
    assert readable_text(report, url) == report
    claims = extract(text, document="x")
    assert [c["perpetrators"] for c in claims] == [["russia"]]
    assert claims[0]["places"][0]["name"] == "Kherson"


def test_ingest_keeps_walls_of_different_addresses_apart(engine):
    urls = ["https://example.org/en/a-citizen-killed-in-shelling-on-the-village-of-kafr-nabl-h100.html",
            "https://example.org/en/two-children-injured-in-air-strike-on-ariha-city-h200.html",
            "https://example.org/p300/", "https://example.org/p400/"]
    docs = [RawDocument(doc_id=f"w{n}", text=BOT_WALL, origin="t", url=u) for n, u in enumerate(urls)]
    # the document read carries the headline already: whoever hashes it (ingest, the API) hashes that
    assert docs[0].text.startswith("A citizen killed in shelling") and docs[2].text == BOT_WALL
    report = ingest_documents(engine, docs)
    assert (report.stored, report.duplicate) == (3, 1)  # two headlines; the two bare walls are one text
    with Session(engine) as s:
        texts = {n.name: s.get(Document, n.document_id).text for n in s.scalars(select(DocumentName))}
    assert texts["w0"].startswith("A citizen killed in shelling on the village of Kafr Nabl.")
    assert texts["w1"].startswith("Two children injured in air strike on Ariha city.")
    assert texts["w2"] == texts["w3"] == BOT_WALL


def test_a_bare_wall_has_no_text_vector_and_a_headline_only_its_own():
    others = [f"Line {n} of the market report.\nThe {w} was busy all day and prices of bread held steady."
              for n, w in enumerate(["square", "harbour", "station", "bazaar", "mall", "depot", "pier"])]
    url = "https://example.org/en/a-bakery-struck-by-artillery-in-the-centre-of-idlib-city-h77.html"
    walled = readable_text(BOT_WALL, url)
    model = TextModel([*others, BOT_WALL, walled, "A bakery struck by artillery in Idlib city centre."])
    bare = Document(text=BOT_WALL, url="https://example.org/p77/", published=date(2021, 3, 1))
    assert document_vector(model, bare) == (None, False)
    vec, short = document_vector(model, Document(text=walled, url=url, published=date(2021, 3, 1)))
    assert short and vec and not any("verified" in t or "moment" in t for t in vec)
