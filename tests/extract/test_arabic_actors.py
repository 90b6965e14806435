"""Arabic reports: who attacked (cued attacker, victim, backer, joint attacks), obfuscated words,
and the country a report is about when it names a foreign attacker more often than any town."""

from __future__ import annotations

from datetime import date

import pytest

from harmwatch.extract import extract
from harmwatch.extract.arabic import _perps
from harmwatch.extract.places import find_places


@pytest.mark.parametrize("sentence, expected", [
    ("مقتل مدنيين اثنين بقصف روسي على بلدة في ريف إدلب", ["russia"]),
    ("إصابة طفل جراء غارة لطائرات حربية روسية على قرية جنوب المدينة", ["russia"]),
    ("مقتل شاب بضربة مسيّرة تركية استهدفت دراجة نارية", ["turkey"]),
    # joint attack: both named, each cued as an attacker
    ("قصف للطيران الحربي التابع للنظام والطيران الروسي على مدينة أريحا", ["syrian-government", "russia"]),
    # the regime's men are the dead, Turkey the attacker
    ("مقتل عنصر من قوات النظام بقصف تركي على قرية", ["turkey"]),
    # the Iranian militias' positions were hit: Israel struck
    ("الغارات الإسرائيلية على مواقع الميليشيات الإيرانية قتلت مدنياً", ["israel"]),
    # shelling 'whose source is areas held by the SDF'
    ("إصابة امرأة جراء قصف مصدره مناطق سيطرة قسد استهدف قرية", ["sdf"]),
    ("قتيل و5 جرحى في قصف لـ\"ي ب ك\" على مدينة", ["sdf"]),
    ("مقتل مواطن برصاص دورية روسية قرب المدينة", ["russia"]),
    ("جنود \"التحالف الدولي\" يقتلون مواطناً خلال عملية إنزال جوي", ["us-led-coalition"]),
    ("مقتل ثلاثة مدنيين من أسرة واحدة جراء قصف نفذته فصائل المعارضة", ["syrian-opposition"]),
])
def test_attacker_in_the_lead(sentence, expected):
    assert _perps(sentence, sentence) == expected


def test_a_name_inside_another_word_is_no_actor():
    # "تركيب" (installing) holds the letters of "تركي"
    s = "مقتل عامل أثناء تركيب خزان مياه إثر قصف على الحي"
    assert _perps(s, s) == ["unknown"]


def test_document_fallback_prefers_the_attacker_over_the_victims():
    lead = "مقتل شخصين وإصابة آخرين جراء القصف على القرية"
    whole = (lead + ". وكانت مواقع قوات النظام قد تعرضت لهجمات. مقتل عناصر من قوات النظام. "
             "وقالت مصادر إن المدفعية التركية قصفت القرية")
    assert _perps(lead, whole) == ["turkey"]


def test_obfuscated_words_do_not_cut_the_sentence(check_claims):
    # posts write "مقتـ.ـل" and "قصـ.ـف" to slip past platform filters
    text = "اصـ.ـابة 3 اطـ.ـفال جراء قصـ.ـف مدفعـ.ـي للاحتـ.ـلال التركي على محيط بلدة في ريف الرقة"
    (c,) = check_claims(extract(text, document="ob1", published=date(2025, 1, 17)), text)
    assert c["perpetrators"] == ["turkey"]
    ev = c["evidence"][0]
    assert ev["start"] == 0 and ev["end"] == len(text)


def test_hamza_forms_and_present_tense():
    text = "حصيلة الإستهداف الذي تعرضت له المدينة: شهيدان من المدنيين"
    assert extract(text, document="h1", published=date(2024, 12, 4))
    text = "عصابات الأسد تستهدف معهداً في مدينة أريحا.. والحصيلة شهيدان و12 جريحاً"
    (c,) = extract(text, document="h2", published=date(2024, 11, 26))
    assert c["perpetrators"] == ["syrian-government"]


def test_martyrdom_euphemism_is_harm():
    text = "ارتقاء طفل بانفجار قنبلة عنقودية من مخلفات القصف أثناء رعيه الأغنام"
    assert extract(text, document="e1", published=date(2022, 11, 20))


def test_attacking_country_named_often_does_not_hide_the_town():
    text = ("مقتل صحفي إثر قصف جوي استهدف مدينة مورك في ريف حماة الشمالي، أثناء تغطية هجمات روسيا. "
            "دأبت روسيا على استهداف الصحفيين. وتقول روسيا إنها تستهدف الإرهابيين.")
    found = {p.geoname: p.country for p in find_places(text)}
    assert found.get("Mūrak") == "SY"


def test_a_town_in_the_next_sentence_beats_a_province_in_the_lead(check_claims):
    text = ("مقتل مدنيين اثنين جراء قصف مدفعي لقوات النظام على ريف إدلب الجنوبي. "
            "وقال مراسلنا إن القذائف سقطت على منازل في مدينة معرة النعمان.")
    (c,) = check_claims(extract(text, document="pl1", published=date(2019, 5, 6)), text)
    assert c["places"][0]["precision"] == "settlement"
    assert c["places"][0]["admin1"] == "Idlib"
    assert any(p["precision"] == "province" for p in c["places"])


def test_a_country_alone_in_the_lead_gives_way_to_a_town():
    text = ("مقتل طفل بقصف روسي في سوريا. "
            "وأفاد ناشطون بأن الغارة استهدفت منزلاً في بلدة كفرنبل بريف إدلب.")
    (c,) = extract(text, document="pl2", published=date(2019, 5, 6))
    assert c["places"][0]["precision"] in ("settlement", "near-settlement")
    assert c["places"][0]["admin1"] == "Idlib"


def test_a_preposition_after_village_is_no_village_name():
    text = "سقطت قذائف على قرية بالقرب من مدينة سراقب في ريف إدلب"
    assert not any(p.name.startswith("بالقرب") for p in find_places(text))


def test_the_headline_town_beats_west_of_the_city(check_claims):
    text = ("جرحى مدنيون بقصف على بلدة دارة عزة\n\n"
            "أصيب ثلاثة مدنيين بجروح جراء قصف مدفعي لقوات النظام غربي حلب صباح اليوم.")
    (c,) = check_claims(extract(text, document="pl3", published=date(2021, 9, 27)), text)
    assert c["places"][0]["precision"] == "settlement" and c["places"][0]["admin1"] == "Aleppo"
    assert c["places"][0]["name"] == "دارة عزة"


def test_a_latin_masthead_is_not_the_place_of_an_arabic_post():
    text = "Aleppo Now\n\nمقتل مدني بقصف مدفعي على بلدة سرمين بريف إدلب الشرقي"
    (c,) = extract(text, document="pl4", published=date(2020, 1, 5))
    assert all(p["name"] != "Aleppo" for p in c["places"])


def test_attackers_named_jointly_elsewhere_join_the_lead_attacker():
    lead = "مقتل مدني بقصف لقوات النظام على قرية في ريف إدلب"
    whole = lead + ". وكان قصف قوات النظام وروسيا قد استهدف القرية مرات عدة"
    assert _perps(lead, whole) == ["syrian-government", "russia"]
    # named jointly as victims: not attackers
    assert _perps("مقتل عنصر من قوات النظام وروسيا بقصف تركي", "") == ["turkey"]


@pytest.mark.parametrize("sentence, expected", [
    # the verb first, as Arabic usually has it; the struck militia's position is the target
    ("قصفت إسرائيل موقعاً عسكرياً لميليشيا حزب الله في القنيطرة وأوقعت قتلى", ["israel"]),
    ("شنّ التحالف الدولي غارات جوية أسفرت عن مقتل مدنيين", ["us-led-coalition"]),
    # the factions' patron is not the attacker
    ("إصابة 6 مدنيين جراء قصف من قبل ميليشيات قسد على مدينة عفرين الخاضعة لسيطرة الفصائل التابعة لتركيا",
     ["sdf"]),
    # joint attacks, however the second force is written
    ("استشهاد 4 مدنيين في قصف لقوات الأسد والمحتل الروسي على سوق البلدة", ["syrian-government", "russia"]),
    ("جرحى مدنيون بقصف للأسد و\"قسد\" على قرى المنطقة", ["syrian-government", "sdf"]),
    ("مقتل طفلين بقصف قوات النظام والطيران الروسي على البلدة", ["syrian-government", "russia"]),
    # a name in the lead with no attacker's role beside a cued attacker is left out
    ("مقتل نازحين قرب الحدود مع تركيا بقصف روسي على المخيم", ["russia"]),
])
def test_attackers_cued_in_the_lead_only(sentence, expected):
    assert _perps(sentence, sentence) == expected


@pytest.mark.parametrize("text", [
    "انفجار سيارة مفخخة في بلدة قرب المدينة، وتشير الأنباء إلى عدم وقوع أي إصابات في صفوف المدنيين",
    "قصف مدفعي على أطراف القرية دون وقوع إصابات",
    "غارات جوية على حي في المدينة، فرقنا توجهت إلى المكان ولم تتلق بلاغاً عن إصابات",
])
def test_no_harm_told_is_no_incident(text):
    assert extract(text, document="nh", published=date(2022, 3, 1)) == []


def test_harm_beside_a_denial_of_more_harm_is_kept():
    text = "قصف مدفعي على قرية أدى إلى مقتل مدنيين اثنين ولا إصابات أخرى"
    assert len(extract(text, document="nh2", published=date(2022, 3, 1))) == 1


def test_the_saudi_led_coalition_in_arabic():
    from harmwatch.extract import extract

    for text in ("قتل ثلاثة مدنيين بغارة لطيران التحالف العربي على منزل في صعدة",
                 "قتل خمسة مدنيين بغارة لطيران التحالف بقيادة السعودية على سوق في صعدة"):
        assert [c["perpetrators"] for c in extract(text, document="t")] == [["saudi-led-coalition"]]
    text = "قتل خمسة مدنيين بغارة لطيران التحالف الدولي على قرية في ريف الرقة"
    assert [c["perpetrators"] for c in extract(text, document="t")] == [["us-led-coalition"]]


@pytest.mark.parametrize("sentence, expected", [
    # the kind of fire between the attack word and the name
    ("مقتل مدني بقصف مدفعي لقوات النظام على بلدة", ["syrian-government"]),
    # a joint attack whose first name carries an adjective
    ("إصابة طفلين بقصف قوات النظام السوري وروسيا على البلدة", ["syrian-government", "russia"]),
    # two names one after the other
    ("مقتل مدني بقصف الجيش النصيري الروسي على القرية", ["syrian-government", "russia"]),
    # "the regime" of another state is that state
    ("قتل راعٍ باعتداء من النظام التركي على قرية حدودية", ["turkey"]),
    ("مقتل امرأة بقصف لميليشيا أسد على أطراف المدينة", ["syrian-government"]),
    ("مقتل شاب بنيران الجندرمة على الحدود", ["turkey"]),
    # other conflicts
    ("مقتل خمسة مدنيين بقصف لقوات الدعم السريع على حي سكني", ["rsf"]),
    ("مقتل طفلين بقصف للحوثيين على حي في المدينة", ["houthis"]),
    ("مقتل مزارع بقصف للجيش العراقي على قرية", ["iraqi-government"]),
])
def test_more_attacker_names(sentence, expected):
    assert _perps(sentence, sentence) == expected


def test_a_bare_occupation_is_the_occupier_the_report_names():
    lead = "استشهاد ثلاثة مواطنين بقصف طيران الاحتلال على منزل"
    whole = lead + " وتواصل القوات الإسرائيلية قصف المنطقة منذ أيام"
    assert _perps(lead, whole) == ["israel"]
    whole = lead + " وكان الجيش التركي قد قصف المنطقة أمس"
    assert _perps(lead, whole) == ["turkey"]
    assert _perps(lead, lead, ["PS"]) == ["israel"]
    assert _perps(lead, lead, ["SY"]) == ["unknown"]


def test_a_slogan_hashtag_is_not_the_lead():
    text = ("#الطيران_الروسي_يقتل_الأطفال\n\n"
            "أصيب مدني بجروح إثر قصف مدفعي لقوات النظام على قرية شرقي المدينة.")
    claims = extract(text, document="h", published=date(2023, 5, 2))
    assert [c["perpetrators"] for c in claims] == [["syrian-government"]]


def test_a_toll_over_a_period_is_not_the_lead():
    text = ("وثقت فرقنا منذ بداية العام الحالي مقتل 40 مدنياً بهجمات قوات النظام على المنطقة.\n\n"
            "وأدى قصف صاروخي روسي اليوم على قرية في ريف المدينة إلى مقتل 3 مدنيين.")
    claims = extract(text, document="p", published=date(2023, 6, 1))
    assert [(c["perpetrators"], c["figures"]["civilians_killed"]["min"]) for c in claims] == [(["russia"], 3)]


@pytest.mark.parametrize("text, expected", [
    ("مقتل شاب وإصابة آخرين بنيران الجندرمة على الحدود", ["turkey"]),
    ("وفاة طفل دهساً بمدرعة تركية في قرية قرب الحدود", ["turkey"]),
    ("مقتل شاب خلال مداهمة دورية لقسد منزله في البلدة", ["sdf"]),
])
def test_fire_raids_and_run_overs_are_attacks(text, expected):
    claims = extract(text, document="f", published=date(2022, 4, 4))
    assert [c["perpetrators"] for c in claims] == [expected]


def test_the_dead_of_the_story_join_a_lead_of_injured():
    text = ("إصابة 4 مدنيين بقصف مدفعي لقوات النظام على بلدة جنوبي المدينة\n\n"
            "وقال مراسلنا إن القصف أدى أيضاً إلى مقتل طفل في البلدة.\n\n"
            "وكان قصف مماثل قد أدى إلى مقتل 6 مدنيين في البلدة الشهر الماضي.")
    claims = extract(text, document="s", published=date(2023, 2, 2))
    figs = claims[0]["figures"]
    assert (figs["civilians_injured"]["min"], figs["civilians_killed"]["min"]) == (4, 1)
    ev = [text[e["start"]:e["end"]] for e in claims[0]["evidence"]]
    assert any("مقتل طفل" in e for e in ev) and not any("6 مدنيين" in e for e in ev)


def test_the_aggression_in_a_yemeni_report():
    lead = "مقتل أربعة مدنيين بغارات طيران العدوان على مديرية في المحافظة"
    assert _perps(lead, lead, ["YE"]) == ["saudi-led-coalition"]
    assert _perps(lead, lead, ["SY"]) == ["unknown"]
    lead = "مقتل مدنيين بقصف طيران العدوان الروسي على البلدة"
    assert _perps(lead, lead, ["SY"]) == ["russia"]


def test_a_report_of_tolls_over_a_period_only_is_no_incident():
    text = ("وثق المرصد مقتل 40 مدنياً بقصف القوات على المنطقة خلال شهر تموز.\n\n"
            "وأحصى منذ بداية العام مقتل 120 مدنياً بهجمات مماثلة.")
    assert extract(text, document="t", published=date(2023, 8, 2)) == []


@pytest.mark.parametrize("sentence, expected", [
    ("إصابة مدنيين بغارتين روسيتين على مخيم قرب الحدود مع تركيا", ["russia"]),
    ("مقتل شاب بقصف طائرتين مسيرتين تركيتين على سيارة", ["turkey"]),
])
def test_dual_forms_of_the_attackers_names(sentence, expected):
    assert _perps(sentence, sentence) == expected


def test_words_split_by_tatweels_around_a_space_are_read_whole():
    text = "ارتقاء شاب جراء اسـ ـتهداف قوات النظام بالمـ ـدفعية الثقـ ـيلة قرية جنوب المدينة"
    claims = extract(text, document="o", published=date(2023, 3, 3))
    assert [(c["perpetrators"], c["figures"]["civilians_killed"]["min"]) for c in claims] == [(["syrian-government"], 1)]


def test_unknown_gunmen_are_unknown_even_when_the_page_names_others():
    lead = "مقتل رجل برصاص مجهولين في المدينة"
    whole = lead + " وفي خبر آخر شنت طائرات مسيرة روسية غارات على قرية بعيدة"
    assert _perps(lead, whole) == ["unknown"]


@pytest.mark.parametrize("lead, whole, countries, provinces, expected", [
    # a joint raid: the partner named "with the cooperation of" is an attacker too
    ("نفذت قسد بالتعاون مع التحالف الدولي عملية إنزال جوي على منزل في قرية شرق دير الزور", None, ["SY"], [],
     ["sdf", "us-led-coalition"]),
    # an air landing by a force without aircraft: the air force the page names as attacker joins it
    ("قتل شخصان خلال إنزال جوي نفذته قسد على قرية", "قتل شخصان خلال إنزال جوي نفذته قسد على قرية. "
     "وكانت طائرات التحالف الدولي قد شنت غارات على المنطقة", ["SY"], [], ["sdf", "us-led-coalition"]),
    # an air strike with no attacker in the lead: not the force without aircraft the page names most
    ("استشهد مدني بغارة جوية على قرية في ريف الرقة", "استشهد مدني بغارة جوية على قرية في ريف الرقة. "
     "واتهمت قسد بالوقوف وراء القصف المدفعي وقصفت قسد القرية أمس، فيما قصف الطيران التركي المنطقة", ["SY"], [],
     ["turkey"]),
    # a bare "occupation" in the south of Syria is Israel, in the north-east Turkey
    ("استشهد شاب بقصف لطائرات الاحتلال على بلدة في ريف القنيطرة", None, ["SY"], [("SY", "Quneitra")], ["israel"]),
    ("أصيب مزارعان بقصف للاحتلال على قرية في ريف تل تمر", None, ["SY"], [("SY", "Al-Hasakah")], ["turkey"]),
    # "Zionist" without the article, a word hidden by a symbol
    ("ارتقى ثلاثة شبان بقصف صهيوني على بلدة في ريف درعا", None, ["SY"], [], ["israel"]),
    ("استشهد مدنيان جراء عد*وان إسرا$ئيلي على القرية", None, ["LB"], [], ["israel"]),
    # a drone is no warplane: a faction's drone strike stays the faction's
    ("مقتل مدني بضربة مسيرة لهيئة تحرير الشام على قرية", "مقتل مدني بضربة مسيرة لهيئة تحرير الشام على قرية. "
     "وقصف الطيران الروسي المنطقة أمس", ["SY"], [], ["hts"]),
])
def test_joint_raids_air_forces_and_the_occupier_by_province(lead, whole, countries, provinces, expected):
    assert _perps(lead, whole or lead, countries, provinces) == expected


def test_a_list_of_other_posts_headlines_does_not_give_the_lead():
    text = ("الأكثر قراءة\n\nمقتل شاب برصاص مجهولين في مدينة الرقة\n\nارتفاع أسعار الخبز في الأسواق\n\n"
            "افتتاح مدرسة جديدة في الريف\n\nمباراة كرة قدم بين فريقين محليين\n\nطقس بارد خلال الأيام القادمة\n\n"
            "قصف تركي يقتل طفلين في قرية قرب تل تمر\n\n"
            "قتل طفلان بقصف مدفعي تركي استهدف قرية في ريف تل تمر شمال غربي الحسكة صباح اليوم، بحسب مصادر محلية "
            "أكدت أن القذائف سقطت على منزل العائلة أثناء وجود الأطفال في الفناء.")
    (c,) = extract(text, document="hl1", published=date(2024, 3, 5))
    assert c["perpetrators"] == ["turkey"]
    assert c["figures"]["civilians_killed"]["min"] == 2


def test_the_title_over_the_article_closes_a_headline_run():
    from harmwatch.extract.arabic import _headline_lists

    lines = ["الرئيسية", "أخبار", "تقارير", "رياضة", "مقتل مدنيين بقصف على السوق"]
    text = "\n".join(lines) + "\n" + "قتل مدنيان بقصف مدفعي استهدف السوق الشعبي في المدينة صباح اليوم وفق مصادر محلية " * 2
    ((a, b),) = _headline_lists(text)
    assert text[a:b].endswith("رياضة")


@pytest.mark.parametrize("lead, expected", [
    # "occupation" tagged with its adjective as a hashtag or in quotes is that occupier, not a bare one
    ("استهدف طيران الاحتلال #الروسي والنظام محطة القطار ويوجد عدد من الشهداء", ["russia", "syrian-government"]),
    ("مقتل مدنيين بقصف لطيران الاحتلال \"الروسي\" على القرية", ["russia"]),
    # the accusative's alef before the attacker: "قصفاً مدفعياً لقوات النظام", the regime over the victims' Russians
    ("أصيب مزارع جراء قصفاً مدفعياً لقوات النظام قرب نقطة يتمركز فيها عناصر روس", ["syrian-government"]),
])
def test_occupiers_tagged_and_accusative_cues(lead, expected):
    assert _perps(lead, lead, ["SY"], [("SY", "Aleppo")]) == expected


@pytest.mark.parametrize("lead, expected", [
    # a hashtag that is just a force's name is that force
    ("جرحى مدنيون جراء استهداف #قوات_سوريا_الديمقراطية بصاروخ موجه سيارة في قرية", ["sdf"]),
    # Quranic small letters hiding a word ("التحـۦـالف")
    ("إنـۦـزال جوي يعتقد أنه من التحـۦـالف الدولي في قرية بريف حماة", ["us-led-coalition"]),
    # rockets fired from a force's base are that force's
    ("سقوط صواريخ على بادية القرية مصدرها قاعدة التحالف الدولي في المدينة", ["us-led-coalition"]),
])
def test_name_hashtags_small_letters_and_bases(lead, expected):
    assert _perps(lead, lead, ["SY"], []) == expected


def test_a_prayer_for_the_dead_after_a_strike_tells_harm():
    text = "النقيب المنشق من أبناء البلدة استهدفته اليوم طائرة مسيرة للتحالف الدولي قرب منزله في ريف إدلب، تقبله الله."
    (c,) = extract(text, document="pr1", published=date(2024, 5, 6))
    assert c["perpetrators"] == ["us-led-coalition"]
    # an assassination is harm and attack both
    text = "اغتيال مدني برصاص مسلحين يستقلون دراجة نارية في مدينة درعا البلد مساء اليوم."
    (c,) = extract(text, document="pr2", published=date(2024, 5, 6))
    assert c["date"]["start"] == "2024-05-06"


def test_double_dots_and_commas_inside_words_hide_nothing():
    text = ("#عاجل إصا..بات عدة جراء العد*وان الإسرا..ئيلي على محيط قرية شطحة في ريف حماة. "
            "وقال مصدر محلي إن ميليـ.,ـشيات مجهولة لم تشارك في القصف.")
    (c,) = extract(text, document="dd1", published=date(2025, 5, 2))
    assert c["perpetrators"] == ["israel"]
    assert c["evidence"][0]["start"] == 0 and text[c["evidence"][0]["end"] - 1] == "."


def test_an_attack_told_by_a_hashtag_only():
    text = "شهيدان والعديد من الجرحى في أحياء درعا البلد وطريق السد #درعا_تحت_القصف"
    (c,) = extract(text, document="ht1", published=date(2021, 7, 29))
    assert c["figures"]["civilians_killed"]["min"] == 2
    # a hashtag with no attack in it makes no claim of a death notice
    assert extract("شهيدان من أبناء البلدة رحمهما الله #درعا_البلد", document="ht2", published=date(2021, 7, 29)) == []


def test_kurdish_factions_are_the_sdf_not_the_opposition():
    assert _perps("الفصائل الكردية ترتكب مجزرة بقصف صاروخي على عفرين", "x", ["SY"], []) == ["sdf"]
    assert _perps("قصف مدفعي للفصائل على قرية في ريف حماة", "x", ["SY"], []) == ["syrian-opposition"]


def test_the_coalition_in_syria_stays_the_us_led_one_whatever_the_country_hints():
    from harmwatch.extract.arabic import arabic_claims
    from harmwatch.extract.text import sentences

    text = "مقتل ثلاثة مدنيين خلال عملية إنزال جوي لقوات التحالف الدولي في قرية البريهة شرقي دير الزور."
    places = find_places(text, countries=["SY"])
    (c,) = arabic_claims(text, sentences(text), document="ye1", anchor=date(2021, 12, 13), places=places,
                         countries=["YE", "SY"])
    assert any(p["country"] == "SY" for p in c["places"])
    assert c["perpetrators"] == ["us-led-coalition"]
    text = text.replace("قرية البريهة شرقي دير الزور", "مديرية في محافظة مأرب")
    (c,) = arabic_claims(text, sentences(text), document="ye2", anchor=date(2021, 12, 13), places=[], countries=["YE"])
    assert c["perpetrators"] == ["saudi-led-coalition"]


def test_a_post_in_arabic_inside_a_platforms_english_words_is_arabic():
    from harmwatch.extract.arabic import is_arabic

    post = ("Copy link to Tweet Embed Tweet Report Tweet Report NetzDG Violation قصف مدفعي لقوات النظام على القرية "
            "Back to top Loading seems to be taking a while. Twitter may be over capacity or experiencing a momentary "
            "hiccup. Try again or visit Twitter Status for more information.")
    assert is_arabic(post)
    assert not is_arabic("Syrian Civil Defence said that shelling hit the village of Kafr Nabl (كفرنبل) on Monday, "
                         "killing two civilians and wounding five others in the market.")


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام أطراف البلدة وتفقدت فرق الدفاع المدني المكان وتأكدت من عدم سقوط ضحايا وإصابات في صفوف المدنيين.",
    "سقطت قذائف صاروخية على أطراف المدينة دون قتلى أو جرحى بحسب مصادر محلية.",
])
def test_both_denied_harm_words_tell_no_harm(text):
    assert [c for c in extract(text, document="nh1", published=date(2022, 10, 17)) if c["kind"] == "incident"
            and c["figures"]["civilians_killed"]["min"]] == []
    from harmwatch.extract.arabic import _HARM, _NO_HARM, _fold, _norm
    assert not _HARM.search(_NO_HARM.sub(" ", _fold(_norm(text))))


def test_a_bare_occupation_is_the_one_the_page_names_with_its_adjective():
    whole = ("شنت الطائرات الحربية التابعة للاحتلال الروسي صباح اليوم غارات على محيط البلدة. "
             "حيث طال القصف الأراضي الزراعية ما أدى إلى إصابات. وسبق أن أغارت طائرات الاحتلال على ذات الموقع. "
             "خبر آخر: الطيران الإسرائيلي يدمر مواقع في ريف دمشق")
    assert _perps("حيث طال القصف الأراضي الزراعية ما أدى إلى إصابات", whole, ["SY"], []) == ["russia"]
    # "الاحتلالين الإيراني والروسي": named occupations, the bare one the first most named
    assert _perps("قصف لطائرات الاحتلال على القرية", "قصف لطائرات الاحتلال على القرية. الاحتلال التركي يقصف "
                  "قرى أخرى والاحتلال التركي يواصل", ["SY"], []) == ["turkey"]
