from datetime import date

from harmwatch.extract.dates import dateline, find_dates

PUB = date(2017, 6, 28)  # a Wednesday


def first(text, anchor=PUB):
    refs = [r for r in find_dates(text, anchor) if r.first or r.seq is not None]
    r = refs[0]
    return (r.first.isoformat() if r.first else None, r.last.isoformat() if r.last else None, r.precision)


def test_weekday_resolves_to_latest_before_publication():
    assert first("early Monday") == ("2017-06-26", "2017-06-26", "day")
    assert first("on Wednesday") == ("2017-06-28", "2017-06-28", "day")
    assert first("last Wednesday") == ("2017-06-21", "2017-06-21", "day")


def test_relative_phrases():
    assert first("yesterday") == ("2017-06-27", "2017-06-27", "day")
    assert first("last week") == ("2017-06-19", "2017-06-25", "week")
    assert first("earlier this month") == ("2017-06-01", "2017-06-28", "month")
    assert first("last month") == ("2017-05-01", "2017-05-31", "month")


def test_absolute_dates():
    assert first("on 7 October 2023") == ("2023-10-07", "2023-10-07", "day")
    assert first("Saturday, October 7th, 2023") == ("2023-10-07", "2023-10-07", "day")
    assert first("2023-10-07") == ("2023-10-07", "2023-10-07", "day")
    assert first("in March 2019") == ("2019-03-01", "2019-03-31", "month")


def test_date_without_year_takes_latest_not_after_publication():
    assert first("on 7 October") == ("2016-10-07", "2016-10-07", "day")
    assert first("June 20") == ("2017-06-20", "2017-06-20", "day")


def test_ranges():
    assert first("between 5 and 7 October 2023") == ("2023-10-05", "2023-10-07", "days")
    assert first("October 5-7, 2023") == ("2023-10-05", "2023-10-07", "days")


def test_sequence_phrase_is_left_to_the_caller():
    r = find_dates("The following day, jets returned.", PUB)[0]
    assert r.seq == 1 and r.first is None


def test_dateline():
    d, end = dateline("GAZA, Oct 9 (Reuters) - Israeli jets struck.", date(2023, 10, 10))
    assert d == date(2023, 10, 9) and end > 0
    assert dateline("No dateline here.", None) == (None, 0)


def test_year_after_an_arabic_comma():
    assert first("13 December، 2021", None) == ("2021-12-13", "2021-12-13", "day")
    assert first("December 13، 2021", None) == ("2021-12-13", "2021-12-13", "day")
