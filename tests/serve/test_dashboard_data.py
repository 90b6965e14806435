"""A few incidents written straight into the database, for the dashboard's browser tests.

One document carries markup (<script>, an <img onerror>) in its title, text and summary: the
dashboard must show it as text and never run it. Also used by the screenshot option.
"""

from __future__ import annotations

import hashlib
from datetime import date

__all__ = ["HOSTILE", "SECRET", "SEED_KEYS", "seed"]

HOSTILE = '<script>window.__hwXss = 1</script><img src=x onerror="window.__hwXss = 2">'
SECRET = "Witness Samira K., +963 555 0177"
SEED_KEYS = ["hw-mayadin01", "hw-raqqa0002", "hw-mosul0003", "hw-idlib0004", "hw-hostile05", "hw-nocoord6"]

_REPORTS = [
    # key, day, place, country, admin1, lat, lon, perpetrators, means, target, killed, grade, title, outlet, text, evidence
    ("hw-mayadin01", date(2017, 5, 25), "Mayadin", "SY", "Deir ez-Zor", 35.02, 40.45, ["us-led-coalition"],
     "airstrike", "residential", (35, 80), "fair", "Strikes hit Mayadin homes", "Example Wire",
     "MAYADIN, Syria — Local monitors said on Friday that air strikes by the US-led coalition on Thursday "
     "killed at least 35 civilians, and possibly as many as 80, in three residential buildings. "
     "Rescue teams were still searching the rubble.",
     "air strikes by the US-led coalition on Thursday killed at least 35 civilians, and possibly as many as 80"),
    ("hw-raqqa0002", date(2017, 6, 12), "Raqqa", "SY", "Raqqa", 35.95, 39.01, ["us-led-coalition", "sdf"],
     "artillery", "market", (12, 12), "confirmed", "Shelling of Raqqa market", "Example Daily",
     "RAQQA — Twelve civilians died when shells struck the old market on Monday, a medical source said. "
     "The coalition later said it was reviewing the strike.",
     "Twelve civilians died when shells struck the old market on Monday"),
    ("hw-mosul0003", date(2017, 3, 17), "Mosul", "IQ", "Nineveh", 36.34, 43.13, ["us-led-coalition"],
     "airstrike", "residential", (105, 200), "confirmed", "Mosul al-Jadida strike", "Example Post",
     "An air strike in the al-Jadida district of west Mosul killed between 105 and 200 civilians who had "
     "sheltered in a basement, according to residents and officials.",
     "An air strike in the al-Jadida district of west Mosul killed between 105 and 200 civilians"),
    ("hw-idlib0004", date(2018, 2, 3), "Maarat al-Numan", "SY", "Idlib", 35.64, 36.67, ["russia"],
     "airstrike", "hospital", (5, 9), "weak", "Hospital struck in Idlib province", "Example Monitor",
     "Five to nine people were killed when warplanes believed to be Russian struck a hospital in "
     "Maarat al-Numan early on Saturday.",
     "Five to nine people were killed when warplanes believed to be Russian struck a hospital"),
    ("hw-hostile05", date(2018, 4, 7), "Douma", "SY", "Rif Dimashq", 33.57, 36.40, ["syrian-government"],
     "chemical", None, (40, 70), "contested", "Report " + HOSTILE, "Example Blog " + HOSTILE,
     "Residents of Douma said " + HOSTILE + " that 40 to 70 people were killed in the attack on Saturday.",
     "40 to 70 people were killed in the attack on Saturday"),
]


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def seed(url: str) -> list[str]:
    """Write the sample incidents (documents, claims, links, one official statement); their keys."""
    from harmwatch.db import connect, session_scope
    from harmwatch.db.models import Claim, ClaimLink, Document, Incident, OfficialStatement

    engine = connect(url)
    with session_scope(engine) as session:
        for n, (key, day, place, cc, admin1, lat, lon, perps, means, target, (kmin, kmax), grade, title, outlet,
                text, ev) in enumerate(_REPORTS):
            start = text.index(ev)
            place_d = {"name": place, "geoname": place, "country": cc, "admin1": admin1, "lat": lat, "lon": lon,
                       "precision": "settlement"}
            figures = {"civilians_killed": {"min": kmin, "max": kmax}}
            if key == "hw-mayadin01":
                figures["children_killed"] = {"min": 11, "max": None}
            day_d = {"start": day.isoformat(), "end": day.isoformat(), "precision": "day"}
            doc = Document(content_hash=_hash(text), doc_id=f"doc-{n}.txt", text=text, title=title,
                           url=f"https://example.org/reports/{n}", published=day, outlet=outlet, language="en")
            claim_data = {"document": doc.doc_id, "kind": "incident", "date": day_d, "places": [place_d],
                          "perpetrators": perps, "means": means, "target": target, "figures": figures,
                          "sources": ["Local monitors" if n == 0 else outlet], "summary": None,
                          "evidence": [{"start": start, "end": start + len(ev)}]}
            claim = Claim(key=f"c-{key}", document=doc, ordinal=0, kind="incident", data=claim_data,
                          date_start=day, date_end=day, date_precision="day", country=cc, admin1=admin1,
                          lat=lat, lon=lon, killed_min=kmin, killed_max=kmax, extractor_version="test")
            summary = (f"{means.capitalize()} on {place}" if key != "hw-hostile05"
                       else "Attack on Douma " + HOSTILE)
            data = {"date": day_d, "places": [place_d], "perpetrators": perps, "perpetrators_contested": False,
                    "means": means, "target": target, "figures": figures, "sources": claim_data["sources"],
                    "official_responses": [], "summary": summary}
            inc = Incident(key=key, date_start=day, date_end=day, date_precision="day", country=cc, admin1=admin1,
                           place_name=place if key != "hw-hostile05" else place + " " + HOSTILE, lat=lat, lon=lon, perpetrators=perps, perpetrator=perps[0],
                           means=means, target=target, killed_min=kmin, killed_max=kmax, grade=grade,
                           grade_reasons=["two independent sources" if grade == "confirmed" else "single source"],
                           data=data)
            session.add_all([doc, claim, inc])
            session.flush()
            session.add(ClaimLink(claim_id=claim.id, incident_id=inc.id, score=1.0, reasons=["test"]))
            if key == "hw-mayadin01":  # a second, confidential account of the same strike
                secret_text = f"{SECRET} told us that 40 civilians were killed in Mayadin on Thursday."
                secret_doc = Document(content_hash=_hash(secret_text), doc_id="secret-1.txt", text=secret_text,
                                      title=f"Interview with {SECRET}", outlet="Field notes", confidential=True)
                secret_claim = Claim(key="c-secret-1", document=secret_doc, ordinal=0, kind="incident",
                                     data={**claim_data, "document": "secret-1.txt", "sources": [SECRET],
                                           "evidence": [{"start": 0, "end": len(secret_text)}]},
                                     date_start=day, date_end=day, date_precision="day", country=cc,
                                     admin1=admin1, lat=lat, lon=lon, killed_min=40, killed_max=40,
                                     extractor_version="test")
                session.add_all([secret_doc, secret_claim])
                session.flush()
                session.add(ClaimLink(claim_id=secret_claim.id, incident_id=inc.id, score=1.0, reasons=["test"]))
            if key == "hw-raqqa0002":
                inc.grade, inc.grade_override = "fair", "confirmed"
                inc.grade_override_reason = "checked against hospital records"
                session.add(Incident(key="hw-dup0007", date_start=day, date_end=day, date_precision="day",
                                     country=cc, admin1=admin1, place_name=place, lat=lat, lon=lon,
                                     perpetrators=perps, perpetrator=perps[0], killed_min=kmin, killed_max=kmax,
                                     grade="weak", grade_reasons=[], status="duplicate", data=data))
                session.add(OfficialStatement(key="st-raqqa", actor="us-led-coalition", kind="admitted",
                                              date=date(2017, 9, 1), deaths_conceded=4, incident_id=inc.id,
                                              reference="CJTF-OIR monthly civilian casualty report",
                                              place_name="Raqqa"))
        day = {"start": "2016-08-01", "end": "2016-08-31", "precision": "month"}
        session.add(Incident(key="hw-nocoord6", date_start=date(2016, 8, 1), date_end=date(2016, 8, 31),
                             date_precision="month", country="SY", perpetrators=["unknown"], perpetrator="unknown",
                             killed_min=3, killed_max=None, grade="weak", grade_reasons=["single source"],
                             data={"date": day, "places": [], "perpetrators": ["unknown"], "figures":
                                   {"civilians_killed": {"min": 3, "max": None}}, "summary": "No place known"}))
    return [r[0] for r in _REPORTS] + ["hw-nocoord6"]
