"""Cut a document into incidents and tallies: which sentences tell which strike.

One incident per strike: the first sentence stating harm leads; later harm sentences join it
unless they open another event ("the following day", another date after it) or are background
(an earlier date, "previously", "in 2014"); a cumulative toll ("since September 2014") is a tally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .cues import ATTACK, NEW_EVENT, REPORTING_DATE, SAID_AFTER_DATE, TALLY
from .dates import DateRef, find_dates
from .figures import Fig, sentence_figures, singular_victim
from .text import Sentence, bullet_item

__all__ = ["Info", "Segment", "analyse", "segments", "event_dates"]

_HARM = re.compile(r"kill|dead|died|death|fatalit|wound|injur|hurt|martyr|slain|perish|li(?:ves|fe)|toll|bod(?:y|ies)|"
                   r"massacr|casualt|victim|maim|"
                   r"\bexecut(?:ed|ing|ions?)\b(?!\s+(?:an?|the|its|their|his|several|\d+)\s+(?:[\w-]+\s+)?"
                   r"(?:strikes?|attacks?|raids?|operations?|plans?|orders?|missions?|sorties|bombings?)\b)", re.I)
_ANAPHORA = re.compile(r"\b(?:the|this|that|same)\s+(?:(?:alleged|reported|israeli|russian|air|aerial|drone|deadly|initial)\s+)*"
                       r"(?:air\s*strike|airstrike|strike|attack|bombing|incident|event|raid|explosion|blast|shelling|"
                       r"bombardment|massacre)s?\b", re.I)
_ANOTHER = re.compile(r"\b(?:another|second|third|separate|other|new|further)\s+(?:\w+\s+)?(?:air\s*strike|airstrike|strike|"
                      r"attack|bombing|incident|raid|explosion|blast|shelling)", re.I)
_REPORTING = re.compile(r"\b(?:posted|wrote|tweeted|shared|published|stated|reporting\s+on|quoted|uploaded|reported\s+that|"
                        r"announced\s+that|press\s+conference|"
                        r"facebook|twitter|telegram|instagram)\b", re.I)
_HURT = re.compile(r"\b(?:killed|dead|died|wounded|injured|injuries|casualties|martyred|martyrs)\b", re.I)
_NO_HARM = re.compile(r"\b(?:no|without|zero)\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:any\s+)?(?:civilian\s+)?"
                      r"(?:casualties|injuries|deaths|fatalities|victims|one\s+was)\b|\bnobody\s+was\b", re.I)
_BACKGROUND = re.compile(
    r"\b(?:(?:in|since|during)\s+(?:19|20)\d\d\b|(?:last|previous|earlier)\s+(?:year|month)|previous(?:ly)?\b|"
    r"had\s+(?:been\s+)?(?:killed|died|wounded)|years?\s+ago|months\s+ago|in\s+a\s+previous|prior\s+to\s+this|"
    r"in\s+the\s+past\b|history\s+of|anniversary|reminiscent\s+of|"
    r"(?:attack|strike|bombing|raid|massacre|shelling|it|this)\s+(?:\w+\s+)?(?:recall(?:ed|s)|echo(?:ed|es))\b|"
    r"(?:recalling|echoing)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:attack|strike|bombing|massacre|raid|shelling)|"
    r"(?:a|an)\s+(?:similar|earlier|previous|prior)\s+(?:\w+\s+)?(?:attack|strike|raid|bombing|massacre|incident)|"
    r"(?:deadliest|worst|bloodiest)\s+(?:[\w-]+\s+){0,3}since\s+(?:a|an|the)\s+(?!war|conflict|start|beginning)\w|"
    r"(?:across|in)\s+(?:several|multiple|separate|various|different|a\s+series\s+of)\s+(?:attacks|strikes|raids|incidents)|"
    r"across\s+(?:the\s+)?(?:attacks|strikes|raids)|had\s+(?:now|so\s+far|already)\s+been\s+killed|"
    r"(?:killed|died)\s+(?:so\s+far\s+)?(?:in|during)\s+the\s+(?:war|conflict)\b|"
    # "the attack follows a strike on Kharkiv that killed five", "comes a day after 10 were killed in Odesa"
    r"(?:comes?|came|coming|follows?|followed)\s+(?:(?:just|only|barely)\s+)?(?:(?:a|one|two|three|four|five|six|\w+)\s+"
    r"(?:days?|hours?|weeks?|months?)\s+after|after|on\s+the\s+heels\s+of)\b|"
    r"(?:follows?|followed)\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){0,3}(?:strike|airstrike|attack|bombing|raid|shelling|assault)|"
    # "the deadliest since January, when 40 people died": another, earlier event
    r"since\s+[^,.;]{1,40},\s+when\b|earlier\s+(?:this|that|in\s+the)\s+(?:month|week|year)\b)",
    re.I)


_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|highest|single\s+deadliest|"
                          r"most\s+(?:lethal|deadly|violent|serious))\b[^.;]*$", re.I)


_REPORTED = re.compile(r"\b(?:reported|stated|said|says|claimed|confirmed|announced|wrote|posted|tweeted|added|noted|"
                       r"indicated|told|alleged|suggested|estimated)\b[^.;]{0,80}?\bhad\s+(?:been\s+)?(?:killed|died|wounded)", re.I)
_STILL_BACKGROUND = re.compile(r"\b(?:(?:in|since|during)\s+(?:19|20)\d\d\b|(?:last|previous|earlier)\s+(?:year|month)|"
                               r"previous(?:ly)?\b|years?\s+ago|months\s+ago|in\s+the\s+(?:war|conflict)\b|so\s+far\b|"
                               r"until\s+(?:that|this)\s+point|since\s+the\s+(?:start|beginning|outbreak|war)|"
                               r"(?:across|in)\s+(?:several|multiple|separate|various|different|a\s+series\s+of)\s+"
                               r"(?:attacks|strikes|raids|incidents)|across\s+(?:the\s+)?(?:attacks|strikes|raids)|"
                               r"\bin\s+(?:another|an?\s+(?:previous|earlier|prior|separate|different))\s+(?:[\w-]+\s+)?"
                               r"(?:attack|strike|airstrike|raid|bombing|incident|massacre|shelling)\b)", re.I)


@dataclass
class Info:
    """What one sentence says."""

    sent: Sentence
    figs: list[Fig]
    dates: list[DateRef]
    attack: bool
    harm: bool
    tally: bool
    new_event: bool
    singular: bool
    background: bool
    item: int | None = None  # start of the list item ("• On 13 November, ...") the sentence is in
    old: bool = False  # dated only by a month weeks before publication: background after a lead
    split: int | None = None  # "... killed 5 in Rafah, bringing the toll since October to 25,000": where the toll begins


@dataclass
class Segment:
    """One incident (or tally): lead sentence, harm sentences, context sentences before the lead."""

    kind: str
    lead: Info
    members: list[Info] = field(default_factory=list)
    context: list[Info] = field(default_factory=list)
    date: tuple[date | None, date | None, str] | None = None


def analyse(sent: Sentence, anchor: date | None, skip_until: int = 0, text: str | None = None) -> Info:
    s = sent.text
    harm = bool(_HARM.search(s))
    dates = find_dates(s, anchor)
    if skip_until > sent.start:
        dates = [d for d in dates if sent.start + d.start >= skip_until]
    item = bullet_item(text, sent) if text is not None else None
    if not harm:
        return Info(sent, [], dates, False, False, False, False, False, False, item)
    figs = sentence_figures(s)
    tally = bool(figs) and any(not f.subset for f in figs) and (_is_tally(s) or _month_of_strikes(s, dates))
    background = bool(_BACKGROUND.search(s))
    if background and _REPORTED.search(s) and not _STILL_BACKGROUND.search(s):
        background = False  # "the agency reported that 28 people had been killed": this strike, in reported speech
    return Info(sent, figs, dates, bool(ATTACK.search(s)), harm, tally, bool(NEW_EVENT.search(s)),
                not figs and singular_victim(s), background, item, _months_before(dates, anchor),
                _toll_clause(s, figs) if tally else None)


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


def _is_tally(s: str) -> bool:
    """A cumulative-toll cue that is not a comparison ("the deadliest strike since the war began")."""
    return any(not _SUPERLATIVE.search(s, max(0, m.start() - 90), m.start()) for m in TALLY.finditer(s))


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


def _day(info: Info, prev: tuple | None, absolute: bool = False) -> tuple[date | None, date | None, str] | None:
    for d in event_dates(info):
        if absolute and d.relative:
            continue
        if d.seq is not None:
            if prev and prev[0]:
                from .dates import shift

                return shift(prev[0], d.seq), shift(prev[0], d.seq), "day"
            continue
        if d.first:
            return d.first, d.last, d.precision
    return None


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


def segments(infos: list[Info]) -> list[Segment]:
    """Incident and tally segments in document order."""
    out: list[Segment] = []
    cur: Segment | None = None
    last_used = -1
    split = False
    for i, info in enumerate(infos):
        toll = None
        if info.tally and info.split is not None:
            info, toll = _split(info)
            infos[i] = info
        if info.tally:
            out.append(Segment("tally", info))
            continue
        if toll is not None and toll.figs:
            out.append(Segment("tally", toll))  # sorted after the strike's incident, which the loop opens below
            split = True
        has_harm = bool(info.figs) or info.singular
        if not has_harm:
            continue
        if cur is None:
            cur = _new(infos, i, last_used, None)
            out.append(cur)
            last_used = i
            continue
        if _new_item(info, cur) or _region_front(info, cur):
            # each item of a bulleted list, each region of a round-up, is its own incident
            cur = _same_day(_new(infos, i, last_used, cur.date), cur)
            out.append(cur)
            last_used = i
            continue
        when = _day(info, cur.date, absolute=True)
        cur_first = cur.date[0] if cur.date else None
        if cur_first and cur.date[2] in ("day", "days") and _earlier_event(info, when or _day(info, cur.date), cur_first):
            side = _new(infos, i, last_used, None)
            side.date = when or _day(info, cur.date)
            out.append(side)  # the lead's incident goes on: later sentences still join it
            last_used = i
            continue
        if when is None and cur_first and cur.date[2] == "day" and info.attack:
            rel = _day(info, cur.date)
            if rel and rel[0] and rel[0] < cur_first and rel[2] in ("day", "days", "week") \
                    and (rel[1] or rel[0]) < cur_first and not _ANAPHORA.search(info.sent.text):
                continue  # "after an attack near Ankara on Wednesday that killed five": an earlier event
        same = bool(_ANAPHORA.search(info.sent.text)) and not _ANOTHER.search(info.sent.text)
        if when and cur_first and when[0] and when[0] != cur_first and cur.date[2] in ("day", "days"):
            if when[0] < cur_first or info.background or info.old:
                continue  # background: an earlier event
            if info.attack and not same and not _REPORTING.search(info.sent.text) and not _restates(info, cur):
                cur = _new(infos, i, last_used, cur.date)
                out.append(cur)
                last_used = i
                continue
        elif info.new_event and info.attack and not same and any(f.rel == "killed" and not f.subset for f in info.figs) \
                and not _REPORTING.search(info.sent.text) and not info.background and not info.old \
                and not _told_same_day(info):
            cur = _same_day(_new(infos, i, last_used, cur.date), cur)
            out.append(cur)
            last_used = i
            continue
        if info.background or info.old:
            continue
        cur.members.append(info)
        if cur.date is None:  # a headline lead: the first dated sentence dates the incident
            cur.date = _day(info, None)
        last_used = i
    if split:
        out.sort(key=lambda seg: (seg.lead.sent.index, seg.kind == "tally"))
    if not any(s.kind == "incident" for s in out):
        # a figure-less incident, told before any cumulative toll (after a leading toll, harm is the war's)
        limit = min((s.lead.sent.index for s in out if s.kind == "tally"), default=len(infos))
        infos = [i for i in infos if i.sent.index < limit]
        for i, info in enumerate(infos):
            if info.harm and info.attack and not info.tally and not _NO_HARM.search(info.sent.text):
                out.append(_new(infos, i, -1, None))
                break
        else:
            # an attack told in one sentence, its harm in another ("...were injured and others killed")
            attack = next((i for i, info in enumerate(infos) if ATTACK.search(info.sent.text)), None)
            harm = next((i for i, info in enumerate(infos) if info.harm and not info.tally
                         and _HURT.search(info.sent.text) and not _NO_HARM.search(info.sent.text)), None)
            if attack is not None and harm is not None and abs(harm - attack) <= 3:
                seg = _new(infos, attack, -1, None)
                if harm != attack:
                    seg.members.append(infos[harm])
                out.append(seg)
    return out


_LATER = re.compile(r"\b(?:later|after|afterwards|subsequently|next|following)\b", re.I)


def _same_day(seg: Segment, prev: Segment) -> Segment:
    """An undated strike told beside a dated one ("In a separate strike, a warplane hit X", "In Donetsk
    Oblast, shelling killed three") happened the same day, unless the text says it came later."""
    if seg.date is None and prev.date is not None and prev.date[2] in ("day", "days") \
            and not _LATER.search(seg.lead.sent.text) and not event_dates(seg.lead):
        seg.date = prev.date
    return seg


def _new(infos: list[Info], i: int, last_used: int, prev_date) -> Segment:
    lead = infos[i]
    seg = Segment("incident", lead)
    j = i - 1
    while j > last_used and j >= i - 2 and infos[j].sent.para == lead.sent.para:
        seg.context.insert(0, infos[j])
        j -= 1
    seg.date = _day(lead, prev_date)
    if seg.date is None:
        for c in reversed(seg.context):
            seg.date = _day(c, prev_date)
            if seg.date:
                break
    return seg
