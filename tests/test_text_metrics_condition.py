"""A trustee bank's report of condition (Form T-1, Exhibit 7): one column of amounts with no column
heading, its day in the paragraph above ("at the close of business March 31, 2023"), its scale in a
"Dollar amounts in thousands" line, and its blocks split by long captions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from edgarkg.text.numbers import scale_line
from edgarkg.text.tables import read_tables

# blind4 credit-suisse_F-3_2023-06-08, EX-25.1 (abridged: the rows between the totals cut down)
_REPORT = """Consolidated Report of Condition of

THE BANK OF NEW YORK MELLON

of 240 Greenwich Street, New York, N.Y. 10286
And Foreign and Domestic Subsidiaries,

{MEMBER}

Dollar amounts in thousands
ASSETS
Cash and balances due from depository institutions:
Noninterest-bearing balances and currency and coin\t4,712,000
Interest-bearing balances\t125,756,000
Securities:
Held-to-maturity securities\t54,560,000
Federal funds sold and securities purchased under agreements to resell:
Federal funds sold in domestic offices\t0
Securities purchased under agreements to resell\t8,912,000
Other assets\t19,766,000
Total assets\t341,455,000

LIABILITIES
Deposits:
In domestic offices\t186,566,000
Noninterest-bearing\t68,448,000
In foreign offices, Edge and Agreement subsidiaries, and IBFs\t98,019,000
Federal funds purchased and securities sold under agreements to repurchase:
Securities sold under agreements to repurchase\t16,316,000
Other liabilities\t9,886,000
Total liabilities\t314,653,000
EQUITY CAPITAL
Common stock\t1,135,000
Retained earnings\t17,595,000
Total bank equity capital\t26,802,000
Noncontrolling (minority) interests in consolidated subsidiaries\t0
Total equity capital\t26,802,000
Total liabilities and equity capital\t341,455,000

I, Dermot McDonogh, Chief Financial Officer of the above-named bank do hereby declare that this Report of
""".replace(
    "{MEMBER}",
    "a member of the Federal Reserve System, at the close of business March 31, 2023, published in accordance"
    " with a call made by the Federal Reserve Bank of this District pursuant to the provisions of the Federal"
    " Reserve Act.",
)


def _found(text: str) -> dict[str, tuple[Decimal, date | None]]:
    return {v.label: (v.value, v.instant) for t in read_tables(text) for v in t.values}


def test_report_of_condition_of_a_trustee_bank() -> None:
    found = _found(_REPORT)
    day = date(2023, 3, 31)
    assert found["Total assets"] == (Decimal(341_455_000_000), day)
    assert found["Total liabilities"] == (Decimal(314_653_000_000), day)
    assert found["Total equity capital"] == (Decimal(26_802_000_000), day)
    assert found["Deposits in domestic offices"] == (Decimal(186_566_000_000), day)
    assert "Total bank equity capital" not in found and "Other assets" not in found


def test_dollar_amounts_in_thousands_line() -> None:
    assert scale_line("Dollar amounts in thousands") == (Decimal(1000), Decimal(1000), Decimal(1))
    assert scale_line("Dollars in millions") == (Decimal(10**6), Decimal(10**6), Decimal(1))


def test_report_of_condition_variants() -> None:
    # the day with "on", another bank, blocks not split
    other = (
        "Statement of Condition of Initech Trust Company, N.A. at the close of business on December 31, "
        "2024.\n\nDollar amounts in thousands\nTotal assets\t12,500\nDeposits:\nIn domestic offices\t"
        "9,100\nTotal liabilities\t11,000\nTotal equity capital\t1,500\n"
    )
    found = _found(other)
    day = date(2024, 12, 31)
    assert found["Total assets"] == (Decimal(12_500_000), day)
    assert found["Deposits in domestic offices"] == (Decimal(9_100_000), day)
    assert found["Total equity capital"] == (Decimal(1_500_000), day)
    # without a day over it a one-column table has no period and is not read
    undated = other.replace(" at the close of business on December 31, 2024", "")
    assert _found(undated) == {}
