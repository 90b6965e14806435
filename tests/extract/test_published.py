"""The page's own publication date (extract/published.py), page furniture, and how claims use them.

Every page below is written for these tests: scraped tweets, posts and news pages as monitors
receive them, with their footers, bylines and lists of other headlines."""

import json
from datetime import date, datetime, timezone

from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.extract import extract
from harmwatch.extract.published import full_dates, is_date_line, page_date, tweet_date, url_date
from harmwatch.extract.text import blank_furniture


def _snowflake(when: datetime) -> int:
    return (int(when.timestamp() * 1000) - 1288834974657) << 22


def incident_dates(claims):
    return [c["date"] for c in claims if c["kind"] == "incident"]


# --- where a page says when it was posted --------------------------------------------------

def test_tweet_footer_with_views_run_on():
    page = ("Post\n\nLocal Monitor@localmon\nShelling hit the market of the town this morning.\n"
            "00:009:15 AM · Mar 3, 20221.2KViews")
    assert page_date(page) == date(2022, 3, 3)


def test_facebook_post_header():
    page = "Town Voice's Post\n\nTown Voice Verified accountJune 8, 2025 · Shared with PublicA drone struck a car."
    assert page_date(page) == date(2025, 6, 8)


def test_facebook_header_without_year_says_nothing():
    assert page_date("Town Voice\nMarch 1 · Shared with Public\nA rocket fell between two houses.") is None


def test_bylines_day_first_and_weekday():
    assert page_date("By A. Writer | Published 05/10/2023\n\nText of the story.") == date(2023, 10, 5)
    assert page_date("Story title\nUpdated: Thursday, 5 October 2023\nText.") == date(2023, 10, 5)
    assert page_date("Story title\nتاريخ النشر: 12 آذار 2022\nنص الخبر") == date(2022, 3, 12)


def test_date_lines_english_and_arabic():
    assert page_date("Story title\n13 December، 2021\n\nCITY, AGENCY- Text.") == date(2021, 12, 13)
    assert page_date("وكالة\n\nالخميس, ٥ أكتوبر ٢٠٢٣, ١٤:٢٢\n\nنص الخبر") == date(2023, 10, 5)
    assert page_date("عنوان\n\nأبريل 26, 2022\n\nنص") == date(2022, 4, 26)
    assert page_date("عنوان\n\n24 تشرين الاول 2022\n\nنص") == date(2022, 10, 24)


def test_a_date_inside_prose_is_not_the_page_date():
    assert page_date("Jets struck the town on 5 October 2023, killing two people.") is None


def test_url_paths_and_tweet_numbers():
    assert url_date("https://news.example.org/world/2023/10/05/jets-strike-town/") == date(2023, 10, 5)
    assert url_date("https://news.example.org/2023-10-05-jets-strike-town") == date(2023, 10, 5)
    assert url_date("https://news.example.org/en/283165/?ref=2023") is None
    when = datetime(2022, 3, 3, 12, 0, tzinfo=timezone.utc)
    assert tweet_date(f"https://twitter.com/someone/status/{_snowflake(when)}") == date(2022, 3, 3)
    assert url_date(f"https://x.com/someone/status/{_snowflake(when)}?s=20") == date(2022, 3, 3)
    assert tweet_date("https://twitter.com/someone/status/12345678901234") is None  # before Snowflake ids
    assert page_date("No date in this text.", "https://site.example/2021/8/19/story") == date(2021, 8, 19)


def test_text_furniture_beats_the_url():
    assert page_date("Title\nPublished 06/10/2023\nText.", "https://site.example/2023/10/05/x") == date(2023, 10, 6)


def test_full_dates_every_form():
    got = [d for _, d in full_dates("في 3/ أيار/ 2023 و١-٩-٢٠٢٣ و 20-10-2022 و20_11_2022 وOct 5, 2023 و11/22/2021")]
    assert got == [date(2023, 5, 3), date(2023, 9, 1), date(2022, 10, 20), date(2022, 11, 20), date(2023, 10, 5),
                   date(2021, 11, 22)]


def test_date_lines():
    assert is_date_line("20 May, 2025") and is_date_line("May 5, 2025 - 10:05") and is_date_line("Published 05/10/2023")
    assert not is_date_line("Two people were killed on 5 May 2025.")


# --- relative dates against the page's date, and the incident's own date first -------------

def test_today_in_a_tweet_resolves_against_its_footer():
    page = ("Post\n\nLocal Monitor@localmon\nArtillery shelling killed two civilians in the town of Kafr Nabl today.\n"
            "10:40 PM · Oct 21, 2024\n3K Views")
    (d,) = incident_dates(extract(page, document="t"))
    assert d == {"start": "2024-10-21", "end": "2024-10-21", "precision": "day"}


def test_yesterday_in_a_post_resolves_against_its_header():
    page = ("Town Voice Verified accountNovember 28, 2024 · Shared with Public"
            "Two children were killed yesterday when a drone struck their home in the village of Qmenas.")
    (d,) = incident_dates(extract(page, document="f"))
    assert d["start"] == "2024-11-27" and d["precision"] == "day"


def test_the_incidents_own_date_beats_the_byline():
    page = ("Jets strike a village\nPublished 10/10/2023\n\n"
            "Three civilians were killed when jets struck a house in the village of Ma'arat al-Numan on 5 October.")
    (d,) = incident_dates(extract(page, document="p"))
    assert d["start"] == "2023-10-05" and d["precision"] == "day"


def test_a_page_date_alone_dates_the_claim_with_unknown_precision():
    page = "20 May, 2025\n\nTwo civilians were wounded in shelling on the village of Beina near Afrin.\n"
    (d,) = incident_dates(extract(page, document="p"))
    assert d == {"start": "2025-05-20", "end": "2025-05-20", "precision": "unknown"}


def test_published_metadata_still_wins():
    page = "Published 10/10/2023\n\nTwo civilians were killed in shelling on the village of Beina yesterday."
    (d,) = incident_dates(extract(page, document="p", published=date(2023, 10, 12)))
    assert d["start"] == "2023-10-11"


def test_url_reaches_the_extractor():
    text = "Two civilians were killed in shelling on the village of Beina yesterday, local medics said."
    (d,) = incident_dates(extract(text, document="u", url="https://site.example/2023/10/05/story"))
    assert d["start"] == "2023-10-04"


def test_cli_passes_the_url_of_jsonl_documents(tmp_path):
    text = "Two civilians were killed in shelling on the village of Beina yesterday, local medics said."
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "d1", "text": text, "url": "https://site.example/2023/10/05/story"}) + "\n",
                 encoding="utf-8")
    r = CliRunner().invoke(app, ["extract", str(f)])
    assert r.exit_code == 0, r.output
    (c,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert c["date"]["start"] == "2023-10-04"


# --- Arabic leads -------------------------------------------------------------------------

def test_arabic_lead_full_dates():
    page = "قتل مدنيان اليوم الأربعاء 3/ أيار 2023 بقصف مدفعي لقوات النظام على بلدة كنصفرة بريف إدلب."
    (d,) = incident_dates(extract(page, document="a"))
    assert d == {"start": "2023-05-03", "end": "2023-05-03", "precision": "day"}
    page = "وثقت الشبكة بتاريخ ١-٩-٢٠٢٣ مقتل خمسة أطفال بقصف صاروخي لقوات النظام على بلدة كنصفرة."
    assert incident_dates(extract(page, document="a"))[0]["start"] == "2023-09-01"


def test_arabic_yearless_date_a_day_after_a_utc_footer():
    page = ("Post\n\nمرصد محلي@localmon\nإصابة مدنيين اثنين بقصف جوي استهدف مدينة الأتارب قبل منتصف ليلة اليوم الجمعة 29 "
            "تشرين الثاني.\n10:17 PM · Nov 28, 2024\n3K Views")
    (d,) = incident_dates(extract(page, document="a"))
    assert d["start"] == "2024-11-29"


def test_arabic_yesterday_against_a_post_header():
    page = ("صفحة البلدة Verified accountOctober 22, 2024 · Shared with Public"
            "استشهاد طفل أمس بقصف مدفعي لقوات النظام على بلدة كنصفرة في ريف إدلب الجنوبي")
    (d,) = incident_dates(extract(page, document="a"))
    assert d["start"] == "2024-10-21" and d["precision"] == "day"


def test_arabic_background_date_far_down_is_no_anchor():
    page = ("أصيب عدد من المدنيين اليوم الثلاثاء جراء قصف مدفعي لقوات النظام على بلدة كنصفرة بريف إدلب.\n\n"
            + "وأفاد مراسلنا أن القصف طال أطراف البلدات المجاورة. " * 8
            + "\n\nويأتي ذلك رغم اتفاق وقف إطلاق النار الموقع في 5 آذار 2020.")
    (d,) = incident_dates(extract(page, document="a"))
    assert d["start"] is None and d["precision"] == "unknown"


# --- page furniture -----------------------------------------------------------------------

RELATED = ("Girl killed in shelling on a village near Sarmin\n\n"
           "Related News\n\n"
           "Man shot dead by gunmen in a village near Daraa, May 18, 2024\n\n"
           "Two girls abducted in a village near Afrin, June 1, 2024\n\n"
           "A girl was killed on October 4, 2023, when ground forces shelled the village of Sarmin in eastern Idlib, "
           "according to field researchers who spoke with her family and with residents of the village.\n\n"
           "Prev Post\n\nThree killed in an air strike on a market, June 13, 2024\n\nNext Post\n\n"
           "Daily toll | Nine persons killed on April 17 across the country\n")


def test_blank_furniture_keeps_offsets_and_the_article():
    out = blank_furniture(RELATED)
    assert len(out) == len(RELATED) and out.count("\n") == RELATED.count("\n")
    assert "May 18, 2024" not in out and "June 13, 2024" not in out and "April 17" not in out
    assert "A girl was killed on October 4, 2023" in out and out.startswith("Girl killed")
    assert blank_furniture("No furniture here.\n") == "No furniture here.\n"


def test_related_headlines_neither_date_nor_make_incidents():
    claims = [c for c in extract(RELATED, document="r") if c["kind"] == "incident"]
    assert [c["date"]["start"] for c in claims] == ["2023-10-04"]


def test_arabic_related_list_is_furniture():
    page = ("مقتل مدني بقصف مدفعي لقوات النظام على بلدة كنصفرة في ريف إدلب الجنوبي اليوم الأحد 28-11-2021\n\n"
            "أخبار ذات صلة\n\nمقتل ثلاثة مدنيين بغارة روسية على سوق في بلدة أخرى 5 حزيران 2019\n")
    (d,) = incident_dates(extract(page, document="a"))
    assert d["start"] == "2021-11-28"
    assert "حزيران 2019" not in blank_furniture(page)


DATED_LIST = ("Jets strike a village\n\n"
              "Three civilians were killed on March 2, 2022, when jets struck a house in the village of Kafr Nabl in "
              "the southern countryside of Idlib, according to field researchers who spoke with relatives.\n\n"
              "Gunmen killed a man in a village east of Daraa on February 27\n\n"
              "The daily toll of civilian victims in the country on February 26, 2022\n\n"
              "A boy was killed by a landmine west of Raqqa on February 25\n")


def test_an_unlabelled_list_of_dated_headlines_after_the_article_is_furniture():
    out = blank_furniture(DATED_LIST)
    assert "February 27" not in out and "landmine" not in out and "Kafr Nabl" in out
    (c,) = [c for c in extract(DATED_LIST, document="l") if c["kind"] == "incident"]
    assert c["date"]["start"] == "2022-03-02" and c["figures"]["civilians_killed"]["min"] == 3


def test_a_bulleted_or_followed_list_is_the_reports_own():
    bulleted = DATED_LIST.replace("\nGunmen", "\n- Gunmen").replace("\nThe daily", "\n- The daily") \
        .replace("\nA boy", "\n- A boy")
    assert blank_furniture(bulleted) == bulleted
    followed = DATED_LIST + ("\nThe monitor said that the attacks continued through the week and that it was still "
                             "documenting the names of the victims with their families.\n")
    assert blank_furniture(followed) == followed


def test_other_tweet_footers():
    assert page_date("Monitor @mon\nShelling hit the town.\n3:45 PM - 5 Oct 2023\n12 Retweets") == date(2023, 10, 5)
    assert page_date("مرصد @mon\nقصف على البلدة\n٣:٤٥ م · ٥ أكتوبر ٢٠٢٣\n١٢ إعادة نشر") == date(2023, 10, 5)


def test_date_lines_of_a_list_of_posts_are_not_the_page_date():
    page = ("Two wounded in shelling on a village\n\nTwo people were wounded in shelling on the village.\n\n"
            "Editors' Picks\n\nConvoy heads to the coast\n\n20 May, 2025 - 10:05\n\n"
            "Exams begin in the city\n\n19 May, 2025 - 13:03\n\nWater level drops\n\n16 May, 2025 - 05:11\n")
    assert page_date(page) is None


# --- more bylines and footers (issued, modified, dated lines with a zone, Telegram posts) --------

def test_issued_and_modified_bylines():
    page = ("Drone strikes hit two villages\n\nA summary of the story.\n\n"
            "Issued on: 07/03/2024 - 18:40Modified: 08/03/2024 - 09:12\n\nThe story itself begins here.")
    assert page_date(page) == date(2024, 3, 7)
    assert page_date("Title\nFirst published on 2 May 2019\nText.") == date(2019, 5, 2)
    assert page_date("Title\nDate: 14 June 2016\nText.") == date(2016, 6, 14)


def test_the_word_date_in_prose_is_no_byline():
    assert page_date("Title\nDate palms were burnt on 14 June 2016 in the shelling.\nText.") is None


def test_date_line_with_time_and_zone():
    page = "Title of the story\n\nBy A Reporter\n\nTuesday 8 March 2022 07:15, UK\n\nShelling hit the town overnight."
    assert page_date(page) == date(2022, 3, 8)
    assert is_date_line("Tuesday 8 March 2022 07:15, UK")
    assert is_date_line("8 March 2022 - 07:15 GMT+3")


def test_telegram_post_footer():
    page = "Army Press Service\n\nTroops came under fire near the border post.\n\n12.1K viewsMay 4, 2023 at 18:20"
    assert page_date(page) == date(2023, 5, 4)


def test_zoned_date_line_resolves_a_weekday():
    page = ("Title of the story\n\nWednesday 9 March 2022 11:02, UK\n\n"
            "A car bomb exploded at the gate of the prison on Tuesday, killing four guards and two visitors.")
    claims = extract(page, document="zone")
    assert incident_dates(claims)[0]["start"] == "2022-03-08"


def test_archive_photo_captions_date_nothing():
    page = ("Drone strike kills two in a village near the river\n\n"
            "FILE - In this Sunday, May 2, 2010 file photo, people inspect a house hit by an earlier strike.\n\n"
            "A drone struck a car near the village, killing two farmers, local officials said.\n\n"
            "An air force crew chief at a base abroad, Dec. 19, 2016. (Air Force photo by A. Person, File)")
    claims = extract(page, document="file-photo")
    assert [d["start"] for d in incident_dates(claims)] == [None]


def test_a_caption_of_the_day_still_dates():
    page = ("Shelling hits a market\n\nShelling hit the market of the town, killing three people.\n\n"
            "Damage in the market on March 4, 2021. (Photo: A Local Agency)")
    claims = extract(page, document="caption")
    assert incident_dates(claims)[0]["start"] == "2021-03-04"


_MENU = ("3 June, 2024\n\n"
         "Aid convoy reaches villages in the north\n\n"
         "Nine people killed in separate incidents across the country\n\n"
         "Council prepares for the school exams\n\n"
         "Farmers warn of a poor harvest after drought\n\n"
         "Militants attack an army post in the east\n\n"
         "Language\n\nEnglish\nFrançais\n\n")


def test_latest_news_menu_under_the_scrape_date_is_not_the_story():
    page = (_MENU + "Two wounded in drone strike on a farm\n\n"
            "Two farmers were wounded when a drone of the border guard struck their farm near the village of "
            "Hill Spring on Sunday, local officials said, and they were taken to the district hospital.")
    claims = [c for c in extract(page, document="menu") if c["kind"] == "incident"]
    assert len(claims) == 1
    quoted = " ".join(page[e["start"]:e["end"]] for c in claims for e in c["evidence"])
    assert "Nine people" not in quoted and "army post" not in quoted


def test_a_page_holding_only_the_menu_is_left_as_it_is():
    from harmwatch.extract.published import blank_page_dates

    assert blank_page_dates(_MENU) == _MENU


def test_a_date_under_its_label():
    page = "Shelling hits the town\n\nText of the story goes here.\n\nDate\n13.05.2022\n\nTopics\nConflict"
    assert page_date(page) == date(2022, 5, 13)
    assert page_date("عنوان الخبر\n\nنص الخبر\n\nتاريخ\n13.05.2022\n\nمواضيع") == date(2022, 5, 13)


def test_stamps_over_cut_headlines_are_a_list_of_other_posts():
    page = ("Story title\n\nThe story's own text, which gives no date of its own at all.\n\n"
            "Admin\nOctober 23, 2021\n0\n\nRights group: the army is behind the largest share of the...\n\n"
            "Admin\nFebruary 8, 2022\n0\n\nSixty children killed by shelling since June\n\n"
            "Admin\nNovember 18, 2021\n0\n\nNew banknotes to be issued in the markets\n")
    assert page_date(page) is None


def test_speaking_of_an_archive_photo_keeps_the_line():
    from harmwatch.extract.published import blank_page_dates

    post = "An archive photo of the hospital that was shelled today in the town, killing three people"
    assert blank_page_dates(post) == post
    dated = "The army released an archive photo of the base, struck on 3 May 2021, killing two guards."
    assert "3 May 2021" not in blank_page_dates(dated) and "killing two guards" in blank_page_dates(dated)
    caption = "Text.\nFILE: A drone over the valley, July 2, 2019. (Air Force photo)\nMore text."
    assert "drone" not in blank_page_dates(caption) and "More text." in blank_page_dates(caption)


def test_stamps_with_seconds_and_iso_times():
    assert page_date("Title\n\nSat, 12 Oct 2019 14:22:00 GMT\n\nAir strikes hit the port city.") == date(2019, 10, 12)
    assert page_date("Title\n\n2023-02-04T06:15:00+02:00\n\nShelling hit the district.") == date(2023, 2, 4)
    assert page_date("Title\nPublished: 2021-11-30T22:05:10Z\nText.") == date(2021, 11, 30)
    assert page_date("Title\n\n12 October 2022, 09:41 EEST\n\nA missile hit a block of flats.") == date(2022, 10, 12)
