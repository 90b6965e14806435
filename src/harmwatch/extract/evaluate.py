"""`harmwatch eval`: precision and recall of the extractor on the project's own labelled set.

The set (evaldata/cases.jsonl) holds short documents written for the project, each with the
claims it should yield. Claims are paired with expected claims in document order (same kind,
closest date); every field is then scored by counting items: figure bounds, perpetrator ids,
dates, place names, kinds, and claims themselves.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Iterable

__all__ = ["load_cases", "evaluate", "FIELDS"]

FIELDS = ("claims", "kind", "figures", "perpetrators", "date", "places")


def load_cases(path: Path | None = None) -> list[dict]:
    """The labelled documents (the shipped set unless `path` is given)."""
    if path is None:
        text = resources.files("harmwatch.extract").joinpath("evaldata/cases.jsonl").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _items(claim: dict) -> dict[str, set]:
    figs = set()
    for key, rng in (claim.get("figures") or {}).items():
        if isinstance(rng, dict) and (rng.get("min") is not None or rng.get("max") is not None):
            figs.add((key, rng.get("min"), rng.get("max")))
    d = claim.get("date") or {}
    dates = {(d.get("start"), d.get("end"))} if d.get("start") or d.get("end") else set()
    perps = {p for p in claim.get("perpetrators") or [] if p != "unknown"}
    places = {str(p.get("name", p) if isinstance(p, dict) else p).lower() for p in claim.get("places") or []}
    return {"claims": {1}, "kind": {claim.get("kind")}, "figures": figs, "perpetrators": perps, "date": dates,
            "places": places}


def _place_hits(pred: set, exp: set) -> int:
    return sum(any(e in p or p in e for p in pred) for e in exp)


def _pair(pred: list[dict], exp: list[dict]) -> list[tuple[dict | None, dict | None]]:
    pairs: list[tuple[dict | None, dict | None]] = []
    left = list(pred)
    for e in exp:
        cands = [p for p in left if p.get("kind") == e.get("kind")]
        if not cands:
            pairs.append((None, e))
            continue
        want = (e.get("date") or {}).get("start")
        best = next((p for p in cands if (p.get("date") or {}).get("start") == want), cands[0])
        left.remove(best)
        pairs.append((best, e))
    pairs.extend((p, None) for p in left)
    return pairs


def evaluate(cases: Iterable[dict]) -> dict:
    """{field: {"precision", "recall", "tp", "predicted", "expected"}} over all cases."""
    from . import extract

    counts = {f: [0, 0, 0] for f in FIELDS}  # tp, predicted, expected
    for case in cases:
        pub = date.fromisoformat(case["published"]) if case.get("published") else None
        pred = extract(case["text"], document=case["id"], published=pub)
        for p, e in _pair(pred, case.get("expected") or []):
            pi = _items(p) if p else {f: set() for f in FIELDS}
            ei = _items(e) if e else {f: set() for f in FIELDS}
            for f in FIELDS:
                tp = _place_hits(pi[f], ei[f]) if f == "places" else len(pi[f] & ei[f])
                if f == "places":
                    tp = min(tp, len(pi[f]))
                counts[f][0] += tp
                counts[f][1] += len(pi[f])
                counts[f][2] += len(ei[f])
    out = {}
    for f, (tp, n_pred, n_exp) in counts.items():
        out[f] = {"precision": round(tp / n_pred, 3) if n_pred else 1.0,
                  "recall": round(tp / n_exp, 3) if n_exp else 1.0,
                  "tp": tp, "predicted": n_pred, "expected": n_exp}
    return out
