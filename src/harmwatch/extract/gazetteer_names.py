"""Name normalisation for the gazetteer: one key for every transliteration of a place name.

Latin names are folded (diacritics, case, apostrophes and ayn/hamza marks dropped), Arabic
articles (al-, el-, ad-, ash-, ez- ...) left out, and the tokens joined without spaces, so that
"Deir ez-Zor", "Deir al-Zour" and "Dayr az Zawr" become keys that a consonant skeleton
("drzr") then joins with "Deir Ezzor" and "DeirEzzor". Arabic names lose vowel marks, tatweel,
hamza forms of alef and the article ال.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "ARTICLES", "STOP_WORDS", "GIVEN_NAMES", "FACILITY_WORDS", "AR_STOP_WORDS", "NAME_SPLIT", "fold", "is_arabic",
    "arabic_fold", "arabic_variants", "compact_key", "skeleton", "name_keys",
]

# Arabic articles as transliterated (sun-letter assimilations included).
ARTICLES = frozenset({
    "al", "el", "il", "ul", "ad", "ed", "adh", "ath", "ar", "er", "as", "es", "ash", "esh",
    "at", "et", "az", "ez", "an", "en",
})
# Capitalised English words that open sentences or name things that are not places.
STOP_WORDS = frozenset("""
a about above after again against all also an and any are as at be because been before being
below between both but by can could did do does during each few for from further had has have he
her here hers him his how i if in into is it its just me more most my no nor not now of off on once
only or other our out over own same she should so some such than that the their them then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your said says say according reported report reports local
sources source witnesses monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december hospital mosque school
street road camp city town village district province governorate region area north south east
west northern southern eastern western central strip martyr martyrs ministry health civil defence
defense red crescent cross forces force army military airstrike airstrikes strike strikes killed
civilians civilian children child women woman men man family families israeli palestinian
syrian russian american turkish iraqi kurdish arab un unrwa idf hamas isis isil daesh sdf ypg the
government regime coalition state islamic observatory human rights watch amnesty international
news agency sana afp reuters mayadeen mayadin jazeera arabiya arabia ahram akhbar wafa anadolu maan shehab twitter facebook telegram video photo photos image images update breaking he she mr
mrs dr god allah prophet imam sheikh abu umm bin ibn ben saint st new old great little upper lower
balad thawra thawrah jadid jadida madinat madina markaz mahatta sharq gharb shamal janub wusta souq
suq hara harat hay shari jami masjid madrasa mustashfa now today
""".split())
# Given names and family names common in the reports, which are also place names somewhere:
# alone they count as a place only after "in", "near", "village of"...
GIVEN_NAMES = frozenset("""
mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hasan hussein husayn hussain ibrahim ismail
musa mousa moussa khalil yusuf yousef youssef yusef omar umar othman uthman mahmoud mustafa khaled
khalid jamal jamil salim salem salam salama samer hamdan abdullah abdallah mansour mansur karim kareem
nasser nasir fares faris sami rami adel adil bashar hindi musab shehab shihab soliman suleiman sulaiman
suleyman zaid zayd said saeed saleh salih hamza hamad hamid hammad majed majid nabil nidal rashid
walid waleed yasser yasir zakaria zakariya ayman amer amir anas aziz bakr basel bilal daoud dawood
fadi fouad ghassan haidar haitham hani hatem hazem iyad jaber jihad kamal louay maher marwan mazen
mousa muath munir murad naji najib nour osama qasim raed rafiq ramadan riyad saber sabri sadiq sameh
shadi sharif tamer tariq wael wasim yahya younis yunus zaher ziad ziyad abed abu awad barakat
eid halabi masri shawish kassab hajj haj ashraf amani zuhair zuheir obeid hamidan suhaila asma
farah samar karam amara dhaher saada saadah labdeh lebda nasr nassar hamada hammouda shaheen
shahin jaber jabr qasem radwan sharaf banna mahlawi najjar attar haddad khatib adan khadura
""".split())
# Words after a name that make it part of a facility's name ("al-Shifa Hospital").
FACILITY_WORDS = frozenset("""
hospital hospitals mosque school schools university college clinic bakery tower towers building
street road roundabout square market mall hotel stadium club company factory prison station bank
church cemetery complex center centre institute association foundation society channel network medical compound
agency brigade brigades battalion front movement party committee network tv radio
""".split())


_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ک": "ك",
                         "ی": "ي", "ھ": "ه"})
_DROP = dict.fromkeys(map(ord, "'’‘`ʿʾʻʼ´.\u02be\u02bf"), None)
_DIGRAPHS = (("dzh", "j"), ("dj", "j"), ("ch", "sh"), ("ph", "f"), ("q", "k"), ("gh", "g"), ("ck", "k"),
             ("x", "ks"), ("c", "k"))
_VOWELISH = re.compile(r"[aeiouyw]")
_DOUBLE = re.compile(r"(.)\1+")


def is_arabic(token: str) -> bool:
    return "\u0600" <= token[0] <= "\u06ff" or "\u0750" <= token[0] <= "\u077f"


def fold(token: str) -> str:
    """Lower-case, without diacritics or apostrophe-like marks: 'Ḩamāh' -> 'hamah'."""
    if token.isascii():
        return token.lower().translate(_DROP)
    if is_arabic(token):
        return arabic_fold(token)
    decomposed = unicodedata.normalize("NFKD", token.translate(_DROP))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().replace("ı", "i")


def arabic_fold(token: str) -> str:
    """Arabic without vowel marks or tatweel, one form of alef, ta marbuta read as ha."""
    token = _AR_MARKS.sub("", token).translate(_AR_MAP)
    if token.startswith("ال") and len(token) > 3:
        token = token[2:]
    return token


def arabic_variants(token: str) -> list[str]:
    """The folded token, then the same with a leading particle (و ف ب ل ك) cut off."""
    base = _AR_MARKS.sub("", token).translate(_AR_MAP)
    out = [arabic_fold(base)]
    for cut in ("وبال", "وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك"):
        if base.startswith(cut) and len(base) - len(cut) >= 3:
            rest = base[len(cut):]
            if cut.endswith("ال") or cut == "لل":
                out.append(rest)
            else:
                out.append(arabic_fold(rest))
    return list(dict.fromkeys(out))


NAME_SPLIT = re.compile(r"[\s\-‐‑–—_/]+")  # between the words of a name


def compact_key(name: str) -> str:
    """The gazetteer key of a name: folded tokens without articles, joined without spaces."""
    tokens = [fold(t) for t in NAME_SPLIT.split(name.strip()) if t]
    tokens = [t for t in tokens if t]
    kept = [t for t in tokens if t not in ARTICLES]
    return "".join(kept or tokens)


def skeleton(compact: str) -> str:
    """Consonant skeleton of a Latin key: 'deirezzor', 'dayrzawr' and 'deirzor' -> 'drzr'."""
    if not compact or not compact.isascii():
        return ""
    s = compact
    if s.endswith("h") and len(s) > 3 and s[-2] in "aeiou":
        s = s[:-1]
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s[0] + _VOWELISH.sub("", s[1:])
    return _DOUBLE.sub(r"\1", s)


def name_keys(name: str) -> set[str]:
    """Every key a name is indexed under: its compact key, and without a glued 'al'/'el'."""
    key = compact_key(name)
    keys = {key} if key else set()
    if key.isascii() and key[:2] in ("al", "el") and len(key) > 6:
        keys.add(key[2:])
    return keys


# Common Arabic words that are also short place names somewhere.
AR_STOP_WORDS = frozenset(arabic_fold(w) for w in """
في من على الى إلى عن مع بعد قبل حتى منذ بين خلال عند هذا هذه ذلك التي الذي الذين كان كانت قد لا لم
ما هو هي هم أن ان وأن وان إن مدينة قرية بلدة ريف حي منطقة شارع مخيم محافظة شمال جنوب شرق غرب شمالي
جنوبي شرقي غربي قصف غارة غارات طيران الطيران النظام قوات مقتل قتل قتلى جرحى مدني مدنيين مدنيون
أطفال طفل نساء امرأة عائلة يوم اليوم أمس صباح مساء السبت الأحد الاثنين الثلاثاء الأربعاء الخميس
الجمعة السنة سنة عام العام الصور صور صورة فيديو جديد جديدة عبر مركز مصدر مصادر ناشطون محلية الروسي
روسي التركي تركي الأمريكي التحالف الدولي الدفاع المدني الاحتلال تل عين راس رأس دير كفر بيت جسر سد
جبل وادي نهر بئر ام أم ابو أبو الشيخ شيخ حمام سوق باب خان قلعة المحطة محطة المطار مطار الجسر
حول الشهداء شهداء عمان مجد الواقعة الواقع زاهر عنة نحو أكثر اكثر كبير كبيرة القرية البلدة المدينة
الثورة كيف جناته السجن الأمان منزله الزيارة المزرعة الكرامة البلد دور معبر سلمان الجميل زهرة عمران
خليل النصر بشرى تربه قصير بيرة رياض جاسم سوق عمال العمال عامل مجلس رئيس
""".split())
