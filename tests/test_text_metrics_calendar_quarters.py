"""'The second quarter of 2008' of a document whose years are calendar years: that calendar quarter."""

from __future__ import annotations

from datetime import date

from edgarkg.text.fiscal_years import calendar_quarters, fiscal_years, refiscal
from edgarkg.text.periods import find_dates, read_periods


def _periods(text: str) -> list[tuple[str, date | None, date | None]]:
    stated, resolved = read_periods(text, find_dates(text))
    fy = fiscal_years(stated, text)
    out = calendar_quarters(refiscal(resolved, text, fy), text, fy)
    assert [p.span[0] for p in out] == sorted(p.span[0] for p in out)  # callers bisect on the starts
    return [(text[p.span[0] : p.span[1]], p.start, p.end) for p in out]


def test_quarter_of_a_calendar_year() -> None:
    # blind2 norfolk-southern_10-K_FY2008 (Liquidity), under its "year ended December 31, 2008"
    text = (
        "Results for the year ended December 31, 2008 were strong.\n\n"
        "During the second quarter of 2008, $200 million of commercial paper matured and was refinanced as "
        "part of a private offering under which NS issued and sold $600 million of unsecured notes."
    )
    assert ("second quarter of 2008", date(2008, 4, 1), date(2008, 6, 30)) in _periods(text)


def test_quarter_variants() -> None:
    text = (
        "For the years ended December 31, 2021 and 2020.\n\nRevenue in the fourth quarter 2021 was "
        "$3.1 million, against $2.2 million in the first quarter of fiscal 2020."
    )
    found = _periods(text)
    assert ("fourth quarter 2021", date(2021, 10, 1), date(2021, 12, 31)) in found
    assert ("first quarter of fiscal 2020", date(2020, 1, 1), date(2020, 3, 31)) in found
    heading = (
        "For the year ended December 31, 2021.\n\nThird Quarter 2021 Highlights: revenue of $1.2 million."
    )
    assert ("Third Quarter 2021", date(2021, 7, 1), date(2021, 9, 30)) in _periods(heading)


def test_no_calendar_quarter_of_another_fiscal_year() -> None:
    # years ending in September, or in a 52/53-week year's last Saturday: the quarter's days are unknown
    september = (
        "Fiscal year ended September 27, 2008.\n\nIn the fourth quarter of 2008, revenue was $3.1 million."
    )
    assert not [p for p in _periods(september) if "quarter" in p[0]]
    saturday = "The year ended December 27, 2008.\n\nIn the fourth quarter of 2008, revenue was $3.1 million."
    assert not [p for p in _periods(saturday) if "quarter" in p[0]]
    no_year = "For the year ended December 31, 2008.\n\nIn the fourth quarter, revenue was $3.1 million."
    assert not [p for p in _periods(no_year) if "quarter" in p[0]]
