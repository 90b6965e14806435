"""The people of one sentence: every person named or described by kinship, and what happened to them.

`sentence_people(s)` walks the items of the lists in sentence `s` ("Ahmad (7), his sister Lina, 12,
and their mother Huda") and keeps the people among them: not fighters, owners ("Nazir's work"),
relatives who speak, people in a quotation or names inside a phrase ("in central Gaza"). It joins
what belongs together: a name after an unnamed "his wife", an age after a name ("Ahmed, 25,"), the
rest of a name ("..., al-Raqab (26)"), the children of a numbered group ("her two sons, aged 4 and
9", or nobody named: "a mother and her three children"). Each person comes with the status a
killing or an injury gives them (see `victims_status`).
"""

from __future__ import annotations

import re

from .kinship import (
    KIN_FEMALE, KIN_MALE, KIN_RE, KIN_WORDS, NUMW, PLURAL, Person, age_of, group_number, split_items,
)
from .numbers import word_value
from .victims_items import parse_item
from .victims_status import DEATH_OF, OWNER_PREP, SPEAKS, quoted, status_of

__all__ = ["sentence_people"]

_MAYBE = re.compile(r"[A-Z0-9]|\b(?:[Yy]ears?|[Mm]onths?|[Ww]eeks?|[Dd]ays?|[Aa]ged?)\b")
_POSSESSIVE = re.compile(r"['’]s?\s+(?!(?:wife|husband|son|daughter|mother|father|sister|brother|child|children|"
                         r"grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|baby|infant)\b)\w",
                         re.I)
_PRONOUN_LEAD = re.compile(r"^(?:(?:his|her|their|the|a|an|its|also|including|both|all|one|and|namely|"
                           r"such\s+as|two\s+of\s+(?:his|her|their))\s+)+", re.I)
_FIGHTER = re.compile(r"\b(?:fighters?|soldiers?|militants?|militiam[ae]n|commanders?|troops|gunm[ae]n|insurgents?|"
                      r"combatants?|operatives?|jihadists?|rebels?|guards?|officers?|policem[ae]n|servicem[ae]n)\b", re.I)
_SURNAME_PART = re.compile(r"(?:al|el|ad|as|an|ash|at|az)-[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:\(\s*\d{1,2}\s*\))?\s*\.?$")
_APPOSITIVE_KIN = re.compile(rf"(?:the|(?:a|an)\s+(?=(?:{NUMW})[- ](?:years?|months?)))\b", re.I)
_OWNER_NAME = re.compile(r"[A-Z][\w-]*['’]s?\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(KIN_WORDS, key=len, reverse=True)) + r")\b")
_AGE_FIRST = re.compile(rf"(?:{NUMW}|a|one)[- ](?:years?|months?)[- ]old\b", re.I)
_ALIAS = re.compile(r"^(?:also\s+)?(?:known\s+as|nicknamed|called|aka|a\.k\.a\.)\b", re.I)
_UNSURE = re.compile(r"\b(?:up\s+to|as\s+many\s+as|nearly|almost|about|around|at\s+least|more\s+than|over|some|"
                     r"approximately|an\s+estimated|possibly|perhaps)\s+$", re.I)
_ID_NUMBER = re.compile(r"\(\s*(?:ID\s*:?\s*)?\d{5,}\s*\)")
_AGE_KIN = re.compile(r"^(\d{1,2})\s*\(([^()]*)\)\s*\.?$")
# "..., who was the wife of Hajj Abu Hamdi", "(wife of the late Kamal)": what the person before is; the name is the owner's
_PAIR_KIN = r"husband|wife|brother|sister|mother|father|son|daughter"
_PAIR = re.compile(rf"\b({_PAIR_KIN})\s+and\s+({_PAIR_KIN})\b(?=\s*,?\s+(?:\d{{1,2}}[- ]years?[- ]old\s+)?(?:the\s+)?(?:Dr\.?\s+|"
                   rf"Professor\s+)?[A-Z])", re.I)
_OWNS_GROUP = re.compile(r"\s(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:children|sons|daughters|grandchildren|kids|boys|girls)\b", re.I)
_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*['’]s?\s")
_POSS_LEAD = re.compile(r"(?:and\s+|also\s+)*(his|her|their)\s", re.I)
_KIN_OF = re.compile(r"^\(?\s*(?:(?:who|she|he)\s+(?:was|is|had\s+been)\s+)?(?:also\s+)?(?:the\s+|a\s+)?(?:late\s+)?"
                     r"(wife|widow|mother|grandmother|husband|father|grandfather|daughter|son|sister|brother|"
                     r"daughter-in-law|son-in-law|sister-in-law|mother-in-law|niece|nephew|aunt|uncle|cousin)\s+of\b", re.I)
_KIN_OF_ANY = re.compile(r"\b(?:identified\s+as|named\s+as|described\s+as)\s+(?:the|a)\s+(?:late\s+)?(wife|widow|mother|husband|father|"
                         r"daughter|son|sister|brother|daughter-in-law|son-in-law|sister-in-law|mother-in-law)\s+of\s+(?=[A-Z])")
_GROUP_KIDS = {"children", "sons", "daughters", "grandchildren", "boys", "girls", "kids", "infants", "babies",
               "twins", "grandsons", "granddaughters", "toddlers"}
_OFFSPRING = {"son", "daughter", "boy", "girl"}
_OFFSPRING_OF = {"son", "daughter", "child", "baby", "infant", "sons", "daughters", "children"}
_YOUNG_PARENT = 30  # a parent younger than this has no grown child
_PARENT_OF = {"children", "sons", "daughters", "son", "daughter", "husband", "wife", "grandchildren", "grandson",
              "granddaughter", "child", "baby", "infant", "kids"}
_NAME_INTRO = re.compile(r"(?:killing|killed|kills|as|were|was|including|include|included|victims?|dead|named|"
                         r"martyr|martyred|of)\s*:?\s*$", re.I)
_AGE_ONLY = re.compile(rf"^(?:(?:aged\s+)?\(?\s*(?:{NUMW})\s*\)?|(?:aged\s+)?(?:{NUMW}|a|one|less\s+than\s+a)[- ](?:years?|yrs?|months?|weeks?|days?)"
                       rf"(?:[- ]old)?|(?:was\s+)?(?:just\s+|only\s+)?(?:{NUMW})\s+years?\s+old)\s*\.?$", re.I)


def sentence_people(s: str) -> list[tuple[Person, str | None, int]]:
    """Every person named or referred to by kinship in sentence `s`: (person, status, start).
    The status is "k" (killed), "h" (hurt, survived) or None (nothing says)."""
    if "(" in s:
        s = _ID_NUMBER.sub(lambda m: " " * len(m.group(0)), s)  # "aged 13 (429488653)": an ID, not an age
    pairs = [(m.end(), m.group(1).lower(), m.group(2).lower()) for m in _PAIR.finditer(s)]
    if pairs:  # "husband and wife A and B": A is the husband, B the wife (blanked, offsets kept)
        s = _PAIR.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), s)
    out: list[tuple[Person, str | None, int]] = []
    group: str | None = None
    group_left = 0
    pending = False  # the last person is an unnamed "his wife" that the next item may name
    owned = False
    g_status: str | None = None
    g_at = 0
    g_ages = False  # the items after "her two sons" may be their ages ("aged 4 and 9")
    fighter = False
    appos = False
    young_group: str | None = None  # the numbered group of a young parent's children ("her two sons")
    last_poss: str | None = None  # "his" in "his daughter Ola": the owner of the last person's kinship word

    def flush() -> None:
        # "a mother and her three children": the children of a numbered group nobody names
        nonlocal group_left
        if group is not None and group.startswith("n:") and group[2:] in _GROUP_KIDS and 0 < group_left < 30:
            gk = group[2:]
            sex = "f" if gk in KIN_FEMALE | {"girls"} else ("m" if gk in KIN_MALE | {"boys"} else None)
            out.extend((Person(None, None, None, sex, group), g_status, g_at) for _ in range(group_left))
        group_left = 0

    for a, b in split_items(s, 0, len(s)):
        raw = s[a:b]
        text = raw.strip()
        if not text:
            continue
        if not _MAYBE.search(text) and not KIN_RE.search(text):
            pending = g_ages = appos = False
            fighter = _FIGHTER.search(text) is not None
            flush()
            continue  # no name, number, age or kinship word: not a person, and the list is over
        aged = _AGE_KIN.match(text)
        if aged and out and out[-1][0].name is not None and out[-1][0].age is None:
            prev = out[-1][0]  # "Kholoud Nasser, 21 (daughter of Mahmoud)": her age and kinship
            prev.age = int(aged.group(1))
            k = KIN_RE.search(aged.group(2))
            if k is not None and prev.kin is None:
                prev.kin = k.group(0).lower()
                prev.sex = prev.sex or ("f" if prev.kin in KIN_FEMALE else "m" if prev.kin in KIN_MALE else None)
            continue
        lead = _PRONOUN_LEAD.match(text)
        off = a + (len(raw) - len(raw.lstrip()))
        kin_of = _KIN_OF.match(text)
        if kin_of and out and out[-1][0].name is not None and not pending:
            prev = out[-1][0]  # "Aisha Al-Louh, who was the wife of Hajj Abu Hamdi": Aisha is a wife
            k = kin_of.group(1).lower()
            prev.kin = prev.kin or k
            prev.sex = prev.sex or ("f" if k in KIN_FEMALE else "m" if k in KIN_MALE else None)
            continue
        kin_of = kin_of or _KIN_OF_ANY.search(text)
        if kin_of:
            # "(a woman identified as) the wife of Yasser Dawas": an unnamed wife; the name after "of" is her husband's
            text = text[:kin_of.end()]
            raw = raw[:len(raw) - len(raw.lstrip()) + len(text)]
            b = a + len(raw)
        if _ALIAS.match(text):
            continue  # "(also) known as Abu Hassan": the person before, again
        if _SURNAME_PART.match(text) and out and out[-1][0].name is not None and not KIN_RE.search(text):
            if out[-1][0].age is None:
                out[-1][0].age = age_of(text)
            continue  # "Ahmed Khaled Abu al-Ela, al-Raqab (26)": the rest of the name before
        if _POSSESSIVE.search(text) and not KIN_RE.search(re.split(r"['’]s?\s", text)[-1]):
            pending = False
            flush()
            continue  # "Nazir's work", "the family's home": no person
        name, kin, age, sex, pos, pend, adult = parse_item(text)
        p_at = off + pos
        if _FIGHTER.search(text):
            pending = False
            fighter = name is None  # "a commander, Ahmad Darwish (35)": the name is his
            flush()
            continue  # "three female fighters", "an SDF commander": not civilians
        if fighter and name is not None and kin is None:
            fighter = False
            continue
        fighter = False
        if kin is None and name is None and KIN_RE.search(text):
            pending = False
            continue  # "my cousin", "its son", "his son's passing", "a post by his uncle": not a victim listed
        if quoted(s, p_at):
            pending = False
            continue  # people in a quotation: a tribute, a testimony
        if name is not None and kin is None and age is None and group_left <= 0 \
                and not re.match(r"\(?\s*(?-i:[A-Z])", text[len(lead.group(0)) if lead else 0:]) \
                and not _NAME_INTRO.search(text, 0, pos):
            pending = False
            continue  # a name inside a phrase ("in central Gaza"), not an item of a list
        poss = _POSS_LEAD.match(text)
        young = None
        if kin is not None and out and out[-1][0].name is not None and poss and poss.group(1).lower() in ("his", "her") \
                and not (last_poss and last_poss.lower() == poss.group(1).lower()) \
                and out[-1][0].sex != ("m" if poss.group(1).lower() == "her" else "f"):
            # "Leila Mansour and her three children": Leila is a woman, their mother (an adult);
            # not in "his daughter Ola and his sons" (Ola's brothers) nor "his daughter Ola and her son" read as his
            if out[-1][0].sex is None and (kin in _PARENT_OF or not _OWNER_BEFORE.search(s, 0, a)):
                # (not "Hanan's father, Ahmed, and her mother": "her" may be Hanan's)
                out[-1][0].sex = "f" if poss.group(1).lower() == "her" else "m"
            if kin in _PARENT_OF and out[-1][0].age is None:
                out[-1][0].adult = True
            if kin in _OFFSPRING_OF and out[-1][0].age is not None and out[-1][0].age < _YOUNG_PARENT:
                young = kin  # "23-year-old Walaa and her son, Abd": a young mother's son is a child
        if kin == "couple" and name is None:
            st = status_of(s, p_at, b, off + pend)
            out.extend([(Person(None, "wife", age, "f"), st, p_at), (Person(None, "husband", age, "m"), st, p_at)])
            pending = False
            continue  # "an elderly couple": a woman and a man
        grouped = kin in PLURAL
        if kin in PLURAL:
            flush()
            young_group = None
            num = group_number(kin).search(text)
            group = kin
            group_left = (word_value(num.group(1)) or 0) if num else 99
            if num and _UNSURE.search(text, 0, num.start()):
                group_left = word_value(num.group(1)) or 0  # "as many as four children": a bound, not a list
            elif num:
                group = "n:" + kin
                young_group = group if young else None
                g_status, g_at, g_ages = status_of(s, p_at, b, off + pend), p_at, True
            if name is None or _OWNS_GROUP.search(text, pos):
                pending = False
                continue  # "their four children: ..." introduces the names that follow; "Khalil lost his four children" is their father
            kin = None
        if name is None and kin is None and g_ages and group_left > 0 and age is not None and _AGE_ONLY.match(text):
            gk = group[2:] if group else ""
            sex = "f" if gk in KIN_FEMALE | {"girls"} else ("m" if gk in KIN_MALE | {"boys"} else None)
            out.append((Person(None, None, age, sex, group), g_status, g_at))
            group_left -= 1
            continue  # "her two sons, aged 4 and 9"
        g_ages = False
        if name is None and kin is None:
            if age is not None and out and out[-1][0].age is None and _AGE_ONLY.match(text):
                out[-1][0].age = age  # "Ahmed Shamlakh, 25,": the age of the person before
            elif not _AGE_ONLY.match(text):
                flush()  # the list is over: "four children, and others injured in ..."
            pending = False
            continue
        if appos and name is None and kin is not None and kin not in PLURAL and text.lower() == kin:
            continue  # "Amani, the mother and wife": still Amani
        appos = False
        if name is None and kin is not None and kin not in PLURAL and out and out[-1][0].name is not None \
                and out[-1][0].kin is None and _APPOSITIVE_KIN.match(text):
            prev = out[-1][0]
            prev.kin, prev.sex = kin, prev.sex or sex
            prev.age = prev.age if prev.age is not None else age
            pending, appos = False, True
            continue  # "Nadia Al-Zinati, the grandmother": the person before, described
        if kin is None and pending and not grouped and out and out[-1][0].name is None and (not owned or _AGE_FIRST.match(text) or (
                out[-1][0].sex == "f" and sex == "f")):  # "Bayan's wife, Bushra": her name
            prev = out[-1][0]
            prev.name = name  # "his wife, Warda Jibril"
            prev.age = prev.age if prev.age is not None else age
            prev.sex = prev.sex or sex
            if out[-1][1] is None:  # "his mother, Khadija Ahmed, to be among the dead": the verb after her name
                out[-1] = (prev, status_of(s, p_at, b, _past_bracket(s, off, off + pend)), out[-1][2])
            pending = False
            continue
        pending = name is None
        owned = _OWNER_NAME.search(text) is not None  # "Jasser's wife, Abdulnaser" is someone else
        end = b
        kin_end = max((k.end() for k in KIN_RE.finditer(text)), default=-1)
        if kin_end >= 0 and SPEAKS.match(text, kin_end):
            pending = False
            continue  # "his mother said": a relative who speaks
        if SPEAKS.match(s, end) or SPEAKS.match(s, off + len(text)) or \
                (OWNER_PREP.search(s, max(0, p_at - 30), p_at) and not DEATH_OF.search(s, max(0, p_at - 30), p_at)):
            pending = False
            continue  # "a post by his cousin Ahmad", "Ahmad said": not a victim
        grp = None
        if (kin is None or kin in _OFFSPRING) and group is not None and group_left > 0:
            grp = group
            group_left -= 1
            gk = group[2:] if group.startswith("n:") else group
            if sex is None and gk in KIN_FEMALE | {"girls"}:
                sex = "f"
            elif sex is None and gk in KIN_MALE | {"boys"}:
                sex = "m"
        out.append((Person(name, kin, age, sex, grp, adult, minor=(young is not None or (grp is not None and grp == young_group)) and age is None),
                    status_of(s, p_at, b, _past_bracket(s, off, off + pend)), p_at))
        last_poss = poss.group(1) if poss and kin is not None else None
    flush()
    _grown_siblings(out)
    for at, k1, k2 in pairs:
        named = [p for p, _, p_at in out if p_at >= at and p.name is not None][:2]
        for p, k in zip(named, (k1, k2)):
            p.kin, p.sex = k, ("f" if k in KIN_FEMALE else "m")
    return out


def _past_bracket(s: str, a: int, pos: int) -> int:
    """`pos`, or past the bracket it is in: "Nili (wife of Sharif) were killed" is read after the bracket."""
    if s.count("(", a, pos) > s.count(")", a, pos):
        close = s.find(")", pos)
        if close >= 0:
            return close + 1
    return pos


def _grown_siblings(out: list) -> None:
    """"His five sons: A (38), B (27), C and D (25)": C's brothers are grown men, so C, whose age
    is not given, is not counted as a child (nor as a man or a woman)."""
    i = 0
    while i < len(out):
        g = out[i][0].group
        j = i + 1
        while j < len(out) and out[j][0].group == g:
            j += 1
        if g and g.startswith("n:") and g[2:] in _GROUP_KIDS \
                and any(p.age is not None and p.age >= 18 for p, _, _ in out[i:j]):
            for p, _, _ in out[i:j]:
                if p.age is None:
                    p.group = "siblings"
        i = j
