"""One item of a list of victims read: who it names, their kinship word, age and sex.

`parse_item("his sister Lina, 12")` gives the person's name key, the kinship word that describes
them (not an owner: "his wife's brother", "a post by his uncle"), their age, their sex, where the
person starts and ends in the item, and whether a title makes them an adult ("Dr. Mohammed").
A speaker before the person is skipped ("his mother said ...", "X shared that a young man ...").
"""

from __future__ import annotations

import re

from .given_names import female_name
from .kinship import AGE_YEARS, KIN_FEMALE, KIN_MALE, KIN_RE, NUMW, PAREN_IN, STATUS_WORD, UPPER, age_of, name_key
from .victims_status import DEATH_OF, OWNER_PREP

__all__ = ["parse_item"]

_TAIL = re.compile(rf"(?:\s*\((?!\s*(?-i:[A-Z][a-z]))[^()]*\))+\s*$|\s*(?:,?\s*(?:who\s+)?(?:was|is)\s+(?:just\s+|only\s+)?)?"
                   rf"(?:aged\s+)?(?:{NUMW}|a|one)[- ](?:years?|yrs?|months?|weeks?|days?)(?:[- ]old)?\s*$", re.I)
_TAIL_END = re.compile(r"(?:\)|old|years?|yrs?|months?|weeks?|days?)\s*$", re.I)
_CLAUSE_VERB = re.compile(r"\s+(?:was|were|is|are|had|has|have|who|whose|which|died|lost|said|says|wrote|posted|told|"
                          r"shared|confirmed|reported|announced|added)\b")
_KUNYA = re.compile(r"(?:(?:and|the|late)\s+)*Umm\s+(?:(?:al|el)[- ])?[A-Z]")
_SPEAKER_KIN = re.compile(r"\b(?:its|my|your|our)\s+(?:[\w-]+\s+)?$", re.I)
_KIN_OWNER = re.compile(r"['’](?:s\b)?")
_SPEECH_IN = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:said|says|wrote|writes|posted|told|shared|confirmed|reported|announced|added|stated|"
                        r"tweeted|explained|recalled)\b(?:\s+that\b)?", re.I)
_SPEECH_VERB = re.compile(r"said|says|wrote|posted|told|shared|confirmed|reported|announced|added", re.I)
_OWNER_OF_KIN = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s?\s+(?:[a-z][\w-]*\s+|\d{1,2}[- ]years?[- ]old\s+)?")
_TITLE = re.compile(r"\b(?:Dr|Prof|Professor|Eng|Engineer|Sheikh|Hajj|Haj|Hajja|Judge|Lawyer|Journalist|Teacher)\b\.?\s*$")


def _choose_core(t: str) -> tuple[str, int]:
    """The clause of item `t` that holds the person's name, and its offset: the first with a name,
    skipping speakers ("Hamza Abu Khater shared that a young man ...")."""
    pieces: list[tuple[str, int]] = []
    pos = 0
    verbs: list[str] = []
    for m in _CLAUSE_VERB.finditer(t):
        pieces.append((t[pos:m.start()], pos))
        verbs.append(m.group(0).strip())
        pos = m.end()
    pieces.append((t[pos:], pos))
    for i, (piece, off) in enumerate(pieces):
        if i < len(verbs) and _SPEECH_VERB.fullmatch(verbs[i]):
            continue  # a speaker
        if name_key(piece)[0] is not None or i == len(pieces) - 1:
            return piece, off
    return pieces[0]


def _kin_match(t: str, npos: int):
    """The kinship word that describes the item's person: not an owner ("his wife's brother",
    "a post by his uncle"); the nearest before the name, else in brackets after it, else the last."""
    good = [k for k in KIN_RE.finditer(t) if not _KIN_OWNER.match(t, k.end())
            and not (OWNER_PREP.search(t, max(0, k.start() - 40), k.start())
                     and not DEATH_OF.search(t, max(0, k.start() - 40), k.start()))  # "the death of his aunt" is hers
            and not _SPEAKER_KIN.search(t, max(0, k.start() - 30), k.start())]
    if not good:
        return None
    if npos >= 0:
        before = [k for k in good if k.end() <= npos]
        if before:
            return before[-1]
        after = [k for k in good if t.count("(", 0, k.start()) > t.count(")", 0, k.start())]
        if after:
            return after[0]
    return good[-1]


def parse_item(t: str) -> tuple[str | None, str | None, int | None, str | None, int, int, bool]:
    """(name key, kinship word, age, sex, where the person starts and ends, adult) of one list item."""
    t = t.rstrip(" .,")
    speech = None
    for speech in _SPEECH_IN.finditer(t):
        pass
    if speech is not None and speech.end() < len(t):  # "his mother said ...", "X shared that a young man ..."
        name, kin, age, sex, pos, pend, adult = parse_item(t[speech.end():])
        return name, kin, age, sex, pos + speech.end(), pend + speech.end(), adult
    core, core_off = _choose_core(t)
    for _ in range(3):
        if not _TAIL_END.search(core[-12:]):
            break
        m = _TAIL.search(core)
        if not m or m.start() == 0:
            break
        core = core[:m.start()]
    age = age_of(t)
    kunya = _KUNYA.match(core.strip())
    name, npos = name_key(core) if UPPER.search(core) else (None, -1)
    if npos >= 0:
        npos += core_off
    kin_m = _kin_match(t, npos)
    kin = kin_m.group(1).lower() if kin_m else None
    if kin_m and npos >= 0 and _OWNER_OF_KIN.fullmatch(t, npos, kin_m.start()):
        # "Bayan's wife", "Hiyam's daughter Hoda": the first name is the owner's, hers may follow
        rest = t[kin_m.end():]
        name, npos = name_key(rest) if UPPER.search(rest) else (None, -1)
        npos = npos + kin_m.end() if npos >= 0 else -1
    adult = npos > 0 and _TITLE.search(t, 0, npos) is not None  # "Dr. Mohammed": not a child
    sex = None
    if kin in KIN_FEMALE or kin in ("girl", "girls", "schoolgirl"):
        sex = "f"
    elif kin in KIN_MALE or kin in ("boy", "boys", "schoolboy"):
        sex = "m"
    if kunya and kin is None:
        kin, sex = "mother", "f"  # "Umm Ali": Ali's mother
    if sex is None and name is not None and female_name(name.split(" ")[0]):
        sex = "f"  # "32-year-old Halima ...": a woman's name
    paren = PAREN_IN.findall(t)
    for inner in paren:
        sm = STATUS_WORD.search(inner)
        if sm:
            sex = "f" if sm.group(0).lower().startswith("f") else "m"
    starts = [x for x in (kin_m.start() if kin_m else -1, npos) if x >= 0]
    pos = min(starts) if starts else 0
    # an age before the person ("45 year old Faisal", "his 25-year-old daughter")
    am = None
    for am in AGE_YEARS.finditer(t, 0, pos + 1):
        pass
    if am is not None and am.end() <= pos:
        pos = am.start()
    ends = [x for x in (kin_m.end() if kin_m and kin_m.start() >= pos else -1,
                        core_off + len(core.rstrip(" .,")) if name else -1) if x >= 0]
    return name, kin, age, sex, pos, max(ends) if ends else len(t), adult
