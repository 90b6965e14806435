"""HTML → main text, title, canonical URL and publication date, through trafilatura."""

from __future__ import annotations

import logging
from datetime import date

from .readers import parse_date

__all__ = ["html_document", "html_to_text"]

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def html_document(html: str) -> tuple[str, str | None, str | None, date | None] | None:
    """(text, title, url, published) of a page's main content, or None when it has no text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a page trafilatura cannot parse has no readable text
        doc = None
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = (data.get("text") or "").strip()
        if text:
            return text, data.get("title") or None, data.get("url") or None, parse_date(data.get("date"))
    text = html_to_text(html)
    return (text, None, None, None) if text else None


def html_to_text(html: str) -> str:
    """Every visible text of a fragment (scripts and styles dropped), white space folded."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - not HTML at all
        return html.strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return " ".join(root.text_content().split())
