"""The day a report was filed or a statement made is not the day of the harm (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from harmwatch.extract import extract


def _day(text: str, published: str) -> str | None:
    claims = [c for c in extract(text, document="t", published=date.fromisoformat(published)) if c["kind"] == "incident"]
    return claims[0]["date"]["start"]


def test_a_bracketed_day_first_dateline_dates_the_filing():
    text = ("AMMAN (4 June 2021) – Monitors said on Thursday that at least 12 civilians were killed on 1 June when "
            "shells hit a market in Daraa.")
    assert _day(text, "2021-06-04") == "2021-06-01"


def test_said_on_a_weekday_dates_the_statement():
    text = ("The army said on Friday it had struck a building in the old city on 9 May, where residents say "
            "15 civilians were killed.")
    assert _day(text, "2020-05-16") == "2020-05-09"


def test_an_attack_on_a_weekday_after_said_is_still_the_attack():
    text = "Activists said an air strike on Tuesday killed seven civilians in Ariha."
    assert _day(text, "2020-05-14") == "2020-05-12"
