"""Casualty figures in Arabic sentences, to the counting conventions of the English extractor.

Reads a sentence already normalised by `arabic._norm` (no tatweel or short vowels, Western
digits) and returns the five figures of a claim. Forms read:

- a harm word then a number and a person noun: "مقتل 5 مدنيين", "استشهد 33 مدنياً", "قتل 5 أطفال",
  "إصابة 6 أشخاص", "ارتقاء 4 شهداء";
- a number then a victim noun: "11 شهيداً", "3 قتلى", "7 جرحى";
- a toll that rose: "ارتفاع حصيلة الضحايا إلى 9 قتلى", "ارتفعت حصيلة الشهداء الى 6 مدنيين";
- one or two people by the noun alone: "مقتل طفل", "استشهاد طفلين", "مقتل مدنيين اثنين";
- one person by a pronoun, with no other figure: "ما أدى لمقتله", "أسفر عن استشهادها";
- qualifiers: "على الأقل", "ما لا يقل عن", "أكثر من" (min only); "نحو", "حوالي", "قرابة" (the number);
  "حتى", "ما يصل إلى" (max only); "العشرات" (10 or more, "tens");
- breakdowns: "بينهم 3 أطفال وامرأتان", "من بينهم طفلان", "5 أطفال ... (جميعهم من عائلة واحدة)";
- fighters ("عناصر", "مقاتلين", "مسلحين") go to combatants, never to civilians.
"""

from __future__ import annotations

import re

__all__ = ["figures", "FIGURE_KEYS"]

FIGURE_KEYS = ("civilians_killed", "civilians_injured", "children_killed", "women_killed", "combatants_killed")

_FOLD = str.maketrans("أإآٱ", "اااا")  # one alef (folded text keeps its length)
_AR = "\u0621-\u064A"
_B = f"(?<![{_AR}])"            # word start
_BV = f"(?<![{_AR}])[وف]?[لب]?"  # word start, with "and"/"so" and "to"/"by" before it ("لمقتل", "بـ5 قتلى")
_E = f"(?![{_AR}])"             # word end

_UNITS = {"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3,
          "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8,
          "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10}
_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
         "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
         "تسعون": 90, "تسعين": 90, "مئه": 100, "مائه": 100, "مئات": 100}
_WORDS = {**_UNITS, **_TENS}
_NUMWORD = "|".join(sorted(_WORDS, key=len, reverse=True))
# digits, "11 عشر"-style compounds are rare in posts; "خمسة عشر" = 15 is read as 5+10
_NUM = rf"(?P<n>[0-9]{{1,5}}(?:[,٬][0-9]{{3}})?|(?:احد|احدى|اثنا|اثني)\s+عشره?|(?:{_NUMWORD})(?:\s+و?(?:{_NUMWORD}))?)"

_QUAL = (r"(?P<q>على\s+الاقل|ما\s+لا\s+يقل\s+عن|لا\s+يقل\s+عن|اكثر\s+من|ازيد\s+من|نحو|حوالي|حوالى|قرابه|زهاء|"
         r"ما\s+يقارب|ما\s+يزيد\s+عن|ما\s+يزيد\s+على|حتى|ما\s+يصل\s+الى|ما\s+يصل\s+إلى)")
_KILL = (r"مقتل|قتل|قتلت|يقتل|تقتل|استشهاد|استشهد|استشهدت|مصرع|وفاه|توفي|توفيت|ارتقاء|ارتقى|ارتقت|سقوط|سقط|راح\s+ضحيتها|"
         r"راح\s+ضحيته|اودى\s+بحياه|اودت\s+بحياه|حصد\s+ارواح|حصدت\s+ارواح")
_HURT = r"اصابه|اصابات|اصيب|اصيبت|جرح|جرحت|يصاب|اصابتهم"
_PEOPLE = (r"مدني|مدنيين|مدنيا|مدنيون|اشخاص|شخصا|شخص|مواطنين|مواطنا|مواطن|افراد|ضحايا|ضحيه|قتلى|قتيلا|قتيل|"
           r"شهداء|شهيدا|شهيد|جرحى|جريحا|جريح|مصابين|مصابا|مصاب|اصابات|اخرين|اخرون|رجال|رجلا|شبان|شابا|شاب|"
           r"عمال|عاملا|مزارعين|نازحين|اطفال|طفلا|طفل|نساء|سيدات|امراه|نسوه|فتيات|فتاه|عناصر|عنصرا|عنصر|مقاتلين|"
           r"مقاتلا|مسلحين|مسلحا|جنود|جنديا|جندي|سوريين|سوريون|فلسطينيين|فلسطينيون|لبنانيين|عراقيين|يمنيين|سودانيين|"
           r"لاجئين|مهجرين|صيادين|رعاه|طلاب|تلاميذ|مسعفين|متطوعين|صحفيين|اعلاميين|اشقاء|اخوه")
_VICTIM_NOUN = r"شهداء|شهيدا|شهيد|قتلى|قتيلا|قتيل|ضحايا|ضحيه|جرحى|جريحا|جريح|مصابين|مصابا|اصابات"
_INJURED_NOUN = ("جرحى", "جريحا", "جريح", "مصابين", "مصابا", "اصابات")
_CHILD = r"اطفال|طفلا|طفل|طفله|اطفالا|رضيع|رضيعه|طفلين|طفلتين|طفلتان|طفلان"
_WOMAN = r"نساء|سيدات|امراه|نسوه|امراتين|امراتان|سيدتين|سيدتان|فتيات|فتاه|سيده"
_FIGHTER = re.compile(r"عناصر|عنصر|مقاتلين|مقاتلا|مسلحين|مسلحا|جنود|جندي")

_AFTER_VERB = re.compile(rf"{_BV}(?P<verb>{_KILL}|{_HURT})\s+(?:{_QUAL}\s+)?{_NUM}\s+(?:من\s+(?:ال)?)?(?P<noun>{_PEOPLE}){_E}"
                         rf"(?:\s+(?P<q2>على\s+الاقل))?")
_NUM_NOUN = re.compile(rf"{_BV}(?:{_QUAL}\s+)?{_NUM}\s+(?P<noun>{_VICTIM_NOUN}){_E}(?:\s+(?P<q2>على\s+الاقل))?")
_TOLL = re.compile(rf"(?:حصيله|(?<=ارتفاع\s)عدد|(?<=ارتفع\s)عدد)\s+(?:[{_AR}]+[،,]?\s+){{0,12}}?(?:الى|إلى|ل)\s*(?:{_QUAL}\s+)?{_NUM}\s*(?P<noun>{_PEOPLE})?{_E}")
_DUAL = re.compile(rf"{_BV}(?P<verb>{_KILL}|{_HURT})\s+(?P<noun>طفلين|طفلتين|شخصين|شابين|رجلين|امراتين|سيدتين|"
                   rf"مدنيين\s+اثنين|مواطنين\s+اثنين|عنصرين|مقاتلين\s+اثنين|مدنيان|شخصان|طفلان|طفلتان|شابان|رجلان|امراتان|"
                   rf"سيدتان|مواطنان|عنصران|مقاتلان){_E}")
_ONE = re.compile(rf"{_BV}(?P<verb>{_KILL}|{_HURT})\s+(?:ال)?(?P<noun>مدني|امراه|طفل|طفله|رضيع|رضيعه|شاب|رجل|سيده|"
                  rf"مواطن|مواطنه|شخص|فتاه|عجوز|مسن|مسنه|صحفي|اعلامي|ناشط|طبيب|ممرض|ممرضه|مسعف|متطوع|عامل|مزارع|"
                  rf"راعي|معلم|معلمه|طالب|طالبه|عنصر|مقاتل|جندي|شهيد|شهيده|قتيل|اخ|شقيق|شقيقه){_E}")
# "شهيدان و12 جريحا", "قتيلين": two people by a dual noun alone
_DUAL_NOUN = re.compile(rf"{_BV}(?P<noun>شهيدان|شهيدين|قتيلان|قتيلين|ضحيتان|ضحيتين|جريحان|جريحين|مصابان|مصابين\s+اثنين|"
                        rf"اصابتين|اصابتان){_E}")
# "فقد 3 أشخاص حياتهم", "فقدان طفلين لحياتهما": lives lost
_LOST = re.compile(rf"{_BV}فقد(?:ان|ت)?\s+(?:{_QUAL}\s+)?{_NUM}\s+(?P<noun>{_PEOPLE}){_E}(?:\s+[{_AR}]+){{0,3}}?\s+ل?حيا(?:ت|ه)")
# "فقد مدني حياته", "فقدت امرأة حياتها": one life lost
_LOST_ONE = re.compile(rf"{_BV}فقد(?:ت)?\s+(?:ال)?(?P<noun>مدني|امراه|طفل|طفله|شاب|رجل|سيده|مواطن|مواطنه|شخص|فتاه|مسن|"
                       rf"مسنه|عنصر|مقاتل|جندي)\s+(?:[{_AR}]+\s+){{0,2}}?حيات(?:ه|ها){_E}")
# a headline's lone dead before the injured: "قتيل و7 جرحى", "شهيد وجرحى بقصف"
_ONE_DEAD = re.compile(rf"(?<!بين ){_B}(?:قتيل|شهيد|قتيله|شهيده)\s+و\s*(?:[0-9]+\s*)?(?:جرحى|جريح|مصاب|مصابين|اصابات|اصابه|عده|عدد){_E}")
# "a number of" / "several" people: "إصابة عدد من المدنيين", "مقتل عدة أشخاص" (3 or more)
_SEVERAL = re.compile(rf"{_BV}(?P<verb>{_KILL}|{_HURT})\s+(?:عدد\s+من|عده)\s+(?:ال)?(?P<noun>{_PEOPLE}){_E}")
# "سقوط 5 مدنيين بين قتيل وجريح": the killed and the injured together
_MIXED = re.compile(r"\s*(?:ما\s+)?بين\s+(?:قتيل|قتلى|شهيد|شهداء|قتيله|شهيده)\s+و")
# "لقي 4 أطفال مصرعهم", "لقي شخصان حتفهما"; "مقتل أحد المدنيين" (one)
_MET_DEATH = re.compile(rf"{_BV}لق(?:ي|يت|وا)\s+(?:{_QUAL}\s+)?{_NUM}\s+(?P<noun>{_PEOPLE}){_E}(?:\s+[{_AR}]+){{0,4}}?\s+(?:مصرع|حتف)")
_ONE_OF = re.compile(rf"{_BV}(?P<verb>{_KILL}|{_HURT})\s+(?:احد|احدى)\s+(?:ال)?(?P<noun>{_PEOPLE}|عسكريين|العسكريين){_E}")
# "مقتل عائلة كاملة مؤلفة من 6 أشخاص": a family of six
_FAMILY = re.compile(rf"{_BV}(?:{_KILL})\s+(?:افراد\s+)?(?:عائله|اسره)\s+(?:[{_AR}]+\s+){{0,2}}?(?:مؤلفه|مكونه|تتالف|تتكون)\s+"
                     rf"من\s+{_NUM}(?:\s+(?:اشخاص|افراد|اشقاء))?{_E}")
# the number first, the verb after: "أربعة مدنيين من القرية قتلوا في القصف", "3 أطفال أصيبوا بجروح"
_THEN_VERB = re.compile(rf"{_B}(?:{_QUAL}\s+)?{_NUM}\s+(?P<noun>{_PEOPLE}){_E}(?:\s+[^،,.؛:\n]{{0,40}}?)??\s+"
                        rf"(?P<verb>قتلوا|قتلو|استشهدوا|قضوا|لقوا|ارتقوا|اصيبوا|جرحوا)(?![{_AR}])")
# "80 قتيلا وجريحا": the killed and the injured in one figure
_AND_HURT = re.compile(rf"\s*و\s*(?:جريحا|جرحى|جريح|مصابا|مصابين|مصاب){_E}")
# one person by the verbal noun's pronoun: "ما أدى لمقتله", "أسفر عن استشهادها", "تم قتله", "لقي مصرعه"
_HIS_DEATH = re.compile(rf"{_BV}(?:مقتل|استشهاد|قتل|مصرع|حتف|وفات)(?:ه|ها){_E}")
_COMMANDER = re.compile(r"قيادي|القيادي|قائد|القائد|امير|الامير|عناصر|عنصر|مقاتل|مسلح|جندي|ضابط|الضابط")
_TENS_OF = re.compile(rf"{_BV}(?P<verb>{_KILL}|{_HURT})\s+(?:ال)?عشرات{_E}")
# a breakdown after the total: "بينهم 3 أطفال وامرأتان", "من بينهم طفلان"
_AMONG = re.compile(rf"(?:بينهم|بينهن|منهم|منهن)\s+(?P<rest>[^،,.؛()]{{1,80}})")
_PART = re.compile(rf"(?:{_NUM}\s+)?(?P<noun>{_CHILD}|{_WOMAN}){_E}")


def _fold(s: str) -> str:
    return s.translate(_FOLD).replace("ة", "ه")


def _value(n: str | None) -> int | None:
    if not n:
        return None
    n = n.replace(",", "").replace("٬", "")
    if n.isdigit():
        return int(n)
    if re.fullmatch(r"(?:احد|احدى|اثنا|اثني)\s+عشره?", n):  # "أحد عشر" 11, "اثنا عشر" 12
        return 11 if n.startswith("احد") else 12
    total = 0
    for word in re.split(r"\s+و?", n.strip()):
        if word not in _WORDS:
            return None
        total += _WORDS[word]
    return total or None


def _bounds(v: int, qual: str | None) -> tuple[int | None, int | None]:
    q = re.sub(r"\s+", " ", qual or "")
    if q in ("على الاقل", "ما لا يقل عن", "لا يقل عن", "اكثر من", "ازيد من", "ما يزيد عن", "ما يزيد على"):
        return v, None
    if q in ("حتى", "ما يصل الى", "ما يصل إلى"):
        return None, v
    return v, v


def _count_noun(noun: str) -> int | None:
    """How many people a dual or singular noun stands for ("طفلين" 2, "طفل" 1); None for a plural."""
    if re.fullmatch(r"طفلين|طفلتين|طفلتان|طفلان|امراتين|امراتان|سيدتين|سيدتان", noun):
        return 2
    if re.fullmatch(r"طفل|طفله|رضيع|رضيعه|امراه|سيده|فتاه", noun):
        return 1
    return None


# a civil-defence volunteer or a paramedic is no fighter: "عناصر الدفاع المدني", "متطوعي الهلال الأحمر"
_RESCUER = re.compile(r"\s+(?:من\s+)?(?:ال)?(?:الدفاع\s+المدني|الخوذ\s+البيضاء|الهلال\s+الاحمر|الاسعاف|فرق\s+الانقاذ)")
# one more group of a list: "و2 مدنيين", "و3 من عناصر الدفاع المدني" (after a short qualifier of the group before)
_CONJUNCT = re.compile(rf"(?:\s+(?:من|في|التابعين|التابعه)\s+[{_AR}\s]{{1,30}}?)?\s*،?\s*و\s*(?P<n>[0-9]{{1,4}}|{_NUMWORD})\s+"
                       rf"(?:من\s+(?:ال)?)?(?P<noun>{_PEOPLE}){_E}(?:\s+(?:مدنيين|مدنيا|اخرين))?")


def _fighter(s: str, noun: str, end: int) -> bool:
    return bool(_FIGHTER.fullmatch(noun)) and not _RESCUER.match(s, end)


def _conjuncts(s: str, pos: int, hurt: bool) -> list[tuple[str, str, int]]:
    """(figure key, noun, number) of each further group listed after a count: "و2 مدنيين و3 أطفال"."""
    out = []
    while True:
        m = _CONJUNCT.match(s, pos)
        if m is None:
            return out
        v = _value(m.group("n"))
        noun = m.group("noun")
        if v is None or noun in _INJURED_NOUN or re.fullmatch(r"اخرين|اخرون", noun):
            return out
        fighter = _fighter(s, noun, m.end("noun"))
        if not (fighter and hurt):
            out.append(("combatants_killed" if fighter else "civilians_injured" if hurt else "civilians_killed", noun, v))
        pos = m.end()


def _blank(v: dict) -> bool:
    return v["min"] is None and v["max"] is None


def _empty() -> dict:
    return {k: {"min": None, "max": None} for k in FIGURE_KEYS}


def _set(out: dict, key: str, lo: int | None, hi: int | None) -> None:
    if out[key]["min"] is None and out[key]["max"] is None:
        out[key] = {"min": lo, "max": hi}


def figures(sentence: str) -> dict:
    """The five figures stated in one normalised Arabic sentence (all null when none is)."""
    s = _fold(sentence)
    out = _empty()
    # a toll that rose is the latest and highest figure: it wins over the first count
    for m in _TOLL.finditer(s):
        v = _value(m.group("n"))
        if v is None or v > 20000 or _MIXED.match(s, m.end()) or _AND_HURT.match(s, m.end()):
            continue
        noun = m.group("noun") or ""
        hurt = bool(re.search(r"جرحى|مصابين|اصابات", s[m.start():m.start("n")]))
        key = "combatants_killed" if _FIGHTER.fullmatch(noun or "-") else \
            "civilians_injured" if hurt or noun in _INJURED_NOUN else "civilians_killed"
        _set(out, key, *_bounds(v, m.group("q")))
    for m in _AFTER_VERB.finditer(s):
        v = _value(m.group("n"))
        if v is None or v > 20000 or _MIXED.match(s, m.end()):
            continue
        if m.group(0).startswith("و") and re.search(rf"(?:{_KILL})\s*$", s[max(0, m.start() - 12):m.start()]):
            continue  # "باستشهاد وإصابة 33 مدنيا": the killed and the injured together
        hurt = re.fullmatch(_HURT, m.group("verb")) is not None or m.group("noun") in _INJURED_NOUN
        noun = m.group("noun")
        key = "combatants_killed" if _fighter(s, noun, m.end("noun")) else \
            "civilians_injured" if hurt else "civilians_killed"
        lo, hi = _bounds(v, m.group("q") or m.group("q2"))
        if key == "combatants_killed" and hurt:
            continue  # injured fighters have no figure of their own
        groups = [(key, noun, lo, hi)]
        if _blank(out[key]) and lo is not None and lo == hi:
            # "مقتل 3 عناصر من قوات النظام و2 مدنيين": each group of the list to its figure
            groups += [(k2, n2, v2, v2) for k2, n2, v2 in _conjuncts(s, m.end(), hurt)]
        sums: dict = {}
        for k2, n2, a, b in groups:
            keys = [k2] + (["children_killed"] if k2 == "civilians_killed" and re.fullmatch(_CHILD, n2) else []) \
                + (["women_killed"] if k2 == "civilians_killed" and re.fullmatch(_WOMAN, n2) else [])
            for k3 in keys:
                if k3 in sums:
                    sums[k3] = (sums[k3][0] + a, sums[k3][1] + b)
                else:
                    sums[k3] = (a, b)
        for k3, (a, b) in sums.items():
            _set(out, k3, a, b)
    for m in _NUM_NOUN.finditer(s):
        v = _value(m.group("n"))
        if v is None or v > 20000 or _AND_HURT.match(s, m.end()):
            continue
        key = "civilians_injured" if m.group("noun") in _INJURED_NOUN else "civilians_killed"
        _set(out, key, *_bounds(v, m.group("q") or m.group("q2")))
    for rx in (_DUAL, _ONE):
        for m in rx.finditer(s):
            noun = m.group("noun")
            n = 2 if rx is _DUAL else 1
            hurt = re.fullmatch(_HURT, m.group("verb")) is not None
            key = "combatants_killed" if _FIGHTER.search(noun) else "civilians_injured" if hurt else "civilians_killed"
            _set(out, key, n, n)
            if key == "civilians_killed" and re.search(_CHILD, noun):
                _set(out, "children_killed", n, n)
            if key == "civilians_killed" and re.search(_WOMAN, noun):
                _set(out, "women_killed", n, n)
    for m in _DUAL_NOUN.finditer(s):
        hurt = re.match(r"جريح|مصاب|اصاب", m.group("noun")) is not None
        _set(out, "civilians_injured" if hurt else "civilians_killed", 2, 2)
    for m in _TENS_OF.finditer(s):
        key = "civilians_injured" if re.fullmatch(_HURT, m.group("verb")) else "civilians_killed"
        _set(out, key, 10, None)
    for m in _THEN_VERB.finditer(s):
        v = _value(m.group("n"))
        if v is None or v > 20000:
            continue
        hurt = m.group("verb") in ("اصيبوا", "جرحوا")
        fighter = _fighter(s, m.group("noun"), m.end("noun"))
        if not (hurt and fighter):
            key = "combatants_killed" if fighter else "civilians_injured" if hurt else "civilians_killed"
            _set(out, key, *_bounds(v, m.group("q")))
            if key == "civilians_killed" and re.fullmatch(_CHILD, m.group("noun")):
                _set(out, "children_killed", *_bounds(v, m.group("q")))
    for m in _FAMILY.finditer(s):
        v = _value(m.group("n"))
        if v is not None and v <= 100:
            _set(out, "civilians_killed", v, v)
    for m in _MET_DEATH.finditer(s):
        v = _value(m.group("n"))
        if v is not None and v <= 20000:
            fighter = _FIGHTER.fullmatch(m.group("noun"))
            _set(out, "combatants_killed" if fighter else "civilians_killed", v, v)
            if not fighter and re.fullmatch(_CHILD, m.group("noun")):
                _set(out, "children_killed", v, v)
    for m in _ONE_OF.finditer(s):
        hurt = re.fullmatch(_HURT, m.group("verb")) is not None
        fighter = bool(_FIGHTER.fullmatch(m.group("noun"))) or "عسكري" in m.group("noun")
        if fighter and hurt:
            continue  # an injured fighter has no figure of its own
        if not hurt and m.group("noun") in _INJURED_NOUN:
            continue  # "توفي أحد المصابين": one of the injured counted before died, the toll is the earlier one's
        _set(out, "combatants_killed" if fighter else "civilians_injured" if hurt else "civilians_killed", 1, 1)
    for m in _LOST.finditer(s):
        v = _value(m.group("n"))
        if v is not None and v <= 20000:
            _set(out, "combatants_killed" if _FIGHTER.fullmatch(m.group("noun")) else "civilians_killed", v, v)
    for m in _LOST_ONE.finditer(s):
        fighter = _FIGHTER.fullmatch(m.group("noun"))
        _set(out, "combatants_killed" if fighter else "civilians_killed", 1, 1)
        if not fighter and re.fullmatch(_CHILD, m.group("noun")):
            _set(out, "children_killed", 1, 1)
    if _ONE_DEAD.search(s):
        _set(out, "civilians_killed", 1, 1)
    for m in _SEVERAL.finditer(s):
        if _FIGHTER.fullmatch(m.group("noun")) or _MIXED.match(s, m.end()) or re.search(rf"(?:{_KILL}|{_HURT})\s*$", s[max(0, m.start() - 12):m.start()]):
            continue  # "مقتل وإصابة عدد من المدنيين": the killed and the injured together
        _set(out, "civilians_injured" if re.fullmatch(_HURT, m.group("verb")) else "civilians_killed", 3, None)
    if _blank(out["civilians_killed"]) and _blank(out["combatants_killed"]):
        m = _HIS_DEATH.search(s)
        if m is not None:  # a fighter or a commander named before it: his death is a combatant's
            _set(out, "combatants_killed" if _COMMANDER.search(s, 0, m.start()) else "civilians_killed", 1, 1)
    _breakdown(s, out)
    return out


def _breakdown(s: str, out: dict) -> None:
    """Children and women among the killed: "بينهم 3 أطفال وامرأتان" after a killed figure."""
    if out["civilians_killed"]["min"] is None and out["civilians_killed"]["max"] is None:
        return
    for m in _AMONG.finditer(s):
        harm = list(re.finditer(rf"{_BV}(?:(?P<k>{_KILL})|{_HURT}|جرحى|مصابين){_E}", s[:m.start()]))
        if harm and harm[-1].group("k") is None:
            continue  # "أصيب 6 مدنيين بينهم طفلان": the injured's breakdown
        for p in _PART.finditer(m.group("rest")):
            v = _value(p.group("n")) if p.group("n") else _count_noun(p.group("noun"))
            if v is None:
                continue
            key = "children_killed" if re.fullmatch(_CHILD, p.group("noun")) else "women_killed"
            _set(out, key, v, v)
        break
