"""Victims listed one by one: names, ages and kinship words counted as children, women and people.

Reports often name the dead instead of counting them: "Ahmad (7), his sister Lina, 12, and their
mother Huda were killed". `listed_victims(sentences)` reads such lists in the sentences of one
incident and counts the people in them:

- a person is a name or a kinship word (wife, mother, son, daughter, boy, girl, infant ...) with
  what the text says of them: an age ("aged 4", "(7)", "7-year-old", ", 12,", "18 months old"),
  a sex ("female", "his daughter"), or the group that introduces them ("their four children: ...");
- children are under 18 (or a child's word without an age: child, boy, girl, infant, baby);
  women are adult females (an age of 18 or more, or a wife, mother, grandmother, aunt, woman);
- only people governed by a killing count: "killing X and Y", "X and Y were killed", "identified
  as X", "the victims were X"; the injured, the survivors ("survived by his wife"), the rescued,
  relatives who speak ("his uncle said", "a post by his cousin") are not victims;
- one person named twice (once in full, once by first name) counts once; an unnamed "his wife"
  counts once however often the text mentions her.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .kinship import (
    KIN_FEMALE,
    KIN_MALE,
    KIN_RE,
    KIN_WORDS,
    NUMW,
    PLURAL,
    Person,
    age_of,
    group_number,
    split_items,
)
from .numbers import word_value
from .victims_items import parse_item
from .victims_status import ANY_KILL, DEATH_OF, OWNER_PREP, SPEAKS, quoted, status_of

__all__ = ["Victims", "Person", "listed_victims", "sentence_people", "incident_sentences", "apply_listed"]


_POSSESSIVE = re.compile(r"['’]s?\s+(?!(?:wife|husband|son|daughter|mother|father|sister|brother|child|children|"
                         r"grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|baby|infant)\b)\w",
                         re.I)
_PRONOUN_LEAD = re.compile(r"^(?:(?:his|her|their|the|a|an|its|also|including|both|all|one|and|namely|"
                           r"such\s+as|two\s+of\s+(?:his|her|their))\s+)+", re.I)
_INTRO = re.compile(r"\b(?:identified|named|listed)\s+(?:them\s+)?as\b|\bnames\s+of\b|\bvictims\s+(?:were|are|included|include|"
                    r"have\s+been)\b|\b(?:killed|dead)\s+(?:were|are|included|include)\b|:\s*$", re.I)


@dataclass
class Victims:
    """Counts of a list: all people listed, children, women; `sentences` are the indices that list them."""

    people: int = 0
    children: int = 0
    women: int = 0
    sentences: list[int] = field(default_factory=list)
    most: int = 0  # the most victims named in one sentence


_MAYBE = re.compile(r"[A-Z0-9]|\b(?:[Yy]ears?|[Mm]onths?|[Ww]eeks?|[Dd]ays?|[Aa]ged?)\b")


_FIGHTER = re.compile(r"\b(?:fighters?|soldiers?|militants?|militiam[ae]n|commanders?|troops|gunm[ae]n|insurgents?|"
                      r"combatants?|operatives?|jihadists?|rebels?|guards?|officers?|policem[ae]n|servicem[ae]n)\b", re.I)
_AGE_HINT = re.compile(r"\b\d{1,2}\s*(?:\)|,|[- ](?:years?|yrs?|months?|weeks?|days?)\b)|\baged?\s+\d|"
                       r"\b(?:years?|months?|weeks?)[- ]old\b", re.I)


_SURNAME_PART = re.compile(r"(?:al|el|ad|as|an|ash|at|az)-[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:\(\s*\d{1,2}\s*\))?\s*\.?$")
_APPOSITIVE_KIN = re.compile(rf"(?:the|(?:a|an)\s+(?=(?:{NUMW})[- ](?:years?|months?)))\b", re.I)
_OWNER_NAME = re.compile(r"[A-Z][\w-]*['’]s?\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(KIN_WORDS, key=len, reverse=True)) + r")\b")
_AGE_FIRST = re.compile(rf"(?:{NUMW}|a|one)[- ](?:years?|months?)[- ]old\b", re.I)
_ALIAS = re.compile(r"^(?:also\s+)?(?:known\s+as|nicknamed|called|aka|a\.k\.a\.)\b", re.I)


_UNSURE = re.compile(r"\b(?:up\s+to|as\s+many\s+as|nearly|almost|about|around|at\s+least|more\s+than|over|some|"
                     r"approximately|an\s+estimated|possibly|perhaps)\s+$", re.I)
_GROUP_KIDS = {"children", "sons", "daughters", "grandchildren", "boys", "girls", "kids", "infants", "babies",
               "twins", "grandsons", "granddaughters", "toddlers"}
_OFFSPRING = {"son", "daughter", "boy", "girl"}
_PARENT_OF = {"children", "sons", "daughters", "son", "daughter", "husband", "wife", "grandchildren", "grandson",
              "granddaughter", "child", "baby", "infant", "kids"}
_NAME_INTRO = re.compile(r"(?:killing|killed|kills|as|were|was|including|include|included|victims?|dead|named|"
                         r"martyr|martyred|of)\s*:?\s*$", re.I)


def sentence_people(s: str) -> list[tuple[Person, str | None, int]]:
    """Every person named or referred to by kinship in sentence `s`: (person, status, start).
    The status is "k" (killed), "h" (hurt, survived) or None (nothing says)."""
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
        lead = _PRONOUN_LEAD.match(text)
        off = a + (len(raw) - len(raw.lstrip()))
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
        if kin is not None and out and out[-1][0].name is not None and out[-1][0].sex is None \
                and re.match(r"(?:and\s+)?(?:his|her)\s", text, re.I):
            # "Leila Mansour and her three children": Leila is a woman, their mother
            out[-1][0].sex = "f" if text.lower().lstrip("and ").startswith("her") else "m"
            if kin in _PARENT_OF and out[-1][0].age is None:
                out[-1][0].adult = True
        if kin == "couple" and name is None:
            st = status_of(s, p_at, b, off + pend)
            out.extend([(Person(None, "wife", age, "f"), st, p_at), (Person(None, "husband", age, "m"), st, p_at)])
            pending = False
            continue  # "an elderly couple": a woman and a man
        if kin in PLURAL:
            flush()
            num = group_number(kin).search(text)
            group = kin
            group_left = (word_value(num.group(1)) or 0) if num else 99
            if num and _UNSURE.search(text, 0, num.start()):
                group_left = word_value(num.group(1)) or 0  # "as many as four children": a bound, not a list
            elif num:
                group = "n:" + kin
                g_status, g_at, g_ages = status_of(s, p_at, b, off + pend), p_at, True
            if name is None:
                pending = False
                continue  # "their four children: ..." introduces the names that follow
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
        if kin is None and pending and out and out[-1][0].name is None and (not owned or _AGE_FIRST.match(text)):
            prev = out[-1][0]
            prev.name = name  # "his wife, Warda Jibril"
            prev.age = prev.age if prev.age is not None else age
            prev.sex = prev.sex or sex
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
        out.append((Person(name, kin, age, sex, grp, adult), status_of(s, p_at, b, off + pend), p_at))
    flush()
    return out


_AGE_ONLY = re.compile(rf"^(?:(?:aged\s+)?\(?\s*(?:{NUMW})\s*\)?|(?:aged\s+)?(?:{NUMW}|a|one|less\s+than\s+a)[- ](?:years?|yrs?|months?|weeks?|days?)"
                       rf"(?:[- ]old)?|(?:was\s+)?(?:just\s+|only\s+)?(?:{NUMW})\s+years?\s+old)\s*\.?$", re.I)


def _same_person(a: Person, b: Person) -> bool:
    """True when two named mentions may be one person: the same first name ("Ahmad Salem" and "Ahmad"),
    no different ages, no different kinds (a wife and a 17-year-old girl called Ibtisam are two people)."""
    if (a.name or "").split(" ")[0] != (b.name or "").split(" ")[0]:
        return False
    if a.age is not None and b.age is not None and a.age != b.age:
        return False
    ca, cb = a.category, b.category
    return ca is None or cb is None or ca == cb


def listed_victims(texts: list[tuple[int, str]]) -> Victims:
    """Counts of the victims listed in an incident's sentences (`(index, text)` pairs)."""
    named: dict[str, Person] = {}
    per_sentence: list[tuple[set[str], dict[str, int]]] = []  # names mentioned, unnamed people by kind
    used: list[int] = []
    most = 0
    for idx, s in texts:
        if not ANY_KILL.search(s) or not (_AGE_HINT.search(s) or _INTRO.search(s) or KIN_RE.search(s)
                                          or "Umm " in s):
            continue  # no killing, or nobody described: no list (and no time spent on it)
        people = [p for p, st, _ in sentence_people(s) if st == "k"]
        if not people:
            continue
        intro = bool(_INTRO.search(s))
        marked = [p for p in people if p.kin or p.age is not None or p.sex or p.group]
        if not marked and not intro:
            continue  # names alone are people only in an announced list ("identified as ...")
        used.append(idx)
        most = max(most, sum(1 for p in people if p.name is not None) or len(people))
        keys: set[str] = set()
        unnamed: dict[str, int] = {}
        for p in people:
            if p.name is None:
                unnamed[p.category or "other"] = unnamed.get(p.category or "other", 0) + 1
                continue
            same = next((k for k, q in named.items() if _same_person(q, p)), None)
            if same is not None:
                prev = named[same]
                for attr in ("kin", "age", "sex", "group"):
                    if getattr(prev, attr) is None:
                        setattr(prev, attr, getattr(p, attr))
                keys.add(same)
                continue
            key = f"{p.name}#{len(named)}"
            named[key] = p
            keys.add(key)
        per_sentence.append((keys, unnamed))
    cats = {k: (p.category or "other") for k, p in named.items()}
    extra: dict[str, int] = {}
    extra_people = 0
    for keys, unnamed in per_sentence:
        # an unnamed "his wife" may be a woman named in another sentence: count only the excess
        elsewhere: dict[str, int] = {}
        for k, c in cats.items():
            if k not in keys:
                elsewhere[c] = elsewhere.get(c, 0) + 1
        for c, n in unnamed.items():
            extra[c] = max(extra.get(c, 0), n - elsewhere.get(c, 0))
        extra_people = max(extra_people, sum(unnamed.values()) - sum(elsewhere.values()))
    named_cat = {c: sum(1 for x in cats.values() if x == c) for c in ("child", "woman")}
    children = named_cat["child"] + max(0, extra.get("child", 0))
    women = named_cat["woman"] + max(0, extra.get("woman", 0))
    return Victims(len(named) + max(0, extra_people), children, women, used, most)


_REACH = 30  # lists follow the lead: how many sentences after it are read


def incident_sentences(own: list, infos: list) -> list:
    """The sentences that may list an incident's victims: from its lead on, skipping background and
    tallies, up to the next sentence with a figure that is not the incident's (another strike)."""
    if not own:
        return []
    mine = {id(i) for i in own}
    out = []
    last = max(i.sent.index for i in own)
    for info in infos[own[0].sent.index:max(last + 1, own[0].sent.index + _REACH)]:
        if id(info) in mine:
            out.append(info)
            continue
        if info.tally or info.background:
            continue
        if info.figs or info.singular:
            break
        out.append(info)
    return out


_SINGULAR_FIG = re.compile(r"(?:a|an|his|her|their)\s", re.I)


def _only_singular(own: list, field: str) -> bool:
    """True when the claim's figure of children (women) comes only from "a girl", "his wife": one
    person mentioned, not a count ("at least one child")."""
    cat = "child" if field == "children_killed" else "woman"
    figs = [(i.sent.text, f) for i in own for f in i.figs if f.cat == cat and f.rel == "killed"]
    return bool(figs) and all(_SINGULAR_FIG.match(t, f.start) for t, f in figs)


def apply_listed(figures: dict, own: list, infos: list, context: list | None = None) -> list[tuple[int, int]]:
    """Fill the claim's figures from the victims it lists: children and women when the text gives
    no figure of them (or only "a woman"), all civilians when it gives no total (or only "X was
    killed"). Returns the spans of the sentences whose lists were used (for the evidence)."""
    sents = [i for i in context or [] if not i.background and not i.tally] + incident_sentences(own, infos)
    v = listed_victims([(i.sent.index, i.sent.text) for i in sents])
    if not v.sentences:
        return []
    used = False
    ck = figures["civilians_killed"]
    if v.people > 1 and v.most > 1 and (ck["min"] is None and ck["max"] is None or ck["min"] == ck["max"] == 1):
        figures["civilians_killed"] = {"min": v.people, "max": v.people}
        used = True
    elif v.people > 1 and v.most > 1 and ck["min"] is None and ck["max"] is not None and v.people <= ck["max"]:
        ck["min"] = v.people  # "up to nine people", six of them named: the named are a floor
        used = True
    ck = figures["civilians_killed"]
    cap = ck["max"] if ck["max"] is not None else ck["min"]
    for field, n in (("children_killed", v.children), ("women_killed", v.women)):
        cur = figures[field]
        if n < 1 or (cap is not None and n > cap):
            continue
        if cur["min"] is None and cur["max"] is None or (cur["min"] == 1 and n > 1 and _only_singular(own, field)):
            figures[field] = {"min": n, "max": n}
            used = True
        elif cur["min"] is None and cur["max"] is not None and n <= cur["max"]:
            figures[field] = {"min": n, "max": cur["max"]}  # "up to six children", four of them named: a floor
            used = True
    if not used:
        return []
    return [(i.sent.start, i.sent.end) for i in sents if i.sent.index in v.sentences]
