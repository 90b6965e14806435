"""Words and shapes of people in reports: kinship words, ages, names, and the items of a list.

The lexicon and the small readers `victims` builds on: which words are kinship words (and of
whom: children, women, men), how an age is written ("aged 4", "(7)", "7-year-old", "18 months
old"), which capitalised words are a person's name (not a place, an outlet or a family's home),
and where a list's items start and end ("A (7), his sister B, 12, and their mother C").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numbers import word_value

__all__ = ["Person", "AGE_YEARS", "KIN_FEMALE", "KIN_MALE", "KIN_RE", "KIN_WORDS", "NUMW", "PAREN_IN", "PLURAL",
           "STATUS_WORD", "UPPER", "age_of", "group_number", "name_key", "split_items"]

_KIN_CHILD = {"child", "boy", "girl", "infant", "baby", "toddler", "newborn", "kid", "schoolboy", "schoolgirl",
              "children", "boys", "girls", "infants", "babies", "toddlers", "newborns", "kids", "twins"}


_KIN_FEMALE_ADULT = {"wife", "mother", "grandmother", "woman", "widow", "aunt", "mother-in-law", "sister-in-law",
                     "daughter-in-law", "grandma", "lady", "wives", "mothers", "women", "aunts", "grandmothers",
                     "daughters-in-law", "sisters-in-law", "mothers-in-law"}


KIN_FEMALE = {"daughter", "sister", "granddaughter", "niece", "daughters", "sisters", "granddaughters", "nieces"} \
    | _KIN_FEMALE_ADULT


KIN_MALE = {"husband", "father", "grandfather", "son", "brother", "grandson", "nephew", "man", "uncle",
             "father-in-law", "brother-in-law", "son-in-law", "husbands", "fathers", "sons", "brothers", "grandsons",
             "nephews", "men", "uncles", "sons-in-law", "brothers-in-law"}


_KIN_ANY = {"cousin", "cousins", "grandchild", "grandchildren", "relative", "relatives", "sibling", "siblings",
            "grandparents", "parents", "couple"}


PLURAL = {"children", "boys", "girls", "infants", "babies", "toddlers", "newborns", "kids", "twins", "wives",
           "mothers", "women", "aunts", "grandmothers", "daughters", "sisters", "granddaughters", "nieces",
           "husbands", "fathers", "sons", "brothers", "grandsons", "nephews", "men", "uncles", "cousins",
           "grandchildren", "siblings", "relatives", "grandparents", "parents", "daughters-in-law", "sisters-in-law",
           "mothers-in-law", "sons-in-law", "brothers-in-law"}


KIN_WORDS = _KIN_CHILD | KIN_FEMALE | KIN_MALE | _KIN_ANY


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


class _Kin:
    """A kinship word found in a text (what a regex match would give: start, end, group)."""

    __slots__ = ("_s", "_e", "_w")

    def __init__(self, s: int, e: int, w: str) -> None:
        self._s, self._e, self._w = s, e, w

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, _i: int = 0) -> str:
        return self._w


class _KinFinder:
    """Kinship words by a word scan and a set lookup (much faster than one large alternation)."""

    def finditer(self, t: str) -> list[_Kin]:
        return _kins(t)

    def search(self, t: str) -> _Kin | None:
        found = _kins(t)
        return found[0] if found else None


@lru_cache(maxsize=2048)
def _kins(t: str) -> list[_Kin]:
    """The kinship words of `t`, left to right (cached: an item is looked at several times)."""
    out = []
    for m in _WORD.finditer(t):
        w = m.group(0)
        if w.lower() in KIN_WORDS:
            out.append(_Kin(m.start(), m.end(), w))
        elif "-" in w:  # "half-brother": the kinship word inside
            pos = m.start()
            for part in w.split("-"):
                if part.lower() in KIN_WORDS:
                    out.append(_Kin(pos, pos + len(part), part))
                pos += len(part) + 1
    return out


KIN_RE = _KinFinder()


NUMW = (r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
         r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
         r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)")


AGE_YEARS = re.compile(rf"\b({NUMW})[- ](?:years?|yrs?)(?:[- ]old)?\b|\baged\s+({NUMW})\b|\bage\s+({NUMW})\b", re.I)


_AGE_MONTHS = re.compile(rf"\b(?:{NUMW}|a|one)[- ](?:months?|weeks?|days?)[- ]old\b|\bless\s+than\s+(?:a|one)\s+year\b"
                         r"|\b(?:months?|weeks?|days?)[- ]old\b", re.I)


_AGE_MONTHS_BARE = re.compile(rf"\s*\(?(?:aged\s+)?(?:{NUMW}|a|one)[- ](?:months?|weeks?|days?)\)?\s*\.?\s*$", re.I)


_AGE_MONTHS_PAREN = re.compile(rf"\((?:aged\s+)?(?:{NUMW}|a|one)[- ](?:months?|weeks?|days?)\)", re.I)


_AGE_PAREN = re.compile(r"\((?:[^()]*?,\s*)?\s*(?:aged?\s+)?(\d{1,2})\s*(?:years?(?:\s+old)?\s*)?(?:[,)]|or\b)")


_AGE_BARE = re.compile(r"^\s*(\d{1,2})\s*$")


_SEP = re.compile(r"\s*(?:;|,|:|(?<=[a-z])\.(?=[0-9A-Z])|\s[–—-]\s|\band\s+(?:also\s+)?|\bas\s+well\s+as\b|\balong\s+with\b|\btogether\s+with\b|"
                  r"\balongside\b|\bwith\b|\bplus\b)\s*", re.I)


_CAP = re.compile(r"(?:(?:al|el|ad|as|an|ash|at|az|abu|bin|ibn|bint|umm|abd|abdel|abdul)[- ])?[A-Z][\w'’-]*", re.U)


_NOT_NAME = {
    "The", "Their", "His", "Her", "Its", "A", "An", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
    "Nine", "Ten", "Both", "All", "Also", "And", "Including", "Among", "In", "On", "At", "Of", "As", "He", "She",
    "They", "It", "This", "That", "These", "Those", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Sheikh", "Prof",
    "Professor", "Engineer", "Eng", "Journalist", "Doctor", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "Israeli", "Palestinian", "Gaza", "Airwars", "Facebook", "Twitter",
    "Instagram", "Telegram", "X", "According", "However", "Later", "Only", "Other", "Another", "Grandfather",
    "Grandmother", "Mother", "Father", "Children", "Child", "Son", "Daughter", "Wife", "Husband", "Brother",
    "Sister", "Aged", "Age", "Baby", "Infant", "Little", "Young", "Youngest", "Eldest", "Abu", "Umm", "Al",
    "Syrian", "Iraqi", "Russian", "Turkish", "American", "Kurdish", "Lebanese", "Yemeni", "Afghan", "Ukrainian",
    "Iranian", "Arab", "British", "French", "Egyptian", "Jordanian", "Following", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Killed", "Dead", "Furthermore", "Moreover",
    "Additionally", "Meanwhile", "Numerous", "There", "Here", "After", "Before", "When", "While", "Then", "Initially",
    "Finally", "Hajj", "Haj", "Hajja", "Palestine", "Israel", "Syria", "Iraq", "Lebanon", "Yemen", "Egypt", "Jordan",
    "Ukraine", "Afghanistan", "During", "Haji", "God", "Allah", "Uncle", "Aunt",
    "Hajji", "Late", "Martyr", "Shaheed", "Shahid", "Victims", "Names", "Others", "Several", "Many", "Some", "Relatives", "Residents", "Local",
    "Sources", "Reports", "Family", "Members", "Ministry", "Health", "Hospital", "Civil", "Defence", "Defense", "Center", "Centre", "Agency", "News", "Camp",
    "Street", "City", "Strip", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
}


STATUS_WORD = re.compile(r"\b(?:female|male|f|m)\b", re.I)


@dataclass
class Person:
    """One person in a list: name key (None when unnamed), kinship word, age in years, sex."""

    name: str | None
    kin: str | None
    age: int | None
    sex: str | None  # "f" | "m" | None
    group: str | None = None  # the plural that introduced them ("children", "daughters")
    adult: bool = False  # a title says so ("Dr.", "Sheikh")
    minor: bool = False  # a young parent's son or daughter ("23-year-old Walaa and her son")

    @property
    def category(self) -> str | None:
        """ "child", "woman", "man" or None (unknown)."""
        kin = (self.kin or "").lower()
        grp = (self.group or "").lower()
        numbered = grp.startswith("n:")
        grp = grp[2:] if numbered else grp
        if self.age is not None:
            if self.age < 18:
                return "child"
            return "woman" if self.sex == "f" else ("man" if self.sex == "m" else None)
        if self.adult:
            return "woman" if self.sex == "f" else ("man" if self.sex == "m" else None)
        if kin in _KIN_CHILD or grp in _KIN_CHILD or grp == "grandchildren" or self.minor:
            return "child"
        if grp in _KIN_FEMALE_ADULT:
            return "woman"  # "two women, Israa and Elham"
        if grp in ("men", "husbands", "fathers"):
            return "man"
        if numbered and grp in ("sons", "daughters"):
            return "child"  # "her four sons – A, B, C and D"
        if kin in _KIN_FEMALE_ADULT:
            return "woman"
        if kin in ("husband", "father", "grandfather", "man", "uncle", "men"):
            return "man"
        if self.sex == "f" and self.name is not None and not kin and not grp:
            return "woman"  # a woman's name, no age, nothing that makes her a child
        return None


@lru_cache(maxsize=4096)
def age_of(text: str) -> int | None:
    """The age in years an item states ("aged 4", "7-year-old", "(12)", "18 months old" → 0), or None."""
    m = AGE_YEARS.search(text)
    if m:
        return word_value(next(g for g in m.groups() if g))
    if _AGE_MONTHS.search(text) or _AGE_MONTHS_BARE.match(text) or _AGE_MONTHS_PAREN.search(text):
        return 0  # "18 months old"; "Rosa, 18 months": an item that is only an age in months
    m = _AGE_PAREN.search(text) or _AGE_BARE.match(text)
    if m:
        return int(m.group(1))
    return None


@lru_cache(maxsize=4096)
def name_key(text: str) -> tuple[str | None, int]:
    """The key of the first person's name in `text` (its first two names, "ibtisam mohammed") and where
    it starts; not a place or an organisation ("in Jabalia", "the Qishta family home", "Al Jazeera")."""
    for m in _NAME_ANY.finditer(text):
        toks = [t.group(0) for t in _CAP.finditer(_PARENS.sub(" ", m.group(0)))]
        toks = [t for t in toks if t.rstrip(".") not in _NOT_NAME and not (t.isupper() and len(t) > 1)]
        if not toks:
            continue
        if _PLACE_BEFORE.search(text, max(0, m.start() - 25), m.start()) or _THING_AFTER.match(text, m.end()) \
                or text[max(0, m.start() - 1):m.start()] == "(":
            continue
        key = " ".join(_ARTICLE.sub("", t).lower().rstrip("'’s.") for t in toks[:2])
        return key, m.start()
    return None, -1


_LINK = (r"(?:(?:[Aa]l|[Ee]l|[Aa]bu|[Bb]in|[Ii]bn|[Bb]int|[Uu]mm|[Aa]bd|[Aa]bdel|[Aa]bdul|de|van|von)\s|"
         r"(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]n|[Aa]sh|[Aa]t|[Aa]z)-)")


_NAME_ANY = re.compile(rf"(?:{_LINK}*[A-Z][\w'’.-]*(?:\s+|$))+")


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|on|to|into|outside|inside|towards|via|of|the|east|west|north|south|"
                           r"across|around|behind|opposite|central|northern|southern|eastern|western|by)\s+$", re.I)


_THING_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s*(?:family|families|home|house|building|tower|neighbou?rhood|camp|street|"
                          r"area|mosque|school|hospital|agency|news|center|centre|network|channel|account|page|"
                          r"clan|residence|apartment|square|road|city|town|village|strip|governorate|province|district|region|valley|"
                          r"crossing|border|university|college|faculty|hall|market|club|bakery|company|syndicate|society|"
                          r"union|committee|ministry|office|radio|tv|television|brigades?|movement|forces|army)\b", re.I)


_PARENS = re.compile(r"\([^)]*\)")


_ARTICLE = re.compile(r"^(?:al|el|ad|as|an|ash|at|az)[- ]", re.I)


UPPER = re.compile(r"[A-Z]")


PAREN_IN = re.compile(r"\(([^()]*)\)")


_GROUP_NUMBER: dict[str, re.Pattern[str]] = {}


def group_number(kin: str) -> re.Pattern[str]:
    """"four children", "two young sons": the number of a plural kinship word."""
    rx = _GROUP_NUMBER.get(kin)
    if rx is None:
        rx = _GROUP_NUMBER[kin] = re.compile(rf"\b({NUMW})\s+(?:[\w-]+\s+)?{re.escape(kin)}\b", re.I)
    return rx


def split_items(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Items of the list s[a:b]: top-level pieces between separators (parentheses kept whole)."""
    out = []
    start = a
    for m in _SEP.finditer(s, a, b):
        if "(" in s and s.count("(", a, m.start()) > s.count(")", a, m.start()):
            continue  # inside brackets: "(53 years old, female)"
        if m.start() > start:
            out.append((start, m.start()))
        start = max(start, m.end())
    if start < b:
        out.append((start, b))
    return out
