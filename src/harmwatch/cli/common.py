"""What every command shares: the chosen database, one-line errors, a progress bar."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import typer

__all__ = ["State", "state", "fail", "warn", "engine", "progress"]


@dataclass
class State:
    db: str | None = None


state = State()


def fail(message: str, code: int = 1) -> "typer.Exit":
    """Print one line `harmwatch: MESSAGE` on standard error and exit non-zero."""
    typer.echo(f"harmwatch: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    typer.echo(f"harmwatch: {message}", err=True)


def engine():
    """The engine for --db (migrated on first use); a database error becomes one clear line."""
    from sqlalchemy.exc import SQLAlchemyError

    from harmwatch.db import connect, resolve_url

    try:
        return connect(state.db)
    except (SQLAlchemyError, OSError) as exc:
        fail(f"cannot open database {resolve_url(state.db)!r}: {str(exc).splitlines()[0]}")


def progress(**kwargs):
    """A rich progress bar on standard error when it is a terminal; silent when piped."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, disable=not console.is_terminal or not sys.stderr.isatty(), transient=True, **kwargs,
    )
