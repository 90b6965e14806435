"""Who a killing governs: whether the people of a list were killed, hurt or neither.

`status_of(s, a, b)` reads the words around the list item `s[a:b]`: a verb right after it or after
the rest of the list ("X and Y were killed", "..., and their son Ahmad (3) were wounded"), else the
nearest killing or injury word before it ("killing X", "the injured included X"). "Identified as",
"the names of" say nothing by themselves. The other readers here tell who is not a victim: a
relative who speaks (`SPEAKS`), the owner of a post or a word (`OWNER_PREP`, unless `DEATH_OF`),
people inside a quotation (`quoted`).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["ANY_KILL", "DEATH_OF", "OWNER_PREP", "SPEAKS", "quoted", "status_of"]

_KILL_PRE = re.compile(
    r"\b(?:killing|killed|kills|massacr\w+|martyr(?:ed|ing)|claim(?:ed|ing)\s+the\s+lives\s+of|took\s+the\s+lives\s+of|"
    r"(?:identified|named|listed|recorded)\s+(?:them\s+)?as|names\s+of|names\s+(?:were|are|have\s+been)\b|victims?\b|the\s+dead\b|deceased|those\s+killed|"
    r"the\s+killed|martyrs?\b|bodies\s+of|(?:death|deaths|killing|loss)\s+of|among\s+(?:the\s+)?(?:dead|killed|victims|"
    r"martyrs|fatalities)|lost\s+(?:his|her|their)\b|died|perished)", re.I)
_KILL_POST = re.compile(
    r"[^.;]{0,12}?\b(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|all|also|both|reportedly|allegedly|reported|confirmed|to\s+have|to\s+be|been|"
    r"later|instantly|subsequently|tragically)\s+)*(?:(?P<k>killed|martyred|slain|dead|died|perished|among\s+those\s+killed|among\s+(?:the\s+)?"
    r"(?:dead|killed|victims|martyrs|fatalities)|lost\s+(?:their\s+lives|(?:his|her)\s+life)|victims\s+of)|(?P<h>injured|wounded|hurt|survived|rescued|"
    r"among\s+(?:the|those)\s+(?:injured|wounded|survivors)|"
    r"pulled\s+(?:out\s+)?alive|hospitali[sz]ed|treated|missing|unharmed|spared))\b", re.I)
_HURT_PRE = re.compile(
    r"\b(?:injur\w*|wound\w*|surviv\w*|rescued|pulled\s+(?:out\s+)?alive|critical(?:ly)?|serious\s+condition|"
    r"hospitali[sz]ed|treated|missing|escaped|unharmed|spared|fled|displaced|evacuated|arrested|detained)\b", re.I)
_LIST_VERB = re.compile(
    r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:(?:all|also|both|reportedly|allegedly|reported|confirmed|to\s+have|to\s+be|been|later|"
    r"critically|seriously|severely|lightly|badly)\s+)*(?:(?P<k>killed|martyred|slain|among\s+(?:the|those)\s+(?:dead|victims|killed)|victims\s+of)|"
    r"(?P<h>injured|wounded|hurt|rescued|pulled\s+(?:out\s+)?alive|hospitali[sz]ed|treated|missing|unharmed|spared))\b|"
    r"\b(?:(?P<k2>died|perished|as\s+(?:having\s+been\s+)?(?:killed|dead))|(?P<h2>survived|escaped))\b", re.I)
_NOT_LIST = re.compile(r";|[.!?](?:\s|$)|\b(?:killing|killed|kills|injuring|wounding|while|but|after|when|before|who|which|that|"
                       r"whose|said|says|told|wrote|posted|reported|as)\b", re.I)
_LIST_KILLED = re.compile(r"\b(?:were|was)\s+(?:(?:all|also|both|reportedly|allegedly|reported|confirmed)\s+)*(?:killed|martyred|slain)\b|"
                          r"\b(?:were|was)\s+(?:(?:all|also|both)\s+)*among\s+(?:the|those)\s+(?:dead|victims|killed)\b")
_NEUTRAL = re.compile(r"(?:identified|named|listed|recorded)\s|names\s", re.I)
ANY_KILL = re.compile(r"\b(?:kill\w*|dead|died|deaths?|martyr\w*|victims?|bodies|slain|perished|massacr\w*|lives|lost|"
                      r"deceased|fatalities)\b", re.I)
SPEAKS = re.compile(r"\s*(?:,\s*)?(?:(?:who|which)\s+)?(?:also\s+)?(?:said|says|told|tells|wrote|writes|posted|posts|"
                    r"reported|reports|added|confirmed|confirms|mourned|mourns|shared|recalled|recalls|described|"
                    r"describes|explained|stated|tweeted|spoke|speaking|published|announced|identified|named|"
                    r"lost|survived|survives|was\s+(?:injured|wounded|rescued|hurt)|were\s+(?:injured|wounded|rescued|hurt))\b",
                    re.I)
OWNER_PREP = re.compile(r"\b(?:by|from|according\s+to|to|for|told|whose|under|at|in|near|of)\s+(?:(?:his|her|their|the|a|an|"
                        r"one|another)\s+)?(?:(?!(?:killed|dead|were|was|are|is|and|as|killing|including)\b)[a-z][\w'’-]*\s+){0,2}$", re.I)
DEATH_OF = re.compile(r"\b(?:death|deaths|killing|bodies|loss|funerals?|names|martyrdom)\s+of\s+(?:(?:his|her|their|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$",
                      re.I)
_AGE_AFTER = re.compile(r"\s*\([^()]{0,30}\)")
_CLOSE_QUOTE = re.compile(r"’(?!\w)")
_QUOTE_INTRO = re.compile(r"(?:\b(?:read|reads|said|says|wrote|writes|posted|stated|added|saying|tweeted|titled|caption(?:ed)?)|[:,])\s*$",
                          re.I)


@lru_cache(maxsize=64)
def _anchors(s: str) -> tuple[list, list, list, list[int]]:
    """The words that govern a sentence's people, found once: killings before them, injuries before
    them, verbs after a list, and the words that end a list."""
    return (list(_KILL_PRE.finditer(s)), list(_HURT_PRE.finditer(s)), list(_LIST_VERB.finditer(s)),
            [m.start() for m in _NOT_LIST.finditer(s)])


def status_of(s: str, a: int, b: int, pend: int | None = None) -> str | None:
    """"k" when a killing governs the item s[a:b], "h" when injury/survival does, None when nothing does."""
    if pend is not None:
        skip = _AGE_AFTER.match(s, pend)
        pend = skip.end() if skip else pend  # "his wife Ward (60 years old) were killed"
    post = _KILL_POST.match(s, pend) if pend is not None else None
    post = post or _KILL_POST.match(s, b)
    if post is not None:
        return "k" if post.group("k") else "h"
    kill_pre, hurt_pre, list_verbs, stops = _anchors(s)
    # "..., and his wife Rasha and their son Ahmad (3) were wounded": the verb after the rest of the list
    after = next((m for m in list_verbs if m.start() >= b), None)
    if after is not None and not any(b <= x < after.start() for x in stops):
        return "k" if after.group("k") or after.group("k2") else "h"
    # nearest governing word before the item in the same sentence; "identified as", "the names of" say
    # nothing by themselves: "the two injured children were identified as ..." are the injured
    kills = [m for m in kill_pre if m.end() <= a]
    while kills and _NEUTRAL.match(kills[-1].group(0)):
        neutral = kills.pop()
        if not any(k.end() <= neutral.start() for k in kills) and \
                not any(h.end() <= neutral.start() for h in hurt_pre):
            return "k" if ANY_KILL.search(s) else None
        kills = [k for k in kills if k.end() <= neutral.start()]
        a = neutral.start()
    best_k = max((m.end() for m in kills), default=-1)
    best_h = max((m.end() for m in hurt_pre if m.end() <= a), default=-1)
    if best_k < 0 and best_h < 0:
        # "X, Y and Z were killed": the verb after the whole list
        m = _LIST_KILLED.search(s, b)
        if m and not any(b <= h.start() < m.start() for h in hurt_pre):
            return "k"
        return None
    return "k" if best_k > best_h else "h"


def quoted(s: str, pos: int) -> bool:
    """True when `pos` is inside a quotation in `s` (a tribute, a testimony: not a list of victims)."""
    before = s[:pos]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    opened = before.rfind("‘")  # single quotes: ’ is also the apostrophe, so look for a closing one
    if opened < 0 or (opened > 0 and s[opened - 1].isalpha()):
        return False  # "Sa‘id": an ‘ayn inside a name
    close = _CLOSE_QUOTE.search(s, opened)
    if close is None:  # not closed in the sentence: a quotation after a speaker, else an ‘ayn ("29-year-old ‘Alaa")
        return _QUOTE_INTRO.search(s, max(0, opened - 30), opened) is not None
    return close.start() >= pos
