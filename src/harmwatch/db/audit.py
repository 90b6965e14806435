"""The append-only audit log: who did what, when, with the state before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from .models import AuditEntry

__all__ = ["record"]


def record(session: Session, *, actor: str, action: str, entity_type: str, entity_id: Any = None,
           before: dict | None = None, after: dict | None = None, reason: str | None = None) -> AuditEntry:
    """Add one entry to the audit log in the caller's transaction (written with it or not at all)."""
    entry = AuditEntry(actor=actor, action=action, entity_type=entity_type,
                       entity_id=None if entity_id is None else str(entity_id),
                       before=before, after=after, reason=reason)
    session.add(entry)
    return entry
