"""`harmwatch demo`: the sample reports through every stage, on SQLite in the working folder."""

from __future__ import annotations

import typer

from .common import engine, progress, state, warn

__all__ = ["register"]


def _range(low, high) -> str:
    if low == high:
        return "?" if low is None else str(low)
    return f"{'?' if low is None else low}–{'?' if high is None else high}"


def demo() -> None:
    """Ingest the sample reports that ship with HarmWatch, run every stage, and show what was found.

    Uses --db when given, else sqlite:///harmwatch.db in the working folder. Re-running it is
    harmless: documents already stored are not stored again and nothing is processed twice.
    """
    from importlib.resources import as_file, files

    from rich.console import Console
    from rich.table import Table
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from harmwatch.db import resolve_url
    from harmwatch.db.models import Claim, Document, Incident
    from harmwatch.ingest import ingest_paths
    from harmwatch.pipeline import run as run_pipeline

    console = Console(soft_wrap=True)
    url = resolve_url(state.db)
    eng = engine()
    with as_file(files("harmwatch") / "samples" / "reports") as folder:
        report = ingest_paths(eng, [folder], on_problem=lambda p: warn(f"sample {p.origin}: {p.reason}"))
    with progress() as bar:
        task = bar.add_task("running the pipeline", total=None)
        stats = run_pipeline(eng, on_progress=lambda d, t: bar.update(task, completed=d, total=t))
    with Session(eng) as s:
        docs = s.scalar(select(func.count()).select_from(Document))
        claims = s.scalar(select(func.count()).select_from(Claim))
        incidents = list(s.scalars(select(Incident).where(Incident.status == "active")
                                   .order_by(Incident.killed_max.desc().nulls_last(), Incident.key)))
        rows = [(inc.key, str(inc.date_start or "?"), inc.place_name or "?", ", ".join(inc.perpetrators or []),
                 _range(inc.killed_min, inc.killed_max), inc.grade_override or inc.grade or "-", str(len(inc.links)))
                for inc in incidents[:15]]
    console.print(f"[bold]HarmWatch demo[/bold] on {url}")
    console.print(f"sample reports: {report.summary()}; pipeline: "
                  f"{stats.get('extract', {}).get('documents', 0)} documents extracted this time")
    console.print(f"database now holds {docs} documents, {claims} claims, {len(incidents)} incidents")
    if rows:
        table = Table(title="Incidents, most deaths first")
        for col in ("id", "date", "place", "perpetrators", "civilians killed", "grade", "claims"):
            table.add_column(col)
        for row in rows:
            table.add_row(*row)
        console.print(table)
    db_flag = "" if url == resolve_url(None) else f" --db {url}"
    console.print("\nLook further:")
    console.print(f"  harmwatch{db_flag} export incidents --format csv   # every incident, with its sources")
    console.print(f"  harmwatch{db_flag} tally --by belligerent,month     # tolls as min–max sums")
    console.print(f"  harmwatch{db_flag} serve                             # the map and API at http://127.0.0.1:8000")


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
