"""Words of the noun phrases a casualty figure counts: whose (children, women, men, fighters, people),
the dead and the injured as nouns, things that are never people, and the modifiers read past."""

from __future__ import annotations

__all__ = ["_CHILD", "_WOMAN", "_MAN", "_COMBATANT", "_PERSON", "_KILLED_NOUN", "_INJURED_NOUN", "_NOT_PEOPLE", "_MODS", "_GENERIC"]

_CHILD = {"child", "children", "kid", "kids", "boy", "boys", "girl", "girls", "minor", "minors", "infant",
          "infants", "baby", "babies", "toddler", "toddlers", "newborn", "newborns", "teenager",
          "teenagers", "schoolchildren", "juveniles", "youngsters", "child's", "children's"}
_WOMAN = {"woman", "women", "mother", "mothers", "wife", "wives", "grandmother", "grandmothers",
          "sister", "sisters", "daughter", "daughters", "females", "female", "aunt", "aunts", "ladies"}
_MAN = {"man", "men", "father", "fathers", "husband", "husbands", "brother", "brothers", "son", "sons",
        "males", "grandfather", "uncle", "uncles", "elderly"}
_COMBATANT = {"fighter", "fighters", "militant", "militants", "soldier", "soldiers", "guard", "guards",
              "gunman", "gunmen", "insurgent", "insurgents", "rebel", "rebels", "jihadist", "jihadists",
              "combatant", "combatants", "bodyguard", "bodyguards", "troops", "servicemen", "militiamen", "militia", "operatives",
              "commanders", "commander", "officers", "policemen", "personnel", "terrorists", "terrorist"}
_PERSON = {"people", "person", "persons", "civilian", "civilians", "individual", "individuals",
           "resident", "residents", "villager", "villagers", "member", "members", "relative",
           "relatives", "others", "other", "victim", "victims", "worshippers", "passengers", "students",
           "student", "farmers", "farmer", "workers", "worker", "journalists", "journalist", "paramedics",
           "paramedic", "medics", "doctors", "doctor", "nurses", "nurse", "patients", "siblings",
           "cousins", "cousin", "grandchild", "grandchildren", "grandson", "grandsons", "granddaughter",
           "granddaughters", "nephew", "nephews", "niece", "nieces", "family", "shepherds", "fishermen", "fisherman", "drivers", "driver",
           "teachers", "staff", "volunteers", "rescuers", "aid", "employees", "refugees", "inmates",
           "prisoners", "detainees", "protesters", "pedestrians", "neighbours", "neighbors", "guests",
           "displaced", "palestinians", "syrians", "iraqis", "yemenis", "afghans", "ukrainians", "kurds",
           "lebanese", "israelis", "somalis", "sudanese", "libyans", "pakistanis", "russians",
           "citizens", "locals", "generations", "adults", "youths", "youth", "young", "men's",
           "worker's", "persons'", "souls", "lives", "occupants", "civilians'", "bystanders"} | _MAN
_KILLED_NOUN = {"dead", "deaths", "death", "fatalities", "killed", "martyrs", "martyr", "bodies", "corpses",
                "lives", "slain", "dead,"}
_INJURED_NOUN = {"wounded", "injured", "injuries", "hurt", "injury"}
_NOT_PEOPLE = {
    "strike", "strikes", "airstrikes", "raids", "raid", "sorties", "missiles", "missile", "rockets",
    "rocket", "bombs", "bomb", "shells", "shell", "munitions", "barrel", "attacks", "attack", "targets",
    "houses", "homes", "buildings", "building", "apartments", "years", "year", "days", "day", "hours",
    "hour", "minutes", "weeks", "week", "months", "month", "km", "kilometres", "kilometers", "metres",
    "meters", "miles", "m", "percent", "per", "times", "tons", "tonnes", "vehicles", "cars", "trucks",
    "villages", "towns", "sites", "positions", "storey", "storeys", "story", "floors", "floor",
    "schools", "hospitals", "mosques", "tanks", "jets", "aircraft", "planes", "drones", "helicopters",
    "dollars", "million", "billion", "pounds", "euros", "shekels", "am", "pm", "a.m.", "p.m.", "o'clock",
    "hectares", "kg", "mm", "cm", "occasions", "rounds", "projectiles", "locations", "areas",
    "neighbourhoods", "neighborhoods", "shops", "tents", "camps", "bakeries", "boats", "rooms", "stories",
    "incidents", "massacres", "waves", "cases", "families", "households", "shots", "bullets", "explosions", "points", "km2",
    "sources", "reports", "outlets", "accounts", "posts", "tweets", "videos", "images", "photos", "articles",
}
_MODS = {
    "other", "more", "additional", "further", "innocent", "unarmed", "civilian", "local", "young",
    "elderly", "old", "little", "small", "pregnant", "palestinian", "syrian", "iraqi", "yemeni",
    "afghan", "ukrainian", "kurdish", "lebanese", "displaced", "injured", "wounded", "of", "the",
    "his", "her", "their", "its", "same", "family", "extended", "immediate", "male", "female",
    "adult", "teenage", "infant", "newborn", "school", "university", "fellow", "unidentified",
    "unnamed", "identified", "named", "different", "separate", "hamas", "isis", "regime", "government",
    "pro-government", "opposition", "israeli", "russian", "turkish", "american", "us", "u.s.", "iranian",
    "security", "police", "army", "prison", "medical", "health", "aid", "humanitarian", "un", "unrwa",
    "rescue", "civil", "defence", "defense", "emergency", "media", "press", "news", "alleged",
    "suspected", "reported", "reportedly", "all", "both", "entire", "whole", "mostly", "mainly",
    "among", "them", "was", "a", "an", "in", "were", "are", "baby", "girl", "boy", "hospital",
    "foreign", "migrant", "sudanese", "somali", "libyan", "from",
}
_GENERIC = {"people", "person", "persons", "civilian", "civilians", "individuals", "residents", "villagers",
            "members", "member", "relatives", "family", "victims", "palestinians", "syrians", "iraqis", "yemenis",
            "afghans", "ukrainians", "kurds", "lebanese", "israelis", "somalis", "sudanese", "libyans", "citizens",
            "locals", "souls", "lives", "occupants", "bystanders", "displaced", "worshippers", "passengers"}
