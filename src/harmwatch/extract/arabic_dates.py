"""Dates in Arabic reports: the lead's own date, resolved against the publication date.

Forms read: a full date ("3/ أيار 2023", "١-٩-٢٠٢٣", "الخميس 20-10-2022"); a day and a month in
Levantine or international names ("5 تشرين الأول", "5 أكتوبر", "5 تشرين الأول/أكتوبر"); a weekday;
"أمس", "البارحة", "اليوم", "فجر اليوم", "مساء أمس". A day and month without a year take the latest
such day not after the publication date. A page with no publication date of its own often still
names the weekday beside the day and month ("اليوم الخميس 5 تشرين الأول"): the year is then the
one in which that day falls on that weekday (`weekday_year`). A Hijri date ("3 رجب 1446 هـ") is read by
the tabular calendar; an undated page's Hijri date line anchors its relative words.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["lead_date", "year_hint", "weekday_year", "hijri_to_gregorian", "hijri_dates", "MONTHS", "WEEKDAYS"]

_FOLD = str.maketrans("أإآٱ", "اااا")
_AR = "\u0621-\u064A"

_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
             "السبت": 5, "الأحد": 6, "الاحد": 6}
# Levantine and international (Egyptian) month names, each also with one form of alef ("تشرين الاول", "ايار")
_MONTHS = {"كانون الثاني": 1, "يناير": 1, "شباط": 2, "فبراير": 2, "آذار": 3, "مارس": 3, "نيسان": 4, "أبريل": 4,
           "ابريل": 4, "إبريل": 4, "أيار": 5, "مايو": 5, "حزيران": 6, "يونيو": 6, "يونيه": 6, "تموز": 7, "يوليو": 7,
           "يوليه": 7, "آب": 8, "أغسطس": 8, "اغسطس": 8, "أيلول": 9, "سبتمبر": 9, "تشرين الأول": 10, "أكتوبر": 10,
           "اكتوبر": 10, "تشرين الثاني": 11, "نوفمبر": 11, "كانون الأول": 12, "ديسمبر": 12}
# "كانون ثاني", "تشرين اول": the Levantine names without the article
_MONTHS.update({"كانون ثاني": 1, "كانون أول": 12, "تشرين أول": 10, "تشرين ثاني": 11})
_MONTHS.update({k.translate(_FOLD): v for k, v in list(_MONTHS.items())})
MONTHS, WEEKDAYS = _MONTHS, _WEEKDAYS
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RX = re.compile(rf"(?<![0-9])(?P<d>[0-9]{{1,2}})\s*/?\s*(?:من\s+)?(?:شهر\s+)?(?P<m>{_MONTH_ALT})(?![{_AR}])"
                      rf"(?:\s*/\s*(?P<m2>{_MONTH_ALT}))?(?:\s*/?[,،]?\s*(?:من\s+)?(?:عام\s+)?(?P<y>20[0-9]{{2}}))?"
                      # "الماضي": a day of an earlier month, background to the lead's event
                      rf"(?P<past>\s+(?:الماضي|الفائت|المنصرم|السابق)(?![{_AR}]))?")
_REL_RX = re.compile(r"(?P<wd>" + "|".join(_WEEKDAYS) + r")|(?P<byest>[أا]ول\s+[أا]مس|[أا]مس\s+الأول|[أا]مس\s+الاول)|"
                     r"(?P<yest>أمس|البارحة)|(?P<today>(?<![\u0621-\u064A])اليوم)|"
                     # "قبل يومين", "منذ 3 أيام", "قبل ثلاثة أيام"
                     r"(?P<ago>(?<![\u0621-\u064A])(?:قبل|منذ)\s+(?:(?P<n>[0-9]{1,2}|ثلاثة|ثلاث|[أا]ربعة|خمسة|ستة|سبعة)\s+)?"
                     r"(?P<unit>يومين|[أا]يام)(?![\u0621-\u064A]))")
_AGO_N = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7}
# the weekday just before a day and month: "الخميس 5 تشرين الأول", "يوم الأربعاء، 27 تشرين الثاني"
_WD_BEFORE = re.compile("(?P<wd>" + "|".join(_WEEKDAYS) + r")[\s,،(\-]*(?:الموافق\s+)?(?:في\s+)?(?:ال)?$")
_YEAR = re.compile(r"(?<![0-9])20[0-9]{2}(?![0-9])")
_FIRST_YEAR = 2011  # the conflicts the reports tell are dated from here on

# "since the start of the current year 2023": the report was written in that year
_CURRENT_YEAR = re.compile(r"(?:العام|السنة)\s+(?:الحالي|الجاري)\s+(?P<y>20[0-9]{2})|"
                           r"(?:منذ|خلال)\s+(?:مطلع|بداية)\s+(?:العام|عام)\s+(?:الحالي\s+)?(?P<y2>20[0-9]{2})")


# Hijri months (Umm al-Qura names, with one form of alef and the usual variants)
_HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع أول": 3, "ربيع الآخر": 4, "ربيع الاخر": 4,
                 "ربيع الثاني": 4, "ربيع ثاني": 4, "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادى الأول": 5,
                 "جمادى الاول": 5, "جمادى الآخرة": 6, "جمادى الاخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6,
                 "جمادى الاخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11,
                 "ذو الحجة": 12, "ذي الحجة": 12}
_HIJRI_ALT = "|".join(sorted(_HIJRI_MONTHS, key=len, reverse=True))
# "3 رجب 1446 هـ", "03 - رجب - 1446هـ", "الأحد 12 جمادى الأولى 1445": the year (14xx) makes it a Hijri date
_HIJRI_RX = re.compile(rf"(?<![0-9])(?P<d>[0-9]{{1,2}})\s*[-/،,]?\s*(?:من\s+)?(?:شهر\s+)?(?P<m>{_HIJRI_ALT})\s*[-/،,]?\s*"
                       rf"(?:(?:عام|سنة)\s+)?(?P<y>1[34][0-9]{{2}})(?![0-9])")


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date by the tabular (arithmetic) calendar; the calendars in use
    (Umm al-Qura, sighting) differ from it by a day or so."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    jdn = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return date.fromordinal(jdn - 1721425)


def hijri_dates(text: str) -> list[tuple[int, date]]:
    """(offset, Gregorian day) of every Hijri date in normalised text."""
    out = []
    for m in _HIJRI_RX.finditer(text):
        d = hijri_to_gregorian(int(m.group("y")), _HIJRI_MONTHS[m.group("m")], int(m.group("d")))
        if d is not None:
            out.append((m.start(), d))
    return out


# ordinal days: "في الثالث من أيار", "الحادي عشر من أيلول", "الثاني والعشرين من شهر آب"
_ORD_UNITS = {"اول": 1, "أول": 1, "حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7,
              "ثامن": 8, "تاسع": 9}
_ORD_RX = re.compile(rf"(?<![{_AR}])(?:ال)?(?:(?P<u>{'|'.join(_ORD_UNITS)})(?:\s+(?P<teen>عشر)|\s+و(?:ال)?(?P<tens>عشرين|ثلاثين))?"
                     rf"|(?P<ten>عاشر)|(?P<tens2>عشرين|ثلاثين))\s+من\s+(?=(?:شهر\s+)?(?:{_MONTH_ALT})(?![{_AR}]))")


def _ordinal_days(text: str) -> str:
    """Text with ordinal days written as digits ("الثالث من أيار" → "3 أيار")."""
    def one(m: re.Match) -> str:
        if m.group("ten"):
            n = 10
        elif m.group("tens2"):
            n = 20 if m.group("tens2") == "عشرين" else 30
        else:
            n = _ORD_UNITS[m.group("u")] + (10 if m.group("teen") else 20 if m.group("tens") == "عشرين"
                                            else 30 if m.group("tens") else 0)
            if m.group("u") == "حادي" and not (m.group("teen") or m.group("tens")):
                return m.group(0)
        return f"{n} " if n <= 31 else m.group(0)
    return _ORD_RX.sub(one, text)


def year_hint(text: str) -> int | None:
    """The year a report says is the current one ("منذ بداية العام الحالي 2023"), if it says one."""
    m = _CURRENT_YEAR.search(text.translate(_FOLD))
    return int(m.group("y") or m.group("y2")) if m else None


def weekday_year(day: int, month: int, weekday: int, mentioned: list[int] | None = None,
                 last: int | None = None) -> int | None:
    """The year in which `day`/`month` falls on `weekday` (0 Monday), between 2011 and `last`
    (this year by default): one the document names if one fits, else the latest that fits (the
    years a report names without a fit are mostly earlier events')."""
    last = last or date.today().year
    fits = []
    for y in range(_FIRST_YEAR, last + 1):
        try:
            if date(y, month, day).weekday() == weekday:
                fits.append(y)
        except ValueError:
            continue
    if not fits:
        return None
    named = [y for y in fits if y in (mentioned or [])]
    return named[-1] if named else fits[-1]


def _day(d: date) -> dict:
    return {"start": d.isoformat(), "end": d.isoformat(), "precision": "day"}


def lead_date(lead: str, anchor: date | None, year: int | None = None, whole: str | None = None) -> dict:
    """The lead's own date: a full date ("3/ أيار 2023", "١-٩-٢٠٢٣", "الخميس 20-10-2022"), a day and
    month (the latest not after `anchor`, or in `year`, the report's current year, or in the year
    its weekday names, without one), a weekday or "أمس"/"اليوم"; else `anchor` with precision
    `unknown`. `whole` (the document) gives the years it mentions, for a weekday's year."""
    from .published import full_dates

    lead = _ordinal_days(lead)
    full = full_dates(lead)
    # a Hijri date counts as a full one; beside a Gregorian date (its "الموافق") the Gregorian one rules
    full = full or hijri_dates(lead)
    if anchor is None and whole:  # an undated page: a Hijri date in its head (the page's own date line)
        head = hijri_dates(whole[:2000])
        anchor = head[0][1] if head else None
    named = [(m.start(), m) for m in _DATE_RX.finditer(lead)]
    if _REL_RX.search(lead):  # "فجر اليوم" beside "8 كانون الأول الماضي": the day is today's
        named = [(i, m) for i, m in named if not m.group("past")]
    elif len(named) > 1:
        named = [(i, m) for i, m in named if not m.group("past")] or named
    if full and (not named or full[0][0] <= named[0][0]):
        return _day(full[0][1])
    for _, m in named:
        month = _MONTHS[m.group("m")]
        y = int(m.group("y")) if m.group("y") else None
        try:
            if y:
                d = date(y, month, int(m.group("d")))
            elif anchor:
                d = date(anchor.year, month, int(m.group("d")))
                if d > anchor + timedelta(days=1):  # a day of slack: the anchor may be a UTC day
                    d = date(anchor.year - 1, month, int(m.group("d")))
            elif year:
                d = date(year, month, int(m.group("d")))
            else:
                wd = _WD_BEFORE.search(lead, max(0, m.start() - 30), m.start())
                if wd is None:
                    continue
                d = _by_weekday(m, _WEEKDAYS[wd.group("wd")], sorted({int(x) for x in _YEAR.findall(whole or lead)}))
                if d is None:
                    continue
        except ValueError:
            continue
        return _day(d)
    if anchor:
        for m in _REL_RX.finditer(lead):
            if m.group("wd"):
                back = (anchor.weekday() - _WEEKDAYS[m.group("wd")]) % 7
                d = anchor - timedelta(days=back)
            elif m.group("byest"):  # "أول أمس": the day before yesterday
                d = anchor - timedelta(days=2)
            elif m.group("yest"):
                d = anchor - timedelta(days=1)
            elif m.group("ago"):
                n = 2 if m.group("unit") == "يومين" else _AGO_N.get(m.group("n") or "") or \
                    (int(m.group("n")) if (m.group("n") or "").isdigit() else None)
                if n is None or n > 10:
                    continue  # "منذ أيام": some days ago
                d = anchor - timedelta(days=n)
            else:
                d = anchor
            return _day(d)
        return {"start": anchor.isoformat(), "end": anchor.isoformat(), "precision": "unknown"}
    d = _weekday_date(whole) if whole else None
    if d is not None:  # an undated page whose lead names no day: the day its report names with a weekday
        return _day(d)
    return {"start": None, "end": None, "precision": "unknown"}


def _weekday_date(text: str) -> date | None:
    """The first day and month a text names with its weekday ("اليوم الخميس 5 تشرين الأول"), in
    its year or, without one, in the year that weekday gives (`weekday_year`)."""
    mentioned = None
    for m in _DATE_RX.finditer(text):
        wd = _WD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if wd is None:
            continue
        if m.group("y"):  # "فجر اليوم الجمعة 4 آب 2023"
            try:
                return date(int(m.group("y")), _MONTHS[m.group("m")], int(m.group("d")))
            except ValueError:
                continue
        if mentioned is None:
            mentioned = sorted({int(x) for x in _YEAR.findall(text)})
        d = _by_weekday(m, _WEEKDAYS[wd.group("wd")], mentioned)
        if d is not None:
            return d
    return None


def _by_weekday(m: re.Match, weekday: int, mentioned: list[int]) -> date | None:
    """The day of a `_DATE_RX` match without a year, in the year its weekday gives; of its two month
    names when they disagree ("2 تشرين الأول/ نوفمبر"), the one whose year comes latest."""
    best = None
    for name in filter(None, (m.group("m"), m.group("m2"))):
        month, day = _MONTHS[name], int(m.group("d"))
        y = weekday_year(day, month, weekday, mentioned)
        if y is not None and (best is None or date(y, month, day) > best):
            best = date(y, month, day)
    return best
