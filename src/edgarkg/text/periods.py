"""Dates and periods as prose and table headings state them.

"for the year ended 31 March 2003", "the 13-week fiscal quarter ended
November 2, 2024", "as of December 31, 2023", "in 2022", "the first six
months of 1998", "2022 sales": each becomes a `Period` (start, end) or an
instant, with the span of the words that state it. The length of a quarter is
three calendar months ending on its last day, so a 52/53-week quarter ending
"July 3, 2004" starts on April 4.

A document's periods are read in one pass (`read_periods`): the dates first
(shared with the masks of `edgarkg.text.numbers`), then the phrases around
them, and "the second quarter of 2004" resolved against the quarters the
document dated elsewhere ("second quarter ended July 3, 2004").
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["QUARTER_OF", "Period", "find_dates", "find_periods", "read_periods", "period_from_words"]

# --- dates --------------------------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_RES = (
    re.compile(rf"(?i)\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        rf"(?i)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\s*,?\s*(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(rf"(?i)\b{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),  # "September 2003": the month's last day
)
Date = tuple[date, int, int]


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[Date]:
    """Written dates in `text[start:end]` ("July 3, 2004", "31 March 2003", "December, 2003"), in order.

    A month without a day stands for that month's last day. Month names are
    found first and the three date shapes tried around them.
    """
    stop = len(text) if end is None else end
    found: list[Date] = []
    last_end = start
    for mm in _MONTH_WORD.finditer(text, start, stop):
        if mm.group().lower().rstrip(".") not in _MONTHS or mm.start() < last_end:
            continue
        day_first = _DAY_BEFORE.search(text, max(start, last_end, mm.start() - 12), mm.start())
        m = None
        if day_first:
            m = _DATE_RES[1].match(text, day_first.start(), stop)
        m = m or _DATE_RES[0].match(text, mm.start(), stop) or _DATE_RES[2].match(text, mm.start(), stop)
        if m is None:
            continue
        year, month = int(m.group("year")), _MONTHS[m.group("month").lower().rstrip(".")]
        day = int(m.groupdict().get("day") or calendar.monthrange(year, month)[1])
        try:
            found.append((date(year, month, day), m.start(), m.end()))
        except ValueError:
            continue
        last_end = m.end()
    return found


# The first letter is a plain character class (both cases), so the scan skips other letters at C speed.
_MONTH_WORD = re.compile(
    r"[JFMASONDjfmasond](?<!\w.)(?i:(?<=j)(?:an|un|ul)|(?<=f)eb|(?<=m)a[ry]|(?<=a)(?:pr|ug)|(?<=s)ep"
    r"|(?<=o)ct|(?<=n)ov|(?<=d)ec)(?i:[a-z]*)\.?"
)
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")


# --- periods ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """A period (start, end) or an instant, and where the text states it.

    `local` periods ("2022 sales") qualify only the amount right after them;
    `ordinal` keeps "second" of "second quarter ended July 3, 2004" so that
    a later "second quarter of 2004" can be looked up.
    """

    start: date | None
    end: date | None
    instant: date | None = None
    span: tuple[int, int] = (0, 0)
    local: bool = False
    ordinal: str | None = None
    fiscal_year: int | None = None


_LENGTH_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "twenty-six": 26, "twenty six": 26,
    "thirty-nine": 39, "thirty nine": 39, "fifty-two": 52, "fifty two": 52, "fifty-three": 53,
}  # fmt: skip
_LENGTH = (
    r"(?<![\d,.])(?P<n>[1-9]\d?|"
    + "|".join(sorted(map(re.escape, _LENGTH_WORDS), key=len, reverse=True))
    + r")"
)
_ORDINAL = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_ENDED = r"(?:then\s+)?(?:ended|ending|to|through|thru|ends|closed)"
# What stands right before a date to make it a period's end (matched at the end of a short window).
_BEFORE_DATE = (
    # "the 13-week fiscal quarter ended", "three months ended", "7-month period to"
    re.compile(
        rf"(?ix)(?:{_ORDINAL}\s+)?(?:fiscal\s+(?:19|20)\d\d\s+(?:first|second|third|fourth)?\s*)?{_LENGTH}[\s-]+"
        rf"(?P<unit>weeks?|months?|years?)(?:\s+(?:fiscal\s+)?(?:period|quarter|year)s?)?\s+{_ENDED}\s+$"
    ),
    # "the second quarter ended", "fiscal 2011 first quarter ended", "the year ended", "the quarter ending"
    re.compile(
        rf"(?ix)(?:fiscal\s+(?P<fy>(?:19|20)\d\d)\s+)?(?:{_ORDINAL}\s+)?(?:fiscal\s+)?"
        rf"(?P<kind>quarter|year|half[\s-]year|half)s?\s+{_ENDED}\s+$"
    ),
)
_ENDED_WORDS = ("ended", "ending", "to", "through", "thru", "ends", "closed")
_YEAR_LEAD_WORDS = ("in", "for", "during", "of", "calendar", "year", "fiscal")


def _tail_word(window: str) -> str:
    """The window's last characters before the white space it must end with ("" if it does not)."""
    tail = window.rstrip()
    return tail[-12:].lower() if len(tail) < len(window) else ""


_INSTANT_BEFORE = re.compile(r"(?i)\b(?:as\s+(?:of|at)|at\s+the\s+end\s+of|at)\s+$")
# A year not glued to other digits, words or amounts. The look-behind comes after "19"/"20" so that
# the scan starts from a plain two-character set and skips everything else at C speed.
_YEAR_TOKEN = re.compile(r"(?:19|20)(?<![\w,$.-]..)\d\d\b")
_YEAR_BEFORE = re.compile(
    r"(?i)(?<!quarter )(?<!half )(?<!month )(?<!period )\b(?:in|for|during|of)\s+"
    r"(?:(?:calendar|full[\s-]year|the\s+(?:full\s+)?year|(?:the\s+)?fiscal(?:\s+year)?)\s+)?$"
)
_YEAR_RANGE_AFTER = re.compile(r"\s*(?:-|–|to\b|through\b)")
_NOT_A_YEAR_AFTER = re.compile(r"\s*(?:Annual Report|Form|Plan|Notes?)\b")
_LAW_OF = re.compile(r"(?i)\b(?:act|law|code|statute)\s+of\s*$")
_MONTHS_OF = re.compile(r"(?i)months\s+of\s+(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b")
_FIRST_N = re.compile(r"(?i)\b(?:the\s+)?first\s+(?P<n>\d{1,2}|three|six|nine|twelve)\s+$")
_YEAR_NOUN_RE = re.compile(
    r"(?P<year>(?:19|20)(?<![\w,$.-]..)\d\d)(?i:\s+(?:(?:full[\s-]year|annual|fiscal[\s-]year)\s+)?"
    r"(?P<noun>(?:net\s+)?sales|(?:net\s+)?revenues?|net\s+(?:income|loss)|earnings|results|turnover|profits?))\b"
)
# "Fourth quarter 2023 revenue", "Q4 2023 sales": the year of a part of it, not the year.
_PART_OF_YEAR = re.compile(r"(?i)\b(?:quarter|half|q[1-4]|h[12]|months?|weeks?|period)[\s-]*$")
_NOT_A_PERIOD_BEFORE = re.compile(
    r"(?i)\b(?:early|late|mid|by|since|until|before|after|from|beginning|starting)\s*$"
)


def _months_back(end: date, months: int) -> date:
    """First day of a period of `months` calendar months ending on `end`."""
    if end.day == calendar.monthrange(end.year, end.month)[1]:  # ends a month: starts a month
        y, m = divmod(end.year * 12 + end.month - 1 - (months - 1), 12)
        return date(y, m + 1, 1)
    y, m = divmod(end.year * 12 + end.month - 1 - months, 12)
    day = min(end.day, calendar.monthrange(y, m + 1)[1])
    return date(y, m + 1, day) + timedelta(days=1)


def period_from_words(length: str | None, unit: str | None, end: date) -> tuple[date, date]:
    """(start, end) of "13 weeks" / "three months" / "year" / "quarter" ending on `end`.

    Months are calendar months, except that quarters (3, 6, 9 months) ending on another day than a
    month's last are weeks: "three months ended March 27, 1999" is the 13 weeks from December 27.
    """
    n = 1
    if length:
        n = int(length) if length.isdigit() else _LENGTH_WORDS.get(" ".join(length.lower().split()), 1)
    u = (unit or "year").lower().replace(" ", "-").rstrip("s")
    months = {"month": n, "quarter": 3 * n, "half-year": 6, "half": 6}.get(u, 12 * n)
    if u == "week":
        return end - timedelta(days=7 * n - 1), end
    if months < 12 and months % 3 == 0 and end.day != calendar.monthrange(end.year, end.month)[1]:
        # a quarter that does not end on a month's last day is a 52/53-week calendar's 13 weeks
        return end - timedelta(days=91 * months // 3 - 1), end
    return _months_back(end, months), end


_ORDINALS = {
    "first": "first", "1st": "first", "second": "second", "2nd": "second",
    "third": "third", "3rd": "third", "fourth": "fourth", "4th": "fourth",
}  # fmt: skip
QUARTER_OF = re.compile(
    r"(?i)(?=[fst])\b(?P<ord>first|second|third|fourth)[\s-]+quarter\b(?!\s+(?:ended|ending|to|through))"
    r"(?:\s+(?:(?:of|in)\s+)?(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b)?"  # "of 2019", "2019"
)


def _known_quarter(known: list[Period], ordinal: str, year: str | None) -> Period | None:
    """ "second quarter of 2004" is the quarter the document called "second quarter ended July 3, 2004"."""
    same = [p for p in known if p.ordinal == ordinal and p.end is not None]
    if year is not None:
        y = int(year)
        mine = [p for p in same if p.fiscal_year == y or (p.fiscal_year is None and p.end.year == y)]
        if not mine and same:  # "compared with $59.7 billion in first quarter 2019": a year earlier
            return _other_year(same, y)
        same = mine
    ends = {p.end for p in same}
    return same[0] if len(ends) == 1 else None


def _other_year(same: list[Period], year: int) -> Period | None:
    """The document's dated quarter of that ordinal moved to another year, where it is a calendar
    quarter (months end on their last day; a 52/53-week quarter moves by no whole number of years)."""
    p = same[0]
    if p.fiscal_year is not None or p.start is None or len({q.end for q in same}) != 1:
        return None
    if p.end.day != calendar.monthrange(p.end.year, p.end.month)[1] or p.start.day != 1:
        return None
    shift = year - p.end.year
    end_year = p.end.year + shift
    end = date(end_year, p.end.month, calendar.monthrange(end_year, p.end.month)[1])
    return Period(date(p.start.year + shift, p.start.month, 1), end, span=p.span)


def find_periods(
    text: str, start: int = 0, end: int | None = None, known: list[Period] | None = None
) -> list[Period]:
    """Periods and instants stated in `text[start:end]`, in order of position.

    `known` are periods the document stated elsewhere with their ordinal
    ("second quarter ended July 3, 2004"): "the second quarter of 2004" and
    "the second quarter" resolve to them, and to nothing when they are unknown.
    """
    return _Candidates(text, start, end).periods(known or [])


def read_periods(text: str, dates: list[Date] | None = None) -> tuple[list[Period], list[Period]]:
    """A whole document's periods, read once: (as stated, with "the second quarter" resolved against
    the document's own dated quarters). `dates` are `find_dates(text)` when the caller has them."""
    found = _Candidates(text, 0, None, dates)
    stated = found.periods([])
    known = [p for p in stated if p.ordinal]
    return stated, (found.periods(known) if known else stated)


class _Candidates:
    """Every phrase of a text that may state a period, each kind found once; `periods(known)` then
    keeps the first of any overlapping ones, kind by kind (dated phrases win over bare years)."""

    def __init__(self, text: str, start: int, end: int | None, dates: list[Date] | None = None) -> None:
        self.text, self.start = text, start
        self.stop = len(text) if end is None else end
        if dates is None:
            dates = find_dates(text, start, self.stop)
        else:
            dates = dates[bisect_left(dates, start, key=lambda d: d[1]) :]
            dates = [d for d in dates if d[2] <= self.stop]
        self.dated = self._dated(dates)
        self.quarters: list[tuple[int, int, str, str | None]] | None = None  # read when first needed
        self.first_months = self._first_months()
        self.years = self._years(dates)
        self.year_nouns = [
            Period(date(y, 1, 1), date(y, 12, 31), span=(m.start(), m.end("year")), local=True)
            for m in _YEAR_NOUN_RE.finditer(text, start, self.stop)
            for y in (int(m.group("year")),)
            if not _PART_OF_YEAR.search(text, max(0, m.start() - 16), m.start())
        ]

    def _dated(self, dates: list[Date]) -> list[Period]:
        """ "... quarter ended July 3, 2004", "as of December 31, 2023"."""
        text, out = self.text, []
        for d, a, b in dates:
            w0 = max(self.start, a - 110)
            window = text[w0:a]
            tail = _tail_word(window)  # the phrases end in a few words: test those before any search
            for rx in _BEFORE_DATE:
                m = rx.search(window) if tail.endswith(_ENDED_WORDS) else None
                if m:
                    groups = m.groupdict()
                    unit = groups.get("unit") or groups.get("kind")
                    s, e = period_from_words(groups.get("n"), unit, d)
                    ordinal = _ORDINALS.get((groups.get("ord") or "").lower())
                    fy = int(groups["fy"]) if groups.get("fy") else None
                    out.append(Period(s, e, span=(w0 + m.start(), b), ordinal=ordinal, fiscal_year=fy))
                    break
            else:
                m = _INSTANT_BEFORE.search(window) if tail.endswith(("of", "at")) else None
                if m:
                    out.append(Period(None, None, d, span=(w0 + m.start(), b)))
        return out

    def _first_months(self) -> list[Period]:
        """ "the first six months of 1998": found from its "months of 1998", read back to "the first"."""
        text, out = self.text, []
        for m in _MONTHS_OF.finditer(text, self.start, self.stop):
            head = _FIRST_N.search(text, max(self.start, m.start() - 40), m.start())
            if head is None:
                continue
            word = head.group("n")
            n = int(word) if word.isdigit() else _LENGTH_WORDS.get(word.lower(), 0)
            y = int(m.group("year"))
            if 0 < n <= 12:
                last = date(y, n, calendar.monthrange(y, n)[1])
                out.append(Period(date(y, 1, 1), last, span=(head.start(), m.end())))
        return out

    def _years(self, dates: list[Date]) -> list[Period]:
        """ "in 2022", "for calendar 2003", "during the full year 2004": a calendar year."""
        text, out = self.text, []
        date_starts = [a for _, a, _ in dates]
        for m in _YEAR_TOKEN.finditer(text, self.start, self.stop):
            k = bisect_right(date_starts, m.start()) - 1
            if k >= 0 and m.start() < dates[k][2]:
                continue  # the year of a date
            lead = text[max(0, m.start() - 40) : m.start()]
            head = _YEAR_BEFORE.search(lead) if _tail_word(lead).endswith(_YEAR_LEAD_WORDS) else None
            if not head or _YEAR_RANGE_AFTER.match(text, m.end(), m.end() + 10):
                continue
            if _NOT_A_PERIOD_BEFORE.search(lead[: head.start()]):
                continue
            if _NOT_A_YEAR_AFTER.match(text, m.end(), m.end() + 15):
                continue
            if _LAW_OF.search(lead):
                continue
            y = int(m.group())
            fiscal = y if "fiscal" in head.group().lower() else None  # its dates are the document's
            out.append(Period(date(y, 1, 1), date(y, 12, 31), span=(m.start(), m.end()), fiscal_year=fiscal))
        return out

    def periods(self, known: list[Period]) -> list[Period]:
        out: list[Period] = []
        taken_starts: list[int] = []  # spans already taken: disjoint, so sorted by start is sorted by end
        taken_ends: list[int] = []

        def add(p: Period) -> None:
            a, b = p.span
            k = bisect_left(taken_starts, b) - 1  # the last span starting before this one ends
            if k >= 0 and taken_ends[k] > a:
                return
            taken_starts.insert(k + 1, a)
            taken_ends.insert(k + 1, b)
            out.append(p)

        for p in self.dated:
            add(p)
        if known:  # "the second quarter of 2004" means something only where a second quarter was dated
            if self.quarters is None:
                self.quarters = [
                    (m.start(), m.end(), _ORDINALS[m.group("ord").lower()], m.group("year"))
                    for m in QUARTER_OF.finditer(self.text, self.start, self.stop)
                ]
            for a, b, ordinal, year in self.quarters:
                found = _known_quarter(known, ordinal, year)
                if found is not None:
                    add(Period(found.start, found.end, span=(a, b)))
        for group in (self.first_months, self.years, self.year_nouns):
            for p in group:
                add(p)
        return sorted(out, key=lambda p: p.span[0])
