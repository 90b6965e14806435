"""Dates of Arabic reports (sentences written for these tests): a weekday beside a day and month
gives the year when the page carries no publication date."""

from __future__ import annotations

from datetime import date

import pytest

from harmwatch.extract import extract
from harmwatch.extract.arabic_dates import lead_date, weekday_year


@pytest.mark.parametrize("day, month, weekday, mentioned, expected", [
    (5, 10, 3, [], 2023),            # Thursday 5 October: 2017 and 2023 fit; the latest
    (5, 10, 3, [2017], 2017),        # the year the report names, when it fits
    (5, 10, 3, [2016], 2023),        # else the latest: the years it names are earlier events'
    (2, 11, 1, [], 2021),            # Tuesday 2 November
    (11, 12, 5, [2020], 2021),       # Saturday 11 December
    (30, 2, 0, [], None),            # no such day
])
def test_weekday_year(day, month, weekday, mentioned, expected):
    assert weekday_year(day, month, weekday, mentioned, last=2024) == expected


def test_an_undated_page_dates_its_lead_by_weekday():
    lead = "قتل مدني بقصف مدفعي على بلدة في ريف إدلب اليوم الأربعاء 16 آذار"
    got = lead_date(lead, None, None, lead + " بعد هدنة عام 2020")
    assert got["start"] == "2022-03-16" and got["precision"] == "day"


def test_the_weekday_date_of_another_sentence_when_the_lead_has_none():
    text = ("مقتل طفل بقصف صاروخي على قرية شمالي المدينة\n\n"
            "قصفت القوات المتمركزة قرب القرية صباح اليوم الاثنين 1 تشرين الثاني منازل المدنيين، ما أدى لمقتل طفل.\n\n"
            "وتتعرض المنطقة للقصف منذ اتفاق وقف إطلاق النار في آذار 2020.")
    claims = extract(text, document="wd")
    assert claims and claims[0]["date"]["start"] == "2021-11-01"


def test_a_publication_date_still_rules():
    lead = "مقتل شاب بقصف على القرية يوم الخميس 5 تشرين الأول"
    assert lead_date(lead, date(2017, 10, 9), None, lead)["start"] == "2017-10-05"


def test_no_date_without_an_anchor_or_a_weekday():
    lead = "مقتل شاب بقصف على القرية في 5 تشرين الأول"
    assert lead_date(lead, None, None, lead)["start"] is None


def test_two_month_names_that_disagree_take_the_one_the_weekday_fits_latest():
    lead = "استشهاد طفلتين بانفجار قذيفة اليوم الثلاثاء 2 تشرين الأول/ نوفمبر"
    assert lead_date(lead, None, None, lead + " منذ 2019")["start"] == "2021-11-02"


def test_a_past_month_is_background_beside_today():
    lead = "مقتل شاب أفرج عنه في 8 كانون الأول الماضي بقصف فجر اليوم"
    assert lead_date(lead, date(2025, 9, 19), None, lead)["start"] == "2025-09-19"


@pytest.mark.parametrize("lead, expected", [
    ("مقتل مدني بقصف على القرية أمس", "2023-03-09"),
    ("مقتل مدني بقصف على القرية أول أمس", "2023-03-08"),
    ("مقتل مدني بقصف على القرية يوم أمس الأول", "2023-03-08"),
    ("مقتل مدني بقصف على القرية فجر اليوم", "2023-03-10"),
    ("مقتل مدني بقصف على القرية يوم الثلاثاء", "2023-03-07"),
])
def test_relative_days(lead, expected):
    assert lead_date(lead, date(2023, 3, 10), None, lead)["start"] == expected


@pytest.mark.parametrize("hijri, gregorian", [
    ((1445, 9, 1), date(2024, 3, 11)),    # 1 Ramadan 1445
    ((1446, 7, 1), date(2025, 1, 1)),     # 1 Rajab 1446
    ((1444, 12, 10), date(2023, 6, 29)),  # Eid al-Adha 1444 (28 June by sighting: the tabular day is one later)
])
def test_hijri_to_gregorian(hijri, gregorian):
    from harmwatch.extract.arabic_dates import hijri_to_gregorian

    assert abs((hijri_to_gregorian(*hijri) - gregorian).days) <= 1


def test_a_hijri_date_beside_a_gregorian_one_agrees_and_the_gregorian_rules():
    from harmwatch.extract.arabic_dates import hijri_dates
    from harmwatch.extract.published import full_dates

    lead = "قصف صاروخي على سوق المدينة يوم الخميس 9 جمادى الأولى 1445 هـ الموافق 23 تشرين الثاني 2023"
    (_, h), = hijri_dates(lead)
    (_, g), = full_dates(lead)
    assert abs((h - g).days) <= 1
    assert lead_date(lead, None)["start"] == "2023-11-23"


def test_a_hijri_date_alone_dates_the_lead():
    lead = "استشهد ثلاثة مدنيين بغارة جوية على حي سكني في صعدة يوم 3 رجب 1446 هـ"
    assert lead_date(lead, None) == {"start": "2025-01-03", "end": "2025-01-03", "precision": "day"}


def test_an_undated_pages_hijri_date_line_anchors_yesterday():
    # Tuesday 14 Rabi' al-Awwal 1446 is 17 September 2024 (the tabular calendar says the 18th)
    whole = "الثلاثاء 14 ربيع الأول 1446 هـ\nمقتل طفلين بقصف مدفعي على قرية في ريف تعز أمس"
    got = lead_date("مقتل طفلين بقصف مدفعي على قرية في ريف تعز أمس", None, None, whole)
    assert got["precision"] == "day" and abs((date.fromisoformat(got["start"]) - date(2024, 9, 16)).days) <= 1


@pytest.mark.parametrize("lead, expected", [
    # the Levantine month without its article
    ("أصيب مدني بقصف مدفعي على بلدة في ريف حلب اليوم السبت 21 كانون ثاني 2023", "2023-01-21"),
    # the date in brackets after its weekday, on a page with no date of its own
    ("قتل ثلاثة جنود بغارة على مصياف مساء اليوم الجمعة (13 أيار)", "2022-05-13"),
])
def test_month_names_without_the_article_and_a_bracketed_date(lead, expected):
    assert lead_date(lead, None, None, lead + " منذ عام 2022")["start"] == expected


@pytest.mark.parametrize("lead, anchor, expected", [
    ("قتل مدني بغارة جوية في الثالث من أيار على قرية في ريف إدلب", date(2023, 6, 1), "2023-05-03"),
    ("استهدفت الطائرات السوق في الحادي عشر من أيلول 2022 ما أدى لمقتل خمسة مدنيين", None, "2022-09-11"),
    ("قتل طفلان بقصف مدفعي في الثاني والعشرين من شهر آب", date(2021, 9, 1), "2021-08-22"),
    # a month's own ordinal ("كانون الثاني من عام") is no day
    ("قتل مدني في 15 كانون الثاني من عام 2020 بقصف على البلدة", None, "2020-01-15"),
])
def test_ordinal_days(lead, anchor, expected):
    assert lead_date(lead, anchor)["start"] == expected


@pytest.mark.parametrize("lead, expected", [
    ("قتل مدني بقصف مدفعي على قريته قبل يومين", "2023-05-08"),
    ("توفي طفل متأثراً بجراحه التي أصيب بها بغارة جوية منذ 3 أيام", "2023-05-07"),
    ("قتل شابان بانفجار لغم قبل ثلاثة أيام في ريف المدينة", "2023-05-07"),
    # "some days ago" names no day: the page's date, precision unknown
    ("قتل شاب بقصف على القرية منذ أيام", "2023-05-10"),
])
def test_days_ago(lead, expected):
    assert lead_date(lead, date(2023, 5, 10))["start"] == expected
