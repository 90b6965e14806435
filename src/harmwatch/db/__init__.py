"""The data layer: one schema, SQLite and PostgreSQL, migrations applied on first use."""

from . import audit
from .engine import DEFAULT_URL, connect, dispose, current_revision, dialect_name, migrate, resolve_url, session_scope
from .models import (
    Actor,
    AuditEntry,
    Base,
    Claim,
    ClaimLink,
    Document,
    DocumentName,
    Incident,
    Note,
    OfficialStatement,
    PipelineRun,
    Place,
    Source,
    User,
    utcnow,
)

__all__ = [
    "audit", "DEFAULT_URL", "connect", "dispose", "current_revision", "dialect_name", "migrate", "resolve_url", "session_scope",
    "Actor", "AuditEntry", "Base", "Claim", "ClaimLink", "Document", "DocumentName", "Incident", "Note",
    "OfficialStatement", "PipelineRun", "Place", "Source", "User", "utcnow",
]
