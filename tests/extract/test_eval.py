"""The project's labelled set: floors that fail CI when the extractor regresses."""

import json

from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.extract.evaluate import evaluate, load_cases

FLOORS = {  # field: (precision, recall)
    "claims": (0.9, 0.9),
    "kind": (0.9, 0.9),
    "figures": (0.85, 0.85),
    "perpetrators": (0.85, 0.85),
    "date": (0.85, 0.85),
    "places": (0.5, 0.6),
}


def test_labelled_set_is_large_and_varied():
    cases = load_cases()
    assert len(cases) >= 30
    kinds = {e["kind"] for c in cases for e in c["expected"]}
    assert kinds == {"incident", "tally"}
    assert any(not c["expected"] for c in cases)  # documents that must yield nothing


def test_floors(monkeypatch):
    import harmwatch.extract.places as places

    scores = evaluate(load_cases())
    for field, (p, r) in FLOORS.items():
        if field == "places" and not hasattr(places, "country_hints"):
            continue
        assert scores[field]["precision"] >= p, (field, scores[field])
        assert scores[field]["recall"] >= r, (field, scores[field])


def test_eval_command():
    r = CliRunner().invoke(app, ["eval", "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["documents"] >= 30 and set(out["fields"]) >= set(FLOORS)
    r = CliRunner().invoke(app, ["eval"])
    assert r.exit_code == 0 and "precision" in r.stdout
