"""`harmwatch gazetteer`: import GeoNames dumps, look names up, find places in a text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from .common import engine, fail, state

__all__ = ["register"]

gazetteer_app = typer.Typer(help="The place gazetteer: GeoNames data shipped with HarmWatch, plus imports.",
                            no_args_is_help=True)


@gazetteer_app.command("import")
def import_(
    file: Path = typer.Argument(..., help="A GeoNames dump: SY.txt, SY.zip, allCountries.txt (or .gz)."),
    classes: str = typer.Option("PA", "--classes", help="GeoNames feature classes to keep (P places, A areas)."),
) -> None:
    """Load a GeoNames country dump into the database's places (every village, camp and district)."""
    from harmwatch.db import session_scope
    from harmwatch.extract.gazetteer_db import DEFAULT_CODES, DumpError, import_dump

    if not file.is_file():
        fail(f"{file}: no such file")
    eng = engine()
    try:
        with session_scope(eng) as session:
            counts = import_dump(session, file, classes=frozenset(classes.upper()), codes=DEFAULT_CODES)
    except (DumpError, UnicodeDecodeError, OSError) as exc:
        fail(f"{file}: not a GeoNames dump: {exc}")
    except Exception as exc:  # noqa: BLE001 - database errors become one line
        fail(f"{file}: import failed: {str(exc).splitlines()[0]}")
    typer.echo(f"{file}: {counts['read']} places read, {counts['inserted']} added, {counts['updated']} updated")


def _use_db() -> None:
    from harmwatch.extract import gazetteer

    if state.db:
        gazetteer.use_database(state.db)


@gazetteer_app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help="A place name, in any usual spelling (Latin or Arabic)."),
    country: Optional[List[str]] = typer.Option(None, "--country", "-c", help="ISO2 country hint (repeatable)."),
    admin1: Optional[str] = typer.Option(None, "--admin1", help="Province name or GeoNames admin1 code."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Resolve one place name: the gazetteer's best reading, with coordinates and precision."""
    from harmwatch.extract.places import resolve

    _use_db()
    found = resolve(name, countries=[c.upper() for c in country or []], admin1=admin1)
    if found is None:
        fail(f"{name!r}: not in the gazetteer")
    place = found.as_claim_place()
    if as_json:
        typer.echo(json.dumps(place, ensure_ascii=False))
        return
    for key in ("geoname", "gazetteer_id", "country", "admin1", "lat", "lon", "precision"):
        typer.echo(f"{key:13} {place[key]}")


@gazetteer_app.command("find")
def find(
    source: str = typer.Argument(..., help="A file to read, or '-' for standard input."),
    country: Optional[List[str]] = typer.Option(None, "--country", "-c", help="ISO2 country hint (repeatable)."),
) -> None:
    """Print every place named in a text, one JSON object a line (offsets, name, coordinates, precision)."""
    import sys

    from harmwatch.extract.places import find_places

    _use_db()
    if source == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{source}: cannot read: {exc}")
    for m in find_places(text, countries=[c.upper() for c in country or []]):
        typer.echo(json.dumps({"start": m.start, "end": m.end, **m.as_claim_place()}, ensure_ascii=False))


@gazetteer_app.command("info")
def info() -> None:
    """How many places the gazetteer holds, per country, and where they come from."""
    from collections import Counter

    from harmwatch.extract.gazetteer import index

    _use_db()
    idx = index()
    kinds = Counter(e.gid.split(":")[0] for e in idx.entries)
    per_country = Counter(e.country for e in idx.entries if e.kind == "settlement")
    typer.echo("GeoNames data (https://www.geonames.org/), CC BY 4.0.")
    typer.echo("records: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    typer.echo("places per country: " + ", ".join(f"{c} {n}" for c, n in per_country.most_common()))


def register(app: typer.Typer) -> None:
    app.add_typer(gazetteer_app, name="gazetteer")
