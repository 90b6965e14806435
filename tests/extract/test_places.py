"""Place finding and resolution on sentences written for these tests (shipped gazetteer only)."""

from __future__ import annotations

import pytest

from harmwatch.extract.places import PlaceMention, country_hints, find_places, resolve

PRECISIONS = {"exact", "settlement", "near-settlement", "district", "province", "country", "water", "unknown"}


def _one(text: str, **kw) -> PlaceMention:
    found = find_places(text, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("spelling", ["Deir ez-Zor", "Deir al-Zour", "Deir Ezzor", "DeirEzzor", "Dayr az Zawr",
                                      "Deir el-Zor", "دير الزور"])
def test_deir_ez_zor_spellings_are_one_place(spelling):
    m = _one(f"Aircraft struck {spelling} on Monday, activists said.")
    assert m.name == spelling
    assert m.gazetteer_id == "geonames:170794"
    assert (m.country, m.admin1, m.precision) == ("SY", "Deir ez-Zor", "settlement")


@pytest.mark.parametrize("spelling", ["Albukamal", "Abu Kamal", "Al-Bukamal", "Abu Kemal", "Albu Kamal"])
def test_abu_kamal_spellings(spelling):
    m = _one(f"Two families were killed in {spelling} after midnight.")
    assert m.gazetteer_id == "geonames:174448"


@pytest.mark.parametrize("spelling,expected", [
    ("Khan Younis", "Khān Yūnis"), ("Khan Yunis", "Khān Yūnis"), ("Jabalia", "Jabālyā"),
    ("Beit Lahia", "Bayt Lāhyā"), ("Deir al-Balah", "Dayr al Balaḩ"), ("Nuseirat", "An Nuşayrāt"),
    ("Rafah", "Rafaḩ"), ("Shujaiya", "Shuja'iyya"), ("al-Mawasi", "Al-Mawasi"), ("Tal al-Sultan", "Tal as-Sultan"),
])
def test_gaza_places(spelling, expected):
    m = _one(f"The house in {spelling} was hit at dawn.")
    assert (m.geoname, m.country, m.admin1) == (expected, "PS", "Gaza Strip")
    assert 31.2 < m.lat < 31.6 and 34.2 < m.lon < 34.6


def test_offsets_and_claim_place():
    text = "A strike near Khan Younis killed four."
    m = _one(text)
    assert text[m.start:m.end] == "Khan Younis"
    place = m.as_claim_place()
    assert set(place) == {"name", "geoname", "gazetteer_id", "country", "admin1", "lat", "lon", "precision"}
    assert place["precision"] in PRECISIONS


@pytest.mark.parametrize("text,precision", [
    ("Shelling hit Idlib on Tuesday.", "settlement"),
    ("Shelling hit a house near Idlib.", "near-settlement"),
    ("Shelling hit the outskirts of Idlib.", "near-settlement"),
    ("Shelling hit a farm 5 km east of Idlib.", "near-settlement"),
    ("Shelling hit the Idlib countryside.", "province"),
    ("Shelling hit the countryside of Idlib.", "province"),
    ("Shelling hit rural Idlib.", "province"),
    ("Shelling hit Idlib province.", "province"),
    ("Shelling hit Idlib governorate.", "province"),
    ("قصف على ريف إدلب", "province"),
    ("قصف قرب إدلب", "near-settlement"),
])
def test_precision_phrases(text, precision):
    m = _one(text)
    assert m.precision == precision
    assert m.country == "SY" and m.admin1 == "Idlib"


def test_province_precision_uses_the_province_centroid():
    city = _one("Shelling hit Aleppo.")
    province = _one("Shelling hit the Aleppo countryside.")
    assert province.gazetteer_id == "geonames-admin1:SY.09"
    assert (province.lat, province.lon) != (city.lat, city.lon)
    assert province.geoname == "Aleppo"


def test_countryside_of_a_small_town_stays_near_the_town():
    m = _one("Shells fell on the Manbij countryside.")
    assert (m.geoname, m.precision) == ("Manbij", "near-settlement")


def test_country_alone():
    m = _one("The war in Yemen goes on.")
    assert (m.country, m.precision, m.admin1) == ("YE", "country", None)
    assert m.lat is not None


def test_province_names():
    assert _one("Fighting in the Gaza Strip went on.").precision == "province"
    m = _one("Strikes in Rif Dimashq killed three.")
    assert (m.country, m.admin1, m.precision) == ("SY", "Rif Dimashq", "province")


@pytest.mark.parametrize("text", [
    "The Hospital said the toll was rising.",
    "He said that Said had left.",
    "Mohammed Hassan and Ibrahim Musa were killed.",
    "They were taken to al-Shifa Hospital.",
    "SANA reported the strike.",
    "As the day ended, nobody came.",
])
def test_no_false_places_from_ordinary_words_and_names(text):
    assert find_places(text) == []


def test_disambiguation_by_country_hint():
    assert resolve("Tripoli", countries=["LB"]).country == "LB"
    assert resolve("Tripoli", countries=["LY"]).country == "LY"
    m = find_places("In northern Lebanon, a strike on Tripoli killed two.")
    assert [p.country for p in m if p.name == "Tripoli"] == ["LB"]


def test_disambiguation_by_province_named_in_the_text():
    assert resolve("Suran").admin1 == "Hama"
    assert resolve("Suran", countries=["SY"], admin1="Aleppo").admin1 == "Aleppo"
    found = find_places("Shells hit Suran in the northern Aleppo countryside.")
    assert [p.admin1 for p in found if p.name == "Suran"] == ["Aleppo"]


def test_missing_village_falls_back_to_the_nearest_named_place():
    found = find_places("Shelling hit the village of Al-Qurnfuliya in the countryside of Manbij, Aleppo.")
    village = [p for p in found if p.name == "Al-Qurnfuliya"]
    assert len(village) == 1
    manbij = [p for p in found if p.name == "Manbij"][0]
    assert village[0].precision == "near-settlement" and village[0].gazetteer_id is None
    assert (village[0].lat, village[0].lon) == (manbij.lat, manbij.lon)


def test_arabic_text():
    text = "مقتل خمسة مدنيين بقصف على بلدة سرمدا شمالي إدلب وفي مدينة الرقة ورأس العين"
    found = find_places(text)
    names = {p.name: p for p in found}
    assert names["إدلب"].precision == "near-settlement"
    assert names["الرقة"].gazetteer_id == resolve("Raqqa").gazetteer_id
    assert names["رأس العين"].country == "SY"  # the leading "و" (and) is left out
    for p in found:
        assert text[p.start:p.end] == p.name


def test_country_hints():
    assert country_hints("Airstrikes on Idlib and Aleppo, Syrian activists said.")[0] == "SY"
    assert country_hints("Israeli strikes on Khan Younis killed Palestinians.")[0] == "PS"
    assert country_hints("قصف على مدينة إدلب")[0] == "SY"
    assert country_hints("Nothing here.") == []


def test_resolve():
    assert resolve("Mosul").country == "IQ"
    assert resolve("Kharkiv").country == "UA"
    assert resolve("Aleppo countryside").precision == "province"
    assert resolve("Syria").precision == "country"
    assert resolve("Xqzzyville") is None
    assert resolve("") is None


def test_many_places_in_one_text():
    text = "Strikes hit Mosul in Iraq, Kabul in Afghanistan, Sanaa in Yemen, Mogadishu in Somalia, " \
           "Benghazi in Libya, Beirut in Lebanon and Kherson in Ukraine."
    got = {p.name: p.country for p in find_places(text)}
    assert got["Mosul"] == "IQ" and got["Kabul"] == "AF" and got["Sanaa"] == "YE" and got["Mogadishu"] == "SO"
    assert got["Benghazi"] == "LY" and got["Beirut"] == "LB" and got["Kherson"] == "UA"


def test_resolve_a_provincial_capital_by_its_province_spelling():
    assert resolve("Deir Ezzor").gazetteer_id == "geonames:170794"
    assert resolve("Deir Ezzor").precision == "settlement"
    assert resolve("Gaza Strip").precision == "province"


def test_names_of_people_are_not_places():
    text = ("In Khan Younis, Mohammed Ashraf al-Mughari and Saeed Amer al-Ramlawi were killed with "
            "Amani Saada, Gaza's civil defence said.")
    found = find_places(text)
    assert {p.name for p in found} <= {"Khan Younis", "Gaza"}
    assert all(p.country == "PS" for p in found)


def test_a_big_city_abroad_counts_only_by_its_own_name():
    found = find_places("The wounded were taken from Rafah to Cairo; Labdeh was named as a relative.")
    assert {p.name: p.country for p in found} == {"Rafah": "PS", "Cairo": "EG"}


def test_possessives_facilities_and_demonyms():
    text = "Gaza's health ministry said a Gaza hospital and al-Shifa Hospital took in Jordanian doctors."
    found = find_places(text)
    assert [p.name for p in found] == ["Gaza", "Gaza"]
    assert text[found[0].start:found[0].end] == "Gaza"


def test_a_spelling_beats_a_shorter_exact_word():
    m = _one("A strike hit Bani Suhaila on Monday.")
    assert (m.geoname, m.country) == ("Banī Suhaylā", "PS")


@pytest.mark.parametrize("text,precision,geoname", [
    ("Medics of the Rafah Governorate were hurt.", "district", "Rafaḩ"),
    ("A house in the Tal al-Hawa region was hit.", "near-settlement", "Tel al-Hawa"),
    ("Shells fell in Manbij district.", "district", "Manbij"),
    ("Strikes in the Idlib region.", "near-settlement", "Idlib"),
])
def test_units_smaller_than_a_province(text, precision, geoname):
    m = _one(text)
    assert (m.precision, m.geoname) == (precision, geoname)


def test_unknown_neighbourhood_before_its_word():
    found = find_places("Shelling hit the Qasabiya neighbourhood of Jabalia.")
    names = {p.name: p for p in found}
    assert names["Qasabiya"].precision == "near-settlement"
    assert names["Qasabiya"].lat == names["Jabalia"].lat


def test_empty_and_plain_texts():
    assert find_places("") == [] and country_hints("") == []
    assert find_places("nothing at all here, no names") == []


def test_cli_find_and_info():
    import json

    from typer.testing import CliRunner

    from harmwatch.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "find", "-"], input="A strike near Khan Younis.\n")
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[0])
    assert (row["start"], row["name"], row["precision"]) == (14, "Khan Younis", "near-settlement")
    info = runner.invoke(app, ["gazetteer", "info"])
    assert info.exit_code == 0 and "CC BY 4.0" in info.output
    missing = runner.invoke(app, ["gazetteer", "find", "/nonexistent/file.txt"])
    assert missing.exit_code == 1 and "cannot read" in missing.output


@pytest.mark.parametrize("text, geoname", [
    ("قصف مدفعي على مدينة سري كانيه", "Ra’s al ‘Ayn"),
    ("Shelling hit Serêkaniyê on Monday", "Ra’s al ‘Ayn"),
    ("غارة لمسيرة قرب مدينة ديرك", "Al Mālikīyah"),
    ("A drone struck a car near Qamishlo", "Al Qāmishlī"),
    ("قذائف على بلدة تربه سبيه", "Al Qaḩţānīyah"),
    ("قصف على قرى في ريف كري سبي", "Tall Abyaḑ"),
])
def test_kurdish_names_of_towns(text, geoname):
    assert geoname in [p.geoname for p in find_places(text)]


@pytest.mark.parametrize("text", [
    "قصف مدفعي على قرى ريف إدلب الجنوبي",
    "Shelling hit villages in the southern Idlib countryside",
    "Artillery pounded Idlib's southern countryside on Monday",
])
def test_a_named_part_of_a_province_is_placed_on_that_side(text):
    (p,) = [p for p in find_places(text) if p.admin1 == "Idlib"]
    whole = find_places("villages in Idlib province")[0]
    assert p.precision == "province"
    assert p.lat < whole.lat - 0.05  # south of the province's centre
    assert p.gazetteer_id == whole.gazetteer_id


def test_two_sides_make_a_corner():
    (p,) = find_places("قصف على ريف حلب الشمالي الغربي")
    whole = find_places("villages in Aleppo province")[0]
    assert p.precision == "province" and p.lat > whole.lat and p.lon < whole.lon
