"""Stage 2 — extract: a document's text → claims (shared/contract/claim.schema.json).

Public API (to be filled by the extraction work):

    extract(text, *, document, published=None, title=None) -> list[dict]
    EXTRACTOR_VERSION: str
"""

from __future__ import annotations

from datetime import date

__all__ = ["EXTRACTOR_VERSION", "extract"]

EXTRACTOR_VERSION = "0.0.0"


def extract(text: str, *, document: str, published: date | None = None, title: str | None = None) -> list[dict]:
    return []
