"""The one declared place for extension points.

Plugins add to HarmWatch by registering here, either from their own code or through the
`harmwatch.plugins` entry-point group (each entry point is a module imported once, whose import
registers what it brings):

- `reader(".ext")` — a function `(path, ReadOptions) -> Iterator[RawDocument | Problem]` that
  ingest uses for files with that suffix;
- `exporter("name")` — a function `(records, stream) -> None` that `harmwatch export` offers as
  a `--format`;
- `stage("name", after=...)` — a pipeline stage `(session) -> dict` that `harmwatch run` runs
  after the built-in ones.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Callable

__all__ = ["reader", "exporter", "stage", "readers", "exporters", "stages", "load_plugins"]

_READERS: dict[str, Callable] = {}
_EXPORTERS: dict[str, Callable] = {}
_STAGES: dict[str, Callable] = {}
_loaded = False


def load_plugins() -> None:
    """Import every module named in the `harmwatch.plugins` entry-point group (once)."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for ep in entry_points(group="harmwatch.plugins"):
        ep.load()


def reader(suffix: str):
    def deco(fn):
        _READERS[suffix.lower() if suffix.startswith(".") else "." + suffix.lower()] = fn
        return fn
    return deco


def exporter(name: str):
    def deco(fn):
        _EXPORTERS[name] = fn
        return fn
    return deco


def stage(name: str):
    def deco(fn):
        _STAGES[name] = fn
        return fn
    return deco


def readers() -> dict[str, Callable]:
    load_plugins()
    return dict(_READERS)


def exporters() -> dict[str, Callable]:
    load_plugins()
    return dict(_EXPORTERS)


def stages() -> dict[str, Callable]:
    load_plugins()
    return dict(_STAGES)
