"""Incidents in the export shape for public responses, with protected sources kept out.

A confidential document's id, title, address, outlet, text and the names it credits never leave
here: an incident only says how many confidential sources it has (`confidential_sources`).
"""

from __future__ import annotations

from itertools import islice
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db.models import Claim, ClaimLink, Document, Incident, OfficialStatement

__all__ = ["CONTEXT", "public_records", "incident_detail", "statement_dict"]

CONTEXT = 200  # characters of text shown before and after an evidence span


def public_records(session: Session, page: Sequence[tuple[int, str]]) -> list[dict]:
    """Export-shape dicts (harmwatch.serve.export in public mode) for (id, key) pairs, in their order."""
    from harmwatch.serve.export import incident_records

    if not page:
        return []
    query = select(Incident).where(Incident.id.in_([inc_id for inc_id, _ in page]))
    records = islice(incident_records(session, public=True, query=query), len(page))  # no query past the page
    recs = {rec["id"]: rec for rec in records}
    return [recs[key] for _, key in page if key in recs]


def statement_dict(st: OfficialStatement) -> dict:
    return {"id": st.key, "actor": st.actor, "kind": st.kind, "date": st.date.isoformat() if st.date else None,
            "place": st.place_name, "country": st.country, "admin1": st.admin1,
            "deaths_conceded": st.deaths_conceded, "injuries_conceded": st.injuries_conceded,
            "reference": st.reference, "text": st.text, "match_confidence": st.match_confidence}


def _evidence(text: str, spans) -> list[dict]:
    out = []
    for span in spans or []:
        try:
            start, end = int(span["start"]), int(span["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if not 0 <= start <= end <= len(text):
            continue
        out.append({"start": start, "end": end, "text": text[start:end],
                    "before": text[max(0, start - CONTEXT):start], "after": text[end:end + CONTEXT]})
    return out


def _claim_dict(claim: Claim, doc: Document) -> dict:
    data = claim.data if isinstance(claim.data, dict) else {}
    out = {"kind": claim.kind, "status": claim.status, "figures": data.get("figures") or {},
           "date": data.get("date"), "places": data.get("places") or [],
           "perpetrators": data.get("perpetrators") or [], "means": data.get("means"),
           "official_response": data.get("official_response")}
    if doc.confidential:
        out.update({"id": None, "document": {"confidential": True}, "sources": [], "evidence": []})
        return out
    out.update({
        "id": claim.key,
        "document": {"id": doc.doc_id, "title": doc.title, "url": doc.url,
                     "published": doc.published.isoformat() if doc.published else None,
                     "outlet": doc.outlet, "confidential": False},
        "sources": data.get("sources") or [], "target": data.get("target"), "summary": data.get("summary"),
        "evidence": _evidence(doc.text or "", data.get("evidence")),
    })
    return out


def incident_detail(session: Session, inc: Incident) -> dict:
    """One incident with its claims, their documents and evidence in context, and official statements."""
    rec = public_records(session, [(inc.id, inc.key)])[0]
    rows = session.execute(
        select(Claim, Document).join(ClaimLink, ClaimLink.claim_id == Claim.id)
        .join(Document, Document.id == Claim.document_id).where(ClaimLink.incident_id == inc.id)
        .order_by(Document.confidential, Document.published, Claim.key))
    rec["claims"] = [_claim_dict(claim, doc) for claim, doc in rows]
    statements = session.scalars(select(OfficialStatement).where(OfficialStatement.incident_id == inc.id)
                                 .order_by(OfficialStatement.date, OfficialStatement.key))
    rec["official_statements"] = [statement_dict(s) for s in statements]
    return rec
