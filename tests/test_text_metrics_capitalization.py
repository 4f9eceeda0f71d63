"""Capitalization tables of prospectuses: their debt, equity and totals, zero-width empty cells, and a
currency named by its ISO code in the scale note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from edgarkg.text.numbers import scale_note, table_currency
from edgarkg.text.tables import TableValue, read_tables

Z = "\u200b"  # the zero-width space some filing agents put in every empty cell


def _values(text: str) -> dict[str, list[TableValue]]:
    found: dict[str, list[TableValue]] = {}
    for t in read_tables(text):
        for v in t.values:
            found.setdefault(v.label, []).append(v)
    return found


def _row(label: str, value: str) -> str:
    return f"{label}\t{Z}\t{Z}\t{Z}\t{Z}\t{value}\t{Z}\t{Z}"


# blind4 credit-suisse_F-3_2023-06-08 ("CAPITALIZATION AND INDEBTEDNESS"), rows as the reading text has them
_CREDIT = "\n".join(
    [
        "CAPITALIZATION AND INDEBTEDNESS",
        "The table below shows the consolidated capitalization and indebtedness of Credit Suisse as of "
        "December 31, 2022. You should read this table along with our consolidated financial statements.",
        "",
        f"{Z}\t{Z}\t{Z}\tAs of December 31, 2022\t{Z}",
        f"{Z}\t{Z}\t{Z}\tCredit Suisse\t{Z}",
        f"{Z}\t{Z}\t{Z}\t(in CHF millions)\t{Z}",
        f"Debt:\t{Z}\t{Z}\t{Z}\t{Z}\t{Z}\t{Z}\t{Z}",
        _row("Short-term borrowings", "14,489"),
        _row("Long-term debt", "150,661"),
        _row("All other liabilities", "316,413"),
        _row("Total Liabilities", "481,563"),
        f"Equity:\t{Z}\t{Z}\t{Z}\t{Z}\t{Z}\t{Z}\t{Z}",
        _row("Common shares", "4,400"),
        _row("Additional paid-in capital", "50,879"),
        _row("Total shareholders’ equity", "47,871"),
        _row("Total Equity", "48,476"),
        _row("Total capitalization and indebtedness", "530,039"),
        "",
    ]
)


def test_zero_width_cells_and_a_currency_code_scale() -> None:
    found = _values(_CREDIT)
    want = {
        "Short-term borrowings": 14_489,
        "Long-term debt": 150_661,
        "Total Liabilities": 481_563,
        "Total shareholders’ equity": 47_871,
        "Total Equity": 48_476,
        "Total capitalization and indebtedness": 530_039,
    }
    for label, millions in want.items():
        (v,) = found[label]
        assert (v.value, v.unit, v.instant) == (Decimal(millions) * 10**6, "CHF", date(2022, 12, 31)), label
    assert "Additional paid-in capital" not in found and "All other liabilities" not in found  # line items


def test_scale_notes_with_a_currency_code() -> None:
    assert table_currency("(in CHF millions)") == "CHF"
    assert table_currency("(EUR in thousands)") == "EUR"
    assert table_currency("(in millions of SEK)") == "SEK"
    assert table_currency("(in millions)") is None and table_currency("($ in millions)") is None
    assert scale_note("(in CHF millions)") == (Decimal(10**6), Decimal(10**6), Decimal(1))
    assert scale_note("(EUR in thousands)") == (Decimal(1000), Decimal(1000), Decimal(1))


# blind4 excelerate-energy_424B5_2025-03-31 ("CAPITALIZATION"): actual, as adjusted, as further adjusted
_EXCELERATE = """CAPITALIZATION

The following table sets forth our cash and cash equivalents and capitalization as of December 31, 2024, on:

As of December 31, 2024
Actual\tAs Adjusted\tAs Further Adjusted
(thousands) (unaudited)
Cash and cash equivalents:\t$\t537,522\t$\t$
Debt and finance leases (including current portion):
Debt facilities\t333,553\t333,553\t333,553
Finance lease liabilities\t191,383\t191,383\t191,383
Debt Financing (1)\t—\t—\t650,000
Total debt and finance leases:\t695,831\t695,831\t1,345,831
Stockholders’ equity:
Total Excelerate stockholders’ equity\t487,986
Noncontrolling interests\t1,400,515\t1,400,515\t1,400,515
Total equity\t1,888,501
Total Capitalization\t$\t2,584,332\t$\t$
"""


def test_capitalization_table_totals_and_noncontrolling_interests() -> None:
    found = _values(_EXCELERATE)
    debt = {v.value for v in found["Total debt and finance leases"]}
    assert debt == {Decimal(695_831_000), Decimal(1_345_831_000)}
    assert {v.value for v in found["Noncontrolling interests"]} == {Decimal(1_400_515_000)}
    assert [v.value for v in found["Total equity"]] == [Decimal(1_888_501_000)]
    assert [v.value for v in found["Total Capitalization"]] == [Decimal(2_584_332_000)]
    assert all(v.instant == date(2024, 12, 31) for vs in found.values() for v in vs)
    assert "Debt facilities" not in found and "Finance lease liabilities" not in found


def test_capitalization_variants_and_a_table_that_is_not_one() -> None:
    plain = (
        "CAPITALIZATION\n\nThe following table sets forth our capitalization as of June 30, 2023:\n\n"
        "(in thousands)\tJune 30, 2023\n"
        "Cash\t$ 12,400\n"
        "Term loan\t80,000\n"
        "Total debt\t95,500\n"
        "Noncontrolling interest\t3,100\n"
        "Total stockholders' equity\t210,750\n"
        "Total capitalization\t$ 306,250\n"
    )
    found = _values(plain)
    assert [v.value for v in found["Total debt"]] == [Decimal(95_500_000)]
    assert [v.value for v in found["Noncontrolling interest"]] == [Decimal(3_100_000)]
    assert [v.value for v in found["Total capitalization"]] == [Decimal(306_250_000)]
    assert found["Total debt"][0].instant == date(2023, 6, 30)
    # the same rows under a heading that is no capitalization table: only the headline equity is read
    other = plain.replace("CAPITALIZATION", "SELECTED DATA").replace("capitalization", "selected data")
    found = _values(other)
    assert "Total debt" not in found and "Total capitalization" not in found
    assert "Noncontrolling interest" not in found
