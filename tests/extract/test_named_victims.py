"""Named victims counted as women and children: kinship said after the name, relatives' names,
continuation sentences. Every sentence here is written for these tests (Ukraine, Sudan, Yemen...)."""

from harmwatch.extract.victims import listed_victims, sentence_people


def counts(*sentences):
    v = listed_victims(list(enumerate(sentences)))
    return v.people, v.children, v.women


def people(s):
    return [(p.category, p.name, st) for p, st, _ in sentence_people(s)]


def test_wife_of_someone_after_a_name_describes_her():
    # the husband named after "the wife of" is not a victim, and does not become a woman
    s = ("The dead were identified as 64-year-old Halyna Petrenko, who was the wife of Mykola Petrenko, and "
         "30-year-old Alaa Hamid, who was the wife of Yousif Adam.")
    assert counts(s) == (2, 0, 2)


def test_wife_of_the_late_in_apposition():
    s = "A relative said his aunt, Samira Osman, wife of the late Idris Osman, was among those killed in El Fasher."
    assert [c for c, _, st in people(s) if st == "k"] == ["woman"]


def test_unnamed_wife_of_a_named_man_and_her_children():
    s = ("A woman identified as the wife of Abdo Saleh, her sons Fares Saleh (12) and Ali Saleh (9), and her daughter "
         "Huda Saleh (19) were killed in the shelling of Taiz.")
    assert counts(s) == (4, 2, 2)


def test_kinship_in_brackets_does_not_hide_the_verb():
    s = "Others, Rasha Nouri (25), Tarek Nouri, and Dalal Nouri (wife of Tarek Nouri) were also killed."
    assert counts(s) == (3, 0, 2)
