"""Submitting reports (text or a file, through harmwatch.ingest) and protecting sources."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, Response, UploadFile
from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db import audit
from harmwatch.db.models import Document, DocumentName
from harmwatch.serve.auth import Caller

from .deps import get_session, require
from .responses import json_response
from .schemas import MAX_TEXT, ConfidentialIn, DocumentIn

__all__ = ["router", "MAX_UPLOAD"]

router = APIRouter(prefix="/api", tags=["documents"])

MAX_UPLOAD = 5 * 1024 * 1024
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


def _store(session: Session, docs: list, who: Caller) -> list[dict]:
    """Store RawDocuments in this session (each distinct text once) and audit each one."""
    from harmwatch.ingest.store import IngestReport, content_hash, store_batch

    hashes = [content_hash(d.text) for d in docs]
    known = set(session.scalars(select(Document.content_hash).where(Document.content_hash.in_(set(hashes)))))
    store_batch(session, docs, IngestReport())
    out = []
    for doc, digest in zip(docs, hashes):
        row = session.scalar(select(Document).where(Document.content_hash == digest))
        stored = digest not in known
        known.add(digest)
        if row is not None and doc.confidential and not row.confidential:
            row.confidential = True  # a protected copy protects the text wherever it came from
        audit.record(session, actor=who.name, action="document.submit", entity_type="document",
                     entity_id=doc.doc_id, after={"document": doc.doc_id, "stored": stored,
                                                  "confidential": bool(row and row.confidential)})
        out.append({"document": doc.doc_id, "stored": stored, "duplicate": not stored,
                    "confidential": bool(row and row.confidential)})
    session.commit()
    return out


@router.post("/documents", status_code=201, summary="Submit a report as text (analyst)")
def submit(body: DocumentIn, who: Caller = Depends(require("analyst", write=True)),
           session: Session = Depends(get_session)) -> Response:
    from harmwatch.ingest.readers import RawDocument

    if not body.text.strip():
        raise HTTPException(422, "text is empty")
    doc_id = body.id or "api-" + hashlib.sha256(body.text.encode("utf-8")).hexdigest()[:16]
    doc = RawDocument(doc_id=doc_id, text=body.text, origin=f"api:{who.name}", title=body.title, url=body.url,
                      published=body.published, outlet=body.outlet, language=body.language,
                      confidential=body.confidential)
    return json_response(_store(session, [doc], who)[0], status_code=201)


@router.post("/documents/upload", status_code=201,
             summary="Submit a report file: .txt, .md, .html, .jsonl or a feed (analyst)")
def upload(file: UploadFile = File(...), confidential: bool = Form(False),
           who: Caller = Depends(require("analyst", write=True)),
           session: Session = Depends(get_session)) -> Response:
    from harmwatch.ingest.readers import Problem, ReadOptions, read_path

    name = _SAFE_NAME.sub("_", Path(file.filename or "upload.txt").name).strip("._") or "upload.txt"
    data = file.file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise HTTPException(413, f"{name}: file is over the {MAX_UPLOAD // (1024 * 1024)} MB limit")
    with tempfile.TemporaryDirectory(prefix="harmwatch-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        items = list(read_path(path, ReadOptions(max_bytes=MAX_UPLOAD)))
    problems = [f"{Path(p.origin).name}: {p.reason}" for p in items if isinstance(p, Problem) and p.refused]
    docs = [d for d in items if not isinstance(d, Problem)]
    if not docs:
        raise HTTPException(422, "; ".join(problems) or f"{name}: no document in the file")
    for doc in docs:
        doc.confidential = doc.confidential or confidential
        doc.origin = f"api:{who.name}:{Path(doc.origin).name}"
        if len(doc.text) > MAX_TEXT:
            raise HTTPException(413, f"{doc.doc_id}: text over {MAX_TEXT:,} characters")
    return json_response({"documents": _store(session, docs, who), "refused": problems}, status_code=201)


@router.post("/documents/confidential", summary="Mark a document confidential, or public again (editor)")
def mark_confidential(body: ConfidentialIn, who: Caller = Depends(require("editor", write=True)),
                      session: Session = Depends(get_session)) -> Response:
    doc = session.scalar(select(Document).where(Document.doc_id == body.document).order_by(Document.id).limit(1))
    if doc is None:
        doc = session.scalar(select(Document).join(DocumentName, DocumentName.document_id == Document.id)
                             .where(DocumentName.name == body.document).order_by(Document.id).limit(1))
    if doc is None:
        raise HTTPException(404, f"no document {body.document!r}")
    before = {"confidential": bool(doc.confidential)}
    doc.confidential = body.confidential
    audit.record(session, actor=who.name, action="document.confidential", entity_type="document",
                 entity_id=doc.doc_id, before=before, after={"confidential": body.confidential}, reason=body.reason)
    session.commit()
    return json_response({"document": body.document, "confidential": body.confidential})
