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

The work is split by responsibility: `victims_status` decides who a killing governs,
`victims_items` reads one item of a list, `victims_people` finds the people of a sentence; this
module counts them across an incident's sentences and fills the claim's figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .breakdowns import kind_figures
from .kinship import KIN_RE, Person
from .victims_people import sentence_people
from .victims_status import ANY_KILL

__all__ = ["Victims", "Person", "listed_victims", "sentence_people", "incident_sentences", "apply_listed"]


@dataclass
class Victims:
    """Counts of a list: all people listed, children, women; `sentences` are the indices that list them."""

    people: int = 0
    children: int = 0
    women: int = 0
    sentences: list[int] = field(default_factory=list)
    most: int = 0  # the most victims named in one sentence


_INTRO = re.compile(r"\b(?:identified|named|listed)\s+(?:them\s+)?as\b|\bnames\s+of\b|\bvictims\s+(?:were|are|included|include|"
                    r"have\s+been)\b|\b(?:killed|dead)\s+(?:were|are|included|include)\b|:\s*$", re.I)
# a sentence that goes on with the list before it: "As well as 23-year-old Walaa and her son.", or no verb at all
# ("Umm Hassan, her daughter Reem and her son Samir (25).")
_CONTINUED = re.compile(r"(?:\s*(?:as\s+well\s+as|also|plus|and)\b|(?![^.;]*\b(?:(?-i:[a-z]+ed)|was|were|is|are|be|been|had|has|have|"
                        r"did|does|do|said|says|told|wrote|posted|died|survived|lost|left|sent|went|came|took|became|"
                        r"remains?|lives?|works?|worked|seen|shown|shows?|made|make|gave|given|known)\b))", re.I)
_AGE_HINT = re.compile(r"\b\d{1,2}\s*(?:\)|,|[- ](?:years?|yrs?|months?|weeks?|days?)\b)|\baged?\s+\d|"
                       r"\b(?:years?|months?|weeks?)[- ]old\b", re.I)


def _same_person(a: Person, b: Person) -> bool:
    """True when two named mentions may be one person: the same first name ("Ahmad Salem" and "Ahmad"),
    no different ages, no different kinds (a wife and a 17-year-old girl called Ibtisam are two people)."""
    if (a.name or "").split(" ")[0] != (b.name or "").split(" ")[0]:
        return False
    if a.age is not None and b.age is not None and a.age != b.age:
        return False
    ca, cb = a.category, b.category
    return ca is None or cb is None or ca == cb


# "Raafat's wife", "Ghaida's son Kenan", "Izza's three children": the owner of a spouse or a child is an adult
_PARENT = re.compile(r"\b((?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)['’]s?\s+(?:(?:\w+|\d+)\s+){0,2}?(?:wife|husband|son|daughter|sons|daughters|children|"
                     r"child|baby|infant|kids|grandson|granddaughter|grandchildren)\b")


def _parents(named: dict[str, Person], texts: list[tuple[int, str]]) -> None:
    """Mark as adults the people of the list that the text gives a spouse or a child (in any sentence)."""
    owners = {m.group(1).split()[0].lower() for _, s in texts for m in _PARENT.finditer(s)}
    firsts = [(p.name or "").split(" ")[0] for p in named.values()]
    for p in named.values():
        first = (p.name or "").split(" ")[0]
        if p.age is None and not p.minor and first in owners and firsts.count(first) == 1:
            p.adult = True  # (a first name borne by two people of the list says nothing)


def listed_victims(texts: list[tuple[int, str]]) -> Victims:
    """Counts of the victims listed in an incident's sentences (`(index, text)` pairs)."""
    named: dict[str, Person] = {}
    per_sentence: list[tuple[set[str], dict[str, int], dict[str, list]]] = []  # names, unnamed people by kind, their ages
    used: list[int] = []
    most = 0
    depth = 0  # quotations open across sentences
    for idx, s in texts:
        more = bool(used) and idx == used[-1] + 1 and _CONTINUED.match(s) is not None \
            and depth <= 0 and s.count("”") <= s.count("“")  # not inside a quotation (a tribute)
        depth = max(0, depth + s.count("“") - s.count("”"))
        if not (ANY_KILL.search(s) or more) or not (_AGE_HINT.search(s) or _INTRO.search(s) or KIN_RE.search(s)
                                                    or "Umm " in s):
            continue  # no killing, or nobody described: no list (and no time spent on it)
        people = [p for p, st, _ in sentence_people(s) if st == "k" or (more and st is None)]
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
        ages: dict[str, list] = {}  # the ages of the unnamed, by kind
        for p in people:
            if p.name is None:
                unnamed[p.category or "other"] = unnamed.get(p.category or "other", 0) + 1
                ages.setdefault(p.category or "other", []).append(p.age)
                continue
            same = next((k for k, q in named.items() if _same_person(q, p)), None)
            if same is not None:
                prev = named[same]
                for attr in ("kin", "age", "sex", "group"):
                    if getattr(prev, attr) is None:
                        setattr(prev, attr, getattr(p, attr))
                prev.adult = prev.adult or p.adult
                keys.add(same)
                continue
            key = f"{p.name}#{len(named)}"
            named[key] = p
            keys.add(key)
        per_sentence.append((keys, unnamed, ages))
    _parents(named, texts)
    cats = {k: (p.category or "other") for k, p in named.items()}
    extra: dict[str, int] = {}
    extra_people = 0
    for keys, unnamed, ages in per_sentence:
        # an unnamed "his wife" may be a woman named in another sentence: count only the excess
        # ("a 32-year-old woman" is none of the women named with other ages)
        elsewhere: dict[str, int] = {}
        for k, c in cats.items():
            a = ages.get(c)
            if k not in keys and (not a or None in a or named[k].age is None or named[k].age in a):
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


def apply_listed(figures: dict, own: list, infos: list, context: list | None = None) -> list[tuple[int, int]]:
    """Fill the claim's figures from the victims it lists: children and women when the text gives
    no figure of them (or only "a woman"), all civilians when it gives no total (or only "X was
    killed"). Children and women come from the breakdowns first (`breakdowns.kind_figures`: people
    mentioned one by one are not a count). Returns the spans of the sentences whose lists were used
    (for the evidence)."""
    kinds = kind_figures(own)
    for field, kf in kinds.items():
        figures[field] = kf.as_dict()
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
        if cur["min"] is None and cur["max"] is None or (
                (kinds[field].mentions_only or kinds[field].vague) and n > (cur["min"] or 0)):
            figures[field] = {"min": n, "max": n}
            used = True
        elif cur["min"] is None and cur["max"] is not None and n <= cur["max"]:
            figures[field] = {"min": n, "max": cur["max"]}  # "up to six children", four of them named: a floor
            used = True
    if not used:
        return []
    return [(i.sent.start, i.sent.end) for i in sents if i.sent.index in v.sentences]

