"""`harmwatch tally`: tolls by belligerent, period and place; comparison with admitted deaths."""

from __future__ import annotations

import typer

from .common import engine, fail

__all__ = ["register"]


def _range(lo, hi) -> str:
    return f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"


def _stated_line(t: dict) -> str:
    fig = (t["figures"] or {}).get("civilians_killed") or {}
    said = fig.get("min") if fig.get("min") is not None else fig.get("max")
    who = ", ".join(t["sources"]) or t["document"]
    period = " to ".join(p for p in (t["period"]["start"], t["period"]["end"]) if p) or "no period"
    c = t["computed"]
    return (f"{who} says {said:,} ({', '.join(t['perpetrators']) or 'any belligerent'}, {period}); "
            f"these incidents add up to {_range(c['killed_min'], c['killed_max'])} in {c['incidents']} incidents")


def register(app: typer.Typer) -> None:
    @app.command("tally")
    def tally(
        by: str = typer.Option("perpetrator", "--by",
                               help="Comma list of perpetrator (or belligerent), month, year, country, admin1."),
        grade: str = typer.Option(None, "--grade", help="Only incidents of these grades (comma list)."),
        compare_: bool = typer.Option(False, "--compare",
                                      help="Monitor estimates beside admitted deaths, per belligerent."),
        fmt: str = typer.Option("table", "--format", help="table, json or csv."),
    ) -> None:
        """Tolls (min–max sums of civilians killed and injured) and the tallies reports state."""
        import csv
        import json
        import sys

        from harmwatch.db import session_scope
        from harmwatch.link.decisions import GRADES
        from harmwatch.tally import compare, normalise_by, stated_tallies, tolls

        if fmt not in ("table", "json", "csv"):
            fail(f"unknown format {fmt!r} (table, json or csv)")
        try:
            dims = normalise_by(by.split(","))
        except ValueError as exc:
            fail(str(exc))
        grades = [g.strip().lower() for g in grade.split(",") if g.strip()] if grade else None
        for g in grades or ():
            if g not in GRADES:
                fail(f"unknown grade {g!r} (one of {', '.join(GRADES)})")
        with session_scope(engine()) as session:
            if compare_:
                rows, stated = compare(session), []
                dims = ["perpetrator"]
            else:
                rows, stated = tolls(session, dims, grades), stated_tallies(session)
        if fmt == "json":
            typer.echo(json.dumps({"by": dims, "rows": rows, "stated": stated}, default=str))
            return
        if fmt == "csv":
            if rows:
                w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
                w.writeheader()
                w.writerows(rows)
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(*(rows[0].keys() if rows else dims), show_lines=False)
        for r in rows:
            table.add_row(*("" if v is None else f"{v:,}" if k not in dims and isinstance(v, int)
                            and not isinstance(v, bool) else str(v) for k, v in r.items()))
        console = Console(width=200)
        console.print(table)
        for t in stated:
            if ((t["figures"] or {}).get("civilians_killed") or {}).get("min") is not None or \
                    ((t["figures"] or {}).get("civilians_killed") or {}).get("max") is not None:
                console.print(_stated_line(t), highlight=False)
