"""Word cues: means of attack, target, credited sources, attack / tally / new-event markers."""

from __future__ import annotations

import re

__all__ = ["means", "target", "sources", "ATTACK", "TALLY", "NEW_EVENT", "REPORTING_DATE", "SAID_AFTER_DATE"]

_MEANS: list[tuple[str, str]] = [
    ("chemical", r"chemical|chlorine|sarin|toxic\s+gas|nerve\s+agent|poison\s+gas"),
    ("ied", r"\bied\b|improvised\s+explosive|car\s+bomb|suicide\s+(?:bomb|attack|vest)|roadside\s+bomb|landmine|"
            r"land\s+mine|explosive\s+device|booby[- ]trap|vbied|bomb\s+blast|motorcycle\s+bomb"),
    ("drone", r"drones?|uavs?|unmanned\s+aerial|quadcopter|loitering\s+munition|shahed"),
    ("helicopter", r"helicopters?|barrel\s+bombs?|gunships?"),
    ("airstrike", r"air\s*strikes?|airstrikes?|air\s+raids?|aerial\s+(?:bombardment|bombing|attack|strike)s?|warplanes?|"
                  r"war\s+planes|jets?|fighter\s+planes|aircraft|bombers?|air\s+force|airborne\s+strikes?|bombed\s+from\s+the\s+air|"
                  r"air\s+attacks?|aviation|f-16s?|su-\d+|guided\s+bombs?|glide\s+bombs?|aerial\s+bombs?|air-dropped"),
    ("missile", r"missiles?|rockets?|ballistic|cruise\s+missile|grad|himars|iskander|kalibr"),
    ("artillery", r"artillery|shell(?:ing|ed|s)?|mortars?|tank\s+(?:fire|shells?|rounds?)|howitzers?|"
                  r"multiple\s+rocket\s+launchers?|mlrs|cluster\s+munitions?|bombardment"),
    ("ground", r"gunfire|shot\s+(?:dead|and\s+killed)|gunmen|sniper|snipers|opened\s+fire|ground\s+(?:assault|attack|raid|operation|forces)|"
               r"executed|execution|raided|stormed|stabbed|bulldozer|shooting|live\s+(?:fire|ammunition)|gunshot"),
]
_MEANS_RX = re.compile("|".join(f"(?P<{k}>\\b(?:{p}))" for k, p in _MEANS), re.I)
_PRIORITY = ["chemical", "ied", "drone", "helicopter", "airstrike", "missile", "artillery", "ground"]

_TARGETS: list[tuple[str, str]] = [
    ("hospital", r"hospitals?|clinics?|medical\s+(?:centre|center|facility|point)|health\s+(?:centre|center|facility)|ambulances?"),
    ("school", r"schools?|kindergarten|universit(?:y|ies)|college"),
    ("mosque", r"mosques?"), ("church", r"churche?s?"),
    ("market", r"markets?|marketplace|souk|bazaar"), ("bakery", r"bakery|bakeries|bread\s+line"),
    ("prison", r"prisons?|jail|detention\s+(?:centre|center|facility)"),
    ("camp", r"(?:refugee|displacement|idp)\s+camps?|camps?\s+for\s+(?:the\s+)?displaced|tents?|encampment|camps?"),
    ("shelter", r"shelters?"),
    ("vehicle", r"cars?|vehicles?|trucks?|bus(?:es)?|vans?|motorcycles?|motorbikes?|convoy|minibus|taxi"),
    ("boat", r"boats?|ferry|fishing\s+vessel"), ("bridge", r"bridges?"),
    ("residential", r"houses?|homes?|residential|apartments?|flats?|buildings?|residences?|tower\s+block|dwelling"),
    ("farm", r"farms?|farmland|orchard|fields?"), ("factory", r"factory|factories|plant"),
    ("water", r"water\s+(?:station|plant|well|facility)|wells?"), ("shop", r"shops?|stores?"),
    ("gathering", r"funeral|wedding|gathering|crowd"),
]
_TARGET_RX = re.compile("|".join(f"(?P<{k}>\\b(?:{p})\\b)" for k, p in _TARGETS), re.I)

ATTACK = re.compile(
    r"\b(?:air\s*strikes?|airstrikes?|strikes?|struck|bomb(?:s|ed|ing|ings|ardment)?|shell(?:s|ed|ing)|raids?|"
    r"attack(?:s|ed)?|targeted|targeting|explosions?|exploded|blasts?|missiles?|rockets?|drones?|warplanes?|jets|"
    r"artillery|gunfire|shot|snipers?|massacres?|hit\s+by|opened\s+fire|ambush(?:es|ed)?|raided|stormed)\b",
    re.I,
)
TALLY = re.compile(
    r"\b(?:in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+(?:19|20)\d\d)?\s+alone|in\s+the\s+(?:first|second|third|last|final|past)\s+(?:week|fortnight|half|quarter)\s+of\b|"
    r"since\s+(?:(?:the\s+|\w+['’]s\s+)?(?:full[- ]scale\s+|military\s+|ground\s+)?(?:invasion|intervention|escalation|"
    r"offensive|incursion|operation|campaign)\b|"
    r"the\s+(?:start|beginning|outbreak)|(?:early|late|mid-?)?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4})|it\s+began|the\s+war|the\s+campaign|the\s+conflict|"
    # "since it seized power", "since the coup", "since fighting erupted", "since the army took over"
    r"(?:it|they|the\s+(?:military|army|junta|regime|group|militants?|rebels?|insurgents?))\s+(?:seized|took|grabbed|came\s+to)\s+"
    r"(?:power|control|over)|(?:taking|seizing|coming\s+to)\s+power|the\s+(?:(?:military\s+)?coup|putsch|takeover|junta)|"
    r"(?:the\s+)?fighting\s+(?:began|started|erupted|broke\s+out)|(?:it|they|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:began|started|erupted|broke\s+out|launched|invaded))|"
    r"so\s+far\s+(?:this|in)|(?:has|have)\s+so\s+far\b|"
    r"(?:between|from)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?\s+"
    r"(?:and|to|until|through)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d|"
    r"to\s+date|cumulative|"
    r"(?:in|over|during)\s+the\s+(?:past|last|first)\s+(?:\w+\s+)?(?:days|weeks|months|years)|"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:day|week|fortnight|month|year)\b|"
    r"(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:\d+|twenty-four|forty-eight|few)\s+hours|"
    # "since Saturday", "since yesterday": a toll counted over days ("the deadliest since ..." is a comparison)
    r"since\s+(?:early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+week)\b(?!['’])|"
    r"in\s+(?:a|one|two|three|four|five|six|seven|ten|\d+)\s+(?:days?|weeks?|months?)\s+of\s+(?:fighting|clashes|violence|"
    r"bombardment|bombing|shelling|strikes|attacks|war|hostilities|unrest|protests)|"
    # a country's or a war's toll: "the death toll in Gaza has risen to 30,035", "the total number killed"
    r"(?:toll|(?:number|count)\s+of\s+(?:[\w-]+\s+){0,2}(?:killed|dead|deaths))\s+(?:in|across|for|of)\s+(?:the\s+)?"
    r"(?:gaza(?:\s+strip)?|west\s+bank|ukraine|sudan|syria|yemen|lebanon|myanmar|israel|iraq|afghanistan|somalia|mali|"
    r"burkina\s+faso|niger|nigeria|ethiopia|tigray|darfur|haiti|libya|palestinian\s+territor(?:y|ies)|country|enclave|strip|"
    r"territory|war|conflict|fighting|offensive|region)\b(?!['’]s|\s+(?:strike|attack|bombing|massacre|blast|explosion|"
    r"raid|shelling|incident|city|town|village|camp|hospital|school|market)\b)|"
    r"(?:total|overall|cumulative|nationwide|national)\s+(?:death\s+toll|toll|number\s+of\s+(?:people|civilians|deaths|dead))|"
    r"during\s+the\s+reporting\s+period|"
    # "the UN says it has verified 4,700 civilian deaths": a running count
    r"(?:has|have)\s+(?:so\s+far\s+|now\s+)?(?:verified|recorded|documented|counted|registered|confirmed)\s+(?:the\s+)?"
    r"(?:deaths?\s+of\s+|killings?\s+of\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?[\d,.]+\s+"
    r"(?:thousand\s+|million\s+)?(?:civilian\s+)?(?:deaths|killings|fatalities|casualties|civilians|people)\b|in\s+(?:\w+\s+)?(?:conflict-related|separate|multiple|various|several)\s+incidents|"
    # a monitor's monthly count: "documented the killing of 75 civilians in February 2023"
    r"(?:documented|recorded|registered|verified)\s+(?:the\s+)?(?:killing|deaths?)\s+of\s+[^.;]{0,80}?\bin\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d|"
    r"(?:in|over)\s+(?:\w+|\d+)\s+(?:months|years)\b|during\s+(?:the\s+)?(?:war|conflict|campaign|offensive|year)|"
    r"throughout\s+the|this\s+year|last\s+year|in\s+(?:19|20)\d\d\s+alone|every\s+(?:day|month|year)|"
    r"per\s+(?:day|month|year)|monthly|annual|war\s+has\s+killed|conflict\s+has\s+killed)",
    re.I,
)
NEW_EVENT = re.compile(
    r"\b(?:the\s+(?:following|next)\s+(?:day|morning|evening|night)|the\s+day\s+after|"
    r"in\s+(?:a|another)\s+separate\s+(?:attack|strike|incident|raid|bombing)|in\s+another\s+(?:attack|strike|incident|raid|bombing)|"
    r"(?:a|another)\s+(?:second|third|separate|later)\s+(?:[\w-]+\s+){0,2}?(?:air\s*)?(?:strike|attack|raid|bombing|shelling)|separately\b|elsewhere\b|"
    r"later\s+(?:that|the\s+same)\s+day|(?:on\s+)?the\s+same\s+day(?!\s+as\b)|hours\s+later|meanwhile\b|"
    r"(?:a\s+few|several|\w+)\s+(?:days|weeks)\s+later|(?:a|one)\s+week\s+later|days\s+later|another\s+(?:air\s*)?strike|"
    r"also\s+on\s+\w+day)",
    re.I,
)
# "On Thursday, officials said the bombing had killed 300": the day it was said, not the day of the harm
SAID_AFTER_DATE = re.compile(r",?\s+(?:(?:the|a|an|local|regional|city|state|[A-Z][\w'’.-]*)\s+){0,4}?(?:[a-z]+\s+)?"
                             r"(?:said|says|reported|announced|confirmed|told|stated|added)\b(?!\s+(?:that\s+)?(?:on|late|early)\b)")
REPORTING_DATE = re.compile(
    r"\b(?:published|released|posted|shared|updated|issued|matched|reported|announced|list|statement|tweeted|"
    r"uploaded|dated|wrote|report)\b[^.]{0,25}$|"
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|added|stated|confirmed|acknowledged|admitted|denied)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.I)

_SRC_ORGS = re.compile(
    r"\b(?:Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|SOHR|White\s+Helmets|Syri(?:a|an)\s+Civil\s+Defen[cs]e|"
    r"Civil\s+Defen[cs]e|Airwars|Reuters|AFP|Agence\s+France[- ]Presse|Associated\s+Press|AP|Al\s+Jazeera|"
    r"(?:Palestinian\s+|Gaza\s+)?(?:Health\s+Ministry|Ministry\s+of\s+Health)|WAFA|SANA|SNHR|Syrian\s+Network\s+for\s+Human\s+Rights|"
    r"Amnesty(?:\s+International)?|Human\s+Rights\s+Watch|HRW|OCHA|UNICEF|United\s+Nations|UN|UNRWA|"
    r"Euro-Med(?:\s+Monitor)?|PCHR|Palestinian\s+Cent(?:re|er)\s+for\s+Human\s+Rights|Al\s+Mezan|B['’]Tselem|"
    r"Raqqa\s+is\s+Being\s+Slaughtered\s+Silently|RBSS|Deir\s*ez*[- ]?[Zz]or\s*24|Deirezzor24|Iraq\s+Body\s+Count|"
    r"ACLED|Anadolu|Xinhua|BBC|CNN|Kyiv\s+Independent|Ukrinform|Saba|Mwatana|local\s+(?:sources|activists|media|residents)|"
    r"activists|residents|medics|witnesses|eyewitnesses|rescuers|relatives|hospital\s+officials|health\s+officials)\b"
)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|reported\s+by|cited\s+by|per|told|citing|quoted\s+by|said\s+by|confirmed\s+by|documented\s+by)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<name>@\w+|(?:[A-Z][\w'’.&-]*|of|for|the|al|in|and)(?:\s+(?:[A-Z][\w'’.&-]*|of|for|the|al|in|and)){0,6})"
)
_SAID = re.compile(
    r"(?P<name>@\w+|\b[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|the|al|in)){0,6})\s+"
    r"(?:said|reported|says|reports|stated|confirmed|announced|documented|told|wrote|posted|published|shared|noted|recorded)\b"
)
_GENERIC_SAID = re.compile(
    r"\b(?P<name>(?:(?:the|a|an|local|Syrian|Iraqi|Yemeni|Ukrainian|Palestinian|Lebanese|Afghan|Somali|Sudanese|"
    r"Israeli|Russian|Turkish|Kurdish|Gaza|US|U\.S\.|UN)\s+){0,2}(?:officials?|authorities|medics|doctors|"
    r"witnesses|residents|activists|rescuers|police|sources|health\s+ministry|ministry\s+of\s+health|"
    r"civil\s+defen[cs]e|governor|hospital\s+officials|health\s+officials))\s+(?:said|told|reported|say|says|confirmed)\b",
    re.I,
)
_NOT_SOURCE = re.compile(r"^(?:The|A|An|It|He|She|They|We|This|That|These|Those|His|Her|Their|On|In|At|But|And|"
                         r"Local|Sources?|Israel|Israeli|Russian|Syrian|Turkish|US|Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|Police|Officials?|Reports?|Facebook|Twitter|X|Instagram|Telegram|WhatsApp|YouTube|"
                         r"sources|Sources|Media|News|Images?|Videos?|Photos?)$")


_MEANS_STARTS = frozenset(
    "chem chlo sari toxi nerv pois ied impr car suic road land expl boob vbie bomb moto dron uav uavs unma quad "
    "loit shah heli barr guns air airs aeri warp war jet jets figh airc avia f su miss rock ball crui grad hima "
    "iska kali arti shel mort tank howi mult mlrs clus gunf shot snip open grou exec raid stor stab bull shoo live "
    "airb guid glid".split())
_TARGET_STARTS = frozenset(
    "hosp clin medi heal ambu scho kind univ coll mosq chur mark souk baza bake brea pris jail dete refu disp idp "
    "camp camps tent tents enca shel car cars vehi truc bus buse van vans moto conv mini taxi boat ferr fish brid "
    "hous home resi apar flat buil towe dwel farm farml orch fiel fact plan wate well wells shop stor fune wedd "
    "gath crow".split())


def _first(rx: re.Pattern, texts: list[str], priority: list[str] | None = None) -> str | None:
    from .text import match_at_tokens

    starts = _MEANS_STARTS if rx is _MEANS_RX else _TARGET_STARTS
    for t in texts:
        found = [(m.start(), m.lastgroup) for m in match_at_tokens(rx, t, starts, prefix=4)]
        if found:
            if priority:
                names = {g for _, g in found}
                for p in priority:
                    if p in names:
                        return p
            return min(found)[1]
    return None


def means(texts: list[str]) -> str:
    """The means of attack named first in `texts` (searched in order), by the contract's enum."""
    return _first(_MEANS_RX, texts, _PRIORITY) or "unknown"


def target(texts: list[str]) -> str | None:
    """What was hit, from the first text that names one."""
    return _first(_TARGET_RX, texts)


def _clean(name: str) -> str | None:
    words = name.strip(" .,'’").split()
    while words and words[-1].lower() in ("of", "for", "the", "al", "in", "and"):
        words.pop()
    while words and words[0].lower() in ("the", "and"):
        words.pop(0)
    if not words:
        return None
    out = " ".join(words)
    if _NOT_SOURCE.match(out) or len(out) < 2 or len(out) > 60:
        return None
    return out


def sources(texts: list[str]) -> list[str]:
    """Whom the texts credit for the account ("according to X", "X said", known monitors)."""
    out: list[str] = []
    for t in texts:
        found: list[tuple[int, str]] = []
        for m in _ACCORDING.finditer(t):
            found.append((m.start("name"), m.group("name")))
        for m in _SAID.finditer(t):
            found.append((m.start("name"), m.group("name")))
        for m in _SRC_ORGS.finditer(t):
            found.append((m.start(), m.group(0)))
        for m in _GENERIC_SAID.finditer(t):
            found.append((m.start("name"), m.group("name")))
        for _, name in sorted(found):
            c = _clean(name)
            if c and not any(c.lower() == o.lower() or c.lower() in o.lower() for o in out):
                out = [o for o in out if o.lower() not in c.lower()]
                out.append(c)
    return out[:8]
