"""Migration 0002 (stored public list rows, covering list indexes) goes down and up on both backends."""

from __future__ import annotations

from sqlalchemy import inspect, text

from harmwatch.db import current_revision, migrate


def _downgrade(engine, revision: str) -> None:
    from alembic import command

    from harmwatch.db.engine import _alembic_config

    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), revision)


def _shape(engine) -> tuple[set[str], set[str]]:
    engine.dispose()  # SQLite: no cached schema on pooled connections
    insp = inspect(engine)
    return set(insp.get_table_names()), {i["name"] for i in insp.get_indexes("incidents")}


def test_0002_downgrades_and_upgrades_keeping_incidents(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO incidents (key, perpetrators, grade_reasons, data, locked, status, created_at, "
                          "updated_at) VALUES ('hw-a', '[]', '[]', '{}', :no, 'active', '2026-01-01', '2026-01-01')"),
                     {"no": False})
    tables, indexes = _shape(engine)
    assert "incident_rows" in tables and "ix_incidents_list_date" in indexes
    _downgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    tables, indexes = _shape(engine)
    assert "incident_rows" not in tables and "ix_incidents_list_date" not in indexes
    assert {"ix_incidents_killed_min_id", "ix_incidents_country_date"} <= indexes
    with engine.begin() as conn:  # no trigger of 0002 is left behind
        conn.execute(text("UPDATE incidents SET grade = 'weak'"))
    migrate(engine)
    assert current_revision(engine) >= "0002"  # the head, 0002 or later
    tables, indexes = _shape(engine)
    assert "incident_rows" in tables
    assert {"ix_incidents_list_date", "ix_incidents_list_killed", "ix_incidents_list_country_date",
            "ix_incidents_list_country_killed"} <= indexes
    with engine.begin() as conn:  # existing incidents start with no row; the triggers are back
        assert conn.execute(text("SELECT count(*) FROM incident_rows")).scalar() == 0
        conn.execute(text("INSERT INTO incident_rows (incident_id, list_row, version) "
                          "SELECT id, '{}', 0 FROM incidents"))
        conn.execute(text("UPDATE incidents SET grade = 'fair'"))
        assert conn.execute(text("SELECT list_row, version FROM incident_rows")).one() == (None, 1)
