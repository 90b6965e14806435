"""Rules learnt from how wire stories, monitors and posts are written (sentences written for these tests)."""

from datetime import date

from harmwatch.extract import extract
from harmwatch.extract.dates import dateline
from harmwatch.extract.figures import sentence_figures


def incidents(claims):
    return [c for c in claims if c["kind"] == "incident"]


def killed(s):
    """(min, max) of the civilians killed in a one-sentence report."""
    (c,) = incidents(extract(s, document="t", published=date(2021, 5, 12)))
    k = c["figures"]["civilians_killed"]
    return k["min"], k["max"]


# datelines: where and when the report was filed, not the harm's place and date

def test_dateline_with_any_agency_and_year():
    text = "KYIV, May 12, 2021 (Dnipro Desk) - A missile hit a school in Kharkiv."
    when, end = dateline(text, None)
    assert when == date(2021, 5, 12) and text[:end] == "KYIV, May 12, 2021 (Dnipro Desk) -"
    assert dateline("ADEN, June 3 — Shelling hit the port.", date(2020, 6, 5))[0] == date(2020, 6, 3)
    assert dateline("SANAA (Red Sea Post) - Shelling hit the port.", None) == (None, 22)
    assert dateline("On March 3 (local time) shelling hit the port.", None) == (None, 0)
    # a feed item or a page whose title comes before the dateline
    text = "Ministry denies strike on school\n\nMOSCOW, Oct 28 (Levant Post) - The ministry denied it."
    when, end = dateline(text, date(2016, 10, 28))
    assert when == date(2016, 10, 28) and text[:end].endswith("(Levant Post) -")
    assert dateline("A title\nThe body begins. SANAA (Post) - no", None) == (None, 0)


def test_dateline_date_gives_way_to_the_harm_date(check_claims):
    text = ("ERBIL, April 9, 2017 (Kurdistan Desk) - Rescuers have recovered the bodies of at least 40 civilians "
            "killed when an air strike hit a market in Tal Afar on April 2, officials said on Sunday.")
    (c,) = incidents(check_claims(extract(text, document="d"), text))
    assert c["date"]["start"] == "2017-04-02"
    assert c["figures"]["civilians_killed"] == {"min": 40, "max": None}


def test_dateline_city_is_not_the_incident_place(monkeypatch):
    import harmwatch.extract.places as places_mod
    from harmwatch.extract.places import PlaceMention

    text = "ADEN, Yemen, Jan 4, 2019 (Gulf Wire) - An air strike on a market in Taiz killed 12 civilians on Thursday."

    def fake(t, countries=()):
        out = []
        for name, lat in (("ADEN", 12.8), ("Taiz", 13.6)):
            i = t.find(name)
            out.append(PlaceMention(i, i + len(name), name, name.title(), f"geonames:{int(lat)}", "YE", None,
                                    lat, 45.0, "settlement"))
        return out

    monkeypatch.setattr(places_mod, "find_places", fake)
    (c,) = incidents(extract(text, document="d"))
    assert [p["name"] for p in c["places"]] == ["Taiz"]
    assert c["date"]["start"] == "2019-01-03"


# figures

def test_breakdown_after_a_total_is_not_added():
    assert killed("Fourteen people, nine children and five teachers, were killed when a shell hit the school.") == (14, 14)
    (c,) = incidents(extract("Fourteen people, nine children and five women, were killed when a shell hit the school.",
                             document="t", published=date(2021, 5, 12)))
    assert c["figures"]["children_killed"] == {"min": 9, "max": 9}


def test_parts_after_a_colon_or_coordinated_without_a_noun():
    assert killed("The inquiry found that 57 civilians were killed: 50 in the shelter and seven in the street.") == (57, 57)
    assert killed("The drone strike killed 31 people inside the hall and six in the courtyard.") == (37, 37)


def test_martyrs_are_the_dead():
    assert killed("Twelve martyrs in the shelling of the bakery in Douma tonight.") == (12, 12)
    assert killed("Dozens of martyrs after warplanes struck the market.") == (12, None)
    # a casualty count that mixes the dead and the wounded is no death toll
    assert not sentence_figures("The raid left more than 60 martyrs and wounded in the camp.")
    # a month name must be a whole word ("martyrs" is not "March")
    assert not sentence_figures("The list was updated on 12 March.")


def test_initial_figure_is_superseded():
    text = ("A missile hit a wedding hall in Hodeidah, killing 23 people. Civil defence initially reported "
            "four dead before the toll rose.")
    (c,) = incidents(extract(text, document="t", published=date(2021, 5, 12)))
    assert c["figures"]["civilians_killed"]["min"] == 23


def test_comparison_with_the_war_is_not_a_tally():
    text = ("An air strike on a block of flats in Kharkiv late on Sunday killed at least 19 people, officials said, "
            "the deadliest single attack on the city since the war began.")
    claims = extract(text, document="t", published=date(2022, 8, 16))
    assert [c["kind"] for c in claims] == ["incident"]
    assert claims[0]["figures"]["civilians_killed"] == {"min": 19, "max": None}


def test_tally_document_makes_no_figureless_incident():
    text = ("The UN said on Tuesday that at least 4,100 civilians have been killed in Ukraine since February 24. "
            "It said shelling and air strikes caused most of the civilian casualties.")
    claims = extract(text, document="t", published=date(2022, 6, 14))
    assert [c["kind"] for c in claims] == ["tally"]


def test_tally_period_between_months_and_since_later_in_the_clause():
    text = ("A study concludes that more than 900 civilians were killed in air strikes on Mosul "
            "between February and July 2017.")
    (c,) = extract(text, document="t", published=date(2018, 3, 1))
    assert c["kind"] == "tally" and c["date"] == {"start": "2017-02-01", "end": "2017-07-31", "precision": "period"}
    text = "The war has killed more than 3,000 people since the army moved into the valley in May 2019."
    (c,) = extract(text, document="t", published=date(2020, 1, 10))
    assert c["kind"] == "tally" and c["date"]["start"] == "2019-05-01"
    text = "The ministry has so far acknowledged 37 civilian deaths in the province."
    assert [c["kind"] for c in extract(text, document="t", published=date(2020, 1, 10))] == ["tally"]


def test_figures_of_one_kind_give_a_range():
    text = ("A strike hit a bus on Thursday, killing at least 17 children. The hospital received the bodies of "
            "17 children, all of them under the age of 12, and 20 wounded.")
    (c,) = incidents(extract(text, document="t", published=date(2019, 4, 5)))
    assert c["figures"]["civilians_killed"] == {"min": 17, "max": 17}
    assert c["figures"]["civilians_injured"] == {"min": 20, "max": 20}  # "the age of 12" is no figure


def test_vague_bodies_do_not_lower_the_toll():
    text = ("Air strikes on a wedding in Hajjah killed more than 40 people on Sunday. "
            "Rescuers said many bodies were burnt beyond recognition.")
    (c,) = incidents(extract(text, document="t", published=date(2018, 4, 23)))
    assert c["figures"]["civilians_killed"] == {"min": 40, "max": None}


def test_ordinal_words_are_not_counts():
    assert not sentence_figures("She was the thirty-second journalist killed in the city.")


def test_days_have_passed_since():
    text = "Eight days have passed since the shell fell on our street, and 11 people died under the rubble."
    (c,) = incidents(extract(text, document="t", published=date(2020, 3, 20)))
    assert c["date"] == {"start": "2020-03-12", "end": "2020-03-12", "precision": "day"}


def test_early_on_a_weekday_is_before_publication():
    text = "An air strike killed 12 people in Raqqa early on Monday, activists said on Wednesday."
    (c,) = incidents(extract(text, document="t", published=date(2017, 6, 28)))
    assert c["date"]["start"] == "2017-06-26"


# figure rules from the analysis of the development set's misses (docs: extraction.md)

def test_reported_pluperfect_is_this_strike():
    text = ("A drone struck a bus station in Hodeidah on Tuesday. A local health official told reporters that "
            "14 people had been killed in the strike.")
    (c,) = incidents(extract(text, document="t", published=date(2019, 2, 7)))
    assert c["figures"]["civilians_killed"] == {"min": 14, "max": 14}
    # still background with a cumulative cue
    text = ("A drone struck a bus station in Hodeidah on Tuesday, killing 3 people. A relative said that 31 members "
            "of the family had been killed since the start of the war.")
    (c,) = incidents(extract(text, document="t", published=date(2019, 2, 7)))
    assert c["figures"]["civilians_killed"] == {"min": 3, "max": 3}


def test_toll_phrasings():
    def read(s):
        return [(f.min, f.max, f.rel) for f in sentence_figures(s)]

    assert read("By nightfall the number of those killed had climbed to 26, the ministry said.") == [(26, 26, "killed")]
    assert read("The shelling went on all night, bringing the toll to 15.") == [(15, 15, "killed")]
    assert read("He said he had lost nine relatives in the strike on the old city.") == [(9, 9, "killed")]
    assert read("A local channel placed the injury toll at 32.") == []
    assert read("The number of strikes reached 40 that night.") == []


def test_breakdown_parsing():
    def read(s):
        return [(f.min, f.max, f.rel, f.cat, f.subset) for f in sentence_figures(s)]

    # a non-figure quantity between the total and its breakdown does not break it
    figs = read("Missiles killed 21 people from four apartment blocks, including six children and five women.")
    assert figs == [(21, 21, "killed", "person", False), (6, 6, "killed", "child", True),
                    (5, 5, "killed", "woman", True)]
    # a breakdown of the breakdown is dropped
    figs = read("Eleven civilians died, including four children, one of them a newborn, and two women.")
    assert [f for f in figs if f[3] == "child"] == [(4, 4, "killed", "child", True)]
    # a quantifier after "including" keeps the breakdown a subset
    assert read("The strike killed 30 people, including at least 12 children.")[1][4] is True
    # "at least N, and up to M, people" is one range
    assert read("The raid killed at least 40, and as many as 60, people in the school.")[0][:2] == (40, 60)
    assert read("At least 30, and up to 45, people were killed in the raid.")[0][:2] == (30, 45)
    # an age adjective keeps the noun's category
    assert read("Two 12-year-old boys were killed when the shell landed.") == [(2, 2, "killed", "child", False)]


def test_clauses_of_killed_and_injured_stay_apart():
    def read(s):
        return [(f.min, f.max, f.rel, f.cat, f.subset) for f in sentence_figures(s)]

    figs = read("Twelve were killed, including three women, and at least eight others were wounded, including two children.")
    assert [f for f in figs if f[2] == "injured"] == [(8, None, "injured", "person", False),
                                                      (2, 2, "injured", "child", True)]
    figs = read("Shells killed 9 people, including two women, and wounded 30 in the market of Kherson.")
    assert figs[1] == (2, 2, "killed", "woman", True) and figs[2] == (30, 30, "injured", "person", False)
    figs = read("Between 6 and 9 people were killed, including four children, and at least five people, "
                "including a child, were injured.")
    assert figs[2][:3] == (5, None, "injured")
    assert read("In addition to the one death, 11 people were injured.")[1][2] == "injured"
    # a total noun after the breakdown is another total, not a part of it
    figs = read("The strike killed 18 identified members of the family, including 5 children, and up to 25 people in all.")
    assert figs[2] == (None, 25, "killed", "person", False)


def test_of_them_civilians_is_the_civilian_total():
    (c,) = incidents(extract("A drone strike killed nine people, seven of them civilians, in a village near Idlib on Monday.",
                             document="t", published=date(2020, 2, 5)))
    assert c["figures"]["civilians_killed"] == {"min": 7, "max": 7}


def test_figure_traps():
    assert not sentence_figures("The army authorised the killing of up to 300 civilians in the operation.")
    assert not sentence_figures("Ten bodies are believed to be still under the rubble of the mosque.")
    assert not sentence_figures("An estimated 40 people were inside the hall when it was hit and killed.")
    assert [(f.min, f.cat) for f in sentence_figures("A man of 18 was killed at the checkpoint.")] == [(1, "man")]
    assert [(f.min, f.rel) for f in sentence_figures("20 people inside the house were killed.")] == [(20, "killed")]


def test_more_than_is_a_qualifier_not_a_partial_count():
    assert [f.total for f in sentence_figures("The strike killed more than 70 people on Friday.")] == [True]
    assert [f.total for f in sentence_figures("The strike killed another 5 people on Friday.")] == [False]


def test_a_separate_named_strike_is_another_incident():
    text = ("An air strike on a prison in Saada killed more than 70 people on Friday, aid workers said. "
            "A separate coalition strike on a telecoms building in Hodeidah killed at least three children.")
    claims = incidents(extract(text, document="t", published=date(2022, 1, 21)))
    assert [c["figures"]["civilians_killed"]["min"] for c in claims] == [70, 3]


def test_who_holds_a_place_is_not_its_attacker():
    text = ("Coalition air strikes on a prison run by Islamic State in the town of Hajin killed 30 detainees "
            "on Monday, a monitor said.")
    (c,) = incidents(extract(text, document="t", published=date(2018, 9, 12)))
    assert c["perpetrators"] == ["us-led-coalition"]


def test_blamed_attackers_are_listed_jointly():
    text = ("Eleven people were killed when a school in a village of Idlib province was hit on Tuesday, the UN said. "
            "The UN did not say whose aircraft it was. Activists blamed Russian or Syrian government jets.")
    (c,) = incidents(extract(text, document="t", published=date(2016, 10, 27)))
    assert c["perpetrators"] == ["russia", "syrian-government"]


def _killed(text):
    (c,) = incidents(extract(text, document="t", published=date(2020, 1, 8)))
    return c["figures"]["civilians_killed"]["min"], c["figures"]["civilians_killed"]["max"]


def test_a_source_correcting_itself():
    assert _killed("Shelling hit a market in Kherson on Monday. Rescuers first reported two dead; by evening the "
                   "toll had risen to eight.") == (8, 8)
    assert _killed("Shelling hit a market in Kherson on Monday. Early reports spoke of three victims, but the "
                   "final count from the hospital was 11.") == (11, 11)
    assert _killed("Shelling hit a market in Kherson on Monday. Initial reports said five were killed; the UN "
                   "later put the number at between 9 and 12.") == (9, 12)


def test_a_subset_floor_under_an_upper_bound():
    assert _killed("The strike on Monday killed up to 27 people, including at least 19 members of one family.") == (19, 27)


def test_background_events_do_not_leak():
    lead = "A drone hit a minibus near Kharkiv on Thursday, killing 9 children. "
    for bg in ("The attack recalled the shelling of a railway station, which killed more than 50 people.",
               "In a similar attack in March, a strike on a market killed 40 people.",
               "It was the deadliest attack since a strike on a wedding in April killed 22 people."):
        (c,) = incidents(extract(lead + bg, document="t", published=date(2022, 8, 12)))
        assert c["figures"]["civilians_killed"] == {"min": 9, "max": 9}, bg
    # a witness recalling this strike is not background
    text = "A drone hit a minibus near Kharkiv on Thursday. A survivor recalled that 9 people were killed instantly."
    (c,) = incidents(extract(text, document="t", published=date(2022, 8, 12)))
    assert c["figures"]["civilians_killed"] == {"min": 9, "max": 9}


def test_demonyms_and_outlets_are_not_places(monkeypatch):
    import harmwatch.extract.places as places_mod
    from harmwatch.extract.places import PlaceMention

    text = ("Air strikes on a jail in the eastern Syrian town of Hajin killed 30 detainees on Monday, "
            "Baghdad Today reported.")

    def fake(t, countries=()):
        out = []
        for name, lat in (("Syrian", 35.0), ("Hajin", 34.7), ("Baghdad", 33.3)):
            i = t.find(name)
            out.append(PlaceMention(i, i + len(name), name, name, f"geonames:{int(lat * 10)}", "SY", None,
                                    lat, 40.0, "settlement"))
        return out

    monkeypatch.setattr(places_mod, "find_places", fake)
    (c,) = incidents(extract(text, document="t", published=date(2018, 9, 12)))
    assert [p["name"] for p in c["places"]] == ["Hajin"]


def test_an_earlier_weekday_event_is_background():
    text = ("Six civilians killed in drone strike\n\n"
            "Six civilians were killed and 10 wounded on Thursday when a drone struck a village near Qamishli, "
            "local officials said. Officials said it came after an attack on an army post on Wednesday that killed four "
            "people and wounded 30.")
    (c,) = incidents(extract(text, document="t", published=date(2024, 10, 25)))
    assert c["date"]["start"] == "2024-10-24"
    assert c["figures"]["civilians_injured"] == {"min": 10, "max": 10}


def test_initial_sources_and_at_the_time_give_way_to_the_confirmed_toll():
    text = ("An air strike hit a house in the village on Monday, killing up to 14 people. "
            "Initial sources said six people were killed. "
            "A doctor said that, at the time, nine people had been killed. ")
    (c,) = incidents(extract(text, document="t", published=date(2021, 3, 10)))
    assert c["figures"]["civilians_killed"]["max"] == 14
    assert c["figures"]["civilians_killed"]["min"] != 6


def test_a_lead_of_one_kind_is_the_lead_reading():
    text = ("Four brothers were killed when a drone struck their car near the market on Sunday. "
            "A local radio station said that three people had died in the attack.")
    (c,) = incidents(extract(text, document="t", published=date(2021, 3, 10)))
    assert c["figures"]["civilians_killed"] == {"min": 4, "max": 4}


def test_an_initial_toll_alone_is_kept():
    text = ("Initially reported by a local agency, the strike on the school caused at least nine deaths, "
            "including two women.")
    (c,) = incidents(extract(text, document="t", published=date(2021, 3, 10)))
    assert c["figures"]["civilians_killed"]["min"] == 9


def test_a_ceiling_with_a_breakdown_takes_the_breakdown_as_its_floor():
    text = ("A strike on a house in the camp on Tuesday killed up to ten people, including five children and "
            "three women. Rescuers recovered two bodies from the building.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"] == {"min": 8, "max": 10}
    text = ("A drone strike on Friday killed up to 30 people, including at least 21 members of one clan. "
            "A local official said 12 people had been killed.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"] == {"min": 21, "max": 30}


def test_a_toll_across_several_attacks_is_background():
    text = ("An air strike on a flat on Monday killed four people. "
            "Funerals were held for the 31 people who had been killed across attacks in the district that night. "
            "A cousin said that 40 members of the family had now been killed in the war.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"] == {"min": 4, "max": 4}


def test_others_counted_with_a_group_add_up():
    text = "Five members of one family along with eleven other civilians were killed in a strike on the market on Monday."
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"] == {"min": 16, "max": 16}


def test_an_initial_toll_higher_than_later_ones_is_not_a_correction():
    text = ("According to initial reports by local sources, at least 18 members of one family were killed "
            "when a strike hit their home on Monday. A news agency reported seven killed.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"]["min"] == 18


def test_an_earlier_attack_on_the_same_family_is_background():
    text = ("An air strike on a block of flats on Tuesday killed 40 people. "
            "A relative said it was the second attack on the family, while 12 members of the family had died before, "
            "in another attack.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"] == {"min": 40, "max": 40}


def test_a_later_post_about_the_same_strike_is_not_another_incident():
    text = ("On Monday a strike on a house in the village killed nine people. "
            "Two hours later, a neighbourhood page posted that at least five of those killed had been recovered.")
    assert len(incidents(extract(text, document="t", published=date(2022, 5, 20)))) == 1


def test_of_which_is_a_part_of_the_figure_before():
    text = ("Relatives named 60 residents of the tower – 52 of which were killed in the strike on Sunday.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"]["max"] in (52, 60)  # a part, never added: not 112


def test_a_fatality_estimate_sentence_is_read():
    text = ("On Monday an air strike hit a house in the camp and wounded three people. "
            "The monitor therefore added a minimum civilian fatality estimate of one.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"] == {"min": 1, "max": 1}


def test_children_listed_after_their_count_are_not_added_to_it():
    text = ("On Monday a strike on a house killed eight people. Three children, a 12-year-old boy named Sami, "
            "a ten-year-old boy named Adel, and a six-year-old girl named Lina were also among those killed.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["children_killed"]["min"] == 3


def test_one_named_victim_then_others_add_up():
    text = ("On Monday evening, the photographer Sami Haddad was killed when a strike hit his home in the city. "
            "The strike killed nine other members of his family, including three children.")
    (c,) = incidents(extract(text, document="t", published=date(2022, 5, 20)))
    assert c["figures"]["civilians_killed"] == {"min": 10, "max": 10}
