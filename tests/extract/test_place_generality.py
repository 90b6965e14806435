"""Places in reports from conflicts beyond the Middle East (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from harmwatch.extract import extract
from harmwatch.extract.dates import dateline
from harmwatch.extract.places import find_places


def _places(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.geoname, p.precision) for p in find_places(text)]


def _claim_places(text: str, published: str = "2024-03-06") -> list[dict]:
    claims = [c for c in extract(text, document="t", published=date.fromisoformat(published)) if c["kind"] == "incident"]
    assert claims, text
    return claims[0]["places"]


def test_sahel_and_myanmar_towns_are_in_the_gazetteer():
    assert ("Djibo", "Djibo", "settlement") in _places("Shells fell on Djibo overnight.")
    assert any(p[1] == "Sagaing" for p in _places("Jets bombed Sagaing on Friday."))


def test_state_after_a_town_is_its_province():
    got = _places("Gunmen raided a school in Kaduna state.")
    assert got == [("Kaduna", "Kaduna State", "province")]


def test_region_in_brackets_is_a_province():
    got = _places("Militants burned granaries in Koro cercle (Mopti) on Monday.")
    assert ("Mopti", "Mopti", "province") in got


def test_possessive_country_before_a_province():
    assert any(p[0] == "Paktika" and p[2] == "province" for p in _places("in Afghanistan's Paktika province"))


def test_capital_of_a_country():
    got = _places("A car bomb exploded in Somalia's capital on Saturday.")
    assert ("Somalia's capital", "Mogadishu", "settlement") in got
    got = _places("A car bomb exploded in the Somali capital on Saturday.")
    assert any(p[1] == "Mogadishu" for p in got)


def test_where_a_rocket_came_from_is_not_where_it_fell():
    text = "A rocket fired from Lebanon hit a house in Kiryat Shmona on Monday, killing two people."
    assert all(p[0] != "Lebanon" for p in _places(text))


def test_a_capital_standing_for_its_government_is_no_place():
    text = "Drones hit a fuel depot in Kandahar. The army accuses Kabul of sheltering the attackers."
    assert [p[0] for p in _places(text)] == ["Kandahar"]


def test_adjective_before_town_of_is_not_the_town():
    text = ("A rocket struck a football pitch in the Druze town of Qurmal in the Golan Heights, Israel, on Saturday, "
            "killing 12 children.")
    names = [p["name"] for p in _claim_places(text)]
    assert "Druze" not in names and "Qurmal" in names


def test_township_missing_from_the_gazetteer_falls_back():
    text = "Jets bombed a concert in Tawkant township near Myitkyina on Sunday, killing 30 people."
    got = {p.name: p.precision for p in find_places(text)}
    assert got.get("Tawkant") == "near-settlement"


def test_datelines_of_rights_groups_and_papers():
    assert dateline("(Bangkok) – Myanmar's army bombed a school.", None) == (None, 12)
    assert dateline("RAWALPINDI: Security forces killed eight militants in an operation in North Waziristan.", None)[1] == 12
    assert dateline("BREAKING: Jets bombed a wedding in Hajjah, killing at least 20 people and wounding dozens.", None)[1] == 0
    assert dateline("SUDAN: Flash Update No. 3 (11 September 2023)\nHIGHLIGHTS", None)[1] == 0


def test_how_often_this_week_is_no_date():
    text = "Jets bombed Mekelle for the second time this week on Tuesday, killing two people, a doctor said."
    claim = [c for c in extract(text, document="t", published=date(2021, 10, 21)) if c["kind"] == "incident"][0]
    assert claim["date"] == {"start": "2021-10-19", "end": "2021-10-19", "precision": "day"}


def test_month_without_a_year():
    text = "Rights researchers said an air strike on a market in Nyala in late April killed 15 traders."
    claim = [c for c in extract(text, document="t", published=date(2023, 5, 30)) if c["kind"] == "incident"][0]
    assert claim["date"] == {"start": "2023-04-01", "end": "2023-04-30", "precision": "month"}
    text = "An air strike on a market in Nyala in mid-November killed 15 traders, researchers said."
    claim = [c for c in extract(text, document="t", published=date(2023, 5, 30)) if c["kind"] == "incident"][0]
    assert claim["date"]["start"] == "2022-11-01"


def test_topic_tag_of_a_post_is_no_place_of_harm():
    assert dateline("🔴 #Aleppo: 2 civilians killed as shells hit Tal Rifaat", None)[1] > 0
    names = [p["name"] for p in _claim_places("🔴 #Aleppo: 2 civilians killed as shells hit #Azaz town this morning.")]
    assert names[0] == "Azaz"


def test_part_of_a_town_named_by_its_side():
    got = _places("Shells hit the Shujaiya area of eastern Gaza.")
    assert ("Gaza", "Gaza", "near-settlement") in got


def test_adjective_before_neighbourhood_is_no_name():
    names = [p.name for p in find_places("A bomb exploded in a Shiite neighbourhood of western Kabul on Tuesday.")]
    assert "Shiite" not in names


def test_sudan_places_by_their_usual_names():
    assert ("Bahri", "Khartoum North", "settlement") in _places("Shells fell on Bahri on Monday.")
    assert ("Gezira", "Al Jazirah", "province") in _places("Fighters raided villages in Gezira state.")
    assert any(p[0] == "North Darfur" and p[2] == "province" for p in _places("Clashes spread across North Darfur."))


def test_two_weekdays_and_the_weekend():
    text = "Gunmen killed 40 villagers near Baniyas, Syria, on Friday and Saturday, a monitor said."
    claim = [c for c in extract(text, document="t", published=date(2025, 3, 9)) if c["kind"] == "incident"][0]
    assert claim["date"] == {"start": "2025-03-07", "end": "2025-03-08", "precision": "days"}
    text = "Shelling on Omdurman over the weekend killed 20 people, doctors said on Monday."
    claim = [c for c in extract(text, document="t", published=date(2024, 12, 9)) if c["kind"] == "incident"][0]
    assert claim["date"] == {"start": "2024-12-07", "end": "2024-12-08", "precision": "days"}


def test_where_people_fled_to_is_not_where_harm_happened():
    text = "Strikes on Nabatieh killed 12 people on Monday. Thousands fled, clogging the highway to Beirut."
    assert [p[0] for p in _places(text)] == ["Nabatieh"]


def test_village_near_a_named_place_falls_back():
    text = "Shells hit tents near Kafr Dibbin in northwest Idlib on Sunday, killing four people."
    names = [p["name"] for p in _claim_places(text)]
    assert names[0] == "Kafr Dibbin"


def test_town_placed_inside_a_known_province():
    text = "Militants killed 30 people in an attack on Dablo in Burkina Faso's Centre-Nord region on Sunday."
    got = {p.name: p.precision for p in find_places(text)}
    assert got.get("Dablo") == "province"
    assert "Hamas" not in {p.name for p in find_places("Israeli strikes on Hamas in Gaza killed five people.")}


def test_civil_defence_named_after_a_town_is_no_place_of_harm():
    text = "An Israeli strike on a house in Beit Lahia killed nine people on Monday, the Gaza civil defence said."
    assert [p[0] for p in _places(text)] == ["Beit Lahia"]


def test_eastern_congo_cabo_delgado_and_haiti_are_in_the_gazetteer():
    got = _places("Shells landed on a market in Goma and on a camp near Bunia on Tuesday.")
    assert ("Goma", "Goma", "settlement") in got and ("Bunia", "Bunia", "near-settlement") in got
    assert any(p[1] == "Palma" for p in _places("Insurgents raided Palma, in Cabo Delgado, at dawn."))
    assert any(p[1] == "Mocímboa" for p in _places("Fighting resumed in Mocimboa da Praia on Sunday."))
    assert any(p[1] == "Cité Soleil" for p in _places("Gunmen torched homes in Cite Soleil overnight."))


def test_a_province_named_like_another_war_is_not_found_by_that_name():
    # Mozambique's "Gaza Province" and Rwanda's "Eastern Province" stay out of reports about Gaza
    got = find_places("An air strike in Gaza killed four people, the ministry said.")
    assert [p.country for p in got] == ["PS"]
    assert "RW" not in [p.country for p in find_places("Officials of the Eastern Province met on Monday.")]


def test_often_reported_towns_missing_from_geonames_extract():
    for text, name in (("Militants attacked Barsalogho on Saturday.", "Barsalogho"),
                       ("Drones struck Kabkabiya market.", "Kabkabiya"),
                       ("Shelling hit Zamzam camp again.", "Zamzam camp"),
                       ("Drones attacked families near Maungdaw.", "Maungdaw")):
        assert any(p[1] == name for p in _places(text)), text


def test_a_capital_standing_for_its_government_gives_no_country_hint():
    got = _places("A drone hit a truck near Sinjar on Monday, killing two drivers. Ankara did not comment.")
    assert ("Sinjar", "Sinjār", "near-settlement") in got


def test_a_regional_office_is_not_the_place_when_another_is_named():
    text = ("Shells hit a bus stop in Pokrovsk on Monday. Three people were killed, the Donetsk regional "
            "military administration said.")
    assert [p[0] for p in _places(text)] == ["Pokrovsk"]
    # alone, it still says which region
    assert _places("Two people were killed, the Kharkiv regional governor said.")


def test_a_possessive_place_before_a_capitalised_part_of_it():
    assert ("Omdurman", "Omdurman", "settlement") in _places("Drones struck Omdurman's Souq Libya on Monday.")


def test_a_unit_named_after_a_town():
    got = _places("Rebels raided a village in the Beni territory of North Kivu on Friday.")
    assert ("Beni", "Beni", "district") in got
    assert any(p[0] == "Omdurman" for p in _places("Shells hit the Karari locality of Omdurman."))
    assert not _places("Fighting was reported in the Western district.")


def test_a_state_is_found_by_its_short_name_unless_that_is_a_country():
    assert ("Borno", "Borno State", "province") in _places("Bombers struck a market in Borno state on Friday.")
    assert [p[2] for p in _places("Gunmen attacked a village in Niger on Monday.")] == ["country"]


def test_french_and_portuguese_particles_inside_a_name():
    assert ("Croix-des-Bouquets", "Croix-des-Bouquets", "settlement") in _places("Gangs burned Croix-des-Bouquets.")
    assert any(p[1] == "Mocímboa" for p in _places("Clashes in Mocímboa da Praia on Friday."))


def test_a_city_written_with_its_article_is_no_given_name():
    assert ("El Obeid", "El Obeid", "settlement") in _places("Shells hit El Obeid on Monday.")
    assert not _places("Dr Mohammed El Hassan said the wounded were treated.")


def test_persian_ezafe_and_beirut_suburbs():
    assert any(p[1] == "Mazār-e Sharīf" for p in _places("A bomb went off in Mazar-i-Sharif on Friday."))
    assert ("Dahiyeh", "Dahiyeh", "settlement") in _places("Jets struck Dahiyeh overnight.")


def test_port_au_prince_and_a_group_of_one_country_as_hint():
    assert ("Port-au-Prince", "Port-au-Prince", "settlement") in _places("Gunmen fired on a hospital in downtown "
                                                                         "Port-au-Prince on Tuesday.")
    from harmwatch.extract.places import country_hints
    assert country_hints("Fano fighters clashed with soldiers on Monday.") == ["ET"]


def test_where_rockets_came_from_gives_no_country_hint():
    assert ("Sderot", "Sderot", "settlement") in _places("Rockets fired from Gaza hit Sderot on Monday, wounding two.")


def test_a_container_of_another_country_overrules_a_namesake():
    got = find_places("Jets bombed a church in Kaya township, Kayah State, Myanmar on Monday.")
    assert {p.country for p in got} == {"MM"}
    # a list of places in two countries is no container
    assert {p.country for p in find_places("Strikes on Manbij district, in Yemen and in Iraq.")} >= {"SY", "YE"}
