"""Turn segments into contract claims: figures, date, perpetrators, places, sources, evidence."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import actors, cues, victims
from .figures import Fig
from .segment import Info, Segment, event_dates

__all__ = ["build_claim", "merge_figures", "FIELDS", "Context"]

_POLICY = "lead"  # min from the lead sentence's reading (see merge_figures)
_NEAR = 0  # how many sentences after the lead count as the lead's reading
FIELDS = ("civilians_killed", "civilians_injured", "children_killed", "women_killed", "combatants_killed")
_VAGUE_FIG = re.compile(r"(?:at\s+least\s+)?(?:a\s+number\s+of|several|many|numerous|some|a\s+handful\s+of|"
                        r"(?:dozens|scores|tens|hundreds)(?:\s+of)?)", re.I)
_PREC_RANK = {"exact": 0, "settlement": 1, "near-settlement": 2, "district": 3, "province": 4, "water": 5,
              "country": 6, "unknown": 7}
_COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "PS": "Palestine", "UA": "Ukraine", "LB": "Lebanon",
                  "AF": "Afghanistan", "SO": "Somalia", "LY": "Libya", "SD": "Sudan", "IL": "Israel", "PK": "Pakistan",
                  "TR": "Turkey", "IR": "Iran", "RU": "Russia", "MM": "Myanmar", "ET": "Ethiopia"}
_PLACE_FALLBACK = re.compile(
    r"\b(?:in|at|near|on|of)\s+(?:the\s+)?(?:(?:town|village|city|neighbou?rhood|district|area|camp|province|"
    r"governorate|countryside|suburb)\s+of\s+)?(?P<n>(?:al-|el-|Al-|Al\s)?[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){0,2})"
)
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w .'-]{1,30})?,?\s*(?:[A-Z][a-z]{2}\.?\s+\d{1,2},?\s*)?"
                             r"\((?:Reuters|AP|AFP|Xinhua|Anadolu|ANI|UPI|dpa|IANS|SANA|WAFA|[A-Z]{2,8})\)")
_SINCE_MONTH = re.compile(r"\s+(?:(?:early|late|mid-?)\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                          r"(?:\s+((?:19|20)\d\d))?\b", re.I)
_MON_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_SPAN = re.compile(rf"\b(?:between|from)\s+{_MON_WORD}(?:\s+((?:19|20)\d\d))?\s+(?:and|to|until|through)\s+"
                         rf"{_MON_WORD}\s+((?:19|20)\d\d)\b", re.I)
_MONTH_NUM = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH_ALONE = re.compile(rf"\bin\s+{_MON_WORD}(?:\s+((?:19|20)\d\d))?\s+alone\b", re.I)  # "In September alone"
_DASH_DATELINE = re.compile(r"(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([A-Za-z]{2,10}\)\s*)?[—–-]\s")
_PARTIAL_AFTER = re.compile(r"\s+(?:other|more|additional|further)\b", re.I)
_EARLY = re.compile(r"\b(?:initially|at\s+first|first\s+reported|early\s+reports?|first\s+reports?|"
                    r"initial\s+(?:reports?|reporting|toll|figures?|count|sources?|estimates?|information)|"
                    r"preliminary|earlier\s+(?:reports?|reporting|tolls?|figures?)|"
                    r"at\s+the\s+time(?!\s+of\s+(?:writing|publication|publishing|this)))\b(?![^.;]{0,60}\blater\b)", re.I)
_LATER = re.compile(r";|\bbut\b|\blater\b|\bthen\b|\bsince\b|\bby\s+(?:the\s+)?(?:evening|morning|night|nightfall|afternoon|"
                    r"end|next)\b|\bhad\s+risen\b|\brose\b", re.I)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese)$")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_OUTLET_AFTER = re.compile(r"\s+(?:Today|News|Post|Times|Network|Agency|TV|Radio|Channel|Tribune|Herald|Now|Online|"
                           r"Media|Press|Observer|Monitor|Wire|Desk)\b")
_NOT_PLACE = re.compile(r"^(?:The|A|An|On|In|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                        r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
                        r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|Israeli|Russian|Syrian|US|Twitter|Facebook|Telegram|X|"
                        r"Airwars|Reuters|Hamas|Islamic|God|Ministry|Health|According)\b")


class Context:
    """Per-document facts every claim of the document shares."""

    def __init__(self, text: str, anchor: date | None, countries: list[str], mentions: list,
                 infos: list[Info], title: str | None, dateline_end: int = 0) -> None:
        self.text, self.anchor, self.countries, self.mentions = text, anchor, countries, mentions
        self.infos, self.title = infos, title
        self.dateline_end = dateline_end  # the wire dateline's place is where the report was filed
        self.cset = set(countries)
        self.has_coalition = "coalition" in text.lower()


def _range(values: list[tuple[int | None, int | None]]) -> dict:
    los = [lo for lo, _ in values if lo is not None]
    his = [hi for _, hi in values if hi is not None]
    return {"min": min(los) if los else None, "max": max(his) if his else None}


def _sum(figs: list[Fig]) -> tuple[int | None, int | None]:
    lo = sum(f.min for f in figs if f.min is not None) if any(f.min is not None for f in figs) else None
    hi = None if any(f.max is None for f in figs) else sum(f.max for f in figs)
    if lo is not None and hi is not None and hi < lo:
        hi = lo
    return lo, hi


_OWNED = re.compile(r"\b(?:his|her|their|its|the|other|another)\s+(?:[\w'’-]+\s+)?$", re.I)


def _counted_kind(text: str, f: Fig) -> bool:
    """True when a figure of one kind is a count of its own ("five children were killed", "at least six
    men"), not one person ("his wife") or an item of a list of the named ("their five children: ...")."""
    word = text[f.start:f.end].split()[0].lower()
    if word in ("a", "an", "his", "her", "their", "its", "the") or f.cat not in ("child", "woman", "man"):
        return False
    return not _OWNED.search(text, max(0, f.start - 25), f.start) and not _PARTIAL_AFTER.match(text, f.end)


def _lead_floor(info: Info, cap: int) -> tuple[int, int, int] | None:
    """The floor the lead's breakdown sets under its ceiling: "up to 20, including at least 14 members" → 14,
    "up to ten, including five children and three women" → 8."""
    subs = [f for f in info.figs if f.subset and f.rel == "killed" and f.cat != "combatant" and f.min is not None
            and not _VAGUE_FIG.fullmatch(info.sent.text[f.start:f.end])]
    people = max((f for f in subs if f.cat == "person"), key=lambda f: f.min, default=None)
    kinds = [f for f in subs if f.cat != "person"]
    n_kinds = sum(f.min for f in kinds)
    if people is not None and people.min >= n_kinds:
        floor = (people.min, people.start, people.end)
    elif kinds:
        floor = (n_kinds, kinds[0].start, kinds[-1].end)
    else:
        return None
    return floor if floor[0] <= cap else None


def _low(figs: list[Fig]) -> int:
    """The lowest reading of all the dead in a group of figures (0 when it has none)."""
    return min((f.min for f in figs if f.cat == "person" and not f.subset and f.min is not None), default=0)


def merge_figures(infos: list[Info], policy: str = "range") -> dict:
    """The claim's figures. Coordinated figures of one reading add up ("seven children and three
    women" → 10); when several readings count all the dead, min is the lowest and max the highest
    (contract); readings of one kind only ("two paramedics") count when nothing counts all."""
    groups: dict[tuple[int, int, str], list[Fig]] = {}
    vague = {info.sent.index for info in infos  # every figure of the dead in the sentence is vague
             if all(_VAGUE_FIG.fullmatch(info.sent.text[f.start:f.end]) for f in info.figs if f.rel == "killed")}
    lead_idx = infos[0].sent.index if infos else 0
    early: set[tuple[int, int, str]] = set()
    for info in infos:
        for f in info.figs:
            key = (info.sent.index, f.group, f.rel)
            groups.setdefault(key, []).append(f)
            window = _LATER.split(info.sent.text[max(0, f.start - 90):f.start])[-1]
            if _EARLY.search(window):
                early.add(key)
    later = [f.min if f.min is not None else f.max for k, v in groups.items() if k not in early and k[2] == "killed"
             for f in v if f.cat == "person" and f.total and not f.subset and (f.min, f.max) != (None, None)]
    if early and later:
        # "initially reported two dead ... the toll rose to eight": a source correcting itself (not an
        # initial toll higher than every later one)
        early = {k for k in early if any(lo > _low(groups[k]) for lo in later)}
        groups = {k: (v if k not in early or k[2] != "killed" else [f for f in v if f.cat not in ("person", "man")])
                  for k, v in groups.items()}
        groups = {k: v for k, v in groups.items() if v}
    alts: dict[str, list] = {"total": [], "kind": [], "injured": [], "comb": [], "child": [], "women": []}
    kind_cats: list[str | None] = []
    texts = {info.sent.index: info.sent.text for info in infos}
    specific: list[int | None] = []  # the lows of readings of all the dead that are not vague ("dozens")
    lead_kind: list[tuple[int | None, int | None]] = []
    near: dict[str, list] = {k: [] for k in alts}
    for (idx, _, rel), figs in groups.items():
        before = {k: len(v) for k, v in alts.items()}
        civ = [f for f in figs if f.cat != "combatant"]
        top = [f for f in civ if not f.subset]
        if rel == "injured":
            top = [f for f in top if f.total] or top or civ
            if top:
                alts["injured"].append(_sum(top))
            continue
        if top and any(f.total and f.cat == "person" for f in top):
            chosen = [f for f in top if f.total and f.cat == "person"]
            alts["total"].append(_sum(chosen))
            if not all(_VAGUE_FIG.fullmatch(texts[idx][f.start:f.end]) for f in chosen):
                specific.append(alts["total"][-1][0])
        elif top and not any(f.subset for f in civ):
            alts["kind"].append(_sum(top))
            if idx == lead_idx and len(top) == 1 and _counted_kind(infos[0].sent.text, top[0]):
                lead_kind.append(_sum(top))
            cats = {f.cat for f in top}
            kind_cats.append(cats.pop() if len(cats) == 1 else None)
        comb = [f for f in figs if f.cat == "combatant" and not f.subset]
        if comb:
            alts["comb"].append(_sum(comb))
        for cat, key in (("child", "child"), ("woman", "women")):
            sel = [f for f in figs if f.cat == cat]
            if any(not f.subset and (f.min or 0) > 1 for f in sel):
                sel = [f for f in sel if not f.subset]  # "three children, a boy named ...": the three, not six
            if sel:
                alts[key].append(_sum(sel))
        if idx - lead_idx <= _NEAR:
            # a vague lead ("a number of people were killed") gives way to the lowest figure given
            for k, v in alts.items():
                if not (idx in vague and k == "total"):
                    near[k].extend(v[before[k]:])
    out = {k: {"min": None, "max": None} for k in FIELDS}
    if not alts["total"]:
        # readings of one kind only ("29 children" in the lead, "29 children" again later): those of the first kind
        same = [v for v, c in zip(alts["kind"], kind_cats) if c is not None and c == kind_cats[0]]
        alts["total"], near["total"] = same or alts["kind"][:1], near["kind"][:1]
    elif not near["total"] and lead_kind:
        # the lead counts the dead of one kind only ("five children were killed", "four brothers"): its reading
        alts["total"].extend(lead_kind)
        near["total"].extend(lead_kind)
    for key, field in (("total", "civilians_killed"), ("injured", "civilians_injured"), ("comb", "combatants_killed"),
                       ("child", "children_killed"), ("women", "women_killed")):
        vals = alts[key]
        if not vals:
            continue
        if policy == "first":
            vals = vals[:1]
        rng = _range(vals)
        if policy == "lead":
            lows = [lo for lo, _ in near[key] if lo is not None]
            if not lows and key == "total" and infos and any(hi is not None for _, hi in near[key]):
                # "up to four civilians, including two young sisters": the lead's own breakdown is its floor,
                # raised by the lowest other reading above it
                cap = min(h for _, h in near[key] if h is not None)
                floor = _lead_floor(infos[0], cap)
                if floor and not _VAGUE_FIG.fullmatch(infos[0].sent.text[floor[1]:floor[2]]):
                    lows = [min([lo for lo in specific if lo is not None and floor[0] <= lo < cap] or [floor[0]])]
            lows = lows or [lo for lo, _ in vals if lo is not None][:1 if key in ("child", "women") else None]
            if lows:
                rng["min"] = min(lows)
            if rng["max"] is not None and rng["min"] is not None and rng["max"] < rng["min"]:
                rng["max"] = rng["min"]
        out[field] = rng
    ck = out["civilians_killed"]
    if ck["min"] is None and ck["max"] is not None and infos:
        # "up to 27 people, including at least 19 members of one family": the subset is a floor
        floors = [f.min for f in infos[0].figs if f.subset and f.rel == "killed" and f.cat == "person"
                  and f.min is not None and f.min <= ck["max"]]
        if floors:
            ck["min"] = max(floors)
    if out["civilians_killed"]["min"] is None and out["civilians_killed"]["max"] is None \
            and any(i.singular for i in infos):
        out["civilians_killed"] = {"min": 1, "max": 1}
    return out


def _date(seg: Segment, ctx: Context, first: bool) -> dict:
    when = seg.date
    if when is None:
        for info in seg.members:
            for d in event_dates(info):
                if d.first:
                    when = (d.first, d.last, d.precision)
                    break
            if when:
                break
    if when is None and first:
        from .published import is_date_line

        for info in ctx.infos:
            if is_date_line(info.sent.text):
                continue  # "20 May, 2025" over the page: when it was posted, not when harm happened
            for d in event_dates(info):
                if d.first and d.precision in ("day", "days") and (ctx.anchor is None or d.first <= ctx.anchor):
                    when = (d.first, d.last, d.precision)
                    break
            if when:
                break
    if when is None:
        if ctx.anchor:
            return {"start": ctx.anchor.isoformat(), "end": ctx.anchor.isoformat(), "precision": "unknown"}
        return {"start": None, "end": None, "precision": "unknown"}
    a, b, p = when
    return {"start": a.isoformat() if a else None, "end": (b or a).isoformat() if (b or a) else None, "precision": p}


def _tally_date(seg: Segment, ctx: Context) -> dict:
    s = seg.lead.sent.text
    start = None
    span = _MONTH_SPAN.search(s)
    if span:  # "between June and October 2017", "from March 2015 to August 2018"
        import calendar

        y2 = int(span.group(4))
        m1, m2 = _MONTH_NUM[span.group(1).lower()[:3]], _MONTH_NUM[span.group(3).lower()[:3]]
        y1 = int(span.group(2)) if span.group(2) else (y2 if m1 <= m2 else y2 - 1)
        first, last = date(y1, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1])
        return {"start": first.isoformat(), "end": last.isoformat(), "precision": "period"}
    one = _MONTH_ALONE.search(s)
    if one and (one.group(2) or ctx.anchor):  # the month named, in the publication's year or the one before
        import calendar

        month = _MONTH_NUM[one.group(1).lower()[:3]]
        year = int(one.group(2)) if one.group(2) else (ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1)
        first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return {"start": first.isoformat(), "end": last.isoformat(), "precision": "month"}
    m = re.search(r"\b(?:since|from|between)\b", s, re.I)
    for d in seg.lead.dates:
        if d.first and m is not None and 0 <= d.start - m.end() <= 45:
            start = d.first
            break
    if start is None and m is not None and ctx.anchor:
        mm = _SINCE_MONTH.match(s, m.end())
        if mm:
            month = _MONTH_NUM[mm.group(1).lower()[:3]]
            year = int(mm.group(2)) if mm.group(2) else (ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1)
            start = date(year, month, 1)
    if start is None:
        m2 = re.search(r"\b(?:past|last|first)?\s*(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                       r"(day|week|month|year)s\b", s, re.I)
        if m2 and ctx.anchor:
            from .numbers import word_value

            n = word_value(m2.group(1)) or 0
            unit = {"day": 1, "week": 7, "month": 30, "year": 365}[m2.group(2).lower()]
            start = ctx.anchor - timedelta(days=n * unit)
    end = ctx.anchor
    return {"start": start.isoformat() if start else None, "end": end.isoformat() if end and start else None,
            "precision": "period"}


def _perps(seg: Segment, ctx: Context, prev: list[str] | None) -> list[str]:
    own = [seg.lead] + seg.members
    tiers = [(own, True), (seg.context, True), (own, False), (seg.context, False)]
    for infos, strong in tiers:
        ms = [m for i in infos for m in _mentions(ctx, i)]
        got = actors.perpetrators(ms, ctx.cset, strong_only=strong, text_has_coalition=ctx.has_coalition)
        if got:
            return got
    if prev:
        return prev
    if ctx.title:
        got = actors.perpetrators(actors.actor_mentions(ctx.title), ctx.cset, strong_only=False,
                                  text_has_coalition=ctx.has_coalition)
        if got:
            return got
    for strong in (True, False):
        counts: dict[str, int] = {}
        lists: list[list[str]] = []
        for info in ctx.infos:
            got = actors.perpetrators(_mentions(ctx, info), ctx.cset, strong_only=strong,
                                      text_has_coalition=ctx.has_coalition)
            lists.append(got)
            for cid in got:
                counts[cid] = counts.get(cid, 0) + 1
        if counts:
            top = max(counts, key=counts.get)
            if strong:  # "blamed Russian or Syrian government jets": the joint attackers named with it
                return next(g for g in lists if top in g)
            return [top]
    return ["unknown"]


def _mentions(ctx: Context, info: Info) -> list:
    cache = getattr(info, "_actors", None)
    if cache is None:
        cache = actors.actor_mentions(info.sent.text)
        info._actors = cache  # type: ignore[attr-defined]
    return cache


def _dateline_place(ctx: Context, m) -> bool:
    """True when the mention is not where harm happened: the wire dateline (where the report was
    filed) or an outlet's name ("Baghdad Today", "Gaza Now")."""
    if m.start < ctx.dateline_end or _OUTLET_AFTER.match(ctx.text, m.end):
        return True
    if _DEMONYM.match(m.name) and _LOWER_AFTER.match(ctx.text, m.end):
        return True  # "the eastern Syrian town of ...": an adjective, not a place
    if _DATELINE_AFTER.match(ctx.text, m.end) is not None:
        return True
    # "ADEN, Yemen — ..." / "KHARKIV - ...": the reporter's city at the very top
    return m.start <= 2 and _DASH_DATELINE.match(ctx.text, m.end) is not None


def _following_places(seg: Segment, ctx: Context) -> list[dict]:
    """A settlement named in the two sentences after the lead, when the lead names only a country or
    a province (the wire story's second sentence often says where exactly)."""
    idx = seg.lead.sent.index
    nxt = [i for i in ctx.infos if idx < i.sent.index <= idx + 2 and not i.figs]
    for info in nxt:
        a, b = info.sent.start, info.sent.end
        here = [m for m in ctx.mentions if a <= m.start < b and m.lat is not None and not _dateline_place(ctx, m)
                and m.precision not in ("country", "province", "water")]
        if here:
            here.sort(key=lambda m: (_PREC_RANK.get(m.precision, 7), m.start))
            return [here[0].as_claim_place()]
    return []


def _places(seg: Segment, ctx: Context, first: bool) -> list[dict]:
    tiers = [[seg.lead] + seg.members, seg.context]
    for infos in tiers:
        found = []
        headline: set[int] = set()
        for info in infos:
            a, b = info.sent.start, info.sent.end
            here = [m for m in ctx.mentions if a <= m.start < b and not _dateline_place(ctx, m)]
            if len(info.sent.text) < 120 and info.sent.text.rstrip()[-1:] not in ".!?\"”'’)":
                headline.update(m.start for m in here)  # a headline: its places are less precise
            found += here
        if found:
            resolved = [m for m in found if m.lat is not None]
            pick = resolved or found
            if any(m.precision != "country" for m in pick):
                pick = [m for m in pick if m.precision != "country"]
            pick = sorted(pick, key=lambda m: (_PREC_RANK.get(m.precision, 7), m.start in headline, m.start))
            out, seen = [], set()
            for m in pick:
                key = (m.gazetteer_id or m.name).lower()
                if key not in seen:
                    seen.add(key)
                    out.append(m.as_claim_place())
            if all(p["precision"] in ("country", "province", "unknown") for p in out):
                near = _following_places(seg, ctx)  # "in the Yemeni capital" ... "in southern Sanaa"
                if near:
                    return near + out[:3]
            return out[:4]
    if first and ctx.mentions:
        resolved = [m for m in ctx.mentions if m.lat is not None and m.precision not in ("country",)
                    and not _dateline_place(ctx, m)]
        if resolved:
            return [resolved[0].as_claim_place()]
    for info in [seg.lead] + seg.members:
        for m in _PLACE_FALLBACK.finditer(info.sent.text):
            name = m.group("n")
            if not _NOT_PLACE.match(name):
                country = ctx.countries[0] if len(ctx.countries) == 1 else None
                return [{"name": name, "geoname": None, "gazetteer_id": None, "country": country, "admin1": None,
                         "lat": None, "lon": None, "precision": "unknown"}]
    if ctx.countries:
        c = ctx.countries[0]
        return [{"name": _COUNTRY_NAMES.get(c, c), "geoname": _COUNTRY_NAMES.get(c), "gazetteer_id": None,
                 "country": c, "admin1": None, "lat": None, "lon": None, "precision": "country"}]
    return []


def _summary(kind: str, figs: dict, perps: list[str], means: str, date_: dict, places: list[dict]) -> str:
    k = figs["civilians_killed"]
    if k["min"] is not None and k["max"] is not None and k["min"] != k["max"]:
        n = f"{k['min']}-{k['max']} civilians killed"
    elif k["min"] is not None:
        n = f"{k['min']}{'' if k['max'] is not None else '+'} civilians killed"
    elif k["max"] is not None:
        n = f"up to {k['max']} civilians killed"
    else:
        n = "civilian harm reported"
    if kind == "tally":
        return f"Stated toll: {n}" + (f" since {date_['start']}" if date_.get("start") else "") + "."
    who = ", ".join(p for p in perps if p != "unknown") or "an unidentified party"
    how = "" if means == "unknown" else f" ({means})"
    where = f" in {places[0]['name']}" if places else ""
    when = f" on {date_['start']}" if date_.get("start") and date_.get("precision") == "day" else ""
    return f"{n[0].upper() + n[1:]} by {who}{how}{where}{when}."


def build_claim(seg: Segment, ctx: Context, document: str, *, first: bool, prev_perps: list[str] | None) -> dict:
    """The contract claim for one segment."""
    own = [seg.lead] + seg.members
    texts = [i.sent.text for i in own] + [i.sent.text for i in seg.context]
    figures = merge_figures(own, _POLICY)
    listed = victims.apply_listed(figures, own, ctx.infos, seg.context) if seg.kind == "incident" else []
    if seg.kind == "tally":
        date_ = _tally_date(seg, ctx)
    else:
        date_ = _date(seg, ctx, first)
    perps = _perps(seg, ctx, prev_perps)
    means = cues.means(texts)
    places = _places(seg, ctx, first) if seg.kind == "incident" else []
    spans = sorted({(i.sent.start, i.sent.end) for i in own if i.figs or i is seg.lead} | set(listed))
    claim = {
        "document": document,
        "kind": seg.kind,
        "summary": None,
        "date": date_,
        "places": places,
        "perpetrators": perps,
        "official_response": actors.official_response(" ".join(texts)) if seg.kind == "incident" else None,
        "means": means,
        "target": cues.target(texts),
        "figures": figures,
        "sources": cues.sources(texts),
        "evidence": [{"start": a, "end": b} for a, b in spans],
    }
    claim["summary"] = _summary(seg.kind, figures, perps, means, date_, places)
    return claim
