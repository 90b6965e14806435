"""Casualty figures in Arabic sentences (written for these tests), to the counting conventions."""

from __future__ import annotations

import pytest

from harmwatch.extract.arabic import _norm
from harmwatch.extract.arabic_figures import figures


def _figs(text: str) -> dict:
    out = figures(_norm(text))
    return {k: (v["min"], v["max"]) for k, v in out.items() if v["min"] is not None or v["max"] is not None}


@pytest.mark.parametrize("text,expected", [
    # a harm word, then the number and who
    ("مقتل 4 مدنيين بقصف مدفعي على بلدة في ريف حلب", {"civilians_killed": (4, 4)}),
    ("استشهد 12 مدنياً وأصيب 20 آخرون في غارة على السوق", {"civilians_killed": (12, 12), "civilians_injured": (20, 20)}),
    ("قُتل سبعة أشخاص في القصف", {"civilians_killed": (7, 7)}),
    ("وقتل ٩ مدنيين جراء الغارة", {"civilians_killed": (9, 9)}),
    # qualifiers
    ("استشهد 15 مدنياً على الأقل في الغارات", {"civilians_killed": (15, None)}),
    ("مقتل أكثر من 20 شخصاً بقصف جوي", {"civilians_killed": (20, None)}),
    ("مقتل ما لا يقل عن 6 مدنيين", {"civilians_killed": (6, None)}),
    ("مقتل نحو 30 مدنياً في القصف", {"civilians_killed": (30, 30)}),
    ("وأصيب العشرات بجروح في القصف", {"civilians_injured": (10, None)}),
    # a number, then the victims
    ("11 شهيداً حصيلة القصف على المدينة اليوم", {"civilians_killed": (11, 11)}),
    ("3 قتلى و8 جرحى في قصف صاروخي", {"civilians_killed": (3, 3), "civilians_injured": (8, 8)}),
    ("الحصيلة الأولية شهيدان و5 جرحى", {"civilians_killed": (2, 2), "civilians_injured": (5, 5)}),
    # a toll that rose
    ("ارتفاع حصيلة ضحايا المجزرة إلى 14 مدنياً", {"civilians_killed": (14, 14)}),
    # one or two people by the noun
    ("مقتل طفل بقصف مدفعي", {"civilians_killed": (1, 1), "children_killed": (1, 1)}),
    ("استشهاد امرأتين في القصف", {"civilians_killed": (2, 2), "women_killed": (2, 2)}),
    ("استشهاد طفلين بغارة جوية", {"civilians_killed": (2, 2), "children_killed": (2, 2)}),
    ("استشهاد الصحفي في القصف على المدينة", {"civilians_killed": (1, 1)}),
    # breakdowns of the killed, not of the injured
    ("مقتل 8 مدنيين بينهم 3 أطفال وامرأتان", {"civilians_killed": (8, 8), "children_killed": (3, 3), "women_killed": (2, 2)}),
    ("مقتل رجل وإصابة 6 مدنيين بينهم طفلان", {"civilians_killed": (1, 1), "civilians_injured": (6, 6)}),
    # fighters are not civilians
    ("مقتل 5 عناصر من قوات النظام بهجوم", {"combatants_killed": (5, 5)}),
])
def test_figures(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text", [
    "التقط طفل يبلغ من العمر تسع سنوات ذخيرة غير منفجرة",  # an age
    "نزح أكثر من 3000 شخص من القرى خلال عام 2019",  # displaced people, a year
    "شنت الطائرات 40 غارة على المنطقة",  # strikes
    "ارتفعت الأسعار بنسبة 20 بالمئة",  # a percentage
])
def test_not_casualty_figures(text):
    assert _figs(text) == {}
