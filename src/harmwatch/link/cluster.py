"""Group claims into incidents: blocked candidate pairs, then greedy average linkage under a complete-linkage guard.

Candidates come from blocks (day × 0.1° cells within each place's reach; day × province or
country for vaguer places; place × perpetrator for undated claims), so the work grows with the
number of claims, not its square. Pairs are merged best
first (precise pairs before vague ones, ties broken by claim keys) and two groups merge only
when EVERY member of one is compatible with every member of the other (a vague claim can
never chain two distant incidents together) AND the average score over all cross pairs
(pairs that did not link count 0; when one vague report — a province, a country — meets a group,
pairs that link but that blocking did not offer are scored then) reaches _AVERAGE (0.35: a report linked to one member of a pair
at 0.7 or more joins, one like only one member at the linking threshold does not). Claims whose documents have text vectors
are also candidates when they share one of their heaviest terms (`_text_pairs`). The result
depends only on the set of claims.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from .features import ClaimInfo
from .score import THRESHOLD, compatible, pair_score, perpetrator_groups
from .text import TOP_TERMS

__all__ = ["Cluster", "candidate_pairs", "cluster_claims"]

_MAX_GROUP = 200  # a guard against runaway groups of near-identical vague claims
_AVERAGE = 0.35  # the mean cross-pair score two groups need to merge (pairs that did not link count 0)
_ADOPT_AVERAGE = 0.15  # the mean score with a group that an orphan (a claimless document) joining it needs
_MAX_TERM_BLOCK = 300  # a heavy term shared by more documents than this finds no candidates


@dataclass
class Cluster:
    """Member claims (sorted by key) and, per member, the best score and reasons that joined it."""

    members: list[ClaimInfo]
    scores: dict[str, float]
    reasons: dict[str, list[str]]


def _undated_keys(c: ClaimInfo, *, near: bool) -> list[tuple]:
    """Entries by precise place and perpetrator, whatever the date (how undated claims link)."""
    out: list[tuple] = []
    for pk in c.place_keys():
        if pk[0] == "fine" and near:
            pks = [("fine", pk[1] + da, pk[2] + db) for da in (-1, 0, 1) for db in (-1, 0, 1)]
        else:
            pks = [pk]
        out.extend(("up", k, perp) for k in pks for perp in sorted(c.perpetrators))
    return out


def _blocks(c: ClaimInfo, wanted_up: set[tuple]) -> list[tuple]:
    """The index entries a claim is filed under (one per day of its window)."""
    out: list[tuple] = [k for k in _undated_keys(c, near=False) if k in wanted_up] if wanted_up else []
    if c.undated:
        return out
    cells = c.cells()
    admin1s = {(p.country, p.admin1) for p in c.places if p.admin1}
    groups = perpetrator_groups(c.perpetrators) or {"*"}
    for d in range(c.start, c.end + 1):
        out.extend(("cell", cell, d) for cell in cells)
        for co, a1 in admin1s:
            out.append(("admin1-all", co, a1, d))
            out.extend(("admin1", co, a1, d, g) for g in groups)
        out.append(("country-all", c.country, d))
        out.extend(("country", c.country, d, g) for g in groups)
        out.append(("any-all", d))
        out.extend(("any", d, g) for g in groups)
    return out


def _kind(c: ClaimInfo) -> int:
    """Which index a claim searches: 0 undated (by place), 1 precise (cells), 2 province, 3 country,
    4 no place at all (the day's claims anywhere)."""
    if c.undated:
        return 0
    if c.precise_place:
        return 1
    if any(p.admin1 for p in c.places):
        return 2
    return 3 if c.country else 4


def _queries(c: ClaimInfo) -> list[tuple]:
    """The index entries to look in for a claim's candidates."""
    if c.undated:
        return _undated_keys(c, near=True)
    days = range(c.start - 1, c.end + 2)
    out: list[tuple] = []
    if c.precise_place:
        near = c.near_cells()
        for d in days:
            out.extend(("cell", cell, d) for cell in near)
    else:
        # vague places: only claims naming the same (or allied) belligerents, or none, are candidates
        admin1s = sorted({(p.country, p.admin1) for p in c.places if p.admin1})
        groups = sorted(perpetrator_groups(c.perpetrators))
        for d in days:
            for co, a1 in admin1s:
                if groups:
                    out.extend(("admin1", co, a1, d, g) for g in [*groups, "*"])
                else:
                    out.append(("admin1-all", co, a1, d))
            if not admin1s:
                scope = ("country", c.country) if c.country else ("any",)
                if groups:
                    out.extend((*scope, d, g) for g in [*groups, "*"])
                else:
                    out.append((f"{scope[0]}-all", *scope[1:], d))
    return out


def candidate_pairs(claims: list[ClaimInfo]) -> list[tuple[float, int, int, int]]:
    """Linkable pairs (score, i, j, tier), i < j in key order, each scored once.

    A pair between claims of one kind may be found from both sides: it is scored from the side
    that reaches further (precise places), else from the lower index; a pair between kinds is
    only ever found from the vaguer side (see `_blocks`/`_queries`).
    """
    wanted_up = {k for c in claims if c.undated for k in _undated_keys(c, near=True)}
    index: dict[tuple, list[int]] = defaultdict(list)
    for c in claims:
        for b in _blocks(c, wanted_up):
            index[b].append(c.idx)
    kinds = [_kind(c) for c in claims]
    reach = [c.reach() if k == 1 else 0.0 for c, k in zip(claims, kinds)]
    edges: list[tuple[float, int, int, int]] = []
    for c in claims:
        i, ki = c.idx, kinds[c.idx]
        seen: set[int] = set()
        for q in _queries(c):
            for j in index.get(q, ()):
                if j == i or j in seen:
                    continue
                if kinds[j] == ki:
                    # found from both sides: the wider-reaching claim (then the lower index) scores it
                    if ki == 1 and reach[j] != reach[i]:
                        if reach[j] > reach[i]:
                            continue
                    elif j < i:
                        continue
                seen.add(j)
                i0, j0 = (i, j) if i < j else (j, i)
                res = pair_score(claims[i0], claims[j0])
                if res is None or res[0] < THRESHOLD:
                    continue
                tier = 0 if claims[i0].precise and claims[j0].precise else 1
                edges.append((res[0], i0, j0, tier))
    edges.extend(_text_pairs(claims))
    return edges


def _text_pairs(claims: list[ClaimInfo]) -> list[tuple[float, int, int, int]]:
    """Pairs whose documents share one of their heaviest terms, scored (may repeat a pair found above)."""
    index: dict[str, list[int]] = defaultdict(list)
    for c in claims:
        if c.vec:
            top = sorted(c.vec.items(), key=lambda tw: (-tw[1], tw[0]))[:TOP_TERMS]
            for term, _w in top:
                index[term].append(c.idx)
    done: set[tuple[int, int]] = set()
    out: list[tuple[float, int, int, int]] = []
    for term in sorted(index):
        ids = index[term]
        if len(ids) > _MAX_TERM_BLOCK:
            continue
        for n, i in enumerate(ids):
            for j in ids[n + 1:]:
                if (i, j) in done:
                    continue
                done.add((i, j))
                res = pair_score(claims[i], claims[j])
                if res is not None and res[0] >= THRESHOLD:
                    out.append((res[0], i, j, 0 if claims[i].precise and claims[j].precise else 1))
    return out


def cluster_claims(claims: list[ClaimInfo], orphan: Callable[[list[ClaimInfo]], bool] | None = None) -> list[Cluster]:
    """Cluster claims; the same set in any order gives the same clusters.

    `orphan` tells a group that will make no incident of its own (the link stage: document claims
    that do not stand alone). Each member of such a group then joins the group of its best linked
    partner that is not one, when it is compatible with every member of that group and its mean
    score with them reaches _ADOPT_AVERAGE (0.15, not _AVERAGE: it carries no date, place or figure
    to disagree with, and a group of many reports shares few words with any one of them)."""
    claims = sorted(claims, key=lambda c: c.key)
    for n, c in enumerate(claims):
        c.idx = n
    edges = candidate_pairs(claims)
    edges.sort(key=lambda e: (e[3], -e[0], e[1], e[2]))
    score_of = {(i, j): sc for sc, i, j, _t in edges}
    parent = list(range(len(claims)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    best: dict[int, tuple[float, int]] = {}  # member → (best score, partner)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for score, i, j, _tier in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        gi, gj = groups[ri], groups[rj]
        if len(gi) + len(gj) > _MAX_GROUP:
            continue
        if not all(compatible(claims[x], claims[y]) for x in gi for y in gj if (x, y) != (i, j)):
            continue
        if len(gi) * len(gj) > 1:
            single = gi if len(gi) == 1 else gj if len(gj) == 1 else None
            if single is not None and not claims[single[0]].precise:  # a vague report joining a group
                total = sum(_cross(claims, score_of, x, y) for x in gi for y in gj)
            else:
                total = sum(score_of.get((x, y) if x < y else (y, x), 0.0) for x in gi for y in gj)
            if total < _AVERAGE * len(gi) * len(gj):
                continue  # average linkage: the groups must agree on the whole, not through one pair
        root, other = (ri, rj) if ri < rj else (rj, ri)
        parent[other] = root
        groups[root] = gi + gj
        del groups[other]
        for x, y in ((i, j), (j, i)):
            if x not in best or best[x][0] < score:
                best[x] = (score, y)
    if orphan is not None:
        _adopt(claims, edges, score_of, groups, find, best, orphan)
    out = []
    for members in groups.values():
        ms = sorted(members)
        reasons = {}
        for m in ms:
            if m in best:
                a, b = sorted((m, best[m][1]))
                reasons[claims[m].key] = [f"best match {claims[best[m][1]].key}", *pair_score(claims[a], claims[b])[1]]
        out.append(Cluster(members=[claims[m] for m in ms],
                           scores={claims[m].key: best[m][0] for m in ms if m in best}, reasons=reasons))
    out.sort(key=lambda cl: cl.members[0].key)
    return out


def _cross(claims: list[ClaimInfo], score_of: dict, x: int, y: int) -> float:
    """The linking score of two claims (0.0 below THRESHOLD). Blocking finds the pairs that merge
    groups, not every pair that links: a pair it missed (a province-level report and a town's in
    the next province, within the province's reach) is scored here when one vague report meets a
    group. (Blocking offers a precise claim every pair its fields can link: between claims of two
    places, only wording links them, and counting more such pairs joined two strikes of one outlet's
    statements.)
    (`score_of` holds the candidate pairs; pairs scored here are kept apart, under ("x", i, j).)"""
    key = (x, y) if x < y else (y, x)
    got = score_of.get(key)
    if got is None:
        got = score_of.get(("x", *key))
    if got is None:
        res = pair_score(claims[key[0]], claims[key[1]])
        got = score_of[("x", *key)] = res[0] if res is not None and res[0] >= THRESHOLD else 0.0
    return got


def _adopt(claims: list[ClaimInfo], edges: list, score_of: dict, groups: dict[int, list[int]], find: Callable[[int], int],
           best: dict[int, tuple[float, int]], orphan: Callable[[list[ClaimInfo]], bool]) -> None:
    """Move each member of an orphan group to the group of its best linked partner outside orphan groups
    (compatible with all of that group's members). Decided on the groups as clustering left them, so
    the result does not depend on the order of adoption."""
    lost = {r for r, ms in groups.items() if orphan([claims[m] for m in ms])}
    if not lost:
        return
    moves: dict[int, tuple[int, float, int]] = {}
    for score, i, j, _tier in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        for x, y in ((i, j), (j, i)):
            rx, ry = find(x), find(y)
            if x in moves or rx not in lost or ry in lost:
                continue
            if not all(compatible(claims[x], claims[m]) for m in groups[ry] if m != y):
                continue
            total = sum(_cross(claims, score_of, x, m) for m in groups[ry])
            if total >= _ADOPT_AVERAGE * len(groups[ry]):
                moves[x] = (ry, score, y)
    for x, (root, score, y) in sorted(moves.items()):
        groups[find(x)].remove(x)
        groups[root].append(x)
        best[x] = (score, y)
    for r in [r for r, ms in groups.items() if not ms]:
        del groups[r]
