"""Countries and provinces by the names that reports use (English and Arabic), for the index and
for country hints. Province codes are GeoNames admin1 codes.
"""

from __future__ import annotations

__all__ = ["COUNTRIES", "DEMONYMS", "PROVINCE_ALIASES", "PROVINCE_DISPLAY"]

# ISO2 -> names that denote the country itself (first one is the display name).
COUNTRIES: dict[str, dict] = {
    "SY": {"names": ["Syria", "Syrian Arab Republic", "سوريا", "سورية"]},
    "IQ": {"names": ["Iraq", "العراق"]},
    "YE": {"names": ["Yemen", "اليمن"]},
    "LY": {"names": ["Libya", "ليبيا"]},
    "SO": {"names": ["Somalia", "الصومال"]},
    "AF": {"names": ["Afghanistan", "أفغانستان"]},
    "PS": {"names": ["Palestine", "State of Palestine", "Occupied Palestinian Territory",
                     "Palestinian Territories", "فلسطين"]},
    "LB": {"names": ["Lebanon", "لبنان"]},
    "UA": {"names": ["Ukraine", "Україна", "Украина", "أوكرانيا"]},
    "IL": {"names": ["Israel", "إسرائيل"]},
    "JO": {"names": ["Jordan", "الأردن"]},
    "TR": {"names": ["Turkey", "Türkiye", "Turkiye", "تركيا"]},
    "IR": {"names": ["Iran", "إيران"]},
    "SA": {"names": ["Saudi Arabia", "السعودية"]},
    "EG": {"names": ["Egypt", "مصر"]},
    "SD": {"names": ["Sudan", "السودان"]},
    "SS": {"names": ["South Sudan"]},
    "PK": {"names": ["Pakistan", "باكستان"]},
    "RU": {"names": ["Russia", "Russian Federation", "روسيا"]},
    "BY": {"names": ["Belarus"]},
    "ML": {"names": ["Mali"]},
    "NE": {"names": ["Niger"]},
    "NG": {"names": ["Nigeria"]},
    "ET": {"names": ["Ethiopia"]},
    "KE": {"names": ["Kenya"]},
    "MM": {"names": ["Myanmar", "Burma"]},
    "BF": {"names": ["Burkina Faso", "Burkina"]},
    "TD": {"names": ["Chad"]},
    "CF": {"names": ["Central African Republic"]},
    "CM": {"names": ["Cameroon"]},
    "ER": {"names": ["Eritrea"]},
    "TH": {"names": ["Thailand"]},
    "BD": {"names": ["Bangladesh"]},
    "CD": {"names": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "Congo",
                     "Congo-Kinshasa"]},
    "RW": {"names": ["Rwanda"]},
    "MZ": {"names": ["Mozambique"]},
    "HT": {"names": ["Haiti"]},
}

# Words that place a report in a country without naming it (not belligerents' nationalities:
# "Israeli strikes" or "Russian jets" say who struck, not where).
DEMONYMS: dict[str, str] = {
    "syrian": "SY", "syrians": "SY", "iraqi": "IQ", "iraqis": "IQ", "yemeni": "YE", "yemenis": "YE",
    "libyan": "LY", "libyans": "LY", "somali": "SO", "somalis": "SO", "afghan": "AF", "afghans": "AF",
    "palestinian": "PS", "palestinians": "PS", "gazan": "PS", "gazans": "PS", "lebanese": "LB",
    "ukrainian": "UA", "ukrainians": "UA", "sudanese": "SD",
    "burmese": "MM", "burkinabe": "BF", "burkinabé": "BF", "malian": "ML", "malians": "ML", "nigerian": "NG",
    "nigerians": "NG", "nigerien": "NE", "ethiopian": "ET", "chadian": "TD",
    "congolese": "CD", "mozambican": "MZ", "mozambicans": "MZ", "haitian": "HT", "haitians": "HT",
    # armed groups of one country only: where a report about them is
    "fano": "ET", "tatmadaw": "MM", "janjaweed": "SD", "wazalendo": "CD", "codeco": "CD",
    "السوري": "SY", "السورية": "SY", "العراقي": "IQ", "العراقية": "IQ", "اليمني": "YE", "الليبي": "LY",
    "الفلسطيني": "PS", "الفلسطينية": "PS", "اللبناني": "LB", "اللبنانية": "LB",
}

# (country, admin1 code) -> further names of the province (own transliterations and Arabic).
PROVINCE_ALIASES: dict[tuple[str, str], list[str]] = {
    ("SY", "01"): ["Hasakah", "Hasaka", "Hasakeh", "Al-Hasakeh", "Hassakeh", "الحسكة"],
    ("SY", "02"): ["Lattakia", "Latakia", "اللاذقية"],
    ("SY", "04"): ["Raqqa", "Raqqah", "Al-Raqqa", "الرقة"],
    ("SY", "05"): ["As-Suwayda", "Sweida", "Suwaida", "السويداء"],
    ("SY", "06"): ["Deraa", "Dara'a", "درعا"],
    ("SY", "07"): ["Deir ez-Zor", "Deir al-Zour", "Deir Ezzor", "Dayr az Zawr", "دير الزور"],
    ("SY", "08"): ["Rif Dimashq", "Rif-Dimashq", "Reef Dimashq", "Rural Damascus", "Damascus Countryside",
                   "Damascus Suburbs", "ريف دمشق"],
    ("SY", "09"): ["Aleppo", "Halab", "حلب"],
    ("SY", "10"): ["Hama", "Hamah", "حماة"],
    ("SY", "11"): ["Homs", "Hims", "حمص"],
    ("SY", "12"): ["Idlib", "Idleb", "إدلب"],
    ("SY", "13"): ["Damascus", "دمشق"],
    ("SY", "14"): ["Tartous", "Tartus", "طرطوس"],
    ("PS", "GZ"): ["Gaza Strip", "the Gaza Strip", "قطاع غزة"],
    ("PS", "WE"): ["West Bank", "the West Bank", "الضفة الغربية"],
    ("IQ", "01"): ["Anbar", "Al Anbar", "Al-Anbar", "الأنبار"],
    ("IQ", "15"): ["Nineveh", "Ninewa", "Ninawa", "نينوى"],
    ("IQ", "18"): ["Salahuddin", "Salah al-Din", "Salah ad-Din", "صلاح الدين"],
    ("IQ", "10"): ["Diyala", "ديالى"],
    ("IQ", "13"): ["Kirkuk", "كركوك"],
    ("YE", "04"): ["Hadramawt", "Hadramaut", "Hadhramaut", "حضرموت"],
    ("YE", "26"): ["Amanat al-Asimah", "Sanaa City"],
    ("YE", "08"): ["Hodeidah", "Hudaydah", "الحديدة"],
    ("YE", "15"): ["Saada", "Sa'ada", "صعدة"],
    ("YE", "25"): ["Taiz", "Ta'izz", "تعز"],
    ("LB", "06"): ["South Lebanon", "Southern Lebanon"],
    ("LB", "07"): ["Nabatiyeh", "Nabatieh"],
    ("LB", "08"): ["Bekaa", "Beqaa", "Bekaa Valley"],
    ("UA", "05"): ["Donetsk Oblast", "Donetsk region"],
    ("UA", "14"): ["Luhansk Oblast", "Luhansk region"],
    ("UA", "07"): ["Kharkiv Oblast", "Kharkiv region"],
    ("UA", "08"): ["Kherson Oblast", "Kherson region"],
    ("UA", "26"): ["Zaporizhzhia Oblast", "Zaporizhzhia region"],
    ("SD", "38"): ["Gezira", "Al Gezira", "Al-Gezira", "El Gezira", "Al-Jazirah", "الجزيرة"],
    ("SD", "55"): ["North Darfur"], ("SD", "49"): ["South Darfur"], ("SD", "47"): ["West Darfur"],
    ("SD", "60"): ["East Darfur"], ("SD", "50"): ["South Kordofan"], ("SD", "62"): ["West Kordofan"],
    ("SD", "56"): ["North Kordofan"], ("SD", "39"): ["Gedaref", "Al Qadarif"],
    ("ET", "51"): ["Oromia"], ("ET", "45"): ["Afar"], ("ET", "47"): ["Benishangul-Gumuz", "Benishangul Gumuz"],
    ("MM", "01"): ["Rakhine State", "Arakan"], ("MM", "04"): ["Kachin"], ("MM", "05"): ["Kayin", "Karen State"],
    ("MM", "06"): ["Kayah", "Karenni State"], ("MM", "10"): ["Sagaing"], ("MM", "11"): ["Shan"],
    ("MM", "08"): ["Mandalay Region"], ("MM", "02"): ["Chin"], ("MM", "15"): ["Magway Region", "Magwe"],
    ("CD", "11"): ["Nord-Kivu"], ("CD", "12"): ["Sud-Kivu"], ("MZ", "01"): ["Cabo Delgado"],
}

# Readable names where GeoNames' admin1 name is awkward.
PROVINCE_DISPLAY: dict[tuple[str, str], str] = {
    ("SY", "08"): "Rif Dimashq", ("SY", "13"): "Damascus", ("YE", "04"): "Hadramawt",
    ("YE", "26"): "Amanat al-Asimah", ("YE", "01"): "Abyan", ("YE", "03"): "Al Mahrah",
    ("YE", "10"): "Al Mahwit", ("YE", "16"): "Sanaa", ("YE", "23"): "Ibb",
    ("LB", "06"): "South Lebanon", ("LB", "11"): "Baalbek-Hermel",
}
