"""Readers: turn one input path into documents, or into refusals with their reasons.

Each reader yields `RawDocument`s and `Problem`s (a refusal, or a warning about a document that
was still read), streaming: a JSON Lines file or a feed is never held whole in memory beyond
the one entry being read. Readers are looked up by file suffix in `READERS`; add one with
`harmwatch.registry.reader`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterator, Union

__all__ = ["RawDocument", "Problem", "ReadOptions", "READERS", "read_path", "iter_files", "parse_date"]


@dataclass
class RawDocument:
    doc_id: str
    text: str
    origin: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    outlet: str | None = None
    language: str | None = None
    confidential: bool = False

    def __post_init__(self) -> None:
        # a bot or login wall whose address spells out a headline reads as that headline (ingest.walls);
        # done here, before anything hashes the text, so that every caller stores the same text
        from .walls import readable_text

        if isinstance(self.text, str):
            self.text = readable_text(self.text, self.url)


@dataclass
class Problem:
    origin: str
    reason: str
    refused: bool = True  # False: a warning, the document was still read


@dataclass
class ReadOptions:
    max_bytes: int = 5_000_000
    published: date | None = None  # for documents that carry no date of their own
    extra: dict = field(default_factory=dict)


Item = Union[RawDocument, Problem]
Reader = Callable[[Path, ReadOptions], Iterator[Item]]


def parse_date(value) -> date | None:
    """An ISO date (or date-time) string → date; anything else → None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            return None


def _size_problem(path: Path, size: int, opts: ReadOptions) -> Problem | None:
    if size > opts.max_bytes:
        return Problem(str(path), f"file is {size / 1e6:.1f} MB, over the {opts.max_bytes / 1e6:g} MB limit")
    if size == 0:
        return Problem(str(path), "empty file")
    return None


def _decode(path: Path, data: bytes) -> tuple[str | None, Problem | None]:
    """Bytes → text; binary data is refused, invalid UTF-8 is decoded with replacement and a warning."""
    if b"\x00" in data[:1_000_000]:
        return None, Problem(str(path), "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\r\n\f")
        if controls > 8 or text.count("\ufffd") > max(16, len(text) // 10):
            return None, Problem(str(path), "binary file, not text")
        return text, Problem(str(path), f"invalid UTF-8 at byte {exc.start}; decoded with replacement characters",
                             refused=False)


def _read_small(path: Path, opts: ReadOptions) -> tuple[bytes | None, Problem | None]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, Problem(str(path), f"cannot read: {exc.strerror or exc}")
    problem = _size_problem(path, size, opts)
    if problem:
        return None, problem
    try:
        return path.read_bytes(), None
    except OSError as exc:
        return None, Problem(str(path), f"cannot read: {exc.strerror or exc}")


def _read_decoded(path: Path, opts: ReadOptions) -> Iterator[Item | str]:
    """A small file's text (the last item yielded), after any problem reading or decoding it."""
    data, problem = _read_small(path, opts)
    if problem is None:
        text, problem = _decode(path, data)
    if problem:
        yield problem
        if problem.refused:
            return
    yield text


def read_text_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """`.txt` / `.md`: one document; its id is the file's base name."""
    for item in _read_decoded(path, opts):
        if not isinstance(item, str):
            yield item
        elif not item.strip():
            yield Problem(str(path), "no text (only white space)")
        else:
            yield RawDocument(doc_id=path.name, text=item, origin=str(path), published=opts.published)


def read_html_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """`.html`: main text, title, date and canonical URL through trafilatura."""
    html = None
    for item in _read_decoded(path, opts):
        if isinstance(item, str):
            html = item
        else:
            yield item
    if html is None:
        return
    from ._html import html_document

    doc = html_document(html)
    if doc is None:
        yield Problem(str(path), "no readable main text in the HTML")
        return
    text, title, url, published = doc
    yield RawDocument(doc_id=path.name, text=text, origin=str(path), title=title, url=url,
                      published=published or opts.published)


def read_jsonl_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """`.jsonl`: one document a line (`id` and `text` required), streamed line by line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        empty = True
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            empty = False
            if len(raw) > opts.max_bytes:
                yield Problem(where, f"line is {len(raw) / 1e6:.1f} MB, over the {opts.max_bytes / 1e6:g} MB limit")
                continue
            if b"\x00" in raw:
                yield Problem(where, "binary data (NUL bytes) in the line")
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                yield Problem(where, "invalid UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield Problem(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            item = _jsonl_document(obj, where, opts)
            yield item
        if empty:
            yield Problem(str(path), "empty file")


def _jsonl_document(obj, where: str, opts: ReadOptions) -> Item:
    if not isinstance(obj, dict):
        return Problem(where, "a line must be a JSON object")
    doc_id, text = obj.get("id"), obj.get("text")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        return Problem(where, "missing required field 'id'")
    if not isinstance(text, str) or not text.strip():
        return Problem(where, "missing or empty required field 'text'")
    published = parse_date(obj.get("published")) or opts.published

    def opt(key):
        value = obj.get(key)
        return str(value) if value not in (None, "") else None

    return RawDocument(doc_id=str(doc_id), text=text, origin=where, title=opt("title"), url=opt("url"),
                       published=published, outlet=opt("outlet") or opt("publisher"), language=opt("language"),
                       confidential=bool(obj.get("confidential", False)))


def read_feed_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """RSS / Atom: each entry a document (its text from the entry's content or summary)."""
    data, problem = _read_small(path, opts)
    if problem:
        yield problem
        return
    from ._feed import feed_documents

    yield from feed_documents(path, data, opts)


READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".xml": read_feed_file,
}


def iter_files(path: Path) -> Iterator[Path]:
    """A folder's files, recursively, in a stable order; hidden files and folders are passed over."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_path(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """Every document (or problem) an input path gives: a file, or a folder read recursively."""
    from harmwatch.registry import readers

    table = {**READERS, **readers()}
    if path.is_dir():
        for file in iter_files(path):
            yield from read_path(file, opts)
        return
    if not path.exists():
        yield Problem(str(path), "no such file or folder")
        return
    reader = table.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(sorted(table))
        yield Problem(str(path), f"unsupported file type {path.suffix or '(none)'!r} (expected {kinds})")
        return
    yield from reader(path, opts)
