"""English attribution: the group of the harmed, or of a victim's past, is not the attacker."""

from __future__ import annotations

import pytest

from harmwatch.extract.actors import actor_mentions


def _ids(s: str) -> list[tuple[str, bool]]:
    return [(aid, strong) for _, _, aid, strong in actor_mentions(s)]


@pytest.mark.parametrize("sentence, absent", [
    ("The Islamic State member was killed in the raid, local monitors said.", "isis"),
    ("Two SDF fighters were wounded by Turkish drone fire near the town.", "sdf"),
    ("The man killed in the drone strike had served in the ranks of the formerly Jabhat al-Nusra.", "hts"),
    ("A drone killed a former member of Hezbollah in his car.", "hezbollah"),
    ("The families of ISIS fighters were moved to another camp.", "isis"),
])
def test_the_harmed_side_is_no_attacker(sentence, absent):
    assert absent not in [aid for aid, _ in _ids(sentence)]


@pytest.mark.parametrize("sentence, attacker", [
    ("ISIS fighters killed five shepherds east of the city.", "isis"),
    ("ISIS members attacked a checkpoint, killing two guards.", "isis"),
    ("Two SDF fighters were wounded by Turkish drone fire near the town.", "turkey"),
])
def test_the_attacker_stays(sentence, attacker):
    assert (attacker, True) in _ids(sentence)


def test_an_occupation_army_is_the_named_occupier():
    s = "A suicide drone belonging to the Turkish occupation army targeted the town, killing two children."
    assert _ids(s) == [("turkey", True)]
    s = "Occupation forces shelled the camp, killing three people."
    assert _ids(s) == [("occupation", True)]  # Israel's, or Russia's in a report on Ukraine (perpetrators())
