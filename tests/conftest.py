"""Fixtures shared by every test: each database test runs on SQLite AND on PostgreSQL.

PostgreSQL is reached at $HARMWATCH_TEST_PG (default: postgres@127.0.0.1:5432/test, trust auth).
Each test gets a fresh schema there (dropped afterwards), or a fresh SQLite file. When PostgreSQL
cannot be reached the PostgreSQL half of the suite FAILS with the reason: it is never skipped.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from pathlib import Path

import pytest

PG_BASE = os.environ.get("HARMWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BACKENDS = ["sqlite", "postgresql"]

# Builders of claims and of Document + Claim rows, shared by the link, grade and tally tests:
# importable everywhere as `harmwatch_test_builders`.
_BUILDERS = "harmwatch_test_builders"
if _BUILDERS not in sys.modules:
    _spec = importlib.util.spec_from_file_location(_BUILDERS, ROOT / "tests" / "link" / "builders.py")
    sys.modules[_BUILDERS] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules[_BUILDERS])


def _pg_admin():
    from sqlalchemy import create_engine

    return create_engine(PG_BASE, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_available() -> None:
    from sqlalchemy import text

    try:
        eng = _pg_admin()
        with eng.connect() as conn:
            conn.execute(text("select 1"))
        eng.dispose()
    except Exception as exc:  # noqa: BLE001 - reported, never skipped
        pytest.fail(f"PostgreSQL is not reachable at {PG_BASE}: {str(exc).splitlines()[0]}", pytrace=False)


def make_db_url(backend: str, tmp_path: Path, request) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'harmwatch.db'}"
    from sqlalchemy import text

    request.getfixturevalue("pg_available")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        from harmwatch.db import dispose

        dispose(url)
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()

    sep = "&" if "?" in PG_BASE else "?"
    url = f"{PG_BASE}{sep}options=-csearch_path%3D{schema}"
    request.addfinalizer(drop)
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A fresh, empty database URL: once on SQLite, once on PostgreSQL (own schema)."""
    url = make_db_url(request.param, tmp_path, request)
    yield url
    from harmwatch.db import dispose

    dispose(url)


@pytest.fixture
def engine(db_url):
    from harmwatch.db import connect

    return connect(db_url)


@pytest.fixture
def session(engine):
    from sqlalchemy.orm import Session

    with Session(engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared (the development data sets) is not present")
    return SHARED


@pytest.fixture
def add(session):
    """add([(doc_id, claim dict[, outlet[, published]]), ...]) -> the Claim rows."""
    return lambda items: sys.modules[_BUILDERS].add_claims(session, items)
