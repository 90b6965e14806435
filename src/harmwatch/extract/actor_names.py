"""Actor names: the patterns that name each actor, onto raw ids (canonical ids, or words that
depend on the country reported on: "usa", "coalition", "government", "regime", "junta"...; see
actors._canon).
"""

from __future__ import annotations

import re

__all__ = ["NAMES", "ACRONYMS", "ACTOR_IDS", "RX_NAMES", "RX_ACR", "NAME_STARTS", "ACR_STARTS"]

# (pattern, id). Case-insensitive names; the order matters (longer names first).
NAMES: list[tuple[str, str]] = [
    (r"u\.?s\.?[- ]led\s+(?:international\s+)?coalition|american[- ]led\s+coalition|anti[- ](?:isis|isil|is|daesh)\s+coalition|"
     r"international\s+coalition|global\s+coalition|cjtf[- ]oir|operation\s+inherent\s+resolve|inherent\s+resolve", "us-led-coalition"),
    (r"saudi[- ](?:led|emirati|uae)\s+(?:military\s+)?coalition|arab\s+coalition|saudi[- ]led|saudi\s+(?:jets|warplanes|aircraft|air\s+force|forces)|"
     r"emirati|saudi", "saudi-led-coalition"),
    (r"turkish[- ]backed|turkey[- ]backed|syrian\s+national\s+army|free\s+syrian\s+army|opposition\s+(?:fighters|factions|forces|groups|rebels)|"
     r"rebel\s+(?:groups|factions|fighters|forces)|armed\s+opposition|jaysh\s+al[- ]\w+|ahrar\s+al[- ]sham", "syrian-opposition"),
    (r"russian[- ]backed\s+\w+|pro[- ]russian\s+separatists", "russia"),
    (r"coalition", "coalition"),
    (r"israel\s+defen[cs]e\s+forces|israelis?|israel|zionist", "israel"),
    # Israel's in Gaza and Lebanon, Russia's in Ukrainian officials' words ("the occupiers shelled Kherson")
    (r"occupation\s+(?:forces|army|aircraft|warplanes|jets|drones?|artillery|tanks?)|occupiers|rashists|ruscists", "occupation"),
    (r"russians?|russia|kremlin|moscow", "russia"),
    (r"syrian(?=\s*(?:and|or|,|/)\s*(?:russian|iranian)\b)|"
     r"syrian\s+(?:arab\s+)?(?:army|government|regime|air\s+force|military|forces|helicopters?|jets|warplanes)|assad(?:'s|’s)?(?:\s+regime|\s+forces)?|"
     r"barrel\s+bombs?|tiger\s+forces|fourth\s+division", "syrian-government"),
    # the regime, pro-government forces, a junta: the state of the country the report is about (Syria's by default)
    (r"military\s+junta|junta", "junta"),
    (r"military\s+regime|regime|pro[- ]government\s+forces|pro[- ]regime", "regime"),
    # Sudan's paramilitaries are the RSF
    (r"paramilitar(?:y|ies)(?:\s+(?:forces?|group|fighters|troops))?", "paramilitary"),
    (r"iraqi\s+(?:army|government|security\s+forces|forces|military|air\s+force|jets|helicopters|troops|artillery)|counter[- ]terrorism\s+service", "iraqi-government"),
    (r"popular\s+mobili[sz]ation|hashd(?:\s+al[- ]sha['’]?abi)?|kata['’]?ib\s+hezbollah", "pmu"),
    (r"turkish|turkey|türkiye|turkiye|ankara", "turkey"),
    (r"iranian|iran(?!ian)|revolutionary\s+guards?", "iran"),
    (r"islamic\s+state|daesh|isis|isil", "isis"),
    (r"syrian\s+democratic\s+forces|kurdish[- ]led\s+forces|kurdish\s+(?:security\s+forces|forces|militia|militias|fighters)|asayish|people['’]s\s+protection\s+units", "sdf"),
    (r"hay['’]?at\s+tahrir\s+al[- ]sham|tahrir\s+al[- ]sham|jabhat\s+al[- ]nusra|nusra\s+front|al[- ]nusra", "hts"),
    (r"hezbollah|hizbollah|hizballah|hizbullah", "hezbollah"),
    (r"houthis?|ansar\s*allah|ansarullah", "houthis"),
    (r"hamas|qassam\s+brigades|al[- ]qassam", "hamas"),
    (r"islamic\s+jihad|al[- ]quds\s+brigades", "palestinian-islamic-jihad"),
    (r"ukrainian|ukraine['’]s\s+(?:army|forces|military)|(?:kyiv|kiev|zelensk[yi]j?(?:['’]s)?)\s+regime|"
     r"armed\s+forces\s+of\s+ukraine", "ukraine"),
    (r"al[- ]shabaab|al[- ]shabab", "al-shabaab"),
    (r"al[- ]qaeda|al[- ]qaida", "al-qaeda"),
    (r"(?:tehreek|tehrik)[- ]e[- ]taliban(?:\s+pakistan)?|pakistani\s+taliban", "ttp"),
    (r"taliban", "taliban"),
    (r"(?:pakistani|pakistan['’]s)\s+(?:army|military|forces|troops|security\s+forces|air\s*force|jets|warplanes|aircraft|"
     r"drones?|air\s*strikes?|airstrikes?|strikes?|shelling|artillery|soldiers)|inter[- ]services\s+public\s+relations", "pakistan"),
    (r"(?:afghan|afghanistan['’]s)\s+(?:national\s+army|army|forces|security\s+forces|air\s*force|military|commandos|troops)",
     "afghanistan"),
    (r"wagner(?:\s+group)?|africa\s+corps", "wagner"),
    (r"jama['’]?at\s+nus?rat\s+al[- ]islam\s+wal?[- ]muslimin", "jnim"),
    (r"boko\s+haram", "boko-haram"),
    (r"(?:nigerian|nigeria['’]s)\s+(?:army|military|forces|troops|air\s*force|jets|warplanes|aircraft|drones?|soldiers|navy)",
     "nigeria"),
    (r"(?:burkinab[eé]|burkina\s+faso['’]s|burkina(?:\s+faso)?)\s+(?:army|military|armed\s+forces|forces|troops|soldiers|"
     r"air\s*force|drones?|jets|junta)", "burkina-faso"),
    (r"(?:malian|mali['’]s)\s+(?:armed\s+forces|army|military|forces|troops|soldiers|air\s*force|drones?|jets|junta)", "mali"),
    (r"(?:nigerien|niger['’]s)\s+(?:armed\s+forces|army|military|forces|troops|soldiers|air\s*force|drones?|junta)", "niger"),
    (r"(?:chadian|chad['’]s)\s+(?:armed\s+forces|army|military|forces|troops|soldiers|air\s*force)", "chad"),
    (r"(?:somali|somalia['’]s)\s+(?:national\s+army|army|forces|troops|government\s+forces|military|security\s+forces)",
     "somalia"),
    (r"(?:kenyan|kenya['’]s)\s+(?:defen[cs]e\s+forces|army|forces|troops|military|jets|air\s*force)", "kenya"),
    (r"(?:eritrean|eritrea['’]s)\s+(?:defen[cs]e\s+forces|army|forces|troops|soldiers|military)", "eritrea"),
    (r"tigray(?:an)?\s+(?:forces|defen[cs]e\s+forces|fighters|rebels)|tigray\s+people['’]s\s+liberation\s+front", "tplf"),
    (r"arakan\s+army", "arakan-army"),
    (r"(?:indian|india['’]s)\s+(?:army|military|armed\s+forces|forces|troops|soldiers|air\s*force|jets|warplanes|missiles?|"
     r"drones?|air\s*strikes?|airstrikes?|strikes?|shelling|artillery)", "india"),
    (r"rapid\s+support(?:\s+forces|\s+militias?|\s+paramilitar(?:y|ies))?|janjaweed", "rsf"),
    (r"(?:sudanese|sudan['’]s)\s+(?:armed\s+forces|army|military|air\s+force|warplanes|jets|drones?)", "sudan"),
    (r"myanmar(?:['’]s)?\s+(?:military\s+junta|military|army|junta|air\s+force)|tatmadaw", "myanmar"),
    (r"libyan\s+national\s+army|(?:forces\s+loyal\s+to\s+)?(?:khalifa\s+)?haftar(?:['’]s)?(?:\s+forces)?", "lna"),
    (r"government\s+of\s+national\s+(?:accord|unity)", "gna"),
    (r"dutch\s+(?:f-16s?|jets?|warplanes?|aircraft|forces|military|air\s+force)|royal\s+netherlands\s+air\s+force", "netherlands"),
    (r"belgian\s+(?:f-16s?|jets?|warplanes?|aircraft|forces|military|air\s+force)", "belgium"),
    (r"danish\s+(?:f-16s?|jets?|warplanes?|aircraft|forces|military|air\s+force)", "denmark"),
    (r"australian\s+(?:jets?|warplanes?|aircraft|forces|military|air\s+force|super\s+hornets?)", "australia"),
    (r"canadian\s+(?:jets?|warplanes?|aircraft|forces|military|air\s+force|cf-18s?)", "canada"),
    (r"jordanian", "jordan"),
    (r"british|royal\s+air\s+force", "united-kingdom"),
    (r"french\s+(?:jets|forces|military|army|aircraft|air\s+force|troops)", "france"),
    (r"(?:ethiopian|ethiopia['’]s)\s+(?:army|forces|military|air\s+force|national\s+defen[cs]e|government|drones?)", "ethiopia"),
    (r"azerbaijani", "azerbaijan"),
    (r"m23(?:\s+rebels)?|march\s+23\s+movement|alliance\s+fleuve\s+congo|afc/m23", "m23"),
    (r"allied\s+democratic\s+forces", "adf"),
    (r"(?:rwandan|rwanda['’]s)\s+(?:army|military|armed\s+forces|forces|troops|soldiers|defen[cs]e\s+forces?)|"
     r"rwanda\s+defen[cs]e\s+forces?", "rwanda"),
    (r"(?:congolese|congo['’]s)\s+(?:army|military|armed\s+forces|forces|troops|soldiers|air\s*force|drones?|jets)", "drc"),
    (r"(?:mozambican|mozambique['’]s)\s+(?:army|military|armed\s+forces|forces|troops|soldiers|police)", "mozambique"),
    (r"fano(?:\s+(?:militias?|militiamen|fighters|forces|insurgents|rebels))?|amhara\s+(?:militias?|militiamen)", "fano"),
    (r"baloch(?:istan)?\s+liberation\s+army", "bla"),
    (r"gran\s+grif(?:\s+gang)?", "gran-grif"),
    (r"viv\s+ansanm(?:\s+(?:gang\s+)?(?:coalition|alliance))?", "viv-ansanm"),
    (r"katiba\s+macina", "jnim"),
    (r"ahlu?\s+sunn?ah?\s+wa[l]?[- ]jama['’]?a?h?", "isis"),
    (r"mai[- ]mai(?:\s+(?:militias?|militiamen|fighters|groups?))?", "mai-mai"),
    (r"wazalendo(?:\s+(?:militias?|militiamen|fighters|groups?))?", "wazalendo"),
    (r"codeco(?:\s+(?:militias?|militiamen|fighters))?", "codeco"),
    (r"kachin\s+independence\s+army", "kia"),
    (r"ta['’]?ang\s+national\s+liberation\s+army", "tnla"),
    (r"myanmar\s+national\s+democratic\s+alliance\s+army", "mndaa"),
    (r"karen\s+national\s+(?:union|liberation\s+army)", "knu"),
    (r"people['’]?s\s+defen[cs]e\s+forces?", "pdf-name"),
    (r"(?:haitian|haiti['’]s)\s+(?:national\s+)?police", "haiti"),
    (r"pentagon|americans?|united\s+states|centcom|africom|u\.s\.", "usa"),
    (r"(?<=\bby\sthe\s)(?:military|army|armed\s+forces|air\s*force)|"
     r"(?:military|army|air\s*force)\s+(?:aircraft|jets|warplanes|helicopters?|drones?|planes?)|"
     r"federal\s+(?:army|forces|troops|military|government\s+forces)|"
     r"security\s+forces|government\s+(?:forces|troops|jets|warplanes|aircraft|helicopters|artillery|bombardment|shelling|air\s*strikes?|"
     r"airstrikes?|bombing|barrel\s+bombs?)", "government"),
    # "Somali and US forces": a state's adjective shares the noun of the next actor
    *[(rf"{adj}(?=\s*(?:and|or|,|/)\s*[\w.]+\s+(?:forces|troops|army|military|jets|warplanes|aircraft|drones?|"
       rf"soldiers|air\s*strikes?|airstrikes?|strikes))", aid) for adj, aid in (
        ("somali", "somalia"), ("kenyan", "kenya"), ("ethiopian", "ethiopia"), ("eritrean", "eritrea"),
        ("nigerian", "nigeria"), ("malian", "mali"), ("burkinabe", "burkina-faso"), ("chadian", "chad"),
        ("nigerien", "niger"), ("iraqi", "iraqi-government"), ("sudanese", "sudan"), ("pakistani", "pakistan"),
        ("afghan", "afghanistan"), ("congolese", "drc"), ("rwandan", "rwanda"), ("mozambican", "mozambique"))],
    # "Russian-installed officials blamed Ukraine": the country blamed
    (r"(?:(?<=blamed\s)|(?<=blaming\s)|(?<=accused\s)|(?<=accusing\s)|(?<=blamed\son\s))(?:ukraine|kyiv|kiev)", "ukraine"),
]
# Acronyms: case-sensitive.
ACRONYMS: list[tuple[str, str]] = [
    (r"IDF|IAF", "israel"), (r"SAA", "syrian-government"), (r"ISF", "iraqi-government"), (r"PMU|PMF", "pmu"),
    (r"IS|ISIS|ISIL", "isis"), (r"SDF|YPG|YPJ|QSD", "sdf"), (r"HTS", "hts"), (r"FSA", "syrian-opposition"), (r"SNA", "sna"),
    (r"IRGC", "iran"), (r"RSF", "rsf"), (r"SAF", "sudan"), (r"LNA", "lna"), (r"GNA", "gna"), (r"AQAP", "al-qaeda"), (r"PKK", "pkk"), (r"RAF", "united-kingdom"),
    (r"US|USA", "usa"), (r"UK", "united-kingdom"), (r"TSK|TAF", "turkey"), (r"VKS", "russia"),
    (r"JNIM", "jnim"), (r"ISWAP|ISKP|ISIS-K|IS-K", "isis"), (r"TTP", "ttp"), (r"ISPR", "pakistan"), (r"FAMa", "mali"),
    (r"TPLF|TDF", "tplf"), (r"ADF", "adf-acronym"), (r"RDF", "rwanda"), (r"FARDC", "drc"), (r"ENDF", "ethiopia"),
    (r"BLA", "bla"), (r"ISGS|ISSP|ISCAP", "isis"), (r"TNLA", "tnla"), (r"MNDAA", "mndaa"), (r"KNU|KNLA", "knu"),
    (r"PDF|PDFs", "pdf-name"), (r"SAC", "myanmar"), (r"FDLR", "fdlr"), (r"ATMIS|AMISOM|AUSSOM", "african-union"), (r"UAE", "uae"), (r"PNH", "haiti"),
]
_RAW = ("usa", "coalition", "government", "regime", "adf-acronym", "pdf-name", "uae", "junta", "paramilitary",
        "occupation", "sna")
ACTOR_IDS = sorted({i for _, i in NAMES + ACRONYMS if i not in _RAW} | {"pdf", "uae", "united-states", "unknown"})

RX_NAMES = re.compile("|".join(f"(?P<n{k}>\\b(?:{p})(?!\\w))" for k, (p, _) in enumerate(NAMES)), re.I)
RX_ACR = re.compile("|".join(f"(?P<a{k}>\\b(?:{p})\\b)" for k, (p, _) in enumerate(ACRONYMS)))
NAME_STARTS = frozenset(
    "u us american anti international global cjtf operation inherent saudi arab emirati turkish turkey syrian free "
    "opposition rebel armed jaysh ahrar russian pro coalition israel israeli zionist occupation russia kremlin moscow "
    "assad regime barrel tiger fourth iraqi counter popular hashd kata kataib turkiye ankara iranian iran "
    "revolutionary islamic daesh isis isil kurdish people hay hayat tahrir jabhat nusra al hezbollah hizbollah "
    "hizballah hizbullah houthi houthis ansar ansarallah hamas qassam ukrainian ukraine taliban rapid sudanese "
    "myanmar tatmadaw jordanian british royal french ethiopian azerbaijani pentagon united centcom africom "
    "government libyan forces khalifa haftar dutch belgian danish australian canadian sudan ethiopia "
    "russians israelis americans military junta tehreek tehrik pakistani pakistan inter afghan afghanistan wagner africa "
    "jama jamaat boko nigerian nigeria burkinabe burkinabé burkina malian mali nigerien niger chadian chad somali somalia "
    "kenyan kenya eritrean eritrea tigray tigrayan arakan janjaweed indian india security asayish kyiv kiev zelensky zelenskyy zelenskiy armed "
    "m march alliance allied rwandan rwanda congolese congo mozambican mozambique fano amhara baloch balochistan gran viv katiba "
    "army air federal ansarullah occupiers rashists ruscists ahl ahlu mai paramilitary paramilitaries wazalendo codeco kachin ta taang myanmar karen haitian haiti".split())
ACR_STARTS = frozenset(a.lower() for p, _ in ACRONYMS for a in p.split("|"))
