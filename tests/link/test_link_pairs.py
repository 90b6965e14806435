"""Pair scoring on real coverage: rival blame for one attack, Arabic spelling variants, short posts."""

from __future__ import annotations

from datetime import date

from harmwatch.link import claim_info, pair_score
from harmwatch.link.score import THRESHOLD, compatible
from harmwatch.link.text import TextModel, cosine, normalise
from harmwatch_test_builders import make_claim


def info(key, data, *, published=None, vec=None, short=False):
    return claim_info(key, data, document=f"doc-{key}", published=published, vector=vec, short_text=short)


def linked(a, b) -> bool:
    res = pair_score(a, b)
    return res is not None and res[0] >= THRESHOLD


def test_rival_blame_for_the_same_day_and_spot_is_one_contested_incident():
    shelled = info("a", make_claim(day="2022-03-01", place="idlib", perps=["turkey"], killed=(2, 2)))
    blamed_other = info("b", make_claim(day="2022-03-01", place="idlib", perps=["sdf"], killed=(3, 3)))
    assert compatible(shelled, blamed_other) and linked(shelled, blamed_other)
    assert "competing perpetrators" in pair_score(shelled, blamed_other)[1]
    # a day apart, or a town some 13 km away, the rivals stay apart
    next_day = info("c", make_claim(day="2022-03-02", place="idlib", perps=["sdf"], killed=(2, 2)))
    nearby = info("d", make_claim(day="2022-03-01", place="ariha", perps=["sdf"], killed=(2, 2)))
    assert pair_score(shelled, next_day) is None and not compatible(shelled, next_day)
    assert pair_score(shelled, nearby) is None
    # a window of a week is not "the same day"
    week = info("e", make_claim(day="2022-02-27", end="2022-03-05", precision="week", place="idlib",
                                perps=["sdf"]))
    assert pair_score(shelled, week) is None


def test_arabic_words_are_folded_and_lightly_stemmed():
    # tatweel, hamza on alef, the article with a preposition, a plural ending, ta marbuta
    assert normalise("جرابـلس") == normalise("جرابلس") == ["جرابلس"]
    assert normalise("#إعزاز") == normalise("أعزاز")
    assert normalise("بالقصف") == normalise("القصف") == normalise("قصف")
    assert normalise("المدنيين") == normalise("مدنيون")
    assert normalise("مدينة") == normalise("مدينه")
    assert normalise("Shelling hit the Town") == ["shelling", "hit", "the", "town"]


def _arabic_corpus() -> list[str]:
    towns = ["حلب", "ادلب", "منبج", "الباب", "عفرين", "سراقب", "اريحا", "جسر", "تادف", "مارع", "دارة", "كفرنبل"]
    out = []
    for n, town in enumerate(towns):
        out.append(f"خبر رقم {'ا' * (n + 3)} عن سوق {town} وعن طريق {town} ومدرسة {town} في الصباح الباكر")
    return out


def test_two_posts_spelling_one_town_differently_share_its_name():
    corpus = _arabic_corpus()
    first = "قصف مدفعي يستهدف منازل المدنيين في مدينة جرابـلس شمال شرق حلب صباح اليوم"
    second = "جرحى جراء قصف مدفعي استهدف مدينة جرابلس بريف حلب الشرقي والمدنيون ينزحون"
    model = TextModel([*corpus, first, second])
    va, vb = model.vector(first, min_chars=50), model.vector(second, min_chars=50)
    assert va and vb and "جرابلس" in va and "جرابلس" in vb
    assert cosine(va, vb) > 0.1


def test_short_posts_of_the_same_day_link_on_a_few_shared_words():
    tweet_a = info("a", make_claim(day=None, place=None, perps=(), killed=None), published=date(2022, 3, 1),
                   vec={"shelled": 0.1, "alpha": 0.995}, short=True)
    tweet_b = info("b", make_claim(day=None, place=None, perps=(), killed=None), published=date(2022, 3, 1),
                   vec={"shelled": 1.0}, short=True)
    assert 0.07 <= cosine(tweet_a.vec, tweet_b.vec) < 0.15 and linked(tweet_a, tweet_b)
    later = info("c", make_claim(day=None, place=None, perps=(), killed=None), published=date(2022, 3, 4),
                 vec={"shelled": 1.0}, short=True)
    assert not linked(tweet_a, later)


def test_a_toll_that_rises_in_later_reports_is_not_held_against_the_pair():
    early = info("a", make_claim(day="2022-03-01", killed=(3, 3)), published=date(2022, 3, 1))
    later = info("b", make_claim(day="2022-03-01", killed=(11, 11)), published=date(2022, 3, 3))
    shrunk = info("c", make_claim(day="2022-03-01", killed=(3, 3)), published=date(2022, 3, 3))
    first_high = info("d", make_claim(day="2022-03-01", killed=(11, 11)), published=date(2022, 3, 1))
    rose = pair_score(early, later)
    assert any(r.startswith("death toll rose (3 then 11)") for r in rose[1]) and rose == pair_score(later, early)
    fell = pair_score(first_high, shrunk)
    assert any(r.startswith("death tolls differ") for r in fell[1]) and fell[0] < rose[0]
