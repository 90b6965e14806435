"""Airwars' grading scale applied by rule, with the reasons that decided it.

In order, the first rule that holds gives the grade:

- confirmed: a belligerent accepted responsibility for civilian harm (a matched admission, or
  a report that it admitted it);
- discounted: those killed were combatants, or a better-founded account blames another party
  than the one alleged;
- contested: competing claims of responsibility (reports name different, non-overlapping
  perpetrators);
- fair: two or more independent sources, with the strike acknowledged by a belligerent or the
  reports agreeing on who struck, when (to the day) and where;
- weak: anything else — a single source, or sources that do not corroborate one another.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Report", "Statement", "grade_incident", "independent_sources", "near_identical"]

_SIMILAR = 92  # rapidfuzz ratio (0–100) above which two texts are copies of one report


@dataclass(frozen=True)
class Report:
    """One member claim with what is known of its document."""

    claim: dict
    document: str            # Document.doc_id
    outlet: str | None = None
    text: str = ""            # the document's text (a prefix is enough)
    aliases: tuple[str, ...] = ()  # other ids the same text arrived under


@dataclass(frozen=True)
class Statement:
    actor: str
    kind: str                 # admitted | denied | acknowledged-strike | under-review
    confidence: float = 1.0
    reference: str | None = None
    extra: dict = field(default_factory=dict)


def near_identical(a: str, b: str) -> bool:
    """Whether two texts are copies of one report (syndication, re-posts)."""
    if len(a) < 80 or len(b) < 80:
        return False  # too short to tell a copy from two terse reports
    from rapidfuzz import fuzz

    return fuzz.ratio(a[:1500], b[:1500]) >= _SIMILAR


def independent_sources(reports: list[Report]) -> list[list[str]]:
    """Group the reports' documents into independent sources.

    One outlet's several reports, syndicated or near-identical copies, and reports that all
    credit one and the same single source count as one source.
    """
    docs: dict[str, Report] = {}
    for r in sorted(reports, key=lambda r: r.document):
        docs.setdefault(r.document, r)
    names = sorted(docs)
    parent = {n: n for n in names}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    def credited(r: Report) -> frozenset[str]:
        return frozenset(s.strip().lower() for s in (r.claim.get("sources") or []) if isinstance(s, str))

    for i, a in enumerate(names):
        ra = docs[a]
        for b in names[i + 1:]:
            rb = docs[b]
            same_outlet = ra.outlet and rb.outlet and ra.outlet.strip().lower() == rb.outlet.strip().lower()
            alias = set(ra.aliases) & ({rb.document, *rb.aliases}) or rb.document in ra.aliases
            ca, cb = credited(ra), credited(rb)
            relayed = len(ca) == 1 and ca == cb
            if same_outlet or alias or relayed or near_identical(ra.text, rb.text):
                union(a, b)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(find(n), []).append(n)
    return sorted(groups.values())


def _figure(claim: dict, name: str) -> tuple[int | None, int | None]:
    f = (claim.get("figures") or {}).get(name) or {}
    return f.get("min"), f.get("max")


def _combatants_only(reports: list[Report]) -> bool:
    civ = comb = False
    for r in reports:
        lo, hi = _figure(r.claim, "civilians_killed")
        ilo, ihi = _figure(r.claim, "civilians_injured")
        if (lo or 0) > 0 or (hi or 0) > 0 or (ilo or 0) > 0 or (ihi or 0) > 0:
            civ = True
        clo, chi = _figure(r.claim, "combatants_killed")
        if (clo or 0) > 0 or (chi or 0) > 0:
            comb = True
    return comb and not civ


def grade_incident(data: dict, reports: list[Report], statements: list[Statement] = ()) -> tuple[str, list[str]]:
    """The grade of one merged incident (Incident.data) and the reasons for it.

    An incident with no date or no place also gets a reason saying it needs review.
    """
    grade, reasons = _grade(data, reports, statements)
    date = data.get("date") or {}
    if not date.get("start"):
        reasons.append("no date: needs review")
    if not data.get("places"):
        reasons.append("no place: needs review")
    return grade, reasons


def _grade(data: dict, reports: list[Report], statements: list[Statement]) -> tuple[str, list[str]]:
    groups = independent_sources(reports)
    n_src = len(groups)
    src_reason = f"{n_src} independent source{'s' if n_src != 1 else ''}"
    claims = [r.claim for r in reports]
    admitted = [s for s in statements if s.kind == "admitted"]
    if admitted:
        s = admitted[0]
        return "confirmed", [f"{s.actor} admitted civilian harm" + (f" ({s.reference})" if s.reference else ""),
                             src_reason]
    if any(c.get("official_response") == "admitted" for c in claims):
        return "confirmed", ["a report states the belligerent admitted civilian harm", src_reason]
    if _combatants_only(reports):
        return "discounted", ["those killed were combatants", src_reason]
    perps = data.get("perpetrators") or []
    denied = {s.actor for s in statements if s.kind == "denied"}
    named = [{p for p in (c.get("perpetrators") or []) if p != "unknown"} for c in claims]
    named = [s for s in named if s]
    if denied and named and all(not (s & denied) for s in named):
        return "discounted", [f"{', '.join(sorted(denied))} denied it and every report blames another party",
                              src_reason]
    if data.get("perpetrators_contested"):
        return "contested", [f"competing claims of responsibility ({', '.join(perps)})", src_reason]
    if n_src >= 2:
        acknowledged = [s for s in statements if s.kind == "acknowledged-strike"] or \
            [c for c in claims if c.get("official_response") == "acknowledged-strike"]
        if acknowledged:
            return "fair", [src_reason, "a belligerent acknowledged a strike there"]
        date = data.get("date") or {}
        places = data.get("places") or []
        by_doc: dict[str, set[str]] = {}
        for r in reports:
            by_doc.setdefault(r.document, set()).update(r.claim.get("perpetrators") or [])
        agreeing = [g for g in groups if perps and any(perps[0] in by_doc.get(d, ()) for d in g)]
        if (perps and perps != ["unknown"] and len(agreeing) >= 2 and date.get("precision") in ("day", "days")
                and places):
            return "fair", [src_reason, f"reports agree the strike was by {perps[0]}, when and where"]
        return "weak", [src_reason, "sources do not corroborate who struck, when or where"]
    return "weak", ["single source"]
