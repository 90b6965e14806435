"""The `harmwatch` command: a thin layer over the library, one module per command group.

Each module below exposes `register(app)`. Modules import their heavy dependencies inside the
commands, so that `harmwatch --help` and `harmwatch extract --help` answer at once.
"""

from __future__ import annotations

import importlib

import typer

from .common import State, state

__all__ = ["app", "main"]

app = typer.Typer(
    name="harmwatch",
    help="HarmWatch: reports of civilian harm in, traceable incidents and tolls out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: answers without loading rich's markdown machinery
    context_settings={"help_option_names": ["-h", "--help"]},
)

# The order here is the order of `harmwatch --help`: the pipeline's flow.
COMMAND_MODULES = (
    "ingest", "extract", "run", "review", "sources", "statements", "tally", "export",
    "gazetteer", "eval", "users", "serve", "demo",
)


@app.callback()
def _root(
    db: str = typer.Option(None, "--db", envvar="HARMWATCH_DB",
                           help="SQLAlchemy URL of the database (default: sqlite:///harmwatch.db in the working folder)."),
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True),
) -> None:
    """HarmWatch: reports of civilian harm in, traceable incidents and tolls out."""
    if version:
        from harmwatch import __version__

        typer.echo(__version__)
        raise typer.Exit()
    state.db = db


for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}").register(app)


def main() -> None:
    app()
