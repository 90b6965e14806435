"""Given names that are a woman's: the sex of a victim the text names without a kinship word.

Lists of the dead often give a name and an age and nothing else ("32-year-old Halima ..."); the
name says she is a woman. Only names that are borne (almost) only by women are listed, in the
usual Latin spellings of Arabic, Persian, Kurdish, Pashto, Somali, Turkish and Ukrainian or
Russian names; names borne by men and women alike (Alaa, Nour, Wissam, Iman in some regions) are
left out (Fidaa and Walaa too: a man's name is also his son's second name). `female_name("halima")` is True.
"""

from __future__ import annotations

__all__ = ["female_name"]

_FEMALE = frozenset("""
aisha aysha aicha ayesha aishah fatima fatma fatimah fatema fatemeh fatme maryam mariam miriam maryem meryem zainab
zeinab zaynab zeynab khadija khadijah khadeeja amina aminah ameena asma asmaa asmahan huda hoda hala heba hiba
israa esraa isra rana rania raniya rasha reem rim reema rima salma samar sara sarah sawsan shaima shaimaa shaymaa
suad souad suhaila suhayla suheila tahani wafa wafaa walaa yasmin yasmine yasmina yasmeen jasmine lina leena lama
layla leila laila leyla dina deena dena doaa duaa doa dalia dalal ghada hanan hanaa haneen hanin lubna manal maha
mona muna nada nadia nadiya najat najla najlaa nisreen nesreen nisrine raghad rawan reham ruba safaa safa samira
sameera sana sanaa shahd sumaya sumayya sumayyah tala yara zahra zahraa zeina zaina zeinah amal aya ayah bisan
besan baisan ibtisam ikhlas intisar inas enas jana jumana joumana kholoud khulud khuloud malak marah nahla rahma
sabreen sahar salwa sama shireen shirin sherine suzan susan sawsana taghreed widad wedad yusra yousra zahia
fidaa fathia fatheya faten fayza faiza ghadeer hadeel hayat howaida huwaida ilham elham inshirah itimad kamila
lamis lamees lamya lamia luna majida manar maysa maysaa mayar nawal noura nura ola olla rasmiya rawda rola rula
samah shatha siham sondos sundus tasneem umayma zakia zuhour hind afnan areej arwa aseel asil batoul batool bushra
dima doha duha ghazal habiba hanadi ibtihal jamila judy judi kinda lana lamar layan leen lujain maram mais masa
mayada nagham nahida rahaf randa rateel retaj rital sidra shahed tamara tuqa warda wiam yumna yomna abeer abir
alia aliya amani amira ameera asmahan basma dalal diana duaa eman ghaida ghaidaa hadil hamida haya iman insaf
islam jihan juman khawla layal lamiaa madiha manal marwa maysoon mirna muna nadine nahed najwa nisma nour noor
rahaf raneem rawiya reem rifqa ruqaya ruqayya sabah sabrin safia safiya sahar salam samia samiha shadia shifa
soha suha sumaia tamam tharwa wafiqa widyan yaqeen zakiya zubaida zuhair
parisa roya soraya nargis nargiz malalai gulalai farzana nazia parwin parveen fereshteh shabnam mahnaz zohra
avin berivan dilan hevin rojin sozdar nesrin
ebtesam ebtisam imtithal imtathal entisar etemad
hiyam siham nazmiya ilana amna hadeer nidaa madeleine fadumo faduma hawa halima asha hodan ayan ubah deeqa sahra
olena elena olga natalia nataliya natalya tetiana tatiana tatyana iryna irina svitlana svetlana oksana yulia
yuliia anna maria mariia kateryna yekaterina ekaterina viktoria viktoriia lyudmila liudmyla halyna galina
valentyna valentina nadiya nadezhda daria dariia anastasia anastasiia alina sofia sofiia polina vira nina larysa
larisa inna hanna khrystyna kristina yana zoya zinaida
""".split())

# borne by men as well, or a common word: never a woman's name by itself
_EITHER = frozenset("alaa nour noor iman islam wissam salam sabah zuhair nahed jihan tamam fidaa walaa".split())


def _spelling(w: str) -> str:
    """One spelling for the variants of a transliterated name: Lobna/Lubna, Reema/Rima, Souad/Suad."""
    w = w.lower().strip(" .,'’")
    for a, b in (("ou", "u"), ("oo", "u"), ("o", "u"), ("ee", "i"), ("aa", "a")):
        w = w.replace(a, b)
    return w[:-1] if w.endswith("ah") else w


_FEMALE_SPELLINGS = frozenset(_spelling(w) for w in _FEMALE - _EITHER) - frozenset(_spelling(w) for w in _EITHER)


def female_name(first: str) -> bool:
    """True when the given name `first` (any case, "al-" and "umm" aside) is a woman's."""
    return _spelling(first) in _FEMALE_SPELLINGS
