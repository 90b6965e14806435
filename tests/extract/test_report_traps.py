"""Report traps of issue #3: tallies told as incidents, earlier strikes, bulleted lists, relative dates.

Sentences written for these tests (wire, UN, NGO, monitor and military styles from several wars)."""

from __future__ import annotations

from datetime import date

import pytest

from harmwatch.extract import extract
from harmwatch.extract.dates import find_dates


def _claims(text: str, published: str | None, check_claims=None):
    claims = extract(text, document="t", published=date.fromisoformat(published) if published else None)
    if check_claims is not None:
        check_claims(claims, text)
    return claims


def _incidents(claims):
    return [c for c in claims if c["kind"] == "incident"]


def _kmin(claim):
    return claim["figures"]["civilians_killed"]["min"]


# -- cumulative tolls are tallies, never incidents ------------------------------------------------

@pytest.mark.parametrize("text,published,start", [
    ("The junta has killed more than 3,100 people since it seized power in February 2021, a rights group said.",
     "2023-06-01", "2021-02-01"),
    ("Soldiers have killed over 2,000 protesters since the coup, the monitoring group said on Friday.",
     "2022-05-06", None),
    ("The insurgents have killed more than 400 villagers since they took control of the district, elders said.",
     "2021-09-14", None),
    ("Al Shabaab has killed scores of civilians in the past month, the regional administration said.",
     "2023-09-01", "2023-08-02"),
    ("In the past week, drone strikes have killed at least 37 civilians across the region, the UN said.",
     "2024-02-02", "2024-01-26"),
    ("So far this year, armed groups have killed more than 700 people in the country, according to ACLED.",
     "2023-05-02", "2023-01-01"),
    ("More than 2,600 people have been killed in Lebanon since October last year, the health ministry said.",
     "2024-10-24", "2023-10-01"),
    ("The network says more than 300,000 civilians have been killed since the uprising began in 2011.",
     "2021-03-15", "2011-01-01"),
    ("Fighting has killed more than 12,000 people since it erupted in April, according to the UN.",
     "2023-11-20", "2023-04-01"),
])
def test_cumulative_tolls_are_tallies(text, published, start, check_claims):
    claims = _claims(text, published, check_claims)
    assert [c["kind"] for c in claims] == ["tally"]
    assert claims[0]["date"]["precision"] == "period"
    if start:
        assert claims[0]["date"]["start"] == start
        assert claims[0]["date"]["end"] == published


def test_tally_beside_an_incident_stays_apart(check_claims):
    text = ("The army has killed at least 150 civilians in air strikes on Nyala in the past month, activists say. "
            "On Monday, an air strike on a cattle market in the town killed 12 people.")
    claims = _claims(text, "2024-08-28", check_claims)
    assert [c["kind"] for c in claims] == ["tally", "incident"]
    inc = _incidents(claims)[0]
    assert inc["date"]["start"] == "2024-08-26"
    assert inc["figures"]["civilians_killed"] == {"min": 12, "max": 12}
    assert claims[0]["figures"]["civilians_killed"]["min"] == 150


def test_seizure_of_power_then_a_new_killing(check_claims):
    text = ("Three years after the coup, the military has killed more than 4,000 people since it seized power, "
            "according to AAPP. On Tuesday, troops shot dead four villagers in Sagaing region.")
    claims = _claims(text, "2024-02-01", check_claims)
    assert [c["kind"] for c in claims] == ["tally", "incident"]
    assert _incidents(claims)[0]["date"]["start"] == "2024-01-30"
    assert _kmin(_incidents(claims)[0]) == 4


def test_a_comparison_is_still_one_strike(check_claims):
    text = "The strike on the bus station killed 23 people on Friday, the deadliest attack in the past month."
    claims = _claims(text, "2024-03-10", check_claims)
    assert [c["kind"] for c in claims] == ["incident"]


# -- an earlier strike told after the lead is its own incident -------------------------------------

@pytest.mark.parametrize("second,day,n", [
    ("The previous day, a drone strike on Kherson had killed five people, including a child.", "2023-05-08", 5),
    ("Two days earlier, a missile hit a grain depot in Lozova, killing one worker.", "2023-05-07", 1),
    ("Earlier, on Sunday, shelling of a bus stop in Nikopol killed two pensioners.", "2023-05-07", 2),
])
def test_an_earlier_strike_is_a_second_incident(second, day, n, check_claims):
    text = ("A Russian missile strike on an apartment block in Odesa killed three civilians on Tuesday, "
            "the regional governor said. " + second)
    claims = _incidents(_claims(text, "2023-05-10", check_claims))
    assert len(claims) == 2
    assert claims[0]["date"]["start"] == "2023-05-09" and _kmin(claims[0]) == 3
    assert claims[1]["date"]["start"] == day and _kmin(claims[1]) == n
    assert claims[1]["places"] and claims[1]["places"][0]["name"] != "Odesa"


def test_the_lead_goes_on_after_an_earlier_strike(check_claims):
    text = ("Israeli strikes on the city of Tyre killed at least seven people on Thursday, the health ministry said. "
            "Earlier, on Tuesday, an Israeli strike on a house in the village of Maaroub had killed three people. "
            "Israeli attacks have killed more than 2,500 people in Lebanon since October last year, the ministry says.")
    claims = _claims(text, "2024-10-24", check_claims)
    assert [c["kind"] for c in claims] == ["incident", "incident", "tally"]
    assert [c["date"]["start"] for c in claims[:2]] == ["2024-10-24", "2024-10-22"]
    assert _kmin(claims[0]) == 7 and _kmin(claims[1]) == 3


@pytest.mark.parametrize("second", [
    "The market had been hit before: in June, an air raid on the same area killed 20 people.",
    "In a similar attack last month, a drone killed nine people at a wedding in the same state.",
    "The previous day, another strike was reported on the family's home, killing two relatives.",
])
def test_background_does_not_repeat_or_inflate_the_lead(second, check_claims):
    text = ("An air strike by the army on a market in the town of Wad Madani killed 11 civilians on Wednesday, "
            "medics said. " + second)
    claims = _incidents(_claims(text, "2023-08-10", check_claims))
    assert len(claims) == 1
    assert claims[0]["figures"]["civilians_killed"] == {"min": 11, "max": 11}


def test_an_attack_the_same_day_elsewhere_is_another_incident(check_claims):
    text = ("Soldiers and allied mercenaries killed at least 20 civilians in the village of Welingara in central "
            "Mali on Saturday, a local official said. Jihadist fighters ambushed a convoy near Boni the same day, "
            "killing five soldiers.")
    claims = _incidents(_claims(text, "2024-03-05", check_claims))
    assert len(claims) == 2
    assert [c["date"]["start"] for c in claims] == ["2024-03-02", "2024-03-02"]


def test_a_source_telling_the_same_day_opens_nothing(check_claims):
    text = ("On the evening of 21 July, one civilian was killed and another injured in a strike on a house in Rafah. "
            "On the same day, a local news agency reported one dead and one wounded in a bombing in the area.")
    claims = _incidents(_claims(text, "2024-07-28", check_claims))
    assert len(claims) == 1


# -- bulleted lists: one incident a bullet, no attacker bleeding ----------------------------------

def test_ocha_bullets_each_an_incident(check_claims):
    text = ("Yemen: Flash Update No. 3\n\n"
            "- On 17 May, Houthi shelling hit a residential area in Taizz city, killing a woman and injuring "
            "three children.\n"
            "- On 18 May, an air strike hit a farm in Saada governorate, killing four people.\n"
            "- On 19 May, a landmine exploded under a minibus in Al Hudaydah, killing two children.\n")
    claims = _incidents(_claims(text, "2024-05-20", check_claims))
    assert [c["date"]["start"] for c in claims] == ["2024-05-17", "2024-05-18", "2024-05-19"]
    assert claims[0]["perpetrators"] == ["houthis"]
    assert claims[1]["perpetrators"] == ["unknown"]
    assert claims[2]["perpetrators"] == ["unknown"]
    assert [_kmin(c) for c in claims] == [1, 4, 2]


def test_numbered_items_split_even_without_an_attack_word(check_claims):
    text = ("Reported impact since 1 December:\n"
            "1. On 2 December, Israeli forces killed three Palestinians in an airstrike on a car in Deir al Balah.\n"
            "2. On 3 December, a Palestinian man was killed by settlers near Nablus.\n")
    claims = _incidents(_claims(text, "2023-12-04", check_claims))
    assert [c["date"]["start"] for c in claims] == ["2023-12-02", "2023-12-03"]
    assert [_kmin(c) for c in claims] == [3, 1]


def test_star_bullets_keep_their_own_attacker(check_claims):
    text = ("Incidents in the reporting period:\n"
            "* 7 July: Russian artillery shelled Nikopol, killing a man.\n"
            "* 8 July: An explosion in a residential building in Kherson killed two women.\n")
    claims = _incidents(_claims(text, "2024-07-10", check_claims))
    assert [c["perpetrators"] for c in claims] == [["russia"], ["unknown"]]


def test_a_monthly_breakdown_is_no_list_of_incidents(check_claims):
    text = ("Attacks by cells in the region left 14 people dead this year, distributed as follows:\n"
            "• January: Three attacks left three people dead and five others injured.\n"
            "• February: Ten attacks killed eight people and injured 21 others.\n")
    claims = _incidents(_claims(text, "2022-06-28", check_claims))
    assert len(claims) <= 1


# -- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase,seq", [
    ("The previous day", -1), ("The day before", -1), ("The night before", -1), ("Two days earlier", -2),
    ("A day earlier", -1), ("3 days earlier", -3), ("Three days later", 3), ("the same day", 0),
])
def test_sequence_phrases(phrase, seq):
    refs = find_dates(phrase + ", a strike hit the town.", date(2024, 1, 22))
    assert refs and refs[0].seq == seq


def test_bare_month_is_the_latest_such_month():
    refs = find_dates("In June, an air raid hit the market.", date(2023, 8, 10))
    assert [(r.first, r.last, r.precision) for r in refs] == [(date(2023, 6, 1), date(2023, 6, 30), "month")]
    assert find_dates("two days before the vote", date(2023, 8, 10)) == []
    assert find_dates("a truce signed in May", date(2023, 8, 10)) == []  # "May" alone is too often a verb


@pytest.mark.parametrize("text,published,day", [
    ("Saudi-led coalition air strikes on Sanaa killed at least 14 people yesterday, residents said.",
     "2022-01-18", "2022-01-17"),
    ("At least six people were killed last night when glide bombs struck a village near Kharkiv.",
     "2024-04-14", "2024-04-13"),
    ("An airstrike on a house in Rafah early on Sunday killed 11 members of one family, officials said.",
     "2024-03-11", "2024-03-10"),
    ("KYIV, March 3 (Reuters) - A drone attack on Zaporizhzhia killed five people early on Sunday.",
     "2024-03-03", "2024-03-03"),
    ("KHARTOUM, June 20, 2024 (Reuters) - Shelling by the Rapid Support Forces killed nine civilians in "
     "Omdurman on Wednesday, a resistance committee said.", None, "2024-06-19"),
])
def test_relative_dates(text, published, day, check_claims):
    claims = _incidents(_claims(text, published, check_claims))
    assert len(claims) == 1
    assert claims[0]["date"] == {"start": day, "end": day, "precision": "day"}


# -- places: the attacking state is no place; the attack sentence before the toll says where ----------

@pytest.mark.parametrize("text,published,want,not_want", [
    ("Israel conducts air strikes on targets in Syria, killing two civilians", "2024-02-21", "SY", "IL"),
    ("Turkey strikes militant targets in northern Iraq, killing four civilians near Sinjar on Thursday.",
     "2022-06-10", "IQ", "TR"),
    ("Russia's army shelled the Ukrainian town of Kupiansk on Monday, killing three civilians.", "2023-03-15", "UA", "RU"),
])
def test_the_attacking_state_is_not_the_place(text, published, want, not_want, check_claims):
    claims = _incidents(_claims(text, published, check_claims))
    assert len(claims) == 1
    countries = [p["country"] for p in claims[0]["places"]]
    assert want in countries and not_want not in countries


def test_a_country_struck_is_still_a_place(check_claims):
    claims = _incidents(_claims("An air strike killed six civilians in Syria on Monday, monitors said.", "2024-02-21",
                                check_claims))
    assert [p["country"] for p in claims[0]["places"]] == ["SY"]


def test_the_attack_sentence_before_the_toll_places_it(check_claims):
    text = ("Statement by the army spokesperson: Overnight, fighter jets struck infrastructure in the area of Bint Jbeil "
            "in southern Lebanon.\nLebanese state media reported that two civilians were killed in the strike.")
    claims = _incidents(_claims(text, "2024-01-08", check_claims))
    assert len(claims) == 1
    assert claims[0]["places"][0]["name"] == "Bint Jbeil"
    assert claims[0]["date"]["start"] == "2024-01-07"


def test_a_week_ago():
    refs = find_dates("A week ago, a jet bombed a crowd in the village.", date(2023, 4, 20))
    assert [(r.first, r.precision) for r in refs] == [(date(2023, 4, 13), "day")]


# -- more cumulative tolls: since a weekday, past hours, reporting periods, monthly counts -----------

@pytest.mark.parametrize("text,published,period", [
    ("At least 700 people have been killed in the enclave since Saturday, the health ministry said on Tuesday.",
     "2023-10-10", ("2023-10-07", "2023-10-10")),
    ("In the past 24 hours, 120 people were killed and 250 injured, the ministry reported.",
     "2024-01-05", ("2024-01-04", "2024-01-05")),
    ("Between 30 May and 5 June, 14 civilians were killed in conflict-related incidents, according to the UN.",
     "2023-06-10", ("2023-05-30", "2023-06-05")),
    ("The network documented the killing of 68 civilians in Syria in March 2022, including 11 children.",
     "2022-04-01", ("2022-03-01", "2022-03-31")),
])
def test_more_tallies(text, published, period, check_claims):
    claims = _claims(text, published, check_claims)
    assert [c["kind"] for c in claims] == ["tally"]
    assert (claims[0]["date"]["start"], claims[0]["date"]["end"]) == period


def test_a_running_total_after_the_strike_is_a_tally(check_claims):
    text = ("A drone strike on a house in the village of Saraqib killed three civilians on Monday. This brings the "
            "number of people killed in the district since Friday to 17, the monitor said.")
    claims = _claims(text, "2024-04-02", check_claims)
    assert [c["kind"] for c in claims] == ["incident", "tally"]
    assert claims[0]["figures"]["civilians_killed"] == {"min": 3, "max": 3}


# -- several strikes in one report ----------------------------------------------------------------

def test_a_few_days_later_is_another_incident(check_claims):
    text = ("Air strikes hit a school complex in Haas on Wednesday, killing 22 children and six teachers, UNICEF said. "
            "A few days later, a strike on a market in Maarat al-Numan killed 15 people.")
    claims = _incidents(_claims(text, "2016-10-20", check_claims))
    assert len(claims) == 2
    assert claims[0]["figures"]["civilians_killed"]["min"] == 28
    assert claims[1]["figures"]["civilians_killed"]["min"] == 15


def test_meanwhile_elsewhere_is_another_incident(check_claims):
    text = ("An Israeli strike on a house in Rafah killed 14 people on Sunday, health officials said. Meanwhile, in the "
            "West Bank, Israeli troops shot dead two men in Jenin on Sunday.")
    claims = _incidents(_claims(text, "2024-03-18", check_claims))
    assert [_kmin(c) for c in claims] == [14, 2]


def test_a_separate_strike_without_a_date_is_the_same_day(check_claims):
    text = ("Air strikes on a market in Maarat al-Numan killed 31 civilians on Monday, the monitor said. In a separate "
            "strike, a warplane hit the town of Saraqeb, killing four people.")
    claims = _incidents(_claims(text, "2019-07-23", check_claims))
    assert [c["date"]["start"] for c in claims] == ["2019-07-22", "2019-07-22"]


def test_a_daily_round_up_by_region(check_claims):
    text = ("Over the past day, Russian attacks killed four civilians and injured 27 in Ukraine, regional authorities "
            "reported. In Kharkiv Oblast, a Russian strike on a village killed a 62-year-old man. In Donetsk Oblast, "
            "shelling killed three people in Toretsk.")
    claims = _claims(text, "2024-06-01", check_claims)
    assert [c["kind"] for c in claims] == ["tally", "incident", "incident"]
    assert [_kmin(c) for c in claims[1:]] == [1, 3]


def test_a_later_update_does_not_date_the_strike(check_claims):
    text = ("Russian forces bombed a theater in the city on Wednesday where hundreds of civilians were sheltering, "
            "officials said.\nThe number of dead was not immediately known.\n"
            "On Thursday, officials said the bombing of the theater had killed at least 300 people.")
    claims = _incidents(_claims(text, "2022-03-17", check_claims))
    assert len(claims) == 1
    assert claims[0]["date"]["start"] == "2022-03-16"


def test_a_dateline_days_before_publication_anchors_relative_dates(check_claims):
    text = ("KYIV, March 3 (Reuters) - A drone struck an apartment block in Odesa yesterday, killing 12 people "
            "including five children, officials said.")
    claims = _incidents(_claims(text, "2024-03-05", check_claims))
    assert claims[0]["date"]["start"] == "2024-03-02"


@pytest.mark.parametrize("text,published,start", [
    ("More than 330 people have been killed in a week of fighting between the two forces, the WHO said.",
     "2023-04-22", "2023-04-15"),
    ("At least 120 people were killed in three days of fighting in Al Jazirah state, activists said.",
     "2024-10-28", "2024-10-25"),
])
def test_days_of_fighting_are_a_tally(text, published, start, check_claims):
    claims = _claims(text, published, check_claims)
    assert [c["kind"] for c in claims] == ["tally"]
    assert claims[0]["date"]["start"] == start


@pytest.mark.parametrize("background", [
    "It was the deadliest attack on the region since January, when 40 people died in a strike on a market in Poltava.",
    "The attack follows a strike on Kharkiv on Friday that killed five people.",
    "The strike comes a day after 10 people were killed in Odesa.",
    "Earlier this month, a drone strike on a wedding killed 12 people in Sumy.",
    "The UN human rights office says it has verified 4,700 civilian deaths in the country.",
])
def test_background_sentences_neither_inflate_nor_place_the_lead(background, check_claims):
    text = ("A missile strike on a shopping centre in Kremenchuk killed 18 civilians on Monday, officials said. "
            + background)
    claims = _incidents(_claims(text, "2022-06-28", check_claims))
    assert len(claims) == 1
    assert claims[0]["figures"]["civilians_killed"] == {"min": 18, "max": 18}
    assert [p["name"] for p in claims[0]["places"]] == ["Kremenchuk"]


def test_an_injury_bullet_is_its_own_incident(check_claims):
    text = ("Highlights:\n"
            "• On 13 November, soldiers shot and killed two men in Jenin.\n"
            "• On 14 November, settlers attacked farmers near Nablus, injuring three Palestinians.\n"
            "• On 15 November, an airstrike hit a house in Khan Younis, killing seven people.\n")
    claims = _incidents(_claims(text, "2023-11-16", check_claims))
    assert [c["date"]["start"] for c in claims] == ["2023-11-13", "2023-11-14", "2023-11-15"]
    assert claims[1]["figures"]["civilians_injured"]["min"] == 3
    assert claims[1]["figures"]["civilians_killed"]["min"] is None


@pytest.mark.parametrize("text,day,place", [
    ("Aden, 12 May 2022 (Saba) - Houthi shelling killed three children in Taiz yesterday, a local official said.",
     "2022-05-11", "Taiz"),
    ("MOGADISHU, Somalia, Oct. 29, 2022 /PRNewswire/ -- A car bomb killed 30 people at a junction in Baidoa on Saturday.",
     "2022-10-29", "Baidoa"),
])
def test_more_datelines(text, day, place, check_claims):
    claims = _incidents(_claims(text, None, check_claims))
    assert claims[0]["date"]["start"] == day
    assert claims[0]["places"][0]["name"] == place


def test_a_separate_attack_on_an_earlier_day_is_its_own_incident(check_claims):
    text = ("At least 100 people were killed on Tuesday when the military bombed a gathering in Pazigyi village, "
            "witnesses said. In a separate attack on Monday, troops shot dead five villagers in Magway region, "
            "local media reported.")
    claims = _incidents(_claims(text, "2023-04-13", check_claims))
    assert [c["date"]["start"] for c in claims] == ["2023-04-11", "2023-04-10"]
    assert [_kmin(c) for c in claims] == [100, 5]


def test_a_bracketed_city_under_a_title_is_a_dateline(check_claims):
    text = ("Yemen: Strike on detention centre a likely war crime\n\n"
            "(Beirut) – A coalition airstrike on a detention centre in Dhamar on September 1, 2019 killed more than "
            "100 detainees, the group said today.")
    claims = _incidents(_claims(text, "2019-09-05", check_claims))
    assert [p["name"] for p in claims[0]["places"]] == ["Dhamar"]


def test_an_undated_dateline_under_a_title_anchors_the_weekday(check_claims):
    text = ("Junta air strike kills scores at village ceremony\n\n"
            "April 12 (Reuters) - At least 100 people were killed on Tuesday when the military bombed a gathering "
            "in Pazigyi village, witnesses said.")
    claims = _incidents(_claims(text, "2023-04-14", check_claims))
    assert claims[0]["date"]["start"] == "2023-04-11"


def test_prose_after_a_list_does_not_take_a_bullets_attacker(check_claims):
    text = ("HIGHLIGHTS\n"
            "• On 6 September, a militia attack on a village in Sennar State killed at least 80 people.\n"
            "• On 8 September, shelling of a camp in El Fasher killed six people.\n\n"
            "On 9 September, a strike on a market in Kabkabiya killed 12 civilians. Soldiers and militiamen "
            "clashed near the town the same week.")
    claims = _incidents(_claims(text, "2024-09-10", check_claims))
    assert len(claims) == 3
    assert claims[2]["date"]["start"] == "2024-09-09"


@pytest.mark.parametrize("text,published,kind,period", [
    ("Air strikes killed at least 120 civilians across the country last month, the UN said.", "2023-05-10", "tally",
     ("2023-04-01", "2023-04-30")),
    ("An air strike killed 12 people at a market in Sagaing last month, the UN said.", "2023-05-10", "incident",
     ("2023-04-01", "2023-04-30")),
    ("In the first week of March, shelling killed 40 civilians in the region, the monitor said.", "2023-03-20", "tally",
     ("2023-03-01", "2023-03-07")),
    ("Since Friday's strike on the bakery in Deir al-Balah, the toll has risen to 17, hospital officials said.",
     "2024-02-05", "incident", ("2024-02-02", "2024-02-02")),
])
def test_month_tolls_and_strikes(text, published, kind, period, check_claims):
    claims = _claims(text, published, check_claims)
    assert [c["kind"] for c in claims] == [kind]
    assert (claims[0]["date"]["start"], claims[0]["date"]["end"]) == period


def test_a_bullets_place_does_not_bleed_into_the_next(check_claims):
    text = ("Key points:\n"
            "• On 13 November, gunmen opened fire at a vehicle near Huwwara; no casualties were reported.\n"
            "• On 14 November, two Palestinians were killed in Gaza.\n")
    claims = _incidents(_claims(text, "2023-11-15", check_claims))
    assert len(claims) == 1
    assert [p["name"] for p in claims[0]["places"]] == ["Gaza"]


def test_a_patron_state_is_not_the_place(check_claims):
    text = "An attack blamed on Iran-backed militias killed three soldiers at a base in Jordan on Sunday."
    claims = _incidents(_claims(text, "2024-01-29", check_claims))
    assert [p["country"] for p in claims[0]["places"]] == ["JO"]


def test_a_day_of_the_month_alone():
    a = date(2024, 3, 13)
    assert [(r.first, r.precision) for r in find_dates("Two were killed on the 12th, the mayor said.", a)] == \
        [(date(2024, 3, 12), "day")]
    assert [r.first for r in find_dates("A shell hit the flat on the 20th.", a)] == [date(2024, 2, 20)]
    assert find_dates("Two were killed on the 3rd floor of the building.", a) == []


@pytest.mark.parametrize("text,kind", [
    ("The death toll in Gaza has risen to 30,035, the health ministry said on Thursday.", "tally"),
    ("The total number of people killed in the country has reached 10,000, the UN said.", "tally"),
    ("The death toll from Tuesday's strike on the market rose to 25, officials said.", "incident"),
    ("The death toll in Gaza City rose to 12 after the strike on Wednesday.", "incident"),
])
def test_a_countrys_toll_is_a_tally_a_strikes_is_not(text, kind, check_claims):
    claims = _claims(text, "2024-03-01", check_claims)
    assert [c["kind"] for c in claims] == [kind]


@pytest.mark.parametrize("text,period", [
    ("Air strikes have killed 300 civilians in the province this year, the UN said.", ("2024-01-01", "2024-03-01")),
    ("Drone strikes killed 500 civilians in the country last year, the group said.", ("2023-01-01", "2023-12-31")),
    ("In 2023, attacks killed 912 civilians in the country, the monitor said.", ("2023-01-01", "2023-12-31")),
])
def test_a_years_toll(text, period, check_claims):
    claims = _claims(text, "2024-03-01", check_claims)
    assert [c["kind"] for c in claims] == ["tally"]
    assert (claims[0]["date"]["start"], claims[0]["date"]["end"]) == period


def test_one_strike_in_a_past_year_is_still_an_incident(check_claims):
    claims = _claims("In 2014, a strike on a market in Raqqa killed 5 people.", "2024-03-01", check_claims)
    assert [c["kind"] for c in claims] == ["incident"]


def test_a_log_of_dated_lines_is_a_list(check_claims):
    text = ("Incident log\n"
            "13 November: Soldiers killed two men in Jenin.\n"
            "14 November: An airstrike hit a house in Khan Younis, killing seven.\n")
    claims = _incidents(_claims(text, "2023-11-16", check_claims))
    assert [c["date"]["start"] for c in claims] == ["2023-11-13", "2023-11-14"]
    assert claims[1]["perpetrators"] == ["unknown"]


def test_a_lone_dated_line_still_takes_the_reports_attacker(check_claims):
    text = ("March 3 - A strike on a house in the town killed five people.\n"
            "Residents blamed Russian jets, which have bombed the area for weeks.")
    claims = _incidents(_claims(text, "2024-03-05", check_claims))
    assert claims[0]["perpetrators"] == ["russia"]


@pytest.mark.parametrize("text,inc_min,day,tally_min", [
    ("Russian shelling killed three people in Nikopol on Tuesday; more than 100 civilians have been killed in the town "
     "since the war began.", 3, "2024-01-16", 100),
    ("An Israeli strike killed 5 people in Rafah on Monday, bringing the death toll since October 7 to 25,000.",
     5, "2024-01-15", None),
    ("A drone strike killed four civilians in Kherson on Monday, bringing the number killed in the city this year "
     "to 150.", 4, "2024-01-15", None),
])
def test_a_strike_and_a_running_toll_in_one_sentence(text, inc_min, day, tally_min, check_claims):
    claims = _claims(text, "2024-01-16", check_claims)
    inc = _incidents(claims)
    assert len(inc) == 1 and _kmin(inc[0]) == inc_min and inc[0]["date"]["start"] == day
    tallies = [c for c in claims if c["kind"] == "tally"]
    assert all(_kmin(t) != inc_min for t in tallies)
    if tally_min:
        assert [_kmin(t) for t in tallies] == [tally_min]


def test_a_day_range_does_not_eat_a_thousands_figure():
    refs = find_dates("the toll since October 7 to 25,000", date(2024, 1, 16))
    assert [(r.first, r.last) for r in refs] == [(date(2023, 10, 7), date(2023, 10, 7))]


def test_a_later_retelling_a_day_apart_is_the_same_strike(check_claims):
    text = ("A drone struck an apartment block in Odesa on Saturday, killing 12 people, officials said. "
            "On March 3, a drone struck Odesa, killing 12 people, the regional governor confirmed.")
    claims = _incidents(_claims(text, "2024-03-04", check_claims))
    assert len(claims) == 1 and claims[0]["date"]["start"] == "2024-03-02"


def test_another_strike_a_day_later_is_not_a_retelling(check_claims):
    text = ("A strike on Odesa on Saturday killed 3 people. On Sunday, another strike on Odesa killed 3 people.")
    claims = _incidents(_claims(text, "2024-03-04", check_claims))
    assert [c["date"]["start"] for c in claims] == ["2024-03-02", "2024-03-03"]
