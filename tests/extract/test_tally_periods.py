"""Cumulative tolls and their periods (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from harmwatch.extract import extract


def _claims(text: str, published: str):
    return extract(text, document="t", published=date.fromisoformat(published))


@pytest.mark.parametrize("text,published,period", [
    ("At least 9,800 civilians have been killed since Russia's full-scale invasion in February 2022, the UN said.",
     "2023-11-21", ("2022-02-01", "2023-11-21")),
    ("In September alone, air strikes killed 140 civilians in the province, including 40 children, the network said.",
     "2019-10-02", ("2019-09-01", "2019-09-30")),
    ("In December alone, shelling killed 61 civilians in the city, the monitor said.",
     "2020-01-05", ("2019-12-01", "2019-12-31")),
    ("More than 300 civilians have been killed since the military intervention began, the group said.",
     "2016-09-30", None),
])
def test_tallies(text, published, period):
    claims = _claims(text, published)
    assert [c["kind"] for c in claims] == ["tally"]
    if period:
        assert (claims[0]["date"]["start"], claims[0]["date"]["end"]) == period


def test_a_single_strike_in_a_month_is_an_incident():
    claims = _claims("An air strike on a market in Idlib in September killed 14 civilians, the monitor said.", "2019-10-02")
    assert [c["kind"] for c in claims] == ["incident"]
