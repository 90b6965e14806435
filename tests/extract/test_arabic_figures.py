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


@pytest.mark.parametrize("text,expected", [
    # the harm word after "to"/"by": "أدى لمقتل", "بـ5 قتلى"
    ("سقطت قذيفة على السوق ما أدى لمقتل 3 مدنيين", {"civilians_killed": (3, 3)}),
    ("قدر الدفاع المدني الحصيلة بـ6 قتلى و20 جريحاً", {"civilians_killed": (6, 6), "civilians_injured": (20, 20)}),
    # people named by nationality or trade
    ("قتل 4 سوريين في قصف على قرية حدودية", {"civilians_killed": (4, 4)}),
    ("استشهاد 3 صيادين بقصف زورق في البحر", {"civilians_killed": (3, 3)}),
    # lives lost
    ("فقد خمسة أشخاص حياتهم جراء الغارة", {"civilians_killed": (5, 5)}),
    # a toll that rose, by "the number of"
    ("ارتفاع عدد الضحايا جراء الغارة على البلدة إلى 9 مدنيين", {"civilians_killed": (9, 9)}),
    # a headline's lone dead
    ("قتيل و4 جرحى بقصف على حي سكني", {"civilians_killed": (1, 1), "civilians_injured": (4, 4)}),
    ("شهيد وجرحى في غارة على المدينة", {"civilians_killed": (1, 1)}),
    # "a number of", "several": 3 or more
    ("أصيب عدد من المدنيين بجروح في القصف", {"civilians_injured": (3, None)}),
    ("مقتل عدة أشخاص بانفجار عبوة", {"civilians_killed": (3, None)}),
    # the killed and the injured together: no figure for either
    ("مقتل وإصابة عدد من المدنيين بقصف مدفعي", {}),
    # fighters stay fighters
    ("فقد ثلاثة مقاتلين حياتهم في الاشتباك", {"combatants_killed": (3, 3)}),
])
def test_more_figure_forms(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("استشهد مدنيان وأصيب 3 أطفال بجروح", {"civilians_killed": (2, 2), "civilians_injured": (3, 3)}),
    ("ارتقاء الشهيد عمر جراء القصف على البلدة", {"civilians_killed": (1, 1)}),
    ("أسفر القصف عن سقوط شهيد وجرح عدد من المواطنين", {"civilians_killed": (1, 1), "civilians_injured": (3, None)}),
    # "between killed and injured": one figure for both, none for either
    ("سقوط 6 مدنيين بين قتيل وجريح في القصف", {}),
    ("سقط عدد من المدنيين بين قتيل وجريح", {}),
])
def test_duals_lone_dead_and_mixed_tolls(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("لقي ثلاثة أطفال من أسرة واحدة مصرعهم بقصف مدفعي", {"civilians_killed": (3, 3), "children_killed": (3, 3)}),
    ("توفي أحد المصابين في القصف متأثراً بجراحه", {}),
    ("استشهد أحد المدنيين بقصف على القرية", {"civilians_killed": (1, 1)}),
    ("مقتل أحد العسكريين بقصف مسيرة", {"combatants_killed": (1, 1)}),
    # the killed and the injured in one figure
    ("20 قتيلاً وجريحاً بقصف على سوق شعبي", {}),
])
def test_met_death_one_of_and_joint_tolls(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("أسفر القصف عن استشهاد وإصابة أكثر من 20 مدنياً", {}),
    # the toll counts the killed and the injured together; only the dual "two injured" is a figure
    ("وبذلك ارتفع عدد ضحايا القصف إلى 3 أشخاص بين شهيد وجريحين", {"civilians_injured": (2, 2)}),
    ("ارتفعت حصيلة الضحايا الذين خلفهم القصف على قرية في ريف المدينة، إلى 4 بينهم طفل",
     {"civilians_killed": (4, 4), "children_killed": (1, 1)}),
    ("مقتل 6 من عناصر الفصيل بهجوم", {"combatants_killed": (6, 6)}),
])
def test_tolls_and_counts_of_a_group(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # each group of a list to its own figure
    ("مقتل 3 عناصر من الشرطة و2 مدنيين بقصف", {"civilians_killed": (2, 2), "combatants_killed": (3, 3)}),
    ("أدى القصف إلى مقتل 5 مقاتلين و4 عمال مدنيين و3 من رعاة الأغنام",
     {"civilians_killed": (7, 7), "combatants_killed": (5, 5)}),
    ("مقتل 4 أطفال و3 نساء بغارة", {"civilians_killed": (7, 7), "children_killed": (4, 4), "women_killed": (3, 3)}),
    # rescuers are civilians
    ("مقتل 6 مدنيين و2 من عناصر الدفاع المدني", {"civilians_killed": (8, 8)}),
    # injured fighters have no figure
    ("إصابة 4 عناصر من الفصيل بقصف", {}),
    # compound number words
    ("مقتل أحد عشر مدنياً في الغارة", {"civilians_killed": (11, 11)}),
    ("استشهاد اثني عشر مواطناً", {"civilians_killed": (12, 12)}),
    ("قال إن أحد قتلى الهجوم كان مقاتلاً", {}),
    # a family of six
    ("مقتل عائلة كاملة مؤلفة من 6 أشخاص بقصف على منزلها", {"civilians_killed": (6, 6)}),
])
def test_lists_rescuers_compounds_and_families(text, expected):
    assert _figs(text) == expected


def test_lines_glued_after_a_final_taa_marbuta_part():
    # a scraped post whose headline runs into its first sentence
    assert _figs("الاحتلال يرتكب مجزرة في المحطةاستشهد 5 أشخاص جراء القصف") == {"civilians_killed": (5, 5)}


@pytest.mark.parametrize("text,expected", [
    ("أربعة مدنيين من أهالي القرية قتلوا في قصف مسيرة", {"civilians_killed": (4, 4)}),
    ("3 أطفال أصيبوا بجروح في القصف على المدرسة", {"civilians_injured": (3, 3)}),
    ("قال البيان إن 5 عناصر قتلوا في الكمين", {"combatants_killed": (5, 5)}),
])
def test_the_number_before_the_verb(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("استهدفت طائرة مسيرة راعي أغنام قرب القرية ما أدى لمقتله على الفور", {"civilians_killed": (1, 1)}),
    ("قصفت المدفعية منزل المزارعة في ريف عدن مما أسفر عن استشهادها", {"civilians_killed": (1, 1)}),
    ("نفذت مروحيات عملية إنزال على منزل قيادي في التنظيم وتم قتله", {"combatants_killed": (1, 1)}),
    # another figure wins: the pronoun adds nothing
    ("مقتل 3 مدنيين بقصف على السوق وكان أحدهم قد نجا قبل مقتله", {"civilians_killed": (3, 3)}),
    # "them" is no one person
    ("قصفت الطائرات الحربية القرية ما أدى لمقتلهم", {}),
])
def test_one_person_by_a_pronoun(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("فقد مدني حياته وأصيب 3 آخرون بقصف على سيارة قرب البلدة", {"civilians_killed": (1, 1), "civilians_injured": (3, 3)}),
    ("فقدت طفلة حياتها بانفجار لغم في أرض زراعية", {"civilians_killed": (1, 1), "children_killed": (1, 1)}),
    ("توفيت امرأة متأثرة بجراحها التي أصيبت بها في القصف", {"civilians_killed": (1, 1), "women_killed": (1, 1)}),
    ("توفي 4 مدنيين متأثرين بجراحهم بعد الغارة على السوق", {"civilians_killed": (4, 4)}),
])
def test_lives_lost_and_deaths_of_wounds(text, expected):
    assert _figs(text) == expected
