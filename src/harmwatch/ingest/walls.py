"""Scraped pages that hold no report: bot walls, login walls, error pages; and the headline an address gives.

A scraper often stores what a site served instead of the report: "Please wait while your request
is being verified", "This browser is not supported", a social platform's login prompt, "This page
isn't available". Such a text tells nothing, and one wall text arrives under many addresses (ingest
stores a text once, so they would all become one document). But many news addresses carry the
headline as their slug (`.../a-citizen-killed-three-injured-in-shelling-on-hoshan-village-h31626.html`,
`.../2022/07/two-civilians-martyred-...-on-ain-issa-countryside/`): `slug_headline` reads it, and
`readable_text` puts it as the first line of a wall page's text (the wall kept below it), so that
extraction and linking have the headline to work on and each address stays a document of its own.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

__all__ = ["WALL_MAX_CHARS", "is_wall", "slug_headline", "readable_text"]

WALL_MAX_CHARS = 600  # a wall is short: a longer text with such a phrase is a page with content
_MIN_WORDS = 4         # a slug needs this many words to be a headline (not "posts", "watch", "news-123")

# What a site serves instead of the page (lower case, white space collapsed). Only phrases that a
# report would not use: "access denied" or "page not found" may be a tweet's words.
_WALL_PHRASES = (
    "please wait while your request is being verified", "this browser is not supported",
    "this browser is no longer supported", "checking your browser before accessing",
    "checking if the site connection is secure", "enable javascript and cookies to continue",
    "attention required! | cloudflare", "cloudflare ray id", "ddos protection by",
    "request unsuccessful. incapsula incident id", "you need to enable javascript to run this app",
    "this page isn't available right now", "this page isn’t available right now", "this post is unavailable",
    "this content isn't available right now", "this content isn’t available right now",
    "you must log in to continue", "log into facebook", "redirect notice the previous page is sending you to",
    "video is the place to enjoy videos and shows together", "403 forbidden", "404 not found",
)
_WS = re.compile(r"\s+")
_EXT = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.I)
_SEP = re.compile(r"[-_+]+")
_ID_TOKEN = re.compile(r"^[a-z]{0,2}\d{3,}[a-z]{0,2}$", re.I)  # an article id: h31626, 220614, p405083
# Words of harm reports' headlines that are not names: a lower-case slug keeps them lower case and
# capitalises the rest (place and actor names), as extraction reads names by their capitals.
_COMMON = frozenset("""
    a an and as at by due for from in into its of on or the to with after over near during amid while
    his her their he she they it is are was were be been has have had who which that this these those
    not no more than one two three four five six seven eight nine ten dozens dozen several many some
    others other another among including least at new old young year years day days night morning
    killed kill kills killing dead death deaths died dies die toll rises rose rise injured injures
    injuring injury injuries wounded wounding wounds hurt martyred martyr martyrs victims victim
    civilian civilians citizen citizens people person man men woman women child children boy boys
    girl girls family families member members resident residents farmer farmers worker workers
    shelling shell shells shelled bombing bombard bombards bombarded bomb bombs bombed strike strikes
    struck airstrike airstrikes air raid raids drone drones attack attacks attacked missile missiles
    rocket rockets artillery heavy weapons fire fired gunfire shooting shot explosion blast mine
    landmine car motorcycle targeting targets targeted target hits hit house home houses homes school
    hospital market mosque camp village villages town towns city cities countryside district region
    province area areas outskirts centre center north south east west northern southern eastern
    western occupation forces force army troops soldiers military mercenaries militia militias
    regime government fighters gunmen police security operation operations clashes clash
    escalation continue continues continued renewed launch launches launched carry carries carried
    out against says said report reports reported leaves leave left under latest new
""".split())
_COMMON_ENDINGS = ("ing", "ed")
_LETTERS = re.compile(r"[^\W\d_]", re.U)


def is_wall(text: str | None) -> bool:
    """Whether a scraped text is a bot wall, login wall or error page rather than a report."""
    flat = _WS.sub(" ", text or "").strip().lower()
    if len(flat) > WALL_MAX_CHARS:
        return False
    if not flat:
        return True
    return any(p in flat for p in _WALL_PHRASES)


def _words(segment: str) -> list[str]:
    words = [w for w in _SEP.split(_EXT.sub("", unquote(segment))) if w]
    while words and _ID_TOKEN.match(words[-1]):
        words.pop()  # a trailing article id: "h31626", "220614"
    while words and _ID_TOKEN.match(words[0]):
        words.pop(0)  # a leading one: "29236-child-killed-..."
    return words


def slug_headline(url: str | None) -> str | None:
    """The headline an address spells out in its path (the longest slug of `_MIN_WORDS` words or more
    with letters; in Latin letters, two or more of them common headline words), as a sentence; None
    when it has none. The query string is never read."""
    if not url or not isinstance(url, str):
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    best: list[str] = []
    for segment in path.split("/"):
        words = _words(segment)
        if sum(1 for w in words if _LETTERS.search(w)) >= _MIN_WORDS and len(words) > len(best):
            best = words
    if not best:
        return None
    if all(w.isascii() for w in best) and sum(w.lower() in _COMMON for w in best) < 2:
        return None  # not an English headline: a transliteration ("aldwlh-altrkyh-tqtl-4-atfal"), a page name
    if all(w == w.lower() for w in best):  # names capitalised, so that places read as places
        best = [w if w in _COMMON or w.endswith(_COMMON_ENDINGS) else w[:1].upper() + w[1:] for w in best]
    text = " ".join(best)
    return text[:1].upper() + text[1:] + "."


def readable_text(text: str, url: str | None) -> str:
    """A wall page's text with its address's headline as the first line; any other text as it is."""
    if not is_wall(text):
        return text
    headline = slug_headline(url)
    if headline is None:
        return text
    return f"{headline}\n\n{text}" if text.strip() else headline
