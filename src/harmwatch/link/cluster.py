"""Group claims into incidents: blocked candidate pairs, then greedy complete-linkage.

Candidates come from blocks (date day × coarse geo cell, or province / country for vaguer
places), so the work grows with the number of claims, not its square. Pairs are merged best
first (precise pairs before vague ones, ties broken by claim keys) and two groups merge only
when EVERY member of one is compatible with every member of the other: a vague claim can
never chain two distant incidents together. The result depends only on the set of claims.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .features import NARROW_DAYS, WIDE_DAYS, ClaimInfo
from .score import THRESHOLD, compatible, pair_score

__all__ = ["Cluster", "candidate_pairs", "cluster_claims"]

_MAX_GROUP = 200  # a guard against runaway groups of near-identical vague claims


@dataclass
class Cluster:
    """Member claims (sorted by key) and, per member, the best score and reasons that joined it."""

    members: list[ClaimInfo]
    scores: dict[str, float]
    reasons: dict[str, list[str]]


def _blocks(c: ClaimInfo) -> list[tuple]:
    """The index entries a claim is filed under (one per day of its window)."""
    if c.start is None or c.span > WIDE_DAYS:
        return []
    out: list[tuple] = []
    days = range(c.start, c.end + 1)
    cells = c.cells()
    for d in days:
        for cell in cells:
            out.append(("cell", cell, d))
        for p in c.places:
            if p.admin1:
                out.append(("admin1", p.country, p.admin1, d))
        out.append(("country", c.country, d))
    return out


def _queries(c: ClaimInfo) -> list[tuple]:
    """The index entries to look in for a claim's candidates."""
    if c.start is None or c.span > WIDE_DAYS:
        return []
    days = range(c.start - 1, c.end + 2)
    out: list[tuple] = []
    if c.precise_place:
        cells = c.cells()
        near = {(a + da, b + db) for a, b in cells for da in (-1, 0, 1) for db in (-1, 0, 1)}
        for d in days:
            out.extend(("cell", cell, d) for cell in near)
    else:
        admin1s = [(p.country, p.admin1) for p in c.places if p.admin1]
        for d in days:
            if admin1s:
                out.extend(("admin1", co, a1, d) for co, a1 in admin1s)
            else:
                out.append(("country", c.country, d))
    return out


def candidate_pairs(claims: list[ClaimInfo]) -> list[tuple[float, int, int, list[str], int]]:
    """Scored candidate pairs (score, i, j, reasons, tier) with i < j in key order."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for c in claims:
        for b in _blocks(c):
            index[b].append(c.idx)
    pairs: dict[tuple[int, int], tuple] = {}
    for c in claims:
        queries = _queries(c)
        # a claim with a country but no province is also looked up among the country's claims
        seen: set[int] = set()
        for q in queries:
            for j in index.get(q, ()):
                if j == c.idx or j in seen:
                    continue
                seen.add(j)
                i0, j0 = (c.idx, j) if c.idx < j else (j, c.idx)
                if (i0, j0) in pairs:
                    continue
                res = pair_score(claims[i0], claims[j0])
                if res is None or res[0] < THRESHOLD:
                    pairs[(i0, j0)] = ()
                    continue
                tier = 0 if claims[i0].precise and claims[j0].precise else 1
                pairs[(i0, j0)] = (res[0], i0, j0, res[1], tier)
    return [p for p in pairs.values() if p]


def cluster_claims(claims: list[ClaimInfo]) -> list[Cluster]:
    """Cluster claims; the same set in any order gives the same clusters."""
    claims = sorted(claims, key=lambda c: c.key)
    for n, c in enumerate(claims):
        c.idx = n
    edges = candidate_pairs(claims)
    edges.sort(key=lambda e: (e[4], -e[0], claims[e[1]].key, claims[e[2]].key))
    parent = list(range(len(claims)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    best: dict[int, tuple[float, list[str]]] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for score, i, j, reasons, _tier in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        gi, gj = groups[ri], groups[rj]
        if len(gi) + len(gj) > _MAX_GROUP:
            continue
        if not all(compatible(claims[x], claims[y]) for x in gi for y in gj if (x, y) != (i, j)):
            continue
        root, other = (ri, rj) if ri < rj else (rj, ri)
        parent[other] = root
        groups[root] = gi + gj
        del groups[other]
        for x in (i, j):
            if x not in best or best[x][0] < score:
                best[x] = (score, reasons)
    out = []
    for members in groups.values():
        ms = sorted(members)
        out.append(Cluster(members=[claims[m] for m in ms],
                           scores={claims[m].key: best[m][0] for m in ms if m in best},
                           reasons={claims[m].key: best[m][1] for m in ms if m in best}))
    out.sort(key=lambda cl: cl.members[0].key)
    return out
