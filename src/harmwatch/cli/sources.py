"""`harmwatch sources`: the outlets documents came from, their kinds and syndication groups."""

from __future__ import annotations

import os

import typer

from .common import engine, fail

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    sources = typer.Typer(help="Sources: list outlets; record their kind and which outlets count as one.",
                          no_args_is_help=True)
    app.add_typer(sources, name="sources")

    @sources.command("list")
    def list_(as_json: bool = typer.Option(False, "--json", help="One JSON object a line instead of a table.")) -> None:
        """Every outlet with its kind, group and how many documents and incidents it is in."""
        import json

        from harmwatch.db import session_scope
        from harmwatch.grade.sources import list_sources

        with session_scope(engine()) as session:
            rows = list_sources(session)
        if as_json:
            for row in rows:
                typer.echo(json.dumps(row.as_dict(), ensure_ascii=False))
            return
        typer.echo(f"{'documents':>9} {'incidents':>9}  {'kind':<9} {'group':<24} source")
        for row in rows:
            typer.echo(f"{row.documents:>9} {row.incidents:>9}  {row.kind or '-':<9} {row.group or '-':<24} {row.name}")

    @sources.command("set")
    def set_(name: str = typer.Argument(..., help="The source's name as documents give it (case-insensitive)."),
             kind: str = typer.Option(None, "--kind", help="outlet, agency, monitor, official, activist, witness or other."),
             group: str = typer.Option(None, "--group", help="Count this source with the others of this group as one."),
             no_group: bool = typer.Option(False, "--no-group", help="Take the source out of its group."),
             reason: str = typer.Option(None, "--reason", "-r", help="Why (kept in the audit log)."),
             actor: str = typer.Option(None, "--actor", help="Who decides (default: $USER).")) -> None:
        """Record a source's kind or group; the incidents it is in are regraded at once."""
        import json

        from harmwatch.db import session_scope
        from harmwatch.grade.sources import set_source

        if group is not None and no_group:
            fail("sources set: give --group or --no-group, not both")
        try:
            with session_scope(engine()) as session:
                result = set_source(session, name, kind=kind, group=group, clear_group=no_group, reason=reason,
                                    actor=actor or os.environ.get("USER") or "unknown")
        except ValueError as exc:
            fail(f"sources set {name!r}: {exc}")
        typer.echo(json.dumps(result, ensure_ascii=False))
