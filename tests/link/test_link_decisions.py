"""Analyst decisions: each is audited, locks what it shapes, and survives `run`."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from harmwatch.db.models import AuditEntry, Claim, Incident
from harmwatch.grade import stage as grade_stage
from harmwatch.link import decisions, stage
from harmwatch_test_builders import add_claims, make_claim


def setup(session):
    claims = add_claims(session, [
        ("a", make_claim(killed=(12, 12)), "AFP"),
        ("b", make_claim(killed=(10, 14)), "SOHR"),
        ("c", make_claim(place="raqqa", killed=(3, 3)), "RBSS"),
    ])
    stage.run(session)
    by = {c.key: c for c in claims}
    inc_of = lambda c: session.get(Incident, c.link.incident_id)  # noqa: E731
    return claims, by, inc_of


def actions(session):
    return [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_merge_then_run_keeps_it(session):
    claims, _, inc_of = setup(session)
    may, raq = inc_of(claims[0]), inc_of(claims[2])
    target = decisions.merge_incidents(session, [may.key, raq.key], actor="ana", reason="same raid")
    assert target.locked and target.key == may.key and raq.status == "merged"
    assert len(target.links) == 3 and all(l.method == "analyst" for l in target.links)
    add_claims(session, [("d", make_claim(place="raqqa", killed=(3, 3)), "X")])
    stage.run(session)
    assert len(target.links) == 3
    assert actions(session) == ["incident.merge"]


def test_split_move_and_errors(session):
    claims, _, inc_of = setup(session)
    inc = inc_of(claims[0])
    new = decisions.split_incident(session, inc.key, [claims[1].key], actor="ana", reason="two strikes")
    assert new.locked and [l.claim.key for l in new.links] == [claims[1].key]
    decisions.move_claim(session, claims[1].key, inc.key, actor="ana")
    assert inc_of(claims[1]).key == inc.key and new.status == "empty"
    with pytest.raises(decisions.DecisionError):
        decisions.split_incident(session, inc.key, ["nope"], actor="ana")
    with pytest.raises(decisions.DecisionError):
        decisions.merge_incidents(session, [inc.key], actor="ana")
    with pytest.raises(decisions.DecisionError):
        decisions.move_claim(session, "nope", inc.key, actor="ana")
    assert actions(session) == ["incident.split", "claim.move"]


def test_grade_override_survives_regrading(session):
    claims, _, inc_of = setup(session)
    inc = inc_of(claims[2])
    decisions.set_grade(session, inc.key, "fair", actor="ana", reason="local monitor confirmed by phone")
    grade_stage.run(session)
    assert inc.grade_override == "fair" and inc.grade == "weak"
    with pytest.raises(decisions.DecisionError):
        decisions.set_grade(session, inc.key, "excellent", actor="ana", reason="x")
    with pytest.raises(decisions.DecisionError):
        decisions.set_grade(session, inc.key, "fair", actor="ana", reason=" ")
    decisions.set_grade(session, inc.key, None, actor="ana", reason="cleared")
    assert inc.grade_override is None
    entries = list(session.scalars(select(AuditEntry)))
    assert [e.reason for e in entries] == ["local monitor confirmed by phone", "cleared"]
    assert entries[0].actor == "ana" and entries[0].after["grade_override"] == "fair"


def test_duplicate_reject_accept(session):
    claims, _, inc_of = setup(session)
    may, raq = inc_of(claims[0]), inc_of(claims[2])
    decisions.mark_duplicate(session, raq.key, may.key, actor="ana", reason="same report")
    assert raq.status == "duplicate" and len(may.links) == 3
    decisions.set_claim_status(session, claims[2].key, "rejected", actor="ana", reason="not harm")
    session.expire_all()
    assert claims[2].link is None and len(may.links) == 2
    stage.run(session)  # a rejected claim is not linked again
    session.expire_all()
    assert session.scalar(select(Claim).where(Claim.key == claims[2].key)).link is None
    decisions.set_claim_status(session, claims[0].key, "accepted", actor="ana")
    assert claims[0].link.method == "analyst"
    with pytest.raises(decisions.DecisionError):
        decisions.set_claim_status(session, claims[0].key, "maybe", actor="ana")
    assert actions(session) == ["incident.duplicate", "claim.rejected", "claim.accepted"]


def test_accepted_claim_stays_put_when_neighbours_arrive(session):
    claims, _, inc_of = setup(session)
    inc = inc_of(claims[0])
    decisions.set_claim_status(session, claims[0].key, "accepted", actor="ana")
    add_claims(session, [("e", make_claim(killed=(12, 13)), "Reuters")])
    stats = stage.run(session)
    assert stats["new_claims"] == 1
    session.expire_all()
    assert inc_of(claims[0]).id == inc.id and inc_of(claims[0]).locked
