"""Migration 0003 (list totals shared between workers) goes down and up on both backends, and its
triggers raise the list generation whatever code changes what a total counts."""

from __future__ import annotations

from sqlalchemy import inspect, text

from harmwatch.db import current_revision, migrate


def _downgrade(engine, revision: str) -> None:
    from alembic import command

    from harmwatch.db.engine import _alembic_config

    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), revision)


def _insert(conn, key: str, perpetrators: str, perpetrator: str | None) -> None:
    conn.execute(text("INSERT INTO incidents (key, perpetrators, perpetrator, grade_reasons, data, locked, status, "
                      "created_at, updated_at) VALUES (:key, :perps, :perp, '[]', '{}', :no, 'active', "
                      "'2026-01-01', '2026-01-01')"), {"key": key, "perps": perpetrators, "perp": perpetrator, "no": False})


def _generation(conn) -> int:
    return int(conn.execute(text("SELECT generation FROM list_generation")).scalar())


def test_0003_triggers_raise_the_generation(engine):
    with engine.begin() as conn:
        g0 = _generation(conn)
        _insert(conn, "hw-a", '["russia", "syrian-government"]', "russia")
        _insert(conn, "hw-b", '[]', "isis")
        g1 = _generation(conn)
        assert g1 > g0
        conn.execute(text("UPDATE incidents SET perpetrators = '[\"turkey\"]' WHERE key = 'hw-a'"))
        g2 = _generation(conn)
        assert g2 > g1
        conn.execute(text("UPDATE incidents SET updated_at = '2026-02-01'"))
        assert _generation(conn) == g2  # not a column a filter reads: totals stand
        conn.execute(text("UPDATE incidents SET grade = 'weak' WHERE key = 'hw-b'"))
        g3 = _generation(conn)
        assert g3 > g2
        conn.execute(text("DELETE FROM incidents WHERE key = 'hw-a'"))
        assert _generation(conn) > g3


def test_0003_downgrades_and_upgrades_keeping_incidents(engine):
    with engine.begin() as conn:
        _insert(conn, "hw-a", '["russia", "turkey"]', "russia")
        conn.execute(text("INSERT INTO list_totals (key, generation, total, known) VALUES ('k', 1, 1, 1)"))
    _downgrade(engine, "0002")
    assert current_revision(engine) == "0002"
    engine.dispose()
    assert not {"list_totals", "list_generation"} & set(inspect(engine).get_table_names())
    with engine.begin() as conn:  # no trigger of 0003 is left behind
        conn.execute(text("UPDATE incidents SET grade = 'weak'"))
        _insert(conn, "hw-b", '["isis"]', "isis")
        conn.execute(text("DELETE FROM incidents WHERE key = 'hw-b'"))
    migrate(engine)
    assert current_revision(engine) == "0003"
    engine.dispose()
    with engine.begin() as conn:  # no totals kept from before; the triggers are there
        assert conn.execute(text("SELECT count(*) FROM list_totals")).scalar() == 0
        g = _generation(conn)
        _insert(conn, "hw-c", '["isis"]', "isis")
        assert _generation(conn) > g
