"""`harmwatch ingest PATH...`: store documents, each distinct text once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import List

import typer

from .common import engine, fail, progress, warn

__all__ = ["register"]


def ingest(
    paths: List[Path] = typer.Argument(..., help="Files (.txt .md .html .jsonl .rss .atom .xml) or folders (read recursively)."),
    published: str = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                  help="Publication date of documents that carry none of their own."),
    max_size: float = typer.Option(5.0, "--max-size", envvar="HARMWATCH_MAX_SIZE", metavar="MB",
                                   help="Refuse a file (or a JSON Lines line) larger than this many megabytes."),
    confidential: bool = typer.Option(False, "--confidential",
                                      help="Mark every document read as a protected (confidential) source."),
) -> None:
    """Store documents: each distinct text once, whatever its file or id; re-ingesting is a no-op.

    Every refused input gets one line on standard error with its reason; the rest is stored and
    the exit status is 1. A summary line goes to standard error.
    """
    from harmwatch.ingest import ReadOptions, ingest_paths

    day = None
    if published:
        try:
            day = datetime.strptime(published, "%Y-%m-%d").date()
        except ValueError:
            fail(f"--published {published!r}: not a date of the form YYYY-MM-DD")
    opts = ReadOptions(max_bytes=int(max_size * 1_000_000), published=day)
    eng = engine()

    def problem(p) -> None:
        warn(f"{'refused' if p.refused else 'warning'}: {p.origin}: {p.reason}")

    def items():
        from harmwatch.ingest import read_path

        for path in paths:
            for item in read_path(path, opts):
                if confidential and hasattr(item, "confidential"):
                    item.confidential = True
                yield item

    from harmwatch.ingest import ingest_documents

    with progress() as bar:
        task = bar.add_task("ingesting", total=None)
        report = ingest_documents(eng, items(), on_problem=problem,
                                  on_progress=lambda n: bar.advance(task, n))
    typer.echo(f"harmwatch: ingest: {report.summary()}", err=True)
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
