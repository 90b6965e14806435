"""Extraction speed: documents per second and peak memory on one core over generated reports.

    python benchmarks/extract.py [--mb 10] [--seed 1] [--cli]

Generates reports in several styles (wire story, monitor post, narrative, statement, tally,
noise) from templates written for this benchmark, writes them as one JSON Lines file, then
extracts them in growing slices (1/4, 1/2, all) to show that time grows linearly (wall
and CPU time: on a busy machine the CPU figure is the one to compare). With --cli it
also times `harmwatch extract FILE.jsonl` end to end. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PLACES = ["Raqqa", "Mosul", "Idlib", "Saraqeb", "Khan Younis", "Rafah", "Jabalia", "Hodeidah", "Taiz", "Kharkiv",
          "Dnipro", "Douma", "Al-Mayadin", "Manbij", "Afrin", "Tal Rifaat", "Marib", "Beit Lahia", "Ramadi"]
ACTORS = ["Russian jets", "coalition warplanes", "Israeli aircraft", "regime helicopters", "Turkish drones",
          "Saudi-led coalition jets", "US drones", "Iraqi artillery", "Houthi missiles"]
TARGETS = ["a house", "a market", "a school", "a mosque", "a bakery", "a car", "a hospital", "a camp for displaced people"]
SOURCES = ["the Syrian Observatory for Human Rights said", "local activists reported", "medics told Reuters",
           "the health ministry said", "according to the civil defence", "residents said"]
FILLER = ["Residents described scenes of panic as rescuers searched the rubble with their bare hands.",
          "The area had seen heavy fighting in recent weeks, and many families had fled to nearby villages.",
          "Photographs shared online showed a collapsed building and burnt-out cars in the street.",
          "Humanitarian groups have repeatedly called on all parties to spare civilian infrastructure.",
          "Some 5,000 troops were deployed in the province, and up to 100 families were sheltering nearby.",
          "The coalition said it had carried out 34 strikes across the country during the week."]
NUMBERS = ["at least {n}", "{n}", "more than {n}", "up to {n}", "between {n} and {m}", "dozens of", "{w}"]
WORDS = "two three four five six seven eight nine ten eleven twelve fifteen twenty".split()


def _report(rng: random.Random, i: int) -> dict:
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
    pub = day + timedelta(days=rng.randrange(0, 4))
    n = rng.randrange(1, 90)
    q = rng.choice(NUMBERS).format(n=n, m=n + rng.randrange(1, 20), w=rng.choice(WORDS))
    place, actor, target, source = rng.choice(PLACES), rng.choice(ACTORS), rng.choice(TARGETS), rng.choice(SOURCES)
    when = rng.choice([f"on {day.day} {day:%B %Y}", f"on {day:%A}", "yesterday", f"on {day:%B} {day.day}"])
    style = rng.randrange(5)
    if style == 0:
        text = (f"{place.upper()} (Reuters) - {actor.capitalize()} struck {target} in {place} {when}, killing {q} "
                f"civilians, including {rng.choice(WORDS)} children, {source}.")
    elif style == 1:
        text = (f"{when.capitalize()}, {q} people were killed and {rng.randrange(2, 60)} wounded when {actor} hit "
                f"{target} in {place}, {source}.")
    elif style == 2:
        text = (f"{actor.capitalize()} bombed {target} in {place} {when}. {q.capitalize()} civilians died, "
                f"among them {rng.choice(WORDS)} women. The following day, another strike on {rng.choice(PLACES)} "
                f"killed {rng.choice(WORDS)} men.")
    elif style == 3:
        text = (f"The war has killed more than {rng.randrange(1000, 90000):,} civilians since "
                f"{day:%B %Y}, {source}. {actor.capitalize()} carried out {rng.randrange(10, 900)} strikes last month.")
    else:
        text = f"Officials met in {place} {when} to discuss reconstruction and aid deliveries."
    paras = [text] + rng.sample(FILLER, k=rng.randrange(2, 6))
    return {"id": f"bench-{i}", "text": "\n\n".join(paras), "published": pub.isoformat()}


def _generate(path: Path, mb: float, seed: int) -> int:
    rng = random.Random(seed)
    size, n = 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while size < mb * 1_000_000:
            line = json.dumps(_report(rng, n)) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def _run_slice(path: Path, limit: int) -> tuple[int, int, float, float]:
    from harmwatch.extract import extract

    docs = claims = 0
    c0 = time.process_time()
    t0 = time.perf_counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if docs >= limit:
                break
            d = json.loads(line)
            claims += len(extract(d["text"], document=d["id"], published=date.fromisoformat(d["published"])))
            docs += 1
    return docs, claims, time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cli", action="store_true")
    a = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.jsonl"
        total = _generate(path, a.mb, a.seed)
        from harmwatch.extract import extract

        t0 = time.perf_counter()
        extract("Warm-up: jets killed 3 people in Raqqa on 2 May 2016.", document="warm", published=date(2016, 5, 3))
        warm = time.perf_counter() - t0
        slices = []
        for frac in (0.25, 0.5, 1.0):
            docs, claims, secs, cpu = _run_slice(path, int(total * frac))
            slices.append({"docs": docs, "claims": claims, "seconds": round(secs, 2), "cpu_seconds": round(cpu, 2),
                           "docs_per_s": round(docs / secs, 1) if secs else None,
                           "docs_per_cpu_s": round(docs / cpu, 1) if cpu else None})
        out = {"megabytes": a.mb, "documents": total, "warm_up_s": round(warm, 2), "slices": slices,
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        if a.cli:
            exe = Path(sys.executable).with_name("harmwatch")
            t0 = time.perf_counter()
            p = subprocess.run([str(exe), "extract", str(path)], capture_output=True, text=True)
            secs = time.perf_counter() - t0
            out["cli"] = {"exit": p.returncode, "seconds": round(secs, 2), "docs_per_s": round(total / secs, 1),
                          "claims": p.stdout.count("\n"),
                          "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
