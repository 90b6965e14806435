"""Analysts' decisions on incidents and claims, each written to the audit log.

Every decision locks the incidents it shapes and marks the links it makes as "analyst", so
that `harmwatch run` never undoes it. The caller commits (or rolls back) the session.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db import audit
from harmwatch.db.models import Claim, ClaimLink, Incident

from .documents import fields_of_claims
from .merge import incident_key
from .store import free_key, incident_members, refresh_incident

__all__ = ["DecisionError", "GRADES", "merge_incidents", "split_incident", "move_claim", "set_grade",
           "mark_duplicate", "set_claim_status"]

GRADES = ("confirmed", "fair", "weak", "contested", "discounted")


class DecisionError(ValueError):
    """An analyst decision that cannot be carried out (unknown key, bad input)."""


def _incident(session: Session, key: str) -> Incident:
    inc = session.scalar(select(Incident).where(Incident.key == key))
    if inc is None:
        raise DecisionError(f"no incident {key!r}")
    if inc.status != "active":
        raise DecisionError(f"incident {key!r} is {inc.status}")
    return inc


def _claim(session: Session, key: str) -> Claim:
    claim = session.scalar(select(Claim).where(Claim.key == key))
    if claim is None:
        raise DecisionError(f"no claim {key!r}")
    return claim


def _snapshot(session: Session, inc: Incident) -> dict:
    return {"key": inc.key, "status": inc.status, "grade_override": inc.grade_override,
            "claims": [c.key for c in incident_members(session, inc)]}


def _move_links(session: Session, source: Incident, target: Incident) -> None:
    for link in session.scalars(select(ClaimLink).where(ClaimLink.incident_id == source.id)):
        link.incident_id = target.id
        link.method = "analyst"
    session.flush()
    session.expire(source, ["links"])


def _settle(session: Session, inc: Incident) -> None:
    """Recompute an incident after its members changed; an emptied one is retired."""
    from harmwatch.grade.stage import run as regrade

    session.flush()
    session.expire(inc, ["links"])  # links were moved by id: reload the collection
    members = incident_members(session, inc)
    if members:  # an incident of claimless documents states what its documents agree on
        refresh_incident(session, inc, members, fields=fields_of_claims(session, members))
    else:
        inc.status = "empty"
    session.flush()
    if members:
        regrade(session, incident_ids=[inc.id])


def merge_incidents(session: Session, keys: list[str], *, actor: str, reason: str | None = None) -> Incident:
    """Merge incidents into the first one named; the others are kept as "merged" pointers."""
    if len(set(keys)) < 2:
        raise DecisionError("merging needs at least two different incident keys")
    incidents = [_incident(session, k) for k in dict.fromkeys(keys)]
    target, others = incidents[0], incidents[1:]
    before = {"incidents": [_snapshot(session, i) for i in incidents]}
    for other in others:
        _move_links(session, other, target)
        other.status = "merged"
        other.data = {**(other.data or {}), "merged_into": target.key}
    for link in session.scalars(select(ClaimLink).where(ClaimLink.incident_id == target.id)):
        link.method = "analyst"
    target.locked = True
    _settle(session, target)
    audit.record(session, actor=actor, action="incident.merge", entity_type="incident", entity_id=target.key,
                 before=before, after=_snapshot(session, target), reason=reason)
    return target


def split_incident(session: Session, key: str, claim_keys: list[str], *, actor: str,
                   reason: str | None = None) -> Incident:
    """Take the named claims out of an incident into a new incident; both become locked."""
    inc = _incident(session, key)
    members = {c.key: c for c in incident_members(session, inc)}
    wanted = list(dict.fromkeys(claim_keys))
    if not wanted:
        raise DecisionError("name at least one claim to split off")
    missing = [k for k in wanted if k not in members]
    if missing:
        raise DecisionError(f"claim {missing[0]!r} is not in incident {key!r}")
    if len(wanted) == len(members):
        raise DecisionError("a split must leave at least one claim in the incident")
    before = _snapshot(session, inc)
    new = Incident(key=free_key(session, incident_key(wanted, salt="split:")), perpetrators=[],
                   grade_reasons=[], data={}, locked=True, status="active")
    session.add(new)
    session.flush()
    for k in wanted:
        link = members[k].link
        link.incident_id, link.method = new.id, "analyst"
    for k, c in members.items():
        if k not in wanted:
            c.link.method = "analyst"
    session.flush()
    inc.locked = True
    _settle(session, inc)
    _settle(session, new)
    audit.record(session, actor=actor, action="incident.split", entity_type="incident", entity_id=key,
                 before=before, after={"kept": _snapshot(session, inc), "new": _snapshot(session, new)},
                 reason=reason)
    return new


def move_claim(session: Session, claim_key: str, incident_key_: str, *, actor: str,
               reason: str | None = None) -> None:
    """Put a claim into another incident (from wherever it was)."""
    claim = _claim(session, claim_key)
    target = _incident(session, incident_key_)
    link = claim.link
    source = session.get(Incident, link.incident_id) if link else None
    if source is not None and source.id == target.id:
        raise DecisionError(f"claim {claim_key!r} is already in incident {incident_key_!r}")
    before = {"claim": claim_key, "incident": source.key if source else None}
    if link is None:
        session.add(ClaimLink(claim_id=claim.id, incident_id=target.id, score=None,
                              reasons=["moved by an analyst"], method="analyst"))
    else:
        link.incident_id, link.method = target.id, "analyst"
        link.reasons = ["moved by an analyst"]
    session.flush()
    session.expire(claim, ["link"])
    target.locked = True
    _settle(session, target)
    if source is not None:
        source.locked = True
        _settle(session, source)
    audit.record(session, actor=actor, action="claim.move", entity_type="claim", entity_id=claim_key,
                 before=before, after={"claim": claim_key, "incident": target.key}, reason=reason)


def set_grade(session: Session, key: str, grade: str | None, *, actor: str, reason: str) -> Incident:
    """Override the computed grade (None clears the override); a reason is required."""
    if grade is not None and grade not in GRADES:
        raise DecisionError(f"unknown grade {grade!r} (one of {', '.join(GRADES)})")
    if not (reason or "").strip():
        raise DecisionError("a grade decision needs a reason")
    inc = _incident(session, key)
    before = {"grade": inc.grade, "grade_override": inc.grade_override, "reason": inc.grade_override_reason}
    inc.grade_override = grade
    inc.grade_override_reason = reason if grade else None
    inc.locked = True
    session.flush()
    audit.record(session, actor=actor, action="incident.grade", entity_type="incident", entity_id=key,
                 before=before, after={"grade": inc.grade, "grade_override": grade}, reason=reason)
    return inc


def mark_duplicate(session: Session, key: str, of_key: str, *, actor: str, reason: str | None = None) -> None:
    """Mark incident `key` as a duplicate of `of_key`: its claims join `of_key`, it is retired."""
    if key == of_key:
        raise DecisionError("an incident cannot duplicate itself")
    dup, keep = _incident(session, key), _incident(session, of_key)
    before = {"duplicate": _snapshot(session, dup), "of": _snapshot(session, keep)}
    _move_links(session, dup, keep)
    dup.status = "duplicate"
    dup.data = {**(dup.data or {}), "duplicate_of": keep.key}
    keep.locked = True
    _settle(session, keep)
    audit.record(session, actor=actor, action="incident.duplicate", entity_type="incident", entity_id=key,
                 before=before, after={"duplicate_of": keep.key, "of": _snapshot(session, keep)}, reason=reason)


def set_claim_status(session: Session, claim_key: str, status: str, *, actor: str,
                     reason: str | None = None) -> None:
    """Accept (pin where it is) or reject (take out of its incident) a claim; "active" undoes either."""
    if status not in ("accepted", "rejected", "active"):
        raise DecisionError(f"unknown claim status {status!r} (accepted, rejected or active)")
    claim = _claim(session, claim_key)
    before = {"status": claim.status}
    claim.status = status
    link = claim.link
    if link is not None:
        inc = session.get(Incident, link.incident_id)
        if status == "rejected":
            session.delete(link)
            session.flush()
            session.expire(claim, ["link"])
            inc.locked = True
            _settle(session, inc)
        elif status == "accepted":
            link.method = "analyst"
            inc.locked = True
    session.flush()
    audit.record(session, actor=actor, action=f"claim.{status}", entity_type="claim", entity_id=claim_key,
                 before=before, after={"status": status}, reason=reason)
