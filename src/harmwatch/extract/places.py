"""Places: find place names in text and resolve them with the shipped GeoNames gazetteer
(plus places imported with `harmwatch gazetteer import`).

    find_places(text, *, countries=()) -> list[PlaceMention]
    resolve(name, *, countries=(), admin1=None) -> PlaceMention | None
    country_hints(text) -> list[str]

Precision follows the wording: a named settlement is "settlement"; "near X", "outskirts of X",
"east of X" are "near-settlement" (X's coordinates); "X countryside", "rural X", "X province",
"X governorate" are "province" (the province's centroid); a country alone is "country".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from .gazetteer import Entry, Index, index, ranked
from .gazetteer_parts import part_of_province
from .gazetteer_roles import (capital, capital_after, demonym_capitals, inside_other_country, not_harm_place,
                              origin_or_destination, regional_office, stands_for_government)
from .gazetteer_names import AR_STOP_WORDS, arabic_fold, arabic_variants, compact_key, fold, is_arabic, skeleton
from .gazetteer_scan import Match, fuzzy_keys, info, scan, tokenize

__all__ = ["PlaceMention", "find_places", "resolve", "country_hints"]


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str  # as written in the text
    geoname: str | None = None
    gazetteer_id: str | None = None  # "geonames:170063"
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "unknown"  # the contract's enum

    def as_claim_place(self) -> dict:
        return {"name": self.name, "geoname": self.geoname, "gazetteer_id": self.gazetteer_id,
                "country": self.country, "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "precision": self.precision}


_NEAR_BEFORE = re.compile(
    r"(?:\bnear(?:by)?|\boutskirts\s+of|\boutside(?:\s+of)?|\bvicinity\s+of|\bclose\s+to|\bedge\s+of|\bperiphery\s+of|"
    r"\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+(?:part\s+|side\s+|edge\s+)?of|"
    r"\b(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?(?:of|from)|\baround|\bsurroundings\s+of|"
    r"\bsuburbs?\s+of|\bcountryside\s+of|\bfarmland\s+of|\b(?:region|area)\s+of)\s+(?:the\s+)?(?:(?:town|city|village|camp)\s+of\s+)?$")
_PROVINCE_BEFORE = re.compile(r"(?:\brural|\b(?:province|governorate|oblast)\s+of)\s+(?:the\s+)?$")
_SIDE = r"(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?)\s+"
_PROVINCE_AFTER = re.compile(rf"^(?:['’]s)?\s*(?:{_SIDE})?(?:countryside|province|governorate|oblast|district|rural\s+area|"
                             r"state|cercle|township|county|prefecture|territory|locality|commune|department|"
                             r"raion|rayon|hromada|woreda|municipality)\b")
# "Koro cercle (Mopti)": a province named in brackets after a place
_BRACKETED = re.compile(r"[\w.]\s*\($")
_ADJ_BEFORE = re.compile(r"\b(?:an?)\s+$", re.I)
_PEOPLE_WORDS = frozenset("shiite shia sunni christian druze kurdish alawite yazidi hazara arab bedouin turkmen "
                          "assyrian armenian palestinian israeli jewish muslim coastal border frontline".split())
_PART_BEFORE = re.compile(rf"\b(?:{_SIDE}|central\s+)$")
_COUNTRYSIDE_AFTER = re.compile(rf"^(?:['’]s)?\s*(?:{_SIDE})?countryside\b")
_NEAR_AFTER = re.compile(r"^(?:['’]s)?\s*(?:outskirts|suburbs|surroundings|area|region|vicinity)\b")
_AR_PROVINCE = frozenset({"ريف", "محافظه", "ارياف"})
_AR_NEAR = frozenset({"قرب", "محيط", "اطراف", "ضواحي", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي",
                      "جنوبي", "قرابه", "مشارف"})
_AR_NOT_NAME = AR_STOP_WORDS | _AR_PROVINCE | _AR_NEAR | frozenset({"قرب", "ريف", "داخل", "خارج", "وسط", "عند"})
_AR_VILLAGE = frozenset({"قريه", "بلده", "مزرعه", "حي", "قري", "مزارع"})
_VILLAGE_WORD = re.compile(r"\b(?:village|town|hamlet|neighbou?rhood|farms?|suburb|camp|township|district)\b")
_NAME = r"(?:(?:[Aa]l|[Ee]l|[Aa][dtsnrz]h?)[-\s])?[A-Z][^\W\d_]+(?:['’][^\W\d_]+)?(?:[\s-](?:[Aa]l-)?[A-Z][^\W\d_]+){0,2}"
_VILLAGE_OF = re.compile(rf"\s+of\s+({_NAME})")
_NAME_IN = re.compile(rf"\b(?:attacks?|raids?|assault|strikes?|shelling|bombing|massacre)\s+(?:on|in)\s+({_NAME})\s+in\s")
_NEAR_NAME = re.compile(rf"\bnear\s+(?:the\s+(?:village|town)\s+of\s+)?({_NAME})(?=\s*(?:,|in\b|on\b|\.|$))")
_VILLAGE_BEFORE = re.compile(rf"({_NAME})\s+$")
_FALLBACK_REACH = 160
_HAS_ARABIC = re.compile("[\u0600-\u06ff]")
_AR_VILLAGE_ROOT = re.compile("قري|بلد|حي|مزرع")
_AR_COMPOUND = frozenset(arabic_fold(w) for w in "تل عين دير كفر بيت جسر خربة أم ابو أبو راس رأس بئر جبل وادي حزة".split())
def _admin1_name(idx: Index, e: Entry) -> str | None:
    prov = idx.province(e.country, e.admin1)
    return prov[0] if prov else None


def _mention(idx: Index, m_start: int, m_end: int, written: str, e: Entry, precision: str) -> PlaceMention:
    lat, lon, geoname, gid = e.lat, e.lon, e.name, e.gid
    if precision == "province" and e.kind == "settlement":
        prov = idx.province(e.country, e.admin1)
        if prov:
            geoname, gid, lat, lon = prov[0], f"geonames-admin1:{e.country}.{e.admin1}", prov[1], prov[2]
    if precision == "country" and e.kind != "country":
        precision = "settlement"
    return PlaceMention(m_start, m_end, written, geoname, gid, e.country, _admin1_name(idx, e),
                        None if lat is None else round(lat, 5), None if lon is None else round(lon, 5), precision)


def _ar_prev(m: Match) -> set[str]:
    raw = m.prev
    return set(arabic_variants(raw)) | {arabic_fold(raw)} if raw and is_arabic(raw) else set()


def _precision(idx: Index, text: str, m: Match, e: Entry) -> tuple[str, Entry]:
    if e.kind in ("country", "district"):
        return e.kind, e
    before = text[max(0, m.start - 48):m.start].lower()
    after = text[m.end:m.end + 40].lower()
    ar_prev = _ar_prev(m)
    countryside = bool(_COUNTRYSIDE_AFTER.match(after) or "countryside of" in before[-20:]
                       or ar_prev & {"ريف", "ارياف"})
    province = countryside or bool(_PROVINCE_AFTER.match(after) or _PROVINCE_BEFORE.search(before)
                                   or ar_prev & _AR_PROVINCE)
    if e.kind == "province":
        seat = idx.capitals.get((e.country, e.admin1)) if e.country and e.admin1 else None
        if province or seat is None or skeleton(m.key) != skeleton(compact_key(idx.entries[seat].name)):
            return "province", e
        e = idx.entries[seat]  # "Deir Ezzor" alone is the city, not the governorate
    capital = e.fcode in ("PPLA", "PPLC")
    if countryside:
        return ("province" if capital else "near-settlement"), e
    if province:
        # "Rafah Governorate", "Manbij district": a unit smaller than the GeoNames province,
        # around a town that is not the province's seat.
        return ("province" if capital else "district"), e
    if _NEAR_BEFORE.search(before) or _NEAR_AFTER.match(after) or ar_prev & _AR_NEAR:
        return "near-settlement", e
    if _PART_BEFORE.search(before):
        return "near-settlement", e  # "northern Gaza": a part of the town or the land around it
    if capital and e.fcode == "PPLA" and _BRACKETED.search(before) and after.startswith(")"):
        return "province", e
    return "settlement", e


def _choose(idx: Index, m: Match, countries: Sequence[str], admin1, home: Sequence[str] = ()) -> Entry | None:
    """The best candidate of a match; `home` are the countries the text is mostly about (all of
    `countries` when not given): elsewhere only a capital or a big city by its own name counts."""
    home = home or countries
    entries = m.entries
    if countries and not m.fuzzy and not any(e.country in countries for e in entries) and m.key.isascii():
        # "Mansoura" in a Syrian report: a Syrian place spelt a little differently beats Egypt's.
        near = [e for k in fuzzy_keys(idx, m.key, False) for e in idx.candidates(k) if e.country in countries]
        entries = near or entries
    found = ranked(idx, entries, countries, admin1)
    # A lone Arabic word abroad is more often an ordinary word ("الصور", the pictures: Tyre).
    strict = not m.key.isascii() and m.end - m.start < 12
    for _score, e in found:
        if m.fuzzy and not home and e.fcode not in ("PPLA", "PPLC") and not m.several_words:
            continue  # a spelling near a village's, with nothing else to go by: not enough
        if not home or e.country in home or e.kind == "country":
            return e
        if m.fuzzy or e.kind != "settlement":
            continue  # nor a province abroad: "Sharqiyah" in a Syrian report is not Egypt's
        if e.fcode == "PPLC" or (not strict and e.population >= 250000 and compact_key(e.name) == m.key):
            return e
    return None


_VOTES: dict[tuple, tuple[str, float] | None] = {}


def _vote(m: Match, lone_arabic: bool) -> tuple[str, float] | None:
    """The country a name points to, and how strongly (None: ambiguous or fuzzy)."""
    if m.fuzzy:
        return None
    ccs = {e.country for e in m.entries if e.country}
    if any(e.kind == "country" for e in m.entries):
        return next(e.country for e in m.entries if e.kind == "country"), 3.0
    if len(ccs) != 1:
        return None
    top = max(m.entries, key=lambda e: e.standing)
    strong = (top.kind == "province" or top.standing >= 5) and not lone_arabic
    return next(iter(ccs)), 2.0 if strong else 1.0 if lone_arabic and top.standing >= 5 else 0.5


def _hints(idx: Index, text: str, matches: list[Match], scores: Counter | None = None) -> list[str]:
    scores = _hint_scores(idx, text, matches) if scores is None else scores
    floor = max([0.5] + [s * 0.2 for s in scores.values()])
    out = [cc for cc, s in sorted(scores.items(), key=lambda t: (-t[1], t[0])) if s >= floor]
    places = _place_scores(idx, text, matches)
    if places:  # the country most of the places named lie in, however often another is named
        best = max(places.values())
        out += [cc for cc, s in sorted(places.items(), key=lambda t: (-t[1], t[0]))
                if s >= max(1.0, best) and cc not in out]
    return out


def _home(scores: Counter, places: Counter | None = None) -> set[str]:
    """The countries a text is mostly about: half the top score or more; and the countries most of
    its places lie in (a report on Russian strikes in Syria names Russia more often than any
    Syrian town: Russia is the attacker, Syria where harm happened): the country with the most
    place votes."""
    top = max(scores.values(), default=0)
    home = {cc for cc, s in scores.items() if s >= max(0.5, top * 0.5)}
    if places:
        best = max(places.values())
        home |= {cc for cc, s in places.items() if s >= max(1.0, best)}
    return home


def _place_scores(idx: Index, text: str, matches: list[Match]) -> Counter:
    """Country votes of the places named (not of country names nor demonyms)."""
    scores: Counter = Counter()
    for m in matches:
        if any(e.kind == "country" for e in m.entries):
            continue
        vote = _VOTES.get((id(idx), m.key, m.fuzzy, not m.key.isascii() and " " not in text[m.start:m.end]))
        if vote and not _for_government(text, m, vote):
            scores[vote[0]] += vote[1]
    return scores


def _for_government(text: str, m: Match, vote: tuple[str, float]) -> bool:
    """A name that does not say where the report is: a capital standing for its government, or where
    rockets were fired from ("shells fired from Gaza hit Sderot")."""
    return (vote[1] >= 2.0 and any(e.fcode == "PPLC" for e in m.entries) and stands_for_government(text, m.start, m.end)) \
        or origin_or_destination(text, m.start)


def _hint_scores(idx: Index, text: str, matches: list[Match]) -> Counter:
    scores: Counter = Counter()
    if len(_VOTES) > 50_000:
        _VOTES.clear()
    seen: Counter = Counter()
    for m in matches:
        lone_arabic = not m.key.isascii() and " " not in text[m.start:m.end]
        k = (id(idx), m.key, m.fuzzy, lone_arabic)
        if k not in _VOTES:
            _VOTES[k] = _vote(m, lone_arabic)
        vote = _VOTES[k]
        if vote and _for_government(text, m, vote):
            continue  # "Ankara did not comment": the government, not a place the report is about
        seen[k] += 1
        # A country's name counts each time (up to 3), a place twice at most, so that a family name
        # repeated down a list of victims cannot outvote the rest of the text.
        if vote and seen[k] <= (3 if vote[1] >= 3 else 2):
            scores[vote[0]] += vote[1]
    for cc in getattr(matches, "demonyms", ()):
        scores[cc] += 1
    return scores


_LAST: tuple = (None, None, None)  # index, text, matches: country_hints then find_places scan once


def _scan(idx: Index, text: str) -> list[Match]:
    global _LAST
    last = _LAST  # one read: safe with threads
    if last[0] is idx and last[1] == text:
        return last[2]
    matches = scan(idx, text)
    _LAST = (idx, text, matches)
    return matches


def country_hints(text: str) -> list[str]:
    """ISO2 codes of the countries the text names or implies (by its places), strongest first."""
    idx = index()
    return _hints(idx, text, _scan(idx, text))


def find_places(text: str, *, countries: Sequence[str] = ()) -> list[PlaceMention]:
    """Every place named in `text`, resolved, in text order; `countries` are ISO2 hints (when
    empty, the text's own country_hints are used)."""
    idx = index()
    matches = _scan(idx, text)
    scores = _hint_scores(idx, text, matches)
    hints = [c.upper() for c in countries] or _hints(idx, text, matches, scores)
    home = [c for c in hints if c in _home(scores, _place_scores(idx, text, matches))] or hints
    chosen = [(m, _choose(idx, m, hints, (), home)) for m in matches]
    named = {(e.country, e.admin1) for m, e in chosen if e and e.admin1 and (e.kind == "province" or e.standing >= 5)}
    out: list[PlaceMention] = []
    for m, e in chosen:
        if named:
            e = _choose(idx, m, hints, named, home)
        if e is None:
            continue
        if named and e.kind == "settlement" and (e.country, e.admin1) not in named and e.standing < 3 \
                and any(c == e.country for c, _a in named) and " " not in text[m.start:m.end].strip():
            continue  # a hamlet of another province, named by one word: most often a namesake
        if not_harm_place(text, m.start, m.end, e):
            continue  # "fired from Lebanon", "Kyiv denied", "Somali troops"
        end = capital_after(text, m.end) if e.kind == "country" else None
        cap = capital(idx, e.country) if end else None
        if cap is not None:  # "Somalia's capital"
            out.append(_mention(idx, m.start, end, text[m.start:end], cap, "settlement"))
            continue
        precision, e = _precision(idx, text, m, e)
        mention = _mention(idx, m.start, m.end, text[m.start:m.end], e, precision)
        if precision == "province":
            mention = part_of_province(idx, text, m, mention)
        out.append(mention)
    offices = [p for p in out if p.precision != "country" and regional_office(text, p.end)]
    if offices and any(p.precision != "country" and p not in offices for p in out):
        out = [p for p in out if p not in offices]  # "... the Donetsk regional prosecutor said": not where
    out.extend(_mention(idx, a, b, text[a:b], cap, "settlement")
               for a, b, cap in demonym_capitals(idx, text, [(p.start, p.end) for p in out]))
    out = inside_other_country(text, out)
    out.extend(_fallbacks(idx, text, out))
    out.sort(key=lambda p: p.start)
    return out


def _village_words(text: str):
    """Occurrences of "village", "town", "camp"... (plain searches first: most texts lack them)."""
    for word in ("village", "town", "hamlet", "neighbo", "farm", "suburb", "camp", "district"):
        if word in text:
            yield from (m for m in _VILLAGE_WORD.finditer(text) if m.group().startswith(word))


def _fallbacks(idx: Index, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Villages the gazetteer lacks, placed at the nearest named place (or province) nearby."""
    spans = [(p.start, p.end) for p in found]
    named: list[tuple[int, int, str]] = []
    if "near " in text:  # "near Kafr Jales in northwest Idlib": a village the gazetteer lacks
        named += [(m.start(1), m.end(1), m.group(1)) for m in _NEAR_NAME.finditer(text)]
    # "an attack on Barsalogho in Burkina Faso's Centre-Nord region": a name placed inside a known place
    for m in _NAME_IN.finditer(text):
        within = text.find(" in ", m.end(1) - 1)
        if any(within < p.start <= within + 45 for p in found) and _plain_name(idx, m.group(1)):
            named.append((m.start(1), m.end(1), m.group(1)))
    for w in _village_words(text):
        m = _VILLAGE_OF.match(text, w.end())
        if m and not any(s < m.end(1) and m.start(1) < e for s, e in spans):
            named.append((m.start(1), m.end(1), m.group(1)))
        elif w.group() in ("village", "town", "neighbourhood", "neighborhood", "camp", "township") \
                or (w.group() == "district" and m is not None):  # "the Barmal district of Paktika"
            # ("the Druze town of X": the word before is an adjective when a name follows)
            m = _VILLAGE_BEFORE.search(text, max(0, w.start() - 40), w.start())
            if m and not _ADJ_BEFORE.search(text, max(0, m.start(1) - 4), m.start(1)) \
                    and fold(m.group(1)) not in _PEOPLE_WORDS:
                named.append((m.start(1), m.end(1), m.group(1)))  # not "a Shiite neighbourhood"
    if _HAS_ARABIC.search(text):
        tokens = tokenize(text)
        for k, t in enumerate(tokens[:-1]):
            if info(t[2])[1] and _AR_VILLAGE_ROOT.search(t[2]) and not _AR_VILLAGE.isdisjoint(arabic_variants(t[2])):
                nxt = tokens[k + 1]
                f_next = info(nxt[2])[0]
                if not info(nxt[2])[1] or f_next in AR_STOP_WORDS or _AR_VILLAGE_ROOT.match(f_next) \
                        or not _AR_NOT_NAME.isdisjoint(arabic_variants(nxt[2])):
                    continue  # "قرية بالقرب من", "بلدة بريف": a preposition, not the village's name
                last = nxt
                if info(nxt[2])[0] in _AR_COMPOUND and k + 2 < len(tokens) and info(tokens[k + 2][2])[1]:
                    last = tokens[k + 2]
                named.append((nxt[0], last[1], text[nxt[0]:last[1]]))
    out = []
    for start, end, written in named:
        if any(s < end and start < e for s, e in spans) or fold(written) in ("the", "a"):
            continue
        anchor = _anchor(found, start, end)
        if anchor is None:
            continue
        precision = "near-settlement" if anchor.precision in ("settlement", "near-settlement") else anchor.precision
        out.append(PlaceMention(start, end, written, None, None, anchor.country, anchor.admin1,
                                anchor.lat, anchor.lon, precision))
        spans.append((start, end))
    return out


def _plain_name(idx: Index, name: str) -> bool:
    """A name that is no actor and no ordinary word ("strikes on Hamas in Gaza" names no village)."""
    from .actors import actor_mentions

    return not actor_mentions(name) and fold(name) not in idx.common_words and fold(name.split()[0]) not in ("the", "a")


def _anchor(found: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    usable = [p for p in found if p.precision in ("settlement", "near-settlement", "district", "province")]
    after = [p for p in usable if 0 <= p.start - end <= _FALLBACK_REACH]
    if after:
        return min(after, key=lambda p: p.start)
    before = [p for p in usable if 0 <= start - p.end <= _FALLBACK_REACH]
    if before:
        return max(before, key=lambda p: p.end)
    # nothing named nearby: the one country the text names, at that precision
    countries = {p.country for p in found if p.precision == "country"}
    if len(countries) == 1 and not usable:
        return next(p for p in found if p.precision == "country")
    return None


def _admin_codes(idx: Index, countries: Sequence[str], admin1: str | None) -> set[tuple[str, str]]:
    if not admin1:
        return set()
    codes = set(idx.admin1_by_key.get(compact_key(admin1), ()))
    codes |= {(cc, code) for (cc, code), v in idx.admin1.items() if code == admin1 or v[0] == admin1}
    return {c for c in codes if not countries or c[0] in countries}


def resolve(name: str, *, countries: Sequence[str] = (), admin1: str | None = None) -> PlaceMention | None:
    """The gazetteer's best reading of one place name (`admin1`: a province name or code)."""
    idx = index()
    name = name.strip()
    if not name:
        return None
    countries = [c.upper() for c in countries]
    keys = arabic_variants(name.replace(" ", "")) + [compact_key(name)] if is_arabic(name) else [compact_key(name)]
    if keys[-1][:2] in ("al", "el") and len(keys[-1]) > 5:
        keys.append(keys[-1][2:])
    entries = [e for k in keys for e in idx.candidates(k)]
    if entries:
        m = Match(0, 0, 0, len(name), keys[0], entries)
        e = _choose(idx, m, countries, _admin_codes(idx, countries, admin1))
        if e is not None:
            precision, e = _precision(idx, name, m, e)
            return _mention(idx, 0, len(name), name, e, precision)
    found = [p for p in find_places(name, countries=countries) if p.precision != "unknown"]
    if not found:
        return None
    best = max(found, key=lambda p: (p.end - p.start, -p.start))
    return best
