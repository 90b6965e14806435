"""Who struck, in reports from many conflicts (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from harmwatch.extract import extract


def _perps(text: str, published: str = "2023-05-10") -> list[str]:
    claims = [c for c in extract(text, document="t", published=date.fromisoformat(published)) if c["kind"] == "incident"]
    assert claims, text
    return claims[0]["perpetrators"]


@pytest.mark.parametrize("text,expected", [
    # possessive and government forms
    ("Myanmar's military bombed a village school in Sagaing on Monday, killing nine pupils, residents said.", ["myanmar"]),
    ("A drone strike blamed on the Ethiopian government killed 19 people at a market in Tigray on Monday.", ["ethiopia"]),
    # Libya's two sides
    ("An air strike by forces loyal to Khalifa Haftar hit a field hospital near Tripoli on Monday, killing five medics.", ["lna"]),
    # coalition members by nationality
    ("A Dutch F-16 bombed a workshop in Mosul on Monday; four civilians were killed, the ministry later said.", ["netherlands"]),
    # whoever is accused or blamed is named as the attacker
    ("Shelling killed six people at a bus stop in Horlivka on Monday. The Russian-installed mayor blamed Ukrainian forces.",
     ["ukraine"]),
    ("A drone hit the main hospital in the city on Monday, killing 12 patients. The governor accused the Rapid Support Forces.",
     ["rsf"]),
    # an adjective opening a proper name is not a belligerent
    ("Shells hit the Turkish Hospital in the city centre on Monday, killing three patients. Medics blamed the "
     "Sudanese army.", ["sudan"]),
    # joint attacks by two adjectives
    ("Syrian and Russian air strikes killed 14 civilians in Maarat al-Numan on Monday, rescuers said.",
     ["syrian-government", "russia"]),
    ("An air strike rescuers blamed on Russian or Syrian government warplanes killed eight people in Aleppo on Monday.",
     ["russia", "syrian-government"]),
    # the generic government in a country with one
    ("Government bombardment of Douma killed 11 civilians on Monday, the monitor said.", ["syrian-government"]),
])
def test_attackers(text, expected):
    assert _perps(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Israeli Defense Forces struck a house in Rafah on Monday, killing seven people.", ["israel"]),
    ("US Central Command said it struck a compound in Idlib on Monday; residents said two farmers were killed.",
     ["us-led-coalition"]),
    ("Turkish Armed Forces shelled the village of Tal Tamr on Monday, killing two civilians.", ["turkey"]),
])
def test_capitalised_forces_stay_attackers(text, expected):
    assert _perps(text) == expected
