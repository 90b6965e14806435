"""The CLI reference (docs/cli.md), generated from the commands themselves.

`python -m harmwatch.cli.reference > docs/cli.md` writes it; a test checks that the file matches,
so every command and option is documented exactly as `--help` shows it.
"""

from __future__ import annotations

__all__ = ["reference"]


def _param_rows(command) -> list[str]:
    rows = []
    for p in command.params:
        if p.param_type_name == "argument":
            what = "argument" + (" (required)" if p.required else "")
            rows.append(f"| `{(p.metavar or p.name).upper()}` | {what}: {getattr(p, 'help', None) or ''} | |")
            continue
        names = ", ".join(f"`{o}`" for o in p.opts + p.secondary_opts)
        help_text = (getattr(p, "help", None) or "").replace("|", "\\|").replace("\n", " ")
        extra = []
        if getattr(p, "envvar", None):
            extra.append(f"env `{p.envvar}`")
        if not p.is_flag and p.default not in (None, False, ()) and not callable(p.default):
            default = getattr(p.default, "value", p.default)
            extra.append(f"default `{default}`")
        rows.append(f"| {names} | {help_text} | {'; '.join(extra)} |")
    return rows


def _walk(command, path: list[str], out: list[str]) -> None:
    name = " ".join(path)
    out.append(f"{'#' * min(len(path) + 1, 4)} `{name}`\n")
    ctx = command.context_class(command, info_name=name)
    usage = command.collect_usage_pieces(ctx)
    out.append(f"```\n{name} {' '.join(usage)}\n```\n")
    if command.help:
        out.append(command.help.strip().replace("\b\n", "") + "\n")
    rows = _param_rows(command)
    if rows:
        out.append("| option | meaning | notes |\n|---|---|---|")
        out.extend(rows)
        out.append("")
    if hasattr(command, "list_commands"):
        for sub in command.list_commands(ctx):
            _walk(command.get_command(ctx, sub), path + [sub], out)


def reference() -> str:
    import typer.main

    from harmwatch.cli import app

    out = ["# Command-line reference", "",
           "Generated from the commands themselves (`python -m harmwatch.cli.reference > docs/cli.md`);",
           "a test fails when this file and `harmwatch --help` disagree.", ""]
    _walk(typer.main.get_command(app), ["harmwatch"], out)
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(reference(), end="")
