"""The JSON REST API: public reads, analysts' and editors' decisions, admins' users and audit log."""

from __future__ import annotations

from . import admin, documents, public, review, sources

__all__ = ["ROUTERS"]

ROUTERS = (public.router, review.router, sources.router, documents.router, admin.router)
