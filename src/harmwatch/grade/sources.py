"""The sources register: outlets seen in documents, and what analysts know about them.

Every outlet a document arrived from is listed with its counts. An analyst can record what kind
of source it is and put outlets into one *group* (a wire service and the papers that reprint it,
one broadcaster's several channels): grading counts a group as one source, as it already counts
one outlet's several reports as one. Each change is written to the audit log and regrades the
incidents it touches.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from harmwatch.db.audit import record
from harmwatch.db.models import Claim, ClaimLink, Document, Incident, Source

__all__ = ["SOURCE_KINDS", "SourceInfo", "list_sources", "set_source", "outlet_groups"]

SOURCE_KINDS = ("outlet", "agency", "monitor", "official", "activist", "witness", "other")


@dataclass(frozen=True)
class SourceInfo:
    name: str
    kind: str | None
    group: str | None
    documents: int
    incidents: int

    def as_dict(self) -> dict:
        return asdict(self)


def _key(name: str) -> str:
    return " ".join(name.split()).lower()


def list_sources(session: Session) -> list[SourceInfo]:
    """Every outlet of a stored document and every registered source, by name."""
    docs = dict(session.execute(select(Document.outlet, func.count()).where(Document.outlet.is_not(None))
                                .group_by(Document.outlet)).all())
    incs = dict(session.execute(
        select(Document.outlet, func.count(distinct(ClaimLink.incident_id)))
        .join(Claim, Claim.document_id == Document.id).join(ClaimLink, ClaimLink.claim_id == Claim.id)
        .join(Incident, Incident.id == ClaimLink.incident_id)
        .where(Document.outlet.is_not(None), Incident.status == "active").group_by(Document.outlet)).all())
    registered = {_key(s.name): s for s in session.scalars(select(Source))}
    names: dict[str, str] = {}
    for name in [*docs, *(s.name for s in registered.values())]:
        names.setdefault(_key(name), name)
    out = []
    for key, name in names.items():
        src = registered.get(key)
        out.append(SourceInfo(
            name=src.name if src else name, kind=src.kind if src else None, group=src.group_name if src else None,
            documents=sum(n for o, n in docs.items() if _key(o) == key),
            incidents=sum(n for o, n in incs.items() if _key(o) == key)))
    return sorted(out, key=lambda s: (-s.documents, s.name.lower()))


def outlet_groups(session: Session) -> dict[str, str]:
    """Lower-cased outlet name -> the name its reports count under (its group, when it has one)."""
    return {_key(s.name): s.group_name for s in session.scalars(select(Source).where(Source.group_name.is_not(None)))}


def _state(src: Source | None) -> dict:
    return {"kind": src.kind, "group": src.group_name} if src else {"kind": None, "group": None}


def set_source(session: Session, name: str, *, actor: str, kind: str | None = None, group: str | None = None,
               clear_group: bool = False, reason: str | None = None) -> dict:
    """Record a source's kind and group; audited; regrades the incidents its documents are in.

    Returns {"source": ..., "before": ..., "after": ..., "incidents_regraded": n}.
    """
    name = " ".join((name or "").split())
    if not name:
        raise ValueError("a source needs a name")
    if kind is not None and kind not in SOURCE_KINDS:
        raise ValueError(f"unknown source kind {kind!r} (one of: {', '.join(SOURCE_KINDS)})")
    if group is not None and not group.strip():
        raise ValueError("a group needs a name (use --no-group to remove one)")
    src = next((s for s in session.scalars(select(Source)) if _key(s.name) == _key(name)), None)
    before = _state(src)
    if src is None:
        src = Source(name=name)
        session.add(src)
    if kind is not None:
        src.kind = kind
    if clear_group:
        src.group_name = None
    elif group is not None:
        src.group_name = " ".join(group.split())
    after = _state(src)
    regraded = 0
    if after != before:
        session.flush()
        record(session, actor=actor, action="source.set", entity_type="source", entity_id=src.name,
               before=before, after=after, reason=reason)
        regraded = _regrade(session, {name, before["group"] or "", after["group"] or ""} - {""})
    return {"source": src.name, "before": before, "after": after, "incidents_regraded": regraded}


def _regrade(session: Session, names: set[str]) -> int:
    """Regrade the active incidents holding a document of these outlets (or of outlets in these groups)."""
    from . import stage

    keys = {_key(n) for n in names}
    keys |= {_key(s.name) for s in session.scalars(select(Source)) if s.group_name and _key(s.group_name) in keys}
    outlets = [o for o in session.scalars(select(Document.outlet).where(Document.outlet.is_not(None)).distinct())
               if _key(o) in keys]
    if not outlets:
        return 0
    ids = set(session.scalars(
        select(ClaimLink.incident_id).join(Claim, Claim.id == ClaimLink.claim_id)
        .join(Document, Document.id == Claim.document_id).where(Document.outlet.in_(outlets))))
    if ids:
        stage.run(session, ids)
    return len(ids)
