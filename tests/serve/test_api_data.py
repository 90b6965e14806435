"""Shared test data for the API tests: a few incidents, one fed by a confidential source.

Holds no tests itself; the other test_api*/test_auth* modules import `seed`, `client_for` and
the SECRET markers from here.
"""

from __future__ import annotations

from datetime import date

SECRET_NAME = "Zubayda Qarawiyyin-Testwoman"
SECRET_PHONE = "+963-944-555-0199"
SECRET_PHRASE = "behind the walnut orchard near the old grain silo"
SECRET_DOC = "confidential-interview-7731"
SECRET_TITLE = "Private interview with a witness"
SECRET_URL = "https://secret.example.org/7731"
SECRET_OUTLET = "Whisper Network"
SECRET_CLAIM = "c-conf-7731"
SECRETS = (SECRET_NAME, SECRET_PHONE, SECRET_PHRASE, SECRET_DOC, SECRET_TITLE, SECRET_URL, SECRET_OUTLET,
           SECRET_CLAIM, "Qarawiyyin", "555-0199", "walnut orchard")

PUBLIC_TEXT = ("MAYADIN, Syria (Wire) - Coalition warplanes struck a prison in Mayadin early Monday, "
               "killing at least 12 civilians, the monitor Deirezzor24 said. Local sources put the toll at 70.")
SECRET_TEXT = (f"Interview notes. The witness {SECRET_NAME} (call {SECRET_PHONE}) said the jets came twice and "
               f"that 70 people died {SECRET_PHRASE}. She asked not to be named.")
SCRIPT_TEXT = 'Residents of Mosul said <script>alert("x")</script> 100 civilians were killed by an air strike.'


def _claim(doc: str, kind: str, start: str, places: list, perps: list, kmin, kmax, sources: list, span, **extra):
    return {"document": doc, "kind": kind, "date": {"start": start, "end": start, "precision": "day"},
            "places": places, "perpetrators": perps, "means": "airstrike",
            "figures": {"civilians_killed": {"min": kmin, "max": kmax}}, "sources": sources,
            "evidence": [{"start": span[0], "end": span[1]}], **extra}


MAYADIN = {"name": "Mayadin", "geoname": "Al Mayadin", "gazetteer_id": "geonames:170063", "country": "SY",
           "admin1": "Deir ez-Zor", "lat": 35.02, "lon": 40.45, "precision": "settlement"}
MOSUL = {"name": "Mosul", "geoname": "Mosul", "gazetteer_id": "geonames:99072", "country": "IQ",
         "admin1": "Nineveh", "lat": 36.34, "lon": 43.13, "precision": "settlement"}
ALEPPO = {"name": "Aleppo", "geoname": "Aleppo", "gazetteer_id": "geonames:170063", "country": "SY",
          "admin1": "Aleppo", "lat": 36.2, "lon": 37.16, "precision": "settlement"}


def seed(db_url: str) -> dict:
    """Write documents, claims and incidents straight into the database; return their keys."""
    from sqlalchemy.orm import Session

    from harmwatch.db import connect
    from harmwatch.db.models import Claim, ClaimLink, Document, DocumentName, Incident, OfficialStatement

    engine = connect(db_url)
    with Session(engine) as s, s.begin():
        docs = {
            "wire": Document(content_hash="h-wire", doc_id="wire-001.txt", text=PUBLIC_TEXT, title="Prison struck",
                             url="https://news.example.com/1", published=date(2017, 6, 28), outlet="Wire"),
            "secret": Document(content_hash="h-secret", doc_id=SECRET_DOC, text=SECRET_TEXT, title=SECRET_TITLE,
                               url=SECRET_URL, published=date(2017, 6, 29), outlet=SECRET_OUTLET,
                               confidential=True),
            "script": Document(content_hash="h-script", doc_id="mosul-002.txt", text=SCRIPT_TEXT,
                               title="<b>Mosul</b>", published=date(2017, 3, 12), outlet="Local"),
        }
        s.add_all(docs.values())
        s.flush()
        s.add_all([DocumentName(document_id=d.id, name=d.doc_id) for d in docs.values()])
        p_span = (PUBLIC_TEXT.index("Coalition"), PUBLIC_TEXT.index("said.") + 5)
        s_span = (SECRET_TEXT.index("The witness"), SECRET_TEXT.index("silo.") + 5)
        claims = {
            "wire": Claim(key="c-wire-1", document_id=docs["wire"].id, ordinal=0, kind="incident",
                          data=_claim("wire-001.txt", "incident", "2017-06-26", [MAYADIN], ["us-led-coalition"],
                                      12, 70, ["Deirezzor24"], p_span, summary="Strike on Mayadin prison."),
                          date_start=date(2017, 6, 26), country="SY", admin1="Deir ez-Zor", killed_min=12,
                          killed_max=70, extractor_version="t"),
            "secret": Claim(key=SECRET_CLAIM, document_id=docs["secret"].id, ordinal=0, kind="incident",
                            data=_claim(SECRET_DOC, "incident", "2017-06-26", [MAYADIN], ["us-led-coalition"],
                                        70, 70, [SECRET_NAME], s_span,
                                        summary=f"{SECRET_NAME} says 70 died {SECRET_PHRASE}."),
                            date_start=date(2017, 6, 26), country="SY", admin1="Deir ez-Zor", killed_min=70,
                            killed_max=70, extractor_version="t"),
            "script": Claim(key="c-mosul-1", document_id=docs["script"].id, ordinal=0, kind="incident",
                            data=_claim("mosul-002.txt", "incident", "2017-03-10", [MOSUL],
                                        ["iraqi-government", "us-led-coalition"], 100, None, ["Residents"],
                                        (0, len(SCRIPT_TEXT))),
                            date_start=date(2017, 3, 10), country="IQ", admin1="Nineveh", killed_min=100,
                            extractor_version="t"),
        }
        s.add_all(claims.values())
        s.flush()

        def incident(key, day, place, perps, kmin, kmax, grade, sources, summary=None, **kw):
            data = {"date": {"start": day.isoformat(), "end": day.isoformat(), "precision": "day"},
                    "places": [place], "perpetrators": perps, "perpetrators_contested": kw.pop("contested", False),
                    "means": "airstrike", "target": None,
                    "figures": {"civilians_killed": {"min": kmin, "max": kmax}}, "sources": sources,
                    "official_responses": [], "summary": summary}
            return Incident(key=key, date_start=day, date_end=day, date_precision="day", country=place["country"],
                            admin1=place["admin1"], place_name=place["name"], lat=place["lat"], lon=place["lon"],
                            perpetrators=perps, perpetrator=perps[0], means="airstrike", killed_min=kmin,
                            killed_max=kmax, grade=grade, grade_reasons=[f"rule: {grade}"], data=data, **kw)

        incs = {
            "mayadin": incident("hw-mayadin01", date(2017, 6, 26), MAYADIN, ["us-led-coalition"], 12, 70, "weak",
                                ["Deirezzor24", SECRET_NAME], summary=f"{SECRET_NAME} says 70 died."),
            "mosul": incident("hw-mosul0001", date(2017, 3, 10), MOSUL, ["iraqi-government", "us-led-coalition"],
                              100, 200, "fair", ["Residents"], grade_override="confirmed",
                              grade_override_reason="Admitted in a press briefing."),
            "aleppo": incident("hw-aleppo001", date(2016, 1, 5), ALEPPO, ["russia", "syrian-government"], 5, 5,
                               "contested", [], contested=True),
            "merged": incident("hw-merged001", date(2016, 2, 1), ALEPPO, ["russia"], 1, 1, "weak", [],
                               status="merged"),
        }
        s.add_all(incs.values())
        s.flush()
        s.add_all([ClaimLink(claim_id=claims["wire"].id, incident_id=incs["mayadin"].id, score=0.9, reasons=["same"]),
                   ClaimLink(claim_id=claims["secret"].id, incident_id=incs["mayadin"].id, score=0.4,
                             reasons=["weak date"]),
                   ClaimLink(claim_id=claims["script"].id, incident_id=incs["mosul"].id, score=0.95, reasons=[])])
        s.add(OfficialStatement(key="st-1", actor="us-led-coalition", kind="admitted", date=date(2017, 4, 1),
                                place_name="Mosul", country="IQ", deaths_conceded=105, reference="CJTF-OIR release",
                                incident_id=incs["mosul"].id, match_confidence=0.9))
        keys = {k: v.key for k, v in incs.items()}
    return keys


def client_for(db_url: str, **kwargs):
    from fastapi.testclient import TestClient

    from harmwatch.serve.app import create_app

    return TestClient(create_app(db_url, **kwargs))


def make_user(db_url: str, name: str, role: str) -> str:
    """A user of `role`; returns its token."""
    from harmwatch.db import connect, session_scope
    from harmwatch.serve.auth import add_user

    with session_scope(connect(db_url)) as session:
        return add_user(session, name, role, actor="test")


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def flat_routes(routes, prefix: str = "") -> list[tuple[str, set]]:
    """(path, methods) of every route, looking inside included routers (FastAPI ≥ 0.16x keeps them
    as `_IncludedRouter` entries of app.routes rather than copying their routes)."""
    out = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            ctx = getattr(route, "include_context", None)
            out += flat_routes(inner.routes, prefix + (getattr(ctx, "prefix", "") or ""))
        elif getattr(route, "methods", None) and getattr(route, "path", None) is not None:
            out.append((prefix + route.path, set(route.methods)))
    return out
