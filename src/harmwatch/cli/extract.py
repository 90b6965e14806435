"""`harmwatch extract PATH... [--published YYYY-MM-DD]`: claims as JSON Lines on standard output."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional

import typer

from .common import fail, warn

__all__ = ["register", "iter_documents"]

_TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def iter_documents(path: Path, default_published) -> Iterator[tuple[str, object, str | None, object, str | None]]:
    """Yield (doc id, text or error message, title, published, url) for each document in `path`.

    Bulk .jsonl files are streamed line by line; an unreadable document yields an Exception
    in place of its text so that the caller reports it and goes on.
    """
    import json
    from datetime import date

    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        try:
            fh = path.open("r", encoding="utf-8-sig")
        except OSError as exc:
            yield path.name, OSError(exc.strerror or str(exc)), None, None, None
            return
        with fh:
            lineno = 0
            while True:
                try:
                    line = fh.readline()
                except UnicodeDecodeError as exc:
                    yield f"{path.name}:{lineno + 1}", ValueError(f"not UTF-8 ({exc.reason})"), None, None, None
                    return
                if not line:
                    break
                lineno += 1
                if not line.strip():
                    continue
                where = f"{path.name}:{lineno}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield where, ValueError(f"invalid JSON ({exc.msg})"), None, None, None
                    continue
                if not isinstance(rec, dict) or not isinstance(rec.get("id"), (str, int)) \
                        or not isinstance(rec.get("text"), str):
                    yield where, ValueError("a document needs a string 'id' and 'text'"), None, None, None
                    continue
                pub = default_published
                if rec.get("published"):
                    try:
                        pub = date.fromisoformat(str(rec["published"])[:10])
                    except ValueError:
                        warn(f"{where}: ignoring unreadable published date {rec['published']!r}")
                title = rec.get("title") if isinstance(rec.get("title"), str) else None
                url = rec.get("url") if isinstance(rec.get("url"), str) else None
                yield str(rec["id"]), rec["text"], title, pub, url
        return
    if suffix not in _TEXT_SUFFIXES:
        yield path.name, ValueError(f"unsupported file type {suffix or '(none)'!r} (use .txt, .md, .html or .jsonl)"), None, None, None
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield path.name, OSError(exc.strerror or str(exc)), None, None, None
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield path.name, ValueError(f"not UTF-8 ({exc.reason} at byte {exc.start})"), None, None, None
        return
    title = None
    if suffix in (".html", ".htm"):
        from harmwatch.extract.text import html_to_text

        try:
            import lxml.html

            head = lxml.html.document_fromstring(text) if text.strip() else None
            t = head.findtext(".//title") if head is not None else None
            title = t.strip() if t else None
            text = html_to_text(text)
        except Exception as exc:  # noqa: BLE001 - reported per document
            yield path.name, ValueError(f"cannot parse HTML ({exc})"), None, None, None
            return
    yield path.name, text, title, default_published, None


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_cmd(
        paths: list[Path] = typer.Argument(..., help="Documents: .txt, .md, .html files, or .jsonl (one document a line)."),
        published: Optional[str] = typer.Option(
            None, "--published", metavar="YYYY-MM-DD",
            help="Publication date of documents that carry none of their own (anchors 'yesterday', 'on Monday').",
        ),
    ) -> None:
        """Extract claims (incidents and tallies) and print them as JSON Lines on standard output."""
        import json
        import sys
        from datetime import date

        from harmwatch.extract import extract

        pub = None
        if published:
            try:
                pub = date.fromisoformat(published)
            except ValueError:
                fail(f"--published {published!r}: not a date (YYYY-MM-DD)")
        failures = 0
        out = sys.stdout
        for path in paths:
            if path.is_dir():
                warn(f"{path}: is a directory (give the files)")
                failures += 1
                continue
            for doc_id, text, title, doc_pub, url in iter_documents(path, pub):
                if isinstance(text, Exception):
                    warn(f"{doc_id}: {text}")
                    failures += 1
                    continue
                try:
                    claims = extract(text, document=doc_id, published=doc_pub, title=title, url=url)
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
                    warn(f"{doc_id}: extraction failed ({type(exc).__name__}: {exc})")
                    failures += 1
                    continue
                for claim in claims:
                    out.write(json.dumps(claim, ensure_ascii=False) + "\n")
        out.flush()
        if failures:
            warn(f"{failures} document(s) could not be read")
            raise typer.Exit(1)
