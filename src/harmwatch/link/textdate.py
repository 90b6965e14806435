"""The day a report's own text gives it, for documents that carry no publication date at all.

Many scraped reports come with no publication date, none in their address and none in the page's
furniture (`harmwatch.link.store.published_of`). Their text often still dates them:

- a wire dateline with its year at the top ("BEIRUT, Jan. 21, 2022 (AP) —", "GENEVA (16 August
  2023) –", `harmwatch.extract.dates.dateline`);
- a full date in the report's opening with its weekday, the two agreeing ("Thursday, 20 January
  2022", "الخميس ٥ تشرين الأول ٢٠٢٣"), `harmwatch.extract.published.full_dates`;
- a day and month with their weekday ("Thursday, January 20", "اليوم الخميس 5 تشرين الأول"), in a
  year the text mentions in which that day falls on that weekday.

`text_date` returns that day, or None when the opening dates nothing this way — a day and month
alone ("on 12 March") give no year, and a weekday alone gives nothing without a date to count from.
A full date without its weekday is not taken: in reports with no date of their own such dates are
as often background (a ceasefire, an earlier attack) or the day the page was scraped as the report's
day, and a wrong date keeps a report from the reports it belongs with. Dates further into a long
text are mostly background too and are not read.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["LEAD_CHARS", "text_date", "weekday_dates"]

LEAD_CHARS = 1500  # how much of the text's opening (after page furniture) dates the report
_FIRST_YEAR = 2000
_YEAR = re.compile(r"(?<![0-9])(?:19[89][0-9]|20[0-9][0-9])(?![0-9])")
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_EN_WD = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_EN_MON = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_D = r"(?:3[01]|[12][0-9]|0?[1-9])"
# "Thursday, January 20", "Thursday 20 January", "Thursday, Jan. 20th", "on Thursday the 20th of January"
_EN_WD_DATE = re.compile(
    rf"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
    rf"(?:(?P<m1>{_EN_MON})\.?\s+(?P<d1>{_D})(?:st|nd|rd|th)?|(?P<d2>{_D})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_EN_MON})\b\.?)"
    rf"(?![0-9])(?!,?\s+(?:19|20)[0-9]{{2}})", re.I)


def _months() -> tuple[dict[str, int], dict[str, int]]:
    from harmwatch.extract.arabic_dates import MONTHS, WEEKDAYS
    from harmwatch.extract.dates import _MONTHS as EN

    return {**EN, **MONTHS}, WEEKDAYS


def _ar_pattern() -> re.Pattern:
    months, weekdays = _months()
    mon = "|".join(sorted((m for m in months if not m.isascii()), key=len, reverse=True))
    wd = "|".join(sorted(weekdays, key=len, reverse=True))
    # "الخميس 5 تشرين الأول", "يوم الأربعاء، 27 تشرين الثاني", "الجمعة الموافق 1 أيلول"
    return re.compile(rf"(?P<wd>{wd})[\s,،]*(?:الموافق\s+)?(?:في\s+)?(?P<d>{_D})\s*/?\s*(?:من\s+)?(?:شهر\s+)?"
                      rf"(?P<m>{mon})(?![\u0621-\u064A])(?:\s*/\s*(?:{mon}))?(?!\s*/?[,،]?\s*(?:من\s+)?(?:عام\s+)?20[0-9]{{2}})")


_AR_WD_DATE: re.Pattern | None = None


def weekday_dates(text: str, years: list[int]) -> list[tuple[int, date]]:
    """(offset, date) of each day and month named with its weekday and no year, in the one year of
    `years` (the years the text mentions) in which that day falls on that weekday; a
    weekday date that fits no such year, or more than one, is left out."""
    global _AR_WD_DATE
    if _AR_WD_DATE is None:
        _AR_WD_DATE = _ar_pattern()
    months, weekdays = _months()
    candidates = sorted(set(years))
    out: list[tuple[int, date]] = []
    found = [(m.start(), _EN_WD[m.group("wd").lower()], months.get((m.group("m1") or m.group("m2")).lower().rstrip(".")),
              int(m.group("d1") or m.group("d2"))) for m in _EN_WD_DATE.finditer(text)]
    found += [(m.start(), weekdays[m.group("wd")], months.get(m.group("m")), int(m.group("d")))
              for m in _AR_WD_DATE.finditer(text)]
    for at, wd, month, day in sorted(found):
        if not month:
            continue
        fits = []
        for y in candidates:
            try:
                if date(y, month, day).weekday() == wd:
                    fits.append(date(y, month, day))
            except ValueError:
                continue
        if len(fits) == 1:
            out.append((at, fits[0]))
    return out


def _weekday_before(text: str, at: int) -> int | None:
    """The weekday (0 Monday) named just before offset `at` ("Thursday, ", "اليوم الخميس "), if any."""
    _, weekdays = _months()
    before = text[max(0, at - 25):at]
    m = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[\s,،]*(?:the\s+)?$", before, re.I)
    if m:
        return _EN_WD[m.group(1).lower()]
    for name, wd in weekdays.items():
        if re.search(rf"{name}[\s,،]*(?:الموافق\s+)?(?:في\s+)?$", before):
            return wd
    return None


def _furniture(text: str, at: int) -> bool:
    """True when the date at `at` stands on a line of its own (a page's date line, maybe over a list
    of headlines: the day the page was scraped, not the report's)."""
    from harmwatch.extract.published import is_date_line

    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return is_date_line(text[start:end if end >= 0 else len(text)])


def text_date(text: str | None) -> date | None:
    """The day a report's text gives itself (see the module's docstring), or None."""
    from harmwatch.extract.dates import dateline
    from harmwatch.extract.published import full_dates

    if not text:
        return None
    day, end = dateline(text, None)
    if day is not None and full_dates(text[:end]):
        return day
    lead = text[:LEAD_CHARS].translate(_INDIC)
    found = [(at, d) for at, d in full_dates(lead) if _weekday_before(lead, at) == d.weekday()
             and not _furniture(lead, at)]
    years = sorted({int(y) for y in _YEAR.findall(text.translate(_INDIC))})
    found += weekday_dates(lead, [y for y in years if y >= _FIRST_YEAR])
    return min(found)[1] if found else None
