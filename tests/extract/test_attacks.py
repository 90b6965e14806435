"""Attacks told with no harm: one incident claim with null figures (extract/attacks.py)."""

from __future__ import annotations

from datetime import date

import pytest

from harmwatch.extract import extract
from harmwatch.extract.attacks import arabic_attack_sentence, attack_sentence


def _incidents(text: str, published: str, check_claims) -> list[dict]:
    claims = check_claims(extract(text, document="t", published=date.fromisoformat(published)), text)
    return [c for c in claims if c["kind"] == "incident"]


def _empty(figures: dict) -> bool:
    return all(v["min"] is None and v["max"] is None for v in figures.values())


def test_english_strike_with_no_harm_is_one_claim(check_claims):
    text = "Syrian government helicopters struck the village of Kafr Zita on Wednesday evening, a local monitor said."
    (c,) = _incidents(text, "2019-06-14", check_claims)
    assert c["date"] == {"start": "2019-06-12", "end": "2019-06-12", "precision": "day"}
    assert c["perpetrators"] == ["syrian-government"]
    assert any("Kafr Zita" in p["name"] for p in c["places"])
    assert c["means"] == "helicopter"
    assert _empty(c["figures"])
    assert text[c["evidence"][0]["start"]:c["evidence"][0]["end"]].startswith("Syrian government helicopters")


def test_english_unattributed_strike_on_a_named_place(check_claims):
    text = "Unidentified aircraft bombed the outskirts of Abu Kamal overnight, residents told a local outlet."
    (c,) = _incidents(text, "2021-03-02", check_claims)
    assert c["perpetrators"] == ["unknown"]
    assert c["means"] == "airstrike"
    assert _empty(c["figures"])


def test_english_headline_present_tense(check_claims):
    text = "Turkish drones target a car near Qamishli"
    (c,) = _incidents(text, "2022-11-20", check_claims)
    assert c["perpetrators"] == ["turkey"]
    assert c["means"] == "drone"
    assert c["target"] == "vehicle"


def test_english_casualties_without_a_figure_stay_null(check_claims):
    text = ("Russian warplanes pounded the market in Saraqib on Monday morning. "
            "Rescuers said there were casualties but gave no number.")
    (c,) = _incidents(text, "2019-05-09", check_claims)
    assert c["perpetrators"] == ["russia"]
    assert c["figures"]["civilians_killed"] == {"min": None, "max": None}


@pytest.mark.parametrize("text", [
    "The army said its aircraft struck an arms store near Homs on Sunday. Nobody was hurt.",
    "Artillery shelled the edge of Jisr al-Shughur on Friday, causing only material damage.",
    "Jets hit a farm near Ariha on Friday, with no casualties, the civil defence said.",
])
def test_nobody_hurt_is_no_claim(text, check_claims):
    assert _incidents(text, "2019-05-12", check_claims) == []


@pytest.mark.parametrize("text", [
    "Ankara threatened to strike the town of Tal Rifaat unless the fighters withdrew.",
    "The ministry denied that its jets had bombed the village of Kansafra.",
    "Israel could strike the airport in Damascus again, the analyst said.",
    "Russian pilots conducted exercises near Hama on Tuesday, dropping practice bombs over the desert.",
    "The coalition carried out 214 strikes in Raqqa province in March.",
    "In 2015, regime aircraft bombed the same neighbourhood of Douma.",
    "Residents recalled how jets struck the bakery in Halfaya years ago.",
    "Russian aircraft have been bombing Idlib province for months.",
    "After an assault on a factory in Ankara, air operations were carried out against terrorist targets in "
    "northern Iraq.",
    "Artillery units fired some 20,000 rounds during the siege of the old city of Homs.",
    "Two men were arrested on charges of filming the Iranian attacks on Haifa for a foreign channel.",
])
def test_not_an_attack_that_happened(text, check_claims):
    assert _incidents(text, "2019-05-12", check_claims) == []


def test_rules_need_a_place_or_an_attacker():
    assert not attack_sentence("The strike was loud.", has_place=False, has_actor=False)
    assert attack_sentence("Shelling hit the town of Kafr Nabl.", has_place=True, has_actor=False)
    assert not attack_sentence("Workers went on strike in the port of Latakia.", has_place=True, has_actor=False)


def test_an_old_attack_is_history(check_claims):
    text = "Government jets struck the hospital of Kafr Nabl on 5 May 2016, the monitor recalled in its report."
    assert _incidents(text, "2020-01-10", check_claims) == []


def test_a_harm_claim_is_left_alone(check_claims):
    text = "Russian jets struck the town of Ariha on Tuesday, killing four civilians, rescuers said."
    (c,) = _incidents(text, "2019-05-09", check_claims)
    assert c["figures"]["civilians_killed"] == {"min": 4, "max": 4}


# Arabic


def test_arabic_shelling_with_no_harm_is_one_claim(check_claims):
    text = "قصف مدفعي لقوات النظام يستهدف بلدة كفرنبل جنوبي إدلب صباح اليوم"
    (c,) = _incidents(text, "2019-05-09", check_claims)
    assert c["perpetrators"] == ["syrian-government"]
    assert c["means"] == "artillery"
    assert c["date"]["start"] == "2019-05-09" and c["date"]["precision"] == "day"
    assert any(p["name"] == "كفرنبل" for p in c["places"])
    assert _empty(c["figures"])
    assert c["evidence"] == [{"start": 0, "end": len(text)}]


def test_arabic_airstrike_by_named_air_force(check_claims):
    text = "غارات جوية روسية على أطراف مدينة سراقب شرقي إدلب يوم أمس"
    (c,) = _incidents(text, "2019-05-09", check_claims)
    assert c["perpetrators"] == ["russia"]
    assert c["means"] == "airstrike"
    assert c["date"]["start"] == "2019-05-08"


@pytest.mark.parametrize("text", [
    "قصف مدفعي لقوات النظام على قرية الموزرة دون وقوع إصابات",
    "غارة جوية على أطراف بلدة سرمين ولم تسفر عن إصابات",
    "الجيش التركي يهدد بقصف مدينة منبج في حال عدم انسحاب القوات الكردية",
    "وزارة الدفاع نفت قصف قرية كنصفرة",
    "مناورات عسكرية بالذخيرة الحية للقوات الروسية قرب حماة",
    "قسد تعتقل شابين في قرية الحمرات شرقي الرقة",
    "المتحدث قال إن الجيش لا يستهدف المدنيين في مدينة عفرين",
    "عملية أمنية استهدفت إلقاء القبض على مطلوبين في قرية الحمرات شرقي الرقة",
])
def test_arabic_not_a_claim(text, check_claims):
    assert _incidents(text, "2019-05-09", check_claims) == []


def test_arabic_rules():
    assert arabic_attack_sentence("قصف على بلدة", has_place=True, has_actor=False)
    assert not arabic_attack_sentence("قصف على بلدة", has_place=False, has_actor=False)
    assert not arabic_attack_sentence("حصيلة القصف منذ بداية العام", has_place=True, has_actor=True)


def test_after_a_toll_attacks_are_the_wars(check_claims):
    text = ("At least 900 civilians have been killed in Idlib province since April, a monitoring group said. "
            "Government aircraft also struck markets and schools in Maarat al-Numan.")
    claims = check_claims(extract(text, document="t", published=date(2019, 8, 1)), text)
    assert [c["kind"] for c in claims] == ["tally"]


def test_passive_verb_with_its_attacker(check_claims):
    text = "A water station in the village of Alouk was hit by Turkish artillery on Saturday."
    (c,) = _incidents(text, "2020-10-12", check_claims)
    assert c["perpetrators"] == ["turkey"]
    assert c["date"]["start"] == "2020-10-10"


def test_an_unknown_attacker_is_no_denial(check_claims):
    text = ("Drones struck a car near the town of Al-Bab on Monday; it was not immediately clear who was behind "
            "the attack.")
    (c,) = _incidents(text, "2023-03-08", check_claims)
    assert c["date"]["start"] == "2023-03-06"
    assert c["means"] == "drone"


@pytest.mark.parametrize("text", [
    "Jets struck a depot near Saraqib on Monday, with no immediate reports of casualties.",
    "قصف صاروخي لقوات النظام على مدينة سرمين شرقي إدلب ولا أنباء عن إصابات حتى الآن",
])
def test_no_word_of_casualties_is_no_claim(text, check_claims):
    assert _incidents(text, "2019-05-09", check_claims) == []
