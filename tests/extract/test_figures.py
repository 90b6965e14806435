from harmwatch.extract.figures import sentence_figures


def figs(s):
    return [(s[f.start:f.end], f.rel, f.cat, f.subset) for f in sentence_figures(s)]


def test_killed_and_injured():
    got = figs("The strike killed 12 civilians and wounded 30 others.")
    assert got == [("12", "killed", "person", False), ("30", "injured", "person", False)]


def test_breakdown_is_a_subset():
    got = figs("Nine people, including four children and two women, died in the blast.")
    assert got == [("Nine", "killed", "person", False), ("four", "killed", "child", True),
                   ("two", "killed", "woman", True)]


def test_combatants():
    got = figs("Eight soldiers were killed at the checkpoint.")
    assert got == [("Eight", "killed", "combatant", False)]


def test_not_casualty_figures():
    for s in ("The coalition carried out 502 strikes and dropped 1,200 munitions.",
              "Some 5,000 troops were deployed to the area.",
              "Up to 100 families were sheltering in the school.",
              "400,000 people remain under siege.",
              "A 36-year-old teacher was among them.",
              "The war began in 2011 and 40% of the city was destroyed.",
              "Aid worth $2,500 was sent; call 0933 123 456."):
        assert figs(s) == [], s


def test_family_of_six_and_singular_victims():
    assert figs("A family of six was killed.") == [("six", "killed", "person", False)]
    got = figs("A woman and her three children were killed.")
    assert [g[2] for g in got] == ["woman", "child"]


def test_death_toll():
    assert figs("The death toll rose to 70.")[0][:2] == ("70", "killed")


def test_belligerent_claim_does_not_make_combatants():
    got = figs("The military said its jets killed 12 militants in the village.")
    assert got == [("12", "killed", "person", False)]
    got = figs("The army said 12 ISIS fighters were killed in the village.")
    assert got == [("12", "killed", "combatant", False)]


def test_one_family_is_not_one_person():
    assert figs("Six members of one family were killed in the strike.") == [("Six", "killed", "person", False)]


def test_survivors_are_not_figures():
    assert figs("He is survived by his mother and his brother, who was injured in the attack.") == []
    got = figs("The strike killed nine people, including the family's five children.")
    assert got == [("nine", "killed", "person", False), ("five", "killed", "child", True)]


def test_vague_lead_gives_way_to_the_lowest_figure():
    from datetime import date

    from harmwatch.extract import extract

    text = ("A number of civilians were killed when a strike hit a house in Maarat al-Numan on 2 May 2019. "
            "The civil defence later said at least two people had been killed in the house.")
    (c,) = [c for c in extract(text, document="t", published=date(2019, 5, 3)) if c["kind"] == "incident"]
    assert c["figures"]["civilians_killed"]["min"] == 2
    text = "Dozens of people were killed when a strike hit a market in Ariha on 2 May 2019; the toll later reached 70."
    (c,) = [c for c in extract(text, document="t", published=date(2019, 5, 3)) if c["kind"] == "incident"]
    assert (c["figures"]["civilians_killed"]["min"], c["figures"]["civilians_killed"]["max"]) == (12, 70)


def test_passive_verb_before_a_comma_does_not_govern_the_next_clause():
    got = figs("At least 11 people were killed, scores of others (among them a nurse) were wounded.")
    assert [(g[0], g[1]) for g in got][:1] == [("At least 11", "killed")]
    assert ("scores of", "injured") in [(g[0], g[1]) for g in got]
    got = figs("At least four people were killed, a man and three children, in the raid.")
    assert [g[1] for g in got] == ["killed", "killed", "killed"]


def test_of_them_takes_the_figure_before():
    got = figs("The shell killed eight members of the household, seven of them civilians, and injured a boy.")
    assert got[:2] == [("eight", "killed", "person", True), ("seven", "killed", "person", False)]


def test_pregnancy_months_and_hyphenated_units_are_not_people():
    got = figs("His wife, who was eight months pregnant, was killed with him.")
    assert all(g[0] != "eight" for g in got)
    got = figs("She was killed with her husband, who was in his four-month stay there.")
    assert all(g[0] != "four" for g in got)


def test_in_law_and_sources_are_not_counts_of_all():
    from harmwatch.extract.figures import sentence_figures as sf
    s = "The raid killed a brother-in-law of the mayor."
    assert [f.total for f in sf(s)] == [False]
    assert figs("Several local sources said that nine people had been killed.") == [("nine", "killed", "person", False)]


def test_ages_given_as_alternatives_are_not_counts():
    got = figs("Her sister, aged either 30 or 31, was also killed with her 12 or 13-year-old son.")
    assert all(g[0] not in ("30", "30 or 31", "12", "12 or 13") for g in got), got


def test_people_still_under_the_rubble_are_not_counted_as_dead():
    assert figs("Rescuers said eight people were still under the rubble.") == []
    assert figs("Six bodies believed to still be under the debris could not be reached.") == []


def test_others_along_with_a_count_add_to_it():
    from harmwatch.extract.figures import sentence_figures as sf
    got = sf("At least five members of the family along with at least nine other civilians were killed.")
    assert [(f.min, f.total, f.subset) for f in got] == [(5, True, False), (9, True, False)]


def test_a_monitors_own_estimate_is_a_figure_of_the_dead():
    assert figs("No number was given, so the minimum of those killed has been assessed as two.")[0][:2] == ("two", "killed")
    assert figs("The monitor used the fatality and injury range 3-3 for this strike.")[0][:2] == ("3-3", "killed")
    assert figs("Analysts added a minimum civilian fatality estimate of one.")[0][:2] == ("one", "killed")
    assert figs("The ministry estimated that 300 buildings were destroyed.") == []


def test_companions_of_the_killed_are_killed():
    got = figs("The strike killed a well-known poet, Rana Haddad, alongside her son and nine members of her family, "
               "and at least four others were wounded.")
    assert [(g[0], g[1]) for g in got] == [("a well-known poet, Rana Haddad", "killed"), ("her son", "killed"),
                                           ("nine", "killed"), ("at least four", "injured")]


def test_a_count_told_one_by_one_is_not_counted_twice():
    from harmwatch.extract.figures import sentence_figures as sf
    s = ("Three children, a 12-year-old boy named Sami, a ten-year-old boy named Adel, and a six-year-old girl "
         "named Lina were also among those killed.")
    got = [(s[f.start:f.end], f.subset) for f in sf(s)]
    assert got[0] == ("Three", False) and all(sub for _, sub in got[1:])


def test_a_long_breakdown_before_the_verb_keeps_the_figure():
    s = ("A minimum of fourteen identified civilians, at least three of whom were children, as well as a man whose "
         "status is disputed, and two fighters, including a local commander of an armed group named in reports, "
         "were killed by the strike.")
    got = figs(s)
    assert got[0][:3] == ("A minimum of fourteen", "killed", "person")


def test_an_estimate_of_something_else_is_no_figure_of_the_dead():
    got = figs("The strike killed 12 people; the ministry estimated the number of displaced at 5,000.")
    assert got == [("12", "killed", "person", False)]


def test_killed_and_wounded_together_is_no_count_of_either():
    assert figs("About 20 people, most of them children, were killed and wounded in the raids on Friday.") == []
    got = figs("The monitor put the casualty range to at least two civilians killed and wounded.")
    assert got[0][:2] == ("at least two", "killed")
