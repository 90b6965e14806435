"""What a place name stands for in its sentence: where harm happened, or something else.

    not_harm_place(text, start, end, entry) -> bool   # "fired from Lebanon", "Kyiv denied", "Somali troops"
    capital_after(text, end) -> int | None            # "Somalia's capital": where the phrase ends
    capital(idx, cc) -> Entry | None                  # the country's capital city
    demonym_capitals(idx, text, spans) -> [(start, end, Entry)]   # "the Yemeni capital"
    inside_other_country(text, mentions) -> mentions   # "Kaya township, Kayah State, Myanmar"
"""

from __future__ import annotations

import re

from .gazetteer import Entry, Index
from .gazetteer_countries import DEMONYMS

__all__ = ["not_harm_place", "capital_after", "capital", "demonym_capitals", "stands_for_government", "regional_office",
           "origin_or_destination", "inside_other_country"]

# "rockets fired from Lebanon": where the attack came from, not where harm happened
_ORIGIN_BEFORE = re.compile(r"\b(?:fired|launched|flown|took\s+off|originat(?:ed|ing)|coming)\s+(?:from|out\s+of)\s+"
                            r"(?:inside\s+|(?:southern|northern|eastern|western)\s+|the\s+)*$", re.I)
# "the highway to Beirut", "fled to Rafah": where people went, not where harm happened
_DESTINATION_BEFORE = re.compile(r"\b(?:fled|flee(?:ing)?|heading|headed|evacuated|highway|journey|trip|returned)\s+"
                                 r"(?:\w+\s+)?(?:to|towards)\s+(?:the\s+)?$", re.I)
# a capital standing for its government ("Kyiv denied", "accuses Kabul of")
_GOVT_AFTER = re.compile(r"\s+(?:said|says|has\s+(?:said|denied|accused|blamed|not)|denied|denies|accused|accuses|blamed|"
                         r"blames|warned|insist(?:s|ed)|claim(?:s|ed)|rejected|condemned|did\s+not|does\s+not|declined|"
                         r"refused|responded|retaliated)\b")
_GOVT_BEFORE = re.compile(r"\b(?:accus(?:es|ed|ing)|urg(?:es|ed|ing)|warn(?:s|ed|ing)|blam(?:es|ed|ing)|pressur(?:es|ed|ing)|"
                          r"ask(?:s|ed|ing)|between|ties\s+with|relations\s+with)\s+$")
# "the Gaza civil defence said", "Kherson's regional administration": an office named after the place
_OFFICE_AFTER = re.compile(r"\s+civil\s+defen[cs]e\s+(?:said|says|reported|announced|stated|told)\b", re.I)
# "the Donetsk regional prosecutor's office", "Kharkiv's regional governor": an authority of the place's region
_REGIONAL_OFFICE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:regional|oblast|provincial|region['’]s|state)\s+(?:military\s+|civil[- ]military\s+)?"
    r"(?:administration|governor|prosecutor|prosecutors|prosecutor['’]s\s+office|council|police|authorities|officials|"
    r"health\s+(?:department|office|directorate|ministry)|emergency\s+service)\b", re.I)
_UNIT_AFTER = re.compile(r"\s+(?:region|state|province)\b", re.I)
# "Somalia's capital", "the Somali capital": the country's capital city
_CAPITAL_AFTER = re.compile(r"['’]s\s+capital\b(?!\s+(?:city\s+)?(?:of|,))")
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+([A-Z][a-zé]+)\s+capital\b(?!\s+(?:city\s+)?(?:of|,))")
_CAPITALS: dict[tuple[int, str], Entry | None] = {}


def not_harm_place(text: str, start: int, end: int, e: Entry) -> bool:
    """True when the name at text[start:end] (read as `e`) does not say where harm happened."""
    if _ORIGIN_BEFORE.search(text, max(0, start - 40), start) or _DESTINATION_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _OFFICE_AFTER.match(text, end):
        return True
    demonym = DEMONYMS.get(text[start:end].lower())
    if demonym and e.country != demonym and not _UNIT_AFTER.match(text, end):
        return True  # "Somali troops" are Somalia's, not Ethiopia's Somali region
    return e.fcode == "PPLC" and bool(_GOVT_AFTER.match(text, end) or _GOVT_BEFORE.search(text, max(0, start - 30), start))


def stands_for_government(text: str, start: int, end: int) -> bool:
    """"Ankara did not comment", "accuses Kabul of": a capital's name standing for its government."""
    return bool(_GOVT_AFTER.match(text, end) or _GOVT_BEFORE.search(text, max(0, start - 30), start))


def origin_or_destination(text: str, start: int) -> bool:
    """"rockets fired from Gaza", "fled to Rafah": the name says where from or where to, not where."""
    return bool(_ORIGIN_BEFORE.search(text, max(0, start - 40), start)
                or _DESTINATION_BEFORE.search(text, max(0, start - 40), start))


def regional_office(text: str, end: int) -> bool:
    """The name at text[..end] names a regional authority ("the Kherson regional administration")."""
    return bool(_REGIONAL_OFFICE_AFTER.match(text, end))


def capital_after(text: str, end: int) -> int | None:
    m = _CAPITAL_AFTER.match(text, end)
    return m.end() if m else None


def capital(idx: Index, cc: str | None) -> Entry | None:
    """The country's capital city (GeoNames feature PPLC)."""
    if not cc:
        return None
    key = (id(idx), cc)
    if key not in _CAPITALS:
        caps = [e for e in idx.entries if e.country == cc and e.fcode == "PPLC"]
        _CAPITALS[key] = max(caps, key=lambda e: e.population) if caps else None
    return _CAPITALS[key]


def demonym_capitals(idx: Index, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, Entry]]:
    """"in the Yemeni capital": (start, end, capital) of each such phrase not already read."""
    if "capital" not in text:
        return []
    out = []
    for m in _DEMONYM_CAPITAL.finditer(text):
        cap = capital(idx, DEMONYMS.get(m.group(1).lower()))
        if cap is not None and not any(s < m.end() and m.start() < e for s, e in spans):
            out.append((m.start(1), m.end(), cap))
    return out


# "Kaya township, Kayah State, Myanmar": the province or country after a name contains it
_CONTAINED_GAP = re.compile(r"(?:\s+(?:township|district|village|town|city|county|cercle|territory|locality|commune|"
                            r"department|raion|woreda))?\s*,\s*(?:the\s+)?")


def inside_other_country(text: str, found: list) -> list:
    """Drop a place whose container, named right after it, lies in another country (Burkina Faso's
    Kaya in "Kaya township, Kayah State, Myanmar"): the name is then a village the gazetteer lacks."""
    ordered = sorted(found, key=lambda p: p.start)
    drop = set()
    for a, b in zip(ordered, ordered[1:]):
        if a.precision != "country" and b.precision in ("province", "country") \
                and a.country and b.country and a.country != b.country and _CONTAINED_GAP.fullmatch(text, a.end, b.start):
            drop.add(a.start)
    return [p for p in found if p.start not in drop] if drop else found
