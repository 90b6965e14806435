"""Casualty figures in one sentence: which quantities count killed or injured people, of whom.

A quantity is a casualty figure when a casualty word governs it ("killing 12", "12 people were
killed", "12 dead", "the death toll rose to 12"); its noun says whose ("children", "women",
"fighters"); quantities of strikes, troops, years, ages, dates, money, percentages, displaced or
sheltering people are never figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .figures_rx import (_PREP_VERB, _TOLL_FAR, _SUBSET, _COORD, KILL_WORD, _BLOCKER, _SKIP_AFTER, _SKIP_BEFORE,
                         _A_PERSON, _NAME_COORD, _COMPANION, _KILL_VERB, _ONE_SUBJECT, _ONE_NAMED, _COMBATANT_ROLE,
                         _OF_COMPLEMENT, _RANKED, _SUBSET_LIST, _ORDINAL_ONE, _PAIR, _PARTIAL_BEFORE, _PARTIAL,
                         _PAREN, _VAGUE_PART, _HYPOTHETICAL, _STILL_UNDER, _NOT_FOUND, _AGE_ADJ, _RANGE_COMMA,
                         _WITH_FAR, _ESTIMATE, _DEATH_WORD, _MIXED, _ALONG_WITH, _ONE_OF_THEM, _OF_THEM,
                         _AND_WOUNDED, _APPOSITION, _PART_AND, _CLAIMED_ENEMY, _BELLIGERENT_SAYS, _ARTICLE_NAME,
                         _RELATIVE, _AGE_BEFORE, _FAMILY_OF, _SURVIVED_BY, _TOKEN, _PASSIVE_COMMA, _PASSIVE_BE,
                         _SINGULAR)
from .figures_words import (_CHILD, _COMBATANT, _GENERIC, _INJURED_NOUN, _KILLED_NOUN, _MAN, _MODS, _NOT_PEOPLE,
                            _PERSON, _WOMAN)
from .numbers import quantities

__all__ = ["Fig", "sentence_figures", "KILL_WORD", "singular_victim"]


@dataclass(frozen=True)
class Fig:
    """One casualty figure in a sentence (span in sentence coordinates)."""

    start: int
    end: int
    rel: str  # "killed" | "injured"
    cat: str  # "person" | "child" | "woman" | "man" | "combatant"
    min: int | None
    max: int | None
    subset: bool
    group: int  # figures with the same group are added up
    total: bool = True  # a count of all the dead ("12 people"), not of a kind ("two paramedics", "six others")
    companion: bool = False  # one person named and those killed with them ("killing X alongside 11 members")


def _category(word: str) -> str | None:
    w = word.lower().rstrip(",.")
    if w.endswith("-in-law"):
        w = w[:-7]  # "a brother-in-law": a man, one of a kind
    if w in _CHILD:
        return "child"
    if w in _WOMAN:
        return "woman"
    if w in _COMBATANT:
        return "combatant"
    if w in _MAN:
        return "man"
    if w in _PERSON:
        return "person"
    return None


def _head(s: str, pos: int) -> tuple[str | None, str | None, int, bool, str]:
    """(category, casualty relation in the noun, end of the noun phrase, partitive, head word)."""
    mods = 0
    partitive = False
    age = _AGE_ADJ.match(s, pos)
    if age:
        pos = age.end()  # "two 12-year-old boys": the noun after the age
    for m in _TOKEN.finditer(s, pos, min(len(s), pos + 90)):
        w = m.group(0)
        lw = w.lower().rstrip(".,")
        if lw in _KILLED_NOUN:
            if lw in ("martyrs", "dead") and _AND_WOUNDED.match(s, m.end()):
                return None, "not", m.end(), partitive, lw  # "100 martyrs and wounded": casualties, not deaths
            return "person", "killed", m.end(), partitive, lw
        if lw in _INJURED_NOUN:
            return "person", "injured", m.end(), partitive, lw
        if lw == "per" and re.match(r"\s+(?:the|its|their|our|[A-Z])", s[m.end():m.end() + 6]):
            break  # "quantified as 2 per Airwars methodology": per a method, not a rate
        if lw in _NOT_PEOPLE or w in "%$":
            return None, "not", m.end(), partitive, lw
        cat = _category(lw)
        if cat:
            nxt = s[m.end():m.end() + 12].lower()
            if lw in ("member", "members", "family", "families") and nxt.startswith(" of"):
                return cat, None, m.end(), partitive, lw
            if lw in _MODS and re.match(r"\s+[a-z]", nxt) and lw not in ("people", "civilians"):
                # "civilian woman", "family members": keep looking for the head
                look = re.match(r"\s+([A-Za-z'-]+)", s[m.end():m.end() + 30])
                nw = look.group(1).lower() if look else ""
                if nw in _KILLED_NOUN or nw in _INJURED_NOUN:
                    if lw in _GENERIC or cat == "person":
                        mods += 1
                        continue
                    return cat, ("killed" if nw in _KILLED_NOUN else "injured"), m.end() + len(look.group(0)), partitive, lw
                if look and _category(nw):
                    mods += 1
                    continue
            return cat, None, m.end(), partitive, lw
        if lw == "of" and re.match(r"\s+(?:the|them|whom|which|those|these|his|her|their)\b", s[m.end():m.end() + 8], re.I):
            partitive = True
        if lw in _MODS or (mods < 3 and (w[0].isupper() and w.isalpha() or _ARTICLE_NAME.match(w))):
            mods += 1
            if mods > 4:
                break
            continue
        break
    return None, None, pos, partitive, ""


def singular_victim(s: str) -> bool:
    """True when the sentence says one person was killed without a number ("X was killed");
    not for a family or a household ("an entire family was killed": no figure)."""
    for m in _SINGULAR.finditer(s):
        if not re.search(r"\b(?:family|household|clan|crew|group|unit|team)\b", s[max(0, m.start() - 40):m.start()], re.I):
            return True
    return False


def _candidates(s: str) -> list[tuple[int, int, int | None, int | None, int]]:
    """(start, end, min, max, noun search start) of every quantity and singular "a woman"."""
    out = []
    for q in quantities(s):
        npos = q.end
        if "," in s[q.start:q.end]:
            m = _RANGE_COMMA.match(s, q.end)  # "at least 72, and up to 175, people"
            if m:
                npos = m.end()
        out.append((q.start, q.end, q.min, q.max, npos))
    for m in _PAIR.finditer(s):
        if not any(a <= m.start() < b for a, b, *_ in out):
            out.append((m.start(), m.end(), 2, 2, -1))  # -1: a pair, no noun to read
    for m in _ORDINAL_ONE.finditer(s):
        out.append((m.start("a"), m.end("a"), 1, 1, m.start("n")))
    for m in _RANKED.finditer(s):
        if not any(a <= m.start() < b for a, b, *_ in out):
            out.append((m.start(), m.end(), 1, 1, -2))  # -2: an officer, no noun to read
    for m in _A_PERSON.finditer(s):
        if not any(a <= m.start() < b for a, b, *_ in out):
            out.append((m.start(), m.end(), 1, 1, m.start("n")))
    out.sort()
    return out


def sentence_figures(s: str) -> list[Fig]:
    """Every casualty figure in sentence `s`, left to right."""
    figs: list[Fig] = []
    prev: Fig | None = None
    prev_end = 0
    for start, end, lo, hi, npos in _candidates(s):
        if _SKIP_AFTER.match(s, end) or _SKIP_BEFORE.search(s[max(0, start - 14):start]):
            continue
        if lo is not None and lo == hi and 1900 <= lo <= 2100 and "," not in s[start:end]:
            h = _head(s, npos)
            if h[0] is None or h[1] is not None:
                continue
        if npos == -2:
            cat, rel, nend, partitive, head = "combatant", None, end, False, "officer"
        elif npos < 0:
            cat, rel, nend, partitive, head = "person", None, end, False, "couple"  # "an elderly couple": two people
        else:
            cat, rel, nend, partitive, head = _head(s, npos)
        if head in ("family", "household") and not re.match(r"\s+of\b", s[nend:nend + 4]):
            continue  # "six members of one family": one family, not one person
        if _SURVIVED_BY.search(s, max(0, start - 40), start):
            continue  # "he is survived by his mother and his brother": the living
        died = rel == "injured" and partitive and re.match(r"[^.;]{0,80}?\b(?:died|succumbed)\b", s[nend:nend + 90])
        if died:
            rel, subset = "killed", True  # "one of the injured later died": a death told apart (merge.py adds it)
        if rel == "not":
            continue  # "from five families", "across three generations": no figure, and no break in the list
        if not head and (_AGE_BEFORE.search(s, max(0, start - 30), start) or s.count("(", 0, start) > s.count(")", 0, start)):
            continue  # "Warda, 21, was killed" / "Saad (2)": an age
        if prev is not None and s.count("(", prev_end, start) > s.count(")", prev_end, start):
            continue  # "11 children (five boys and six girls)": a breakdown of the breakdown
        if partitive and re.match(r"\s+of\s+(?:his|her|their|its)\b", s[end:end + 12], re.I):
            partitive = False  # "alongside 11 of her neighbours", "a commander and two of his guards": no part of a figure
        before = s[max(0, start - 70):start]
        if prev is not None and prev.subset and prev.cat in ("child", "woman", "man") \
                and (_SUBSET.search(before) or partitive or _ONE_OF_THEM.search(before)):
            continue  # "five children, one of them an infant": a breakdown of the breakdown
        subset = (bool(_SUBSET.search(before)) and prev is not None) or partitive
        if not subset and prev is not None and prev.total and not prev.subset:
            lst = _SUBSET_LIST.search(s, max(prev_end, start - 150), start)
            subset = lst is not None and not KILL_WORD.search(lst.group(0)) \
                and _next_verb(s, nend, near=True) is None  # "including Dr. Amal Idris, five children"
        if _FAMILY_OF.search(before):
            cat = cat or "person"
        pv = _PREP_VERB.search(before)
        if pv is not None and _PASSIVE_COMMA.match(before, pv.start()) \
                and _PASSIVE_BE.search(before, max(0, pv.start() - 40), pv.start()) and _own_clause(s, nend):
            pv = None  # "were reportedly killed, dozens of civilians were injured": that verb's clause is over
        pv = pv or _TOLL_FAR.search(s, max(0, start - 170), start) or _WITH_FAR.search(s, max(0, start - 170), start) \
            or _estimate(s, start, end)
        group = start
        between = _PAREN.sub("", s[prev_end:start]) if prev is not None else ""
        coord = prev is not None and (_COORD.match(between) is not None or _NAME_COORD.match(between) is not None
                                      or _OF_COMPLEMENT.match(between) is not None)
        if prev is not None and prev.total and not prev.subset and head and head not in _GENERIC \
                and cat != "combatant" and _APPOSITION.match(between):
            subset = True  # "28 people, 22 children and six teachers, were killed": a breakdown of the total
        elif prev is not None and prev.total and not prev.subset and ":" in between and not KILL_WORD.search(between[
                between.index(":"):]) and not _PREP_VERB.search(s[max(0, start - 70):start].split(":")[-1] or "x"):
            subset, rel, group = True, prev.rel, prev.group  # "105 were killed: 101 inside and four next door"
        alt_total = False
        own = _next_verb(s, nend, near=True) if rel is None and not pv else None
        if own is not None and re.search(r"\band\b|,", s[nend:own.start()]):
            own = None  # "five women, and wounded 70": the verb opens the next clause
        if own is not None:
            coord = False  # "..., and eight others were wounded": its own clause, not the list before it
        if own is None and prev is not None and prev.subset and not subset and len(between) < 60 \
                and ";" not in between and re.search(r"\band\b|,", between) and not KILL_WORD.search(between):
            if head in _GENERIC and prev.cat != "person":
                alt_total, coord = True, False  # "including 5 children, and up to 25 people in all": another total
            else:
                subset = True  # "including 11 members of one family and eight of another"
        if _HYPOTHETICAL.search(before) or _NOT_FOUND.match(s, nend) or (_STILL_UNDER.match(s, nend) and head != "bodies"):
            continue  # "authorised the killing of up to 300", "ten bodies believed still under the rubble"
        if rel is None and pv:
            rel = "killed" if pv.group("k") else "injured"
        elif rel is None and subset and prev is not None and not partitive:
            rel, group = prev.rel, prev.group
        elif rel is None and coord and prev is not None:
            rel, group = prev.rel, prev.group
            subset = subset or prev.subset
        elif rel is None and partitive and prev is not None and _OF_THEM.match(s, end) and len(between) < 40:
            rel, group = prev.rel, prev.group  # "killed six members of the family, five of them civilians"
        if rel is None:
            m = _next_verb(s, nend, near=(cat is None))
            if m is not None:
                rel = "injured" if re.match(r"wound|injur|hurt|maim", m.group("v"), re.I) else "killed"
                if _MIXED.match(s, m.end()) and _MIXED.match(s, m.end()).group(1)[:1].lower() in (
                        "wih" if rel == "killed" else "kd"):
                    continue  # "about 20 people were killed and wounded": casualties, neither count
                group = m.start()
        if rel is None and (subset or alt_total) and prev is not None:
            rel = prev.rel
        if rel is None and prev is not None and not head and _PART_AND.search(between) and len(between) <= 50 \
                and not KILL_WORD.search(between):
            rel, group, subset, cat = prev.rel, prev.group, prev.subset, prev.cat  # "101 inside and four next door"
        if rel is None:
            continue
        if cat is None:
            cat = "person"
        if subset and prev is not None and rel == prev.rel:
            group = prev.group
        total = (head in _GENERIC or head in _KILLED_NOUN or head in _INJURED_NOUN or not head) \
            and not _PARTIAL.search(s, end, nend) and not _PARTIAL_BEFORE.search(s, max(0, start - 12), start)
        if not total and prev is not None and prev.total and not prev.subset and not subset and group == prev.group \
                and rel == prev.rel and head in _GENERIC and _ALONG_WITH.search(between) \
                and _PARTIAL.search(s, end, nend) and not _PARTIAL_BEFORE.search(s, max(0, start - 12), start):
            total = True  # "seven members of the family along with 18 other civilians": the others add to the count
        if coord and not total and prev is not None and prev.total and rel == prev.rel \
                and (prev.min == prev.max == 1 == lo == hi or _PAIR.fullmatch(s, prev.start, prev.end)) \
                and (re.search(r"\b(?:his|her|their)\s+$", s[max(0, start - 8):start], re.I)
                     or re.match(r"(?:his|her|their)\s", s[start:end], re.I)):
            total = True  # "a civilian, Hajj Ahmad, and his grandson", "a couple and their two daughters": added
        if npos == -1:
            total = True  # a pair is two of all the dead, unless it breaks a total down ("two people, a couple")
        if head == "bodies" and _VAGUE_PART.fullmatch(s[start:end]):
            subset = True  # "many bodies were burnt beyond recognition": a description, not a toll
        if partitive and head in ("civilians", "civilian") and prev is not None and prev.total and not prev.subset \
                and rel == prev.rel and figs and figs[-1] is prev:
            # "nine people, seven of them civilians": the civilians are the claim's total
            figs[-1] = replace(prev, subset=True, total=False)
            subset, group = False, prev.group
        if cat == "combatant" and head in _CLAIMED_ENEMY and _BELLIGERENT_SAYS.search(s):
            cat = "person"  # only the attacker calls them militants: they stay civilians (Airwars' rule)
        if lo == hi == 1 and not subset and cat in ("child", "woman", "man") and any(
                f.cat == cat and f.group == group and f.rel == rel and (f.min or 0) > 1 and not f.subset for f in figs):
            subset = True  # "three children, a 13-year-old boy named ..., a girl named ...": the three, one by one
        companion = False
        if rel == "killed" and not subset:
            companion, group = _companions(s, start, figs, group)
        fig = Fig(start, end, rel, cat, lo, hi, subset, group, total, companion)
        figs.append(fig)
        prev, prev_end = fig, nend
    return figs


def _companions(s: str, start: int, figs: list[Fig], group: int) -> tuple[bool, int]:
    """(companion, group) of the figure at `start`. It counts the companions of one person killed with no
    figure ("killing Hani Madhoun alongside 11 members of his family", "X was killed alongside three
    colleagues"): that person is appended to `figs` as one of the figure's group. After a figure of the
    killed between the verb and "alongside" ("killed a woman, X, alongside her grandchild"), it joins that
    figure's group (they add up)."""
    comp = _COMPANION.search(s, max(0, start - 30), start)
    if comp is None:
        return False, group
    verbs = [m for m in _KILL_VERB.finditer(s, max(0, comp.start() - 150), comp.start())
             if not re.search(r"[.;:]", s[m.end():comp.start()])]
    if not verbs:
        return False, group
    kv = verbs[-1]
    inside = [f for f in figs if f.rel == "killed" and not f.subset and kv.end() <= f.start < comp.start()]
    if inside:
        return False, inside[-1].group
    if any(f.rel == "killed" and not f.subset and f.total for f in figs):
        return False, group  # "seven ..., including ...; X was killed alongside his wife": part of the seven
    named = s[kv.end():comp.start()].strip(" ,")
    before = [f for f in figs if f.rel == "killed" and not f.subset and f.end <= kv.start()
              and not re.search(r"[.;:]", s[f.end:kv.start()])]
    if not named and before:
        return False, before[-1].group  # "A woman, X, was killed alongside her son": added to her
    if named and _ONE_NAMED.search(named) and not re.search(r"\band\s+(?:[A-Z]|his\b|her\b|their\b|an?\b|the\b)|"
                                                            r"\b(?:people|civilians|others)\b", named):
        a = kv.end() + s[kv.end():comp.start()].index(named)
        b = a + len(named)
    elif not named and _ONE_SUBJECT.search(s, max(0, kv.start() - 40), kv.start()):
        a, b = kv.start(), kv.end()  # "X was killed alongside ...": X
        named = s[max(0, a - 120):a]
    else:
        return False, group
    cat = "combatant" if _COMBATANT_ROLE.search(named) else "person"
    figs.append(Fig(a, b, "killed", cat, 1, 1, False, group, False, True))
    return True, group


def _estimate(s: str, start: int, end: int):
    """A monitor's estimate governing the quantity at `start`, when the clause speaks of the dead
    ("the minimum has been assessed as two to account for references to multiple deaths")."""
    m = _ESTIMATE.search(s, max(0, start - 90), start)
    if m is None:
        return None
    a = s.rfind(";", 0, m.start()) + 1
    b = s.find(";", end)
    window = s[max(a, m.start() - 100):min(b if b >= 0 else len(s), end + 60)]
    return m if _DEATH_WORD.search(window) else None


def _own_clause(s: str, pos: int) -> bool:
    """True when the noun phrase ending at `pos` has its own casualty verb, with no comma between
    (brackets aside): "dozens of civilians (among them a woman) were injured"."""
    m = _next_verb(s, pos, near=False)
    return m is not None and "," not in _PAREN.sub("", s[pos:m.start()])


def _next_verb(s: str, pos: int, near: bool):
    """The casualty verb that follows a noun phrase in the same clause, if any."""
    limit = pos + (22 if near else 260)
    m = KILL_WORD.search(s, pos, min(len(s), limit + 30))
    if not m or m.start() > limit:
        return None
    between = s[pos:m.start()]
    for b in _BLOCKER.finditer(between):
        if not _RELATIVE.search(between, max(0, b.start() - 16), b.start()):
            return None  # "20 people were sheltering ..." (not "members who had been displaced")
    return m
