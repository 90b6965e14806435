"""Find gazetteer names in text: one pass over the tokens, each capitalised (or Arabic) token
tried as the start of a name and extended while the joined key is a known name prefix.

Tokens are (start, end, text) tuples; facts about a token's text (folded form, script,
capital) are cached per process, since the same words recur from report to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .gazetteer import Entry, Index
from .gazetteer_countries import DEMONYMS
from .gazetteer_names import (
    AR_STOP_WORDS, ARTICLES, FACILITY_WORDS, GIVEN_NAMES, STOP_WORDS, arabic_variants, fold, skeleton,
)

__all__ = ["Match", "Matches", "tokenize", "scan", "info", "fuzzy_keys", "LOCATIVES"]

_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640])+"
                    r"(?:['’ʼʻ`](?:[^\W\d_]|[\u0300-\u036f])+)*")
_JOIN = re.compile(r"[ \t\u00a0]{1,2}|[ ]?[-‐‑–][ ]?")
MAX_TOKENS = 6
LOCATIVES = frozenset({"in", "near", "at", "outside", "into", "towards", "toward", "around"})
_OF_PLACES = frozenset({"village", "town", "city", "camp", "neighbourhood", "neighborhood", "area", "outskirts",
                        "countryside", "suburbs", "east", "west", "north", "south", "vicinity"})
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u1e00-\u1eff\u0400-\u042f"
_W = r"(?:[^\W\d_]|[\u0300-\u036f])+(?:['’ʼʻ`](?:[^\W\d_]|[\u0300-\u036f])+)*"
_ART = r"(?:[Aa][Ll]|[Ee][Ll]|[Aa][DdTtSsNnRrZz][Hh]?|[Ee][DdTtSsNnRrZz])"
_CAP = rf"[{_UP}]{_W}"
_SEP = r"(?:[ \u00a0]|\s?[-‐‑–]\s?)"
# A run of words that may hold a name: capitalised words joined by a space or a hyphen, with
# Arabic articles between them (one before them is added in Python); or a stretch of Arabic.
# ("Croix-des-Bouquets", "Mocímboa da Praia", "Saint-Louis du Nord": French and Portuguese particles too)
_CAPRUN = re.compile(rf"[{_UP}][\w'’ʼʻ`]*(?:{_SEP}(?:(?:{_ART}|d[eoiau]s?|du|la|les?|sur|aux?|[ie](?=-)){_SEP})?[{_UP}][\w'’ʼʻ`]*)*")
_ARRUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+(?:[\s\u00a0]+[\u0600-\u06ff\u0750-\u077f]+)*")
_HAS_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_ART_BEFORE = re.compile(r"(?:^|[^\w])((?:[Aa][Ll]|[Ee][Ll]|[Aa][DdTtSsNnRrZz][Hh]?|[Ee][DdTtSsNnRrZz])[-‐‑] ?)$")
_LEADING_ARTICLE = re.compile(r"^(?:[Aa][Ll]|[Ee][Ll]|[Aa][DdTtSsNnRrZz][Hh]?|[Ee][DdTtSsNnRrZz])[-‐‑\s]+")
_NEXT = re.compile(r"(?:['’]s)?[ \u00a0]{1,2}([A-Za-z]+)")
_PREV = re.compile(r"([^\W\d_]+)[^\w]*$")
_INFO: dict[str, tuple] = {}
_FUZZY: dict[str, tuple[str, ...]] = {}


@dataclass(slots=True)
class Match:
    first: int  # token numbers, inclusive
    last: int
    start: int  # character offsets in the text
    end: int
    key: str
    entries: list[Entry]
    fuzzy: bool = False
    prev: str = ""  # the word before the name, as written ("" at the start)
    several_words: bool = False  # articles aside ("Bani Suhaila", not "al-Qasabiya")


class Matches(list):
    """The names found in a text, and the countries its demonyms point to ("Syrian" -> SY)."""

    demonyms: list[str]


_DEMONYMS = {fold(k): v for k, v in DEMONYMS.items()}


def tokenize(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def info(raw: str) -> tuple[str, bool, bool, tuple[str, ...]]:
    """(folded, is Arabic, starts with a capital, Arabic readings without particles)."""
    got = _INFO.get(raw)
    if got is None:
        if len(_INFO) > 300_000:
            _INFO.clear()
        c = raw[0]
        arabic = "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f"
        variants = tuple(x for x in arabic_variants(raw) if len(x) >= 2) if arabic else ()
        base = raw[:-2] if raw[-2:] in ("'s", "’s") and len(raw) > 4 else raw  # "Gaza's" is Gaza
        got = _INFO[raw] = (fold(base), arabic, c.isupper(), variants)
    return got


def _joined(text: str, a: tuple, b: tuple) -> bool:
    gap = b[0] - a[1]
    if gap == 1:
        return text[a[1]] in " -\u00a0‐‑–"
    return gap <= 3 and _JOIN.fullmatch(text, a[1], b[0]) is not None


def _is_start(text: str, tokens: list, i: int, f: str, upper: bool) -> bool:
    if upper:
        if f in ("as", "at", "an") and text[tokens[i][1]:tokens[i][1] + 1] != "-":
            return False
        return True
    if f in ("al", "el") or (f in ARTICLES and text[tokens[i][1]:tokens[i][1] + 1] == "-"):
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            return info(nxt[2])[2] and _joined(text, tokens[i], nxt)
    return False


def _extend(idx: Index, text: str, tokens: list, i: int, first_key: str) -> tuple[int, str] | None:
    """The longest name starting at token i whose first token folds to `first_key`."""
    best = None
    article = first_key in ARTICLES
    acc = "" if article else first_key
    if acc:
        if acc in idx.keys:
            best = (i, acc)
        if acc not in idx.prefixes:
            return best
    keys, prefixes = idx.keys, idx.prefixes
    for j in range(i + 1, min(i + MAX_TOKENS, len(tokens))):
        if not _joined(text, tokens[j - 1], tokens[j]):
            break
        f = info(tokens[j][2])[0]
        if f in ARTICLES and acc:
            continue
        acc += f
        if acc in keys:
            best = (j, acc)
        if acc not in prefixes:
            break
    return best


def fuzzy_keys(idx: Index, acc: str, best_only: bool = True) -> tuple[str, ...]:
    """Keys spelt like `acc` (same consonant skeleton, close spelling); by default only the
    closest ones."""
    got = _FUZZY.get(acc)
    if got is None:
        if len(_FUZZY) > 100_000:
            _FUZZY.clear()
        skel = skeleton(acc)
        scored = []
        if len(skel) >= 3:
            scored = [(Indel.normalized_similarity(acc, k), k) for k in idx.skeletons.get(skel, ())]
            scored = sorted(((sim, k) for sim, k in scored if sim >= 0.74), reverse=True)
        got = _FUZZY[acc] = tuple(scored)
    if not got:
        return ()
    if best_only:
        return tuple(k for sim, k in got if sim >= got[0][0] - 0.04)
    return tuple(k for _sim, k in got)


def _fuzzy(idx: Index, text: str, tokens: list, i: int) -> tuple[int, str, list[Entry]] | None:
    """A name spelt differently (consonant skeleton and close spelling), up to three tokens."""
    acc, found = "", None
    for j in range(i, min(i + 3, len(tokens))):
        if j > i and not _joined(text, tokens[j - 1], tokens[j]):
            break
        f, arabic, upper, _ = info(tokens[j][2])
        if arabic or not f.isascii():
            break
        if f in ARTICLES:
            continue
        if j > i and not upper:
            break
        acc += f
        if len(acc) < 5:
            continue
        keys = fuzzy_keys(idx, acc)
        if acc[-1] in "iy":  # a family name from a place ("al-Ramlawi") is not the place
            keys = tuple(k for k in keys if k[-1] in "iy")
        if acc.endswith(("ian", "ians", "ese", "ish")):  # "Jordanian" is not Jordan
            keys = ()
        entries = list({id(e): e for k in keys for e in idx.candidates(k) if e.kind != "country"}.values())
        if entries:
            found = (j, acc, entries)
    return found


def _prev_words(text: str, start: int) -> tuple[str, str]:
    """The two words before `start`, as written (nearest first)."""
    window = text[max(0, start - 40):start]
    m = _PREV.search(window)
    if not m:
        return "", ""
    m2 = _PREV.search(window, 0, m.start())
    return m.group(1), (m2.group(1) if m2 else "")


_PARTICLES = ("وبال", "وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك")


def _particle(raw: str, key: str | None) -> int:
    """Length of a leading particle (و ف ب ل ك) to leave out of an Arabic name as written."""
    if raw.startswith("ال") or fold(raw) == key:
        return 0
    for cut in _PARTICLES:
        if raw.startswith(cut) and len(raw) - len(cut) >= 3:
            rest = raw[len(cut):]
            if key is None or key in arabic_variants(rest) or key in arabic_variants("ال" + rest):
                return len(cut) - 2 if cut.endswith("ال") else (1 if cut == "لل" else len(cut))
    return 0


def _judge(idx: Index, tokens: list, i: int, j: int, key: str) -> str:
    """"yes", "no", or "weak": a single word (articles aside) that is also an English word, a
    given name or a short name needs a locative word before it ("in Bar", "near Hassan")."""
    core = [k for k in range(i, j + 1) if info(tokens[k][2])[0] not in ARTICLES] or [i]
    if len(core) > 1:
        return "yes"
    k = core[0]
    raw = tokens[k][2]
    f = info(raw)[0]
    if f in STOP_WORDS or (raw.isupper() and len(raw) <= 3):
        return "no"
    best = max((idx.entries[n].standing for n in idx.keys.get(key, ())), default=0)
    if f in GIVEN_NAMES and k > i and best >= 4.5 and key not in idx.common_words:
        return "yes"  # "El Obeid", "Al-Hasakah": a city written with its article, not a given name
    if key in idx.common_words or f in idx.common_words or f in GIVEN_NAMES or (len(key) <= 4 and best < 4.5):
        return "weak"
    # A lone word beside other capitalised words is most often part of a person's name.
    # ("Afghanistan's Paktika": a possessive before it is another place, not a given name)
    prev_cap = i > 0 and info(tokens[i - 1][2])[2] and info(tokens[i - 1][2])[0] not in STOP_WORDS \
        and tokens[i - 1][2][-2:] not in ("'s", "’s")
    # ("Omdurman's Souq Sabreen": what follows a possessive is the place's part, not a surname)
    next_cap = j + 1 < len(tokens) and info(tokens[j + 1][2])[2] and tokens[j][2][-2:] not in ("'s", "’s")
    return "yes" if not (prev_cap or next_cap) or best >= 4.5 else "no"


def _person_from(tokens: list) -> int | None:
    """Where a person's name starts in a run ("Dr Mohammed Ashraf al-Mughari"): a given name
    followed by another capitalised word; None when the run holds no such name."""
    for k, t in enumerate(tokens[:-1]):
        f, _arabic, upper, _ = info(t[2])
        if f in GIVEN_NAMES and f not in _NAME_PARTS and upper and info(tokens[k + 1][2])[2]:
            return k
        if f not in STOP_WORDS:
            return None
    return None


_NAME_PARTS = frozenset({"abu", "umm", "bin", "ibn", "bani", "beit", "bayt", "ben"})


def _scan_run(idx: Index, run: str) -> tuple[list[tuple], tuple[str, ...]]:
    """Names in one run of words: (start, end, key, entries, fuzzy, weak, previous word or None),
    and the countries of the demonyms among its words."""
    tokens = tokenize(run)
    demonyms = tuple(_DEMONYMS[f] for f in (info(t[2])[0] for t in tokens) if f in _DEMONYMS)
    out: list[tuple] = []
    i, n = 0, len(tokens)
    person = _person_from(tokens) if n > 1 else None
    if person is not None:
        n = person  # the rest of the run is a person's name
    keys = idx.keys
    while i < n:
        start, _end, raw = tokens[i]
        f, arabic, upper, variants = info(raw)
        prev = tokens[i - 1][2] if i else None
        hit = None
        if arabic:
            for variant in variants:
                got = _extend(idx, run, tokens, i, variant)
                if got and (hit is None or got[0] > hit[0]):
                    hit = got
            if hit and (hit[0] > i or (hit[1] not in AR_STOP_WORDS and len(hit[1]) >= 3)):
                start += _particle(raw, hit[1] if hit[0] == i else None)
                out.append((start, tokens[hit[0]][1], hit[1], idx.candidates(hit[1]), False, False, prev))
                i = hit[0] + 1
                continue
        elif _is_start(run, tokens, i, f, upper):
            hit = _extend(idx, run, tokens, i, f)
            if hit is None and f[:2] in ("al", "el") and len(f) > 5 and f[2:] in keys:
                hit = (i, f[2:])
            fuzzy = None
            if (hit is None or hit[0] == i) and upper and f not in STOP_WORDS:
                fuzzy = _fuzzy(idx, run, tokens, i)
                if fuzzy and fuzzy[0] == i and (f in idx.common_words or f in GIVEN_NAMES):
                    fuzzy = None  # one ordinary word spelt like a place
                if fuzzy and (hit is None or fuzzy[0] > hit[0]):
                    hit = (fuzzy[0], fuzzy[1])
                else:
                    fuzzy = None
            verdict = _judge(idx, tokens, i, hit[0], hit[1]) if hit else "no"
            if verdict != "no":
                entries = fuzzy[2] if fuzzy else idx.candidates(hit[1])
                end = tokens[hit[0]][1]
                if tokens[hit[0]][2][-2:] in ("'s", "’s"):
                    end -= 2  # "Gaza's": the name is Gaza
                out.append((start, end, hit[1], entries, bool(fuzzy), verdict == "weak", prev))
                i = hit[0] + 1
                continue
        i += 1
    return out, demonyms


_RUNS: dict[str, list[tuple]] = {}


def _runs(text: str) -> list[tuple[int, int]]:
    """Spans that may hold names, in text order."""
    spans = []
    for m in _CAPRUN.finditer(text):
        a, b = m.span()
        if a and (text[a - 1].isalpha() or text[a - 1] in "'’"):
            continue  # a capital inside a word
        if a > 2 and (text[a - 1] in "-‐‑" or text[a - 2] in "-‐‑"):
            art = _ART_BEFORE.search(text, max(0, a - 5), a)
            if art:
                a = art.start(1)
        spans.append((a, b))
    if _HAS_ARABIC.search(text):
        spans.extend(m.span() for m in _ARRUN.finditer(text))
        spans.sort()
    return spans


_UNIT_NEXT = re.compile(r"\s+(?:territory|district|township|province|governorate|oblast|county|cercle|locality|commune|"
                        r"department|raion|woreda|prefecture|state|region)\b", re.I)
_COMPASS = frozenset("north south east west northern southern eastern western central".split())


def scan(idx: Index, text: str) -> Matches:
    """Every gazetteer name in `text`, longest first, not overlapping, in text order."""
    out = Matches()
    out.demonyms = []
    runs = _RUNS
    if runs.get("\0index") is not idx:  # results belong to one index
        runs.clear()
        runs["\0index"] = idx  # type: ignore[assignment]
    for a, b in _runs(text):
        words = text[a:b]
        hits = runs.get(words)
        if hits is None:
            if len(runs) > 200_000:
                runs.clear()
                runs["\0index"] = idx  # type: ignore[assignment]
            hits = runs[words] = _scan_run(idx, words)
        hits, demonyms = hits
        if demonyms:
            out.demonyms.extend(demonyms)
        if not hits:
            continue
        base = a
        for start, end, key, entries, fuzzy, weak, prev in hits:
            start += base
            end += base
            nxt = _NEXT.match(text, end)
            if nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower() in FACILITY_WORDS \
                    and text[end:end + 1] not in "'’":
                continue  # "al-Shifa Hospital" names a hospital; "a Gaza hospital" is in Gaza
            if weak:
                prev2 = ""
                if prev is None:
                    prev, prev2 = _prev_words(text, start)
                low = prev.lower()
                if not (low in LOCATIVES or (low == "of" and prev2.lower() in _OF_PLACES)
                        or (_UNIT_NEXT.match(text, end) and key not in _COMPASS)):
                    continue  # ("the Beni territory", "Tamu township": a unit named after the place)
            elif prev is None:
                prev = _prev_words(text, start)[0] if not key.isascii() else ""
            several = _LEADING_ARTICLE.sub("", text[start:end]).strip(" -").count(" ") > 0
            out.append(Match(0, 0, start, end, key, entries, fuzzy, prev, several))
    return out
