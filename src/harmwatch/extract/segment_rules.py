"""Report-trap rules for segmentation (issue #3): which sentence opens another incident, which is
background, which is a running toll.

- an earlier strike told with its own day at the front ("The previous day, a strike on X had killed
  four") or "in a separate attack on Monday" is an incident of its own; an earlier strike on the same
  home, a month weeks back, or a sentence set against the lead is background;
- each item of a bulleted, numbered or dated list, and each region of a round-up ("In Donetsk Oblast,
  ..."), is an incident; a retelling of the lead a day apart is not;
- a sentence telling a strike then a running toll is cut in two; strikes counted over a month, week or
  year are a toll.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .cues import ATTACK, NEW_EVENT, REPORTING_DATE, SAID_AFTER_DATE, TALLY
from .dates import DateRef

if TYPE_CHECKING:
    from .figures import Fig
    from .segment import Info, Segment

__all__ = ["event_dates"]  # and the rules segment.py imports by name


_ANAPHORA = re.compile(r"\b(?:the|this|that|same)\s+(?:(?:alleged|reported|israeli|russian|air|aerial|drone|deadly|initial)\s+)*"
                       r"(?:air\s*strike|airstrike|strike|attack|bombing|incident|event|raid|explosion|blast|shelling|"
                       r"bombardment|massacre)s?\b", re.I)
_ANOTHER = re.compile(r"\b(?:another|second|third|separate|other|new|further)\s+(?:\w+\s+)?(?:air\s*strike|airstrike|strike|"
                      r"attack|bombing|incident|raid|explosion|blast|shelling)", re.I)
_REPORTING = re.compile(r"\b(?:posted|wrote|tweeted|shared|published|stated|reporting\s+on|quoted|uploaded|reported\s+that|"
                        r"announced\s+that|press\s+conference|"
                        r"facebook|twitter|telegram|instagram)\b", re.I)


_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|highest|single\s+deadliest|"
                          r"most\s+(?:lethal|deadly|violent|serious))\b[^.;]*$", re.I)


def _months_before(dates: list[DateRef], anchor: date | None) -> bool:
    """Dated only by a month weeks before publication ("In October the group raided a village" in a
    January report): an earlier event told as background."""
    if anchor is None or any(d.precision in ("day", "days", "week") for d in dates):
        return False
    return any(d.precision == "month" and not d.has_year and d.last and (anchor - d.last).days >= 21 for d in dates)


_MANY_STRIKES = re.compile(r"^(?:[^;]{0,40}?\b)?(?:air\s*strikes|airstrikes|(?<!the\s)strikes|attacks|raids|bombings|clashes|"
                           r"shelling\s+and\s+\w+|fighting|violence)\b[^.;]*\b(?:killed|have\s+killed|left)\b|"
                           r"\bacross\s+(?:the\s+)?(?:country|region|territory|province|state|strip|enclave|nation|"
                           r"(?-i:[A-Z][a-z]+))\b", re.I)


_IN_YEAR = re.compile(r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b", re.I)


def _month_of_strikes(s: str, dates: list[DateRef]) -> bool:
    """Strikes counted over a month or a week ("Air strikes killed 120 civilians across the country last
    month"): a toll, not one attack ("An air strike killed 12 at a market last month" stays one)."""
    if any(d.precision in ("day", "days") for d in dates):
        return False
    if not any(d.precision in ("month", "week") for d in dates) and not _IN_YEAR.search(s):
        return False
    return bool(_MANY_STRIKES.search(s))


_TOLL_CLAUSE = re.compile(r"[;—–]|,\s+(?:bringing|raising|taking|pushing|lifting|adding\s+to)\b|"
                          r",\s+(?:and\s+)?(?:the|a|an)\s+(?:overall\s+|total\s+)?(?:death\s+)?(?:toll|total|number)\b", re.I)


def _toll_clause(s: str, figs: list[Fig]) -> int | None:
    """Where a running toll starts in a sentence that first tells one strike ("A strike killed 5 in Rafah
    on Monday, bringing the death toll since October 7 to 25,000"), or None."""
    cue = next((m.start() for m in TALLY.finditer(s) if not _SUPERLATIVE.search(s, max(0, m.start() - 90), m.start())), None)
    if cue is None:
        return None
    cut = None
    for m in _TOLL_CLAUSE.finditer(s, 0, cue):
        cut = m.start()
    if cut is None:
        return None
    before = [f for f in figs if f.start < cut and not f.subset]
    after = [f for f in figs if f.start >= cut and not f.subset]
    return cut if before and ATTACK.search(s, 0, cut) else None  # a toll read as no figure is dropped


def _split(info: Info) -> tuple[Info, Info]:
    """The strike told before a running toll, and the toll."""
    cut = info.split or 0
    strike = replace(info, figs=[f for f in info.figs if f.start < cut], dates=[d for d in info.dates if d.start < cut],
                     tally=False, split=None)
    toll = replace(info, figs=[f for f in info.figs if f.start >= cut], split=None)
    return strike, toll


def event_dates(info: Info) -> list[DateRef]:
    """Date expressions of a sentence that date an event (not a publication, a list or a quote)."""
    s = info.sent.text
    return [d for d in info.dates if not REPORTING_DATE.search(s[max(0, d.start - 60):d.start])
            and not _quoted(s, d.start) and not (d.start <= 4 and SAID_AFTER_DATE.match(s, d.end) and _TOLD_AGAIN.search(s))]


# "On Thursday, officials said the bombing of the theater had killed 300": an update on a strike told before
_TOLD_AGAIN = re.compile(r"\bhad\s+(?:now\s+)?(?:been\s+)?(?:killed|died|risen|climbed|reached)\b|\btoll\b|"
                         r"\bthe\s+(?:(?:air|aerial|drone|missile|deadly)\s+)?(?:air\s*strike|airstrike|strike|attack|bombing|"
                         r"explosion|blast|shelling|massacre)\b", re.I)


def _quoted(s: str, pos: int) -> bool:
    before = s[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_FRONT = re.compile(r"^[\W\d]{0,4}(?:(?:earlier|meanwhile|separately|also|and|but|then|before\s+that)\b[,;]?\s*)*"
                    r"(?:(?:early|late|earlier|also)\s+)?", re.I)
_OLD = re.compile(r"\b(?:(?:the|their|his|her)\s+(?:[\w'’-]+\s+)?family(?:['’]s)?\s+(?:home|house|residence|building)|"
                  r"the\s+same\s+(?:house|home|building|place|site|area|location|street|school|hospital|market|camp|shelter)|"
                  r"the\s+first\s+(?:[\w-]+\s+){0,2}(?:strike|airstrike|attack|bombing)|similar|recall(?:ed|s|ing)?|echo(?:ed|es|ing)?|anniversary|years?\s+ago|months\s+ago|"
                  r"(?:in|since|during)\s+(?:19|20)\d\d)\b", re.I)


_SEPARATE = re.compile(r"\b(?:in\s+(?:a|another)\s+separate|in\s+another)\s+(?:[\w-]+\s+)?(?:attack|strike|airstrike|incident|raid|"
                       r"bombing|shelling)\b|\bseparately\b", re.I)


def _killing(info: Info) -> bool:
    return any(f.rel == "killed" and not f.subset for f in info.figs) or info.singular


def _earlier_event(info: Info, when, cur_first: date) -> bool:
    """A strike told with its own, earlier day at the front of its sentence ("The previous day, a
    strike on X had killed four", "Earlier, on Tuesday, ...", "Two days earlier, ..."): an incident
    of its own, not background to drop nor harm to add to the lead."""
    if not (when and when[0] and when[2] in ("day", "days") and when[0] < cur_first
            and (cur_first - when[0]).days <= 31):
        return False
    s = info.sent.text
    if not (info.attack and _killing(info)) or _ANAPHORA.search(s) or _OLD.search(s) or _REPORTING.search(s):
        return False
    if _SEPARATE.search(s):
        return True  # "In a separate attack on Monday, troops shot dead five villagers"
    front = _FRONT.match(s).end()
    return any(d.start <= front + 3 and (d.first == when[0] or d.seq is not None) for d in event_dates(info))


_SAME_DAY = re.compile(r"\bthe\s+same\s+day\b", re.I)
_SAYS = re.compile(r"\b(?:reported|reports|posted|said|says|stated|confirmed|announced|wrote|shared|published|tweeted|"
                   r"documented|added)\b", re.I)


def _told_same_day(info: Info) -> bool:
    """"On the same day, @Agency reported one martyr": a source telling the same strike, not a new one."""
    s = info.sent.text
    if not _SAME_DAY.search(s) or NEW_EVENT.search(_SAME_DAY.sub(" ", s)):
        return False
    say = _SAYS.search(s)
    first = min((f.start for f in info.figs), default=len(s))
    return say is not None and say.start() < first


_MANY_ATTACKS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|dozens\s+of|scores\s+of)\s+"
                           r"(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|raids|incidents|bombings|explosions|operations)\b", re.I)


# "In Donetsk Oblast, shelling killed three people": a round-up's paragraph per region
_PLACE_FRONT = re.compile(r"^\W{0,3}(?:(?:meanwhile|elsewhere|also)\s*,?\s+)?in\s+(?:the\s+)?(?:(?:city|town|village|province|region|"
                          r"district|governorate)\s+of\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                          r"(?:\s+(?:oblast|province|governorate|region|district|state|county|city))?\s*,", re.I)
_NOT_PLACE_FRONT = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Total|All|Addition|Response|"
                              r"Particular|Contrast|Turn|Fact|Short|Return|Recent|Separate|Another|One|Its|His|Her|Their|A|An)\b")


def _region_front(info: Info, cur: Segment) -> bool:
    """A sentence opening on another region ("In Kharkiv Oblast, a strike on a village killed a man") after
    a lead about somewhere else: the next item of a round-up."""
    m = _PLACE_FRONT.match(info.sent.text)
    if not m or _NOT_PLACE_FRONT.match(m.group("name")) or not m.group("name")[0].isupper():
        return False
    if m.group("name").lower() in cur.lead.sent.text.lower():
        return False
    return info.attack and _killing(info) and not _ANAPHORA.search(info.sent.text) \
        and not _REPORTING.search(info.sent.text)


_NAME = re.compile(r"\b[A-Z][a-z'’-]{3,}(?:\s+[A-Z][a-z'’-]+)*")
_NOT_NAME = re.compile(r"^(?:January|February|March|April|June|July|August|September|October|November|December|Monday|"
                       r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|After|Before|Earlier|Later|"
                       r"Russian|Israeli|Syrian|Ukrainian|Palestinian|Sudanese|Yemeni|Iraqi|Turkish|Lebanese|Afghan|Somali)$")


def _restates(info: Info, cur: Segment) -> bool:
    """A later paragraph retelling the lead's strike a day apart (time zones, the filing date): the same
    toll and a place the lead names ("On March 3, a drone struck Odesa, killing 12") — unless it says another."""
    if info.new_event or _ANOTHER.search(info.sent.text):
        return False
    lead = {f.min for f in cur.lead.figs if f.rel == "killed" and not f.subset and f.min}
    own = {f.min for f in info.figs if f.rel == "killed" and not f.subset and f.min}
    if not lead or not (lead & own):
        return False
    names = {m.group(0) for m in _NAME.finditer(info.sent.text) if not _NOT_NAME.match(m.group(0))}
    return any(n in cur.lead.sent.text for n in names)


def _new_item(info: Info, cur: Segment) -> bool:
    """A list item of its own ("• On 14 November, an airstrike hit a house in X, killing seven"); not
    a count of attacks ("• January: three attacks left three people dead")."""
    hurt = _killing(info) or any(not f.subset for f in info.figs)  # killed or injured
    if info.item is None or info.item == cur.lead.item or not hurt or _ANAPHORA.search(info.sent.text) \
            or _MANY_ATTACKS.search(info.sent.text):
        return False
    dates = event_dates(info)
    if any(d.precision not in ("day", "days") for d in dates):
        return False
    return info.attack or bool(dates)


_LATER = re.compile(r"\b(?:later|after|afterwards|subsequently|next|following)\b", re.I)


def _same_day(seg: Segment, prev: Segment) -> Segment:
    """An undated strike told beside a dated one ("In a separate strike, a warplane hit X", "In Donetsk
    Oblast, shelling killed three") happened the same day, unless the text says it came later."""
    if seg.date is None and prev.date is not None and prev.date[2] in ("day", "days") \
            and not _LATER.search(seg.lead.sent.text) and not event_dates(seg.lead):
        seg.date = prev.date
    return seg
