"""Request dependencies: a database session, the caller behind a bearer token, role checks."""

from __future__ import annotations

from typing import AsyncIterator, Callable

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from harmwatch.serve.auth import ROLES, Caller, role_allows, user_for_token

__all__ = ["get_session", "require", "bearer"]

bearer = HTTPBearer(auto_error=False, description="An API token from `harmwatch users add`.")


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One session per request; write routes commit it themselves. (Async only to spare a thread
    hop: making a session does no I/O, and closing one only hands its connection back.)"""
    session: Session = request.app.state.sessions()
    try:
        yield session
    finally:
        session.close()


def require(role: str, *, write: bool = False) -> Callable[..., Caller]:
    """A dependency admitting callers of `role` or above (401 without a valid token, 403 below it).

    With `write`, each call also spends one token of the caller's rate-limit bucket (429 when empty).
    """
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")

    def dependency(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(bearer),
                   session: Session = Depends(get_session)) -> Caller:
        unauthorised = {"WWW-Authenticate": "Bearer"}
        if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
            raise HTTPException(401, "authentication required: send 'Authorization: Bearer <token>'",
                                headers=unauthorised)
        caller = user_for_token(session, creds.credentials.strip())
        if caller is None:
            raise HTTPException(401, "invalid or revoked token", headers=unauthorised)
        if not role_allows(caller.role, role):
            raise HTTPException(403, f"role {caller.role!r} may not do this (needs {role!r} or above)")
        if write:
            wait = request.app.state.write_limiter.take(caller.name)
            if wait > 0:
                raise HTTPException(429, f"too many writes: retry in {wait:.1f} s",
                                    headers={"Retry-After": str(max(1, round(wait)))})
        return caller

    dependency.__name__ = f"require_{role}{'_write' if write else ''}"
    return dependency
