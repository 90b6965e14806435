"""The link stage of `harmwatch run`: new claims → incidents, incremental and idempotent.

Documents with no claim first get a "document" claim (link.documents) when they have real text.
New claims (kind "incident", not rejected, not yet linked) touch a date neighbourhood: every
unlocked, automatically linked claim whose date window comes near theirs, together with all
the members of those claims' incidents, is clustered again and its incidents rewritten. An
incident keeps its row (and id) whenever its key — derived from its smallest member claim
key — is unchanged. Locked incidents (shaped by an analyst) and analyst links are never
touched, and new claims do not join them: they form their own incidents, which the analyst
may merge.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from harmwatch.db.models import Claim, ClaimLink, Document, Incident

from .cluster import cluster_claims
from .documents import DOCUMENT_KIND, document_claims, document_fields, stands_alone, unattached_document_claims
from .merge import incident_key
from .store import free_key, infos_for, refresh_incident, text_model
from .undated import date_by_neighbours

__all__ = ["run", "unlinked_claims"]

_REACH = timedelta(days=70)  # the widest window that links (62 days) plus tolerance


def unlinked_claims(session: Session) -> list[Claim]:
    """Incident claims, not rejected, with no link yet."""
    q = (select(Claim).outerjoin(ClaimLink, ClaimLink.claim_id == Claim.id)
         .where(Claim.kind == "incident", Claim.status != "rejected", ClaimLink.id.is_(None)))
    return list(session.scalars(q))


def _neighbours(session: Session, infos: list) -> tuple[list[Claim], set[int]]:
    """Auto-linked claims of unlocked incidents near the new claims, and those incidents' ids."""
    base = (select(ClaimLink.incident_id).join(Claim, Claim.id == ClaimLink.claim_id)
            .join(Incident, Incident.id == ClaimLink.incident_id)
            .where(Incident.locked.is_(False), ClaimLink.method == "auto"))
    incident_ids: set[int] = set()
    starts = [i.start for i in infos if not i.undated]
    if starts:
        lo = date.fromordinal(min(starts)) - _REACH
        hi = date.fromordinal(max(i.end for i in infos if not i.undated)) + _REACH
        dated = base.where(Claim.date_start.is_not(None), Claim.date_start <= hi,
                           or_(Claim.date_end.is_(None), Claim.date_end >= lo))
        undated = (base.join(Document, Document.id == Claim.document_id)
                   .where(Claim.date_start.is_(None), Document.published.is_not(None),
                          Document.published >= lo, Document.published <= hi + timedelta(days=5)))
        incident_ids |= set(session.scalars(dated)) | set(session.scalars(undated))
    # undated claims (and those that could join them) link by place whatever the date
    near_undated = sorted({(round(p.lat, 1), round(p.lon, 1)) for i in infos if i.undated for p in i.places
                           if p.has_point})
    for lat, lon in near_undated:
        incident_ids |= set(session.scalars(base.where(Claim.lat.between(lat - 0.25, lat + 0.25),
                                                       Claim.lon.between(lon - 0.25, lon + 0.25))))
    points = [(p.lat, p.lon) for i in infos if not i.undated for p in i.places if p.has_point]
    if points:
        undated_rows = session.execute(
            base.add_columns(Claim.lat, Claim.lon).where(Claim.date_start.is_(None), Claim.lat.is_not(None)))
        cells = {(round(la * 4), round(lo * 4)) for la, lo in points}
        for inc_id, la, lo in undated_rows:
            if any((round(la * 4) + da, round(lo * 4) + db) in cells for da in (-1, 0, 1) for db in (-1, 0, 1)):
                incident_ids.add(inc_id)
    if not incident_ids:
        return [], set()
    claims: list[Claim] = []
    ids = sorted(incident_ids)
    for n in range(0, len(ids), 500):
        claims += session.scalars(select(Claim).join(ClaimLink, ClaimLink.claim_id == Claim.id)
                                  .where(ClaimLink.incident_id.in_(ids[n:n + 500]), ClaimLink.method == "auto",
                                         Claim.status != "rejected"))
    return claims, incident_ids


def _window(infos: list) -> tuple[date, date] | None:
    dated = [i for i in infos if not i.undated]
    if not dated:
        return None
    return date.fromordinal(min(i.start for i in dated)) - _REACH, date.fromordinal(max(i.end for i in dated)) + _REACH


def run(session: Session) -> dict:
    """Link every unlinked incident claim; returns counts for the run log."""
    new = unlinked_claims(session)
    stats = {"new_claims": len(new), "claims_relinked": 0, "incidents_written": 0, "incidents_removed": 0,
             "document_claims": 0, "documents_attached": 0, "undated_dated": 0}
    model = None
    if new:  # (document claims are made in runs that bring new incident claims)
        model = text_model(session)
        docs = document_claims(session, model)
        stats["document_claims"] = len(docs)
        new += docs
    if not new:
        stats["incidents_removed"] = _drop_empty(session)
        return stats
    new_infos = infos_for(session, new, model)
    if session.scalar(select(ClaimLink.id).where(ClaimLink.method == "auto").limit(1)) is None:
        old_claims, touched = [], set()  # the first run: nothing linked yet
    else:
        old_claims, touched = _neighbours(session, new_infos)
    window = _window(new_infos)
    if window is not None:
        old_claims += unattached_document_claims(session, *window)
    new_ids = {n.id for n in new}
    old_claims = [c for c in old_claims if c.id not in new_ids]
    stats["claims_relinked"] = len(old_claims)
    claims = {c.key: c for c in [*new, *old_claims]}
    infos = new_infos + infos_for(session, old_claims, model)
    stats["undated_dated"] = date_by_neighbours(infos)  # reports with no date, by their dated look-alikes
    def orphan(members: list) -> bool:  # document claims alone that make no incident (see below)
        return all(claims[m.key].kind == DOCUMENT_KIND for m in members) and not stands_alone(members)

    clusters = cluster_claims(infos, orphan)

    old_ids = [c.id for c in old_claims]
    for n in range(0, len(old_ids), 500):
        session.execute(delete(ClaimLink).where(ClaimLink.claim_id.in_(old_ids[n:n + 500]),
                                                ClaimLink.method == "auto"))
    existing: dict[str, Incident] = {}
    touched_ids = sorted(touched)
    for n in range(0, len(touched_ids), 500):
        for inc in session.scalars(select(Incident).where(Incident.id.in_(touched_ids[n:n + 500]))):
            existing[inc.key] = inc
            session.expire(inc, ["links"])  # its auto links were just deleted in bulk
    keyed = [(incident_key([m.key for m in cl.members]), cl) for cl in clusters]
    taken = _taken_keys(session, [k for k, _ in keyed if k not in existing])
    outlets = _outlets(session, {c.document_id for c in claims.values()})
    reused: set[int] = set()
    for key, cl in keyed:
        if all(claims[m.key].kind == DOCUMENT_KIND for m in cl.members) and not stands_alone(cl.members):
            continue  # documents without claims attach to incidents; alone, only dated posts of 2+ outlets make one
        stats["documents_attached"] += sum(claims[m.key].kind == DOCUMENT_KIND for m in cl.members)
        inc = existing.get(key)
        if inc is None:
            inc = Incident(key=free_key(session, key) if key in taken else key, perpetrators=[],
                           grade_reasons=[], data={}, locked=False, status="active")
            session.add(inc)
        else:
            reused.add(inc.id)
        members = [claims[m.key] for m in cl.members]
        fields = None
        if all(c.kind == DOCUMENT_KIND for c in members):  # nothing stated: read from the documents
            fields = document_fields(_texts_and_dates(session, members, cl.members))
        refresh_incident(session, inc, members, outlets=outlets, fields=fields)
        for m in members:
            reasons = cl.reasons.get(m.key) or ["no other report matched"]
            session.add(ClaimLink(claim_id=m.id, incident=inc, score=cl.scores.get(m.key),
                                  reasons=reasons, method="auto"))
        stats["incidents_written"] += 1
    for inc in existing.values():
        if inc.id not in reused:
            session.delete(inc)
            stats["incidents_removed"] += 1
    session.flush()
    stats["incidents_removed"] += _drop_empty(session)
    return stats


def _texts_and_dates(session: Session, claims: list[Claim], infos: list) -> list[tuple[str | None, date | None]]:
    """(text, date) of the claims' documents, in document order; the dates are the ClaimInfo's
    `published` (stated, from the address, the page or the text: store.published_of)."""
    published = {c.document_id: i.published for c, i in zip(claims, infos)}
    ids = sorted(published)
    texts = dict(session.execute(select(Document.id, Document.text).where(Document.id.in_(ids))).all())
    return [(texts.get(i), date.fromordinal(published[i]) if published[i] else None) for i in ids]


def _taken_keys(session: Session, keys: list[str]) -> set[str]:
    """Which of these incident keys some incident already holds."""
    out: set[str] = set()
    for n in range(0, len(keys), 500):
        out |= set(session.scalars(select(Incident.key).where(Incident.key.in_(keys[n:n + 500]))))
    return out


def _outlets(session: Session, doc_ids: set[int]) -> dict[int, str | None]:
    ids = sorted(doc_ids)
    out: dict[int, str | None] = {}
    for n in range(0, len(ids), 500):
        rows = session.execute(select(Document.id, Document.outlet).where(Document.id.in_(ids[n:n + 500])))
        out.update((i, o) for i, o in rows)
    return out


def _drop_empty(session: Session) -> int:
    """Remove unlocked incidents that no claim links to any more (their claims were re-extracted)."""
    empty = list(session.scalars(
        select(Incident).outerjoin(ClaimLink, ClaimLink.incident_id == Incident.id)
        .where(and_(ClaimLink.id.is_(None), Incident.locked.is_(False), Incident.status == "active"))))
    for inc in empty:
        session.delete(inc)
    session.flush()
    return len(empty)
