"""Stage 2 — extract: a document's text → claims (shared/contract/claim.schema.json).

    extract(text, *, document, published=None, title=None, url=None) -> list[dict]
    EXTRACTOR_VERSION: str
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["EXTRACTOR_VERSION", "extract"]

EXTRACTOR_VERSION = "1.18.0"

_COUNTRY_WORDS = [
    ("SY", "syria aleppo idlib raqqa deir ez-zor deir ezzor homs hama damascus daraa manbij hasakah"),
    ("IQ", "iraq mosul baghdad anbar ramadi fallujah kirkuk nineveh"),
    ("YE", "yemen sanaa sana'a hodeidah taiz saada aden marib"),
    ("PS", "gaza west bank|rafah|khan yunis|khan younis|jabalia|palestinian"),
    ("UA", "ukrain kyiv kharkiv donetsk zaporizhzhia kherson odesa dnipro"),
    ("LB", "lebanon lebanese beirut"), ("AF", "afghan kabul helmand kunduz"),
    ("SO", "somali mogadishu"), ("LY", "libya tripoli benghazi"), ("SD", "sudan khartoum darfur"),
]
_COUNTRY_KEYS = [(c, [w.strip() for w in ws.replace("|", " ").split() if len(w.strip()) > 3]) for c, ws in _COUNTRY_WORDS]


def _places_module():
    """harmwatch.extract.places, or None when it cannot be loaded (claims are still extracted)."""
    try:
        from . import places
    except Exception:  # noqa: BLE001 - a broken gazetteer must not lose the claims
        return None
    return places


def _countries(text: str) -> list[str]:
    places = _places_module()
    hints: list[str] = []
    fn = getattr(places, "country_hints", None)
    if fn is not None:
        try:
            hints = list(fn(text))
        except Exception:  # noqa: BLE001 - a place lookup failure must not lose the claims
            hints = []
    if hints:
        return hints
    low = text[:5000].lower()
    counts = {c: sum(low.count(w) for w in words) for c, words in _COUNTRY_KEYS}
    counts = {c: n for c, n in counts.items() if n}
    for c in sorted(counts, key=counts.get, reverse=True):
        if c not in hints:
            hints.append(c)
    return hints


def _places(text: str, countries: list[str]) -> list:
    places = _places_module()
    if places is None:
        return []
    try:
        found = list(places.find_places(text, countries=countries))
    except Exception:  # noqa: BLE001 - a place lookup failure must not lose the claims
        return []
    if countries and any(m.country in countries for m in found):
        # a name that also exists abroad ("Qarah", a common word) stays in the document's countries
        found = [m for m in found if m.country is None or m.country in countries]
    return found


_AR_LETTERS = re.compile(r"[\u0621-\u064A]")


def _tallies_then(segs, infos, text, anchor, document, title, extra: list[dict]) -> list[dict]:
    """The tally claims of `segs` followed by `extra` claims."""
    from .claims import Context, build_claim

    out = []
    if segs:
        ctx = Context(text, anchor, _countries(text), [], infos, title)
        out = [build_claim(seg, ctx, document, first=False, prev_perps=None) for seg in segs if seg.kind == "tally"]
    return out + extra


def _arabic(text: str, sents: list, document: str, anchor: date | None) -> list[dict]:
    from .arabic import arabic_claims
    from .dates import find_dates

    if anchor is None:
        from .published import full_dates

        dated = [d.first for d in find_dates(text[:5000], None) if d.first and d.has_year and d.precision == "day"]
        dated += [d for _, d in full_dates(text[:300])]
        anchor = max(dated) if dated else None
    countries = _countries(text)
    places = _places(text, countries)
    out = arabic_claims(text, sents, document=document, anchor=anchor, places=places, countries=countries)
    if not out:  # an attack told with no harm (extract/attacks.py)
        from .attacks import arabic_attack_claims

        out = arabic_attack_claims(text, sents, document=document, anchor=anchor, places=places, countries=countries)
    return out


def extract(text: str, *, document: str, published: date | None = None, title: str | None = None,
            url: str | None = None) -> list[dict]:
    """Claims of one document, valid against the contract's claim schema, in document order.

    Without `published`, the page's own date (a tweet footer, a byline, a date in `url`) anchors
    relative dates (extract/published.py)."""
    from .actors import official_response
    from .claims import Context, build_claim
    from .dates import dateline
    from .segment import analyse, segments
    from .text import sentences

    if not text or not text.strip():
        return []
    page = None
    if published is None:
        from .published import page_date

        page = page_date(text, url)
    from .published import blank_page_dates
    from .text import blank_furniture

    # other posts' headlines ("Related News") and the page's own dates (footers, bylines) are not
    # the harm's: blanked, same length, so offsets still index the text
    text = blank_furniture(blank_page_dates(text))
    dl_date, dl_end = dateline(text, published or page)
    anchor = published or dl_date or page
    if dl_date and published and 0 < (published - dl_date).days <= 7:
        anchor = dl_date  # "KYIV, March 3 (Reuters) - ... yesterday": the story was filed on March 3
    sents = sentences(text)
    from .arabic import is_arabic

    if is_arabic(text):
        return _arabic(text, sents, document, anchor)
    infos = [analyse(s, anchor, dl_end, text) for s in sents]
    if anchor is None:
        dated = [d.first for i in infos for d in i.dates if d.first and d.has_year and d.precision == "day"]
        if dated:
            anchor = max(dated)
            infos = [analyse(s, anchor, dl_end, text) for s in sents]
    segs = segments(infos)
    if not any(seg.kind == "incident" for seg in segs) and _AR_LETTERS.search(text):
        if len(_AR_LETTERS.findall(text[:20000])) >= 40:  # Arabic posts quoted in an English page
            ar = _arabic(text, sents, document, anchor)
            if ar:
                return _tallies_then(segs, infos, text, anchor, document, title, ar)
    if not any(seg.kind == "incident" for seg in segs):  # an attack told with no harm (extract/attacks.py)
        from .attacks import attack_segment

        attack = attack_segment(infos, lambda: _places(text, _countries(text)), anchor)
        if attack is not None:
            segs = sorted(segs + [attack], key=lambda seg: seg.lead.sent.index)
    if not segs:
        return []
    countries = _countries(text)
    mentions = _places(text, countries) if any(s.kind == "incident" for s in segs) else []
    ctx = Context(text, anchor, countries, mentions, infos, title, dl_end)
    claims: list[dict] = []
    prev: list[str] | None = None
    first = True
    n_incidents = sum(s.kind == "incident" for s in segs)
    for seg in segs:
        claim = build_claim(seg, ctx, document, first=first and seg.kind == "incident", prev_perps=prev)
        if seg.kind == "incident":
            if claim["official_response"] == "none" and n_incidents == 1:
                claim["official_response"] = official_response(text)
            first = False
            if seg.lead.item is None:  # a bulleted item's attacker does not carry over to what follows
                prev = [p for p in claim["perpetrators"] if p != "unknown"] or prev
        claims.append(claim)
    return claims
