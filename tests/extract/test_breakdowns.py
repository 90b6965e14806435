"""Children and women killed: breakdowns, people mentioned one by one, names, mothers.
Every sentence here is written for these tests."""

from datetime import date

from harmwatch.extract import extract
from harmwatch.extract.given_names import female_name
from harmwatch.extract.victims import listed_victims


def counts(*sentences):
    v = listed_victims(list(enumerate(sentences)))
    return v.people, v.children, v.women


def claim(text, check_claims):
    claims = check_claims(extract(text, document="t", published=date(2021, 6, 14)), text)
    (c,) = [c for c in claims if c["kind"] == "incident"]
    return c


def fig(c, field):
    return c["figures"][field]["min"], c["figures"][field]["max"]


def test_breakdown_with_a_breakdown_inside(check_claims):
    text = ("An air strike on a farmhouse near Idlib on Friday killed 14 people, including eight children "
            "(three boys and five girls) and four women, residents said.")
    c = claim(text, check_claims)
    assert fig(c, "children_killed") == (8, 8)
    assert fig(c, "women_killed") == (4, 4)


def test_a_wife_mentioned_is_not_the_count_of_women(check_claims):
    # the lead names one man "and his wife"; a later sentence counts the women
    text = ("At least 12 people were killed on Friday when a missile hit a building in Taiz: "
            "Khalil Saleh and his wife Rima, and their neighbours. "
            "Medics said the dead included five children and three women.")
    c = claim(text, check_claims)
    assert fig(c, "women_killed")[0] == 3
    assert fig(c, "children_killed")[0] == 5


def test_one_woman_is_a_count(check_claims):
    text = ("A drone strike on a market in Marib on Friday killed nine civilians, among them two children "
            "and one woman. Later, Ahmed Nasser and his wife Samira were named among the dead.")
    c = claim(text, check_claims)
    assert fig(c, "women_killed")[0] == 1
    assert fig(c, "children_killed")[0] == 2


def test_women_and_children_together_count_neither(check_claims):
    text = "Shelling of a village near Hama on Friday killed 23 people, 17 of them women and children."
    c = claim(text, check_claims)
    assert fig(c, "women_killed") == (None, None)
    assert fig(c, "children_killed") == (None, None)


def test_daughters_without_ages_are_not_women(check_claims):
    text = "An air strike on a house in Saada on Friday killed a farmer and his three daughters, relatives said."
    c = claim(text, check_claims)
    assert fig(c, "women_killed") == (None, None)


def test_women_named_with_ages_only():
    s = ("The victims were identified as 41-year-old Halima Yousef, 19-year-old Yasmine Yousef, "
         "30-year-old Khaled Yousef and 6-year-old Tala Yousef.")
    assert counts(s) == (4, 1, 2)


def test_a_mother_is_an_adult():
    # her son is listed after her: she is a woman although her age is not given
    s = ("The strike killed Omar Darwish (21), his sister Lubna Darwish and her two-month-old son Adam, "
         "relatives said.")
    assert counts(s)[1:] == (1, 1)


def test_owner_and_name_of_a_wife_are_one_woman():
    s = ("Also killed were Tariq Halabi, 60, Tariq's wife, Salwa Halabi, and his 8-year-old grandson.")
    assert counts(s) == (3, 1, 1)


def test_names_for_either_sex_say_nothing():
    assert female_name("Yasmine") and female_name("fatima")
    assert not female_name("Alaa") and not female_name("Nour") and not female_name("Ahmed")


def test_a_vague_figure_gives_way_to_the_children_listed(check_claims):
    text = ("An air strike on a house in Mosul on Friday killed eleven people. Several children were also "
            "killed: 4-year-old Ali Hassan, 7-year-old Zainab Hassan, 9-year-old Omar Hassan and "
            "12-year-old Sara Hassan.")
    c = claim(text, check_claims)
    assert fig(c, "children_killed")[0] == 4


def test_an_age_in_brackets_between_a_person_and_the_verb():
    s = "Both Nabil Haddad (70 years old) and his wife Samira Haddad (66 years old) were killed, along with their son."
    assert counts(s)[2] == 1


def test_spellings_of_one_name():
    assert female_name("Lobna") and female_name("Reema") and female_name("Souad") and female_name("Fatimah")


def test_among_those_killed_after_a_list():
    s = ("Hassan Nimr (64), his wife Samira Nimr (61), their son Karim Nimr (30) and Karim's wife "
         "Rasha Nimr (27) were among those killed.")
    assert counts(s) == (4, 0, 2)


def test_the_owner_before_a_kinship_word_is_not_the_victim():
    s = "Ali's daughter Huda Saleh was also killed with her husband Omar Saleh."
    assert counts(s) == (2, 0, 1)


def test_a_breakdown_of_a_breakdown_is_not_added(check_claims):
    text = ("Shelling of a house in Aleppo on Friday killed ten people, including six children, "
            "one of whom was a newborn, and two women.")
    c = claim(text, check_claims)
    assert fig(c, "children_killed")[0] == 6
    assert fig(c, "women_killed")[0] == 2


def test_an_unborn_child_is_not_a_child_killed(check_claims):
    text = ("A strike on a flat in Kharkiv on Friday killed seven people, among them three women, one of them "
            "pregnant with a baby girl, and four children.")
    c = claim(text, check_claims)
    assert fig(c, "children_killed")[0] == 4
    assert fig(c, "women_killed")[0] == 3


def test_a_woman_in_a_breakdown_is_counted(check_claims):
    # "a woman and three children" is a count: a list naming more sets no lower min (the lowest figure given)
    text = ("A drone strike on a car near Hodeidah on Friday killed five people, a woman and three children. "
            "Relatives named the dead as Amina Saleh, 30, her mother Fatima Saleh, 61, and her sons.")
    c = claim(text, check_claims)
    assert fig(c, "women_killed")[0] == 1
    assert fig(c, "children_killed")[0] == 3


def test_a_mother_with_her_children_is_not_the_count_of_women(check_claims):
    text = ("An air strike on a building in Gaza City on Friday killed 12 people, including a mother with her "
            "four children. The victims were named as Huda Nasser (35), her mother Samira Nasser (63), "
            "and her children Ali (9), Omar (7), Lina (5) and Yara (2).")
    c = claim(text, check_claims)
    assert fig(c, "women_killed")[0] == 2


def test_a_breakdown_in_apposition_is_not_added(check_claims):
    text = ("A rocket hit a playground in Donetsk on Friday, killing three children, two boys and a girl, "
            "and a man, officials said.")
    c = claim(text, check_claims)
    assert fig(c, "children_killed")[0] == 3


def test_children_as_a_predicate(check_claims):
    text = ("An air strike on a school in Kunduz on Friday killed at least nine civilians, at least four of "
            "whom were children, local officials said.")
    c = claim(text, check_claims)
    assert fig(c, "children_killed")[0] == 4


def test_a_woman_named_without_an_age():
    s = "The dead were identified as Karim Aziz (45), Samira Aziz, Nadia Aziz and Ahmad Aziz (12)."
    assert counts(s) == (4, 1, 2)


def test_a_daughter_named_without_an_age_is_neither():
    s = "The dead were identified as Karim Aziz (45) and his daughter Nadia."
    assert counts(s) == (2, 0, 0)


def test_listed_as_killed():
    s = "A relative listed Noura Haddad (wife of Rami Haddad) and her grandson as killed in the strike."
    assert counts(s)[2] == 1


def test_children_described_one_by_one_after_their_number(check_claims):
    text = ("An air strike on a house in Rafah on Friday killed six people. Three children, a 12-year-old boy "
            "named Omar Aziz, a nine-year-old boy named Adam Aziz and a four-year-old girl named Lina Aziz, "
            "were among those killed.")
    c = claim(text, check_claims)
    assert fig(c, "children_killed")[0] == 3


def test_a_brother_of_grown_men_without_an_age_is_not_a_child():
    s = ("Salim Haddad (66) was killed along with his four sons: Fadi Haddad (40), Rami Haddad (35), "
         "Jad Haddad and Tarek Haddad (29).")
    assert counts(s) == (5, 0, 0)


def test_a_brother_of_young_children_without_an_age_is_a_child():
    s = "Mona Haddad (30) was killed along with her three sons: Ali (9), Omar and Hadi (4)."
    assert counts(s) == (4, 3, 1)


def test_id_numbers_and_an_age_before_a_bracket():
    s = ("Among those who lost their lives were Rima Saleh (wife of Nabil), aged 54 (912345678); their son, "
         "Ali Saleh, aged 13 (487654321); and Huda Saleh, 21 (daughter of Nabil) (498765432).")
    assert counts(s) == (3, 1, 2)
