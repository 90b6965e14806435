"""`harmwatch run`: every stage over everything not yet processed, incrementally.

Stages, in order, each declaring what it reads and writes (the run log keeps the pipeline's
version and configuration with the counts each stage reported):

| stage   | reads                   | writes                                  |
|---------|-------------------------|-----------------------------------------|
| extract | documents               | claims                                  |
| link    | claims                  | incidents, claim_links                  |
| grade   | incidents, claims, official_statements | incidents.grade, grade_reasons |
| publish | incidents, claims, documents | incident_rows (the public list rows, ready as JSON) |

plus any stage a plugin registers (harmwatch.registry.stage). Re-running changes nothing.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import Engine, delete, or_, select, true
from sqlalchemy.orm import Session

from harmwatch import __version__
from harmwatch.db.models import Claim, ClaimLink, Document, PipelineRun, utcnow

__all__ = ["Stage", "STAGES", "run", "extract_pending", "claim_key", "store_claims"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    module: str  # a module with `run(session) -> dict`


STAGES = (
    Stage("link", ("claims",), ("incidents", "claim_links"), "harmwatch.link.stage"),
    Stage("grade", ("incidents", "claims", "official_statements"), ("incidents",), "harmwatch.grade.stage"),
    Stage("publish", ("incidents", "claims", "documents"), ("incident_rows",), "harmwatch.serve.api.rows"),
)


def claim_key(content_hash: str, ordinal: int, version: str) -> str:
    """A claim's public id: the same for the same text, position and extractor, in any order."""
    return "c-" + hashlib.sha256(f"{content_hash}:{ordinal}:{version}".encode()).hexdigest()[:16]


def _columns(claim: dict) -> dict:
    from harmwatch.ingest.readers import parse_date

    date = claim.get("date") or {}
    place = next((p for p in claim.get("places") or [] if p.get("lat") is not None), None) \
        or next(iter(claim.get("places") or []), {}) or {}
    killed = (claim.get("figures") or {}).get("civilians_killed") or {}
    return {"date_start": parse_date(date.get("start")), "date_end": parse_date(date.get("end")),
            "date_precision": date.get("precision"), "country": place.get("country"),
            "admin1": place.get("admin1"), "lat": place.get("lat"), "lon": place.get("lon"),
            "killed_min": killed.get("min"), "killed_max": killed.get("max")}


def store_claims(session: Session, doc: Document, claims: list[dict], version: str) -> int:
    """Replace a document's automatic claims by `claims`, keeping any an analyst has touched."""
    touched = select(ClaimLink.claim_id).where(ClaimLink.method == "analyst")
    old = select(Claim.id).where(Claim.document_id == doc.id, Claim.status == "active",
                                 Claim.id.not_in(touched))
    session.execute(delete(ClaimLink).where(ClaimLink.claim_id.in_(old)))
    session.execute(delete(Claim).where(Claim.id.in_(old)))
    kept = set(session.scalars(select(Claim.key).where(Claim.document_id == doc.id)))
    for ordinal, claim in enumerate(claims):
        key = claim_key(doc.content_hash, ordinal, version)
        if key in kept:
            continue
        session.add(Claim(key=key, document_id=doc.id, ordinal=ordinal, kind=claim.get("kind", "incident"),
                          data=claim, extractor_version=version, **_columns(claim)))
    doc.extracted_version = version
    return len(claims)


def extract_pending(engine: Engine, *, reextract: bool = False, batch: int = 200,
                    on_progress: Callable[[int, int], None] | None = None,
                    on_error: Callable[[str, str], None] | None = None) -> dict:
    """Extract claims from every document not yet extracted by this extractor version."""
    from harmwatch.extract import EXTRACTOR_VERSION, extract

    stats = {"documents": 0, "claims": 0, "failed": 0}
    pending = or_(Document.extracted_version.is_(None), Document.extracted_version != EXTRACTOR_VERSION)
    with Session(engine) as session:
        ids = list(session.scalars(select(Document.id).where(true() if reextract else pending).order_by(Document.id)))
    for i in range(0, len(ids), batch):
        with Session(engine) as session, session.begin():
            for doc in session.scalars(select(Document).where(Document.id.in_(ids[i:i + batch])).order_by(Document.id)):
                try:
                    claims = extract(doc.text, document=doc.doc_id, published=doc.published, title=doc.title, url=doc.url)
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
                    stats["failed"] += 1
                    if on_error:
                        on_error(doc.doc_id, f"{type(exc).__name__}: {exc}")
                    continue
                stats["claims"] += store_claims(session, doc, claims, EXTRACTOR_VERSION)
                stats["documents"] += 1
        if on_progress:
            on_progress(min(i + batch, len(ids)), len(ids))
    return stats


def _stage_fn(stage: Stage):
    try:
        return importlib.import_module(stage.module).run
    except ModuleNotFoundError as exc:
        if exc.name != stage.module:
            raise
        return None  # that stage is not installed


def _changed(stats) -> bool:
    if isinstance(stats, dict):
        return any(_changed(v) for v in stats.values())
    return isinstance(stats, (int, float)) and not isinstance(stats, bool) and stats != 0


def run(engine: Engine, *, reextract: bool = False, on_progress=None, on_error=None) -> dict:
    """Run every stage; returns the counts each reported.

    A run that changed something is logged in `pipeline_runs` with the pipeline's version and
    configuration; a run that found nothing to do leaves the database as it was.
    """
    from harmwatch.extract import EXTRACTOR_VERSION
    from harmwatch.registry import stages as plugin_stages

    started = utcnow()
    steps = [(s.name, _stage_fn(s)) for s in STAGES]
    steps = [(n, f) for n, f in steps if f is not None] + sorted(plugin_stages().items())
    config = {"extractor_version": EXTRACTOR_VERSION, "stages": ["extract"] + [n for n, _ in steps]}
    stats = {"extract": extract_pending(engine, reextract=reextract, on_progress=on_progress, on_error=on_error)}
    for name, fn in steps:
        with Session(engine) as session, session.begin():
            stats[name] = fn(session) or {}
    if _changed(stats):
        with Session(engine) as session, session.begin():
            session.add(PipelineRun(version=__version__, config=config, stats=stats,
                                    started_at=started, finished_at=utcnow()))
    return stats
