"""Whether two claims may describe the same incident, and how strongly they agree."""

from __future__ import annotations

from rapidfuzz import fuzz

from .features import ClaimInfo, distance_km

__all__ = ["THRESHOLD", "compatible", "pair_score", "perpetrator_groups"]

THRESHOLD = 0.5   # the lowest score at which two claims are linked
_DAY_TOLERANCE = 1  # reports of a night-time strike straddle two dates


# Belligerents that fight together and that reports often confuse with one another.
_ALLIES = [frozenset({"russia", "syrian-government", "iran", "hezbollah"}),
           frozenset({"us-led-coalition", "united-states", "united-kingdom", "france"})]


def _allied(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(a & group and b & group for group in _ALLIES)


def perpetrator_groups(perps: frozenset[str]) -> set[str]:
    """Each perpetrator's group: its alliance when it has one, else itself."""
    out = set()
    for p in perps:
        out.add(next((f"allies-{n}" for n, group in enumerate(_ALLIES) if p in group), p))
    return out


def _date_gap(a: ClaimInfo, b: ClaimInfo) -> int | None:
    """Days between the two date windows (0 when they overlap); None when either is unknown."""
    if a.start is None or b.start is None:
        return None
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _place_relation(a: ClaimInfo, b: ClaimInfo) -> tuple[bool, float, str]:
    """(compatible, score in 0..1, reason) of the two claims' places."""
    if not a.places or not b.places:
        if a.country and b.country and a.country != b.country:
            return False, 0.0, "different countries"
        return True, 0.3, "place unknown"
    best: tuple[bool, float, str] = (False, 0.0, "places too far apart")
    for p in a.places:
        for q in b.places:
            if p.country and q.country and p.country != q.country:
                continue
            if p.gazetteer_id and p.gazetteer_id == q.gazetteer_id:
                if p.precision in ("country", "unknown"):
                    cand = (True, 0.3, f"same country ({p.name})")
                elif p.precision == "province":
                    cand = (True, 0.4, f"same province ({p.name})")
                else:
                    return True, 1.0, f"same place ({p.name})"
            elif p.has_point and q.has_point:
                d = distance_km(p, q)
                reach = max(p.radius, q.radius)
                if d > reach:
                    continue
                if reach <= 40:
                    score = 0.9 if d <= 3 else 0.75
                else:
                    score = 0.4 if reach <= 150 else 0.3  # only as good as the vaguer place
                cand = (True, score, f"places {d:.0f} km apart")
            elif p.name and p.name == q.name:
                cand = (True, 0.85, f"same place name ({p.name})")
            elif p.admin1 and q.admin1:
                if p.admin1 != q.admin1:
                    continue
                cand = (True, 0.4, f"same province ({p.admin1})")
            else:
                cand = (True, 0.3, "places vague")
            if cand[1] > best[1]:
                best = cand
    return best


def _check(a: ClaimInfo, b: ClaimInfo) -> tuple[int | None, tuple[bool, float, str]] | None:
    """The date gap and place relation of a compatible pair; None when incompatible."""
    if a.document == b.document:
        return None  # one report's separate claims are separate incidents
    gap = _date_gap(a, b)
    if gap is not None and gap > _DAY_TOLERANCE:
        return None
    place = _place_relation(a, b)
    if not place[0]:
        return None
    if not (a.precise_place and b.precise_place) and a.perpetrators and b.perpetrators \
            and not a.perpetrators & b.perpetrators and not _allied(a.perpetrators, b.perpetrators):
        return None  # places too vague to tell, and different belligerents named
    if gap is None:
        # without a date on one side: the same precise place, a shared perpetrator, the same toll
        if not (place[1] >= 0.75 and a.precise_place and b.precise_place
                and a.perpetrators & b.perpetrators and _same_toll(a, b)):
            return None
    return gap, place


def compatible(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Hard constraints: dates within tolerance and places within reach of each other.

    A claim with no date at all (and no publication date to fall back on) may only join a
    claim at the same precise place that names a perpetrator in common and states the same
    death toll.
    """
    return _check(a, b) is not None


def _same_toll(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Both state a death toll and it is the same figure (range)."""
    return a.killed != (None, None) and a.killed == b.killed


def _figure_agreement(a: ClaimInfo, b: ClaimInfo) -> tuple[float, str | None]:
    alo, ahi = a.killed
    blo, bhi = b.killed
    av, bv = (alo if alo is not None else ahi), (blo if blo is not None else bhi)
    if av is None or bv is None:
        return 0.0, None
    a_hi = ahi if ahi is not None else max(av * 3, av + 5)
    b_hi = bhi if bhi is not None else max(bv * 3, bv + 5)
    a_lo = alo if alo is not None else 0
    b_lo = blo if blo is not None else 0
    if a_lo <= b_hi and b_lo <= a_hi:
        return (1.0, "same death toll") if av == bv else (0.6, "death tolls overlap")
    lo, hi = sorted((av, bv))
    if hi <= 2 * lo + 2:
        return 0.2, "death tolls close"
    return -0.6, f"death tolls differ ({av} vs {bv})"


def _wording(a: ClaimInfo, b: ClaimInfo) -> float:
    if len(a.words) < 20 or len(b.words) < 20:
        return 0.0
    return fuzz.token_set_ratio(a.words, b.words) / 100.0


def pair_score(a: ClaimInfo, b: ClaimInfo) -> tuple[float, list[str]] | None:
    """None when the two cannot be one incident; else a score in about 0..1 and its reasons."""
    checked = _check(a, b)
    if checked is None:
        return None
    gap, (_ok, pscore, why) = checked
    reasons: list[str] = []
    if gap is None:
        score = 0.0
        reasons.append("no dates")
    elif a.span == 1 and b.span == 1 and gap == 0:
        score = 0.3
        reasons.append("same day")
    elif gap == 0:
        score = 0.2 if a.narrow_date and b.narrow_date else 0.1
        reasons.append("dates overlap")
    else:
        score = 0.12
        reasons.append(f"dates {gap} day apart")
    score += 0.3 * pscore
    reasons.append(why)
    if a.perpetrators and b.perpetrators:
        if a.perpetrators & b.perpetrators:
            score += 0.15
            reasons.append("same perpetrator")
        elif _allied(a.perpetrators, b.perpetrators):
            reasons.append("allied perpetrators")
        else:
            score -= 0.3
            reasons.append("different perpetrators")
    fig, why = _figure_agreement(a, b)
    score += 0.15 * fig
    if why:
        reasons.append(why)
    if a.means and b.means:
        if a.means == b.means:
            score += 0.05
            reasons.append(f"same means ({a.means})")
        else:
            score -= 0.05
    if a.target and b.target and a.target == b.target:
        score += 0.05
        reasons.append(f"same target ({a.target})")
    w = _wording(a, b)
    if w >= 0.5:
        score += 0.15 * w
        reasons.append(f"similar wording ({w:.2f})")
    return round(score, 4), reasons
