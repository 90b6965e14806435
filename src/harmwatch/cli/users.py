"""`harmwatch users add|list|revoke|token`: API users, their roles and tokens."""

from __future__ import annotations

import getpass
from enum import Enum

import typer

from .common import engine, fail

__all__ = ["register"]

users_app = typer.Typer(help="API users: roles viewer < analyst < editor < admin, each with a token.",
                        no_args_is_help=True)


class Role(str, Enum):
    viewer = "viewer"
    analyst = "analyst"
    editor = "editor"
    admin = "admin"


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "cli"


def _do(call):
    """Run `call(session)` in one transaction; a refused operation becomes one line on stderr."""
    from harmwatch.db import session_scope
    from harmwatch.serve.auth import AuthError

    try:
        with session_scope(engine()) as session:
            return call(session)
    except AuthError as exc:
        fail(str(exc))


@users_app.command("add")
def add(name: str = typer.Argument(..., help="User name (unique)."),
        role: Role = typer.Option(..., "--role", "-r", help="What the user may do.")) -> None:
    """Create a user and print its API token (shown this once; only its hash is stored)."""
    from harmwatch.serve.auth import add_user

    token = _do(lambda s: add_user(s, name, role.value, actor=_actor()))
    typer.echo(token)
    typer.echo(f"harmwatch: user {name!r} ({role.value}) created; keep the token above, it is not shown again",
               err=True)


@users_app.command("list")
def list_(show_revoked: bool = typer.Option(True, "--revoked/--active-only", help="Include revoked users.")) -> None:
    """Print every user: name, role, active or revoked, created."""
    from harmwatch.serve.auth import list_users

    rows = _do(list_users)
    for row in rows:
        if row["active"] or show_revoked:
            typer.echo(f"{row['name']}\t{row['role']}\t{'active' if row['active'] else 'revoked'}\t{row['created_at']}")


@users_app.command("revoke")
def revoke(name: str = typer.Argument(..., help="User name.")) -> None:
    """Revoke a user: its token stops working at once."""
    from harmwatch.serve.auth import revoke_user

    _do(lambda s: revoke_user(s, name, actor=_actor()))
    typer.echo(f"harmwatch: user {name!r} revoked", err=True)


@users_app.command("token")
def token(name: str = typer.Argument(..., help="User name.")) -> None:
    """Issue a new token for a user (re-activating it); the old token stops working."""
    from harmwatch.serve.auth import rotate_token

    typer.echo(_do(lambda s: rotate_token(s, name, actor=_actor())))


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
