"""Fixtures for incident tests: builders of claims and of Document + Claim rows (tests/link/builders.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_NAME = "harmwatch_test_builders"
if _NAME not in sys.modules:
    _spec = importlib.util.spec_from_file_location(_NAME, Path(__file__).resolve().parent.parent / "link" / "builders.py")
    sys.modules[_NAME] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules[_NAME])
builders = sys.modules[_NAME]


@pytest.fixture
def add(session):
    """add([(doc_id, claim dict[, outlet[, published]]), ...]) -> the Claim rows."""
    return lambda items: builders.add_claims(session, items)
