"""The grade stage of `harmwatch run`: match statements, then (re)grade incidents by rule.

Only the computed grade (Incident.grade, grade_reasons) is written here; an analyst's
override (Incident.grade_override) is never touched, and wins wherever a grade is shown.
Rows are written only when something changed, so a second run changes nothing.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db.models import Claim, ClaimLink, Document, DocumentName, Incident, OfficialStatement

from .rules import Report, Statement, grade_incident
from .sources import outlet_groups

__all__ = ["run", "grade_one"]

_BATCH = 500
_TEXT_PREFIX = 1500


def _reports(session: Session, ids: list[int]) -> dict[int, list[Report]]:
    rows = session.execute(
        select(ClaimLink.incident_id, Claim.key, Claim.data, Document.id, Document.doc_id, Document.outlet,
               Document.text)
        .join(Claim, Claim.id == ClaimLink.claim_id).join(Document, Document.id == Claim.document_id)
        .where(ClaimLink.incident_id.in_(ids)).order_by(Claim.key))
    rows = list(rows)
    doc_ids = sorted({r[3] for r in rows})
    aliases: dict[int, list[str]] = {}
    if doc_ids:
        for did, name in session.execute(select(DocumentName.document_id, DocumentName.name)
                                         .where(DocumentName.document_id.in_(doc_ids))):
            aliases.setdefault(did, []).append(name)
    groups = outlet_groups(session)  # outlets an analyst put into one group count as one source
    out: dict[int, list[Report]] = {}
    for inc_id, _key, data, did, doc_id, outlet, text in rows:
        if outlet:
            outlet = groups.get(" ".join(outlet.split()).lower(), outlet)
        out.setdefault(inc_id, []).append(Report(claim=data or {}, document=doc_id, outlet=outlet,
                                                 text=(text or "")[:_TEXT_PREFIX],
                                                 aliases=tuple(sorted(aliases.get(did, ())))))
    return out


def _statements(session: Session, ids: list[int]) -> dict[int, list[OfficialStatement]]:
    out: dict[int, list[OfficialStatement]] = {}
    for st in session.scalars(select(OfficialStatement).where(OfficialStatement.incident_id.in_(ids))
                              .order_by(OfficialStatement.key)):
        out.setdefault(st.incident_id, []).append(st)
    return out


def grade_one(inc: Incident, reports: list[Report], statements: list[OfficialStatement]) -> bool:
    """Grade one incident and refresh its statement responses; True when anything changed."""
    data = dict(inc.data or {})
    responses = [r for r in data.get("official_responses", []) if r.get("from") != "statement"]
    responses += [{"kind": s.kind, "from": "statement", "actor": s.actor, "date": s.date.isoformat() if s.date
                   else None, "reference": s.reference, "deaths_conceded": s.deaths_conceded,
                   "confidence": s.match_confidence} for s in statements]
    changed = False
    if responses != data.get("official_responses", []):
        data["official_responses"] = responses
        inc.data = data
        changed = True
    grade, reasons = grade_incident(
        data, reports, [Statement(actor=s.actor, kind=s.kind, confidence=s.match_confidence or 0.0,
                                  reference=s.reference) for s in statements])
    if inc.grade != grade or list(inc.grade_reasons or []) != reasons:
        inc.grade, inc.grade_reasons = grade, reasons
        changed = True
    return changed


def run(session: Session, incident_ids: Iterable[int] | None = None) -> dict:
    """Match unmatched statements, then grade every active incident (or only those given).

    Returns counts of what changed (all zero when nothing did).
    """
    from harmwatch.tally.statements import match_unmatched

    matched = match_unmatched(session)
    if incident_ids is None:
        ids = list(session.scalars(select(Incident.id).where(Incident.status == "active").order_by(Incident.id)))
    else:
        ids = sorted(set(incident_ids))
    # only changes are counted, so that a run with nothing to do reports all zeros
    stats = {"statements_matched": matched, "grades_changed": 0}
    for n in range(0, len(ids), _BATCH):
        chunk = ids[n:n + _BATCH]
        reports = _reports(session, chunk)
        statements = _statements(session, chunk)
        for inc in session.scalars(select(Incident).where(Incident.id.in_(chunk))):
            if grade_one(inc, reports.get(inc.id, []), statements.get(inc.id, [])):
                stats["grades_changed"] += 1
        session.flush()
    return stats
