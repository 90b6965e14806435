"""Places: find place names in text and resolve them with the shipped GeoNames gazetteer.

Interface (implementation in progress):

    find_places(text, *, countries=()) -> list[PlaceMention]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

__all__ = ["PlaceMention", "find_places"]


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str  # as written in the text
    geoname: str | None = None
    gazetteer_id: str | None = None  # "geonames:170063"
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "unknown"  # the contract's enum

    def as_claim_place(self) -> dict:
        return {"name": self.name, "geoname": self.geoname, "gazetteer_id": self.gazetteer_id,
                "country": self.country, "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "precision": self.precision}


def find_places(text: str, *, countries: Sequence[str] = ()) -> list[PlaceMention]:
    return []
