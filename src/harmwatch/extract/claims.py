"""Turn segments into contract claims: figures, date, perpetrators, places, sources, evidence."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import actors, cues, victims
from .merge import FIELDS, merge_figures
from .segment import Info, Segment, event_dates

__all__ = ["build_claim", "merge_figures", "FIELDS", "Context"]

_POLICY = "lead"  # min from the lead sentence's reading (see merge_figures)
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
_WEEK_OF = re.compile(rf"\b(first|second|third|fourth|last|final)\s+week\s+of\s+{_MON_WORD}(?:\s+((?:19|20)\d\d))?", re.I)
_LAST_YEAR = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.I)
_SINCE_YEAR = re.compile(r"[^.;]{0,40}?\b((?:19|20)\d\d)\b")
# the period a toll counts back from publication: "in six months", "in the past week", "in a week of fighting"
_SPAN_BACK = re.compile(r"\b(?:past|last|first)?\s*(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                        r"(?P<u>hour|day|week|month|year)s\b|\b(?:past|last)\s+(?P<u1>day|week|fortnight|month|year)\b|"
                        r"\b(?:a|one)\s+(?P<u2>day|week|fortnight|month|year)\s+of\b", re.I)
_YEAR_TOLL = re.compile(r"\b(?:in|during|throughout)\s+((?:19|20)\d\d)\b|\blast\s+year\b(?!['’])", re.I)
_THIS_YEAR = re.compile(r"\b(?:(?:so\s+far\s+)?this\s+year|this\s+year\s+(?:alone|so\s+far)|since\s+the\s+(?:start|beginning)\s+of\s+"
                        r"(?:the|this)\s+year)\b", re.I)
_MONTH_NUM = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH_ALONE = re.compile(rf"\bin\s+{_MON_WORD}(?:\s+((?:19|20)\d\d))?\s+alone\b", re.I)  # "In September alone"
_DASH_DATELINE = re.compile(r"(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([A-Za-z]{2,10}\)\s*)?[—–-]\s")
# "Israel conducts air strikes on targets in Syria", "Turkey's jets hit ...": the attacker, not a place
_ACTOR_AFTER = re.compile(
    r"(?:\s+(?:again|also|reportedly|allegedly|repeatedly|has|have|had|says|said|is|was))?\s+(?:conduct|strike|struck|launch|hit|pound|"
    r"fire|fired|attack|bomb|shell|target|kill|carr(?:y|ies|ied)|claim|den(?:y|ies|ied)|accuse|vow|warn|rain|raid|step|"
    r"intensif|escalat|retaliat|respond|bombard|blame|admit|acknowledg|deploy)[a-z]*\b|"
    r"['’]s?\s+(?:(?:air|armed|military|security|special)\s+)?(?:military|army|air\s+force|forces|troops|jets|warplanes|drones|"
    r"missiles|navy|strikes?|airstrikes?|attacks?|shelling|bombardment|bombing|invasion|offensive|artillery|aircraft|"
    r"soldiers|defen[cs]e\s+(?:ministry|forces))\b|"
    r"-(?:backed|aligned|allied|led|sponsored|installed|funded|supported|made|built|supplied|linked|affiliated)\b")
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
    wk = _WEEK_OF.search(s)
    if wk and ctx.anchor:  # "in the first week of March"
        month = _MONTH_NUM[wk.group(2).lower()[:3]]
        year = int(wk.group(3)) if wk.group(3) else (ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1)
        import calendar

        last_day = calendar.monthrange(year, month)[1]
        k = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(wk.group(1).lower())
        a = date(year, month, 1 + 7 * k) if k is not None else date(year, month, last_day - 6)
        b = min(a + timedelta(days=6), date(year, month, last_day))
        return {"start": a.isoformat(), "end": b.isoformat(), "precision": "period"}
    one = _MONTH_ALONE.search(s)
    if one and (one.group(2) or ctx.anchor):  # the month named, in the publication's year or the one before
        import calendar

        month = _MONTH_NUM[one.group(1).lower()[:3]]
        year = int(one.group(2)) if one.group(2) else (ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1)
        first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return {"start": first.isoformat(), "end": last.isoformat(), "precision": "month"}
    m = re.search(r"\b(?:since|from|between)\b", s, re.I)
    end = ctx.anchor
    for d in seg.lead.dates:
        if d.first and m is not None and 0 <= d.start - m.end() <= 45:
            start = d.first
            if m.group(0).lower() != "since":  # "between 30 May and 5 June", "from 1 to 7 March"
                later = [e for e in seg.lead.dates if e.start > d.start and e.first and e.first >= d.first
                         and re.fullmatch(r"\s*(?:and|to|until|till|through|-|–)\s*", s[d.end:e.start], re.I)]
                if later:
                    end = later[0].last or later[0].first
                elif d.precision == "days" and d.last:
                    end = d.last
            break
    if start is None and m is None:  # a monitor's month: "documented the killing of 75 civilians in February 2023"
        month = next((d for d in seg.lead.dates if d.precision == "month" and d.has_year and d.first and d.last), None)
        if month is not None:
            return {"start": month.first.isoformat(), "end": month.last.isoformat(), "precision": "period"}
    if start is None and m is not None and ctx.anchor:
        mm = _SINCE_MONTH.match(s, m.end())
        if mm:
            month = _MONTH_NUM[mm.group(1).lower()[:3]]
            year = int(mm.group(2)) if mm.group(2) else (ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1)
            if not mm.group(2) and _LAST_YEAR.match(s, mm.end()):  # "since October last year"
                year = ctx.anchor.year - 1
            start = date(year, month, 1)
    if start is None and m is not None:  # "since 2014", "since the war began in 2011"
        yy = _SINCE_YEAR.match(s, m.end())
        if yy and (ctx.anchor is None or int(yy.group(1)) <= ctx.anchor.year):
            start = date(int(yy.group(1)), 1, 1)
    if start is None and ctx.anchor and m is None:
        yr = _YEAR_TOLL.search(s)
        if yr:  # "in 2023 alone", "last year"
            y = int(yr.group(1)) if yr.group(1) else ctx.anchor.year - 1
            if y <= ctx.anchor.year:
                return {"start": date(y, 1, 1).isoformat(), "end": min(date(y, 12, 31), ctx.anchor).isoformat(),
                        "precision": "period"}
    if start is None and ctx.anchor and _THIS_YEAR.search(s):  # "so far this year"
        start = date(ctx.anchor.year, 1, 1)
    if start is None:
        m2 = _SPAN_BACK.search(s)
        if m2 and ctx.anchor:
            from .numbers import word_value

            n = (word_value(m2.group("n")) or 0) if m2.group("n") else 1
            unit = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}[
                (m2.group("u") or m2.group("u1") or m2.group("u2")).lower()]
            start = ctx.anchor - timedelta(days=max(1, round(n * unit)) if unit < 1 else n * unit)
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
    if seg.lead.item is not None and any(i.item is not None and i.item != seg.lead.item for i in ctx.infos):
        return ["unknown"]  # a bulleted item names its own attacker: none bleeds from the other items
    if prev:
        return prev
    if ctx.title:
        got = actors.perpetrators(actors.actor_mentions(ctx.title), ctx.cset, strong_only=False,
                                  text_has_coalition=ctx.has_coalition)
        if got:
            return got
    cached = getattr(ctx, "_doc_perps", None)
    if cached is None:
        cached = ctx._doc_perps = _doc_perps(ctx)  # type: ignore[attr-defined]  # once a document: linear cost
    return list(cached)


def _doc_perps(ctx: Context) -> list[str]:
    """The document's most-cited attacker (with the actors named jointly with it), or unknown."""
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
    if m.precision == "country" and _ACTOR_AFTER.match(ctx.text, m.end) and ctx.text[m.start:m.end][:1].isupper():
        return True  # "Israel conducts air strikes ...", "Russia's army shelled ...": the attacker
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


def _attack_before(seg: Segment, ctx: Context) -> list[Info]:
    """The sentence just before the lead when it tells the attack and no harm of its own."""
    i = seg.lead.sent.index - 1
    if 0 <= i < len(ctx.infos) and ctx.infos[i].sent.index == i and not ctx.infos[i].figs \
            and ctx.infos[i].item == seg.lead.item and cues.ATTACK.search(ctx.infos[i].sent.text):
        return [ctx.infos[i]]
    return []


def _finer(infos: list[Info], ctx: Context) -> list[dict]:
    """The most precise settlement named in `infos` (a lead's context sentences), if any."""
    here = [m for info in infos for m in ctx.mentions if info.sent.start <= m.start < info.sent.end and m.lat is not None
            and not _dateline_place(ctx, m) and m.precision not in ("country", "province", "water")]
    if not here:
        return []
    here.sort(key=lambda m: (_PREC_RANK.get(m.precision, 7), m.start))
    return [here[0].as_claim_place()]


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
            if all(p["precision"] in ("country", "province", "unknown") for p in out) and infos is not seg.context:
                before = _finer(seg.context or _attack_before(seg, ctx), ctx)  # "jets struck the area of Khiam" ... "two were killed in the strike"
                if before:
                    return before + out[:3]
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
