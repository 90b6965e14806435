"""`harmwatch run`: extract, link, grade and publish everything not yet processed."""

from __future__ import annotations

import json

import typer

from .common import engine, progress, warn

__all__ = ["register"]


def run(
    reextract: bool = typer.Option(False, "--reextract",
                                   help="Extract every document again (claims an analyst touched are kept)."),
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON on standard output."),
) -> None:
    """Run every pipeline stage over what is new; re-running it changes nothing."""
    from harmwatch.pipeline import run as run_pipeline

    eng = engine()
    with progress() as bar:
        task = bar.add_task("extracting", total=None)
        stats = run_pipeline(
            eng, reextract=reextract,
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
            on_error=lambda doc, why: warn(f"warning: document {doc}: extraction failed: {why}"))
    if as_json:
        typer.echo(json.dumps(stats))
    else:
        parts = [f"{stage}: " + ", ".join(f"{k} {v}" for k, v in counts.items() if not isinstance(v, (dict, list)))
                 for stage, counts in stats.items() if isinstance(counts, dict)]
        typer.echo("harmwatch: run: " + "; ".join(parts), err=True)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
