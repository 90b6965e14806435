"""Victims listed one by one (names, ages, kinship) counted as people, children and women.
Every sentence here is written for these tests."""

from datetime import date

from harmwatch.extract import extract
from harmwatch.extract.victims import listed_victims, sentence_people


def counts(*sentences):
    v = listed_victims(list(enumerate(sentences)))
    return v.people, v.children, v.women


def claim(text, check_claims):
    claims = check_claims(extract(text, document="t", published=date(2022, 3, 20)), text)
    (c,) = [c for c in claims if c["kind"] == "incident"]
    return c


def fig(c, field):
    return c["figures"][field]["min"], c["figures"][field]["max"]


# ages and kinship words

def test_ages_in_every_form():
    s = ("Those killed were identified as Karim Nasser (40), his wife Dalia Nasser, 38, their son Omar, aged 9, "
         "their 15-year-old daughter Rana and baby Yara, eight months old.")
    assert counts(s) == (5, 3, 1)


def test_kinship_without_age():
    # a wife, a mother, a grandmother are women; a boy, a girl, an infant are children
    s = "The strike killed Samir Haddad, his wife, his mother and an infant girl."
    assert counts(s)[1:] == (1, 2)


def test_adult_daughter_is_a_woman_and_young_daughter_a_child():
    s = "The victims were named as Faris Kanaan (52) and his daughters Salma (24) and Huda (11)."
    assert counts(s) == (3, 1, 1)


def test_group_introduces_the_names_that_follow():
    s = "A drone strike killed Leila Mansour and her three children: Adam, Zaid and Noor."
    assert counts(s) == (4, 3, 1)
    # sisters without ages: women only when an age or an adult's word says so
    s = "Also killed were the sisters Maha (31) and Rima (19), both teachers."
    assert counts(s) == (2, 0, 2)


def test_explicit_sex_in_brackets():
    s = "Local sources listed the dead: Rami Saleh (33 years old, male), Nisreen Saleh (29 years old, female)."
    assert counts(s) == (2, 0, 1)


def test_names_followed_by_the_verb():
    s = "Their son, Tariq Jaber, 27, and his wife, Amal Yousef, 23, were also killed."
    assert counts(s) == (2, 0, 1)


def test_kunya_names_a_mother():
    assert counts("Umm Khalil and her son Basel (6) were killed in the shelling.")[1:] == (1, 1)


# a victim named twice counts once

def test_victim_named_twice_counts_once():
    got = counts("The strike killed Hana Darwish, 35, and her son Ali, 4.",
                 "Hana Darwish had worked as a nurse; her son Ali Darwish was killed beside her.")
    assert got == (2, 1, 1)


def test_unnamed_wife_mentioned_again_counts_once():
    got = counts("Nabil Shams (45) was killed together with his wife.",
                 "His wife was killed as she tried to reach the children, neighbours said.")
    assert got[2] == 1


# traps: the injured, survivors, rescuers, relatives who speak, the living

def test_injured_list_is_not_counted():
    s = "The strike injured Sami Odeh (12), his sister Reem (8) and their mother Salwa."
    assert counts(s) == (0, 0, 0)
    s = "Malik Zaher (30) was killed, and his wife Rasha and their son Ahmad (3) were wounded."
    assert counts(s) == (1, 0, 0)


def test_survivors_are_not_counted():
    assert counts("He is survived by his wife Samar and his daughter Lina, 4.") == (0, 0, 0)
    s = "Omar Aziz (41) was killed while his wife and two-year-old son survived the strike."
    assert counts(s)[1:] == (0, 0)


def test_rescuers_and_the_living_are_not_counted():
    s = "Civil defence worker Hassan Bakr pulled his 7-year-old nephew Karim alive from the rubble."
    assert counts(s) == (0, 0, 0)


def test_relatives_who_speak_are_not_counted():
    s = "Youssef Hamdan (19) was killed, his mother said in a post shared by his cousin Rami."
    assert counts(s) == (1, 0, 0)
    s = "His aunt Ghada wrote that the family had been asleep when the missile struck."
    assert counts(s) == (0, 0, 0)


def test_people_in_a_quoted_tribute_are_not_listed():
    s = "A relative wrote: “My mother and my little sister were with me last summer.”"
    assert sentence_people(s) == [] or all(st != "k" for _, st, _ in sentence_people(s))


def test_owner_of_a_kinship_word_is_not_the_victim():
    # "his wife's brother" is not a woman; "Jasser's wife" is the victim, not Jasser
    s = "Basel Harb (61) was killed, according to a post by his wife’s brother."
    assert counts(s) == (1, 0, 0)


# whole claims: lists fill the figures, stated figures stay

def test_listed_children_and_women_fill_a_claim(check_claims):
    text = ("An air strike hit a house in Beit Lahia on 18 March 2022, killing five members of the Najjar family. "
            "The dead were identified as Mahmoud Najjar (44), his wife Samira (40), their daughters Aya (17) "
            "and Dana (20), and their son Fadi, six years old.")
    c = claim(text, check_claims)
    assert fig(c, "civilians_killed") == (5, 5)
    assert fig(c, "children_killed") == (2, 2)
    assert fig(c, "women_killed") == (2, 2)


def test_list_counts_people_when_no_total_is_given(check_claims):
    text = ("An Israeli drone strike on 18 March 2022 hit a car in Khan Younis. "
            "Killed in the strike were Ahmad Salem (7), his sister Lina (12) and their mother Huda.")
    c = claim(text, check_claims)
    assert fig(c, "civilians_killed") == (3, 3)
    assert fig(c, "children_killed") == (2, 2)
    assert fig(c, "women_killed") == (1, 1)


def test_stated_breakdown_wins_over_a_list(check_claims):
    text = ("An air strike on 18 March 2022 killed seven people, including four children, in Rafah. "
            "Among those killed were Rami (8) and Jana (5).")
    c = claim(text, check_claims)
    assert fig(c, "civilians_killed") == (7, 7)
    assert fig(c, "children_killed")[0] == 4


def test_list_never_exceeds_the_total(check_claims):
    text = ("A strike on 18 March 2022 killed two people in Deir al-Balah. "
            "The victims were named as Mona (9), Sara (7) and Ziad (4), relatives said.")
    c = claim(text, check_claims)
    assert fig(c, "civilians_killed") == (2, 2)
    assert fig(c, "children_killed") == (None, None)


def test_background_victims_are_not_listed(check_claims):
    text = ("Tamer Issa (33) was killed in an air strike on Jabalia on 18 March 2022. "
            "In 2014, his wife Rania and their daughters Dima (6) and Sana (4) were killed in a previous strike.")
    c = claim(text, check_claims)
    assert fig(c, "civilians_killed") == (1, 1)
    assert fig(c, "women_killed") == (None, None)
    assert fig(c, "children_killed") == (None, None)


def test_listed_victims_of_the_next_strike_stay_there(check_claims):
    text = ("On 18 March 2022 an air strike killed three people in Rafah. "
            "The following day, another strike killed three people in Khan Younis: Imad Saqr (50), his wife Nadia "
            "and their son Hani (10).")
    claims = [c for c in check_claims(extract(text, document="t", published=date(2022, 3, 20)), text)
              if c["kind"] == "incident"]
    assert len(claims) == 2
    assert fig(claims[0], "women_killed") == (None, None)
    assert fig(claims[1], "women_killed") == (1, 1) and fig(claims[1], "children_killed") == (1, 1)


def test_list_sentence_is_in_the_evidence(check_claims):
    text = ("An air strike hit a home in Nuseirat on 18 March 2022, reportedly killing four civilians. "
            "Reports said the house collapsed within seconds. "
            "Those killed were named as Walid Atallah (38), his wife Maysa, 35, and their sons Adam (9) and Sami (3).")
    c = claim(text, check_claims)
    assert fig(c, "children_killed") == (2, 2)
    starts = [e["start"] for e in c["evidence"]]
    assert text.index("Those killed") in starts


# breakdown forms

FORMS = [
    ("killed eight people, among them three children and two women", (8, 8), (3, 3), (2, 2)),
    ("killed eight people, of whom five were children", (8, 8), (5, 5), (None, None)),
    ("killed six people, including a pregnant woman", (6, 6), (None, None), (1, 1)),
    ("killed a mother and her three children", (4, 4), (3, 3), (1, 1)),
    ("killed two brothers", (2, 2), (None, None), (None, None)),
    ("killed a couple and their two daughters", (4, 4), (2, 2), (1, 1)),
    ("killed nine people, including the family's five children", (9, 9), (5, 5), (None, None)),
    ("killed twelve people, eight of them children", (12, 12), (8, 8), (None, None)),
    ("killed a woman and her two sons, aged 4 and 9", (3, 3), (2, 2), (1, 1)),
    ("killed a husband and wife", (2, 2), (None, None), (1, 1)),
    ("killed seven members of one family, the mother, the father and their five children", (7, 7), (5, 5), (1, 1)),
]


def test_breakdown_forms(check_claims):
    for words, k, ch, wo in FORMS:
        text = f"An air strike on a house in Rafah on 3 May 2022 {words}."
        c = claim(text, check_claims)
        assert (fig(c, "civilians_killed"), fig(c, "children_killed"), fig(c, "women_killed")) == (k, ch, wo), words


def test_fighters_are_not_listed_civilians():
    s = "Three female fighters and a commander, Ahmad Darwish (35), were killed in the drone strike."
    assert counts(s) == (0, 0, 0)


def test_identified_injured_are_not_victims():
    s = "The two injured children were identified as 12-year-old Adel Nour and seven-year-old Sami Nour."
    assert counts(s) == (0, 0, 0)
    s = "The victims were identified as 12-year-old Adel Nour and his mother Samar."
    assert counts(s) == (2, 1, 1)


def test_places_and_outlets_are_not_names():
    s = "Killed in the strike on the Nasser family home in central Gaza were Omar Nasser (6) and Lina Nasser (9)."
    assert counts(s) == (2, 2, 0)


def test_two_people_with_one_first_name():
    # a wife and a 17-year-old daughter both called Ibtisam are two people; a name repeated is one
    s = "The victims were identified as Awni Saad and his wife Ibtisam Saad, and their children Ibtisam (17) and Rami (12)."
    assert counts(s) == (4, 2, 1)
    got = counts("Killed were two women, Israa Totah and Elham Raqiq, and a boy, Omar (9).",
                 "Israa Totah had worked as a nurse and was killed at home.")
    assert got == (3, 1, 2)
