"""Stage 6 — serve: exports, the REST API and the public dashboard."""

__all__: list[str] = []
