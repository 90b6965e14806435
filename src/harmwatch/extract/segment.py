"""Cut a document into incidents and tallies: which sentences tell which strike.

One incident per strike: the first sentence stating harm leads; later harm sentences join it
unless they open another event ("the following day", another date after it) or are background
(an earlier date, "previously", "in 2014"); a cumulative toll ("since September 2014") is a tally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .cues import ATTACK, NEW_EVENT, TALLY
from .dates import DateRef, find_dates
from .figures import Fig, sentence_figures, singular_victim
from .segment_rules import (_ANAPHORA, _ANOTHER, _REPORTING, _SUPERLATIVE, _earlier_event, _month_of_strikes,
                            _months_before, _new_item, _region_front, _restates, _same_day, _split, _toll_clause,
                            _told_same_day, event_dates)
from .text import Sentence, bullet_item

__all__ = ["Info", "Segment", "analyse", "segments", "event_dates"]

_HARM = re.compile(r"kill|dead|died|death|fatalit|wound|injur|hurt|martyr|slain|perish|li(?:ves|fe)|toll|bod(?:y|ies)|"
                   r"massacr|casualt|victim|maim|"
                   r"\bexecut(?:ed|ing|ions?)\b(?!\s+(?:an?|the|its|their|his|several|\d+)\s+(?:[\w-]+\s+)?"
                   r"(?:strikes?|attacks?|raids?|operations?|plans?|orders?|missions?|sorties|bombings?)\b)", re.I)
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


def _is_tally(s: str) -> bool:
    """A cumulative-toll cue that is not a comparison ("the deadliest strike since the war began")."""
    return any(not _SUPERLATIVE.search(s, max(0, m.start() - 90), m.start()) for m in TALLY.finditer(s))


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
