"""Arabic reports: one incident claim from a short post (attack, harm, perpetrator, date, figures).

Arabic posts from monitors and local outlets mostly tell one event; this reader finds the
sentence that tells it, reads the perpetrator, the means, a date (Arabic weekdays, months and
relative words, or an English date in the page) and the plainest casualty figures ("مقتل 3
مدنيين", "5 جرحى", "استشهاد طفلين").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .arabic_figures import figures as _figures

__all__ = ["is_arabic", "arabic_claims"]

_AR_LETTER = re.compile(r"[\u0621-\u064A]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TATWEEL = re.compile(r"[\u0640\u064B-\u0652]|(?<=[\u0621-\u064A])\.(?=[\u0621-\u064A\u0640])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")

_ATTACK = re.compile(r"قصف|غارة|غارات|عدوان|العدوان|اعتداء|استهداف|استهدف|استهدفت|مسير|طيران|طائرة|صاروخ|صواريخ|قذيفة|قذائف|انفجار|"
                     r"هجوم|مجزرة|ضربة|قنص|رصاص|اشتباك|مفخخ|عبوة|براميل|برميل")
_HARM = re.compile(r"مقتل|قتل|قتلى|استشهاد|استشهد|شهيد|شهداء|ضحايا|جرحى|جريح|إصابة|إصابات|اصابة|أصيب|مصرع|جثة|جثث|"
                   r"مصابين|وفاة")

_ACTORS = [
    ("us-led-coalition", r"التحالف الدولي|للتحالف|التحالف|الأمريكي|الأمريكية|الأميركي|الأميركية|أمريكية|أمريكي|الامريكي"),
    ("russia", r"الروسي|الروسية|روسي|روسية|روسيا|الروس"),
    ("turkey", r"التركي|التركية|تركي|تركية|تركيا|الاحتلال التركي"),
    ("israel", r"الإسرائيلي|الإسرائيلية|إسرائيلي|إسرائيلية|إسرائيل|الاسرائيلي|اسرائيل"),
    ("syrian-government", r"قوات النظام|جيش النظام|النظام السوري|قوات الأسد|ميليشيات النظام|الجيش السوري|القوات الحكومية|"
                          r"قوات الحكومة السورية|الأسد|النظام|للنظام|لنظام"),
    ("sdf", r"قسد|قوات سوريا الديمقراطية|الوحدات الكردية|القوات الكردية|الميليشيات الكردية"),
    ("isis", r"داعش|تنظيم الدولة"),
    ("iran", r"الإيراني|الإيرانية|إيراني|إيرانية|إيران"),
    ("hezbollah", r"حزب الله"),
    ("hts", r"هيئة تحرير الشام|تحرير الشام|النصرة"),
    ("syrian-opposition", r"الجيش الوطني|الفصائل|المعارضة"),
    ("pmu", r"الحشد الشعبي"),
    ("jordan", r"الأردني|الأردنية|الأردن"),
]
_ACTOR_RX = re.compile("|".join(f"(?P<a{i}>{p})" for i, (_, p) in enumerate(_ACTORS)))
_MEANS = [("drone", r"مسير|مسيّر|درون"), ("helicopter", r"مروحي|براميل|برميل"),
          ("airstrike", r"غارة|غارات|طيران حربي|الطيران الحربي|طائرات حربية|الطائرات الحربية|طيران"),
          ("missile", r"صاروخ|صواريخ"), ("artillery", r"مدفعي|مدفعية|قذيفة|قذائف|هاون|راجمات"),
          ("ied", r"مفخخ|عبوة ناسفة|لغم"), ("chemical", r"كيماوي|كيميائي|الكلور"),
          ("ground", r"رصاص|قنص|إطلاق نار|اطلاق نار")]
_MEANS_RX = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _MEANS))
_TARGETS = [("residential", r"منزل|منازل|بيت|مبنى"), ("vehicle", r"سيارة|سيارتين|سيارات|دراجة|آلية"),
            ("market", r"سوق"), ("school", r"مدرسة"), ("hospital", r"مشفى|مستشفى|مستوصف"), ("mosque", r"مسجد|جامع"),
            ("camp", r"مخيم"), ("farm", r"مزرعة|أرض زراعية"), ("bakery", r"فرن|مخبز")]
_TARGET_RX = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _TARGETS))

_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
             "السبت": 5, "الأحد": 6, "الاحد": 6}
_MONTHS = {"كانون الثاني": 1, "يناير": 1, "شباط": 2, "فبراير": 2, "آذار": 3, "مارس": 3, "نيسان": 4, "أبريل": 4,
           "ابريل": 4, "أيار": 5, "مايو": 5, "حزيران": 6, "يونيو": 6, "يونيه": 6, "تموز": 7, "يوليو": 7, "يوليه": 7,
           "آب": 8, "أغسطس": 8, "اغسطس": 8, "أيلول": 9, "سبتمبر": 9, "تشرين الأول": 10, "أكتوبر": 10, "اكتوبر": 10,
           "تشرين الثاني": 11, "نوفمبر": 11, "كانون الأول": 12, "ديسمبر": 12}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RX = re.compile(rf"(?P<d>[0-9]{{1,2}})\s*(?:من\s+)?(?P<m>{_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?(?:\s+(?:عام\s+)?(?P<y>20[0-9]{{2}}))?")
_REL_RX = re.compile(r"(?P<wd>" + "|".join(_WEEKDAYS) + r")|(?P<yest>أمس|البارحة)|(?P<today>اليوم)")


def is_arabic(text: str) -> bool:
    """True when most letters of the text's opening are Arabic."""
    head = text[:3000]
    ar = len(_AR_LETTER.findall(head))
    return ar > 20 and ar > 1.5 * len(_LATIN_LETTER.findall(head))


def _norm(s: str) -> str:
    return _TATWEEL.sub("", s).translate(_DIGITS)


def _date(lead: str, anchor: date | None) -> dict:
    for m in _DATE_RX.finditer(lead):
        month = _MONTHS[m.group("m")]
        y = int(m.group("y")) if m.group("y") else None
        try:
            if y:
                d = date(y, month, int(m.group("d")))
            elif anchor:
                d = date(anchor.year, month, int(m.group("d")))
                if d > anchor:
                    d = date(anchor.year - 1, month, int(m.group("d")))
            else:
                continue
        except ValueError:
            continue
        return {"start": d.isoformat(), "end": d.isoformat(), "precision": "day"}
    if anchor:
        for m in _REL_RX.finditer(lead):
            if m.group("wd"):
                back = (anchor.weekday() - _WEEKDAYS[m.group("wd")]) % 7
                d = anchor - timedelta(days=back)
            elif m.group("yest"):
                d = anchor - timedelta(days=1)
            else:
                d = anchor
            return {"start": d.isoformat(), "end": d.isoformat(), "precision": "day"}
        return {"start": anchor.isoformat(), "end": anchor.isoformat(), "precision": "unknown"}
    return {"start": None, "end": None, "precision": "unknown"}


_LIL = re.compile(r"(?<![\u0621-\u064A])لل(?=[\u0621-\u064A])")


def _perps(lead: str, whole: str) -> list[str]:
    lead, whole = _LIL.sub("ال", lead), _LIL.sub("ال", whole)
    found = [_ACTORS[int(m.lastgroup[1:])][0] for m in _ACTOR_RX.finditer(lead)]
    if not found:
        counts: dict[str, int] = {}
        for m in _ACTOR_RX.finditer(whole):
            a = _ACTORS[int(m.lastgroup[1:])][0]
            counts[a] = counts.get(a, 0) + 1
        found = [max(counts, key=counts.get)] if counts else []
    out: list[str] = []
    for a in found:
        if a not in out:
            out.append(a)
    return out[:3] or ["unknown"]


def arabic_claims(text: str, sents: list, *, document: str, anchor: date | None, places: list,
                  countries: list[str]) -> list[dict]:
    """At most one incident claim for an Arabic document."""
    normed = [(s, _norm(s.text)) for s in sents]
    lead = next(((s, n) for s, n in normed if _HARM.search(n) and _ATTACK.search(n)), None)
    if lead is None:
        lead = next(((s, n) for s, n in normed if _HARM.search(n)), None)
        if lead is None or not any(_ATTACK.search(n) for _, n in normed):
            return []
    sent, ntext = lead
    whole = _norm(text)
    figures = _figures(ntext)
    spans = [(sent.start, sent.end)]
    if all(v["min"] is None and v["max"] is None for v in figures.values()):
        for s, n in normed[sent.index + 1: sent.index + 4]:
            f = _figures(n)
            if any(v["min"] is not None for v in f.values()):
                figures = f
                spans.append((s.start, s.end))
                break
    mm = _MEANS_RX.search(ntext) or _MEANS_RX.search(whole)
    tm = _TARGET_RX.search(ntext)
    own = [p for p in places if sent.start <= p.start < sent.end and p.lat is not None]
    pick = own or [p for p in places if p.lat is not None and p.precision != "country"][:1]
    place_dicts = [p.as_claim_place() for p in pick[:3]]
    if not place_dicts and countries:
        place_dicts = [{"name": countries[0], "geoname": None, "gazetteer_id": None, "country": countries[0],
                        "admin1": None, "lat": None, "lon": None, "precision": "country"}]
    perps = _perps(ntext, whole)
    k = figures["civilians_killed"]
    summary = (f"{k['min']} civilians killed" if k["min"] is not None else "Civilian harm reported") + \
        f" by {', '.join(perps)} (Arabic report)."
    return [{
        "document": document, "kind": "incident", "summary": summary, "date": _date(ntext, anchor),
        "places": place_dicts, "perpetrators": perps, "official_response": "none",
        "means": mm.lastgroup if mm else "unknown", "target": tm.lastgroup if tm else None,
        "figures": figures, "sources": [], "evidence": [{"start": a, "end": b} for a, b in spans],
    }]
