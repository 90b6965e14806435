"""Fixtures for the extractor's tests: the contract's claim schema, read from ../shared when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SCHEMA = Path(__file__).resolve().parents[2].parent / "shared" / "contract" / "claim.schema.json"


@pytest.fixture(scope="session")
def check_claims():
    """A function asserting that claims are valid against the contract (skipped without ../shared)."""
    validator = None
    if SCHEMA.exists():
        import jsonschema

        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

    def check(claims: list[dict], text: str | None = None) -> list[dict]:
        for claim in claims:
            if validator is not None:
                errors = sorted(validator.iter_errors(claim), key=str)
                assert not errors, f"{errors[0].message} in {claim}"
            if text is not None:
                spans = [(e["start"], e["end"]) for e in claim["evidence"]]
                for a, b in spans:
                    assert 0 <= a < b <= len(text)
                for rng in claim["figures"].values():
                    for v in (rng["min"], rng["max"]):
                        if v is not None and v > 1:
                            # every number of a claim lies inside its evidence (digits or words)
                            ev = " ".join(text[a:b] for a, b in spans).lower()
                            assert _stated(ev, v), f"{v} not in evidence {ev!r}"
        return claims

    return check


_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty").split()


def _stated(ev: str, v: int) -> bool:
    import re

    ev = ev.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    arabic = {1: "واحد", 2: "اثن", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع", 10: "عشر"}
    if v in arabic and arabic[v] in ev:
        return True
    if re.search(rf"(?<![\d,]){v:,}(?!\d)|(?<![\d,]){v}(?!\d)", ev):
        return True
    if v < len(_WORDS) and re.search(rf"\b{_WORDS[v]}\b", ev):
        return True
    # vague words (dozens → 12, scores → 20, ...) and sums of a breakdown are allowed
    return bool(re.search(r"dozen|scores|tens|hundreds|thousands|several|many|number of|family of|twenty|thirty|"
                          r"forty|fifty|sixty|seventy|eighty|ninety|hundred|\band\b", ev))
