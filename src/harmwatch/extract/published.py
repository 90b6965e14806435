"""The publication date a scraped page carries itself, for documents whose metadata has none.

Scraped tweets, Facebook posts and news pages state when they were posted in their furniture:
a tweet footer ("3:45 PM · Oct 5, 2023"), a Facebook post header ("October 5, 2023 · Shared
with Public"), a byline ("Published 05/10/2023", "Updated: Thursday 5 October 2023",
"تاريخ النشر: ..."), a line holding only a date ("13 December، 2021", "الخميس, ٥ أكتوبر ٢٠٢٣,
١٤:٢٢"), or the page's address ("/2023/10/05/", a tweet's status number). `page_date` returns
that date; the extractor uses it like `--published`: to resolve "yesterday" or "on Monday" and,
when the text dates nothing, as the claim's date with precision `unknown`.

Only dates with a day and a year count: a page dated "March 1" alone says nothing certain.

`blank_page_dates` turns to spaces what dates the page rather than the harm, before the text is
read: footers, post headers and bylines, a site's "latest news" menu under the day it was
scraped, and captions of archive photos ("FILE - In this Sunday, Aug. 29, 2021 file photo").
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .arabic import _MONTHS as _AR_MONTHS
from .dates import _MON, _MONTHS

__all__ = ["page_date", "url_date", "tweet_date", "full_dates", "is_date_line", "blank_page_dates", "ends_with_date"]

_INDIC = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
_INDIC_RX = re.compile(f"[{_INDIC}]")


def _ascii_digits(s: str) -> str:
    """`s` with Arabic-Indic and Persian digits as ASCII digits (same length; cheap when it has none)."""
    if _INDIC_RX.search(s) is None:
        return s
    for i, c in enumerate(_INDIC):
        s = s.replace(c, str(i % 10))
    return s


_AR_MON = "|".join(sorted(_AR_MONTHS, key=len, reverse=True))
_MONTH = rf"(?:{_MON}\.?|{_AR_MON})"
_D = r"(?:3[01]|[12][0-9]|0?[1-9])"
_Y = r"(?:19[89][0-9]|20[0-9][0-9])"
_WD = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
       r"(?:يوم\s+)?(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)")
# one date with its day, month and year; the groups are numbered apart so one pattern holds all forms
_DATE = (rf"(?:(?P<d1>{_D})(?:st|nd|rd|th)?\s*/?\s*(?:من\s+)?(?P<m1>{_MONTH})(?:\s*/\s*{_MONTH})?\s*/?[,،]?\s*(?:عام\s+)?(?P<y1>{_Y})"
         rf"|(?P<m2>{_MONTH})(?:\s*/\s*{_MONTH})?\s+(?P<d2>{_D})(?:st|nd|rd|th)?[,،]?\s+(?P<y2>{_Y})"
         rf"|(?<![0-9])(?P<y3>{_Y})[-/._](?P<m3>1[0-2]|0?[1-9])[-/._](?P<d3>{_D})(?![0-9])"
         rf"|(?<![0-9/.-])(?P<d4>{_D})[-/._](?P<m4>1[0-2]|0?[1-9])[-/._](?P<y4>{_Y})"
         # month first only when it cannot be read day first: "11/22/2021"
         rf"|(?<![0-9/.-])(?P<m5>1[0-2]|0?[1-9])/(?P<d5>1[3-9]|2[0-9]|3[01])/(?P<y5>{_Y}))")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|[صم](?![\u0621-\u064A])))?"  # "3:45 PM", "14:22:05", "٣:٤٥ م"
_FOOTERS = [
    # tweet footer: "3:45 PM · Oct 5, 2023" (the view count may follow without a space)
    re.compile(rf"{_TIME}\s*[·•\-–]\s*(?:{_DATE})"),
    # Facebook post header: "October 5, 2023 · Shared with Public", "5 October 2023 at 14:02 ·"
    re.compile(rf"(?:{_DATE})(?:\s+at\s+{_TIME})?\s*·"),
    # bylines: "Published 05/10/2023", "Updated: Thursday, 5 October 2023", "تاريخ النشر: ..."
    re.compile(rf"(?:^|(?<=[\n|·•—–]))\s*(?:(?:(?:First\s+)?Published|Posted|Updated|Last\s+(?:updated|modified)|Released"
               rf"|Issued|Modified)(?:\s+(?:on|at))?|Date(?=\s*:)"
               rf"|تاريخ\s+النشر|نشر\s+في|آخر\s+تحديث)\s*[:：\-–|]?\s*(?:(?:{_WD})[,،]?\s*)?(?:{_DATE})", re.I),
    # a date under its label, alone on the line before: "Date\n13.05.2022", "تاريخ\n13.05.2022"
    re.compile(rf"(?:^|(?<=\n))[ \t]*(?:Date|Published|تاريخ|التاريخ)[ \t]*:?[ \t]*\n[ \t]*(?:(?:{_WD})[,،]?\s*)?(?:{_DATE})"
               rf"[ \t]*(?=\n|$)", re.I),
    # a Telegram post's footer: "19.9K viewsDec 27, 2024 at 09:05", "edited Dec 27, 2024 at 09:05"
    re.compile(rf"(?:views|edited)\s*(?:{_DATE})\s+at\s+{_TIME}"),
]
# a line holding only a date, maybe with its weekday and time: "13 December، 2021", "الجمعة, ٣١ مايو ٢٠٢٤, ٢٢:٢٩"
# the time may carry its zone or the edition's country: "Friday 21 January 2022 16:42, UK", "10:05 GMT+3"
_ZONE = r"(?:[ \t]*,?[ \t]*(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?)?|[A-Z]{2,4}|[+-]\d\d:?\d\d))?"
# ... or an ISO stamp: "2019-10-12T14:22:00Z", "2019-10-12T14:22:00+03:00"
_ISO_TIME = r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
_LINE = re.compile(rf"^[ \t]*(?:(?:{_WD})[,،]?\s*)?(?:{_DATE})(?:[ \t]*[,،\-|·]?[ \t]*{_TIME}{_ZONE}|{_ISO_TIME})?[ \t]*$", re.M)
_TWEET = re.compile(r"(?:twitter|x)\.com/[^/]+/status(?:es)?/(?P<id>[0-9]{15,20})", re.I)
_HEAD = 20000  # furniture is looked for in the page's first characters only
_ANY = re.compile(_DATE)
_YEAR_AT = re.compile(r"20[0-9][0-9]|19[89][0-9]")  # every full date holds a year: the cheap trigger


def _find(rx: re.Pattern, s: str, years: list[int] | None = None) -> list[re.Match]:
    """Matches of `rx` (a pattern holding a full date) tried only around the years of `s`: far
    cheaper than `rx.finditer`, whose month names would be tried at every character."""
    out: list[re.Match] = []
    last = 0
    n = len(s)
    for p in _years(s) if years is None else years:
        if p < last:
            continue
        m = rx.search(s, max(last, p - 45), min(n, p + 30))
        if m is not None and m.start() <= p < m.end():
            out.append(m)
            last = m.end()
    return out


def _years(s: str) -> list[int]:
    return [m.start() for m in _YEAR_AT.finditer(s)]


@lru_cache(maxsize=8)
def _footers(head: str) -> tuple[tuple[int, int, date | None], ...]:
    """(start, end, date) of the footer, post-header and byline dates in `head`, in order."""
    years = _years(head)
    if not years:
        return ()
    found = [(m.start(), m.end(), _from_match(m)) for rx in _FOOTERS for m in _find(rx, head, years)]
    return tuple(sorted(found, key=lambda t: t[0]))


def _month(s: str) -> int | None:
    s = s.strip()
    return _MONTHS.get(s.lower().rstrip(".")) or _AR_MONTHS.get(s)


def _from_match(m: re.Match) -> date | None:
    g = m.groupdict()
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if g[d]:
            month = _month(g[mo])
            return _safe(int(g[y]), month, int(g[d])) if month else None
    if g["y3"]:
        return _safe(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    if g["y4"]:
        return _safe(int(g["y4"]), int(g["m4"]), int(g["d4"]))
    if g["y5"]:
        return _safe(int(g["y5"]), int(g["m5"]), int(g["d5"]))
    return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def tweet_date(url: str) -> date | None:
    """The UTC day a tweet was posted, read from its status number (see harmwatch.ingest.urldate)."""
    return url_date(url) if _TWEET.search(url or "") else None


def url_date(url: str | None) -> date | None:
    """The date in a page's address: "/2023/10/05/", "/2023-10-05-", or a tweet's status number."""
    from harmwatch.ingest.urldate import url_date as from_address

    return from_address(url)


def page_date(text: str, url: str | None = None) -> date | None:
    """The page's own publication date (see the module's docstring), or None."""
    head = _ascii_digits(text[:_HEAD])
    for _, _, d in _footers(head):
        if d is not None:
            return d
    found = url_date(url)
    if found:
        return found
    lines = [(m, d) for m in _find(_LINE, head) if (d := _from_match(m)) is not None]
    if lines and not _over_headlines(head, lines[0][0].end()):
        return lines[0][1]  # the first one, over the article
    if len({d for _, d in lines}) >= 3:
        return None  # a list of other posts, each with its day: none of them is this page's
    for m, d in lines[1:]:
        if not _over_headlines(head, m.end()):
            return d
    return None


_SENTENCE_END = re.compile(r"[.!?؟]['\"”’)]*$")
_PROSE_END = re.compile(r"(?<!\.)\.['\"”’)]*$")


def _latest_news(head: str) -> list[tuple[int, int]]:
    """The span of a site's "latest news" menu at the top of the page: a date line (the day it
    was scraped) over a run of other stories' headlines, up to the first line that is no headline
    (article prose, or a menu word such as "Language"). Its headlines ("11 people killed in
    separate incidents") are other stories', not this page's."""
    for m in _find(_LINE, head[:600]):
        if not _over_headlines(head, m.end()):
            continue
        end, n = m.end(), 0
        for line in re.finditer(r"[^\n]+", head[m.end():m.end() + 6000]):
            ln = line.group(0).strip()
            if not ln:
                continue
            if len(ln) >= 110 or _PROSE_END.search(ln):
                return []  # prose follows: maybe the post's own lines, kept
            if len(ln.split()) < 3:
                # a menu word ends the run (a headline may ask "...?" or be cut "..."); blanked
                # only when the page's own story follows: a page holding nothing but the menu
                # was scraped without its story, and is left as it is
                story = any(len(x) >= 110 for x in head[end:end + 8000].split("\n"))
                return [(m.start(), end)] if n >= 5 and story else []
            end, n = m.end() + line.end(), n + 1
        return []
    return []


def _over_headlines(text: str, at: int) -> bool:
    """True when the lines after `at` are a list of headlines (the next three are short and none
    ends a sentence): the date over a site's menu is the day it was scraped, not published."""
    lines = [ln.strip() for ln in text[at:at + 1500].split("\n")]
    lines = [ln for ln in lines if ln][:3]
    # a headline cut short ("... the largest share of the children...") ends no sentence
    return len(lines) == 3 and all(len(ln) < 110 and (not _SENTENCE_END.search(ln) or ln.endswith(("...", "…")))
                                   for ln in lines)


def full_dates(text: str) -> list[tuple[int, date]]:
    """(offset, date) of every date with day, month and year in `text`, English or Arabic, in any
    digits: "5 October 2023", "Oct 5, 2023", "٥ تشرين الأول ٢٠٢٣", "3/ أيار/ 2023", "20-10-2022"."""
    out = []
    for m in _find(_ANY, _ascii_digits(text)):
        d = _from_match(m)
        if d is not None:
            out.append((m.start(), d))
    return out


def is_date_line(s: str) -> bool:
    """True when `s` holds nothing but a date (with its weekday or time, or a byline cue):
    page furniture that dates the page, not the harm."""
    t = _ascii_digits(s.strip())
    if len(t) > 80:
        return False
    if _LINE.fullmatch(t):
        return True
    m = _FOOTERS[2].match(t)
    return m is not None and not t[m.end():].strip(" \t|·-–—")


# a caption of an archive photo: "FILE - In this Sunday, Aug. 29, 2021 file photo, ...", "File photo - ...",
# "... (AP Photo/A. Name, File)", "... [Archive]"; "a file photo" inside prose dates nothing either
_FILE_LEAD = re.compile(r"^\s*(?:FILE\b|File\s+(?:photo|picture|image)\b)")
_FILE_CREDIT = re.compile(r"[,(\[]\s*(?:File|Archive)(?:\s+(?:photo|picture|image))?\s*[)\]]\s*$", re.I)
_FILE_WORDS = re.compile(r"\b(?:file|archive)\s+(?:photo|picture|image)\b", re.I)
_FILE_ANY = re.compile(r"(?m)^\s*(?:FILE\b|File\s)|\b(?:file|archive)\s+(?:photo|picture|image)\b|(?:File|Archive)\s*[)\]]", re.I)


def _file_photo_dates(head: str) -> list[tuple[int, int]]:
    """Spans of the captions of archive photos, or of the dates of a line that speaks of one: they
    tell of another day and often of another attack (a drone crew's portrait, an earlier strike)."""
    if _FILE_ANY.search(head) is None:
        return []
    out = []
    for line in re.finditer(r"[^\n]+", head):
        t = line.group(0)
        if len(t) <= 400 and (_FILE_LEAD.match(t) or _FILE_CREDIT.search(t)):
            out.append(line.span())
        elif _FILE_WORDS.search(t):
            out += [(line.start() + m.start(), line.start() + m.end()) for m in _find(_ANY, t)]
    return out


def blank_page_dates(text: str) -> str:
    """`text` with the dates of its footers, post headers, bylines and archive-photo captions turned
    to spaces (same length): they date the page, or an old photo, and a post's header often runs
    into its first sentence."""
    head = _ascii_digits(text[:_HEAD])
    spans = [(a, b) for a, b, _ in _footers(head)] + _file_photo_dates(head) + _latest_news(head)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


# a headline stamped with its day: "..., February 16", "... on February 18, 2022", "... 5 آب"
_TAIL = re.compile(rf"(?:{_DATE}|(?<![\w])(?:{_MONTH})\s+{_D}(?:st|nd|rd|th)?|(?<![0-9]){_D}\s+(?:{_MONTH}))"
                   rf"(?:[ \t]*[-–,|·]?[ \t]*{_TIME})?[ \t]*$")


def ends_with_date(line: str) -> bool:
    """True when a short line ends with a date (with or without year, maybe a time after it): a
    headline in a list of other posts, or a date line."""
    t = _ascii_digits(line.rstrip())
    if not t or len(t) > 200:
        return False
    if not t[-1].isdigit() and not t.endswith(tuple(_AR_MONTHS)):
        return False
    return _TAIL.search(t, max(0, len(t) - 45)) is not None
