"""Inline XBRL transformation rules, one row per rule and input as SEC filers write them."""

from __future__ import annotations

import pytest

from edgarkg.extractors.ixbrl_transforms import (
    IXT_SEC,
    IXT_V1,
    IXT_V2,
    IXT_V3,
    IXT_V4,
    IXT_V5,
    TransformError,
    transform,
)

CASES = [
    # numbers
    (IXT_V4, "num-dot-decimal", "1,234,567.89", "1234567.89"),
    (IXT_V4, "num-dot-decimal", "95,359", "95359"),
    (IXT_V4, "num-dot-decimal", " 14,935,826,000 ", "14935826000"),
    (IXT_V4, "num-dot-decimal", "0.25", "0.25"),
    (IXT_V4, "num-dot-decimal", ".5", "0.5"),
    (IXT_V4, "num-dot-decimal", "1\xa0234.50", "1234.5"),
    (IXT_V4, "num-dot-decimal", "007", "7"),
    (IXT_V3, "numdotdecimal", "12,345", "12345"),
    (IXT_V2, "numdotdecimal", "3.14", "3.14"),
    (IXT_V4, "num-comma-decimal", "1.234.567,89", "1234567.89"),
    (IXT_V3, "numcommadecimal", "12 345,6", "12345.6"),
    (IXT_V5, "num-dot-decimal-apos", "1'234'567.5", "1234567.5"),
    (IXT_V5, "num-comma-decimal-apos", "1'234,5", "1234.5"),
    (IXT_V1, "numcommadot", "1,000.5", "1000.5"),
    (IXT_V1, "numdotcomma", "1.000,5", "1000.5"),
    (IXT_V1, "numspacecomma", "1 000,5", "1000.5"),
    (IXT_V4, "num-unit-decimal", "5 dollars 25 cents", "5.25"),
    (IXT_V3, "numunitdecimal", "10 euros 5 cents", "10.05"),
    # zero
    (IXT_V4, "fixed-zero", "—", "0"),
    (IXT_V4, "fixed-zero", "nil", "0"),
    (IXT_V3, "zerodash", "–", "0"),
    (IXT_V2, "zerodash", "-", "0"),
    (IXT_V1, "numdash", "—", "0"),
    # SEC numbers in words
    (IXT_SEC, "numwordsen", "two", "2"),
    (IXT_SEC, "numwordsen", "Twenty-One", "21"),
    (IXT_SEC, "numwordsen", "one hundred and five", "105"),
    (IXT_SEC, "numwordsen", "nineteen hundred forty-four", "1944"),
    (IXT_SEC, "numwordsen", "three million, two hundred thousand", "3200000"),
    (IXT_SEC, "numwordsen", "no", "0"),
    (IXT_SEC, "numwordsen", "None", "0"),
    # empty, booleans
    (IXT_V4, "fixed-empty", "anything", ""),
    (IXT_V3, "nocontent", "anything", ""),
    (IXT_V4, "fixed-true", "☒", "true"),
    (IXT_V4, "fixed-false", "☐", "false"),
    (IXT_V3, "booleanfalse", "☐", "false"),
    (IXT_SEC, "boolballotbox", "☒", "true"),
    (IXT_SEC, "boolballotbox", "☐", "false"),
    # dates (dei:DocumentPeriodEndDate, dei:CurrentFiscalYearEndDate)
    (IXT_V4, "date-monthname-day-year-en", "March\xa029, 2025", "2025-03-29"),
    (IXT_V4, "date-monthname-day-year-en", "Sept. 30, 2024", "2024-09-30"),
    (IXT_V3, "datemonthdayyearen", "February 24, 2023", "2023-02-24"),
    (IXT_V3, "datemonthdayyearen", "December 1st, 2023", "2023-12-01"),
    (IXT_V4, "date-day-monthname-year-en", "17 March 2023", "2023-03-17"),
    (IXT_V2, "datedaymonthyearen", "1st of July, 2022", "2022-07-01"),
    (IXT_V4, "date-month-day-year", "03/17/2023", "2023-03-17"),
    (IXT_V4, "date-day-month-year", "17.03.23", "2023-03-17"),
    (IXT_V4, "date-year-month-day", "2023-03-17", "2023-03-17"),
    (IXT_V4, "date-monthname-day-en", "December 31", "--12-31"),
    (IXT_V3, "datemonthday", "12/31", "--12-31"),
    (IXT_V4, "date-monthname-year-en", "March 2023", "2023-03"),
    (IXT_V1, "datelongus", "March 17, 2023", "2023-03-17"),
    (IXT_V1, "dateslashus", "03/17/2023", "2023-03-17"),
    (IXT_V1, "dateslasheu", "17/03/2023", "2023-03-17"),
    # SEC code lists
    (IXT_SEC, "stateprovnameen", "California", "CA"),
    (IXT_SEC, "stateprovnameen", "District of Columbia", "DC"),
    (IXT_SEC, "stateprovnameen", "Ontario", "ON"),
    (IXT_SEC, "exchnameen", "The Nasdaq Stock Market LLC", "NASDAQ"),
    (IXT_SEC, "exchnameen", "New York Stock Exchange", "NYSE"),
    (IXT_SEC, "exchnameen", "NYSE American LLC", "NYSEAMER"),
    (IXT_SEC, "exchnameen", "Cboe BZX Exchange, Inc.", "CboeBZX"),
    (IXT_SEC, "entityfilercategoryen", "Large accelerated filer", "Large Accelerated Filer"),
    (IXT_SEC, "entityfilercategoryen", "Non-accelerated filer", "Non-accelerated Filer"),
]


@pytest.mark.parametrize(("namespace", "rule", "shown", "value"), CASES)
def test_rule(namespace: str, rule: str, shown: str, value: str) -> None:
    assert transform(namespace, rule, shown) == value


REJECTED = [
    (IXT_V4, "num-dot-decimal", "12.3.4"),  # two decimal marks
    (IXT_V4, "num-dot-decimal", "(1,234)"),  # parentheses are outside the tag, never inside
    (IXT_V4, "num-dot-decimal", "$5"),
    (IXT_V4, "num-dot-decimal", ""),
    (IXT_V4, "num-dot-decimal", "1."),
    (IXT_V4, "num-comma-decimal", "1,2,3"),
    (IXT_V3, "zerodash", "0"),
    (IXT_SEC, "numwordsen", "several"),
    (IXT_SEC, "numwordsen", ""),
    (IXT_V4, "date-monthname-day-year-en", "Smarch 3, 2023"),
    (IXT_V4, "date-monthname-day-year-en", "February 30, 2023"),
    (IXT_V4, "date-month-day-year", "13/01/2023"),
    (IXT_SEC, "stateprovnameen", "Atlantis"),
    (IXT_SEC, "exchnameen", "Moon Exchange"),
    (IXT_SEC, "numinf", "INF"),  # infinite: no observation can hold it
    # rules unknown here, or unknown to the registry version named
    (IXT_SEC, "durmonth", "12"),
    (IXT_V4, "numdotdecimal", "1"),  # run-together spelling is v1-v3 only
    (IXT_V3, "num-dot-decimal", "1"),  # hyphenated spelling is v4-v5 only
    (IXT_V4, "num-dot-decimal-apos", "1"),  # v5 only
    ("http://example.com/transforms", "num-dot-decimal", "1"),
    (None, "num-dot-decimal", "1"),
]


@pytest.mark.parametrize(("namespace", "rule", "shown"), REJECTED)
def test_rule_rejects(namespace: str | None, rule: str, shown: str) -> None:
    with pytest.raises(TransformError):
        transform(namespace, rule, shown)
