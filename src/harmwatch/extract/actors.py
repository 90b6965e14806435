"""Perpetrators: actor names and aliases onto canonical ids, and the official response."""

from __future__ import annotations

import re

__all__ = ["actor_mentions", "perpetrators", "official_response", "ACTOR_IDS"]

from .actor_names import ACR_STARTS as _ACR_STARTS, ACRONYMS as _ACRONYMS, ACTOR_IDS, NAME_STARTS as _NAME_STARTS
from .actor_names import NAMES as _NAMES, RX_ACR as _RX_ACR, RX_NAMES as _RX_NAMES

_ATTACK_AFTER = re.compile(
    r"^[\s\w,'’-]{0,30}?\b(?:air\s*strikes?|airstrikes?|strikes?|jets?|warplanes?|war\s+planes|aircraft|planes?|"
    r"drones?|helicopters?|gunships?|artillery|shell(?:s|ing|ed)?|bomb(?:s|ing|ings|ed|ardments?)?|raids?|"
    r"forces|troops|army|military|navy|missiles?|rockets?|attacks?|fire|gunfire|tanks?|snipers?|soldiers|"
    r"struck|targeted|hit|killed|attacked|operations?|offensive|aviation|air\s+force|"
    r"shot|opened\s+fire|fired|launched|carried\s+out|conducted|regime|mortars?|munitions|"
    r"gunmen|militants|fighters|insurgents|rebels|militiamen|stormed|raided|ambushed|executed|massacred|abducted|"
    r"kidnapped|detonated|blew\s+up|set\s+fire|burned|burnt|looted)\b",
    re.I,
)
_BY_BEFORE = re.compile(r"\b(?:by|from|blamed(?:\s+on)?|blaming|accused|accusing|"
                        # "locals suspected the ADF" (not "struck suspected Taliban hideouts")
                        r"(?:locals?|residents|villagers|officials|witnesses|police|authorities|army|military|they|"
                        r"survivors|sources|who|many)\s+(?:\w+\s+)?suspect(?:ed|s)?|"
                        r"attributed\s+(?:\w+\s+){0,3}?to)\s+(?:the\s+)?"
                        r"(?:alleged(?:ly)?\s+|suspected\s+|reported(?:ly)?\s+|an?\s+)?"
                        r"(?:[\w.]+[- ](?:backed|supported|sponsored|aligned|allied|installed)\s+)?"
                        r"(?:[\w-]+\s+(?:and|or|,)\s+)?$", re.I)
# "a prison run by Islamic State", "an area held by the rebels": who holds the place, not who struck it
_HELD_BY = re.compile(r"\b(?:run|held|controlled|operated|owned|captured|seized|occupied|managed|guarded|administered|"
                      r"besieged|(?:bought|purchased|acquired|imported|supplied|obtained|sold|made|manufactured|built)"
                      r"(?:\s+\w+)?)\s+(?:by|from|in)\s+(?:the\s+)?$", re.I)
# "the Iran-backed Houthis": the patron is named, the group it backs is the one that acted
_PATRON_AFTER = re.compile(r"^[- ](?:backed|supported|sponsored|funded|armed|aligned|allied|trained)\b(?!\s+by\b)", re.I)
# "security forces ended the siege and killed all five attackers": who fought the attackers
_RESPONDER_AFTER = re.compile(r"[^.;]{0,60}?\b(?:killed|shot\s+dead|neutrali[sz]ed|captured|arrested)\s+(?:all\s+|the\s+)?"
                              r"(?:\w+\s+)?(?:of\s+the\s+)?(?:attackers|assailants|gunmen|bombers?|hostage[- ]takers)\b", re.I)
# "the group has carried out similar attacks in the past": an actor's record, not this attack
_RECORD_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:has|have|had)\s+(?:\w+\s+){0,2}(?:carried\s+out|claimed|conducted|staged|"
                           r"launched|been\s+blamed\s+for)\s+(?:\w+\s+){0,2}(?:similar|previous|past|earlier|other)\s+"
                           r"(?:attacks|bombings|strikes|massacres|raids)\b|"
                           r"^[^.;]{0,40}?\b(?:has|have|had)\s+(?:\w+\s+)?(?:repeatedly|often|frequently|previously|regularly|"
                           r"long|in\s+the\s+past)\s+(?:targeted|attacked|struck|bombed|carried\s+out|claimed)\b|"
                           r"^['’]?s?\s+(?:\w+\s+)?(?:is|are|remain)\s+(?:\w+\s+)?(?:active|present|operating|entrenched)\s+in\b", re.I)
# "a man who had served in the ranks of Jabhat al-Nusra", "a member of ISIS": the victim's side, not the attacker
_MEMBER_BEFORE = re.compile(r"\b(?:ranks\s+of|members?\s+of|affiliated\s+(?:with|to)|loyal\s+to|linked\s+to|tied\s+to|"
                            r"aligned\s+with|"
                            r"(?:leader|commander|official|operative|fighter|militant)s?\s+(?:of|in|from|with)|joined|"
                            r"(?:families|wives|widows|relatives|children)\s+of|"
                            r"defected\s+from)\s+(?:the\s+)?(?:so-called\s+|formerly\s+|former\s+)?[\"“'‘]?$", re.I)
# "the ISIS member was killed", "two SDF fighters were wounded": the group of the harmed
_HARMED_AFTER = re.compile(r"^['’]?s?\s+(?:\w+\s+)?(?:members?|fighters?|militants?|commanders?|leaders?|operatives?|"
                           r"elements?|soldiers?|troops|personnel|officers?)\s+(?:was|were|had\s+been|has\s+been|have\s+been|"
                           r"being)\s+(?:\w+\s+)?(?:killed|wounded|injured|arrested|captured|detained|targeted|hit|struck)\b",
                           re.I)
_VICTIM_BEFORE = re.compile(r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|targeting|targeted|against|"
                            r"hitting|struck|hit|bombed|shelled|on|at|housing|hosting)\s+(?:(?:the|a|an|several|some|dozens\s+of|at\s+least|"
                            r"[0-9]+|two|three|four|five|six|seven|eight|nine|ten|senior|local|alleged)\s+){0,2}$", re.I)
_SPEAKER_AFTER = re.compile(r"^(?:['’]s?\s+\w+)?\s+(?:\w+\s+)?(?:said|says|say|claimed|claims|reported|stated|told|announced|"
                            r"accused|blamed|alleged|denied|confirmed)\b", re.I)
_NOT_ACTOR_AFTER = re.compile(r"^['’”\"]?s?\s+(?:border|hostages?|captives?|prisoners?|citizens|media|press|embassy|"
                              r"suspects?|detainees|families|wives|widows|camps?|"
                              r"(?:interior|foreign|health|information|education)\s+ministry|"
                              r"newspaper|journalists?|civilians|people|side|territory|towns?|settlements?|"
                              r"occupied|government\s+said|health|time|-?born|officials?|authorities|ministry|president|police|"
                              r"emergency|sources|governor|prosecutor|red\s+crescent|rescuers|medics|"
                              r"airliner|airlines?|passenger\s+(?:plane|jet|ship)|cargo\s+ship|merchant|fishing|tankers?)\b", re.I)
_COORD = re.compile(r"\s*(?:,|/|and|or|,\s*and|,\s*or)\s*", re.I)
_OFFICE_AFTER = re.compile(r"^-(?:installed|appointed|controlled|occupied|annexed|speaking|born|made|built)\b", re.I)
_PROPER_AFTER = re.compile(r"^\s+[A-Z][a-z]+")  # "Saudi Teaching Hospital", "Turkish Red Crescent"
_ATTACKER_NOUN_AFTER = re.compile(
    r"^\s+(?:air\s*strikes?|airstrikes?|strikes?|jets?|warplanes?|war\s+planes|aircraft|planes?|drones?|helicopters?|"
    r"gunships?|artillery|shell\w*|bomb\w*|raids?|forces|troops|army|military|navy|missiles?|rockets?|attacks?|fire|"
    r"tanks?|snipers?|soldiers|aviation|air\s+force|regime|mortars?|munitions|government|special\s+forces|armed\s+forces|"
    r"aerospace|defen[cs]e|(?:central|africa|european|special\s+operations)\s+command|air|naval|marines?|security|"
    r"national\s+(?:army|guard)|coast\s+guard|"
    r"border\s+guards?|police|militias?|gunmen|fighters|occupation)\b", re.I)

# "a Russian Iskander missile", "Turkish Bayraktar drones": a weapon's name after the adjective
_NAMED_WEAPON_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){1,2}(?:cruise\s+|ballistic\s+|guided\s+|attack\s+|kamikaze\s+)?"
                                 r"(?:missiles?|drones?|rockets?|jets?|warplanes?|helicopters?|bombs?|aircraft)\b")
# "drones operated by Somali forces": who flew the weapon, not who holds a place
_FLOWN_BY = re.compile(r"\b(?:drones?|aircraft|jets?|UAVs?|planes?|helicopters?|missiles?)\s+(?:\w+\s+)?"
                       r"(?:operated|flown|piloted|launched|fired|deployed)\s+by\s+(?:the\s+)?$", re.I)
# "M23 rebels backed by Rwanda's army": the patron, not the one who struck
_BACKED_BY = re.compile(r"\b(?:backed|supported|sponsored|funded|armed|trained|equipped)\s+by\s+(?:the\s+)?$", re.I)
# "Islamic State's Afghan branch, ISIS-K, claimed responsibility": the group that claims the attack
_CLAIMS_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:claimed|claims|has\s+claimed|took|takes)\s+(?:(?:full|sole)\s+)?"
                           r"(?:responsibility|the\s+(?:attack|attacks|bombing|assault|strike|killings?|ambush))\b", re.I)
# "killing 170 civilians and 13 US service members": a count of the harmed of that side
_COUNT_BEFORE = re.compile(r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                           r"dozens\s+of|several|some))\s+$", re.I)
_PEOPLE_AFTER = re.compile(r"^\s+(?:service\s*(?:members|men)|servicemen|soldiers|troops|personnel|nationals|citizens|"
                           r"civilians|peacekeepers|aid\s+workers|workers|sailors|pilots|contractors)\b", re.I)
# "a suicide bomber linked to the Pakistani Taliban", "members of the Gran Grif gang opened fire": the attackers' group
_ATTACKER_OF_BEFORE = re.compile(r"(?:^\n|[.;:]\s+|\b(?:an?|the|suspected|alleged)\s+)(?:suicide\s+)?(?:bombers?|gunm[ae]n|attackers?|"
                                 r"assailants?|militants|fighters|insurgents|rebels|militiamen)\s+(?:\w+\s+)?"
                                 r"(?:linked|tied|affiliated|loyal|allied|belonging)\s+(?:to|with)\s+(?:the\s+)?$", re.I)
_ACTS_AFTER = re.compile(r"^(?:['’]s)?(?:\s+(?:gang|group|militia|movement|faction|rebels|fighters|militants))?\s+"
                         r"(?:opened\s+fire|(?:attacked|stormed|raided|killed|shot|fired|burned|torched|abducted|ambushed|"
                         r"massacred|executed|shelled|struck)\b"
                         r"(?!\s+(?:in|by|during|when|while|on|at|after|earlier|last|this|overnight|near|and\s+wounded)\b))",
                         re.I)
_ACTS_MEMBER_BEFORE = re.compile(r"\b(?:members?|fighters?|militants?|gunmen|ranks)\s+of\s+(?:the\s+)?$", re.I)
_HARMED_LATER = re.compile(r"^[^.;]{0,40}?\b(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|"
                           r"arrested|captured|detained|targeted|hit)\b", re.I)

# "according to Mali's army, jihadists killed...": the source of the account
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$|"
                               # "searches following clashes with Fano": the other side of earlier fighting
                               r"\b(?:following|after|amid|during)\s+(?:\w+\s+){0,2}(?:clashes|fighting|battles?)\s+"
                               r"(?:with|against)\s+(?:the\s+)?$", re.I)
_VICTIM_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", re.I)
# "the army said it had targeted rebels": the speaker admits the strike
_ADMITS_AFTER = re.compile(r"(?:['’]s)?\s+(?:\w+\s+){0,3}?(?:said|says|stated|confirmed|acknowledged|announced|admitted)\s+"
                           r"(?:that\s+)?(?:it|its\s+(?:forces|aircraft|jets|warplanes|drones|troops|soldiers))\s+"
                           r"(?:had\s+|has\s+)?(?:struck|targeted|hit|carried\s+out|conducted|attacked|bombed|shelled)\b", re.I)
# "the junta and the Arakan Army blamed each other": both are alleged
_MUTUAL = re.compile(r"\b(?:blamed|accused|blame|accuse)\s+(?:each\s+other|one\s+another)|\btraded\s+(?:blame|accusations)", re.I)
# "before Rwandan forces pushed them back": who drove the attackers off
_REPELLED_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:(?:pushed|drove|forced|chased)\s+(?:them|the\s+\w+)\s+(?:back|out|away)|"
                             r"repelled|repulsed|fought\s+(?:them\s+)?off|recaptured|retook)\b", re.I)

# a name that holds its weapon: "Pakistani air strikes", "Sudanese drones"
_WEAPON_END = re.compile(r"\b(?:air\s*strikes?|airstrikes?|strikes|jets|warplanes|aircraft|drones?|helicopters?|shelling|"
                         r"artillery|bombardment|bombing)$", re.I)

_ADMITTED = re.compile(
    r"\b(?:admit(?:ted|s)?|conced(?:ed|es)|accept(?:ed|s)\s+responsibility|took\s+responsibility|apologi[sz]ed|"
    r"acknowledg(?:ed|es)\s+(?:responsibility|that\s+(?:civilians|its|the\s+strike)|(?:causing\s+)?civilian\s+(?:casualties|deaths|harm))|"
    r"assessed\s+(?:the\s+report\s+)?(?:as\s+)?credible|deemed\s+credible|confirmed\s+(?:civilian\s+(?:casualties|deaths)|that\s+civilians)|"
    r"regret(?:s|ted)?\s+(?:the\s+)?(?:(?:tragic|unintended)\s+)?(?:loss\s+of\s+(?:innocent\s+|civilian\s+)?li(?:ves|fe)|"
    r"civilian\s+(?:casualties|deaths)))",
    re.I,
)
_DENIED = re.compile(r"\b(?:den(?:ied|ies|ying)|no\s+civilians\s+were\s+(?:harmed|killed|injured|hurt)|rejected\s+(?:the\s+)?(?:claims?|allegations?|reports?|accusations?)|"
                     r"non[- ]credible|not\s+credible|no\s+(?:evidence|record)\s+of\s+(?:a\s+)?strikes?|dismissed\s+(?:the\s+)?(?:claims?|reports?))\b", re.I)
_REVIEW = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:investigating|looking\s+into|reviewing|examining|assessing)|"
                     r"under\s+(?:review|investigation)|(?:launched|opened|ordered)\s+an?\s+(?:investigation|inquiry|probe)|"
                     r"(?:will|would)\s+(?:investigate|review|look\s+into|examine)|opened\s+an\s+inquiry)\b", re.I)
_STRIKE_ACK = re.compile(
    r"\b(?:military|army|idf|israel\s+defen[cs]e\s+forces|ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|pentagon|"
    r"coalition|centcom|spokes(?:man|person|woman)|statement)\b[^.;]{0,120}?\b(?:said|says|confirmed|acknowledged|"
    r"stated|announced|claimed)\b[^.;]{0,120}?\b(?:struck|targeted|strikes?|hit|carried\s+out|conducted|attacked|"
    r"eliminated|killed)\b", re.I)


# "the Grand Ravine gang", "the 5 Segonn gang": a gang by its own name (Haiti, Central America...)
_GANG = re.compile(r"(?<![\w-])((?:[A-Z0-9][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:gang|cartel)\b")
_NOT_GANG = frozenset("the a an this that armed criminal local rival street powerful notorious main another one two "
                      "haitian mexican salvadoran ecuadorian honduran colombian police government".split())


def _gangs(s: str) -> list[tuple[re.Match, str]]:
    out = []
    for m in _GANG.finditer(s):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_GANG:
            words = words[1:]
        if not words or any(w.lower() in _NOT_GANG for w in words):
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(words).lower()).strip("-")
        if slug:
            out.append((m, slug))
    return out


def _attacker_of(s: str, start: int, end: int) -> bool:
    """"a suicide bomber linked to X": X is the attackers' group (not "killed the militants linked to X")."""
    window = ("\n" if start <= 70 else "") + s[max(0, start - 70):start]  # "\n": the sentence's start
    m = _ATTACKER_OF_BEFORE.search(window)
    return m is not None and not _VICTIM_BEFORE.search(window[:m.start()]) and not _HARMED_LATER.match(s, end, end + 80)


def actor_mentions(s: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, raw id, strong) of every actor named in sentence `s`; strong = named as attacker."""
    from .text import match_at_tokens

    out = []
    found = [(m, table[int(m.lastgroup[1:])][1])
             for rx, table, starts in ((_RX_NAMES, _NAMES, _NAME_STARTS), (_RX_ACR, _ACRONYMS, _ACR_STARTS))
             for m in match_at_tokens(rx, s, starts)]
    if "gang" in s or "cartel" in s:
        found += _gangs(s)
    victim_end = None
    for m, aid in sorted(found, key=lambda t: t[0].start()):
        after = s[m.end():m.end() + 60]
        if _ADMITS_AFTER.match(s, m.end(), m.end() + 90):
            out.append((m.start(), m.end(), aid, True))
            continue
        if _NOT_ACTOR_AFTER.match(after) or _OFFICE_AFTER.match(after) or _HARMED_AFTER.match(after):
            continue
        if " " not in m.group(0) and _PROPER_AFTER.match(after) and not _ATTACKER_NOUN_AFTER.match(after) \
                and not _NAMED_WEAPON_AFTER.match(after) and not re.match(r"^\s+(?:and|or)\b", after, re.I):
            continue  # one adjective opening a proper name ("Saudi Teaching Hospital")
        if _RECORD_AFTER.match(s[m.end():m.end() + 160]):
            continue
        speaker = bool(_SPEAKER_AFTER.match(after))
        before = s[max(0, m.start() - 40):m.start()]
        if (_COUNT_BEFORE.search(before) and _PEOPLE_AFTER.match(after)) or _REPELLED_AFTER.match(after) \
                or _ACCORDING_BEFORE.search(before):
            continue
        if victim_end is not None and _VICTIM_JOIN.fullmatch(s, victim_end, m.start()):
            victim_end = m.end()
            continue  # "killed dozens of Malian soldiers and Wagner mercenaries": both harmed
        flown = bool(_FLOWN_BY.search(s[max(0, m.start() - 70):m.start()]))
        acts = (bool(_ACTS_AFTER.match(after)) and (not _MEMBER_BEFORE.search(before)
                                                      or bool(_ACTS_MEMBER_BEFORE.search(before)))) \
            or _attacker_of(s, m.start(), m.end())
        if (_HELD_BY.search(before) and not flown) or (_MEMBER_BEFORE.search(before) and not acts):
            continue
        if _PATRON_AFTER.match(after) or _RESPONDER_AFTER.match(s, m.end(), m.end() + 120) or _BACKED_BY.search(before):
            strong = False  # weak: counts only when no attacker is named
        elif flown or acts or _CLAIMS_AFTER.match(after):
            strong = True
        elif _BY_BEFORE.search(before):
            strong = True
        elif _VICTIM_BEFORE.search(before):
            victim_end = m.end()
            continue  # a target or a victim ("struck a Hamas post", "killing four SDF fighters")
        else:
            strong = not speaker and bool(_ATTACK_AFTER.match(after) or _WEAPON_END.search(m.group(0)))
        if aid == "syrian-government" and re.match(r"barrel", m.group(0), re.I):
            strong = True
        out.append((m.start(), m.end(), aid, strong))
    out.sort(key=lambda t: (t[0], -t[1]))
    kept: list[tuple[int, int, str, bool]] = []
    for t in out:
        if kept and t[0] < kept[-1][1]:
            continue
        if kept and t[2] == "occupation" and s[t[0]:t[1]].lower().startswith("occupation") \
                and not s[kept[-1][1]:t[0]].strip():
            # "the Turkish occupation army": the occupier is the one just named
            kept[-1] = (kept[-1][0], t[1], kept[-1][2], kept[-1][3] or t[3])
            continue
        if kept and t[2] in ("regime", "government", "junta") and re.fullmatch(r"(?:['’]s)?\s*(?:military\s+)?", s[kept[-1][1]:t[0]]):
            # "Myanmar's military junta", "the Russian regime": the state just named
            kept[-1] = (kept[-1][0], t[1], kept[-1][2], kept[-1][3] or t[3])
            continue
        kept.append(t)
    if len(kept) > 1 and _MUTUAL.search(s):
        kept = [(a, b, i, True) for a, b, i, _ in kept]
    for i in range(len(kept) - 2, -1, -1):  # "Russian or Syrian government warplanes": both struck
        a, b = kept[i], kept[i + 1]
        if b[3] and not a[3] and _COORD.fullmatch(s[a[1]:b[0]]):
            kept[i] = (a[0], a[1], a[2], True)
    return kept


# The state a report's "government forces", "regime" or "junta" is, by the country it is about.
_STATES = {"SD": "sudan", "MM": "myanmar", "NG": "nigeria", "ML": "mali", "BF": "burkina-faso", "NE": "niger",
           "TD": "chad", "PK": "pakistan", "SO": "somalia", "ET": "ethiopia", "IN": "india", "CD": "drc",
           "MZ": "mozambique", "HT": "haiti"}


def _state(countries: set[str]) -> str | None:
    if "SY" in countries:
        return "syrian-government"
    if "IQ" in countries:
        return "iraqi-government"
    states = {_STATES[c] for c in countries if c in _STATES}
    return states.pop() if len(states) == 1 else None


def _canon(aid: str, countries: set[str], text_has_coalition: bool) -> str | None:
    if aid == "usa":
        return "us-led-coalition" if countries & {"SY", "IQ"} or text_has_coalition else "united-states"
    if aid == "coalition":
        if "YE" in countries:
            return "saudi-led-coalition"
        return "us-led-coalition" if countries & {"SY", "IQ"} or not countries else None
    if aid == "government":
        return _state(countries)
    if aid == "occupation":  # Russia in reports on Ukraine, Israel elsewhere
        return "russia" if "UA" in countries else "israel"
    if aid == "sna":  # the Somali National Army in Somalia, the Syrian National Army elsewhere
        return "somalia" if "SO" in countries else "syrian-opposition"
    if aid == "junta":  # the state of the country reported on; never Syria's by default
        return _state(countries)
    if aid == "paramilitary":
        return "rsf" if "SD" in countries else None
    if aid == "pdf-name":  # Myanmar's People's Defence Forces (not a file format elsewhere)
        return "pdf" if "MM" in countries else None
    if aid == "uae":  # in Yemen, a member of the coalition
        return "saudi-led-coalition" if "YE" in countries else "uae"
    if aid == "adf-acronym":  # the Congolese rebels, not the Australian Defence Force
        return "adf" if countries & {"CD", "UG"} else None
    if aid == "regime":  # Syria's unless the report is about another state's
        state = _state(countries)
        if state is None and "SY" not in countries and countries & {"UA", "RU", "IL", "PS", "IR", "AF", "YE", "LB"}:
            return None  # a regime of a war the report is about, not named
        return state or "syrian-government"
    return aid


def perpetrators(mentions: list[tuple[int, int, str, bool]], countries: set[str], *,
                 strong_only: bool, text_has_coalition: bool = False) -> list[str]:
    """Canonical ids from mentions (only strong ones if `strong_only`), in order, without repeats."""
    out: list[str] = []
    for _, _, aid, strong in mentions:
        if strong_only and not strong:
            continue
        cid = _canon(aid, countries, text_has_coalition)
        if cid and cid not in out:
            out.append(cid)
    if "us-led-coalition" in out and "united-states" in out:
        out.remove("united-states")
    return out


def official_response(text: str) -> str:
    """The belligerent's response as the text reports it (contract enum)."""
    low = text.lower()
    if any(w in low for w in ("admit", "conced", "responsib", "apolog", "acknowledg", "credible", "confirmed", "regret")) \
            and _ADMITTED.search(text):
        return "admitted"
    if any(w in low for w in ("den", "reject", "credible", "no evidence", "no record", "dismiss", "no civilians")) \
            and _DENIED.search(text):
        return "denied"
    if any(w in low for w in ("said", "says", "confirm", "acknowledg", "stated", "announc", "claimed")) \
            and any(w in low for w in ("military", "army", "idf", "defen", "pentagon", "coalition", "centcom", "spokes",
                                       "statement")) and _STRIKE_ACK.search(text):
        return "acknowledged-strike"
    if any(w in low for w in ("investigat", "review", "looking into", "examin", "assess", "inquiry", "probe", "look into")) \
            and _REVIEW.search(text):
        return "under-review"
    return "none"
