"""SQLAlchemy models: the one schema both backends share.

The tables follow the pipeline: documents (ingest) → claims (extract) → claim_links and
incidents (link) → grades on incidents (grade) → official statements (tally/compare), with
users and an append-only audit log for the analysts' work (serve). Every stage's full output
is also kept as JSON beside the columns that queries filter on, so that an export can
reproduce exactly what a stage produced.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "Base",
    "Document",
    "DocumentName",
    "Claim",
    "Incident",
    "ClaimLink",
    "IncidentRow",
    "ListGeneration",
    "ListTotal",
    "Place",
    "Actor",
    "Source",
    "OfficialStatement",
    "User",
    "AuditEntry",
    "Note",
    "PipelineRun",
    "utcnow",
]


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON}


class Document(Base):
    """One distinct text, stored once whatever file or id it arrived under."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    doc_id: Mapped[str] = mapped_column(String(512), index=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    outlet: Mapped[str | None] = mapped_column(String(256))
    language: Mapped[str | None] = mapped_column(String(16))
    origin: Mapped[str | None] = mapped_column(Text)  # path (and line) it was read from
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    extracted_version: Mapped[str | None] = mapped_column(String(64), index=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    names: Mapped[list["DocumentName"]] = relationship(back_populates="document")
    claims: Mapped[list["Claim"]] = relationship(back_populates="document")


class DocumentName(Base):
    """Every id a document's text arrived under (syndicated copies, re-posts)."""

    __tablename__ = "document_names"
    __table_args__ = (UniqueConstraint("document_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(512), index=True)

    document: Mapped[Document] = relationship(back_populates="names")


class Claim(Base):
    """One report's account of one incident or one tally (shared/contract/claim.schema.json)."""

    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("document_id", "ordinal", "extractor_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    data: Mapped[dict] = mapped_column(JSON)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(128))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    killed_min: Mapped[int | None] = mapped_column(Integer)
    killed_max: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | accepted | rejected
    extractor_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="claims")
    link: Mapped["ClaimLink | None"] = relationship(back_populates="claim", uselist=False)


class Incident(Base):
    """One attack, merged from every claim linked to it."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(String(128), index=True)
    place_name: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    perpetrators: Mapped[list] = mapped_column(JSON, default=list)
    perpetrator: Mapped[str | None] = mapped_column(String(64), index=True)  # first / main one
    means: Mapped[str | None] = mapped_column(String(32))
    target: Mapped[str | None] = mapped_column(String(64))
    killed_min: Mapped[int | None] = mapped_column(Integer, index=True)
    killed_max: Mapped[int | None] = mapped_column(Integer)
    injured_min: Mapped[int | None] = mapped_column(Integer)
    injured_max: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(String(16), index=True)
    grade_reasons: Mapped[list] = mapped_column(JSON, default=list)
    grade_override: Mapped[str | None] = mapped_column(String(16))
    grade_override_reason: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # the merged incident as exported
    locked: Mapped[bool] = mapped_column(Boolean, default=False)  # shaped by an analyst
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | merged | duplicate
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    links: Mapped[list["ClaimLink"]] = relationship(back_populates="incident")


class IncidentRow(Base):
    """An incident's public list row as JSON, kept by the API (NULL or no row: to be computed).
    Triggers of migration 0002 reset it and raise `version` whenever what it is made of changes;
    never written by the pipeline."""

    __tablename__ = "incident_rows"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True)
    list_row: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ListGeneration(Base):
    """One row: raised by triggers of migration 0003 whenever a change to incidents can change a
    total of the public list (an incident added or removed, a column a list filter reads)."""

    __tablename__ = "list_generation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class ListTotal(Base):
    """A total of the public list by normalised filter (serve/api/totals.py), shared by every
    worker; valid while `generation` is the one in `list_generation`."""

    __tablename__ = "list_totals"

    key: Mapped[str] = mapped_column(String(512), primary_key=True)
    generation: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(Integer)
    known: Mapped[int] = mapped_column(Integer)


class ClaimLink(Base):
    """A claim's place in an incident, with the score and reasons that put it there."""

    __tablename__ = "claim_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), unique=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    score: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    method: Mapped[str] = mapped_column(String(16), default="auto")  # auto | analyst
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="link")
    incident: Mapped[Incident] = relationship(back_populates="links")


class Place(Base):
    """Gazetteer entries imported by `harmwatch gazetteer import` (GeoNames dump format)."""

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gazetteer_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(256), index=True)
    ascii_name: Mapped[str | None] = mapped_column(String(256))
    alternate_names: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(String(128))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    feature_class: Mapped[str | None] = mapped_column(String(1))
    feature_code: Mapped[str | None] = mapped_column(String(10))
    population: Mapped[int | None] = mapped_column(Integer)


class Actor(Base):
    """A belligerent or armed group, by canonical id (shared/contract/README.md)."""

    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    kind: Mapped[str | None] = mapped_column(String(32))
    aliases: Mapped[list] = mapped_column(JSON, default=list)


class Source(Base):
    """An outlet, monitor, official body or person credited for an account."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(256), unique=True)
    kind: Mapped[str | None] = mapped_column(String(32))  # outlet | monitor | official | activist
    group_name: Mapped[str | None] = mapped_column(String(256))  # syndication: copies count once
    protected: Mapped[bool] = mapped_column(Boolean, default=False)


class OfficialStatement(Base):
    """A belligerent's admission, denial or acknowledgement, matched to an incident."""

    __tablename__ = "official_statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # admitted | denied | acknowledged-strike | under-review
    date: Mapped[date | None] = mapped_column(Date, index=True)
    place_name: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(128))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    deaths_conceded: Mapped[int | None] = mapped_column(Integer)
    injuries_conceded: Mapped[int | None] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id", ondelete="SET NULL"), index=True)
    match_confidence: Mapped[float | None] = mapped_column(Float)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    """An API user; only the hash of the token is kept."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # viewer | analyst | editor | admin
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only: the database refuses UPDATE and DELETE on this table (see migration)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)


class Note(Base):
    """An analyst's note on an incident."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PipelineRun(Base):
    """One `harmwatch run`: the pipeline's version and configuration saved with its output."""

    __tablename__ = "pipeline_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[str] = mapped_column(String(64))
    config: Mapped[dict] = mapped_column(JSON, default=dict)
    stats: Mapped[dict] = mapped_column(JSON, default=dict)


Index("ix_claims_unlinked", Claim.kind, Claim.status)
# The public list's pages (API), covering every column a list filter reads (migration 0002; on
# SQLite the included columns are trailing key columns).
_LIST_FILTERS = [Incident.status, Incident.date_end, Incident.admin1, Incident.perpetrator, Incident.grade,
                 Incident.grade_override, Incident.perpetrators]
Index("ix_incidents_list_date", Incident.date_start, Incident.id,
      postgresql_include=[c.key for c in _LIST_FILTERS + [Incident.killed_min, Incident.country]])
Index("ix_incidents_list_killed", Incident.killed_min, Incident.id,
      postgresql_include=[c.key for c in _LIST_FILTERS + [Incident.date_start, Incident.country]])
Index("ix_incidents_list_country_date", Incident.country, Incident.date_start, Incident.id,
      postgresql_include=[c.key for c in _LIST_FILTERS + [Incident.killed_min]])
Index("ix_incidents_list_country_killed", Incident.country, Incident.killed_min, Incident.id,
      postgresql_include=[c.key for c in _LIST_FILTERS + [Incident.date_start]])
Index("ix_incidents_effective_grade", func.coalesce(Incident.grade_override, Incident.grade))  # grade filter (API)
