"""The link stage on both backends: incremental, idempotent, order-independent, analyst-safe."""

from __future__ import annotations

from sqlalchemy import func, select

from harmwatch.db.models import ClaimLink, Incident
from harmwatch.link import stage
from harmwatch_test_builders import add_claims, make_claim

ITEMS = [
    ("afp-1", make_claim(killed=(12, 12), sources=["Deirezzor24"]), "AFP"),
    ("sohr-1", make_claim(killed=(10, 70), perps=["us-led-coalition"]), "SOHR"),
    ("raqqa-1", make_claim(place="raqqa", day="2017-06-28", killed=(4, 4)), "RBSS"),
    ("raqqa-2", make_claim(place="raqqa", day="2017-06-28", killed=(5, 5)), "Enab Baladi"),
    ("idlib-1", make_claim(place="idlib", day="2019-05-02", perps=["russia"], killed=(7, 9)), "SMART"),
]


def snapshot(session):
    out = {}
    for inc in session.scalars(select(Incident).where(Incident.status == "active")):
        keys = sorted(c.key for c in (link.claim for link in inc.links))
        out[inc.key] = (keys, inc.data["figures"], inc.data["date"], inc.perpetrators)
    return out


def test_links_claims_into_incidents_with_data(session):
    add_claims(session, ITEMS)
    stats = stage.run(session)
    assert stats["new_claims"] == 5 and stats["incidents_written"] == 3
    snap = snapshot(session)
    assert sorted(len(v[0]) for v in snap.values()) == [1, 2, 2]
    may = next(session.scalars(select(Incident).where(Incident.place_name == "Mayadin")))
    assert may.key.startswith("hw-") and may.killed_min == 10 and may.killed_max == 70
    assert may.data["sources"] == ["AFP", "Deirezzor24", "SOHR"]
    for link in may.links:
        assert link.score >= 0.5 and link.reasons and link.method == "auto"


def test_second_run_changes_nothing(session):
    add_claims(session, ITEMS)
    stage.run(session)
    before = snapshot(session)
    stats = stage.run(session)
    assert stats["new_claims"] == 0 and stats["incidents_written"] == 0
    assert snapshot(session) == before


def test_incremental_equals_all_at_once(session, engine):
    add_claims(session, ITEMS[:1] + ITEMS[2:3])
    stage.run(session)
    add_claims(session, ITEMS[1:2] + ITEMS[3:])
    stage.run(session)
    incremental = snapshot(session)
    assert sorted(len(v[0]) for v in incremental.values()) == [1, 2, 2]
    assert session.scalar(select(func.count(ClaimLink.id))) == 5


def test_reverse_insertion_order_gives_same_incidents(session):
    add_claims(session, list(reversed(ITEMS)))
    stage.run(session)
    rev = snapshot(session)
    # the same claims inserted in the original order, in a second independent clustering
    from harmwatch.link import claim_info, cluster_claims, incident_key

    infos = [claim_info(f"x{n}", d, document=doc) for n, (doc, d, _o) in enumerate(ITEMS)]
    assert len(cluster_claims(infos)) == len(rev)
    assert all(key == incident_key(v[0]) for key, v in rev.items())


def test_locked_incident_is_left_alone(session):
    claims = add_claims(session, ITEMS[:1])
    stage.run(session)
    inc = session.scalar(select(Incident))
    inc.locked = True
    session.flush()
    add_claims(session, ITEMS[1:2])
    stage.run(session)
    assert [l.claim.key for l in inc.links] == [claims[0].key]
    assert session.scalar(select(func.count(Incident.id))) == 2


def test_undated_report_joins_later_by_place_perpetrator_and_toll(session):
    add_claims(session, ITEMS[:1])
    stage.run(session)
    add_claims(session, [("undated", make_claim(day=None, killed=(12, 12)), "Tweet"),
                         ("undated-other", make_claim(day=None, killed=(40, 40)), "Post")])
    stage.run(session)
    sizes = sorted(len(v[0]) for v in snapshot(session).values())
    assert sizes == [1, 2]
