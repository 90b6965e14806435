"""The patterns `figures.py` reads a sentence with: the casualty verbs that govern a quantity, the
words that make it a breakdown, a list item or a companion of the killed, people counted without a
number ("a woman", "an elderly couple", "Colonel X", "a third"), and what is never a figure (ages,
dates, units, people still under the rubble, hypothetical killings).
"""

from __future__ import annotations

import re

__all__ = ["_PREP_VERB", "_TOLL_FAR", "_SUBSET", "_COORD", "KILL_WORD", "_BLOCKER", "_SKIP_AFTER", "_SKIP_BEFORE",
           "_A_PERSON", "_NAME_COORD", "_COMPANION", "_KILL_VERB", "_ONE_SUBJECT", "_ONE_NAMED", "_COMBATANT_ROLE",
           "_OF_COMPLEMENT", "_RANKED", "_SUBSET_LIST", "_ORDINAL_ONE", "_PAIR", "_PARTIAL_BEFORE", "_PARTIAL",
           "_PAREN", "_VAGUE_PART", "_HYPOTHETICAL", "_STILL_UNDER", "_NOT_FOUND", "_AGE_ADJ", "_RANGE_COMMA",
           "_WITH_FAR", "_ESTIMATE", "_DEATH_WORD", "_MIXED", "_ALONG_WITH", "_ONE_OF_THEM", "_OF_THEM",
           "_AND_WOUNDED", "_APPOSITION", "_PART_AND", "_CLAIMED_ENEMY", "_BELLIGERENT_SAYS", "_ARTICLE_NAME",
           "_RELATIVE", "_AGE_BEFORE", "_FAMILY_OF", "_SURVIVED_BY", "_TOKEN", "_PASSIVE_COMMA", "_PASSIVE_BE",
           "_SINGULAR"]

_PREP_VERB = re.compile(
    r"(?:\b(?P<k>killing|killed|kills|kill|claim(?:ed|ing|s)?\s+the\s+lives?\s+of|massacr(?:ing|ed)|martyr(?:ing|ed)|executing|executed|shooting\s+dead|shot\s+dead|"
    r"death\s+toll[\w\s,'’()-]{0,40}?(?:to|at|of|reached|hit|is|was|stood\s+at|stands\s+at|rose\s+to)|"
    r"bodies\s+of|(?<!injury\s)(?<!injuries\s)(?<!wounded\s)toll\s+(?:(?:later|eventually|then|subsequently|soon|quickly)\s+)?(?:to|at|of|reached|rose\s+to|(?:had|has)\s+risen\s+to|"
    r"climbed\s+to|increased\s+to|stood\s+at|was)|(?:put|placed)\s+the\s+(?:death\s+toll|toll|number(?!\s+of\s+(?:injur|wound)))"
    r"(?:\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims|fatalities))?\s+at|"
    r"(?:final|official|death)\s+count\b[^.;]{0,30}?\b(?:was|is|stood\s+at|reached|rose\s+to)|"
    r"(?:led\s+to|resulted\s+in|caused)\s+the\s+deaths?\s+of|"
    r"(?<!injury\s)(?<!injured\s)number\s+of\s+(?:the\s+)?(?:killed|dead|deaths|martyrs|victims|fatalities|"
    r"(?:people|civilians|those)\s+killed)\b[\w\s,'’()-]{0,40}?\b(?:at|to|reached|was|is|stood\s+at|rose\s+to|"
    r"(?:had|has)\s+risen\s+to|increased\s+to|climbed\s+to)|"
    r"bringing\s+the\s+(?:death\s+)?toll\s+to|lost\s+(?:at\s+least\s+)?|"
    r"(?:the\s+)?(?:deaths?|killings?)\s+of|"
    r"(?:victims|dead|those\s+killed|the\s+killed|fatalities)\b[^.;]{0,40}?\b(?:included|include|were|are))"
    r"|\b(?P<i>wounding|injuring|wounded|injured|injures|wounds|hurting|maiming|(?:the\s+)?injur(?:y|ies)\s+of))"
    r"(?:\s+(?:all|only|another|also|the|some|about|over|nearly|almost|at\s+least|alongside|along\s+with|together\s+with|"
    r"(?:an?\s+|the\s+)?(?:entire\s+|whole\s+)?family\s+of))*"
    r"\s*[:,]?\s*$",
    re.I,
)
# "The death toll from Saturday's strike on a block of flats in the city rose to 30": the toll named far before its figure
_TOLL_FAR = re.compile(r"(?P<k>(?<!injury\s)(?<!injuries\s)(?<!wounded\s)\b(?:death\s+)?toll\b(?!\s+of\s+(?:the\s+)?(?:injur|wound))[^.;:]{0,150}?\b(?:(?:has|had)\s+)?"
                       r"(?:rose|risen|climbed|increased|reached|jumped|stood|stands|grew|grown)(?:\s+(?:to|at))?)"
                       r"(?:\s+(?:more\s+than|at\s+least|over|nearly|almost|about|some|around))?\s*$", re.I)
_SUBSET = re.compile(r"(?:\bincluding|\bamong\s+(?:them|whom|the\s+(?:dead|victims|killed|wounded|injured)|"
                     r"those\s+killed|the\s+casualties)|\bof\s+whom|\bamongst\s+them|\bincluded)"
                     r"(?:\s+(?:were|are|was|is|also))?[\s:,]*(?:(?:at\s+least|up\s+to|as\s+many\s+as|more\s+than|over|"
                     r"about|around|nearly|almost|some|an\s+estimated|a\s+likely\s+estimate\s+of)\s+)?"
                     r"(?:(?:the|his|her|their|its)\s+[A-Za-z-]+['’]s?\s+)?$", re.I)
_COORD = re.compile(r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|along\s+with|with|,)?\s*"
                    r"(?:(?:her|his|their|its|the)\s+)?$", re.I)
KILL_WORD = re.compile(
    r"\b(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|been|got|all|also|later|reportedly|"
    r"allegedly|subsequently|eventually|both|instantly|immediately|shot)\s+)*"
    r"(?P<v>killed|dead|died|die|slain|martyred|perished|lost\s+(?:their|his|her)\s+li(?:ves|fe)|massacred|"
    r"wounded|injured|hurt|maimed|were\s+among\s+the\s+(?:dead|victims))\b",
    re.I,
)
_BLOCKER = re.compile(
    r"\b(?:sheltering|sheltered|displaced|living|lived|residing|staying|trapped|besieged|siege|fled|"
    r"fleeing|evacuated|rescued|arrested|detained|missing|abducted|kidnapped|remain|remained|"
    r"deployed|stationed|sent|gathered|waiting|queuing|housed|hosted|homeless|affected|treated|"
    r"posted|wrote|tweeted|shared|published|uploaded)\b|;|\b(?:said|reported|announced|confirmed)\s+that\b|"
    r"\b(?:said|says|told|stated|announced)\b(?!\s*,)|"
    r"\b(?:were|was)\s+inside\b",
    re.I,
)
_SKIP_AFTER = re.compile(
    r"(?:\s*(?:%|percent|per\s*cent)|[-\s]*(?:years?|yrs?|months?|weeks?|days?)[-\s]*old|"
    r"[-\s]*(?:months?|weeks?)[-\s]+(?:pregnant|into)\b|-?\s*(?:or|to)\s+\d{1,3}[-\s]*(?:years?|months?)[-\s]*old|-(?:months?|weeks?|days?|hours?|minutes?|storey|story|floor)\b|"
    r"\s*(?:st|nd|rd|th)\b|\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|[-\s]+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\s*(?:km|kilomet|met|mile|hour|minute|dollar|usd|million|billion))",
    re.I,
)
_SKIP_BEFORE = re.compile(
    r"(?:\b(?:aged|age|ages|age\s+of|ages\s+of|aged\s+(?:either|about|around|between|roughly)|no\.|number|#|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"unit|brigade|division|route|highway|road|resolution|article|page|phase|street|block)\.?\s*|[$£€+]\s*|"
    r"\b(?:man|woman|boy|girl|child|teenager|youth|person)\s+of\s+)$",
    re.I,
)
_A_PERSON = re.compile(
    r"\b(?:a|an|his|her|their)\s+(?:(?:young|elderly|old|pregnant|little|civilian|palestinian|syrian|local|"
    r"\d+[- ]year[- ]old|[a-z]+[- ]year[- ]old|[a-z]+-month[- ]old|\d+[- ]month[- ]old)\s+){0,2}(?P<n>child|boy|girl|woman|man|civilian|person|baby|infant|"
    r"toddler|teenager|mother|father|journalist|paramedic|doctor|nurse|farmer|shepherd|fisherman|student|"
    r"worker|soldier|fighter|wife|husband|son|daughter|brother|sister|resident|driver|guard|member|"
    r"teacher|photographer|volunteer|commander|militant|officer|policeman|gunman|grandchild|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|"
    r"uncle|aunt)\b(?!['’]s)(?!\s+(?:car|vehicle|house|home|building|area|neighbou?rhood|site|target|"
    r"infrastructure|object|truck|bus|boat|shelter|facility|population|convoy|gathering|camp|district)\b)",
    re.I,
)
# "a child named Hussain (14), and a child named Anas": the name between two items of one list
_NAME_COORD = re.compile(r"^\s*(?:named|called)?\s*(?:(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|abu|abd)\b[\w'’-]*)\s*){1,7},?\s*"
                         r"(?:and|as\s+well\s+as|along\s+with|together\s+with|alongside|with)\s+(?:(?:her|his|their|its|the)\s+)?$")
# "killed Hani Madhoun alongside 11 members of his family", "X was killed alongside three colleagues": companions
_COMPANION = re.compile(r"\b(?:alongside|along\s+with|together\s+with)\s+(?:(?:his|her|their|its|the)\s+)?$", re.I)
_KILL_VERB = re.compile(r"\b(?:killed|killing|kills)\b", re.I)
_ONE_SUBJECT = re.compile(r"\b(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|allegedly|also|instantly)\s+)?$", re.I)
_ONE_NAMED = re.compile(r"[A-Z][a-z]|^(?:the|a|an)\s+(?!elderly\b|young\b|wounded\b|injured\b|dead\b)[a-z-]+(?<!s)\b|\b(?:journalist|poet|writer|paramedic|doctor|nurse|teacher|activist|commander|leader|"
                        r"driver|imam|priest|mayor|headman|chief|official|owner|engineer|cameraman|reporter|pilot|"
                        r"farmer|shepherd|fisherman|student|man|woman|boy|girl)\b")
_COMBATANT_ROLE = re.compile(r"\b(?:combatant|high-rank\w*|senior\s+member|commander|leader|general|colonel|officer|operative|fighter|militant|soldier)\b", re.I)
# "three members of the crew and two patients": the first noun's complement, then the next item
_OF_COMPLEMENT = re.compile(r"^\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:and|as\s+well\s+as)\s+"
                            r"(?:(?:the|his|her|their)\s+)?$")
# a senior officer by rank and name ("including Major General Jihad X"): one combatant
_RANKED = re.compile(r"\b(?:(?:Major|Brigadier|Lieutenant)[- ]General|Lieutenant[- ]Colonel|Colonel|Brigadier)\s+(?=[A-Z][a-z])")
# a breakdown whose first items have no number: "including Dr. Amal Idris, five children and four women"
_SUBSET_LIST = re.compile(r"\b(?:including|among\s+(?:them|whom))\s+(?:(?:(?:Dr|Mr|Mrs|Ms|Sheikh|Eng)\.\s*)?[^,;.:\d()]{2,60},\s+)+"
                          r"(?:and\s+)?$")
# "killing two and wounding a third": one more person
_ORDINAL_ONE = re.compile(r"\b(?:wounding|injuring|killing|wounded|injured|killed)\s+(?P<a>(?:a|another)\s+(?P<n>third|fourth|fifth|sixth))\b"
                          r"(?!\s+(?:of|time|day|floor|storey|attack|strike))", re.I)
# two people in one noun phrase: "an elderly couple", "a husband and wife"
_PAIR = re.compile(r"\b(?:an?|the)\s+(?:(?:young|elderly|old|married|newlywed|civilian|palestinian|local|retired)\s+)*"
                   r"(?P<n>couple\b(?!\s+of\b|['’]s)|husband\s+and\s+wife\b|wife\s+and\s+husband\b)", re.I)
_PARTIAL_BEFORE = re.compile(r"\b(?:another|other|additional|further)\s*$", re.I)
_PARTIAL = re.compile(r"\b(?:others?|another|more|additional|further|remaining|rest)\b", re.I)
_PAREN = re.compile(r"\([^()]*\)")
_VAGUE_PART = re.compile(r"(?:many|several|some|numerous|a\s+number\s+of|a\s+few)", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:authori[sz]\w*|approv\w*|permit\w*|allow\w*|threaten\w*|plann\w*|risk\w*|"
                           r"fear\w*|could|would|might)\b[^.;]{0,30}$", re.I)
_STILL_UNDER = re.compile(r"[^.;]{0,30}?\b(?:were|are|was|is|remain(?:ed|s)?)\s+still\s+(?:under|beneath|trapped|buried|missing)\b",
                          re.I)
_NOT_FOUND = re.compile(r"[^.;]{0,30}?\b(?:believed|thought|feared|presumed|said)\s+(?:to\s+)?(?:still\s+)?(?:be\s+)?(?:still\s+)?"
                        r"(?:under|beneath|trapped|buried|missing)\b", re.I)
_AGE_ADJ = re.compile(r"\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month)s?[- ]old\b", re.I)
_RANGE_COMMA = re.compile(r",\s*(?=[a-z])")
# "killed a poet, Heba Abu Nada, alongside her son and ten members of the family": the companions of the killed
_WITH_FAR = re.compile(r"(?P<k>\b(?:killed|killing|kills)\b)[^.;:]{0,150}?\b(?:alongside|along\s+with|together\s+with)\s+"
                       r"(?:(?:his|her|their|its|the)\s+)?$", re.I)
# a monitor's own estimate: "the minimum has been assessed as two", "quantified as 12-24 in the fatality range",
# "a minimum civilian fatality estimate of one", "used the fatality and injury range 2-2"
_ESTIMATE = re.compile(r"(?P<k>\b(?:quantified|assessed|recorded|ranged|estimated)\b[^.;]{0,50}?\b(?:as|at|to\s+be)|"
                       r"\b(?:fatality|casualty|death)(?:\s+and\s+injury)?\s+(?:range|estimate)\s+(?:(?:of|to|at|as)\s+)?|"
                       r"\bnumber\s+of\s+(?:civilians?\s+)?(?:(?:injured|wounded)\s+and\s+)?(?:killed|dead|deaths|fatalities)"
                       r"(?:\s+and\s+(?:injured|wounded))?\s+(?:(?:has|had)\s+been\s+|was\s+|were\s+)?(?:\w+\s+)?as|"
                       r"\b(?:minimum|conservative|maximum)\s+(?:civilian\s+)?(?:fatality\s+|casualty\s+)?estimate\s+of)"
                       r"(?:\s+(?:at\s+least|up\s+to|between))?\s*$", re.I)
_DEATH_WORD = re.compile(r"\b(?:killed|deaths?|dead|fatalit(?:y|ies)|casualt(?:y|ies))\b", re.I)
_MIXED = re.compile(r"\s+(?:and|or|&|and/or)\s+(?:were\s+)?(wounded|injured|hurt|killed|dead)\b", re.I)
_ALONG_WITH = re.compile(r"\b(?:along\s+with|together\s+with|as\s+well\s+as|alongside|in\s+addition\s+to)\b", re.I)
_ONE_OF_THEM = re.compile(r"\b(?:one|two|three|some|all|most)\s+of\s+(?:them|whom)\b[^.;]{0,12}$", re.I)
_AND_WOUNDED = re.compile(r"\s+(?:and|&|or)\s+(?:the\s+)?(?:wounded|injured)\b", re.I)
_APPOSITION = re.compile(r"^\s*[,:—–-]\s*$")
_PART_AND = re.compile(r"^[^.;:,\d]*\band\s*$")
_CLAIMED_ENEMY = {"militant", "militants", "terrorist", "terrorists", "operatives"}
_BELLIGERENT_SAYS = re.compile(
    r"\b(?:military|army|IDF|Israel\s+Defen[cs]e\s+Forces|ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|coalition|"
    r"Pentagon|CENTCOM|AFRICOM|Kremlin|regime|SANA|Turkish\s+(?:military|army)|TSK|Israel|Russia|spokes(?:man|person|woman))\b"
    r"[^.;]{0,60}?\b(?:said|says|claimed|claims|announced|stated|alleged)\b", re.I)
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as|an|ash|at|az)-[A-Z]")
_RELATIVE = re.compile(r"\b(?:who|that|which|had\s+been|having\s+been|have\s+been|previously|already)\s+(?:\w+\s+)?$", re.I)
_AGE_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+|\b(?:neighbou?r|father|mother|son|daughter|brother|sister|wife|husband|uncle|"
                         r"aunt|grandmother|grandfather|grandson|granddaughter|cousin|nephew|niece|man|woman|boy|girl|"
                         r"farmer|driver|teacher|doctor|nurse|shepherd|resident|survivor|victim|child|baby|widow|mechanic|"
                         r"student|worker|fisherman|paramedic|journalist))\s*,\s*$")  # "Warda, 21," / "his neighbour, 42,"
_FAMILY_OF = re.compile(r"famil(?:y|ies)\s+of\s*$", re.I)
_SURVIVED_BY = re.compile(r"\bsurvived\s+by\s+(?:[\w'’-]+\s+){0,8}?(?:and\s+)?$", re.I)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*|[0-9]+|[^\sA-Za-z0-9]")
_PASSIVE_COMMA = re.compile(r"(?:killed|wounded|injured)\s*,\s*$", re.I)
_PASSIVE_BE = re.compile(r"\b(?:were|was|been|are|is|being)\s+(?:(?:\w+ly|also|all|both|later|then)\s+)*$", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|which)\b", re.I)
_SINGULAR = re.compile(
    r"\b(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|allegedly|also|later|instantly|shot\s+and)\s+)*"
    r"(?:killed|shot\s+dead|martyred|slain)\b(?!\s+(?:or|and|and/or)\s+(?:injured|wounded|hurt))|"
    r"\b(?:he|she)\s+(?:later\s+)?died\b", re.I)
