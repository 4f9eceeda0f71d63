"""The document's fiscal year, and the bare years that mean it.

A 10-K of a company whose year ends on October 31 says "In 2003, export sales
amounted to $4.3 million", "during fiscal 2003" and heads its five-year tables
"2003  2002  2001": each "2003" is the fiscal year ended October 31, 2003, not
the calendar year. The document itself says where its year ends, in its dated
year-long periods ("For the fiscal year ended October 31, 2003", "the years
ended June 30, 2021 and 2020"): the day most of them end on is the fiscal year
end (`fiscal_years`), and the year-end a year dates exactly is kept (a 52/53-week
year ending "October 2, 2004" one year and "October 1, 2005" the next).
A document that dates no year-long period, or ends its years on December 31,
keeps calendar years; a 52/53-week year ending in the first days of January is
named for the year before; one ending later in January or in February (a
retailer's, named either way) is not guessed. `year_start`: a half year
counted back by weeks starts after the fiscal year end the document dates.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from edgarkg.text.periods import QUARTER_OF, Period

__all__ = ["FiscalYears", "fiscal_years", "refiscal", "year_start"]

_YEAR_DAYS = range(355, 372)  # a year of 12 months or of 52/53 weeks, first day to last


@dataclass(frozen=True, slots=True)
class FiscalYears:
    """Where a document's years end: the usual (month, day), and the exact end of the years it dates."""

    month: int
    day: int
    ends: dict[int, date]
    offset: int = 0  # 1 where a year is named for the year it starts in ("fiscal 2012" ends in 2013)

    @property
    def calendar(self) -> bool:
        """Years end on December 31, or near it (a 52/53-week year)."""
        return (self.month, self.day) == (12, 31)

    def end(self, year: int) -> date:
        """The last day of the fiscal year that ends in `year` (named so: "fiscal 2003")."""
        if year in self.ends:
            return self.ends[year]
        y = year + self.offset
        return date(y, self.month, min(self.day, calendar.monthrange(y, self.month)[1]))

    def year(self, year: int) -> tuple[date, date]:
        """(first day, last day) of the fiscal year ending in `year`."""
        end = self.end(year)
        if year - 1 in self.ends:
            return self.ends[year - 1] + timedelta(days=1), end
        prior = self.end(year - 1)
        return prior + timedelta(days=1), end


def fiscal_years(periods: list[Period], text: str) -> FiscalYears | None:
    """The fiscal year the document's dated year-long periods state; None where it dates none.
    (Bare years, "in 2003", say nothing of where a year ends.)"""
    ends = [
        p.end
        for p in periods
        if p.start and p.end and (p.end - p.start).days + 1 in _YEAR_DAYS and not _bare(text, p)
    ]
    if not ends:
        return None
    counts = Counter((e.month, e.day) for e in ends)
    (month, day), _ = counts.most_common(1)[0]
    if (month, day) >= (12, 24) or (month, day) <= (1, 7):
        # a 52/53-week year ending near December 31 ("January 2, 2000") is named for the year it
        # mostly covers: the one of its first day
        by_year = {(e - timedelta(days=364)).year: e for e in ends if e.month in (12, 1)}
        return FiscalYears(12, 31, by_year)
    offset = 0
    if month <= 2:  # a retailer's year ending in January names either year: only where it says which
        named = _NAMED.search(text)  # "Fiscal years 2012, 2011 and 2010 ended on February 2, 2013"
        offset = int(named.group(2)) - int(named.group(1)) if named else -1
        if offset not in (0, 1):
            return None
    by_year = {}
    for e in ends:
        if abs((e - date(e.year, month, min(day, calendar.monthrange(e.year, month)[1]))).days) <= 7:
            by_year.setdefault(e.year - offset, e)  # a 52/53-week year ends within a week of the usual day
    return FiscalYears(month, day, by_year, offset)


_NAMED = re.compile(
    r"[Ff]iscal\s+(?:[Yy]ears?\s+)?((?:19|20)\d\d)\b[^.;]{0,80}?\b(?:ended|ends|ending)\s+(?:on\s+)?"
    r"[A-Z][a-z]+\.?\s+\d{1,2},\s+((?:19|20)\d\d)\b"
)


def refiscal(periods: list[Period], text: str, fy: FiscalYears | None) -> list[Period]:
    """`periods` with each bare year ("in 2003", "fiscal 2003", "2003 sales") made the fiscal year
    ending in it, where the document's years do not end on December 31; "fiscal 2015" is left out
    where the document never says where its years end (`fy` None): its dates are unknown."""
    if fy is not None and fy.calendar and not fy.ends:
        return periods
    out = []
    for p in periods:
        if p.instant is None and p.start and p.end and _bare(text, p):
            if fy is None:
                if p.fiscal_year is not None:
                    continue  # "fiscal 2015" of a document that never says where its year ends
            else:
                start, end = fy.year(int(text[p.span[0] : p.span[1]]))
                p = replace(p, start=start, end=end)
        out.append(p)
    return out


def _bare(text: str, p: Period) -> bool:
    """The period is stated by a year alone."""
    word = text[p.span[0] : p.span[1]]
    return len(word) == 4 and word.isdigit()


def year_start(start: date, end: date, year_ends: list[date]) -> date:
    """The first day of a period counted back by weeks ("six months ended April 1, 2000": 26 weeks from
    October 3) that a 14-week quarter began earlier: the day after a fiscal year end the document
    dates 2 to 8 days before ("September 25, 1999"). `year_ends` sorted."""
    near = bisect_left(year_ends, start - timedelta(days=8))
    if near < len(year_ends) and year_ends[near] <= start - timedelta(days=2):
        first = year_ends[near] + timedelta(days=1)
        if first < end:
            return first
    return start


_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def calendar_quarters(periods: list[Period], text: str, fy: FiscalYears | None) -> list[Period]:
    """`periods` with each "fourth quarter of 2021" ("first quarter 2020") the document dated nowhere
    else made that calendar quarter, where its years are calendar years ending on December 31 (the
    year ending then, not a 52/53-week year's Saturday): October 1 to December 31, 2021."""
    if fy is None or not fy.calendar or "uarter" not in text:
        return periods
    if any((e.month, e.day) != (12, 31) for e in fy.ends.values()):
        return periods  # a 52/53-week year: its quarters end on other days
    starts = [p.span[0] for p in periods]
    added = []
    for m in _quarter_phrases(text):
        year = m.group("year")
        if year is None or fy.end(int(year)) != date(int(year), 12, 31):
            continue
        k = bisect_left(starts, m.end())
        if any(q.span[1] > m.start() for q in periods[max(0, k - 3) : k]):
            continue  # a period read there already ("the second quarter of 2004" the document dated)
        n, y = _QUARTER_NUMBER[m.group("ord").lower()], int(year)
        last = date(y, 3 * n, calendar.monthrange(y, 3 * n)[1])
        added.append(Period(date(y, 3 * n - 2, 1), last, span=(m.start(), m.end())))
    return sorted(periods + added, key=lambda p: p.span[0]) if added else periods


def _quarter_phrases(text: str) -> Iterator[re.Match[str]]:
    """`QUARTER_OF` where "quarter" ("Quarter") is in the text: a window around each, not a whole scan."""
    pos = text.find("uarter")
    while pos >= 0:
        m = QUARTER_OF.search(text, max(0, pos - 9), pos + 40)
        if m is not None and m.start() < pos:
            yield m
        pos = text.find("uarter", pos + 6)
