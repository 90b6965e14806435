"""`harmwatch eval`: score the extractor on the project's labelled documents."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import fail

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        cases: Optional[Path] = typer.Option(None, "--cases", help="A labelled set (JSON Lines) instead of the shipped one."),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of a table."),
    ) -> None:
        """Print the extractor's precision and recall per field on a labelled set of documents."""
        import json

        from harmwatch.extract import EXTRACTOR_VERSION
        from harmwatch.extract.evaluate import evaluate, load_cases

        try:
            data = load_cases(cases)
        except (OSError, ValueError, KeyError) as exc:
            fail(f"{cases}: cannot read the labelled set ({exc})")
        scores = evaluate(data)
        if as_json:
            typer.echo(json.dumps({"version": EXTRACTOR_VERSION, "documents": len(data), "fields": scores}))
            return
        typer.echo(f"extractor {EXTRACTOR_VERSION} on {len(data)} documents")
        typer.echo(f"{'field':<14}{'precision':>10}{'recall':>8}{'found':>7}{'given':>7}{'right':>7}")
        for field, s in scores.items():
            typer.echo(f"{field:<14}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['predicted']:>7}{s['expected']:>7}{s['tp']:>7}")
