"""Storing documents: each distinct text once, in batched transactions that survive a hard kill.

A batch is one transaction: after a `kill -9` the database holds whole batches only, and running
the same ingest again stores the remainder (every text already stored is a duplicate by its hash).
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from harmwatch.db.models import Document, DocumentName, utcnow

from .readers import Problem, RawDocument, ReadOptions, read_path
from .urldate import url_date

__all__ = ["content_hash", "IngestReport", "store_batch", "ingest_paths", "ingest_documents"]

BATCH = int(os.environ.get("HARMWATCH_INGEST_BATCH", "1000"))


def content_hash(text: str) -> str:
    """SHA-256 of the text with Unicode (NFKC) and white space normalised."""
    norm = " ".join(unicodedata.normalize("NFKC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class IngestReport:
    stored: int = 0
    duplicate: int = 0
    refused: int = 0
    warnings: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.refused == 0

    def summary(self) -> str:
        return (f"{self.stored:,} stored, {self.duplicate:,} duplicate, {self.refused:,} refused"
                + (f", {self.warnings:,} warning{'s' * (self.warnings != 1)}" if self.warnings else ""))


def _insert(session: Session, model, rows: list[dict], conflict: Sequence[str]) -> None:
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(model).on_conflict_do_nothing(index_elements=list(conflict)), rows)


def store_batch(session: Session, docs: Sequence[RawDocument], report: IngestReport) -> None:
    """Store one batch in the caller's transaction, recording each document's outcome."""
    hashes = [content_hash(d.text) for d in docs]
    known = dict(session.execute(select(Document.content_hash, Document.id)
                                 .where(Document.content_hash.in_(set(hashes)))).all())
    fresh: dict[str, RawDocument] = {}
    for h, d in zip(hashes, docs):
        if h not in known and h not in fresh:
            fresh[h] = d
    now = utcnow()
    _insert(session, Document, [
        {"content_hash": h, "doc_id": d.doc_id, "text": d.text, "title": d.title, "url": d.url,
         "published": d.published or url_date(d.url), "outlet": d.outlet, "language": d.language,
         "origin": d.origin,
         "confidential": d.confidential, "ingested_at": now}
        for h, d in fresh.items()], ["content_hash"])
    if fresh:
        ids = dict(session.execute(select(Document.content_hash, Document.id)
                                   .where(Document.content_hash.in_(list(fresh)))).all())
        known.update(ids)
    names = {(known[h], d.doc_id) for h, d in zip(hashes, docs)}
    _insert(session, DocumentName, [{"document_id": i, "name": n} for i, n in sorted(names)],
            ["document_id", "name"])
    seen: set[str] = set()
    for h in hashes:
        if h in fresh and h not in seen:
            report.stored += 1
        else:
            report.duplicate += 1
        seen.add(h)


def ingest_documents(engine: Engine, items: Iterable[RawDocument | Problem], *,
                     on_problem: Callable[[Problem], None] | None = None,
                     on_progress: Callable[[int], None] | None = None,
                     batch_size: int = BATCH) -> IngestReport:
    """Store a stream of documents in batches of `batch_size`, one transaction each."""
    report = IngestReport()
    batch: list[RawDocument] = []

    def flush() -> None:
        with Session(engine) as session, session.begin():
            store_batch(session, batch, report)
        if on_progress:
            on_progress(len(batch))
        batch.clear()

    for item in items:
        if isinstance(item, Problem):
            if item.refused:
                report.refused += 1
            else:
                report.warnings += 1
            report.problems.append(item)
            if on_problem:
                on_problem(item)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report


def ingest_paths(engine: Engine, paths: Iterable[Path | str], opts: ReadOptions | None = None, **kwargs) -> IngestReport:
    """Read every path (files, folders, JSON Lines, feeds) and store what it holds."""
    opts = opts or ReadOptions()

    def items():
        for path in paths:
            yield from read_path(Path(path), opts)

    return ingest_documents(engine, items(), **kwargs)
