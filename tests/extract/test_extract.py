"""End-to-end: text in, contract claims out (sentences written for these tests)."""

from datetime import date

import pytest

import harmwatch.extract.places as places_mod
from harmwatch.extract import EXTRACTOR_VERSION, extract
from harmwatch.extract.places import PlaceMention


def incidents(claims):
    return [c for c in claims if c["kind"] == "incident"]


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_wire_story(check_claims):
    text = ("BEIRUT (Reuters) - Russian jets bombed a market in the town of Saraqeb on Sunday, killing at least "
            "14 civilians, including three children, the Syrian Observatory for Human Rights said. "
            "Rescuers said 30 people were wounded.")
    claims = check_claims(extract(text, document="d1", published=date(2019, 7, 22)), text)
    (c,) = incidents(claims)
    assert c["perpetrators"] == ["russia"]
    assert c["date"] == {"start": "2019-07-21", "end": "2019-07-21", "precision": "day"}
    assert c["figures"]["civilians_killed"] == {"min": 14, "max": None}
    assert c["figures"]["children_killed"] == {"min": 3, "max": 3}
    assert c["figures"]["civilians_injured"] == {"min": 30, "max": 30}
    assert c["means"] == "airstrike" and c["target"] == "market"
    assert any("Syrian Observatory" in s for s in c["sources"])


def test_several_figures_give_a_range_and_all_sources(check_claims):
    text = ("Dozens of people were killed when coalition warplanes hit a school near Raqqa on 20 March 2017, "
            "a local monitor reported. Raqqa is Being Slaughtered Silently later said 70 were killed.")
    (c,) = incidents(check_claims(extract(text, document="d2", published=date(2017, 3, 22)), text))
    assert c["figures"]["civilians_killed"] == {"min": 12, "max": 70}
    assert c["perpetrators"] == ["us-led-coalition"]
    assert any("Raqqa is Being Slaughtered Silently" in s for s in c["sources"])


def test_tally_is_never_an_incident(check_claims):
    text = "Airwars counts 1,422 civilian deaths under coalition bombardment since September 2014."
    claims = check_claims(extract(text, document="d3", published=date(2016, 1, 10)), text)
    assert [c["kind"] for c in claims] == ["tally"]
    assert claims[0]["date"]["start"] == "2014-09-01" and claims[0]["date"]["precision"] == "period"
    assert claims[0]["figures"]["civilians_killed"]["min"] == 1422


def test_following_day_is_another_incident(check_claims):
    text = ("Israeli aircraft struck a house in Rafah on 12 November 2023, killing five people. "
            "The following day, a drone strike on a car in Khan Younis killed two men.")
    inc = incidents(check_claims(extract(text, document="d4", published=date(2023, 11, 14)), text))
    assert [c["date"]["start"] for c in inc] == ["2023-11-12", "2023-11-13"]
    assert [c["figures"]["civilians_killed"]["min"] for c in inc] == [5, 2]
    assert inc[1]["means"] == "drone"


def test_background_does_not_repeat_or_add(check_claims):
    text = ("A drone strike killed three people near Jenin on 3 July 2023, the health ministry said. "
            "In 2002, an Israeli assault on the camp killed 52 Palestinians.")
    (c,) = incidents(check_claims(extract(text, document="d5", published=date(2023, 7, 5)), text))
    assert c["figures"]["civilians_killed"] == {"min": 3, "max": 3}


def test_non_casualty_numbers_make_no_claim(check_claims):
    text = ("The coalition carried out 502 strikes in January. About 400,000 people remain under siege, "
            "and up to 100 families were sheltering in the school. Some 5,000 troops were deployed.")
    assert check_claims(extract(text, document="d6", published=date(2017, 2, 1)), text) == []


def test_combatants_are_not_civilians(check_claims):
    text = "Turkish drones struck a checkpoint near Qamishli on 5 May 2022, killing four SDF fighters."
    (c,) = incidents(check_claims(extract(text, document="d7", published=date(2022, 5, 6)), text))
    assert c["figures"]["combatants_killed"] == {"min": 4, "max": 4}
    assert c["figures"]["civilians_killed"]["min"] is None
    assert c["perpetrators"] == ["turkey"]


def test_joint_attack_and_barrel_bombs(check_claims):
    text = "Russian and regime air strikes on Maarat al-Numan on 22 July 2019 killed 39 civilians."
    (c,) = incidents(check_claims(extract(text, document="d8", published=date(2019, 7, 23)), text))
    assert c["perpetrators"] == ["russia", "syrian-government"]
    text = "Regime helicopters dropped barrel bombs on Daraya on 3 May 2015, killing seven people."
    (c,) = incidents(check_claims(extract(text, document="d9", published=date(2015, 5, 4)), text))
    assert c["perpetrators"] == ["syrian-government"] and c["means"] == "helicopter"


def test_official_response(check_claims):
    text = ("A US air strike near Mosul on 17 March 2017 killed 105 civilians. The Pentagon later admitted "
            "responsibility for the deaths.")
    (c,) = incidents(check_claims(extract(text, document="d10", published=date(2017, 5, 25)), text))
    assert c["official_response"] == "admitted"
    assert c["perpetrators"] == ["us-led-coalition"]
    text = "Jets struck a market in Idlib on 2 June 2019, killing 9 people. Moscow denied any involvement."
    (c,) = incidents(check_claims(extract(text, document="d11", published=date(2019, 6, 3)), text))
    assert c["official_response"] == "denied"


def test_dateline_anchors_relative_dates(check_claims):
    text = "GAZA, Oct 9, 2023 (Reuters) - An air strike on a market in Jabalia on Sunday killed at least 50 people."
    (c,) = incidents(check_claims(extract(text, document="d12"), text))
    assert c["date"] == {"start": "2023-10-08", "end": "2023-10-08", "precision": "day"}


def test_named_victim_counts_one(check_claims):
    text = "Ahmad, a fisherman, was killed by Israeli naval gunfire off Gaza City on 3 March 2020."
    (c,) = incidents(check_claims(extract(text, document="d13", published=date(2020, 3, 4)), text))
    assert c["figures"]["civilians_killed"] == {"min": 1, "max": 1}


def test_evidence_offsets_are_python_indices(check_claims):
    text = "Ünïcödé prefix — «quoted». Israeli jets killed 4 people in Beit Lahia on 20 July 2014."
    (c,) = incidents(check_claims(extract(text, document="d14", published=date(2014, 7, 21)), text))
    ev = c["evidence"][0]
    assert "4 people" in text[ev["start"]:ev["end"]]


def test_arabic_does_not_crash_or_invent_figures(check_claims):
    text = "قُتل ١٢ مدنياً في قصف جوي روسي على بلدة معرة النعمان يوم الاثنين ٢٢ تموز ٢٠١٩."
    claims = check_claims(extract(text, document="ar1", published=date(2019, 7, 23)), text)
    for c in claims:
        for rng in c["figures"].values():
            assert rng["min"] in (None, 12) and rng["max"] in (None, 12)


def test_arabic_post(check_claims):
    text = "استهدفت طائرة مسيرة تركية سيارة في ريف القامشلي يوم الخميس، ما أدى إلى مقتل 3 مدنيين وإصابة 2 آخرين."
    (c,) = check_claims(extract(text, document="ar2", published=date(2023, 7, 29)), text)
    assert c["perpetrators"] == ["turkey"] and c["means"] == "drone" and c["target"] == "vehicle"
    assert c["date"]["start"] == "2023-07-27"
    assert c["figures"]["civilians_killed"] == {"min": 3, "max": 3}
    assert c["figures"]["civilians_injured"] == {"min": 2, "max": 2}


def test_empty_text():
    assert extract("", document="e") == []
    assert extract("   \n", document="e") == []


def test_places_come_from_the_gazetteer_interface(monkeypatch, check_claims):
    text = "On 4 May 2016 coalition jets struck Al-Mayadin, killing seven civilians. Activists in Raqqa said so."

    def fake_find(t, *, countries=()):
        out = []
        for name, lat, lon in (("Al-Mayadin", 35.02, 40.45), ("Raqqa", 35.95, 39.01)):
            i = t.find(name)
            if i >= 0:
                out.append(PlaceMention(i, i + len(name), name, name, "geonames:1", "SY", "Deir ez-Zor",
                                        lat, lon, "settlement"))
        return out

    monkeypatch.setattr(places_mod, "find_places", fake_find)
    monkeypatch.setattr(places_mod, "country_hints", lambda t: ["SY"], raising=False)
    (c,) = incidents(check_claims(extract(text, document="p1", published=date(2016, 5, 5)), text))
    assert [p["name"] for p in c["places"]] == ["Al-Mayadin"]
    assert c["places"][0]["lat"] == pytest.approx(35.02)


def test_unresolved_place_is_kept_as_written(monkeypatch, check_claims):
    monkeypatch.setattr(places_mod, "find_places", lambda t, *, countries=(): [])
    monkeypatch.setattr(places_mod, "country_hints", lambda t: [], raising=False)
    text = "Russian jets struck the village of Kafr Nubl on 4 May 2016, killing six civilians."
    (c,) = incidents(check_claims(extract(text, document="p2", published=date(2016, 5, 5)), text))
    assert c["places"][0]["name"] == "Kafr Nubl" and c["places"][0]["precision"] == "unknown"


def test_dated_strikes_are_separate_but_reports_of_them_are_not(check_claims):
    text = ("Russian jets struck Ariha on 3 May 2019, killing five civilians. On 5 May 2019, regime helicopters "
            "dropped barrel bombs on Kafr Nabudah, killing three people. Reporting on the strike in Ariha on "
            "6 May 2019, local activists posted that six people had died.")
    inc = incidents(check_claims(extract(text, document="m1", published=date(2019, 5, 7)), text))
    assert [c["date"]["start"] for c in inc] == ["2019-05-03", "2019-05-05"]
    assert inc[0]["perpetrators"] == ["russia"] and inc[1]["perpetrators"] == ["syrian-government"]


def test_speakers_and_targets_are_not_perpetrators(check_claims):
    text = ("The Houthis said a US-British strike on Hodeidah port killed 80 people on Thursday, "
            "the Yemeni health ministry said.")
    (c,) = incidents(check_claims(extract(text, document="s1", published=date(2025, 4, 19)), text))
    assert c["perpetrators"] == ["united-states", "united-kingdom"]
    assert c["date"]["start"] == "2025-04-17"
    assert any("health ministry" in s.lower() for s in c["sources"])
    text = "The IDF said it struck a Hamas command centre in Gaza City on 6 November 2023, killing 12 people."
    (c,) = incidents(check_claims(extract(text, document="s2", published=date(2023, 11, 7)), text))
    assert c["perpetrators"] == ["israel"] and c["official_response"] == "acknowledged-strike"


def test_hard_wrapped_text(check_claims):
    text = ("Russian air strikes on the town of Kafr Nabl in Idlib province killed nine\n"
            "civilians, including four children, on 4 May 2019, the White Helmets rescue\n"
            "service said.\n\nResidents fled north.")
    (c,) = incidents(check_claims(extract(text, document="w1", published=date(2019, 5, 5)), text))
    assert c["figures"]["civilians_killed"] == {"min": 9, "max": 9}
    assert c["figures"]["children_killed"] == {"min": 4, "max": 4}


def test_arabic_single_victim_and_prefixed_actor(check_claims):
    text = "مقتل امرأة وإصابة 14 مدنياً بقصف صاروخي للجيش السوري على مدينة أريحا يوم الخميس."
    (c,) = check_claims(extract(text, document="ar3", published=date(2023, 10, 6)), text)
    assert c["perpetrators"] == ["syrian-government"]
    assert c["figures"]["civilians_killed"] == {"min": 1, "max": 1}
    assert c["figures"]["women_killed"] == {"min": 1, "max": 1}
    assert c["figures"]["civilians_injured"] == {"min": 14, "max": 14}
    assert c["date"]["start"] == "2023-10-05"


def test_arabic_post_quoted_in_an_english_page(check_claims):
    text = ("Copy link to Tweet\n\nEmbed Tweet\n\n15 Retweets 83 Likes\n\n"
            "رئيس مجلس المدينة: استشهاد أربعة عمال مدنيين وإصابة ثلاثة آخرين جراء العدوان الإسرائيلي على قارة ليل أمس.\n\n"
            "More replies")
    (c,) = check_claims(extract(text, document="mix1", published=date(2021, 8, 20)), text)
    assert c["perpetrators"] == ["israel"]
    assert c["figures"]["civilians_killed"] == {"min": 4, "max": 4}
    assert c["figures"]["civilians_injured"] == {"min": 3, "max": 3}
    assert c["date"]["start"] == "2021-08-19"


def test_entire_family_has_no_figure(check_claims):
    text = "An entire family was killed when jets struck their home in Idlib on 3 May 2019."
    (c,) = incidents(check_claims(extract(text, document="f1", published=date(2019, 5, 6)), text))
    assert c["figures"]["civilians_killed"] == {"min": None, "max": None}
    text = "Casualties were reported after regime helicopters dropped barrel bombs on Daraya on 6 May 2019."
    (c,) = incidents(check_claims(extract(text, document="f2", published=date(2019, 5, 6)), text))
    assert c["figures"]["civilians_killed"] == {"min": None, "max": None}
    assert c["perpetrators"] == ["syrian-government"]


def test_wire_story_with_a_denial_and_fighters(check_claims):
    text = ("MOGADISHU, Somalia (AP) — A U.S. airstrike killed five al-Shabab fighters near Jilib on Tuesday, "
            "the U.S. Africa Command said, adding that no civilians were harmed. Residents said three civilians, "
            "including a woman, were among the dead.")
    (c,) = incidents(check_claims(extract(text, document="so1", published=date(2019, 4, 3)), text))
    assert c["perpetrators"] == ["united-states"] and c["official_response"] == "denied"
    assert c["figures"]["combatants_killed"] == {"min": 5, "max": 5}
    assert c["figures"]["civilians_killed"] == {"min": 3, "max": 3}
    assert c["date"]["start"] == "2019-04-02"
    text = ("ADEN, Yemen — An air strike by the Saudi-led coalition on a prison in Saada killed at least 70 "
            "detainees on 21 January 2022. The coalition said it would review the incident.")
    (c,) = incidents(check_claims(extract(text, document="ye1", published=date(2022, 1, 22)), text))
    assert c["official_response"] == "under-review" and c["target"] == "prison"
    assert c["perpetrators"] == ["saudi-led-coalition"]


def test_no_casualties_no_claim(check_claims):
    text = "The army said its jets struck a weapons depot near Aleppo on 5 May 2020. No casualties were reported."
    assert incidents(check_claims(extract(text, document="n1", published=date(2020, 5, 6)), text)) == []
    text = "Jets struck a depot near Aleppo on 5 May 2020, with no immediate reports of casualties."
    assert incidents(check_claims(extract(text, document="n2", published=date(2020, 5, 6)), text)) == []
