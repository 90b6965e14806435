"""Incidents in the export shape for public responses, with protected sources kept out.

A confidential document's id, title, address, outlet, text and the names it credits never leave
here: an incident only says how many confidential sources it has (`confidential_sources`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from sqlalchemy import Connection, Integer, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from harmwatch.db.models import Claim, ClaimLink, Document, DocumentName, Incident, OfficialStatement

__all__ = ["CONTEXT", "RECORD_COLUMNS", "among", "public_records", "records_for_ids", "records_from_rows",
           "incident_detail", "statement_dict"]

CONTEXT = 200  # characters of text shown before and after an evidence span
# Plain tables (Core): listing queries skip the ORM's per-statement work.
_INC, _LINK, _CLAIM = Incident.__table__, ClaimLink.__table__, Claim.__table__
_DOC, _NAME = Document.__table__, DocumentName.__table__
_LINK_DOC = _CLAIM.c.document_id


def among(dialect: str, column, values):
    """`column IN values`; on PostgreSQL one array parameter (`= ANY(:values)`) rather than one
    parameter per value, which SQLAlchemy would otherwise render and cast one by one."""
    values = list(values)
    if dialect == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(Integer)))
    return column.in_(values)


RECORD_COLUMNS = (_INC.c.id, _INC.c.key, _INC.c.data, _INC.c.grade, _INC.c.grade_override, _INC.c.grade_reasons,
                  _INC.c.grade_override_reason)  # what `records_from_rows` needs of each incident


def public_records(session: Session, page: Sequence[tuple[int, str]]) -> list[dict]:
    """Public export-shape dicts for (id, key) pairs, in their order.

    The same records as harmwatch.serve.export.incident_records(public=True) (a test holds them
    equal), read with plain column queries.
    """
    return records_for_ids(session.connection(), [i for i, _ in page])


def records_for_ids(conn: Connection, ids: Sequence[int]) -> list[dict]:
    """Public export-shape dicts for incident ids, in their order (unknown ids left out). The
    wide rows are read by primary key here, apart from the page query, so that sorting and
    filtering only ever carry narrow rows."""
    if not ids:
        return []
    rows = {r[0]: r for r in conn.execute(select(*RECORD_COLUMNS).where(among(conn.dialect.name, _INC.c.id, ids)))}
    return records_from_rows(conn, [rows[i] for i in ids if i in rows])


def records_from_rows(conn: Connection, rows: Sequence) -> list[dict]:
    """Public export-shape dicts for incident rows of RECORD_COLUMNS, in their order: one more
    query for their claims, documents and the documents' credited names; claims' JSON is parsed
    only for incidents that a confidential source feeds, where the public source names must be
    recomputed."""
    if not rows:
        return []
    dialect = conn.dialect.name
    members: dict[int, list] = defaultdict(list)
    names: dict[int, list[str]] = defaultdict(list)
    last_claim = None
    for inc_id, claim_id, key, doc_pk, doc_id, confidential, name in conn.execute(
            select(_LINK.c.incident_id, _CLAIM.c.id, _CLAIM.c.key, _DOC.c.id, _DOC.c.doc_id, _DOC.c.confidential,
                   _NAME.c.name)
            .join(_CLAIM, _CLAIM.c.id == _LINK.c.claim_id).join(_DOC, _DOC.c.id == _LINK_DOC)
            .outerjoin(_NAME, _NAME.c.document_id == _DOC.c.id)
            .where(among(dialect, _LINK.c.incident_id, [r[0] for r in rows]))
            .order_by(_CLAIM.c.key, _LINK.c.incident_id)):
        if (inc_id, claim_id) != last_claim:  # one row per credited name: each claim once
            members[inc_id].append((claim_id, key, doc_pk, doc_id, bool(confidential)))
            last_claim = (inc_id, claim_id)
        if name is not None and not confidential and name not in names[doc_pk]:
            names[doc_pk].append(name)
    mixed = [m[0] for ms in members.values() if any(x[4] for x in ms) for m in ms if not m[4]]
    claim_sources: dict[int, list] = {}
    if mixed:
        claim_sources = {cid: (data or {}).get("sources") or [] for cid, data in
                         conn.execute(select(_CLAIM.c.id, _CLAIM.c.data).where(among(dialect, _CLAIM.c.id, mixed)))}
    return [_record(row, members.get(row[0], []), names, claim_sources) for row in rows]


def _record(row, members: list, names: dict[int, list[str]], claim_sources: dict[int, list]) -> dict:
    _, key, data, grade, override, reasons, override_reason = row
    data = dict(data or {})
    public = [m for m in members if not m[4]]
    hidden = len(members) - len(public)
    documents: set[str] = set()
    for _, _, doc_pk, doc_id, _ in public:
        documents.update(names.get(doc_pk) or [doc_id])
    record = {"id": key, **data, "grade": override or grade, "grade_reasons": list(reasons or []),
              "documents": sorted(documents), "claims": [m[1] for m in public]}
    if hidden:
        sources: list[str] = []
        for claim_id, *_ in public:
            for name in claim_sources.get(claim_id) or []:
                if name not in sources:
                    sources.append(name)
        record["sources"] = sources
        record.pop("summary", None)
    else:
        record["sources"] = data.get("sources", [])
    record["confidential_sources"] = hidden
    if override:
        record["grade_override_reason"] = override_reason
    return record


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
