"""Stage 1 — ingest: files, folders, JSON Lines and feeds → documents, each distinct text once."""
