"""Plain-text helpers: HTML to text, sentence and paragraph spans with offsets into the text."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["Sentence", "sentences", "html_to_text", "windowed", "match_at_tokens", "blank_furniture", "bullet_item"]

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "brig", "cpl", "pvt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
    "vs", "etc", "approx", "gov", "sen", "rep", "prof", "jr", "sr", "mt", "ft", "fig", "al", "vol",
    "inc", "ltd", "co", "corp", "dept", "univ", "ave", "rd", "sheikh", "hon", "rev",
}
# A candidate end: . ! ? (plus closing quotes/brackets), then optional space, then a capital,
# an opening quote or a digit-free start; or a newline.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s*[\"'“‘(]?[A-Z\u0600-\u06FF]|(?<=[a-z][.!?])@\w)|[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(]?\S)|\n+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


class Sentence:
    """A sentence: its span, its paragraph number and its text."""

    __slots__ = ("start", "end", "para", "text", "index")

    def __init__(self, start: int, end: int, para: int, text: str, index: int) -> None:
        self.start, self.end, self.para, self.text, self.index = start, end, para, text, index

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Sentence({self.start}, {self.end}, {self.text[:40]!r})"


_BULLET = re.compile(r"[•●▪◦‣∙·*–—-]\s+|\(?(?:\d{1,2}|[a-h])[.)]\s+(?=[A-Z])|"
                     # a log's dated lines: "13 November: ...", "Nov 14, 2023 - ..."
                     r"(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?\s*[:–—-]\s+(?=[A-Z])")


def bullet_item(text: str, sent: Sentence) -> int | None:
    """The start of the list item (a line opening with "•", "-", "*", "1." or "a)") that `sent`
    belongs to, or None when it is in running prose."""
    lo = max(0, sent.start - 1000)  # bounded: a page with no line breaks stays linear
    line = text.rfind("\n", lo, sent.start) + 1
    if line == 0 and lo > 0:
        return None
    at = line
    while at < sent.start and text[at] in " \t":
        at += 1
    return line if _BULLET.match(text, at) else None


def _is_abbrev(text: str, pos: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    if not m:
        return False
    word = m.group(1)
    if "." in word:  # U.S. / a.m. / e.g.
        return True
    if len(word) == 1 and word.isupper():  # an initial
        return True
    return word.lower() in _ABBREV


def _soft_wrap(text: str, nl: int, after: int) -> bool:
    """True when a single line break only wraps a sentence (the line runs on into the next)."""
    line_start = text.rfind("\n", 0, nl) + 1
    line = text[line_start:nl].rstrip()
    if len(line) < 50 or line[-1:] in ".!?:;\"”)|":
        return False
    nxt = text[after:after + 1]
    if not nxt:
        return False
    return nxt.islower() or nxt.isdigit() or nxt in "(\"“'" or (len(line) >= 60 and (line[-1] == "," or line[-1].islower()))


def sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; offsets index `text` itself. Blank lines start paragraphs."""
    out: list[Sentence] = []
    start, para = 0, 0
    n = len(text)
    for m in _END.finditer(text):
        piece = m.group(0)
        if "\n" not in piece and piece[0] == "." and _is_abbrev(text, m.start()):
            continue
        if piece.count("\n") == 1 and piece.strip() == "" and _soft_wrap(text, m.start(), m.end()):
            continue
        end = m.end()
        _add(out, text, start, end, para)
        if "\n" in piece:
            para += 1
        start = end
    if start < n:
        _add(out, text, start, n, para)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, para, text[start:end], len(out)))


_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
          "blockquote", "header", "footer", "table", "ul", "ol", "pre", "title"}


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block a paragraph (scripts and styles dropped)."""
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.document_fromstring(html)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCK
        if block:
            parts.append("\n\n")
        if el.text and tag:
            parts.append(el.text.replace("\n", " "))
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail.replace("\n", " "))
        if block:
            parts.append("\n\n")

    walk(root)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def windowed(rx: re.Pattern, trigger: re.Pattern, s: str, back: int = 30, fwd: int = 90) -> list[re.Match]:
    """`rx.finditer(s)`, but tried only near matches of the cheap `trigger` pattern (much faster
    when `rx` has optional prefixes). A match must start at most `back` characters before a
    trigger and end at most `fwd` characters after it."""
    out: list[re.Match] = []
    last = 0
    n = len(s)
    for t in trigger.finditer(s):
        p = t.start()
        if p < last:
            continue
        m = rx.search(s, max(last, p - back), min(n, p + fwd))
        while m is not None and m.end() <= p:
            m = rx.search(s, m.end(), min(n, p + fwd)) if m.end() > m.start() else None
        if m is None or m.start() > p:
            continue
        if m.end() == m.start():
            continue
        out.append(m)
        last = m.end()
    return out


_TOK = re.compile(r"[A-Za-z]+|[0-9]+")


@lru_cache(maxsize=4096)
def _tokens(s: str) -> tuple[tuple[int, str], ...]:
    """(start, lower-cased word or "#" for digits) of each word of `s` that starts a word."""
    out = []
    for t in _TOK.finditer(s):
        p = t.start()
        if p and s[p - 1].isascii() and s[p - 1].isalnum():
            continue
        w = t.group(0)
        out.append((p, "#" if w[0].isdigit() else w.lower()))
    return tuple(out)


def match_at_tokens(rx: re.Pattern, s: str, starts: frozenset[str], prefix: int = 0) -> list[re.Match]:
    """Non-overlapping matches of `rx` that begin at a word whose lower-cased form is in
    `starts` (digits count as "#"; with `prefix`, only the word's first `prefix` letters).
    Far cheaper than `rx.finditer` for patterns that open with optional words, because the
    pattern is only tried where a match can begin."""
    toks = _tokens(s)
    if prefix:
        cands = [p for p, k in toks if k[:prefix] in starts]
    else:
        cands = [p for p, k in toks if k in starts]
    out: list[re.Match] = []
    last = 0
    for p in cands:
        if p < last:
            continue
        m = rx.match(s, p)
        if m is not None and m.end() > p:
            out.append(m)
            last = m.end()
    return out


# Headings of the lists a scraped page carries around its article: other posts' headlines, with
# their own dates and tolls ("Related News", "Prev Post", "أخبار ذات صلة", "الأكثر قراءة").
_FURNITURE_HEAD = re.compile(
    r"^[ \t]*(?:Related(?:\s+(?:News|Articles|Posts|Stories|Content))?|Prev(?:ious)?\s+Post|Next\s+Post|"
    r"Read\s+(?:also|more)(?:\s+on\s+[\w ]{1,30})?|More\s+(?:news|stories|from\s+[\w ]{1,30})|Editors?'?\s*Picks?|"
    r"Most\s+(?:read|popular|viewed|shared)(?:\s+[\w ]{1,30})?|Latest\s+(?:news|posts|stories)|You\s+may\s+also\s+like|"
    r"Recommended(?:\s+for\s+you)?|See\s+also|أخبار\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|مقالات\s+ذات\s+صلة|أخبار\s+متعلقة|"
    r"اقرأ\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|السابق(?:\s+بوست)?|التالي|الأكثر\s+(?:قراءة|مشاهدة|تعليقا|تعليقاً|رواجاً|رواجا|زيارة)|"
    r"آخر\s+الأخبار|اخر\s+الاخبار|مواضيع\s+أخرى|شاهد\s+أيضا|شاهد\s+أيضاً)[ \t]*[:»›]?[ \t]*$",
    re.I | re.M)
_LINE_END = re.compile(r"[.!?؟。]['\"”’)]*\s*$")


def blank_furniture(text: str) -> str:
    """`text` with the headline lists under a furniture heading ("Related News", "Prev Post",
    "أخبار ذات صلة") turned to spaces: same length, so offsets still index the original text.
    A list runs over short headline lines (and their date or time lines) and ends at the first
    line that reads like article prose (long, or a full sentence)."""
    lists = _dated_lists(text)
    if not lists and not _FURNITURE_HEAD.search(text):
        return text
    chars = list(text)
    for a, b in lists:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    for m in _FURNITURE_HEAD.finditer(text):
        pos = m.end()
        end = pos
        n = 0
        while pos < len(text) and n < 40:
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl].strip()
            if line:
                if len(line) > 160 or (len(line) > 90 and _LINE_END.search(line)):
                    break  # article prose again
                n += 1
                end = nl
            pos = nl + 1
        for i in range(m.start(), end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _dated_lists(text: str) -> list[tuple[int, int]]:
    """Spans of unlabelled lists of dated headlines after the article ("A civilian's body was found
    east of Deir Ez-Zour on February 18, 2022" and more like it, one a line): at least three
    short lines ending with a date, with short headline lines between them, and no article prose
    after them (a list inside a report, or bulleted, is the report's own)."""
    from .published import ends_with_date

    lines = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text)]
    out: list[tuple[int, int]] = []
    body = False
    run: list[tuple[int, int, bool]] = []

    def close() -> None:
        if sum(d for _, _, d in run) >= 3:
            out.append((run[0][0], run[-1][1]))
        run.clear()

    last_prose = -1
    for a, b, line in lines:
        if not line:
            continue
        short = len(line) <= 160 and not _LINE_END.search(line)
        if short and body and line[0] not in "-•*–·▪":
            run.append((a, b, ends_with_date(line)))
            continue
        close()
        if not short and len(line) > 90:
            body = True  # article prose: lists after it are furniture
            last_prose = a
    close()
    return [(a, b) for a, b in out if a > last_prose]
