"""Stage 1 — ingest: files, folders, JSON Lines and feeds → documents, each distinct text once."""

from .readers import READERS, Problem, RawDocument, ReadOptions, parse_date, read_path
from .store import IngestReport, content_hash, ingest_documents, ingest_paths, store_batch

__all__ = ["READERS", "Problem", "RawDocument", "ReadOptions", "parse_date", "read_path",
           "IngestReport", "content_hash", "ingest_documents", "ingest_paths", "store_batch"]
