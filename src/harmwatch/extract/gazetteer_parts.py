"""The named side of a province ("southern Idlib countryside", "ريف إدلب الجنوبي"): placed at the
mean of the province's places on that side of its centre (moved out of places.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from .gazetteer import Index
from .gazetteer_scan import Match

__all__ = ["part_of_province"]

P = TypeVar("P")

_DIR_BEFORE = re.compile(r"\b((?:north|south)[- ]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|"
                         r"west(?:ern)?)\s+(?:rural\s+|countryside\s+of\s+(?:the\s+)?)?$", re.I)
_DIR_AFTER = re.compile(r"(?:['’]s)?\s+((?:north|south)[- ]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|"
                        r"west(?:ern)?)\s+(?:countryside|rural\s+area|province|governorate)\b", re.I)
_AR_DIR_AFTER = re.compile(r"\s*(?:ال)?(شمالي|جنوبي|شرقي|غربي)(?:\s*(?:ال)?(شرقي|غربي))?(?![\u0621-\u064a])")
_DIRS = (("north", "N"), ("south", "S"), ("east", "E"), ("west", "W"), ("شمال", "N"), ("جنوب", "S"), ("شرق", "E"),
         ("غرب", "W"))
_PARTS: dict[tuple, tuple[float, float] | None] = {}


def part_of_province(idx: Index, text: str, m: Match, p: P) -> P:
    """"ريف إدلب الجنوبي", "southern Idlib countryside", "the eastern countryside of Aleppo": the
    named part of the province, placed at the mean of the province's places on that side of its
    centre (precision stays "province")."""
    words = _AR_DIR_AFTER.match(text, m.end)
    if words is None:
        words = _DIR_AFTER.match(text, m.end) or _DIR_BEFORE.search(text, max(0, m.start - 40), m.start)
    if words is None or not p.gazetteer_id or not p.gazetteer_id.startswith("geonames-admin1:"):
        return p
    found = " ".join(g for g in words.groups() if g).lower()
    sides = frozenset(d for w, d in _DIRS if w in found)
    cc, _, code = p.gazetteer_id.split(":", 1)[1].partition(".")
    key = (id(idx), cc, code, sides)
    if key not in _PARTS:
        _PARTS[key] = _part_centre(idx, cc, code, sides)
    part = _PARTS[key]
    if part is None:
        return p
    return replace(p, lat=round(part[0], 5), lon=round(part[1], 5))


def _part_centre(idx: Index, cc: str, code: str, sides: frozenset[str]) -> tuple[float, float] | None:
    prov = idx.province(cc, code)
    if prov is None or not sides:
        return None
    here = [e for e in idx.entries if e.kind == "settlement" and e.country == cc and e.admin1 == code
            and e.lat is not None and e.lon is not None]
    lat0, lon0 = prov[1], prov[2]
    tests = {"N": lambda e: e.lat > lat0, "S": lambda e: e.lat < lat0, "E": lambda e: e.lon > lon0,
             "W": lambda e: e.lon < lon0}
    part = [e for e in here if all(tests[s](e) for s in sides)]
    if len(part) < 3:
        return None
    return sum(e.lat for e in part) / len(part), sum(e.lon for e in part) / len(part)
