"""The period of a table's column, from its heading.

"Three Months Ended December 25, 2010" → that quarter; "13 Weeks Ended" over
"July 3, 2004"; "12 Months Ended December" over "2004"; a heading with a date
and no length is an instant ("December 31, 2003"); "From June 1, 2003 to
June 30, 2003" is said outright. A part the column's own heading lacks (the
length, the month) is taken from the table's heading lines (`Heading`), read
once per table.

Columns under a "% Change from" heading hold changes, not values of their
dates (`change_columns`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from edgarkg.text.periods import find_dates, period_from_words

__all__ = ["Heading", "QUARTER_CODE", "change_columns", "column_period", "length_phrase", "quarter_code"]

# A bank's highlight columns: "2Q21", "4Q 2020", "Q3 2022", "Q1'22" — a calendar quarter.
QUARTER_CODE = re.compile(
    r"(?<![\w/])(?:(?P<a>[1-4])Q|Q(?P<b>[1-4]))[ ]?['’]?[ ]?(?P<y>(?:19|20)\d\d|\d\d)\b(?![/.,]\d)"
)

_LENGTH_PHRASE = re.compile(
    r"(?i)(?=[\dotfsenqy])(?:\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|twenty[\s-]six|thirty[\s-]nine|fifty[\s-]two|fifty[\s-]three)[\s-]+(?P<unit>weeks?|months?)\b"
    r"|\b(?P<kind>quarter|year|fiscal\s+year)s?\s+ended\b)"
)
_MONTH_DAY = re.compile(
    r"(?i)\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ ](?P<day>\d{1,2})\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)(?![ \t]*(?:months?|weeks?)\b)"
)
_MONTH_DAY_ANY = re.compile(
    r"(?i)\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ ](?P<day>\d{1,2})\b"
    r"(?![ \t]*(?:months?|weeks?)\b)"
)
_MONTH_ONLY = re.compile(
    r"(?i)\bended\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!\s+\d)"
)
_FROM_TO = re.compile(
    r"(?i)\bfrom\s+(?P<a>[A-Za-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d).{0,30}?\bto\s+(?P<b>[A-Za-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)"
)
_VERSUS = re.compile(r"(?i)\bvs\b|\bversus\b|\bcompared\b")
_CHANGE_COLUMN = re.compile(r"(?i)\b(?:change|variance|increase|decrease|%)")
_MONTH_NO = {
    m: i
    for i, m in enumerate(
        ["", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_LENGTH_HINT = re.compile(r"[WMEwme](?i:(?<=w)eek|(?<=m)onth|(?<=e)nded)")


def length_phrase(t: str) -> re.Match[str] | None:
    """`_LENGTH_PHRASE.search(t)`, tried only where its "week", "month" or "ended" is."""
    return _LENGTH_PHRASE.search(t) if _LENGTH_HINT.search(t) else None


class Heading:
    """What a table's heading lines say for every column: read once per table, when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._from_to: list[re.Match[str] | None] = []
        self._month: list[tuple[re.Match[str] | None, re.Match[str] | None]] = []
        self._length: list[re.Match[str] | None] = []

    def from_to(self) -> re.Match[str] | None:
        if not self._from_to:
            self._from_to.append(_FROM_TO.search(self.text))
        return self._from_to[0]

    def month(self) -> tuple[re.Match[str] | None, re.Match[str] | None]:
        """ "December 25" (any), else "ended December"."""
        if not self._month:
            md = _MONTH_DAY_ANY.search(self.text)
            self._month.append((md, None if md else _MONTH_ONLY.search(self.text)))
        return self._month[0]

    def length(self) -> re.Match[str] | None:
        if not self._length:
            self._length.append(length_phrase(self.text))
        return self._length[0]


def quarter_code(header: str) -> tuple[date, date] | None:
    """(first day, last day) of the calendar quarter a column headed "2Q21" / "Q3 2022" names."""
    m = QUARTER_CODE.search(header) if "Q" in header else None
    if m is None:
        return None
    q = int(m.group("a") or m.group("b"))
    y = int(m.group("y"))
    y = y if y > 99 else 2000 + y if y < 70 else 1900 + y
    last = 3 * q
    return date(y, last - 2, 1), date(y, last, calendar.monthrange(y, last)[1])


def column_period(header: str, context: Heading) -> tuple[date | None, date | None, date | None] | None:
    """(start, end, instant) of a column from its header ("Three Months Ended December 25, 2010")."""
    header_dates = find_dates(header)
    if (
        not header_dates
        and "Q" in header
        and not _CHANGE_COLUMN.search(header)
        and not _VERSUS.search(header)
    ):
        q = quarter_code(header)  # "2Q21"; not "2Q21 vs 1Q21", a change
        if q is not None:
            return q[0], q[1], None
    if not header_dates and _CHANGE_COLUMN.search(header):
        return None
    years = [int(y) for y in _YEAR_IN_HEADER.findall(header)]
    own_year = years[-1] if years else None
    dates = [d for d, _, _ in header_dates if not _is_month_only(header, d)]
    end: date | None = None
    ft = _FROM_TO.search(header) or context.from_to()
    if ft and own_year:
        a, b = find_dates(ft.group("a")), find_dates(ft.group("b"))
        if a and b and b[0][0].year == own_year and a[0][0].year == own_year:
            return a[0][0], b[0][0], None
    if dates:
        mine = [d for d in dates if own_year is None or d.year == own_year]
        if own_year and not mine:  # "March 30, 2016" (a signature's date) over a column "2015"
            mine = _heading_date(own_year, dates, context)
        end = (mine or dates)[-1] if own_year else dates[0]
    elif own_year:
        md = _MONTH_DAY.search(header)
        mo = None if md else _MONTH_ONLY.search(header)
        if not md and not mo:
            md, mo = context.month()
        if md:
            try:
                end = date(own_year, _MONTH_NO[md.group("month").lower()[:3]], int(md.group("day")))
            except ValueError:
                end = None
        elif mo:
            month = _MONTH_NO[mo.group("month").lower()[:3]]
            end = find_dates(f"{mo.group('month')} {own_year}")[0][0] if month else None
    if end is None:
        return None
    length = length_phrase(header) or (None if dates else context.length())
    if length is None:
        return None, None, end
    if length.group("kind"):
        unit = "quarter" if "quarter" in length.group("kind").lower() else "year"
        s, e = period_from_words(None, unit, end)
    else:
        s, e = period_from_words(length.group("n").replace(" ", "-"), length.group("unit"), end)
    return s, e, None


def _heading_date(year: int, foreign: list[date], context: Heading) -> list[date]:
    """The column's day, where its own heading dates another year: the table heading's date of that
    year ("December 31, 2015" over "2015"), else the day of the heading's other columns in that year
    ("December 31" for the "2014" beside it), else that of its own heading ("year ended October 31,
    2003" over "2002")."""
    dated = [d for d, _, _ in find_dates(context.text)]
    mine = [d for d in dated if d.year == year]
    if mine:
        return mine[-1:]
    others = [d for d in dated if d not in foreign] or foreign  # else the day of its own heading's date
    if not others:
        return []
    day = min(others[-1].day, calendar.monthrange(year, others[-1].month)[1])
    return [date(year, others[-1].month, day)]


_YEAR_IN_HEADER = re.compile(r"\b((?:19|20)\d\d)\b(?![,\d])")


def _is_month_only(header: str, d: date) -> bool:
    """The header names d's month and year ("December 2004") but not its day ("Dec. 31")."""
    full = calendar.month_name[d.month].lower()
    if not any(
        m.group(1).lower() == full and m.group(2) == str(d.year) for m in _MONTH_YEAR.finditer(header)
    ):
        return False
    short, day = calendar.month_abbr[d.month].lower(), str(d.day)
    return not any(m.group(1).lower() == short and m.group(2) == day for m in _MONTH_DAY_IN.finditer(header))


_MONTH_YEAR = re.compile(
    r"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s*,?\s*(\d{4})"
)
_MONTH_DAY_IN = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d+)\b")


_CHANGE = re.compile(r"(?i)\bchange")


def change_columns(upper: list[str], lower: list[str]) -> frozenset[int]:
    """The columns of `lower` (dated heading cells, one a column) that a cell of `upper` headed
    "% Change from" stands over. Colspans are lost in the reading text, so the dates are cut into runs
    that go back in time ("Dec 31, 2021 | Sep 30, 2021 | Dec 31, 2020" then "Sep 30, 2021 | Dec 31,
    2020" then "Dec 31, 2021 | Dec 31, 2020"); with as many runs as cells above, run i is under
    cell i."""
    if not any(_CHANGE.search(u) for u in upper):
        return frozenset()
    ends: list[date] = []
    for cell in lower:
        found = find_dates(cell)
        if len(found) != 1:
            return frozenset()
        ends.append(found[0][0])
    runs: list[list[int]] = []
    for n, d in enumerate(ends):
        if not runs or d >= ends[n - 1]:
            runs.append([])
        runs[-1].append(n)
    if len(runs) != len(upper) or len(runs) < 2:
        return frozenset()
    return frozenset(n for u, run in zip(upper, runs, strict=True) if _CHANGE.search(u) for n in run)
