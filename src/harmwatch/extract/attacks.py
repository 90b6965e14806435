"""Attacks told with no harm: one incident claim with null figures (issues #3/#4).

A report of a concrete attack that states no casualties ("Russian jets struck the town of X on
Tuesday", "قصف مدفعي لقوات النظام على بلدة كذا") is still one attack at one time and place: the
contract's incident claim, with whatever the document says of its harm — here nothing, or an
injured figure, or "casualties" with no number (null). It gives linking the date, place and
perpetrator of such reports.

A sentence tells such an attack when it names one (an attack verb or noun), in the past or in
a headline's present, with a place or an attacker; not a threat, a plan, a denial, an exercise,
background history or a tally of strikes. A document that says nobody was hurt yields none
("No casualties were reported": no civilian harm). Used only when the document yields no
incident claim otherwise.

    attack_segment(infos, places) -> Segment | None            (English: claims.build_claim fills it)
    arabic_attack_claims(text, sents, *, document, anchor, places, countries) -> list[dict]
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable, Sequence

from .cues import TALLY
from .segment import Info, Segment, event_dates

__all__ = ["attack_segment", "attack_sentence", "arabic_attack_claims", "arabic_attack_sentence"]

# ---------------------------------------------------------------------------------------------
# English

# Told as an attack by itself: a strike noun or a past attack verb.
_STRONG = re.compile(
    r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|(?:drone|missile|rocket|artillery|aerial|air|mortar|tank)\s+"
    r"(?:strikes?|attacks?|fire|shells?|rounds|bombardment|bombing)|shelling|shelled|bombard(?:ed|ment)|bombed|"
    r"bombings?|barrel\s+bombs?|struck|pounded|rocketed|strafed|air\s*drop\s+(?:operation|raid)|"
    r"airborne\s+(?:raid|landing|assault)|dropped\s+(?:\w+\s+){0,2}?(?:bombs?|munitions|missiles)|"
    r"(?:fired|launched|lobbed)\s+(?:\w+\s+){0,3}?(?:missiles?|rockets?|shells?|mortars?|drones?|projectiles?|"
    r"(?:air\s*)?strikes?|raids?|attacks?)|"
    r"(?:carried\s+out|carries\s+out|conducted|conducts|launched|launches|staged|mounted|executed)\s+(?:\w+\s+){0,3}?"
    r"(?:(?:air\s*)?strikes?|airstrikes?|raids?|bombing|attacks?|assault|shelling))\b",
    re.I)
# Headline present ("Russian jets strike Idlib", "Israel conducts air strikes on ...") or a verb
# that is an attack only with an attacker or a means named ("regime forces targeted the town").
_WEAK = re.compile(
    r"\b(?:strikes?|bombs?|shells?|pounds?|targets?|targeted|targeting|hit|hits|attacked|attacks|raided|shot|"
    r"aggression|raids?|stormed|shot\s+at|opened\s+fire|fired\s+(?:on|at|upon))\b",
    re.I)
_MEANS_ALT = (r"jets?|warplanes?|war\s+planes|aircraft|planes|helicopters?|gunships?|drones?|uavs?|missiles?|rockets?|"
              r"artillery|mortars?|shells?|bombs?|forces|troops|army|military|militias?|gunmen|snipers?|patrol|"
              r"air\s+force|aviation|tanks?|munitions?")
_MEANS_WORD = re.compile(rf"\b(?:{_MEANS_ALT})\b", re.I)
# A plan, a threat, a possibility or a question: not an attack that happened.
_IRREALIS = re.compile(
    r"\b(?:will|would|could|might|shall|should|going\s+to|plans?|planned|planning|threat(?:en)?(?:s|ed|ing)?|"
    r"vow(?:s|ed)?|warn(?:s|ed|ing)?|intends?|intended|prepar(?:e|es|ed|ing)\s+(?:to|for)|ready\s+to|if|unless|"
    r"whether|able\s+to|capable|aims?\s+to|seeks?\s+to|wants?\s+to|calls?\s+(?:for|on)|urged?|demand(?:s|ed)?|"
    r"possible|potential|imminent|expected|anticipated|to\s+(?:strike|bomb|shell|attack|target|hit|raid))\b|"
    r"(?-i:\bmay\b)|\?\s*$",
    re.I)
# A denial, a rumour, an exercise, a halt: not an attack.
_NOT_ATTACK = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|not|never|n['’]t|no|without|false(?:ly)?|fake|rumou?rs?|fabricat\w*|refut\w*|"
    r"hoax|debunk\w*|exercises?|drills?|training|manoeuvres?|maneuvers?|simulat\w*|test[- ]fired|tested|tests?|"
    r"war\s*games?|parade|halt(?:ed|s)?|suspend(?:ed|s)?|paused?|ceased?|stopp?(?:ed|s)?)\b",
    re.I)
# Background history and tolls of strikes: "in 2014", "years ago", "has been bombing", "502 strikes".
_BACKGROUND = re.compile(
    r"\b(?:(?:in|since|during|until|by)\s+(?:19|20)\d\d\b|(?:last|previous|earlier|past)\s+(?:year|month|decade)s?|"
    r"previous(?:ly)?|years?\s+ago|months\s+ago|decades?|anniversary|history|historic(?:al)?|recall\w*|remember\w*|"
    r"reminiscent|similar|earlier\s+(?:strikes?|attacks?|raids?)|(?:has|have)\s+been\s+\w+ing|"
    r"for\s+(?:years|months|weeks)|repeatedly|"
    r"frequently|often|regularly|routinely|daily|every\s+(?:day|week|month)|since\s+the\b|so\s+far|to\s+date|"
    r"war\s+on|wave\s+of|series\s+of|spate\s+of|"
    r"(?-i:\d[\d,]{1,}\s+(?:(?:air|drone|missile)\s*)?(?:strikes|sorties|raids|attacks|missions|engagements|targets))|"
    r"(?-i:\d[\d,]{2,}\s+(?:\w+\s+)?(?:rounds|shells|munitions|bombs|missiles|rockets|projectiles))|"
    r"(?:during|throughout|over)\s+the\s+(?:[\w-]+\s+){0,3}?(?:battle|offensive|campaign|war|siege|conflict))\b",
    re.I)
# Nobody hurt: the document tells no civilian harm ("no immediate reports of casualties" too, as
# the segmenter reads it).
_NO_HARM = re.compile(
    r"\b(?:no|without|zero)\s+(?:civilian\s+|human\s+)?(?:casualties|injuries|deaths|fatalities|victims|losses|"
    r"(?:one|body)\s+(?:was|were)\s+(?:\w+\s+)?(?:hurt|injured|killed|harmed|wounded))\b|"
    r"\bno\s+(?:immediate\s+)?(?:reports?|word|information|news)\s+(?:of|on|about)\s+(?:any\s+)?(?:civilian\s+)?"
    r"(?:casualties|injuries|deaths|victims)\b|\bno\s+reported\s+(?:civilian\s+)?(?:casualties|injuries|deaths)\b|"
    r"\b(?:nobody|no\s+one|none)\s+(?:was|were)\s+(?:\w+\s+)?(?:hurt|injured|killed|harmed|wounded)\b|"
    r"\bdamage\s+(?:was\s+)?(?:only\s+)?(?:limited|confined)\s+to\s+(?:\w+\s+)?(?:material|property)\b|"
    r"\bonly\s+(?:caused\s+)?material\s+damage\b",
    re.I)
# "no immediate reports of casualties", "no word yet on ...": nothing told of harm, no negation of the attack
_NO_NEWS = re.compile(r"\b(?:no|not)\s+(?:yet\s+)?(?:immediate(?:ly)?\s+)?(?:reports?|word|information|details|"
                      r"clear|known)\b", re.I)
_PLACE_WORDS = re.compile(
    r"\b(?:in|on|near|at|outskirts\s+of|countryside\s+of|(?:town|city|village|neighbou?rhood|district|camp|area|"
    r"province|governorate|suburbs?)\s+of)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Least|Dawn|"
    r"Night|Morning|Evening|Twitter|Facebook|Telegram|X)\b)(?:al-|el-|Al-|ad-|as-|ar-)?[A-Z][\w'’-]{2,}")
_BODY_END = re.compile(r"All\s+reactions:|Most\s+relevant|LikeComment|Back\s+to\s+top\b|Loading\s+seems\s+to\s+be")
_REACH = 4000  # the attack is told near the top: later sentences are analysis and background
_OLD = 365  # an attack dated over a year before publication is history


def attack_sentence(s: str, *, has_place: bool, has_actor: bool) -> bool:
    """True when sentence `s` tells one attack that happened (see the module's rules)."""
    if _STRONG.search(s) is None:
        # a verb that is an attack only as the verb of an attacker or a means ("Turkish drones
        # target ...", "was hit by regime artillery"), with a place; not a noun ("terrorist targets"),
        # nor attacks an arrest or a trial is about ("arrested for filming the attacks on X")
        if _ARREST.search(s):
            return False
        if not has_place or not any(_subject_before(s, m.start()) or _by_after(s, m.end())
                                    for m in _WEAK.finditer(s)):
            return False
    if not (has_place or has_actor):
        return False
    if _IRREALIS.search(s) or _NOT_ATTACK.search(s) or _BACKGROUND.search(s) or TALLY.search(s):
        return False
    return True


_ARREST = re.compile(r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|charg(?:es|ed)\s+(?:with|over)|on\s+charges|"
                     r"trial|sentenced|convicted|court)\b", re.I)
_BY_AFTER = re.compile(rf"\s+by\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_MEANS_ALT})\b", re.I)
_SUBJECT_GAP = re.compile(r"^[\w\s'’-]{0,30}$")


def _subject_before(s: str, pos: int) -> bool:
    """True when an actor or a means is named just before `pos`, with no clause break between."""
    from .actors import actor_mentions

    left = s[max(0, pos - 60):pos]
    ends = [m.end() for m in _MEANS_WORD.finditer(left)] + \
        [b for a, b, _, _ in actor_mentions(left)]
    return any(_SUBJECT_GAP.match(left[e:]) for e in ends)


def _by_after(s: str, pos: int) -> bool:
    """True when "by" and an attacker or a means follow `pos` ("hit by Israel", "by regime shells")."""
    from .actors import actor_mentions

    if _BY_AFTER.match(s, pos):
        return True
    by = re.match(r"\s+by\s+", s[pos:pos + 6])
    return by is not None and any(a <= 12 for a, _, _, _ in actor_mentions(s[pos + by.end():pos + 60]))


def _has_actor(s: str) -> bool:
    from .actors import actor_mentions

    return bool(actor_mentions(s))


def attack_segment(infos: Sequence[Info], places: Callable[[], list], anchor: date | None = None) -> Segment | None:
    """The incident segment of the first sentence telling an attack, for a document that yields
    no incident otherwise (None when it tells none, or says nobody was hurt). `places` gives the
    document's place mentions (computed only when a sentence may need them)."""
    from .published import is_date_line

    if not infos:
        return None
    got: list[list] = []

    def mentions() -> list:
        if not got:
            got.append(list(places()))
        return got[0]

    text_end = min((i.sent.start for i in infos if _BODY_END.search(i.sent.text)), default=None)
    # after a cumulative toll, attacks told are the war's (as in segment.segments)
    toll = next((i.sent.start for i in infos if i.tally), None)
    if toll is not None:
        text_end = toll if text_end is None else min(text_end, toll)
    found = None
    for k, info in enumerate(infos):
        sent = info.sent
        if sent.start > _REACH or (text_end is not None and sent.start >= text_end):
            break
        s = sent.text
        if info.tally or is_date_line(s) or not (_STRONG.search(s) or _WEAK.search(s)):
            continue
        has_actor = _has_actor(s)
        has_place = bool(_PLACE_WORDS.search(s)) or any(sent.start <= m.start < sent.end for m in mentions())
        told = _NO_NEWS.sub(" ", _NO_HARM.sub(" ", s))  # "struck the depot, causing no casualties": an attack
        if not attack_sentence(told, has_place=has_place, has_actor=has_actor):
            continue
        dated = [d for d in event_dates(info) if d.first]
        if dated and anchor and (dated[0].first > anchor + timedelta(days=1)
                                 or dated[0].first < anchor - timedelta(days=_OLD)):
            continue  # history, or a date that is not the attack's
        found = k
        break
    if found is None:
        return None
    lead = infos[found]
    near = [i for i in infos[found: found + 3] if i.sent.para == lead.sent.para or i is lead]
    if any(_NO_HARM.search(i.sent.text) for i in near):
        return None
    seg = Segment("incident", lead)
    j = found - 1
    while j >= 0 and j >= found - 2 and infos[j].sent.para == lead.sent.para:
        seg.context.insert(0, infos[j])
        j -= 1
    for info in [lead] + seg.context[::-1]:
        dated = [d for d in event_dates(info) if d.first]
        if dated:
            seg.date = (dated[0].first, dated[0].last, dated[0].precision)
            break
    return seg


# ---------------------------------------------------------------------------------------------
# Arabic (matched on folded text: one form of alef, no tatweel or diacritics)

_AR = "\u0621-\u064A"
_AR_ATTACK = re.compile(
    rf"(?<![{_AR}])[وبفل]?(?:ال)?(?:قصف|قصفت|يقصف|تقصف|غارة|غارات|استهداف|استهدف|استهدفت|تستهدف|يستهدف|ضربة|ضربات|"
    rf"قذيفة|قذائف|صاروخ|صواريخ|صاروخي|صاروخية|مسيرة|مسيرات|براميل|برميل|تفجير|هجوم|هجمات|انزال جوي|عملية انزال|"
    rf"قنابل|قنبلة|عنقودية|قصفا|قصفه|قصفها|رشقات|رمايات|انزال الجوي|الانزال)(?![{_AR}])")
# A plan, a threat, a denial, an exercise, a rumour: "تهدد بقصف", "نفت", "مناورات", "شائعات".
_AR_NOT = re.compile(
    rf"(?<![{_AR}])[وف]?(?:سوف|ستقصف|سيقصف|ستشن|سيشن|تهدد|يهدد|هددت|هدد|تهديد|تهديدات|تتوعد|يتوعد|توعد|توعدت|"
    rf"تعتزم|يعتزم|تخطط|يخطط|خطة|محتمل|محتملة|مرتقب|مرتقبة|نفي|نفت|نفى|تنفي|ينفي|لا صحة|شائعات|شائعة|اشاعات|"
    rf"كاذبة|مفبركة|"
    rf"مناورات|مناورة|تدريبات|تدريب|تمرين|تمارين|تجربة|اختبار|هل|لو|اذا|في حال|تحذر|يحذر|حذر|حذرت|تحذير|"
    rf"تحليق|استطلاع|يطالب|تطالب|طالب|طالبت|لا|لم|لن|ليس|ليست|بلا)(?![{_AR}])")
# "عملية أمنية استهدفت إلقاء القبض على ...": an arrest aimed at someone, not an attack
_AR_AIMED = re.compile(rf"(?<![{_AR}])[وبفل]?(?:ال)?(?:استهداف|استهدف|استهدفت|تستهدف|يستهدف)(?![{_AR}])")
_AR_ARREST = re.compile(rf"(?<![{_AR}])[وبفل]?(?:ال)?(?:اعتقال|يعتقل|تعتقل|اعتقلت|اعتقل|القبض|مداهمة|مداهمات|"
                        rf"الاعتقال)(?![{_AR}])")
# "لم ترد معلومات", "لا تفاصيل": nothing told yet, no negation of the attack
_AR_NO_NEWS = re.compile(rf"(?<![{_AR}])(?:لا|ولا|لم|ولم)\s+(?:ترد\s+|يرد\s+|تتوفر\s+|يتوفر\s+|توجد\s+|يوجد\s+)?"
                         rf"(?:انباء|معلومات|تفاصيل|انباء مؤكدة)(?![{_AR}])")
# Background and tolls: "منذ بداية العام", "خلال الشهر الماضي", "في عام 2016", "ذكرى".
_AR_BACKGROUND = re.compile(
    rf"(?<![{_AR}])(?:(?:منذ|خلال)\s+(?:بداية|مطلع|عام|العام|سنوات|السنوات|اشهر|الاشهر|شهر|الشهر|اسبوع|الاسبوع|"
    rf"الايام|ايام|سنة|السنة)|حصيلة|اجمالي|ذكرى|الذكرى|عام 20[0-9][0-9]|العام الماضي|الشهر الماضي|قبل سنوات|"
    rf"قبل اشهر|سلسلة|موجة|يوميا)(?![{_AR}])")
# Nobody hurt: "دون وقوع إصابات", "لم يسفر عن إصابات", "اقتصرت الأضرار على المادية", "لا أنباء عن إصابات".
_AR_NONE = re.compile(
    rf"(?<![{_AR}])(?:دون|بدون|عدم)\s+(?:وقوع\s+|تسجيل\s+|حدوث\s+)?(?:اي\s+)?"
    rf"(?:اصابات|اصابة|ضحايا|خسائر بشرية|قتلى|جرحى)|"
    rf"(?<![{_AR}])(?:لم|ولم)\s+(?:يسفر|تسفر|يسفرا|تسجل|يسجل|يؤد|تؤد|يوقع|توقع)\s+(?:عن\s+|الى\s+)?(?:وقوع\s+|اي\s+)?"
    rf"(?:اصابات|اصابة|ضحايا|خسائر بشرية|قتلى|جرحى)|"
    rf"(?<![{_AR}])(?:لا|ولا|لم|ولم)\s+(?:ترد\s+|يرد\s+)?(?:انباء|معلومات)\s+(?:عن|حول)\s+(?:وقوع\s+|سقوط\s+)?"
    rf"(?:اصابات|اصابة|ضحايا|خسائر بشرية|قتلى|جرحى)|"
    rf"(?:اقتصرت|اقتصر)\s+(?:ال)?(?:اضرار|خسائر)\s+على\s+(?:ال)?(?:مادية|الماديات)|(?:اضرار|خسائر)\s+مادية\s+فقط")
_AR_REACH = 3000


def arabic_attack_sentence(folded: str, *, has_place: bool, has_actor: bool) -> bool:
    """True when folded Arabic sentence `folded` tells one attack that happened."""
    cues = [m.group(0) for m in _AR_ATTACK.finditer(folded)]
    if not cues or not (has_place or has_actor):
        return False
    if _AR_ARREST.search(folded) and all(_AR_AIMED.fullmatch(c) for c in cues):
        return False
    told = _AR_NO_NEWS.sub(" ", _AR_NONE.sub(" ", folded))  # "قصف ... دون وقوع إصابات": an attack, nobody hurt
    return not (_AR_NOT.search(told) or _AR_BACKGROUND.search(told))


def arabic_attack_claims(text: str, sents: list, *, document: str, anchor: date | None, places: list,
                         countries: list[str]) -> list[dict]:
    """One incident claim with null figures for an Arabic post that tells an attack and no harm
    (empty when it tells none, or says nobody was hurt)."""
    from . import arabic as ar
    from .arabic_dates import lead_date, year_hint
    from .arabic_figures import figures as _figures

    sents = ar._join_obfuscated(text, sents)
    body_end = next((s.start for s in sents if _BODY_END.search(s.text)), None)
    usable = [p for p in places if p.lat is not None]
    pick = None
    for s in sents:
        if s.start > _AR_REACH or (body_end is not None and s.start >= body_end):
            break
        n = ar._norm(s.text)
        f = ar._HASHTAG.sub(ar._blank, ar._fold(n))  # "#العدوان_الروسي": a slogan, not the report
        if not _AR_ATTACK.search(f):
            continue
        hits = ar._actor_hits(ar._LIL.sub("ال", f))
        has_actor = any(st for _, st, _ in hits)
        has_place = any(s.start <= p.start < s.end for p in usable)
        if arabic_attack_sentence(f, has_place=has_place, has_actor=has_actor):
            pick = (s, n, f)
            break
    if pick is None:
        return []
    sent, ntext, folded = pick
    after = [ar._fold(ar._norm(s.text)) for s in sents[sent.index: sent.index + 3]]
    if any(_AR_NONE.search(f) for f in after):
        return []
    whole = ar._norm(text)
    figures = _figures(ntext)  # "إصابة مدنيين" with no word of deaths: what little is stated
    place_dicts = [p.as_claim_place() for p in ar._claim_places(places, sents, sent)]
    if not place_dicts and countries:
        place_dicts = [{"name": countries[0], "geoname": None, "gazetteer_id": None, "country": countries[0],
                        "admin1": None, "lat": None, "lon": None, "precision": "country"}]
    perps = ar._perps(ntext, whole, countries)
    if countries[:1] == ["YE"]:  # in Yemen "the coalition" is the Saudi-led one
        perps = list(dict.fromkeys("saudi-led-coalition" if p == "us-led-coalition" else p for p in perps))
    mm = ar._MEANS_RX.search(ntext) or ar._MEANS_RX.search(whole)
    tm = ar._TARGET_RX.search(ntext)
    return [{
        "document": document, "kind": "incident",
        "summary": f"Attack reported by {', '.join(perps)}, no harm stated (Arabic report).",
        "date": lead_date(ntext, anchor, None if anchor else year_hint(whole), whole),
        "places": place_dicts, "perpetrators": perps, "official_response": "none",
        "means": mm.lastgroup if mm else "unknown", "target": tm.lastgroup if tm else None,
        "figures": figures, "sources": [], "evidence": [{"start": sent.start, "end": sent.end}],
    }]
