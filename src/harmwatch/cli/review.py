"""`harmwatch review`: analysts' decisions on incidents and claims, each written to the audit log."""

from __future__ import annotations

import os
from typing import Callable

import typer

from .common import engine, fail

__all__ = ["register"]

_ACTOR = typer.Option(None, "--actor", help="Who decides (default: $USER).")
_REASON = typer.Option(None, "--reason", "-r", help="Why (kept in the audit log).")


def _decide(action: Callable, *args, actor: str | None, **kwargs):
    """Run one decision in a transaction; a refused decision becomes one line on stderr."""
    from harmwatch.db import session_scope
    from harmwatch.link.decisions import DecisionError

    who = actor or os.environ.get("USER") or "unknown"
    try:
        with session_scope(engine()) as session:
            result = action(session, *args, actor=who, **kwargs)
            key = getattr(result, "key", None)
    except DecisionError as exc:
        fail(str(exc))
    return key


def register(app: typer.Typer) -> None:
    review = typer.Typer(help="Analysts' decisions: merge, split, move, grade, duplicate, accept, reject.",
                         no_args_is_help=True)
    app.add_typer(review, name="review")

    @review.command("merge")
    def merge(keys: list[str] = typer.Argument(..., help="Incident ids; the first one is kept."),
              reason: str = _REASON, actor: str = _ACTOR) -> None:
        """Merge incidents into the first one named."""
        from harmwatch.link.decisions import merge_incidents

        typer.echo(_decide(merge_incidents, keys, actor=actor, reason=reason))

    @review.command("split")
    def split(key: str = typer.Argument(..., help="Incident id."),
              claims: list[str] = typer.Argument(..., help="Claim keys to take out into a new incident."),
              reason: str = _REASON, actor: str = _ACTOR) -> None:
        """Split claims off an incident into a new one (prints the new id)."""
        from harmwatch.link.decisions import split_incident

        typer.echo(_decide(split_incident, key, claims, actor=actor, reason=reason))

    @review.command("move")
    def move(claim: str = typer.Argument(..., help="Claim key."),
             incident: str = typer.Argument(..., help="Incident id to move it to."),
             reason: str = _REASON, actor: str = _ACTOR) -> None:
        """Move a claim into another incident."""
        from harmwatch.link.decisions import move_claim

        _decide(move_claim, claim, incident, actor=actor, reason=reason)
        typer.echo(incident)

    @review.command("grade")
    def grade(key: str = typer.Argument(..., help="Incident id."),
              value: str = typer.Argument(..., help="confirmed, fair, weak, contested, discounted, or 'none'."),
              reason: str = typer.Option(..., "--reason", "-r", help="Why (required, kept in the audit log)."),
              actor: str = _ACTOR) -> None:
        """Set an incident's grade by hand ('none' returns it to the computed grade)."""
        from harmwatch.link.decisions import set_grade

        typer.echo(_decide(set_grade, key, None if value.lower() == "none" else value.lower(), actor=actor,
                           reason=reason))

    @review.command("duplicate")
    def duplicate(key: str = typer.Argument(..., help="The duplicate incident's id."),
                  of: str = typer.Argument(..., help="The incident it duplicates."),
                  reason: str = _REASON, actor: str = _ACTOR) -> None:
        """Mark an incident as a duplicate of another (its claims join the other)."""
        from harmwatch.link.decisions import mark_duplicate

        _decide(mark_duplicate, key, of, actor=actor, reason=reason)
        typer.echo(of)

    @review.command("accept")
    def accept(claim: str = typer.Argument(..., help="Claim key."), reason: str = _REASON,
               actor: str = _ACTOR) -> None:
        """Accept a claim: it stays in its incident whatever later runs find."""
        from harmwatch.link.decisions import set_claim_status

        _decide(set_claim_status, claim, "accepted", actor=actor, reason=reason)

    @review.command("reject")
    def reject(claim: str = typer.Argument(..., help="Claim key."), reason: str = _REASON,
               actor: str = _ACTOR) -> None:
        """Reject a claim: it leaves its incident and is never linked again."""
        from harmwatch.link.decisions import set_claim_status

        _decide(set_claim_status, claim, "rejected", actor=actor, reason=reason)
