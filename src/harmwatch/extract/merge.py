"""The figures of one claim: the readings of its sentences merged into min and max.

Coordinated figures of one reading add up ("seven children and three women" → 10); the lead
sentence's reading sets the minimum, the highest reading the maximum; an initial toll that a
later, higher one corrects is dropped; a ceiling with a breakdown takes the breakdown as its floor.
"""

from __future__ import annotations

import re

from .figures import Fig, singular_victim
from .segment import Info

__all__ = ["merge_figures", "FIELDS"]

_NEAR = 0  # how many sentences after the lead count as the lead's reading
FIELDS = ("civilians_killed", "civilians_injured", "children_killed", "women_killed", "combatants_killed")
_VAGUE_FIG = re.compile(r"(?:at\s+least\s+)?(?:a\s+number\s+of|several|many|numerous|some|a\s+handful\s+of|"
                        r"(?:dozens|scores|tens|hundreds)(?:\s+of)?)", re.I)
_OTHERS = re.compile(r"\s+(?:other|more|additional)\b", re.I)
_PARTIAL_AFTER = re.compile(r"\s+(?:other|more|additional|further)\b", re.I)
_EARLY = re.compile(r"\b(?:initially|at\s+first|first\s+reported|early\s+reports?|first\s+reports?|"
                    r"initial\s+(?:reports?|reporting|toll|figures?|count|sources?|estimates?|information)|"
                    r"preliminary|earlier\s+(?:reports?|reporting|tolls?|figures?)|"
                    r"at\s+the\s+time(?!\s+of\s+(?:writing|publication|publishing|this)))\b(?![^.;]{0,60}\blater\b)", re.I)
_LATER = re.compile(r";|\bbut\b|\blater\b|\bthen\b|\bsince\b|\bby\s+(?:the\s+)?(?:evening|morning|night|nightfall|afternoon|"
                    r"end|next)\b|\bhad\s+risen\b|\brose\b", re.I)


def _range(values: list[tuple[int | None, int | None]]) -> dict:
    los = [lo for lo, _ in values if lo is not None]
    his = [hi for _, hi in values if hi is not None]
    return {"min": min(los) if los else None, "max": max(his) if his else None}


def _sum(figs: list[Fig]) -> tuple[int | None, int | None]:
    lo = sum(f.min for f in figs if f.min is not None) if any(f.min is not None for f in figs) else None
    hi = None if any(f.max is None for f in figs) else sum(f.max for f in figs)
    if lo is not None and hi is not None and hi < lo:
        hi = lo
    return lo, hi


_OWNED = re.compile(r"\b(?:his|her|their|its|the|other|another)\s+(?:[\w'’-]+\s+)?$", re.I)


def _counted_kind(text: str, f: Fig) -> bool:
    """True when a figure of one kind is a count of its own ("five children were killed", "at least six
    men"), not one person ("his wife") or an item of a list of the named ("their five children: ...")."""
    word = text[f.start:f.end].split()[0].lower()
    if word in ("a", "an", "his", "her", "their", "its", "the") or f.cat not in ("child", "woman", "man"):
        return False
    return not _OWNED.search(text, max(0, f.start - 25), f.start) and not _PARTIAL_AFTER.match(text, f.end)


def _lead_floor(info: Info, cap: int) -> tuple[int, int, int] | None:
    """The floor the lead's breakdown sets under its ceiling: "up to 20, including at least 14 members" → 14,
    "up to ten, including five children and three women" → 8."""
    subs = [f for f in info.figs if f.subset and f.rel == "killed" and f.cat != "combatant" and f.min is not None
            and not _VAGUE_FIG.fullmatch(info.sent.text[f.start:f.end])]
    people = max((f for f in subs if f.cat == "person"), key=lambda f: f.min, default=None)
    kinds = [f for f in subs if f.cat != "person"]
    n_kinds = sum(f.min for f in kinds)
    if people is not None and people.min >= n_kinds:
        floor = (people.min, people.start, people.end)
    elif kinds:
        floor = (n_kinds, kinds[0].start, kinds[-1].end)
    else:
        return None
    return floor if floor[0] <= cap else None


def _low(figs: list[Fig]) -> int:
    """The lowest reading of all the dead in a group of figures (0 when it has none)."""
    return min((f.min for f in figs if f.cat == "person" and not f.subset and f.min is not None), default=0)


_POLICE = re.compile(r"[^.;,]{0,25}?\b(?:police|policem[ae]n|officers?|security|personnel)\b", re.I)


def _fighters_within(figs: list[Fig], totals: list[Fig], text: str) -> list[Fig]:
    """Fighters counted inside a total of the dead ("five people, including a soldier"): the contract's
    civilians are the others (4), the fighter a combatant (1). Police ("including three police officers")
    are not taken out: the contract names fighters, guards, soldiers and militants."""
    if not any(f.total and f.cat == "person" and f.min is not None for f in totals):
        return []
    return [f for f in figs if f.subset and f.cat == "combatant" and f.min is not None and f.min == f.max
            and not _POLICE.match(text, f.start)]


def _less(reading: tuple[int | None, int | None], fighters: list[Fig]) -> tuple[int | None, int | None]:
    n = sum(f.min for f in fighters)
    lo, hi = reading
    if not n or lo is None or lo <= n:
        return reading
    return lo - n, (hi - n if hi is not None else None)


_DIED_LATER = re.compile(r"\b(?P<n>one|two|three|four|five)\s+of\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:injured|wounded)\b"
                         r"[^.;]{0,80}?\b(?:later|subsequently|then)\s+(?:died|succumbed)\b", re.I)
_WORD_N = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _died_later(infos: list[Info]) -> int:
    """How many of the injured the sentences right after the lead say later died ("one of the wounded
    later died in hospital"), when the lead itself does not."""
    if not infos or _DIED_LATER.search(infos[0].sent.text):
        return 0
    lead = infos[0].sent.index
    for info in infos[1:]:
        if info.sent.index - lead > 2:
            break
        m = _DIED_LATER.search(info.sent.text)
        if m:
            return _WORD_N[m.group("n").lower()]
    return 0


def merge_figures(infos: list[Info], policy: str = "range") -> dict:
    """The claim's figures. Coordinated figures of one reading add up ("seven children and three
    women" → 10); when several readings count all the dead, min is the lowest and max the highest
    (contract); readings of one kind only ("two paramedics") count when nothing counts all."""
    groups: dict[tuple[int, int, str], list[Fig]] = {}
    vague = {info.sent.index for info in infos  # every figure of the dead in the sentence is vague
             if all(_VAGUE_FIG.fullmatch(info.sent.text[f.start:f.end]) for f in info.figs if f.rel == "killed")}
    lead_idx = infos[0].sent.index if infos else 0
    early: set[tuple[int, int, str]] = set()
    for info in infos:
        for f in info.figs:
            key = (info.sent.index, f.group, f.rel)
            groups.setdefault(key, []).append(f)
            window = _LATER.split(info.sent.text[max(0, f.start - 90):f.start])[-1]
            if _EARLY.search(window):
                early.add(key)
    later = [f.min if f.min is not None else f.max for k, v in groups.items() if k not in early and k[2] == "killed"
             for f in v if f.cat == "person" and f.total and not f.subset and (f.min, f.max) != (None, None)]
    if early and later:
        # "initially reported two dead ... the toll rose to eight": a source correcting itself (not an
        # initial toll higher than every later one)
        early = {k for k in early if any(lo > _low(groups[k]) for lo in later)}
        groups = {k: (v if k not in early or k[2] != "killed" else [f for f in v if f.cat not in ("person", "man")])
                  for k, v in groups.items()}
        groups = {k: v for k, v in groups.items() if v}
    alts: dict[str, list] = {"total": [], "kind": [], "injured": [], "comb": [], "child": [], "women": []}
    kind_cats: list[str | None] = []
    texts = {info.sent.index: info.sent.text for info in infos}
    specific: list[int | None] = []  # the lows of readings of all the dead that are not vague ("dozens")
    lead_kind: list[tuple[int | None, int | None]] = []
    lone = bool(infos) and (infos[0].singular and not infos[0].figs or not any(f.rel == "killed" for f in infos[0].figs)
                            and singular_victim(infos[0].sent.text))  # the lead: one person killed, no number
    near: dict[str, list] = {k: [] for k in alts}
    for (idx, _, rel), figs in groups.items():
        before = {k: len(v) for k, v in alts.items()}
        civ = [f for f in figs if f.cat != "combatant"]
        top = [f for f in civ if not f.subset]
        if rel == "injured":
            top = [f for f in top if f.total] or top or civ
            if top:
                alts["injured"].append(_sum(top))
            continue
        if idx == lead_idx and any(f.companion for f in top):
            # the lead names one person killed with others ("killing X alongside 11 members of his family"): all
            alts["total"].append(_sum(top))
            specific.append(alts["total"][-1][0])
        elif top and any(f.total and f.cat == "person" for f in top):
            chosen = [f for f in top if f.total]  # "a couple and their two daughters": added to the couple
            alts["total"].append(_less(_sum(chosen), _fighters_within(figs, chosen, texts[idx])))
            if not all(_VAGUE_FIG.fullmatch(texts[idx][f.start:f.end]) for f in chosen):
                specific.append(alts["total"][-1][0])
        elif lone and idx - lead_idx <= 2 and len(top) == 1 and top[0].cat == "person" \
                and _OTHERS.match(texts[idx], top[0].end):
            # "the journalist was killed ..." then "the strike killed 12 other members of his family": 13
            lo, hi = _sum(top)
            reading = (lo + 1 if lo is not None else None, hi + 1 if hi is not None else None)
            alts["total"].append(reading)
            lead_kind.append(reading)
        elif top and not any(f.subset for f in civ):
            alts["kind"].append(_sum(top))
            if idx == lead_idx and len(top) == 1 and _counted_kind(infos[0].sent.text, top[0]):
                lead_kind.append(_sum(top))
            cats = {f.cat for f in top}
            kind_cats.append(cats.pop() if len(cats) == 1 else None)
        comb = [f for f in figs if f.cat == "combatant" and not f.subset] or _fighters_within(figs, top, texts[idx])
        if comb:
            alts["comb"].append(_sum(comb))
        for cat, key in (("child", "child"), ("woman", "women")):
            sel = [f for f in figs if f.cat == cat]
            if any(not f.subset and (f.min or 0) > 1 for f in sel):
                sel = [f for f in sel if not f.subset]  # "three children, a boy named ...": the three, not six
            if sel:
                alts[key].append(_sum(sel))
        if idx - lead_idx <= _NEAR:
            # a vague lead ("a number of people were killed") gives way to the lowest figure given
            for k, v in alts.items():
                if not (idx in vague and k == "total"):
                    near[k].extend(v[before[k]:])
    out = {k: {"min": None, "max": None} for k in FIELDS}
    if not alts["total"] and not alts["kind"] and lone:
        alts["total"], near["total"] = [(1, 1)], [(1, 1)]  # "X was killed and three colleagues were wounded"
    if not alts["total"]:
        # readings of one kind only ("29 children" in the lead, "29 children" again later): those of the first kind
        same = [v for v, c in zip(alts["kind"], kind_cats) if c is not None and c == kind_cats[0]]
        alts["total"], near["total"] = same or alts["kind"][:1], near["kind"][:1]
    elif not near["total"] and lead_kind:
        # the lead counts the dead of one kind only ("five children were killed", "four brothers"): its reading
        alts["total"].extend(lead_kind)
        near["total"].extend(lead_kind)
    elif not near["total"] and lone:
        # the lead tells one person killed ("X, 30, was killed by drone fire"): one is its reading, the minimum
        alts["total"].append((1, 1))
        near["total"].append((1, 1))
    died = _died_later(infos)
    if died and near["total"]:
        # "One of the injured paramedics later succumbed to his injuries": the lead's dead and one more
        near["total"] = [(lo + died if lo is not None else None, hi + died if hi is not None else None)
                         for lo, hi in near["total"]]
        alts["total"].extend(near["total"])
    for key, field in (("total", "civilians_killed"), ("injured", "civilians_injured"), ("comb", "combatants_killed"),
                       ("child", "children_killed"), ("women", "women_killed")):
        vals = alts[key]
        if not vals:
            continue
        if policy == "first":
            vals = vals[:1]
        rng = _range(vals)
        if policy == "lead":
            lows = [lo for lo, _ in near[key] if lo is not None]
            if not lows and key == "total" and infos and any(hi is not None for _, hi in near[key]):
                # "up to four civilians, including two young sisters": the lead's own breakdown is its floor,
                # raised by the lowest other reading above it
                cap = min(h for _, h in near[key] if h is not None)
                floor = _lead_floor(infos[0], cap)
                if floor and not _VAGUE_FIG.fullmatch(infos[0].sent.text[floor[1]:floor[2]]):
                    lows = [min([lo for lo in specific if lo is not None and floor[0] <= lo < cap] or [floor[0]])]
            if not lows and key == "total" and any(hi is not None for _, hi in near[key]):
                # no floor in the lead ("as many as 20 people"): the lowest figure given, vague ones ("a number
                # of people") only when no other is
                lows = [lo for lo in specific if lo is not None]
            lows = lows or [lo for lo, _ in vals if lo is not None][:1 if key in ("child", "women") else None]
            if lows:
                rng["min"] = min(lows)
            if rng["max"] is not None and rng["min"] is not None and rng["max"] < rng["min"]:
                rng["max"] = rng["min"]
        out[field] = rng
    ck = out["civilians_killed"]
    if ck["min"] is None and ck["max"] is not None and infos:
        # "up to 27 people, including at least 19 members of one family": the subset is a floor
        floors = [f.min for f in infos[0].figs if f.subset and f.rel == "killed" and f.cat == "person"
                  and f.min is not None and f.min <= ck["max"]]
        if floors:
            ck["min"] = max(floors)
    if out["civilians_killed"]["min"] is None and out["civilians_killed"]["max"] is None \
            and any(i.singular for i in infos):
        out["civilians_killed"] = {"min": 1, "max": 1}
    return out
