"""Tolls that rose, named far before their figure, and ages after a kinship word (sentences written for these tests)."""

from __future__ import annotations

from harmwatch.extract.figures import sentence_figures


def _killed(s: str):
    return [(f.min, f.max) for f in sentence_figures(s) if f.rel == "killed"]


def test_a_toll_that_rose_is_read_however_long_its_subject():
    s = ("The death toll from Tuesday's missile strike on a five-storey block of flats in the centre of the "
         "city rose to 41 on Thursday, the governor said.")
    assert _killed(s) == [(41, 41)]
    s = "The toll from the bombing of the crowded bus station in the north of the town has risen to more than 60."
    assert _killed(s) == [(60, None)]


def test_the_toll_of_the_injured_is_not_a_death_toll():
    assert _killed("The injury toll from the attack on the market on the edge of the town rose to 45.") == []


def test_an_age_after_a_kinship_word_is_no_figure():
    for s in ("Their neighbour, 42, was wounded by shrapnel.", "His father, 67, was wounded in the legs."):
        assert all(f.min not in (42, 67) for f in sentence_figures(s)), s
