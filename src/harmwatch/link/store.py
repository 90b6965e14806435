"""Between the database and the linker: claims in, incident rows out."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.db.models import Claim, ClaimLink, Document, Incident
from harmwatch.ingest.urldate import url_date

__all__ = ["published_of", "document_vector", "info_for", "infos_for", "text_model", "refresh_incident",
           "incident_members", "free_key"]


def text_model(session: Session):
    """A link.text.TextModel fitted on every stored document's text (streamed)."""
    from .text import TextModel

    rows = session.execute(select(Document.text).order_by(Document.id).execution_options(yield_per=1000))
    return TextModel(t for (t,) in rows)


def published_of(doc: Document) -> date | None:
    """A document's publication date: stated; else read from its address (documents stored before
    ingest did so); else the date the page itself shows (a tweet's footer, a post's header, a
    byline: `harmwatch.extract.published.page_date`); else the day its text gives itself (a dated
    dateline, a date with its weekday: `harmwatch.link.textdate.text_date`)."""
    from harmwatch.extract.published import page_date

    from .textdate import text_date

    return doc.published or url_date(doc.url) or page_date(doc.text or "", doc.url) or text_date(doc.text)


def document_vector(model, doc: Document, published: date | None = None) -> tuple[dict[str, float] | None, bool]:
    """(text vector, is it of a short text) of a document: a short text gets one only when the
    document has a publication date (`published`, else `published_of`), for it links only within days.
    A wall page (bot or login wall, error page: `harmwatch.ingest.walls`) is read as the headline its
    address spells out, and has no vector when there is none: walls resemble one another."""
    from harmwatch.ingest.walls import is_wall, slug_headline

    from .text import SHORT_MIN_CHARS

    text = doc.text
    if is_wall(text):
        text = slug_headline(doc.url)
        if text is None:
            return None, False
    vector = model.vector(text)
    if vector is not None:
        return vector, False
    if (published or published_of(doc)) is None:
        return None, False
    vector = model.vector(text, min_chars=SHORT_MIN_CHARS)
    return vector, vector is not None


def info_for(claim: Claim, doc: Document, model=None, _cache: dict | None = None):
    """The linker's view of one stored claim (with its document's text vector when `model` is given).

    `_cache` (document id → publication date, vector, short) saves the work for a document's other claims."""
    from .features import claim_info

    if _cache is not None and doc.id in _cache:
        published, vector, short = _cache[doc.id]
    else:
        published = published_of(doc)
        vector, short = document_vector(model, doc, published) if model is not None else (None, False)
        if _cache is not None:
            _cache[doc.id] = (published, vector, short)
    return claim_info(claim.key, claim.data or {}, document=doc.doc_id, outlet=doc.outlet,
                      published=published, text=doc.text, vector=vector, short_text=short, url=doc.url)


def infos_for(session: Session, claims: list[Claim], model=None) -> list:
    """ClaimInfo for each claim (documents loaded in one query; vectors when `model` is given)."""
    ids = {c.document_id for c in claims}
    docs: dict[int, Document] = {}
    id_list = sorted(ids)
    for n in range(0, len(id_list), 500):
        for d in session.scalars(select(Document).where(Document.id.in_(id_list[n:n + 500]))):
            docs[d.id] = d
    vectors: dict = {}
    return [info_for(c, docs[c.document_id], model, vectors) for c in claims]


def incident_members(session: Session, incident: Incident) -> list[Claim]:
    """The incident's claims, sorted by key."""
    rows = session.scalars(select(Claim).join(ClaimLink, ClaimLink.claim_id == Claim.id)
                           .where(ClaimLink.incident_id == incident.id))
    return sorted(rows, key=lambda c: c.key)


def free_key(session: Session, key: str) -> str:
    """`key`, or a salted variant of it when another incident holds it already."""
    from .merge import incident_key

    candidate, n = key, 0
    while True:
        row = session.scalar(select(Incident.id).where(Incident.key == candidate))
        if row is None:
            return candidate
        n += 1
        candidate = incident_key([key], salt=f"{n}:")


def _as_date(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _fit(value, size: int, *, exact: bool = False) -> str | None:
    """A string that fits its column (None when it cannot: a country code must be exactly 2 letters)."""
    if not isinstance(value, str) or not value:
        return None
    if exact and len(value) != size:
        return None
    return value[:size]


def refresh_incident(session: Session, incident: Incident, claims: list[Claim],
                     outlets: dict[int, str | None] | None = None, fields: dict | None = None) -> None:
    """Rewrite an incident's merged data and columns from its member claims.

    `outlets` (document id → outlet) saves a query per incident when the caller has them;
    `fields` (a claim-like dict: link.documents.document_fields) stands for the claims' data when
    they state nothing themselves (an incident made only of document claims).
    """
    from .merge import merge_claims

    claims = sorted(claims, key=lambda c: c.key)
    doc_ids = sorted({c.document_id for c in claims})
    if outlets is None:
        names = [o for (o,) in session.execute(select(Document.outlet).where(Document.id.in_(doc_ids)))] \
            if doc_ids else []
    else:
        names = [outlets.get(d) for d in doc_ids]
    data = merge_claims([fields] if fields is not None else [c.data or {} for c in claims], outlets=names)
    old = incident.data or {}
    # official responses from matched statements are kept (the grade stage owns them)
    data["official_responses"] += [r for r in old.get("official_responses", []) if r.get("from") == "statement"]
    first = data["places"][0] if data["places"] else {}
    figs = data["figures"]
    killed = figs.get("civilians_killed", {})
    injured = figs.get("civilians_injured", {})
    values = dict(
        date_start=_as_date(data["date"]["start"]), date_end=_as_date(data["date"]["end"]),
        date_precision=(data["date"]["precision"] or "")[:16] or None,
        country=_fit(first.get("country"), 2, exact=True), admin1=_fit(first.get("admin1"), 128),
        place_name=first.get("geoname") or first.get("name"), lat=first.get("lat"), lon=first.get("lon"),
        perpetrators=data["perpetrators"],
        perpetrator=_fit(data["perpetrators"][0], 64) if data["perpetrators"] else None,
        means=_fit(data["means"], 32), target=_fit(data["target"], 64),
        killed_min=killed.get("min"), killed_max=killed.get("max"),
        injured_min=injured.get("min"), injured_max=injured.get("max"), data=data,
    )
    for name, value in values.items():
        if getattr(incident, name) != value:
            setattr(incident, name, value)
