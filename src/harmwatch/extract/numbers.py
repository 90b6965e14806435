"""Quantities of people as written: digits, number words, ranges, qualifiers and vague words.

`quantities(sentence)` finds every quantity with its span and its {min, max} reading, following
the contract's counting table ("at least 30" → 30..null, "up to 100" → null..100, "dozens" →
12..null, "between 56 and 160" → 56..160).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Quantity", "quantities", "word_value"]

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_U = "|".join(sorted(_UNITS, key=len, reverse=True))
_T = "|".join(_TENS)
_W1 = rf"(?:(?:{_T})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:{_U}))"
_WN = rf"(?:(?:a|one|{_W1})\s+hundred(?:\s+(?:and\s+)?{_W1})?|{_W1})"
_WORDS = rf"(?:{_WN}\s+thousand(?:\s+(?:and\s+)?{_WN})?|{_WN})"
_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
_NUM = rf"(?:(?:(?<![\w.,/:$£€-])|(?<=least)|(?<=than)){_DIGITS}(?![0-9]|[.,][0-9]|:[0-9]|/[0-9])|\b{_WORDS}\b(?!-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b))"

_MIN_Q = (r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|more\s+than|over|upwards\s+of|"
          r"in\s+excess\s+of|a\s+minimum\s+of|a\s+total\s+of\s+at\s+least")
_MAX_Q = (r"up\s+to|as\s+many\s+as|as\s+high\s+as|almost|nearly|close\s+to|no\s+more\s+than|fewer\s+than|less\s+than|"
          r"at\s+most|a\s+maximum\s+of|just\s+under")
_EXACT_Q = r"around|about|approximately|roughly|an\s+estimated|estimated|some|a\s+total\s+of|exactly|only"

_VAGUE = {
    "dozens": (12, None), "scores": (20, None), "tens": (10, None), "hundreds": (100, None),
    "thousands": (1000, None), "several": (3, None), "a number of": (3, None), "many": (3, None),
    "a dozen": (12, 12), "half a dozen": (6, 6), "a couple of": (2, 2), "a handful of": (3, None),
    "numerous": (3, None), "a large number of": (3, None), "large numbers of": (3, None), "a great many": (3, None),
}
_VAGUE_RE = (r"a\s+large\s+number\s+of|large\s+numbers\s+of|a\s+great\s+many|half\s+a\s+dozen|a\s+dozen|dozens(?:\s+of)?|scores(?:\s+of)?|tens(?:\s+of)?|"
             r"hundreds(?:\s+of)?|thousands(?:\s+of)?|several|a\s+number\s+of|many|a\s+couple\s+of|"
             r"a\s+handful\s+of|numerous")

_RX = re.compile(
    rf"(?:at\s+least|more\s+than|over)\s+(?P<a0>{_NUM})\s*,?\s+(?:and|but|or)\s+(?:possibly\s+|perhaps\s+|potentially\s+|maybe\s+)?"
    rf"(?:up\s+to|as\s+many\s+as|as\s+high\s+as)\s+(?P<b0>{_NUM})"
    rf"|(?:at\s+least|more\s+than|over)\s+(?P<a5>{_NUM})\s*,?\s+(?:and|but|or)\s+(?:possibly\s+|perhaps\s+|potentially\s+|maybe\s+)?"
    rf"(?:more\s+than|over|upwards\s+of|in\s+excess\s+of)\s+(?P<b5>{_NUM})"
    rf"|between\s+(?P<a6>{_NUM})\s+and\s+[\"“‘']?(?:more\s+than|over|upwards\s+of)\s+(?P<b6>{_NUM})"
    rf"|(?:(?P<qual>{_MIN_Q}|{_MAX_Q}|{_EXACT_Q})(?:\s+|(?<=least|.than)(?=\d)))?"
    rf"(?:between\s+(?P<a1>{_NUM})\s*(?:and|to|-|–)\s*(?P<b1>{_NUM})"
    rf"|from\s+(?P<a2>{_NUM})\s+to\s+(?P<b2>{_NUM})"
    rf"|(?<![\w.,/:$£€-])(?P<a4>{_DIGITS})\s*[-–—]\s*(?P<b4>{_DIGITS})(?![0-9]|[.,][0-9]|[-\s]*(?:years?|yrs?)[\s-]+old)"
    rf"|(?P<a3>{_NUM})(?:\s+to\s+|\s+or\s+)(?P<b3>{_NUM})(?![-\s]*(?:years?|yrs?)[\s-]+old)"
    rf"|(?P<n>{_NUM})(?P<plus>\+|\s+or\s+more\b|\s+and\s+more\b)?"
    rf"|\b(?P<vague>{_VAGUE_RE})\b)",
    re.I,
)
_TRIGGER = re.compile(
    r"[0-9]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|"
    r"dozens?|scores|tens|hundreds|thousands|several|number|many|couple|handful|numerous|half|between|from)\b",
    re.I,
)
_STARTS = frozenset(
    "# zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety a half dozens scores tens "
    "hundreds thousands several many numerous at no not more over upwards in up as almost nearly close fewer "
    "less just around about approximately roughly an estimated some exactly only between from large great".split()
)
_MIN_RX = re.compile(rf"^(?:{_MIN_Q})$", re.I)
_MAX_RX = re.compile(rf"^(?:{_MAX_Q})$", re.I)


@dataclass(frozen=True)
class Quantity:
    """One quantity: span [start, end) in the searched text, bounds, the bare number's span."""

    start: int
    end: int
    min: int | None
    max: int | None
    vague: bool = False


@lru_cache(maxsize=4096)
def word_value(words: str) -> int | None:
    """The value of a number written in digits or English words; None when it is not one."""
    w = words.strip().lower()
    if w and w[0].isdigit():
        try:
            return int(w.replace(",", ""))
        except ValueError:
            return None
    w = re.sub(r"\s+", " ", w)
    if w.startswith("a "):
        w = "one " + w[2:]
    from text_to_num import text2num

    try:
        return int(text2num(w, "en"))
    except (ValueError, TypeError):
        return None


def quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, left to right."""
    out: list[Quantity] = []
    from .text import match_at_tokens

    for m in match_at_tokens(_RX, text, _STARTS):
        g = m.groupdict()
        lo = hi = None
        vague = False
        for a, b in (("a0", "b0"), ("a5", "b5"), ("a6", "b6"), ("a1", "b1"), ("a2", "b2"), ("a4", "b4"), ("a3", "b3")):
            if g[a]:
                lo, hi = word_value(g[a]), word_value(g[b])
                if lo is not None and hi is not None and lo > hi:
                    lo = hi = None
                if a in ("a5", "a6"):
                    hi = None  # "at least 18 and possibly more than 25", "between 80 and over 200": no ceiling
                break
        else:
            if g["n"]:
                lo = hi = word_value(g["n"])
                if g["plus"]:
                    hi = None
            elif g["vague"]:
                key = re.sub(r"\s+", " ", g["vague"].lower())
                key = key[:-3] if key.endswith(" of") and key not in _VAGUE else key
                lo, hi = _VAGUE.get(key, (None, None))
                vague = True
        if lo is None and hi is None:
            continue
        qual = g["qual"]
        if qual and not vague and lo is not None and lo == hi:
            if _MIN_RX.match(qual):
                hi = None
            elif _MAX_RX.match(qual):
                lo = None
        out.append(Quantity(m.start(), m.end(), lo, hi, vague))
    return out
