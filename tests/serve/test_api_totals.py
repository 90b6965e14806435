"""List totals shared between workers (list_totals, migration 0003): a total counted by one
worker serves the others, and any change to what it counts makes it unusable at once."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from test_api_data import client_for, seed

from harmwatch.serve.api.filters import IncidentFilters
from harmwatch.serve.api.totals import total_key


def _stored(db_url: str) -> list[tuple]:
    from harmwatch.db import connect

    with connect(db_url).connect() as conn:
        return list(conn.execute(text("SELECT key, generation, total, known FROM list_totals ORDER BY key")))


def test_total_key_is_the_same_for_the_same_matches():
    a = IncidentFilters(perpetrators=("russia", "isis"), grades=("fair", "weak"), start=date(2016, 1, 1))
    b = IncidentFilters(perpetrators=("isis", "russia", "isis"), grades=("weak", "fair"), start=date(2016, 1, 1))
    assert total_key(a, "date_start") == total_key(b, "date_start")
    assert total_key(a, "date_start") != total_key(a, "killed_min")
    assert total_key(a, "date_start") != total_key(IncidentFilters(perpetrators=("russia",)), "date_start")
    many = IncidentFilters(perpetrators=tuple(f"actor-{i:03d}" for i in range(50)))
    assert len(total_key(many, "date_start")) <= 512


def test_a_total_counted_by_one_worker_serves_another_until_incidents_change(db_url):
    seed(db_url)
    with client_for(db_url, count_ttl=0) as one, client_for(db_url, count_ttl=0) as two:
        first = one.get("/api/incidents?limit=1")
        total = first.json()["total"]
        assert total > 1
        one.app.state.totals.flush()
        (key, generation, stored, _), = _stored(db_url)
        assert stored == total
        # Another worker uses the stored total: made visible here by planting a wrong one.
        from harmwatch.db import connect

        with connect(db_url).begin() as conn:
            conn.execute(text("UPDATE list_totals SET total = :t WHERE key = :k"), {"t": total + 1000, "k": key})
        assert two.get("/api/incidents?limit=1").json()["total"] == total + 1000
        # Any incident write raises the generation: the stored total is never used again.
        with connect(db_url).begin() as conn:
            conn.execute(text("UPDATE incidents SET status = 'merged' WHERE id = (SELECT min(id) FROM incidents)"))
        assert two.get("/api/incidents?limit=1").json()["total"] == total - 1
        two.app.state.totals.flush()
        rows = _stored(db_url)
        assert [(r[0], r[2]) for r in rows] == [(key, total - 1)] and rows[0][1] > generation
        whole = one.get("/api/incidents?limit=500").json()
        assert whole["total"] == len(whole["items"]) == total - 1
