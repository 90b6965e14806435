"""Admins' routes: users and their tokens, and reading the audit log. Plus `/api/me` for anyone signed in."""

from __future__ import annotations

from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from harmwatch.db.models import AuditEntry
from harmwatch.serve.auth import AuthError, Caller, add_user, list_users, revoke_user, rotate_token

from .deps import get_session, require
from .responses import json_response
from .schemas import UserIn

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["admin"])
_NAME = r"^[A-Za-z0-9_.@-]{1,128}$"


@router.get("/me", summary="Who the token belongs to, and its role")
def me(who: Caller = Depends(require("viewer"))) -> Response:
    return json_response({"name": who.name, "role": who.role})


@router.get("/users", summary="Every user and role (admin)")
def users(_: Caller = Depends(require("admin")), session: Session = Depends(get_session)) -> Response:
    return json_response({"users": list_users(session)})


def _run(session: Session, call):
    try:
        result = call()
        session.commit()
    except AuthError as exc:
        session.rollback()
        raise HTTPException(404 if str(exc).startswith("no user") else 409 if "exists" in str(exc) else 422,
                            str(exc)) from exc
    return result


@router.post("/users", status_code=201, summary="Create a user; the token is shown in this response only (admin)")
def create_user(body: UserIn, who: Caller = Depends(require("admin", write=True)),
                session: Session = Depends(get_session)) -> Response:
    token = _run(session, lambda: add_user(session, body.name, body.role, actor=who.name))
    return json_response({"name": body.name, "role": body.role, "token": token}, status_code=201)


@router.post("/users/{name}/token", summary="Issue a new token for a user, revoking the old one (admin)")
def new_token(name: str = Path(..., pattern=_NAME), who: Caller = Depends(require("admin", write=True)),
              session: Session = Depends(get_session)) -> Response:
    token = _run(session, lambda: rotate_token(session, name, actor=who.name))
    return json_response({"name": name, "token": token})


@router.delete("/users/{name}", summary="Revoke a user's access (admin)")
def revoke(name: str = Path(..., pattern=_NAME), who: Caller = Depends(require("admin", write=True)),
           session: Session = Depends(get_session)) -> Response:
    _run(session, lambda: revoke_user(session, name, actor=who.name))
    return json_response({"name": name, "active": False})


@router.get("/audit", summary="The audit log, newest first (admin)")
def audit_log(actor: str | None = Query(None, max_length=128), action: str | None = Query(None, max_length=64),
              entity_type: str | None = Query(None, max_length=32), entity_id: str | None = Query(None, max_length=64),
              since: datetime | None = Query(None, description="Entries at or after this time (UTC)."),
              limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=10_000_000),
              _: Caller = Depends(require("admin")), session: Session = Depends(get_session)) -> Response:
    conds = []
    for column, value in ((AuditEntry.actor, actor), (AuditEntry.action, action),
                          (AuditEntry.entity_type, entity_type), (AuditEntry.entity_id, entity_id)):
        if value is not None:
            conds.append(column == value)
    if since is not None:
        if since.tzinfo is not None:
            since = since.astimezone(timezone.utc).replace(tzinfo=None)
        conds.append(AuditEntry.at >= since)
    total = session.scalar(select(func.count(AuditEntry.id)).where(*conds))
    rows = session.scalars(select(AuditEntry).where(*conds).order_by(AuditEntry.id.desc()).limit(limit).offset(offset))
    return json_response({"total": total, "limit": limit, "offset": offset, "items": [
        {"id": e.id, "at": e.at, "actor": e.actor, "action": e.action, "entity_type": e.entity_type,
         "entity_id": e.entity_id, "before": e.before, "after": e.after, "reason": e.reason} for e in rows]})
