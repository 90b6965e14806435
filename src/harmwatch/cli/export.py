"""`harmwatch export incidents --format jsonl|csv|acled|geojson`."""

from __future__ import annotations

import sys
from enum import Enum

import typer

from .common import engine, fail

__all__ = ["register"]


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    acled = "acled"
    geojson = "geojson"


def export(
    what: str = typer.Argument(..., metavar="incidents", help="What to export (incidents)."),
    fmt: Format = typer.Option(Format.jsonl, "--format", "-f", help="Output format."),
    public: bool = typer.Option(False, "--public", help="Leave out confidential sources, as the public API does."),
) -> None:
    """Write every incident to standard output."""
    if what != "incidents":
        fail(f"export {what!r}: unknown; the one export is 'incidents'")
    from sqlalchemy.orm import Session

    from harmwatch.registry import exporters
    from harmwatch.serve.export import WRITERS, incident_records

    writer = {**WRITERS, **exporters()}[fmt.value]
    with Session(engine()) as session:
        writer(incident_records(session, public=public), sys.stdout)


def register(app: typer.Typer) -> None:
    app.command("export")(export)
