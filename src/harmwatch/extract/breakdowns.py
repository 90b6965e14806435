"""Children and women killed in one incident, from the breakdowns its sentences give.

A breakdown counts the dead of a kind: "including 11 children (five boys and six girls) and five
women", "two women and eleven children", "a pregnant woman". `kind_figures(own)` reads the
figures of an incident's sentences (see `figures`) and gives the claim's `children_killed` and
`women_killed`:

- figures of one reading add up ("two women and a girl" → 2 women, 1 child); several readings
  give a range, its min from the lead sentence's reading (else the first reading);
- a person mentioned one by one ("killed alongside his wife", "a woman named X") is a mention,
  not a count: it sets a figure only when no sentence counts that kind (the list of the victims,
  `victims.listed_victims`, counts such people);
- "women and children" together ("19 of them women and children", "a number of women and
  children") counts neither kind;
- daughters and sisters without an age are not women (a daughter may be a child);
- a breakdown of a breakdown is not added ("five children, one of whom was an infant"), nor an
  unborn child ("a woman pregnant with a baby girl").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import quantities

__all__ = ["KindFigure", "kind_figures"]

_POSSESSED = re.compile(r"(?:his|her|their|its)\s", re.I)
_ONE = re.compile(r"(?:a|an)\s", re.I)
# the noun after a figure: "19 [of them] women and children", "three [young] daughters"
_NOUN = re.compile(r"(?:\s+(?:of\s+(?:them|whom|his|her|their|its|the)|at\s+least|young|little|small|elderly|adult|teenage|older|younger|"
                   r"civilian|innocent|palestinian|more|other|[a-z]+-year-old|\d+-year-old))*\s+([a-z]+)", re.I)
_MIXED = re.compile(r"\s*(?:and|or|&)\s+(?:(?:young|little|small|their|her|his)\s+)?(?:children|kids|minors|women|babies|infants)\b",
                    re.I)
_VAGUE = re.compile(r"(?:at\s+least\s+)?(?:several|many|numerous|some|a\s+number\s+of|a\s+few)", re.I)
_UNBORN = re.compile(r"\b(?:pregnant\s+with|unborn|expecting)\s+(?:(?:her|a|an|their)\s+)?$", re.I)
_WITHIN = re.compile(r"\b(?:among\s+(?:them|whom)|of\s+whom|including)\b", re.I)
_WITH_KIN = re.compile(r"\s*,?\s+(?:with|alongside|along\s+with|together\s+with|and\s+(?:her|his|their))\b", re.I)
_APPOSED = re.compile(r"(?:\s+[a-z][\w-]*){1,2}\s*[,:–—]\s*", re.I)
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|them)\s+(?:were|are|was|being)\s+(?:(?:young|small|little|also)\s+)?"
                      r"(children|minors|boys|girls|infants|women)\b", re.I)
# "Of the 20 people identified as killed, at least five were women and seven were children"
_WERE_KIND = re.compile(r"\s+(?:were|are)\s+(?:(?:young|small|little|also|adult)\s+)?(children|minors|boys|girls|infants|women)\b", re.I)
_OF_THE_DEAD = re.compile(r"\b(?:of|among)\s+(?:the|those|these)\b[^.;]{0,80}?\b(?:killed|dead|victims|martyrs|fatalities|"
                          r"deceased)\b[^.;]{0,100}?,\s*", re.I)
_HURT = re.compile(r"\b(?:injur|wound|hurt|surviv|rescued)", re.I)
_KIND_NOUN = {"children": "child", "minors": "child", "boys": "child", "girls": "child", "infants": "child",
              "women": "woman"}
_AND = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s*,?\s+and\s+", re.I)
_LIST_SEP = re.compile(r"[^;:.()\d]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)")
_KIN_UNAGED = {"daughter", "daughters", "sister", "sisters"}


@dataclass
class KindFigure:
    """A kind's figure for the claim: min, max, and whether only mentions of single people gave it."""

    min: int | None = None
    max: int | None = None
    mentions_only: bool = False
    vague: bool = False  # every reading is vague ("several children"): a floor a list may raise

    def as_dict(self) -> dict:
        return {"min": self.min, "max": self.max}


def _noun(s: str, end: int) -> tuple[str, int]:
    """The noun a figure counts and where it ends ("", end when none)."""
    m = _NOUN.match(s, end)
    return (m.group(1).lower(), m.end()) if m else ("", end)


def _mention(s: str, f, figs: list) -> bool:
    """True when figure `f` is one person mentioned, not counted: "his wife", "a woman named X",
    "a mother with her children" (at least one: the list of the victims says how many); "a woman"
    coordinated with a count of its breakdown ("a woman and four children") is a count."""
    if _POSSESSED.match(s, f.start):
        return True
    if not _ONE.match(s, f.start):
        return False
    if _WITH_KIN.match(s, f.end):
        return True  # "a mother with her four children": one of a family, not a count
    for g in figs:
        if g is f or g.group != f.group or g.rel != f.rel or _ONE.match(s, g.start) or _POSSESSED.match(s, g.start):
            continue
        a, b = (g.end, f.start) if g.end <= f.start else (f.end, g.start)
        if _AND.fullmatch(s, a, b):
            return False
    return True


def _counts(s: str, f, cat: str) -> bool:
    """True when figure `f` of sentence `s` counts people of kind `cat` (not "women and children")."""
    noun, nend = _noun(s, f.end)
    if noun in ("women", "woman", "children", "child", "kids", "minors") and _MIXED.match(s, nend):
        return False  # "19 of them women and children": neither kind
    if cat == "woman" and noun in _KIN_UNAGED:
        return False  # "her two daughters": children or women, the text does not say
    return True


def _drop_apposition(s: str, figs: list) -> None:
    """Drop from `figs` a breakdown in apposition to the figure before it ("three toddlers, two boys
    and a girl"): a run after a comma whose figures add up to that figure."""
    i = 0
    while i < len(figs) - 1:
        f = figs[i]
        if f.min is not None and _APPOSED.fullmatch(s, f.end, figs[i + 1].start):
            total, j = 0, i + 1
            while j < len(figs) and figs[j].min is not None and total < f.min:
                if j > i + 1 and not _LIST_SEP.fullmatch(s, figs[j - 1].end, figs[j].start):
                    break
                total += figs[j].min
                j += 1
            if total == f.min:
                del figs[i + 1:j]
        i += 1


@dataclass(frozen=True)
class _Part:
    """A count of a kind stated as a predicate ("two of whom were children"), read like a figure."""

    start: int
    end: int
    min: int | None
    max: int | None


def _predicated(s: str, figs: list, cat: str) -> list[_Part]:
    """ "At least two of whom were children", "three of them were women": counts the figures of
    the sentence miss (their noun is after a verb)."""
    if "of " not in s.lower():
        return []
    out = []
    dead = _OF_THE_DEAD.search(s)
    for q in quantities(s):
        m = _OF_WHOM.match(s, q.end)
        if m is None and dead is not None and dead.end() <= q.start and not _HURT.search(s, dead.start(), q.start):
            m = _WERE_KIND.match(s, q.end)  # "of the 20 people killed, five were women and seven were children"
        if m and _KIND_NOUN.get(m.group(1).lower()) == cat \
                and not any(f.cat == cat and f.rel == "killed" and q.start <= f.start < m.end() for f in figs):
            out.append(_Part(q.start, q.end, q.min, q.max))
    return out


_SHARED = re.compile(r"\s+[a-z-]+\s+(?:and|&)\s+", re.I)


def _ceiling_shared(s: str, f, figs: list) -> bool:
    """True when figure `f` shares the ceiling of the figure it is coordinated with: in "up to three
    children and four women" the women are up to four too (no floor)."""
    if f.min is None or f.min != f.max:
        return False  # a qualifier of its own ("and at least four women")
    return any(g is not f and g.min is None and g.max is not None and g.end <= f.start and _SHARED.fullmatch(s, g.end, f.start)
               for g in figs)


def kind_figures(own: list) -> dict[str, KindFigure]:
    """`children_killed` and `women_killed` of an incident whose sentences are `own` (lead first)."""
    out: dict[str, KindFigure] = {}
    lead_idx = own[0].sent.index if own else -1
    for cat, field in (("child", "children_killed"), ("woman", "women_killed")):
        readings: list[tuple] = []  # lo, hi, mention only, in the lead, vague
        for info in own:
            s = info.sent.text
            groups: dict[int, list] = {}
            for f in info.figs:
                if f.rel != "killed" or f.cat != cat or not _counts(s, f, cat) or _UNBORN.search(s, max(0, f.start - 25), f.start):
                    continue  # another kind, "women and children", "pregnant with a baby girl"
                prev = groups.get(f.group)
                if prev and _WITHIN.search(s, prev[-1].end, f.start):
                    continue  # "five children, one of whom was an infant": the infant is one of the five
                groups.setdefault(f.group, []).append(f)
            for figs in groups.values():
                _drop_apposition(s, figs)
            for q in _predicated(s, info.figs, cat):
                groups.setdefault(-1 - q.start, []).append(q)  # "at least two of whom were children"
            for figs in groups.values():
                los = [f.min for f in figs if f.min is not None and not _ceiling_shared(s, f, info.figs)]
                lo = sum(los) if los else None
                hi = None if any(f.max is None for f in figs) else sum(f.max for f in figs)
                if lo is not None and hi is not None and hi < lo:
                    hi = lo
                mention = all(f.min == 1 and _mention(s, f, info.figs) for f in figs)
                vague = all(_VAGUE.fullmatch(s[f.start:f.end]) for f in figs)
                readings.append((lo, hi, mention, info.sent.index == lead_idx, vague))
        counted = [r for r in readings if not r[2]]
        use = counted or readings
        if not use:
            out[field] = KindFigure()
            continue
        lows = [r[0] for r in use if r[3] and r[0] is not None] or [r[0] for r in use if r[0] is not None][:1]
        his = [r[1] for r in use if r[1] is not None]
        lo = min(lows) if lows else None
        hi = max(his) if his else None
        if lo is not None and hi is not None and hi < lo:
            hi = lo
        out[field] = KindFigure(lo, hi, not counted, all(r[4] for r in use))
    return out
