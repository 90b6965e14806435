"""Document text similarity for linking: TF-IDF over word uni- and bigrams, page furniture ignored.

A `TextModel` is fitted on the stored documents: lines that occur in `BOILER_DOCS` or more
documents (menus, tweet chrome, outlet templates) are dropped before counting, URLs are
stripped, words need three letters and no digits, and terms seen in one document only or in
more than `MAX_DF` of the documents written in the same script weigh nothing (so that one
language's function words do not make its few documents look alike in a corpus of another).
A document with fewer than `MIN_CHARS` characters of real text (a tweet shell, a login wall) gets no vector: stub pages resemble one another, not
their incident. A short text (`SHORT_MIN_CHARS` or more: a tweet, a caption) may get one on
request (`min_chars`); the linker uses it only between reports published within a day or so.
Vectors are sparse dicts with unit length, so a cosine is a sum over shared terms.

Arabic words are normalised before counting (`normalise`): diacritics and tatweel dropped, the
forms of alef, alef maqsura, ta marbuta and hamza seats folded, and the article and the commonest
attached particles (و، ف، ب، ك، ل + ال) and plural endings stripped (light stemming), so that
"جرابـلس" and "جرابلس", "بالقصف" and "القصف", "أعزاز" and "#إعزاز" count as one term each.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["TextModel", "cosine", "normalise", "MIN_CHARS", "SHORT_MIN_CHARS", "BOILER_DOCS", "MAX_DF", "TOP_TERMS"]

MIN_CHARS = 300    # real text (after furniture is dropped) a document needs to link by wording
SHORT_MIN_CHARS = 50  # a short text (a tweet): links by wording only to reports of the same days
BOILER_DOCS = 3    # a line found in this many documents is page furniture
MAX_DF = 0.2       # terms in more than this share of documents carry no weight
TOP_TERMS = 30     # a vector's heaviest terms, used to find candidates (blocking)

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_WORD = re.compile(r"[^\W\d_]{3,}", re.U)


# Arabic: diacritics (harakat, dagger alef) and tatweel dropped; alef, yeh, teh marbuta and hamza seats folded.
_AR_FOLD = str.maketrans({**{chr(c): None for c in range(0x064B, 0x0653)}, "\u0670": None, "\u0640": None,
                          "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
# Light stemming (after folding): attached conjunctions/prepositions with the article, then plural endings.
_AR_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و")
_AR_SUFFIXES = ("ات", "ون", "ين", "ان")


def _ar_stem(word: str) -> str:
    for p in _AR_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p):]
            break
    for s in _AR_SUFFIXES:  # (a stem of 4+ letters: "عفرين", a place, is not a plural)
        if word.endswith(s) and len(word) - len(s) >= 4:
            return word[:-len(s)]
    return word


def normalise(text: str) -> list[str]:
    """The words (3+ letters, no digits) of a text, lower-cased; Arabic words folded and lightly stemmed."""
    words = _WORD.findall(text.lower().translate(_AR_FOLD))
    return [_ar_stem(w) if "\u0600" <= w[0] <= "\u06ff" else w for w in words]


def _lines(text: str) -> set[str]:
    return {ln.strip().lower() for ln in text.splitlines() if ln.strip()}


def _script(term: str) -> str:
    """A term's writing system, coarsely: IDF is computed among documents written in it."""
    c = term[0]
    if "\u0600" <= c <= "\u08ff":
        return "arabic"
    if "\u0400" <= c <= "\u04ff":
        return "cyrillic"
    return "latin" if c.isascii() or c <= "\u024f" else "other"


def _terms(text: str) -> list[str]:
    words = normalise(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class TextModel:
    """Line and term document frequencies of a corpus; `vector(text)` for any of its documents."""

    def __init__(self, texts: Iterable[str | None]):
        self.docs = 0
        self.line_df: Counter[str] = Counter()
        self.term_df: Counter[str] = Counter()
        self.script_docs: Counter[str] = Counter()
        texts = [t or "" for t in texts]
        for t in texts:
            self.line_df.update(_lines(t))
        for t in texts:
            self.docs += 1
            terms = set(_terms(self.clean(t)))
            self.term_df.update(terms)
            self.script_docs.update({_script(x) for x in terms})

    def clean(self, text: str | None) -> str:
        """The text without page furniture (lines shared by many documents) and URLs."""
        keep = [ln for ln in (text or "").splitlines()
                if ln.strip() and self.line_df[ln.strip().lower()] < BOILER_DOCS]
        return _URL.sub(" ", "\n".join(keep))

    def vector(self, text: str | None, min_chars: int = MIN_CHARS) -> dict[str, float] | None:
        """Unit-length TF-IDF vector (sublinear tf); None for a stub (< `min_chars` of real text)."""
        body = self.clean(text)
        if len(body.strip()) < min_chars:
            return None
        vec: dict[str, float] = {}
        for term, count in Counter(_terms(body)).items():
            df = self.term_df.get(term, 0)
            n = max(self.script_docs.get(_script(term), 0), df, 1)  # documents written in its script
            if 1 < df <= MAX_DF * n:  # so a script needs ten documents before its words count
                vec[term] = (1.0 + math.log(count)) * math.log(n / df)
        norm = math.sqrt(sum(w * w for w in vec.values()))
        if not norm:
            return None
        return {t: w / norm for t, w in vec.items()}


def cosine(a: dict[str, float] | None, b: dict[str, float] | None) -> float:
    """Cosine of two unit vectors (0.0 when either is missing)."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
