"""Bank highlight tables: acronym rows with note digits ("ROE2", "CET11"), averages, a scale heading
inside the table ("($ in billions)"), "% Change from" columns, and fiscal-year starts from the column
beside. Real passage: tests/data/blind2/corpus/text-press/wells-fargo_8-K_2022-01-14_EX-99.1_earnings.htm;
variants change names, layout and dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from edgarkg.text.bank_rows import bank_row
from edgarkg.text.column_periods import change_columns
from edgarkg.text.tables import read_tables

Q4 = (date(2021, 10, 1), date(2021, 12, 31))

SUMMARY = (
    "Company-wide Financial Summary\n"
    "Quarter ended\n"
    "Dec 31, 2021\tDec 31, 2020\n"
    "Selected Income Statement Data ($ in millions except per share amounts)\n"
    "Total revenue\t$\t20,856\t18,489\n"
    "Net income\t5,750\t3,091\n"
    "Selected Balance Sheet Data ($ in billions)\n"
    "Average loans\t$\t875.0\t899.7\n"
    "Average deposits\t1,470.0\t1,380.1\n"
    "CET11\t11.4\t%\t11.6\n"
    "Performance Metrics\n"
    "ROE2\t12.8\t%\t6.6\n"
    "ROTCE3\t15.3\t8.0\n"
)


def values(text: str) -> set[tuple[str, Decimal, date | None, date | None, date | None]]:
    return {(v.metric, v.value, v.start, v.end, v.instant) for t in read_tables(text) for v in t.values}


def test_highlights_with_a_scale_heading_and_acronym_rows() -> None:
    got = values(SUMMARY)
    assert ("ekg:revenue", Decimal(20856000000), *Q4, None) in got
    assert ("ekg:average-loans", Decimal(875000000000), *Q4, None) in got
    assert ("ekg:average-deposits", Decimal(1470000000000), *Q4, None) in got
    assert ("ekg:capital-ratio", Decimal("11.4"), None, None, date(2021, 12, 31)) in got
    assert ("ekg:return-on-average-equity", Decimal("12.8"), *Q4, None) in got
    assert ("ekg:return-on-average-equity", Decimal("15.3"), *Q4, None) in got


def test_bank_row_names_and_acronyms() -> None:
    assert bank_row("ROTCE3") == ("ekg:return-on-average-equity", "percent", False)
    assert bank_row("Return on equity (ROE)") == ("ekg:return-on-average-equity", "percent", False)
    assert bank_row("ROAA") == ("ekg:return-on-average-assets", "percent", False)
    assert bank_row("Common Equity Tier 1 (CET1) ratio (b)") == ("ekg:capital-ratio", "percent", True)
    assert bank_row("Average total loans and leases") == ("ekg:average-loans", "amount", False)
    assert bank_row("Roe") is None and bank_row("Road") is None  # an acronym is written in capitals


def test_change_columns_by_runs_of_dates() -> None:
    upper = ["Quarter ended", "Dec 31, 2021 % Change from", "Year ended"]
    lower = ["Dec 31, 2021", "Sep 30, 2021", "Dec 31, 2020", "Sep 30, 2021", "Dec 31, 2020", "Dec 31, 2021"]
    lower.append("Dec 31, 2020")
    assert change_columns(upper, lower) == frozenset({3, 4})
    # constructed: two quarters and one change column, month names spelled out
    assert change_columns(
        ["Three months ended", "% change"], ["June 30, 2024", "June 30, 2023", "June 30, 2023"]
    ) == frozenset({2})
    # no "change" heading, or runs that do not match the cells above: no change columns
    assert change_columns(["Quarter ended", "Year ended"], lower[:3] + lower[5:]) == frozenset()
    assert change_columns(["% Change from"], lower) == frozenset()


def test_change_cells_are_not_values_and_a_ratio_row_skips_them() -> None:
    text = (
        "Quarter ended\tDec 31, 2021 % Change from\tYear ended\n"
        "Dec 31, 2021\tSep 30, 2021\tDec 31, 2020\tSep 30, 2021\tDec 31, 2020\tDec 31, 2021\tDec 31, 2020\n"
        "Balance Sheet Data (average) ($ in billions)\n"
        "Loans\t$\t875.0\t854.0\t899.7\t2\t(3)\t$\t864.3\t941.8\n"
        "Deposits\t1,470.0\t1,450.9\t1,380.1\t1\t7\t1,437.8\t1,376.0\n"
        "Return on equity (ROE)\t12.8\t11.1\t6.6\t12.0\t1.1\n"
    )
    got = values(text)
    loans = {v for m, v, *_ in got if m == "ekg:total-loans"}
    assert loans == {Decimal(x) * 10**9 for x in ("875.0", "854.0", "899.7", "864.3", "941.8")}
    assert Decimal(7) * 10**9 not in {v for m, v, *_ in got if m == "ekg:total-deposits"}
    roe = {(v, i) for m, v, _, _, i in got if m == "ekg:return-on-average-equity"}
    assert (Decimal("12.8"), date(2021, 12, 31)) in roe and (Decimal("11.1"), date(2021, 9, 30)) in roe
    assert (Decimal("6.6"), date(2020, 12, 31)) in roe


def test_a_52_53_week_year_starts_after_the_year_beside_it() -> None:
    # constructed: a retailer's three fiscal years ending on Saturdays, one of 53 weeks
    text = (
        "Fiscal Year Ended\n"
        "January 30,\tJanuary 31,\tFebruary 1,\n"
        "2016\t2015\t2014\n"
        "(in thousands)\n"
        "Net sales\t$\t9,100\t$\t8,700\t$\t8,000\n"
        "Net income\t$\t510\t$\t480\t$\t400\n"
    )
    got = {(v.metric, v.value): (v.start, v.end) for t in read_tables(text) for v in t.values}
    assert got[("ekg:revenue", Decimal(9100000))] == (date(2015, 2, 1), date(2016, 1, 30))
    assert got[("ekg:revenue", Decimal(8700000))] == (date(2014, 2, 2), date(2015, 1, 31))
    # a calendar year keeps its January 1
    cal = "Year ended December 31,\n2021\t2020\n(in millions)\nRevenue\t$\t10\t$\t9\nNet income\t$\t2\t$\t1\n"
    starts = {v.start for t in read_tables(cal) for v in t.values}
    assert starts == {date(2021, 1, 1), date(2020, 1, 1)}


def test_key_data_with_a_text_column_and_dollars_in_the_scale_note() -> None:
    # tests/data/blind2/corpus/text-press/citizens-financial-group_8-K_2022-01-19_EX-99.1_earnings.htm
    text = (
        "Key Financial Data\t4Q21\t3Q21\t4Q20\tFourth Quarter 2021 Highlights\n"
        "Income Statement\t($s in millions)\t■Underlying ROTCE of 14.6% reflects our fee businesses\n"
        "Total revenue\t$\t1,720\t$\t1,659\t$\t1,707\n"
        "Net income\t530\t530\t456\n"
        "Balance Sheet & Credit Quality\t($s in billions)\n"
        "Period-end loans and leases\t$\t128.2\t$\t123.3\t$\t123.1\n"
        "ROTCE\t13.6\t%\t13.7\t%\t12.2\t%\n"
        "TBV/Share\t$\t34.61\t$\t34.44\t$\t32.72\n"
    )
    got = values(text)
    assert ("ekg:revenue", Decimal(1720000000), *Q4, None) in got
    assert ("ekg:total-loans", Decimal(128200000000), None, None, date(2021, 12, 31)) in got
    assert ("ekg:return-on-average-equity", Decimal("13.6"), *Q4, None) in got
    assert ("ekg:tangible-book-value-per-share", Decimal("34.61"), None, None, date(2021, 12, 31)) in got
    # constructed variants of the row names
    assert bank_row("Period end total deposits") == ("ekg:total-deposits", "amount", True)
    assert bank_row("TBV per common share") == ("ekg:tangible-book-value-per-share", "per-share", True)
    assert bank_row("tbv/share") is None
