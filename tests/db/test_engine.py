from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from harmwatch.db import AuditEntry, connect, current_revision, migrate, resolve_url, session_scope
from harmwatch.db.audit import record

TABLES = {"documents", "document_names", "claims", "incidents", "claim_links", "places", "actors", "sources",
          "official_statements", "users", "audit_log", "notes", "pipeline_runs"}


def test_resolve_url_defaults(monkeypatch):
    monkeypatch.delenv("HARMWATCH_DB", raising=False)
    assert resolve_url(None) == "sqlite:///harmwatch.db"
    monkeypatch.setenv("HARMWATCH_DB", "sqlite:///x.db")
    assert resolve_url(None) == "sqlite:///x.db"
    assert resolve_url("postgresql://u@h/db").startswith("postgresql+psycopg://u@h/db")


def test_migrations_apply_on_first_use_and_are_idempotent(engine):
    assert TABLES <= set(inspect(engine).get_table_names())
    rev = current_revision(engine)
    assert rev is not None
    migrate(engine)
    assert current_revision(engine) == rev


def test_audit_log_is_append_only(engine):
    with session_scope(engine) as s:
        record(s, actor="alice", action="test", entity_type="incident", entity_id=1, after={"a": 1})
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        try:
            with engine.begin() as conn:
                conn.execute(text(statement))
        except (IntegrityError, DBAPIError) as exc:
            assert "append-only" in str(exc)
        else:
            raise AssertionError(f"{statement} was allowed")
    with session_scope(engine) as s:
        assert [e.actor for e in s.query(AuditEntry)] == ["alice"]
