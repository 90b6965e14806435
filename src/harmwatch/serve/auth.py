"""API users, roles and tokens, and a per-token rate limit on writes.

A token is shown once when it is made; the database keeps only its SHA-256 hash. Tokens are
long random strings, so a plain hash is enough to make a stolen database useless for logging in.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db import audit
from harmwatch.db.models import User

__all__ = [
    "ROLES",
    "AuthError",
    "Caller",
    "TokenBucket",
    "add_user",
    "hash_token",
    "list_users",
    "new_token",
    "revoke_user",
    "role_allows",
    "rotate_token",
    "user_for_token",
]

ROLES: tuple[str, ...] = ("viewer", "analyst", "editor", "admin")  # each can do what those before it can
_TOKEN_PREFIX = "hw_"
_NAME_MAX = 128


class AuthError(ValueError):
    """A user operation refused: unknown user, duplicate name, bad role."""


@dataclass(frozen=True)
class Caller:
    """Who is calling the API: a user name and role, or nobody."""

    name: str
    role: str


def role_allows(role: str, needed: str) -> bool:
    """Whether `role` includes the rights of `needed`."""
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def new_token() -> str:
    """A fresh random API token (about 256 bits)."""
    return _TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _user_state(user: User) -> dict:
    return {"name": user.name, "role": user.role, "active": user.active}


def _check(name: str, role: str) -> None:
    if not name or len(name) > _NAME_MAX or not name.isprintable() or name.strip() != name:
        raise AuthError(f"invalid user name {name!r}: 1-{_NAME_MAX} printable characters, no outer spaces")
    if role not in ROLES:
        raise AuthError(f"unknown role {role!r}: one of {', '.join(ROLES)}")


def add_user(session: Session, name: str, role: str, *, actor: str) -> str:
    """Create a user and return its token (the only time it is visible)."""
    _check(name, role)
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise AuthError(f"user {name!r} already exists")
    token = new_token()
    user = User(name=name, role=role, token_hash=hash_token(token), active=True)
    session.add(user)
    audit.record(session, actor=actor, action="user.add", entity_type="user", entity_id=name,
                 after=_user_state(user))
    session.flush()
    return token


def _get(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise AuthError(f"no user named {name!r}")
    return user


def revoke_user(session: Session, name: str, *, actor: str) -> None:
    """Deactivate a user: the token stops working at once."""
    user = _get(session, name)
    before = _user_state(user)
    user.active = False
    audit.record(session, actor=actor, action="user.revoke", entity_type="user", entity_id=name,
                 before=before, after=_user_state(user))
    session.flush()


def rotate_token(session: Session, name: str, *, actor: str) -> str:
    """Give a user a new token (re-activating it); the old token stops working."""
    user = _get(session, name)
    before = _user_state(user)
    token = new_token()
    user.token_hash = hash_token(token)
    user.active = True
    audit.record(session, actor=actor, action="user.token", entity_type="user", entity_id=name,
                 before=before, after=_user_state(user))
    session.flush()
    return token


def list_users(session: Session) -> list[dict]:
    users = session.scalars(select(User).order_by(User.name))
    return [{"name": u.name, "role": u.role, "active": u.active,
             "created_at": u.created_at.isoformat() if u.created_at else None} for u in users]


def user_for_token(session: Session, token: str) -> Caller | None:
    """The active user holding `token`, if any."""
    if not token or len(token) > 200:
        return None
    user = session.scalar(select(User).where(User.token_hash == hash_token(token)))
    if user is None or not user.active:
        return None
    return Caller(name=user.name, role=user.role)


class TokenBucket:
    """In-process rate limit: `rate` actions a second per key, bursts up to `burst`."""

    def __init__(self, rate: float = 2.0, burst: int = 30) -> None:
        self.rate = rate
        self.burst = burst
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Spend one token for `key`: 0.0 when allowed, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._state.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._state[key] = (tokens - 1.0, now)
                return 0.0
            self._state[key] = (tokens, now)
            return (1.0 - tokens) / self.rate if self.rate > 0 else 60.0
