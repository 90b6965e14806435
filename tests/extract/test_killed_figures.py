"""Killed figures (issue #3): readings of sentences written for these tests, in the styles of reports
from several conflicts."""

from datetime import date

from harmwatch.extract import extract
from harmwatch.extract.figures import sentence_figures


def killed(text):
    claims = [c for c in extract(text, document="t", published=date(2024, 5, 1)) if c["kind"] == "incident"]
    f = claims[0]["figures"]["civilians_killed"]
    return f["min"], f["max"]


def fig(text, key):
    claims = [c for c in extract(text, document="t", published=date(2024, 5, 1)) if c["kind"] == "incident"]
    f = claims[0]["figures"][key]
    return f["min"], f["max"]


def test_kinship_words_count_one_person():
    assert killed("Shelling killed a 70-year-old man and his eight-year-old grandson in Kherson on Monday.") == (2, 2)
    assert killed("A drone strike killed a farmer and his nephew near Marib on Sunday.") == (2, 2)


def test_items_of_one_list_separated_by_a_name():
    assert killed("An air strike hit a house in Idlib on Friday, killing a boy named Omar Haddad (9), "
                  "and a girl named Lina Haddad (12).") == (2, 2)


def test_companions_of_a_named_victim():
    assert killed("A Russian missile struck a block of flats in Dnipro on Saturday, killing the poet Olena "
                  "Koval alongside 11 of her neighbours.") == (12, 12)
    assert killed("Aid worker Adam Yusuf was killed along with three colleagues when RSF shells hit "
                  "their convoy near El Fasher on Tuesday.") == (4, 4)


def test_companions_of_a_counted_victim_add_up():
    assert killed("A Saudi-led coalition air strike in Saada on Monday killed an elderly woman, Fatima Saleh, "
                  "together with her four-year-old granddaughter.") == (2, 2)


def test_companions_inside_a_total_are_not_added():
    assert killed("Seven villagers were killed in an army air strike in Sagaing on Monday; the headman was "
                  "killed alongside his wife.") == (7, 7)


def test_a_named_commander_is_no_civilian():
    s = "The strike killed militia commander Abu Bakr along with his two bodyguards in Gao on Friday."
    got = [(s[f.start:f.end], f.cat) for f in sentence_figures(s)]
    assert got[0] == ("militia commander Abu Bakr", "combatant")


def test_a_commander_and_his_guards_are_combatants():
    text = "A US drone strike killed a commander and two of his guards near Jilib in Somalia on Tuesday."
    assert fig(text, "combatants_killed") == (3, 3)
    assert killed(text) == (None, None)


def test_two_of_his_sons_add_to_the_man():
    assert killed("A drone strike killed a man and two of his sons in Marib on Monday.") == (3, 3)


def test_a_ceiling_in_the_lead_takes_the_lowest_specific_figure():
    text = ("Shelling of a market in El Fasher on Sunday killed as many as 30 people. The state ministry said a "
            "number of people had died. Local activists put the number of dead at 24.")
    assert killed(text) == (24, 30)


def test_a_couple_is_two_people():
    s = "An air strike on the village killed eleven people, including an elderly couple, five children and four women."
    got = [(s[f.start:f.end], f.cat, f.subset) for f in sentence_figures(s)]
    assert got == [("eleven", "person", False), ("an elderly couple", "person", True), ("five", "child", True),
                   ("four", "woman", True)]
    assert killed(s + " It happened in Kordofan on Monday.") == (11, 11)
    assert killed("A husband and wife were killed and four others injured when a shell hit their home in "
                  "Kherson on Monday.") == (2, 2)
    assert killed("Two people, a married couple, were killed by a drone in Sumy on Friday.") == (2, 2)


def test_a_named_civilian_and_his_grandson_are_two():
    assert killed("On Sunday a 70-year-old civilian, Musa Adam, and his six-year-old grandson Ali were killed "
                  "when shells hit their house in Nyala.") == (2, 2)


def test_companions_across_a_complement_and_a_role():
    assert killed("Medic Yusuf Idris was killed alongside three members of the ambulance crew and two patients "
                  "when a drone hit their vehicle near Khartoum on Monday.") == (6, 6)
    assert killed("A shell killed the poet and translator Maryna Bilyk alongside her son in Kharkiv on "
                  "Thursday.") == (2, 2)


def test_a_fighter_inside_a_total_is_no_civilian():
    text = "The shelling killed five people, including a soldier, in Kharkiv on Monday."
    assert killed(text) == (4, 4)
    assert fig(text, "combatants_killed") == (1, 1)
    text = "A drone strike on a house in Marib killed seven people, including Colonel Saleh Nasser, on Sunday."
    assert killed(text) == (6, 6)
    assert fig(text, "combatants_killed") == (1, 1)
    # a fighter the attacker alone claims stays a civilian (Airwars' rule)
    text = "The army said the strike in Idlib killed six people, including a militant, on Friday."
    assert killed(text) == (6, 6)


def test_a_monitors_number_of_killed_set_by_method():
    s = ("Sources gave no figure, so the number of civilians injured and killed was recorded as 1-2 "
         "to reflect local reporting.")
    assert [(s[f.start:f.end], f.rel, f.min, f.max) for f in sentence_figures(s)] == [("1-2", "killed", 1, 2)]
    s = "The number of killed has been quantified as 3 per the monitor's methodology."
    assert [(s[f.start:f.end], f.rel) for f in sentence_figures(s)] == [("3", "killed")]
    assert sentence_figures("Shelling killed 30 per day in the city.") == []


def test_a_lead_naming_one_victim_reads_one():
    text = ("Farmer Ali Hassan was killed by drone fire near Kadugli on Monday. A local activist later said "
            "six bodies were brought to the hospital.")
    assert killed(text) == (1, 6)


def test_killed_or_injured_is_no_singular_victim():
    from harmwatch.extract.figures import singular_victim
    assert not singular_victim("At least one civilian was reportedly killed or injured in the strike.")
    assert singular_victim("One civilian was reportedly killed in the strike.")


def test_police_inside_a_total_stay_in_it():
    assert killed("Shelling of a police station in Sarmada on Monday killed four people, including three "
                  "police officers.") == (4, 4)


def test_the_one_who_posts_is_no_victim():
    s = "A member of the village council posted the names of eight people killed in the strike."
    assert [(s[f.start:f.end], f.min) for f in sentence_figures(s)] == [("eight", 8)]
    s = "A journalist who posted videos of the fighting was killed on Monday."
    assert [(s[f.start:f.end], f.rel) for f in sentence_figures(s)] == [("A journalist", "killed")]


def test_an_infant_among_the_wounded_is_no_child_killed():
    text = "Two people were killed and an infant was among the wounded when a drone hit a car in Marib on Sunday."
    assert killed(text) == (2, 2)
    assert fig(text, "children_killed") == (None, None)
    assert fig(text, "civilians_injured") == (1, 1)


def test_a_breakdown_after_an_item_with_no_number():
    s = "RSF shelling killed 12 people in El Fasher on Monday, including Dr. Amal Idris, five children and four women."
    got = [(s[f.start:f.end], f.cat, f.subset) for f in sentence_figures(s)]
    assert got == [("12", "person", False), ("five", "child", True), ("four", "woman", True)]
    assert killed(s) == (12, 12)
    assert fig(s, "children_killed") == (5, 5)
    s = "At least eight civilians were killed, including women and children, and one child was wounded in Bakhmut."
    assert [(s[f.start:f.end], f.rel) for f in sentence_figures(s)] == [("At least eight", "killed"), ("one", "injured")]


def test_wounding_a_third_is_one_injured():
    text = "A drone strike killed two people in Marib on Monday, wounding a third."
    assert killed(text) == (2, 2)
    assert fig(text, "civilians_injured") == (1, 1)
    assert sentence_figures("The shelling destroyed a third of the village.") == []


def test_companions_of_a_victim_named_by_role():
    assert killed("A roadside bomb killed the driver along with four passengers near Kandahar on Monday.") == (5, 5)
    text = "Israeli forces killed Hamas commander Ali Saleh along with five civilians in Gaza City on Monday."
    assert killed(text) == (5, 5)
    assert fig(text, "combatants_killed") == (1, 1)


def test_a_speaker_is_no_victim():
    s = "Colonel Ahmed Saleh said five civilians were killed in the strike."
    assert [(s[f.start:f.end], f.cat) for f in sentence_figures(s)] == [("five", "person")]
    s = "Twenty people, officials said, were killed in the blast."
    assert [(s[f.start:f.end], f.rel) for f in sentence_figures(s)] == [("Twenty", "killed")]
    s = "The couple's three children were killed in the strike."
    assert [(s[f.start:f.end], f.min) for f in sentence_figures(s)] == [("three", 3)]


def test_companions_of_a_victim_told_by_a_noun_phrase():
    assert killed("A drone strike killed the head of the local council alongside his driver in Kharkiv on "
                  "Tuesday.") == (2, 2)


def test_executed_people_are_killed():
    assert killed("Militants executed 12 villagers in Borno state on Sunday.") == (12, 12)
    claims = extract("The coalition executed an air strike on a bridge near Mosul on Monday.", document="t",
                     published=date(2024, 5, 1))
    assert all(c["figures"]["civilians_killed"]["min"] is None for c in claims)


def test_one_of_the_wounded_died_later():
    text = ("Paramedic Omar Ali was killed and three colleagues were wounded when a drone hit their ambulance in "
            "Kherson on Monday. One of the wounded later succumbed to his injuries.")
    assert killed(text) == (2, 2)
    assert fig(text, "civilians_injured") == (3, 3)
    text = ("A drone strike on an ambulance near Omdurman on Monday killed a paramedic and wounded three of his "
            "colleagues. One of the injured medics later died in hospital.")
    assert killed(text) == (2, 2)
