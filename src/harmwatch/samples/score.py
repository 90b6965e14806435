"""Score the whole pipeline on the sample reports against their index (index.json).

    python -m harmwatch.samples.score [--db URL]

Ingests the samples into a database (a temporary SQLite one by default), runs every stage, and
compares the exported incidents with the incidents the index describes: which documents share an
incident (pairwise precision and recall), and, for each indexed incident, the predicted incident
holding most of its documents — its killed range, perpetrators, date and place.
"""

from __future__ import annotations

import itertools
import json
import math
from importlib.resources import as_file, files
from pathlib import Path

__all__ = ["load_index", "score_records", "score_pipeline"]


def load_index() -> dict:
    return json.loads((files("harmwatch") / "samples" / "index.json").read_text(encoding="utf-8"))


def _pairs(groups) -> set:
    out = set()
    for g in groups:
        out.update(itertools.combinations(sorted(g), 2))
    return out


def _km(a, b, c, d) -> float:
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _fit(docs: set, record: dict) -> tuple:
    """How well a predicted incident stands for a gold one: most shared documents, fewest foreign
    ones, most claims; ties broken by the documents' names, never by incident ids or order."""
    have = set(record.get("documents") or [])
    return len(docs & have), -len(have - docs), len(record.get("claims") or []), sorted(have, reverse=True)


def score_records(records: list[dict], index: dict) -> dict:
    """Figures comparing exported incidents with the index."""
    gold = [set(i["documents"]) for i in index["incidents"]]
    keep = set().union(*gold)
    pred = [set(r.get("documents") or []) & keep for r in records]
    gp, pp = _pairs(gold), _pairs(pred)
    tp = len(gp & pp)
    prec = tp / len(pp) if pp else 0.0
    rec = tp / len(gp) if gp else 0.0
    n = len(index["incidents"])
    hits = dict(killed=0, perpetrators=0, date=0, place=0, one_incident=0)
    for inc in index["incidents"]:
        docs = set(inc["documents"])
        best = max(records, key=lambda r: _fit(docs, r), default=None)
        if best is None or not docs & set(best.get("documents") or []):
            continue
        hits["one_incident"] += docs <= set(best.get("documents") or [])
        killed = (best.get("figures") or {}).get("civilians_killed") or {}
        want = inc.get("civilians_killed") or {}
        hits["killed"] += (killed.get("min"), killed.get("max")) == (want.get("min"), want.get("max"))
        hits["perpetrators"] += set(inc["perpetrators"]) <= set(best.get("perpetrators") or [])
        hits["date"] += (best.get("date") or {}).get("start") == inc.get("date")
        place = inc.get("place") or {}
        hits["place"] += any(p.get("lat") is not None and place.get("lat") is not None
                             and _km(p["lat"], p["lon"], place["lat"], place["lon"]) <= 25
                             for p in best.get("places") or [])
    return {"incidents_gold": n, "incidents_predicted": sum(1 for p in pred if p),
            "pair_precision": round(prec, 3), "pair_recall": round(rec, 3),
            "pair_f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
            **{f"{k}_exact" if k in ("killed", "date") else k: round(v / n, 3) for k, v in hits.items()}}


def score_pipeline(url: str) -> dict:
    """Ingest the samples into `url`, run the pipeline, and score what it exports."""
    from sqlalchemy.orm import Session

    from harmwatch.db import connect
    from harmwatch.ingest import ingest_paths
    from harmwatch.pipeline import run
    from harmwatch.serve.export import incident_records

    engine = connect(url)
    with as_file(files("harmwatch") / "samples" / "reports") as folder:
        ingest_paths(engine, [folder])
    run(engine)
    with Session(engine) as session:
        records = list(incident_records(session))
    return score_records(records, load_index())


def main() -> None:
    import argparse
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(score_pipeline(a.db or f"sqlite:///{Path(tmp) / 'samples.db'}")))


if __name__ == "__main__":
    main()
