"""RSS / Atom feeds → one document per entry, through feedparser."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Iterator

from ._html import html_to_text
from .readers import Problem, RawDocument, ReadOptions

__all__ = ["feed_documents"]


def _entry_text(entry) -> str:
    parts = []
    for content in entry.get("content") or []:
        parts.append(content.get("value") or "")
    if not parts and entry.get("summary"):
        parts.append(entry["summary"])
    html = "\n".join(parts)
    return html_to_text(html) if "<" in html else " ".join(html.split())


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def feed_documents(path: Path, data: bytes, opts: ReadOptions) -> Iterator[RawDocument | Problem]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        why = getattr(feed, "bozo_exception", None)
        reason = f"not a readable RSS/Atom feed ({str(why).splitlines()[0]})" if why else "feed has no entries"
        yield Problem(str(path), reason)
        return
    outlet = (feed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{path}#entry{number}"
        title = (entry.get("title") or "").strip() or None
        body = _entry_text(entry)
        text = "\n\n".join(p for p in (title, body) if p)
        if not text.strip():
            yield Problem(where, "feed entry has no text")
            continue
        doc_id = entry.get("id") or entry.get("link") or hashlib.sha1(text.encode()).hexdigest()[:16]
        yield RawDocument(doc_id=str(doc_id), text=text, origin=where, title=title, url=entry.get("link"),
                          published=_entry_date(entry) or opts.published, outlet=outlet)
