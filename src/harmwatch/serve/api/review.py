"""Analysts' and editors' routes: the review queue, notes and decisions on claims and incidents.

Decisions are made by harmwatch.link.decisions (which writes the audit log); this module only
checks the caller, validates input, and commits or rolls back.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response
from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session

from harmwatch.db import audit
from harmwatch.db.models import Claim, ClaimLink, Incident, Note
from harmwatch.serve.auth import Caller

from .deps import get_session, require
from .filters import effective_grade
from .records import public_records
from .responses import json_response
from .schemas import ClaimStatusIn, DuplicateIn, GradeIn, MergeIn, MoveIn, NoteIn, SplitIn

__all__ = ["router", "LOW_CONFIDENCE"]

router = APIRouter(prefix="/api", tags=["review"])

LOW_CONFIDENCE = 0.6  # link scores below this are queued for review
_KEY = r"^[A-Za-z0-9_.:-]{1,64}$"


def _decisions():
    try:
        from harmwatch.link import decisions
    except ImportError as exc:  # pragma: no cover - only while the decisions module is missing
        raise HTTPException(503, f"analyst decisions are not available: {exc}") from exc
    return decisions


def _incident(session: Session, key: str) -> Incident:
    inc = session.scalar(select(Incident).where(Incident.key == key))
    if inc is None:
        raise HTTPException(404, f"no incident {key!r}")
    return inc


def _decide(session: Session, call, *args, **kwargs):
    """Run one decision and commit it; a refused decision becomes a 400 naming the reason."""
    decisions = _decisions()
    try:
        result = call(decisions)(session, *args, **kwargs)
        session.commit()
    except decisions.DecisionError as exc:
        session.rollback()
        raise HTTPException(400, str(exc)) from exc
    except Exception:
        session.rollback()
        raise
    return result


@router.get("/review/queue", summary="What needs an analyst: new incidents, weak links, contested attribution")
def queue(limit: int = Query(50, ge=1, le=500), _: Caller = Depends(require("viewer")),
          session: Session = Depends(get_session)) -> Response:
    active = Incident.status == "active"
    new = session.execute(select(Incident.id, Incident.key).where(active, Incident.locked.is_(False))
                          .order_by(Incident.created_at.desc(), Incident.id.desc()).limit(limit)).all()
    listed = cast(Incident.data, String)
    contested = session.execute(
        select(Incident.id, Incident.key).where(active, or_(
            effective_grade == "contested", listed.like('%"perpetrators_contested": true%'),
            listed.like('%"perpetrators_contested":true%')))
        .order_by(Incident.date_start.desc().nulls_last(), Incident.id).limit(limit)).all()
    weak = session.execute(
        select(Claim.key, Incident.key, ClaimLink.score, ClaimLink.reasons)
        .join(ClaimLink, ClaimLink.claim_id == Claim.id).join(Incident, Incident.id == ClaimLink.incident_id)
        .where(ClaimLink.method == "auto", ClaimLink.score < LOW_CONFIDENCE, Claim.status == "active")
        .order_by(ClaimLink.score, Claim.key).limit(limit)).all()
    return json_response({
        "new_incidents": public_records(session, [tuple(r) for r in new]),
        "low_confidence_links": [{"claim": c, "incident": i, "score": s, "reasons": r or []} for c, i, s, r in weak],
        "contested": public_records(session, [tuple(r) for r in contested]),
    })


@router.get("/incidents/{key}/notes", summary="Analysts' notes on an incident")
def notes(key: str = Path(..., pattern=_KEY), _: Caller = Depends(require("viewer")),
          session: Session = Depends(get_session)) -> Response:
    inc = _incident(session, key)
    rows = session.scalars(select(Note).where(Note.incident_id == inc.id).order_by(Note.created_at, Note.id))
    return json_response({"incident": key, "notes": [
        {"id": n.id, "author": n.author, "text": n.text, "created_at": n.created_at} for n in rows]})


@router.post("/incidents/{key}/notes", status_code=201, summary="Add a note to an incident (analyst)")
def add_note(body: NoteIn, key: str = Path(..., pattern=_KEY), who: Caller = Depends(require("analyst", write=True)),
             session: Session = Depends(get_session)) -> Response:
    inc = _incident(session, key)
    note = Note(incident_id=inc.id, author=who.name, text=body.text)
    session.add(note)
    session.flush()
    audit.record(session, actor=who.name, action="note.add", entity_type="incident", entity_id=key,
                 after={"note": note.id, "text": body.text})
    session.commit()
    return json_response({"id": note.id, "author": note.author, "text": note.text,
                          "created_at": note.created_at}, status_code=201)


@router.post("/claims/{key}/status", summary="Accept or reject a claim (analyst)")
def claim_status(body: ClaimStatusIn, key: str = Path(..., pattern=_KEY),
                 who: Caller = Depends(require("analyst", write=True)),
                 session: Session = Depends(get_session)) -> Response:
    _decide(session, lambda d: d.set_claim_status, key, body.status, actor=who.name, reason=body.reason)
    return json_response({"claim": key, "status": body.status})


@router.post("/claims/{key}/move", summary="Move a claim to another incident (editor)")
def move(body: MoveIn, key: str = Path(..., pattern=_KEY), who: Caller = Depends(require("editor", write=True)),
         session: Session = Depends(get_session)) -> Response:
    _decide(session, lambda d: d.move_claim, key, body.incident, actor=who.name, reason=body.reason)
    return json_response({"claim": key, "incident": body.incident})


@router.post("/incidents/merge", summary="Merge incidents into one (editor)")
def merge(body: MergeIn, who: Caller = Depends(require("editor", write=True)),
          session: Session = Depends(get_session)) -> Response:
    inc = _decide(session, lambda d: d.merge_incidents, list(body.incidents), actor=who.name, reason=body.reason)
    return json_response({"incident": inc.key, "merged": list(body.incidents)})


@router.post("/incidents/{key}/split", status_code=201, summary="Split claims off into a new incident (editor)")
def split(body: SplitIn, key: str = Path(..., pattern=_KEY), who: Caller = Depends(require("editor", write=True)),
          session: Session = Depends(get_session)) -> Response:
    _incident(session, key)
    inc = _decide(session, lambda d: d.split_incident, key, list(body.claims), actor=who.name, reason=body.reason)
    return json_response({"incident": inc.key, "from": key, "claims": list(body.claims)}, status_code=201)


@router.post("/incidents/{key}/grade", summary="Override an incident's grade with a reason, or clear it (editor)")
def grade(body: GradeIn, key: str = Path(..., pattern=_KEY), who: Caller = Depends(require("editor", write=True)),
          session: Session = Depends(get_session)) -> Response:
    _incident(session, key)
    inc = _decide(session, lambda d: d.set_grade, key, body.grade, actor=who.name, reason=body.reason)
    return json_response({"incident": key, "grade": inc.grade_override or inc.grade,
                          "grade_override": inc.grade_override})


@router.post("/incidents/{key}/duplicate", summary="Mark an incident as a duplicate of another (editor)")
def duplicate(body: DuplicateIn, key: str = Path(..., pattern=_KEY),
              who: Caller = Depends(require("editor", write=True)),
              session: Session = Depends(get_session)) -> Response:
    _incident(session, key)
    _decide(session, lambda d: d.mark_duplicate, key, body.of, actor=who.name, reason=body.reason)
    return json_response({"incident": key, "duplicate_of": body.of})
