"""Documents that yielded no claim: a "document" claim so that their wording can attach them to an incident.

The extractor finds no incident in many real reports (follow-ups, pages whose date or place it
cannot read). The link stage gives each such document — extracted, with no claim at all, and
with enough real text to have a text vector — one claim of kind "document" with no date, place,
actor or figure. It links like any claim, which in practice means by the document's wording
(cosine ≥ TEXT_THRESHOLD) under the usual vetoes on dates (its publication date, when known).
A cluster of document claims alone makes an incident only when it holds documents of at least
two outlets that carry a publication date (`stands_alone`: several dated posts of different
outlets that read alike tell one event even when the extractor read no incident in any of them);
otherwise its claims stay unlinked and are reconsidered when claims near their publication date
arrive. Re-extraction removes them with the
document's other automatic claims.

Such an incident has no claim that states a date, place or perpetrator; `document_fields` reads
them from its documents instead: the earliest of their dates (`store.published_of`), the places
and the attackers that two or more of its documents name in their opening.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db.models import Claim, ClaimLink, Document

from .store import document_vector, published_of

__all__ = ["DOCUMENT_KIND", "DOCUMENT_VERSION", "MIN_DATED_OUTLETS", "document_claims", "document_fields",
           "fields_of_claims", "stands_alone", "unattached_document_claims"]

DOCUMENT_KIND = "document"
DOCUMENT_VERSION = "link:document"  # the "extractor version" of document claims
MIN_DATED_OUTLETS = 2  # outlets with a dated document that a cluster of document claims alone needs
OPENING_CHARS = 3000  # how much of a document's text `document_fields` reads places and attackers in
_VAGUE = frozenset({"country", "unknown"})


def _data(doc: Document) -> dict:
    return {"document": doc.doc_id, "kind": DOCUMENT_KIND, "date": {"start": None, "end": None, "precision": "unknown"},
            "places": [], "perpetrators": [], "means": None, "target": None, "figures": {}, "sources": [],
            "evidence": [], "summary": None, "official_response": None}


def document_claims(session: Session, model) -> list[Claim]:
    """Create a document claim for every extracted document with no claim and a text vector."""
    q = (select(Document).outerjoin(Claim, Claim.document_id == Document.id)
         .where(Claim.id.is_(None), Document.extracted_version.is_not(None)).order_by(Document.id))
    out: list[Claim] = []
    for doc in session.scalars(q):
        if document_vector(model, doc)[0] is None:
            continue
        key = "d-" + hashlib.sha256(f"{doc.content_hash}:document".encode()).hexdigest()[:16]
        claim = Claim(key=key, document_id=doc.id, ordinal=0, kind=DOCUMENT_KIND, data=_data(doc),
                      status="active", extractor_version=DOCUMENT_VERSION)
        session.add(claim)
        out.append(claim)
    session.flush()
    return out


def stands_alone(members: Iterable) -> bool:
    """Whether a cluster of document claims alone (link.features.ClaimInfo, by `site` and
    `published`) makes an incident: its dated documents come from MIN_DATED_OUTLETS outlets or more.
    Undated documents, documents with no known outlet and one outlet's several posts do not count:
    the same text stored under many addresses (a failed scrape that kept a site's news ticker), or
    one account posting alike day after day, is no corroboration."""
    sites = {m.site for m in members if m.published is not None and m.site is not None}
    return len(sites) >= MIN_DATED_OUTLETS


def unattached_document_claims(session: Session, lo: date, hi: date) -> list[Claim]:
    """Document claims with no link whose document was published between `lo` and `hi` (+ a few days)."""
    q = (select(Claim).join(Document, Document.id == Claim.document_id)
         .outerjoin(ClaimLink, ClaimLink.claim_id == Claim.id)
         .where(Claim.kind == DOCUMENT_KIND, Claim.status != "rejected", ClaimLink.id.is_(None),
                Document.published.is_not(None), Document.published >= lo,
                Document.published <= hi + timedelta(days=5)))
    return list(session.scalars(q))


def _opening_fields(text: str) -> tuple[list[dict], list[str]]:
    """(places finer than a country, attackers) that a document's opening names."""
    from harmwatch.extract import actors, arabic, places

    head = text[:OPENING_CHARS]
    try:
        found = [p.as_claim_place() for p in places.find_places(head)]
    except Exception:  # noqa: BLE001 - a place lookup failure must not lose the incident
        found = []
    found = [p for p in found if p.get("precision") not in _VAGUE and p.get("gazetteer_id")]
    if arabic.is_arabic(head):
        perps = [p for p in arabic._perps(head[:600], head) if p != "unknown"]
    else:
        countries = {p["country"] for p in found if p.get("country")}
        perps = actors.perpetrators(actors.actor_mentions(head), countries, strong_only=True)
    return found, perps


def document_fields(docs: list[tuple[str | None, date | None]]) -> dict:
    """Claim-like fields (`date`, `places`, `perpetrators`) for an incident made only of document
    claims, from its documents' (text, date) pairs: the earliest date (precision "unknown": the
    documents' own dates, not the attack's), and the places and attackers named in the openings
    of two or more of the documents (one document's mention alone may be background)."""
    dates = sorted(d for _, d in docs if d is not None)
    place_of: dict[str, dict] = {}
    place_n: Counter = Counter()
    perp_n: Counter = Counter()
    for text, _ in docs:
        found, perps = _opening_fields(text or "")
        for p in found:
            place_of.setdefault(p["gazetteer_id"], p)
        place_n.update({p["gazetteer_id"] for p in found})
        perp_n.update(set(perps))
    need = min(2, len(docs))
    places_ = [place_of[g] for g, n in sorted(place_n.items(), key=lambda kv: (-kv[1], kv[0])) if n >= need]
    perps_ = sorted((p for p, n in perp_n.items() if n >= need), key=lambda p: (-perp_n[p], p))
    first = dates[0].isoformat() if dates else None
    return {"kind": DOCUMENT_KIND, "date": {"start": first, "end": first, "precision": "unknown"},
            "places": places_, "perpetrators": perps_, "means": None, "target": None, "figures": {},
            "sources": [], "summary": None, "official_response": None}


def fields_of_claims(session: Session, claims: list[Claim]) -> dict | None:
    """`document_fields` of the claims' documents when every claim is a document claim (an incident
    that states nothing itself, e.g. after an analyst's merge or split); None otherwise. Each
    document's date is `store.published_of`, as in the link stage."""
    if not claims or any(c.kind != DOCUMENT_KIND for c in claims):
        return None
    ids = sorted({c.document_id for c in claims})
    docs = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(ids)))}
    return document_fields([(docs[i].text, published_of(docs[i])) for i in ids if i in docs])
