"""Dates in English text, resolved against a publication date (the contract's rules).

Absolute dates with or without year ("7 October 2023", "Oct. 9", "October 7-9"), ISO and
day/month/year dates, weekdays ("early Monday"), relative phrases ("yesterday", "last week",
"earlier this month") and sequence phrases ("the following day") that the caller resolves
against the previous incident's date. Regular expressions only: no dateparser on the hot path.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateRef", "find_dates", "dateline", "shift"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_WD_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_YEAR = r"(?:19[5-9][0-9]|20[0-9][0-9])"

_RX = re.compile(
    rf"(?:(?P<wd1>{_WD}),?\s+(?:the\s+)?)?(?P<d1>{_DAY}){_ORD}(?:\s*(?:-|–|to|and|&|or)\s*(?:the\s+)?(?P<e1>{_DAY}){_ORD})?"
    rf"\s+(?:of\s+)?(?P<m1>{_MON})\b\.?(?:[,،]?\s+(?P<y1>{_YEAR}))?(?![0-9])"
    rf"|(?:(?P<wd2>{_WD}),?\s+)?(?P<m2>{_MON})\b\.?\s+(?:the\s+)?(?P<d2>{_DAY}){_ORD}(?![0-9])"
    rf"(?:\s*(?:-|–|to|and|&|or)\s*(?P<e2>{_DAY}){_ORD}(?![0-9]|[,.]\d))?(?:[,،]?\s+(?P<y2>{_YEAR}))?(?![0-9])"
    rf"|(?<![0-9])(?P<y3>{_YEAR})-(?P<m3>[01][0-9])-(?P<d3>[0-3][0-9])(?![0-9])"
    rf"|(?<![0-9/.])(?P<d4>{_DAY})[/.](?P<m4>1[0-2]|0?[1-9])[/.](?P<y4>{_YEAR})(?![0-9])"
    rf"|\b(?:(?:early|late|mid-?)\s*)?(?:in\s+)?(?P<m5>{_MON})\b\.?,?\s+(?P<y5>{_YEAR})(?![0-9])"
    # "in late April", "mid-March" without a year: the latest such month not after publication
    rf"|\b(?:in\s+)?(?:early|late|mid-?)\s*(?P<m7>{_MON})\b(?![.,]?\s*(?:{_DAY}|{_YEAR}|-))"
    # "on the 12th": the latest 12th not after publication ("on the 3rd floor" is no date)
    rf"|\bon\s+the\s+(?P<d9>{_DAY})(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$|of\s+(?:this|the)\s+month|(?:at|in|when|and|as)\s))"
    # "in June": the latest June not after publication
    rf"|\bin\s+(?P<m8>January|February|March|April|June|July|August|September|October|November|December)\b"
    rf"(?![.,]?\s*(?:{_DAY}|{_YEAR}|-|last\s+year|this\s+year|of\s+(?:last|this)\s+year|alone))"
    rf"|\b(?:(?P<wdpre>early|late|last|on|this|past)\s+)?(?P<wd6>{_WD})\b(?!,?\s+(?:the\s+)?(?:{_DAY}|{_MON}))"
    rf"|\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|"
    rf"earlier\s+today|last\s+night|overnight|(?:earlier\s+)?this\s+week|last\s+week|earlier\s+this\s+month|"
    rf"(?:over|during)\s+the\s+weekend|(?:this|last|past)\s+weekend|"
    rf"this\s+month|last\s+month|(?:a|one)\s+week\s+ago|(?P<ago>[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+(?:ago|(?:have|had)\s+(?:now\s+)?passed\s+since))\b"
    rf"|\b(?P<seq>the\s+(?:following|next)\s+(?:day|morning|evening|night)|the\s+day\s+after|"
    rf"the\s+(?:previous|preceding)\s+(?:day|night|evening|morning)|the\s+(?:day|night|evening)\s+before(?!\s+(?:yesterday|last))|"
    rf"(?:on\s+)?the\s+same\s+day|later\s+(?:that|the\s+same)\s+day|"
    rf"(?:two|three|four|five|six|seven|[2-9])\s+days\s+(?:later|earlier|before(?!\s+(?:the|a|an|his|her|their|its)\b))|"
    rf"a\s+day\s+(?:later|earlier)|hours\s+later)\b",
    re.I,
)
_STARTS = frozenset(
    ["#", "early", "late", "mid", "in", "last", "on", "this", "past", "the", "yesterday", "today", "tonight",
     "earlier", "overnight", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "hours",
     "later", "sept", "over", "during"]
    + list(_MONTHS) + _WD_NAMES
)
_WORDN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# a wire dateline: "CITY[, Region], Month Day[, Year] (Any Agency) -" or "CITY, Month Day -"
_AGENCY = r"(?:\((?:[A-Z][A-Za-z&.'’ -]{0,38}[A-Za-z.]|[A-Z]{2,8})\)|/[A-Z][A-Za-z .-]{1,30}/)"  # "(Reuters)", "/PRNewswire/"
_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Za-z'’.\- ]{{1,40}}(?:,\s*[A-Z][A-Za-z .]{{1,30}})?,?\s+)?(?P<m>{_MON})\.?\s+(?P<d>{_DAY})"
    rf"(?:,?\s+(?P<y>{_YEAR}))?(?:\s*{_AGENCY}(?:\s*(?:--|[-—–:]))?|\s+(?:--|[-—–])\s)",
)
# a day-first dateline, often in brackets: "GENEVA (16 August 2023) –", "NEW YORK, 3 March 2022 -"
_DMY_DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][A-Za-z'’.\- ]{{1,40}})(?:,\s*[A-Z][A-Za-z .]{{1,30}})?,?\s*(?P<open>\()?(?P<d>{_DAY})\s+(?P<m>{_MON})\.?,?\s+"
    rf"(?P<y>{_YEAR})(?(open)\))\s*(?:{_AGENCY}\s*)?[-—–:]\s")
# a dateline without a date: "KHARKIV, Ukraine (AP) —", "SANAA (Red Sea Wire) -"
_BARE_DATELINE = re.compile(rf"^\s*(?:[A-Z][A-Za-z'’.\- ]{{1,40}}(?:,\s*[A-Z][A-Za-z .]{{1,30}})?\s*{_AGENCY}\s*[-—–:]|"
                            # a rights group's "(Beirut) –", a paper's "RAWALPINDI:" / "ISLAMABAD, Pakistan:"
                            rf"\([A-Z][A-Za-z'’.\- ]{{1,30}}\)\s*[-—–]\s|"
                            # a post's topic tag: "🔴 #Idlib:"
                            rf"[^\w\s#]{{0,3}}\s*#[A-Z]\w+:\s|"
                            rf"(?!(?:BREAKING|UPDATED?|URGENT|NOTE|WARNING|ALERT|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|LIVE|HIGHLIGHTS|"
                            rf"SUMMARY|UPDATE|READ|MORE|NEWS|FLASH|CORRECTION|EDITOR)\b)"
                            rf"[A-Z][A-Z'’.\-]{{2,}}(?:\s[A-Z][A-Z'’.\-]+){{0,2}}(?:,\s*[A-Z][A-Za-z .]{{1,30}})?:\s(?=[A-Z][^\n]{{60}}))")


@dataclass(frozen=True)
class DateRef:
    """A date expression: span in the searched text, resolved range, precision.

    `seq` is a day offset from the previous incident's date ("the following day" → 1) when the
    expression is relative to the narrative rather than to publication; start/end are then None.
    """

    start: int
    end: int
    first: date | None
    last: date | None
    precision: str
    seq: int | None = None
    has_year: bool = True
    relative: bool = False  # resolved from the publication date ("on Monday", "yesterday")


def _latest(month: int, day: int, anchor: date | None) -> date | None:
    """The latest month/day not after `anchor` (contract: a date with no year)."""
    if anchor is None:
        return None
    for y in (anchor.year, anchor.year - 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= anchor:
            return d
    return None


def _mk(y: str | None, m: int, d: int, anchor: date | None) -> date | None:
    if y:
        try:
            return date(int(y), m, d)
        except ValueError:
            return None
    return _latest(m, d, anchor)


def shift(d: date | None, days: int) -> date | None:
    return d + timedelta(days=days) if d else None


_AND_THEN = re.compile(r"\s*(?:and|to|through|till|until|-|–)\s+(?:on\s+)?", re.I)
_HOW_OFTEN = re.compile(r"\b(?:times?|twice|once|again)\s+(?:so\s+far\s+|already\s+)?$", re.I)


# "on Monday, bringing the toll since October 7 to ...": the next date belongs to another clause
_OTHER_CLAUSE = re.compile(r"[;]|\b(?:since|bringing|raising|toll|killed|died)\b", re.I)


def find_dates(text: str, anchor: date | None) -> list[DateRef]:
    """Every date expression in `text`, resolved against `anchor` (the publication date)."""
    out: list[DateRef] = []
    from .text import match_at_tokens

    for m in match_at_tokens(_RX, text, _STARTS):
        g = m.groupdict()
        if g["rel"] and m.group(0)[0].isupper() and re.search(r"[\w,]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # "Palestine Today", "USA Today": a name
        if g["rel"] and _HOW_OFTEN.search(text, max(0, m.start() - 30), m.start()):
            continue  # "for the third time this week": how often, not when
        ref = _resolve(g, anchor)
        if ref is not None:
            first, last, prec, seq, has_year = ref
            out.append(DateRef(m.start(), m.end(), first, last, prec, seq, has_year, bool(g["rel"])))
            if g["wd6"]:
                out[-1] = DateRef(m.start(), m.end(), first, last, "weekday", seq, has_year, True)
    # a weekday just before an explicit date ("on Sunday evening, October 22nd") defers to it
    keep = []
    for i, r in enumerate(out):
        if r.precision == "weekday" and i and out[i - 1].precision == "weekday" and keep and keep[-1].start == out[i - 1].start \
                and keep[-1].first and r.first and _AND_THEN.fullmatch(text, keep[-1].end, r.start) \
                and 0 < (r.first - keep[-1].first).days < 7:
            # "on Friday and Saturday": both days
            a = keep.pop()
            keep.append(DateRef(a.start, r.end, a.first, r.last, "days", None, True, True))
            continue
        if r.precision == "weekday":
            nxt = out[i + 1] if i + 1 < len(out) else None
            if nxt is not None and nxt.first and nxt.seq is None and nxt.start - r.end <= 45 \
                    and nxt.precision in ("day", "days") and not _OTHER_CLAUSE.search(text, r.end, nxt.start):
                continue
            r = DateRef(r.start, r.end, r.first, r.last, "day", r.seq, r.has_year, True)
        keep.append(r)
    return keep


def _resolve(g: dict, anchor: date | None):
    for d, e, mo, y in (("d1", "e1", "m1", "y1"), ("d2", "e2", "m2", "y2")):
        if g[d]:
            month = _MONTHS.get(g[mo].lower().rstrip("."))
            if not month:
                return None
            first = _mk(g[y], month, int(g[d]), anchor)
            if g[e]:
                last = _mk(g[y], month, int(g[e]), anchor) if first else None
                if first and last and last > first and (last - first).days < 31:
                    return first, last, "days", None, bool(g[y])
            return (first, first, "day", None, bool(g[y])) if first else None
    if g["y3"]:
        try:
            d = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        except ValueError:
            return None
        return d, d, "day", None, True
    if g["y4"]:
        try:
            d = date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
        except ValueError:
            return None
        return d, d, "day", None, True
    if g.get("d9"):
        if anchor is None:
            return None
        day, y, mo = int(g["d9"]), anchor.year, anchor.month
        for _ in range(3):
            try:
                d = date(y, mo, day)
                if d <= anchor:
                    return d, d, "day", None, False
            except ValueError:
                pass
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        return None
    if g.get("m7") or g.get("m8"):
        name = g["m7"] or g["m8"]
        month = _MONTHS.get(name.lower().rstrip("."))
        if not month or anchor is None or not name[0].isupper():
            return None
        y = anchor.year if month <= anchor.month else anchor.year - 1
        return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1]), "month", None, False
    if g["m5"]:
        month = _MONTHS.get(g["m5"].lower().rstrip("."))
        if not month:
            return None
        y = int(g["y5"])
        return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1]), "month", None, True
    if g["wd6"]:
        if anchor is None:
            return None
        want = _WD_NAMES.index(g["wd6"].lower())
        back = (anchor.weekday() - want) % 7
        if back == 0 and (g["wdpre"] or "").lower() in ("last", "past"):
            back = 7
        d = anchor - timedelta(days=back)
        return d, d, "day", None, True
    if g["rel"]:
        return _relative(g["rel"].lower(), g["ago"], anchor)
    if g["seq"]:
        s = g["seq"].lower()
        if "following" in s or "next" in s or "after" in s or "a day later" in s:
            off = 1
        elif "days " in s:  # "two days later", "three days earlier"
            n = s.split()[0]
            off = int(n) if n.isdigit() else _WORDN.get(n, 2)
            off = off if s.endswith("later") else -off
        elif "previous" in s or "preceding" in s or "before" in s or "earlier" in s:
            off = -1
        else:
            off = 0
        return None, None, "day", off, True
    return None


def _relative(s: str, ago: str | None, anchor: date | None):
    if anchor is None:
        return None
    s = re.sub(r"\s+", " ", s)
    if ago:
        n = int(ago) if ago.isdigit() else _WORDN.get(ago.lower(), 0)
        d = anchor - timedelta(days=n)
        return d, d, "day", None, True
    if s.endswith("week ago"):
        d = anchor - timedelta(days=7)
        return d, d, "day", None, True
    if s == "the day before yesterday":
        d = anchor - timedelta(days=2)
        return d, d, "day", None, True
    if s in ("yesterday", "last night", "overnight"):
        d = anchor - timedelta(days=1)
        return d, d, "day", None, True
    if s in ("today", "tonight", "earlier today") or s.startswith("this m") or s.startswith("this a") \
            or s.startswith("this e"):
        return anchor, anchor, "day", None, True
    if s.endswith("weekend"):  # the latest Saturday and Sunday not after publication
        sat = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        if s.startswith("last") and anchor.weekday() >= 5:
            sat -= timedelta(days=7)
        return sat, min(sat + timedelta(days=1), anchor), "days", None, True
    if s.endswith("this week"):
        return anchor - timedelta(days=anchor.weekday()), anchor, "week", None, True
    if s == "last week":
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return monday, monday + timedelta(days=6), "week", None, True
    if s in ("earlier this month", "this month"):
        return anchor.replace(day=1), anchor, "month", None, True
    if s == "last month":
        last = anchor.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last, "month", None, True
    return None


def dateline(text: str, published: date | None) -> tuple[date | None, int]:
    """The date of a wire dateline at the top ("GAZA, Oct 9 (Reuters) -") and where it ends (0: none).

    The dateline dates and places the filing, not the harm: callers skip dates and places before
    the returned end."""
    starts = [0] + [i + 1 for i, c in enumerate(text[:300]) if c == "\n"]  # after a title line, too
    m = None
    for at in starts:
        m = _DATELINE.match(text[at:at + 200])
        if m is None:
            m = _DMY_DATELINE.match(text[at:at + 200])
            if m and not (m.group("open") or m.group("place").strip().isupper() or re.search(_AGENCY, m.group(0))):
                m = None  # "On 5 March 2022 - a strike ...": a sentence, not a dateline
        if m and (at == 0 or m.group(0).lstrip()[:3].isupper() or re.search(_AGENCY, m.group(0))):
            break  # after a title: "MOSCOW, Oct 28 (...", "April 12 (Reuters) -"
        m = None
        bare = _BARE_DATELINE.match(text[at:at + 200])
        if bare and (at == 0 or bare.group(0).lstrip()[:1] == "("):
            return None, at + bare.end()  # a rights group's "(Beirut) –" under a title: its office, not the place
    if not m:
        return None, 0
    month = _MONTHS.get(m.group("m").lower().rstrip("."))
    if not month:
        return None, 0
    anchor = published or date.today()
    return _mk(m.group("y"), month, int(m.group("d")), anchor + timedelta(days=1)), at + m.end()
