"""Every command and option is documented: docs/cli.md is what the commands say of themselves."""

from pathlib import Path

from harmwatch.cli.reference import reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_reference_is_up_to_date():
    assert DOC.read_text(encoding="utf-8") == reference(), \
        "docs/cli.md is stale: run `.venv/bin/python -m harmwatch.cli.reference > docs/cli.md`"


def test_every_setting_is_documented():
    """Environment variables the code reads appear in docs/configuration.md."""
    import re

    root = Path(__file__).resolve().parents[2]
    used = set()
    for path in (root / "src" / "harmwatch").rglob("*.py"):
        used.update(re.findall(r"""["'](HARMWATCH_[A-Z_]+)["']""", path.read_text(encoding="utf-8")))
    documented = (root / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = sorted(v for v in used if v not in documented)
    assert not missing, f"settings missing from docs/configuration.md: {missing}"
