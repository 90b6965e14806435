"""Named victims counted as women and children: kinship said after the name, relatives' names,
continuation sentences. Every sentence here is written for these tests (Ukraine, Sudan, Yemen...)."""

from datetime import date

from harmwatch.extract import extract
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


def claim(text, check_claims):
    claims = check_claims(extract(text, document="t", published=date(2022, 3, 20)), text)
    (c,) = [c for c in claims if c["kind"] == "incident"]
    return c


def fig(c, field):
    return c["figures"][field]["min"], c["figures"][field]["max"]


def test_his_daughter_and_his_sons_are_siblings_not_mother_and_children():
    # "his sons" are the father's: the daughter named before them is not made an adult by them
    s = "Abdallah Omer was killed along with his daughter Salma Omer, and his sons Musa Omer and Yahya Omer."
    cats = {n: c for c, n, _ in people(s)}
    assert cats["salma omer"] is None
    s = "The victims were Nadia Haddad and her son Sami Haddad."
    assert people(s)[0][0] == "woman"


def test_of_the_dead_n_were_women_and_m_were_children(check_claims):
    text = ("Shelling hit a market in Kharkiv on Tuesday, killing 14 civilians. Of the 14 people identified as killed by "
            "the regional administration, at least four were women and six were children.")
    c = claim(text, check_claims)
    assert fig(c, "women_killed")[0] == 4
    assert fig(c, "children_killed") == (6, 6)


def test_of_the_injured_n_were_children_is_no_death_count(check_claims):
    text = ("An air strike on a village near Sanaa on Monday killed five people and injured 20. Of the 20 injured, "
            "who were taken to hospital, seven were children.")
    c = claim(text, check_claims)
    assert fig(c, "children_killed") == (None, None)


def test_a_sentence_going_on_with_the_list_before_it():
    # "As well as ..." and a verbless sentence continue the list of the sentence before
    assert counts("The victims were identified as Olena Kovalenko (61) and her husband Petro Kovalenko (63).",
                  "As well as 34-year-old Iryna Bondar and her son Maksym Bondar, aged 6.") == (4, 1, 2)
    assert counts("The dead included 70-year-old Ibrahim Adam and his wife Khadija Adam.",
                  "Umm Hassan, her daughter Rasha (20) and her son Mohamed (15).") == (5, 1, 3)


def test_no_continuation_inside_a_quotation_or_after_a_verb():
    # a tribute going on in quotation marks, or a sentence with its own verb, is no list of the dead
    assert counts("The victims were identified as Amal Hussein (40) and her husband Omar Hussein (44).",
                  "Her brother Tarek Hussein (25) and his wife Sara (22) survived.")[0] == 2
    assert counts("A neighbour wrote: “The martyrs Amal Hussein (40) and her husband Omar Hussein (44) were killed.",
                  "Their son Ali (9), and their daughter Mona (19)….”")[0] == 0


def test_a_young_mothers_son_is_a_child():
    # a mother of 23 has no grown son; a mother of 45 may have
    assert counts("The strike killed 23-year-old Amani Saleh and her son, Yousef Saleh.") == (2, 1, 1)
    assert counts("The strike killed 45-year-old Amani Saleh and her son, Yousef Saleh.") == (2, 0, 1)
    assert counts("Halima Musa, 26, and her two sons, Adam and Issa, were killed in Tawila.") == (3, 2, 1)


def test_sentences_glued_without_a_space_split_the_list():
    # scraped narratives lose the space after a full stop: "... al-Nur.33-year-old Hawa ..."
    s = ("The dead included 60-year-old Khadija Idris and 38-year-old Amna Yousif al-Nur.33-year-old Hawa Adam "
         "was also killed alongside her son Ibrahim (12).")
    assert counts(s) == (4, 1, 3)


def test_an_ayn_is_no_quotation_mark():
    # "‘Alaa", "Sa‘id": transliteration marks, not an opening quote hiding the rest of the list
    s = ("29-year-old ‘Alaa Hamdan was killed alongside his sisters, 38-year-old Sana Hamdan and 27-year-old "
         "Hanadi Hamdan.")
    assert counts(s) == (3, 0, 2)
    s = "The victims were Abu Sa‘id Hamdan (70) and his wife Amna Hamdan (66)."
    assert counts(s) == (2, 0, 1)
    s = "The post read ‘The martyrs Huda Karim (33) and her daughter Mona (9) are with God."
    assert counts(s)[0] == 0


def test_a_relative_named_after_the_kinship_word_keeps_the_verb_after_her_name():
    s = "A post by Yusuf Adam identified his mother, Khadija Adam, to be among the dead."
    assert counts(s) == (1, 0, 1)


def test_the_owner_of_a_wife_or_a_child_is_an_adult():
    # Ghada's age is not given, but she has a son: she is a woman, not a child of the list
    t = ["The victims were Amna Yousif and her children, Ghada Ali, Hawa Ali and Omer Ali.",
         "Ghada's son Idris (4) was also killed."]
    assert counts(*t) == (5, 3, 2)


def test_two_of_his_daughters_are_no_count_of_women(check_claims):
    # daughters may be children or women: "two of his daughters" counts neither
    text = ("An air strike on a house in Saada on Sunday killed six civilians. Saleh Qasim was killed alongside two of "
            "his daughters, 12-year-old Amal and 16-year-old Huda.")
    c = claim(text, check_claims)
    assert fig(c, "women_killed") == (None, None)
    assert fig(c, "children_killed") == (2, 2)


def test_a_ceiling_is_shared_by_the_figures_it_coordinates(check_claims):
    # "up to three children and four women": four is a ceiling too; a later count gives the floor
    text = ("Between five and eight civilians, including up to three children and four women, were killed on Monday "
            "when a drone hit a house in Kharkiv. Rescuers recovered five bodies, including two women and two girls.")
    c = claim(text, check_claims)
    assert fig(c, "women_killed") == (2, 4)


def test_an_owner_before_an_aged_kinship_word_is_not_the_victim():
    # "Halima's 33-year-old daughter Samira": Samira is the victim, aged 33, and "lost her life" kills
    s = ("Halima’s 33-year-old daughter Samira Osman lost her life together with her son, 13-year-old Adam, "
         "and her 25-year-old sister Sara Osman.")
    assert counts(s) == (3, 1, 2)


def test_were_reported_killed_is_no_speaker():
    # "were reported killed": the list's verb, not someone reporting
    s = ("Family members Omar Saleh Taha, Yahya Saleh Taha (less than one year old) and Amna Taha (38 years old) "
         "were reported killed in the strike on Hodeidah.")
    assert counts(s) == (3, 1, 1)


def test_plural_in_law_words_are_women_or_men():
    s = "The victims were identified as Olha Marchenko (70) and her daughters-in-law, Iryna Marchenko and Oksana Marchenko."
    assert counts(s) == (3, 0, 3)


def test_the_death_of_his_aunt_and_the_deaths_of():
    # "the death of his aunt, X": she is the victim (the aunt), not the owner of a post
    assert counts("A neighbour referred to the death of his aunt, Ebtesam Saleh, in the strike on Taiz.") == (1, 0, 1)
    # "the deaths of": a killing word
    s = ("The strike also resulted in the deaths of Mariam’s father, 70-year-old Abdo Saleh (also known as Abu Ali), "
         "and her mother, Hawa Saleh.")
    assert counts(s) == (2, 0, 1)


def test_umm_with_an_article_is_a_mother():
    s = ("A relative, Abu Omar, identified the family members killed as Umm al-Majd Saleh, her brother Idris Saleh "
         "and his wife Hawa Saleh.")
    assert counts(s) == (3, 0, 2)


def test_the_father_who_lost_his_children_is_not_one_of_them():
    s = ("Surviving family member Yusuf Adam lost his three children: Musa, aged nine; Amna, aged five; and Idris, "
         "aged two.")
    ppl = people(s)
    assert [n for _, n, _ in ppl][:3] == ["musa", "amna", "idri"]
    assert counts(s)[1] == 3


def test_an_age_in_months_without_old():
    assert counts("The strike killed Huda Ali (40) and her daughter Lina (six months).") == (2, 1, 1)
    assert counts("The shelling killed his two children: Adam, aged nine; and Rosa, 18 months.")[1] == 2


def test_a_pair_of_kinship_words_before_a_pair_of_names():
    # "husband and wife A and B": A is the husband, B the wife
    s = ("Witnesses said that husband and wife Dr. Taras Melnyk and Olena Melnyk were killed, along with "
         "their grandson Ivan Melnyk (1).")
    assert counts(s) == (3, 1, 1)
    s = "Brother and sister Adam Yousif (18) and Hawa Yousif (33) were killed in the shelling of El Fasher."
    assert counts(s) == (2, 0, 1)
    s = "Relatives mourned their father and mother, Omar Saleh and his wife Amna Saleh (56), who died in the strike."
    assert counts(s)[2] == 1


def test_an_unnamed_person_with_another_age_is_someone_else():
    t = ["The strike killed 70-year-old Amna Idris and her son Musa Idris (45).",
         "A relative mourned a 32-year-old woman who was also killed in the strike."]
    assert counts(*t)[2] == 2
    t = ["The strike killed 70-year-old Amna Idris and her son Musa Idris (45).",
         "A relative said his grandmother was also killed in the strike."]
    assert counts(*t)[2] == 1


def test_reported_to_have_been_killed():
    s = ("27-year-old Svitlana Koval, the wife of Petro Koval, is reported to have also been killed, alongside her "
         "sister, 23-year-old Oksana.")
    assert counts(s) == (2, 0, 2)
