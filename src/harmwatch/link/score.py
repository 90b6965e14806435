"""Whether two claims may describe the same incident, and how strongly they agree."""

from __future__ import annotations

from .features import ClaimInfo, distance_km
from .text import cosine

__all__ = ["THRESHOLD", "TEXT_THRESHOLD", "CORROBORATION", "DATED_TEXT_THRESHOLD", "DATED_TEXT_DAYS",
           "SHORT_TEXT_THRESHOLD", "SHORT_TEXT_DAYS", "SAME_SITE_TEXT_THRESHOLD", "SAME_SITE_DATED_TEXT_THRESHOLD",
           "OWN_DATES_VETO_DAYS", "ANY_DATES_VETO_DAYS", "SAME_SPOT_DAYS", "COMPETING_SAME_SPOT",
           "compatible", "pair_score", "perpetrator_groups", "similarity"]

THRESHOLD = 0.5   # the lowest score at which two claims are linked
_DAY_TOLERANCE = 1  # reports of a night-time strike straddle two dates (a day apart needs corroboration)
TEXT_THRESHOLD = 0.15  # document cosine at which two reports link on their wording alone
CORROBORATION = 0.1    # document cosine that corroborates a day-apart or 3–40 km pair
DATED_TEXT_THRESHOLD = 0.05  # document cosine at which two reports dated within DATED_TEXT_DAYS link
DATED_TEXT_DAYS = 3
SHORT_TEXT_THRESHOLD = 0.07  # cosine at which a short text (a tweet) links to a report of the same days
SHORT_TEXT_DAYS = 1
SAME_SITE_TEXT_THRESHOLD = 0.5        # wording alone, two reports of one outlet (house style)
SAME_SITE_DATED_TEXT_THRESHOLD = 0.2  # below this, one outlet's two reports do not read alike at all
OWN_DATES_VETO_DAYS = 3   # stated dates further apart than this never link
ANY_DATES_VETO_DAYS = 7   # any dates (publication fallback included) further apart never link
_SAME_SPOT_KM = 3.0
_SPOT_PLACES = frozenset({"exact", "settlement", "near-settlement"})
SAME_SPOT_DAYS = 1        # rival blame links only between reports dated to one and the same day
COMPETING_SAME_SPOT = True  # rival perpetrators may link when the reports agree on the day and the spot
_NEAR_KM = 40.0


# Belligerents that fight together and that reports often confuse with one another.
_ALLIES = [frozenset({"russia", "syrian-government", "iran", "hezbollah"}),
           frozenset({"us-led-coalition", "united-states", "united-kingdom", "france",
                      # the coalition's partner on the ground, which its opponents call by its parts' names
                      "sdf", "ypg", "pkk"}),
           frozenset({"turkey", "syrian-opposition"})]  # Turkey and the armed opposition it backs (SNA)


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


def _conflict(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Both name belligerents, none in common and not allied."""
    return bool(a.perpetrators and b.perpetrators and not a.perpetrators & b.perpetrators
                and not _allied(a.perpetrators, b.perpetrators))


def similarity(a: ClaimInfo, b: ClaimInfo) -> float:
    """The cosine of the two documents' texts, as evidence: reports of one outlet (`site`) share its
    house style (datelines, set phrases, boilerplate paragraphs), so between them a cosine below
    SAME_SITE_DATED_TEXT_THRESHOLD counts as none."""
    sim = cosine(a.vec, b.vec)
    if a.site is not None and a.site == b.site and sim < SAME_SITE_DATED_TEXT_THRESHOLD:
        return 0.0
    return sim


def _same_site(a: ClaimInfo, b: ClaimInfo) -> bool:
    return a.site is not None and a.site == b.site


def _same_story(a: ClaimInfo, b: ClaimInfo, gap: int | None) -> bool:
    """Two full reports that read alike (cosine ≥ TEXT_THRESHOLD) and are dated within DATED_TEXT_DAYS:
    the same story, whoever each blames and wherever else each places it (competing claims of
    responsibility make a contested incident, not two incidents)."""
    return (gap is not None and gap <= DATED_TEXT_DAYS and a.vec is not None and b.vec is not None
            and not a.short_text and not b.short_text and similarity(a, b) >= TEXT_THRESHOLD)


def _same_attack(a: ClaimInfo, b: ClaimInfo, gap: int | None) -> bool:
    """Both dated to one and the same day (windows of at most SAME_SPOT_DAYS days that overlap) at
    one settlement-level place (the same gazetteer entry, or places at most 3 km apart)."""
    if not (COMPETING_SAME_SPOT and gap == 0 and a.span <= SAME_SPOT_DAYS and b.span <= SAME_SPOT_DAYS):
        return False
    near = _nearest_km(a, b, precise=True)
    return near is not None and near[0] <= _SAME_SPOT_KM


def _vetoed(a: ClaimInfo, b: ClaimInfo, gap: int | None) -> str | None:
    """Why the two can never be one incident, whatever else agrees; None when nothing forbids it.

    Rival perpetrators do not forbid it when the reports tell the same story (they read alike) or
    put the attack on the same day at the same spot (`_same_attack`): reports from the two sides of a
    front line often blame each other for one shelling, and that makes one contested incident."""
    if a.document == b.document:
        return "same document"  # one report's separate claims are separate incidents
    countries = bool(a.country and b.country and a.country != b.country)
    if countries and not _same_story(a, b, gap):
        return "different countries"
    if _conflict(a, b) and not _same_story(a, b, gap) and not _same_attack(a, b, gap):
        return "perpetrators not allied"
    if gap is not None:
        if gap > ANY_DATES_VETO_DAYS:
            return "dates too far apart"
        if gap > OWN_DATES_VETO_DAYS and a.date_from_claim and b.date_from_claim:
            return "stated dates too far apart"
    return None


def _texts(a: ClaimInfo, b: ClaimInfo) -> bool:
    return a.vec is not None and b.vec is not None


def _check(a: ClaimInfo, b: ClaimInfo) -> tuple[int | None, tuple[bool, float, str]] | None:
    """The date gap and place relation of a pair that may link on its fields; None otherwise."""
    gap = _date_gap(a, b)
    if _vetoed(a, b, gap) or (gap is not None and gap > _DAY_TOLERANCE):
        return None
    place = _place_relation(a, b)
    if not place[0]:
        return None
    if gap is None:
        # without a date on one side: the same precise place, a shared perpetrator, the same toll
        if not (place[1] >= 0.75 and a.precise_place and b.precise_place
                and a.perpetrators & b.perpetrators and _same_toll(a, b)
                and (not _texts(a, b) or similarity(a, b) >= CORROBORATION)):
            return None
    return gap, place


def compatible(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Hard constraints (the complete-linkage guard of clustering).

    Never: claims of one document, belligerents that are not allied (unless the reports read alike
    or put the attack on the same day at the same spot: see `_vetoed`), stated dates more than
    OWN_DATES_VETO_DAYS apart, any dates (publication fallback included) more than
    ANY_DATES_VETO_DAYS apart. Two claims whose documents both have text vectors may be
    further apart than that in place (the wording decides); otherwise dates within a day and
    places within reach. A claim with no date at all (and no publication date to fall back on)
    may only join a claim at the same precise place that names a perpetrator in common and
    states the same death toll (and, when both documents have text, shares some wording), or
    one whose document reads alike.
    """
    if _texts(a, b):
        return _vetoed(a, b, _date_gap(a, b)) is None
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
    first, then = _in_order(a, b)
    if first is not None and _toll(first) < _toll(then):
        return 0.0, f"death toll rose ({_toll(first)} then {_toll(then)})"  # counts rise as bodies are found
    return -0.6, f"death tolls differ ({av} vs {bv})"


def _toll(c: ClaimInfo) -> int:
    lo, hi = c.killed
    return lo if lo is not None else hi


def _in_order(a: ClaimInfo, b: ClaimInfo) -> tuple[ClaimInfo | None, ClaimInfo | None]:
    """(earlier, later) report by publication date, else by the end of the claim's date window;
    (None, None) when that does not tell them apart."""
    for when in (lambda c: c.published, lambda c: c.end):
        wa, wb = when(a), when(b)
        if wa is not None and wb is not None and wa != wb:
            return (a, b) if wa < wb else (b, a)
    return None, None


def _nearest_km(a: ClaimInfo, b: ClaimInfo, precise: bool = False) -> tuple[float, float] | None:
    """(distance, larger radius) of the closest pair of places with points (0 km for one gazetteer
    entry at settlement level or finer); None when no pair has points. `precise`: only places of
    settlement precision or finer (exact, settlement, near-settlement)."""
    best: tuple[float, float] | None = None
    for p in a.places:
        for q in b.places:
            if not (p.has_point and q.has_point):
                continue
            if precise and not (p.precision in _SPOT_PLACES and q.precision in _SPOT_PLACES):
                continue
            d = 0.0 if p.gazetteer_id and p.gazetteer_id == q.gazetteer_id else distance_km(p, q)
            cand = (d, max(p.radius, q.radius))
            if best is None or cand < best:
                best = cand
    return best


def _short_gap(a: ClaimInfo, b: ClaimInfo) -> int | None:
    """Days between the two claims when one is of a short text: a claim without a date of its own
    counts from its publication day only (not the days before); None when either is undated."""
    def window(c: ClaimInfo) -> tuple[int, int] | None:
        if c.date_from_claim and c.start is not None:
            return c.start, c.end
        if c.short_text:
            return (c.published, c.published) if c.published is not None else None
        return (c.start, c.end) if c.start is not None else None
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return None
    return max(0, max(wa[0], wb[0]) - min(wa[1], wb[1]))


def _text_only(a: ClaimInfo, b: ClaimInfo, sim: float) -> tuple[float, list[str]] | None:
    """A link on the documents' wording alone (both real texts, nothing vetoes it).

    Wording alone needs TEXT_THRESHOLD; when both claims are dated (by the report or by the
    publication date) and their windows lie within DATED_TEXT_DAYS, DATED_TEXT_THRESHOLD is enough.
    """
    if not _texts(a, b) or sim < min(TEXT_THRESHOLD, DATED_TEXT_THRESHOLD):
        return None
    gap = _date_gap(a, b)
    if _vetoed(a, b, gap):
        return None
    if a.short_text or b.short_text:
        near = _short_gap(a, b)
        if sim < SHORT_TEXT_THRESHOLD or near is None or near > SHORT_TEXT_DAYS:
            return None
        return THRESHOLD, [f"similar short text ({sim:.2f}) within a day"]
    alone = SAME_SITE_TEXT_THRESHOLD if _same_site(a, b) else TEXT_THRESHOLD
    if sim >= alone:
        return round(min(1.0, THRESHOLD * sim / alone), 4), [f"similar text ({sim:.2f})"]
    if gap is not None and gap <= DATED_TEXT_DAYS:
        return THRESHOLD, [f"similar text ({sim:.2f}) within {DATED_TEXT_DAYS} days"]
    return None


def pair_score(a: ClaimInfo, b: ClaimInfo) -> tuple[float, list[str]] | None:
    """None when the two cannot be one incident; else a score in about 0..1 and its reasons.

    Linked (score ≥ THRESHOLD) are: the same day at the same spot (≤ 3 km), both dates stated
    by the reports in windows of ≤ 3 days (rival belligerents make it contested); a pair a day apart,
    with a wider window or 3–40 km apart only when corroborated (the same death toll, or
    document cosine ≥ CORROBORATION); and any pair whose documents read alike (cosine ≥
    TEXT_THRESHOLD), subject to the vetoes of `compatible`; reports dated within DATED_TEXT_DAYS
    whose documents share some wording (cosine ≥ DATED_TEXT_THRESHOLD); a short text (a tweet)
    only by wording and within SHORT_TEXT_DAYS. Between two reports of one outlet the wording
    counts only from SAME_SITE_DATED_TEXT_THRESHOLD (see `similarity`).
    """
    sim = similarity(a, b)
    checked = _check(a, b)
    if checked is None:
        return _text_only(a, b, sim)
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
            reasons.append("competing perpetrators")
    fig, fwhy = _figure_agreement(a, b)
    score += 0.15 * fig
    if fwhy:
        reasons.append(fwhy)
    if a.means and b.means:
        if a.means == b.means:
            score += 0.05
            reasons.append(f"same means ({a.means})")
        else:
            score -= 0.05
    if a.target and b.target and a.target == b.target:
        score += 0.05
        reasons.append(f"same target ({a.target})")
    if sim >= CORROBORATION:
        score += 0.15 * min(1.0, sim / TEXT_THRESHOLD)
        reasons.append(f"similar text ({sim:.2f})")
    near = _nearest_km(a, b)
    corroborated = _same_toll(a, b) or sim >= CORROBORATION
    if gap is not None and near is not None and near[0] <= min(near[1], _NEAR_KM):
        spans_ok = a.span <= 3 and b.span <= 3
        if gap == 0 and near[0] <= _SAME_SPOT_KM and spans_ok and a.date_from_claim and b.date_from_claim:
            score = max(score, THRESHOLD + 0.1)
            reasons.append("same day, same spot")
        elif not corroborated:
            score = min(score, THRESHOLD - 0.01)
            reasons.append("uncorroborated (a day apart, a wide window or 3–40 km)")
        elif spans_ok:
            score = max(score, THRESHOLD)
            reasons.append("corroborated")
    elif gap is not None and gap > 0 and not corroborated:
        score = min(score, THRESHOLD - 0.01)
        reasons.append("uncorroborated (a day apart)")
    text = _text_only(a, b, sim)
    if text is not None and text[0] > score:
        return text[0], reasons + text[1]
    return round(score, 4), reasons
