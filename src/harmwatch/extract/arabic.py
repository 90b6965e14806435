"""Arabic reports: one incident claim from a short post (attack, harm, perpetrator, date, figures).

Arabic posts from monitors and local outlets mostly tell one event; this reader finds the
sentence that tells it, reads the perpetrator, the means, a date (Arabic weekdays, months and
relative words, or an English date in the page) and the plainest casualty figures ("مقتل 3
مدنيين", "5 جرحى", "استشهاد طفلين").
"""

from __future__ import annotations

import re
from datetime import date

from .arabic_dates import _MONTHS, lead_date as _date, year_hint as _year_hint  # noqa: F401 - _MONTHS for published.py
from .arabic_figures import figures as _figures
from .arabic_story import PERIOD as _PERIOD, story_figures

__all__ = ["is_arabic", "arabic_claims"]

_AR_LETTER = re.compile(r"[\u0621-\u064A]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TATWEEL = re.compile(r"[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]|(?<=[\u0621-\u064A])\.{1,3}(?=[\u0621-\u064A\u0640])|"
                      # "عد*وان", "إسرا$ئيلية", "د!عش": a symbol inside a word hides it from filters
                      r"(?<=[\u0621-\u064A])[*$!](?=[\u0621-\u064A])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")

# Attack and harm words, matched on folded text (one form of alef: _fold): "الإستهداف", "تستهدف".
_ATTACK = re.compile(r"قصف|غارة|غارات|عدوان|العدوان|اعتداء|استهداف|استهدف|تستهدف|يستهدف|مسير|طيران|طائرة|طائرات|صاروخ|صواريخ|"
                     r"قذيفة|قذائف|انفجار|تفجير|هجوم|مجزرة|ضربة|ضربات|قنص|رصاص|اشتباك|مفخخ|عبوة|براميل|برميل|مدفعي|هاون|"
                     r"قنبلة|قنابل|عنقودي|ذخائر|لغم|الغام|انزال|توغل|"
                     # fire, a raid, a run-over by an armoured vehicle, an execution
                     r"نيران|بنيران|اطلاق نار|اطلاق النار|اطلقت النار|شظايا|شظية|مذبحة|مجازر|دهس|مدرعة|مداهمة|حملة دهم|اقتحام|"
                     r"اعدام|اعدمت|تصفية|غارة جوية|اغتيال|اغتال")
_HARM = re.compile(r"مقتل|قتل|قتلى|قتيل|تقتل|يقتل|استشهاد|استشهد|شهيد|شهيدان|شهيدين|شهداء|ضحايا|ضحية|جرحى|جريح|اصابة|اصابات|"
                   r"اصابته|اصابتها|اصابتهم|اصيب|مصاب|مصرع|جثة|جثث|وفاة|ارتقاء|ارتقى|ارتقت|ارتقوا|لقي حتفه|لقيت حتفها|"
                   r"لقوا حتفهم|مجزرة|مجازر|مذبحة|فقد حياته|فقدت حياتها|فقدوا حياتهم|"
                   # "في ذمة الله الشاب ...", "فارق الحياة متأثراً بجراحه"
                   r"في ذمة الله|فارق الحياة|فارقت الحياة|توفي|توفيت|"
                   # a prayer for the dead after a strike ("استهدفه التحالف ... تقبله الله"); an assassination
                   r"رحمه الله|رحمها الله|رحمهم الله|تقبله الله|تقبلها الله|تقبلهم الله|اغتيال|اغتال")
_FOLD = str.maketrans("أإآٱ", "اااا")
# "دون وقوع إصابات", "عدم تسجيل أي ضحايا", "لا أنباء عن قتلى": harm words that tell no harm.
_NO_HARM = re.compile(r"(?<![\u0621-\u064A])(?:دون|بدون|عدم|لا|لم|ولا|ولم)\s+(?:[\u0621-\u064A]+\s+){0,3}?"
                      r"(?:اصابات|اصابة|ضحايا|خسائر بشرية|قتلى|جرحى|اصابات بشرية)(?![\u0621-\u064A])"
                      # "عدم سقوط ضحايا وإصابات", "دون قتلى أو جرحى": both words are denied
                      r"(?:\s*(?:و|او|أو)\s*(?:ال)?(?:اصابات|اصابة|ضحايا|قتلى|جرحى|مصابين)(?![\u0621-\u064A]))?")

# Actor names, written with one form of alef (matched on _fold'ed text); a name may carry the
# proclitics و ب ف ل ك before it and a plural or feminine ending after it.
_ACTORS = [
    ("saudi-led-coalition", r"(?:طيران |طائرات |قوات |مقاتلات )?التحالف (?:العربي|بقيادة السعودية|الذي تقوده السعودية|السعودي|"
                            r"السعودي الاماراتي)|تحالف دعم الشرعية"),
    ("us-led-coalition", r"التحالف الدولي|قوات التحالف|طيران التحالف|طائرات التحالف|التحالف|الامريكي|الامريكية|الاميركي|"
                         r"الاميركية|امريكي|امريكية|اميركي|اميركية|الولايات المتحدة|امريكا|واشنطن|البنتاغون"),
    ("russia", r"الروسي|الروسية|روسي|روسية|روسيا|الروس"),
    ("turkey", r"النظام التركي|الحكومة التركية|الاحتلال التركي|التركي|التركية|تركي|تركية|تركيا|الترك|انقرة|الجندرمة|الجندرما|جندرمة|جندرما"),
    ("israel", r"الاحتلال الاسرائيلي|الاسرائيلي|الاسرائيلية|اسرائيلي|اسرائيلية|اسرائيل|الصهيوني|الصهيونية|"
               r"الكيان الصهيوني|الكيان الاسرائيلي|كيان الاحتلال|صهيوني|صهيونية"),
    ("syrian-government", r"قوات النظام السوري|جيش النظام السوري|قوات النظام|جيش النظام|النظام السوري|نظام الاسد|قوات الاسد|"
                          r"ميليشيات النظام|ميليشيات الاسد|ميليشيا الاسد|عصابات الاسد|ميليشيا اسد|ميليشيات اسد|قوات اسد|"
                          r"عصابات اسد|نظام اسد|شبيحة|الشبيحة|الجيش النصيري|الفرقة الرابعة|الجيش السوري|الجيش العربي السوري|"
                          r"القوات الحكومية|قوات الحكومة السورية|قوات حكومة دمشق|حكومة دمشق|الطيران السوري|الاسد|"
                          r"النظام(?!\s+(?:ال)?(?:ترك|ايران|روس|اسرائيل|عراق|سعود))"),
    ("sdf", r"قسد|قوات سوريا الديمقراطية|قوات سورية الديمقراطية|الوحدات الكردية|القوات الكردية|الميليشيات الكردية|وحدات حماية الشعب|"
            r"الفصائل الكردية|المليشيات الكردية|ميليشيات كردية|فصائل كردية|"
            r"ي ب ك|يبك|واي بي جي|ب ي د|بي واي دي|الانفصاليين|الانفصالية|(?<![A-Za-z])(?i:ypg|ypj|sdf|qsd|pyd)(?![A-Za-z])"),
    ("pkk", r"بي كا كا|بي كي كي|حزب العمال الكردستاني|العمال الكردستاني|(?<![A-Za-z])(?i:pkk)(?![A-Za-z])"),
    ("isis", r"داعش|تنظيم الدولة"),
    ("iran", r"النظام الايراني|الحرس الثوري|الايراني|الايرانية|ايراني|ايرانية|ايران"),
    ("hezbollah", r"حزب الله"),
    ("hts", r"هيئة تحرير الشام|تحرير الشام|النصرة"),
    ("syrian-opposition", r"الجيش الوطني|الجيش الحر|الفصائل|فصائل المعارضة|المعارضة"),
    ("pmu", r"الحشد الشعبي"),
    ("iraqi-government", r"الجيش العراقي|القوات العراقية|القوات الامنية العراقية|جهاز مكافحة الارهاب|طيران الجيش العراقي"),
    ("houthis", r"جماعة الحوثي|الحوثي|حوثي|انصار الله"),
    ("hamas", r"كتائب القسام|القسام|حماس"),
    ("rsf", r"قوات الدعم السريع|ميليشيا الدعم السريع|مليشيا الدعم السريع|الدعم السريع|الجنجويد"),
    ("sudan", r"الجيش السوداني|القوات المسلحة السودانية|سلاح الجو السوداني|الطيران الحربي السوداني"),
    # a bare "occupation" is the one the document names (Israel in Gaza, Turkey in a Kurdish outlet): _occupier
    ("occupation", r"(?:جيش |قوات |طيران |طائرات |مسيرات |مسيرة |دبابات |مدفعية |زوارق |بوارج )?(?:الاحتلال|المحتل)"
                   r"(?!\s*[#\"'“”«»]*\s*(?:ال)?(?:روس|ترك|اسرائيل|امريك|اميرك|ايران|صهيون))"),
    # "طيران العدوان", "تحالف العدوان": in a Yemeni report, the Saudi-led coalition (else nobody named)
    ("aggression", r"(?:طيران |طائرات |غارات |غارة |تحالف |دول )?العدوان"
                   r"(?!\s*[#\"'“”«»]*\s*(?:ال)?(?:روس|ترك|اسرائيل|صهيون|امريك|اميرك|ايران))"),
    ("jordan", r"الاردني|الاردنية|الاردن"),
]
_AR = "\u0621-\u064A"
_ACTOR_RX = re.compile(f"(?<![{_AR}])[وبفلك]{{0,2}}(?:" + "|".join(f"(?P<a{i}>{p})" for i, (_, p) in enumerate(_ACTORS))
                       + f")(?:ين|يين|ون|يتان|يتين|تان|تين|ان|ية|ة|ي)?(?![{_AR}])")
# The actor is who was hit ("مقتل عنصر من قوات النظام", "مواقع الميليشيات الإيرانية") or who backs a force.
_AR_VICTIM = re.compile(rf"(?:عنصر|عناصر|مقاتل|مقاتلا|مقاتلين|مقاتلي|صفوف|مواقع|موقع|مقر|مقرات|نقاط|نقطة|تجمعات|تجمع|قيادي|"
                        rf"قياديا|ضابط|ضباط|مستودعات|مستودع|مخازن|ثكنة|قاعدة|رتل|اليات|الية|سيطرة|"
                        rf"مدعوم|مدعومة|المدعوم|المدعومة|الموالي|الموالية|الموالين|اسرى|معتقلي|سجون)ا?"
                        rf"(?:\s+(?:من|في|ل|ال)?)?\s*(?:(?:ال)?عسكري(?:ا|ة|ه)?\s+)?"
                        rf"(?:(?:ال|ل|لل)?(?:ميليشيات|ميليشيا|مليشيات|مليشيا|قوات|جيش|حرس|جنود)\s+)?[\"'“”«]?$")
# Named as the attacker: "قصف روسي", "طائرات حربية روسية", "من قبل قوات النظام", "الطيران الحربي التابع للنظام",
# "برصاص دورية روسية", "قصف مصدره مناطق سيطرة قسد".
_AR_BY = re.compile(rf"(?:قبل|نفذه|نفذها|نفذته|نفذتها|شنه|شنها|شنته|شنتها|التابع|التابعة|لطيران|طيران|الطيران|طائرات|"
                    rf"طائرة|طائرتان|طائرتين|مسيرة|المسيرة|مسيرات|مسيرتان|مسيرتين|غارتان|غارتين|حربي|حربية|الحربي|الحربية|المروحي|المروحية|قصف|القصف|غارة|غارات|"
                    rf"الغارات|الغارة|قذائف|صواريخ|صاروخ|مدفعية|المدفعية|استهداف|هجوم|ضربة|ضربات|عدوان|العدوان|"
                    rf"اعتداء|الاحتلال|ميليشيات|ميليشيا|مليشيات|مليشيا|رصاص|برصاص|اطلقه|اطلقها|دورية|مصدره|مصدرها|"
                    # the verb first (Arabic's usual order): "قصفت إسرائيل", "شن التحالف الدولي غارات"
                    rf"قصفت|استهدفت|استهدف|شنت|شن|نفذت|نفذ|ارتكبت|ارتكب|اطلقت|اطلق|قتلت|تقصف|يقصف|تستهدف|يستهدف|"
                    rf"تشن|يشن|انزال|جوي|بمساندة|بمشاركة|بغطاء|بدعم|باسناد|بمؤازرة|"
                    # a joint raid: "نفذت قسد بالتعاون مع التحالف الدولي عملية إنزال"
                    rf"بالتعاون مع|بالاشتراك مع|بالتنسيق مع|"
                    # the kind of fire between the word and the name: "قصف مدفعي لقوات النظام", "بقصف صاروخي روسي"
                    rf"مدفعي|صاروخي|بري|المدفعي|الصاروخي|البري|الجوي|مكثف|عنيف|المكثف|العنيف)"
                    # the accusative's alef: "قصفاً مدفعياً لقوات النظام"
                    rf"ا?(?:\s+(?:من|ل|ال))?\s*[\"'“”«]?$")
# "الفصائل التابعة لتركيا", "الميليشيات الموالية لإيران": the patron of the force, not the attacker.
_AR_PATRON = re.compile(r"(?:فصائل|ميليشيات|ميليشيا|مليشيات|مجموعات|مرتزقة|عناصر)\s+(?:ال)?(?:تابعة|موالية|مدعومة)"
                        r"(?:\s+(?:من|ل|ال))?\s*[\"'“”«]?$")
# Between two names of one joint attack: "و", or "و" and a word for a force ("قوات النظام والطيران الروسي").
_AR_JOINT_GAP = re.compile(r"\s*[\"'“”«»]*\s*(?:و|،|,)?\s*(?:و?(?:ال)?(?:محتل|احتلال|قوات|طيران|ميليشيات|ميليشيا|جيش)\s+)?"
                           r"[\"'“”«»]*\s*")
# "قصف مصدره مناطق سيطرة قسد": fire from the areas a force holds is that force's.
_AR_SOURCE = re.compile(r"(?:مصدره|مصدرها)\s+(?:(?:ال)?مناطق\s+(?:(?:ال)?خاضعة\s+)?(?:ل|ال)?سيطرة|قاعدة|قواعد)\s*[\"'“”«]?$")
_AR_DOES = re.compile(rf"[\"'“”»]?\s*(?:[{_AR}]+\s+)?(?:تقصف|قصفت|يقصف|تستهدف|يستهدف|استهدفت|استهدف|شنت|شن|تشن|يشن|"
                      rf"نفذت|نفذ|تنفذ|ارتكبت|ارتكب|ترتكب|تقتل|قتلت|يقتل|يقتلون|اطلقت|اطلق|تطلق|يطلق|تواصل|يواصل)(?![{_AR}])")
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



# a platform's own words around a post (Twitter, Facebook), links and handles: no language of the post
_CHROME = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|@\w+|Copy link to Tweet|Embed Tweet|Report Tweet|"
                     r"NetzDG Violation|Back to top|Loading seems to be taking a while\.?|Twitter may be over capacity or "
                     r"experiencing a momentary hiccup\.?|Try again or visit Twitter Status for more information\.?|"
                     r"Retweets?|Likes?|Views|Verified account|New conversation|Show this thread|Quote Tweet|"
                     r"Facebook|'s Post|Shared with Public|All reactions:?|Most relevant|Top comments|Top fan|Author|"
                     r"Comment|Share|shares|comments|Log in|Sign up|Twitter for (?:Android|iPhone)|More|Reply")


def is_arabic(text: str) -> bool:
    """True when most letters of the text's opening are Arabic (a platform's own words aside)."""
    head = text[:3000]
    ar = len(_AR_LETTER.findall(head))
    if ar <= 20:
        return False
    return ar > 1.5 * len(_LATIN_LETTER.findall(head)) or ar > 1.5 * len(_LATIN_LETTER.findall(_CHROME.sub(" ", head)))


# "ة" ends a word: a scraped post's lines glued together ("...محطة السويديةاستشهد 8 أشخاص") part there
_GLUED = re.compile(r"ة(?=[\u0621-\u064A])")


# a word split by tatweels on both sides of a space or dot to hide it from filters: "مقتـ ـل", "اسـ ـتهداف"
_SPLIT = re.compile(r"\u0640+(?:[ .,]+\u0640+)+")


def _norm(s: str) -> str:
    return _GLUED.sub("ة ", _TATWEEL.sub("", _SPLIT.sub("", s)).translate(_DIGITS))


def _fold(s: str) -> str:
    """Normalised text with one form of alef (same length as `s` once normalised)."""
    return s.translate(_FOLD)


def _join_obfuscated(text: str, sents: list) -> list:
    """Sentences re-joined where a dot only hides a word from filters ("مقتـ.ـل", "الغـ.ـارات"):
    a dot touching a tatweel, inside a word, is no sentence end."""
    from .text import Sentence

    out: list = []
    for s in sents:
        prev = out[-1] if out else None
        dots = len(text[:prev.end]) - len(text[:prev.end].rstrip(".")) if prev is not None else 0
        if prev is not None and 1 <= dots <= 3 and prev.end == s.start and _AR_LETTER.match(text, s.start) \
                and ("\u0640" in text[prev.end - dots - 1:prev.end + 1]
                     or (dots == 2 and _AR_LETTER.match(text, prev.end - 3))):  # "إصا..بات": dots inside a word
            out[-1] = Sentence(prev.start, s.end, prev.para, text[prev.start:s.end], prev.index)
            continue
        out.append(s if s.index == len(out) else Sentence(s.start, s.end, s.para, s.text, len(out)))
    return out


# where a scraped post's readers' reactions and comments begin (Facebook, X)
_COMMENTS = re.compile(r"All reactions:|Most relevant|Top comments|View all \d+ repl")
# "#الأسد_يقتل_السوريين", "#العدوان_الروسي": a hashtag of several words is a slogan, not the report
_HASHTAG = re.compile(r"#[\w\u0621-\u064A]+_[\w\u0621-\u064A_]+")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


_LIL = re.compile(r"(?<![\u0621-\u064A])لل(?=[\u0621-\u064A])")


_LINE = re.compile(r"[^\n]+")


def _headline_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of 4 or more short lines without a sentence's end (blank lines between
    them allowed): a page's list of other posts' headlines, its menus. The last short line before a
    paragraph is the article's title, not part of the run."""
    runs, cur = [], []
    for m in _LINE.finditer(text):
        line = m.group(0).strip()
        if not line:
            continue
        if len(line) < 150 and not line.endswith((".", "!", "؟", "?", ":", "،")):
            cur.append((m.start(), m.end()))
            continue
        if len(cur) >= 5:  # the last short line over the article's first paragraph is its title
            runs.append((cur[0][0], cur[-2][1]))
        cur = []
    if len(cur) >= 4:
        runs.append((cur[0][0], cur[-1][1]))
    return runs


def _actor_hits(text: str) -> list[tuple[str, int, bool]]:
    """(id, 2 attacker / 1 named / 0 hit or backer, joined to the name before by "و") of every actor
    named in folded text. Names joined by "و" share their role ("قصف قوات النظام وروسيا")."""
    out: list[tuple[str, int, bool]] = []
    last_end = -9
    for m in _ACTOR_RX.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if _AR_SOURCE.search(before):
            strength = 2
        elif _AR_VICTIM.search(before) or _AR_PATRON.search(before):
            strength = 0
        elif _AR_DOES.match(text, m.end()) or _AR_BY.search(before):
            strength = 2
        else:
            strength = 1
        gap = text[last_end:m.start()]
        # "قوات النظام وروسيا", or one name straight after another ("الجيش النصيري الروسي")
        joined = bool(out) and bool(_AR_JOINT_GAP.fullmatch(gap)) and (m.group(0).startswith("و") or "و" in gap
                                                                       or gap == " ")
        if joined:
            prev = out[-1]
            strength = 0 if prev[1] == 0 else max(strength, prev[1])
            out[-1] = (prev[0], strength, prev[2])
        out.append((_ACTORS[int(m.lastgroup[1:])][0], strength, joined))
        last_end = m.end()
    return out


# unknown gunmen: "برصاص مجهولين", "من قبل مسلحين مجهولين" (a drone "مجهولة الهوية" is often attributed later)
_UNKNOWN = re.compile(r"(?:رصاص|برصاص|نيران|بنيران|قبل|ايدي|يد|اطلقه|اطلقها)\s+(?:مسلحين\s+|اشخاص\s+)?(?:مجهولين|مجهولون)"
                      r"(?![\u0621-\u064A])")


# Syria's provinces where a bare "الاحتلال" is one occupier: Israel's in the south (the Golan line),
# Turkey's in the north and north-east (the "Peace Spring" and "Olive Branch" areas)
_OCCUPIED = {("SY", "Quneitra"): "israel", ("SY", "Daraa"): "israel", ("SY", "Suwayda"): "israel",
             ("SY", "Rif Dimashq"): "israel", ("SY", "Damascus"): "israel", ("SY", "Aleppo"): "turkey",
             ("SY", "Al-Hasakah"): "turkey", ("SY", "Raqqa"): "turkey"}


# "الاحتلال الروسي", "الاحتلالين الإيراني والروسي": an occupation the page names with its adjective
_NAMED_OCCUPATION = re.compile(r"(?:ال)?احتلال(?:ين)?\s*[#\"'“”«»]*\s*(?:ال)?(?P<o>روس|ترك|اسرائيل|صهيون|ايران|امريك|اميرك)")
_OCCUPIERS = {"روس": "russia", "ترك": "turkey", "اسرائيل": "israel", "صهيون": "israel", "ايران": "iran",
              "امريك": "us-led-coalition", "اميرك": "us-led-coalition"}


def _occupier(hits: list[tuple[str, int, bool]], countries: list[str],
              provinces: list[tuple[str, str]] | None = None, whole: str = "") -> str | None:
    """Whom a bare "الاحتلال" means: the occupation the page names most with its adjective ("الاحتلال
    الروسي" ... "طائرات الاحتلال"), else the occupier the document names more often (Israel or Turkey),
    else Israel in a report from Palestine or Lebanon, else the occupier of the province struck;
    None when nothing tells."""
    named: dict[str, int] = {}
    for m in _NAMED_OCCUPATION.finditer(whole):
        a = _OCCUPIERS[m.group("o")]
        named[a] = named.get(a, 0) + 1
    if named:
        return max(named, key=named.get)
    n = {a: sum(1 for h in hits if h[0] == a) for a in ("israel", "turkey")}
    if n["israel"] != n["turkey"]:
        return max(n, key=n.get)
    if countries[:1] in (["PS"], ["LB"]):
        return "israel"
    return next((_OCCUPIED[p] for p in provinces or [] if p in _OCCUPIED), None)


# Warplanes, helicopters and air landings ("غارة جوية", "الطيران الحربي", "إنزال جوي"), not drones:
# forces without an air force do not fly them
_AIR = re.compile(r"غارة|غارات|طيران حربي|الطيران الحربي|طائرات حربية|الطائرات الحربية|طائرة حربية|مروحي|"
                  r"انزال جوي|انزالا جويا|الانزال الجوي|قصف جوي|القصف الجوي")
_NO_AIR_FORCE = frozenset({"sdf", "pkk", "hts", "isis", "syrian-opposition", "hamas", "rsf", "unknown"})


def _name_tags(s: str) -> str:
    """Folded text with hashtags that are just a force's name read as words ("#قوات_سوريا_الديمقراطية");
    a slogan ("#الأسد_يقتل_السوريين") is left as it is."""
    def one(m: re.Match) -> str:
        words = m.group(0)[1:].replace("_", " ")
        return " " + words if _ACTOR_RX.fullmatch(words) else m.group(0)
    return _HASHTAG.sub(one, s)


def _perps(lead: str, whole: str, countries: list[str] | None = None,
           provinces: list[tuple[str, str]] | None = None) -> list[str]:
    """The attackers the lead sentence names in an attacker's role (else every actor it names that
    is not a victim or a patron), with those the document names jointly with them as attackers
    ("قوات النظام وروسيا"); with none in the lead, the document's most often cued attacker (and
    those named jointly with it). An air attack whose named attackers have no air force is also
    the air force's the document names ("قسد" and "التحالف الدولي" in an air landing)."""
    lead, whole = (_LIL.sub("ال", _name_tags(_fold(_norm(t)))) for t in (lead, whole))
    doc = _actor_hits(whole)
    named = {"occupation": _occupier(doc, countries or [], provinces, whole),
             "aggression": "saudi-led-coalition" if (countries or [])[:1] == ["YE"] else None}
    doc = [(named.get(a, a), st, j) for a, st, j in doc if named.get(a, a)]
    hits = [(named.get(a, a), st, j) for a, st, j in _actor_hits(lead) if st and named.get(a, a)]
    found = [a for a, st, _ in hits if st == 2] or [a for a, st, _ in hits if st == 1]
    if not found and _UNKNOWN.search(lead):
        return ["unknown"]  # "برصاص مجهولين": the lead says the gunmen are unknown
    air = bool(_AIR.search(lead))
    if not found or (air and all(a in _NO_AIR_FORCE for a in found)):
        counts: dict[str, int] = {}
        for a, st, _ in doc:
            if st:
                counts[a] = counts.get(a, 0) + st
        if air and any(a not in _NO_AIR_FORCE for a in counts):
            counts = {a: n for a, n in counts.items() if a not in _NO_AIR_FORCE}
        top = max(counts, key=counts.get) if counts else None
        if top and (not found or top not in _NO_AIR_FORCE):
            found.append(top)
    if found:
        for (a, sa, _), (b, sb, joined) in zip(doc, doc[1:]):
            if joined and sa == 2 and sb == 2 and (a in found) != (b in found):
                found.append(b if a in found else a)
    out: list[str] = []
    for a in found:
        if a not in out:
            out.append(a)
    return out[:3] or ["unknown"]


_PREC_RANK = {"exact": 0, "settlement": 1, "near-settlement": 2, "district": 3, "province": 4, "water": 5,
              "country": 6, "unknown": 7}
_FINE = frozenset({"exact", "settlement", "near-settlement", "district"})


def _claim_places(places: list, sents: list, sent) -> list:
    """The lead's places, most precise first. When the lead names only the country or a province
    ("في ريف دمشق"), a town the next sentences name (in that province) comes first; with no place
    in the lead, the document's first town."""
    usable = [p for p in places if p.lat is not None]
    if any(_AR_LETTER.match(p.name) for p in usable):  # Latin names in an Arabic page: its masthead, tags
        usable = [p for p in usable if _AR_LETTER.match(p.name)]
    own = [p for p in usable if sent.start <= p.start < sent.end]
    if own and not any(p.precision == "settlement" for p in own):
        # "غربي حلب", "ريف إدلب": the town named in the headline or the next sentences, in that province
        first = sents[max(sent.index - 2, 0)].start
        end = sents[min(sent.index + 3, len(sents) - 1)].end
        provinces = {(p.country, p.admin1) for p in own if p.precision != "country"}
        coarse = not any(q.precision in _FINE for q in own)
        near = [p for p in usable if first <= p.start <= end and not sent.start <= p.start < sent.end
                and (p.precision == "settlement" or (coarse and p.precision in _FINE))
                and (not provinces or (p.country, p.admin1) in provinces)]
        near.sort(key=lambda p: (_PREC_RANK.get(p.precision, 7), p.start < sent.start, abs(p.start - sent.start)))
        own = near[:1] + own
    if not own:
        own = [p for p in usable if p.precision in _FINE][:1] or [p for p in usable if p.precision != "country"][:1]
    out, seen = [], set()
    for p in sorted(own, key=lambda p: (_PREC_RANK.get(p.precision, 7), p.start)):
        key = (p.gazetteer_id or p.name, p.precision)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out[:3]


def arabic_claims(text: str, sents: list, *, document: str, anchor: date | None, places: list,
                  countries: list[str]) -> list[dict]:
    """At most one incident claim for an Arabic document."""
    sents = _join_obfuscated(text, sents)
    normed = [(s, _norm(s.text)) for s in sents]
    folded = [_NO_HARM.sub(" ", _HASHTAG.sub(_blank, _fold(n))) for _, n in normed]
    cut = _COMMENTS.search(text)  # readers' comments under a post are no report
    if cut and any(_HARM.search(f) or _ATTACK.search(f) for (s, _), f in zip(normed, folded) if s.start < cut.start()):
        folded = [f if s.start < cut.start() else "" for (s, _), f in zip(normed, folded)]
    # a toll over a period ("منذ بداية العام", "خلال شهر تموز") is a tally: an incident's sentence first
    # (a report whose every harm sentence is such a toll tells no incident)
    listed = _headline_lists(text)
    found = [k for k, f in enumerate(folded) if _HARM.search(f) and _ATTACK.search(f) and not _PERIOD.search(f)]
    # other posts' headlines listed on the page ("most read") tell other events: the report's own first
    k = next((k for k in found if not any(a <= sents[k].start < b for a, b in listed)), found[0] if found else None)
    if k is None:
        k = next((k for k, f in enumerate(folded) if _HARM.search(f) and not _PERIOD.search(f)), None)
        # the attack may be told by a hashtag only ("شهيدان وجرحى #درعا_تحت_القصف")
        if k is None or not (any(_ATTACK.search(f) for f in folded)
                             or any(_ATTACK.search(_fold(_norm(m.group(0)))) for m in _HASHTAG.finditer(sents[k].text))):
            return []
    lead = normed[k]
    sent, ntext = lead
    whole = _norm(text)
    figures = _figures(ntext)
    spans = [(sent.start, sent.end)]
    story = [(s.start, s.end, n, folded[s.index]) for s, n in normed[sent.index + 1: sent.index + 12]
             if _HARM.search(folded[s.index])][:4]
    figures, more = story_figures(figures, story)
    spans += more
    mm = _MEANS_RX.search(ntext) or _MEANS_RX.search(whole)
    tm = _TARGET_RX.search(ntext)
    place_dicts = [p.as_claim_place() for p in _claim_places(places, sents, sent)]
    if not place_dicts and countries:
        place_dicts = [{"name": countries[0], "geoname": None, "gazetteer_id": None, "country": countries[0],
                        "admin1": None, "lat": None, "lon": None, "precision": "country"}]
    perps = _perps(ntext, whole, countries, [(p["country"], p["admin1"]) for p in place_dicts])
    # in Yemen "the coalition" is the Saudi-led one (not when the harm was in Syria or Iraq)
    if countries[:1] == ["YE"] and not any(p["country"] in ("SY", "IQ") for p in place_dicts):
        perps = list(dict.fromkeys("saudi-led-coalition" if p == "us-led-coalition" else p for p in perps))
    k = figures["civilians_killed"]
    summary = (f"{k['min']} civilians killed" if k["min"] is not None else "Civilian harm reported") + \
        f" by {', '.join(perps)} (Arabic report)."
    return [{
        "document": document, "kind": "incident", "summary": summary,
        "date": _date(ntext, anchor, None if anchor else _year_hint(whole), whole),
        "places": place_dicts, "perpetrators": perps, "official_response": "none",
        "means": mm.lastgroup if mm else "unknown", "target": tm.lastgroup if tm else None,
        "figures": figures, "sources": [], "evidence": [{"start": a, "end": b} for a, b in spans],
    }]
