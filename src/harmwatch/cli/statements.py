"""`harmwatch statements`: a belligerent's admissions, denials and acknowledgements."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from .common import engine, fail, warn

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    statements = typer.Typer(help="Official statements: import them and match them to incidents.",
                             no_args_is_help=True)
    app.add_typer(statements, name="statements")

    @statements.command("import")
    def import_(path: Path = typer.Argument(..., help="CSV (with a header) or JSON Lines file."),
                actor: str = typer.Option(None, "--actor", help="Who imports (default: $USER).")) -> None:
        """Import statements (actor, date, place, deaths, injuries, reference, kind, text) and match them."""
        import json

        from harmwatch.db import session_scope
        from harmwatch.grade import stage as grade_stage
        from harmwatch.tally import import_statements

        if not path.is_file():
            fail(f"{path}: no such file")
        try:
            with session_scope(engine()) as session:
                result = import_statements(session, path, actor=actor or os.environ.get("USER") or "unknown")
                grade_stage.run(session)
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{path}: cannot read ({exc})")
        for line in result["errors"]:
            warn(line)
        typer.echo(json.dumps({k: v for k, v in result.items() if k != "errors"}))
        if result["refused"]:
            raise typer.Exit(1)
