"""Registration statements' cost tables (Item 14's expenses, the filing-fee table) and statutory thresholds.

Real passages are cited by file; expected values were read from the filings by hand. The variants
change names, spacing, layout (tabs of HTML cells, dot leaders of plain text) and amounts."""

from __future__ import annotations

from decimal import Decimal

from conftest import CORPUS

from edgarkg.extractors.text_metrics import TextMetricsExtractor
from edgarkg.model import Document, Observation
from edgarkg.sources import iter_documents
from edgarkg.text.offering_expenses import expense_tables, fee_tables
from edgarkg.text.thresholds import is_threshold

BLIND2 = CORPUS.parent / "blind2" / "corpus"


def rows(text: str) -> dict[str, Decimal]:
    return {v.label: v.value for t in expense_tables(text) for v in t.values}


def fees(text: str) -> list[tuple[str, Decimal, str]]:
    return [(v.metric, v.value, v.unit) for t in fee_tables(text) for v in t.values]


# tests/data/blind2/corpus/submission/anterix_S-3_2022-06-30_0001193125-22-186192.txt (HTML cells → tabs)
ANTERIX_ITEM_14 = """Item 14. Other Expenses of Issuance and Distribution

The following table sets forth the estimated costs and expenses (other than the actual registration fee \
and FINRA filing fee), other than underwriting discounts and commissions, payable by the registrant.

Securities and Exchange Commission registration fee\t$\t2,014
Accounting fees and expenses\t22,500
Legal fees and expenses\t25,000
Transfer agent fees and expenses\t2,000
Miscellaneous\t1,486
Total\t$\t53,000

Item 15. Indemnification of Directors and Officers

Section 102(b)(7) of the Delaware General Corporation Law allows a corporation to pay 1,000 things.
"""


def test_item_14_html_table() -> None:
    got = rows(ANTERIX_ITEM_14)
    assert got == {
        "Securities and Exchange Commission registration fee": Decimal(2014),
        "Accounting fees and expenses": Decimal(22500),
        "Legal fees and expenses": Decimal(25000),
        "Transfer agent fees and expenses": Decimal(2000),
        "Miscellaneous": Decimal(1486),
        "total expenses of issuance and distribution": Decimal(53000),
    }


def test_item_14_plain_text_with_dot_leaders_and_a_gap_before_the_total() -> None:
    # tests/data/blind/corpus/proxy/page-america-group_S-3-A_1995-05-25_0000899681-95-000096.txt
    text = """Item 14.  OTHER EXPENSES OF ISSUANCE AND DISTRIBUTION

     The estimated expenses in connection with the offering, all
of which will be borne by the Company are as follows:

    SEC Registration Fee. . . . . . . . . . .  $   415
    American Stock Exchange Listing Fee . . .  $ 8,753
    Printing Costs  . . . . . . . . . . . . .  $   250
    Miscellaneous   . . . . . . . . . . . . .  $   582

    Total . . . . .                   $20,000

Item 15.  INDEMNIFICATION OF DIRECTORS AND OFFICERS
"""
    got = rows(text)
    assert got["SEC Registration Fee"] == Decimal(415)
    assert got["American Stock Exchange Listing Fee"] == Decimal(8753)
    assert got["total expenses of issuance and distribution"] == Decimal(20000)
    assert len(got) == 5


def test_item_14_rows_to_be_filed_later_are_not_values() -> None:
    # tests/data/blind2/corpus/submission/central-pacific-financial_S-3_2025-06-30_0001140361-25-024210.txt
    text = """Item 14.\tOther Expenses of Issuance and Distribution.

Such expenses, other than underwriting commissions, are estimated to be as follows:

SEC registration fee\t$45,930
Legal fees and expenses\t$45,000
Accounting fees and expenses\t$*
Rating agency fees\t$*
Total\t$*

*\tEstimated fees and expenses are not presently known and will depend on the securities offered.
"""
    assert rows(text) == {"SEC registration fee": Decimal(45930), "Legal fees and expenses": Decimal(45000)}


def test_item_14_constructed_variants() -> None:
    # upper case heading, amounts with cents, an em dash row, a footnote mark, a paragraph after the table
    text = """PART II
ITEM 14. OTHER EXPENSES OF ISSUANCE AND DISTRIBUTION
Expenses\tAmount
FINRA filing fee\t$ 4,250.50
Printing expenses\t—
Blue sky fees and expenses (1)\t1,200
TOTAL\t$ 5,450.50
The Registrant will bear all of the expenses shown above, and it also paid 12,000 other costs last year.
"""
    assert rows(text) == {
        "FINRA filing fee": Decimal("4250.50"),
        "Blue sky fees and expenses (1)": Decimal(1200),
        "total expenses of issuance and distribution": Decimal("5450.50"),
    }
    assert rows("The costs of issuance and distribution were high.\nLegal fees\t$ 5,000\n") == {}


def test_item_14_leaves_the_fee_to_exhibit_107_when_the_index_lists_it() -> None:
    index = "\nItem 16. Exhibits\n\n5.1\tOpinion of counsel\n107\tFiling Fee Table.\n"
    got = rows(ANTERIX_ITEM_14 + index)
    assert "Securities and Exchange Commission registration fee" not in got
    assert got["Legal fees and expenses"] == Decimal(25000)
    # a listed exhibit with another number, or the undertakings' mention of the table, is not it
    other = "\n107.1\tPower of attorney\nthe “Calculation of Filing Fee Tables” table in the registration\n"
    assert "Securities and Exchange Commission registration fee" in rows(ANTERIX_ITEM_14 + other)


# tests/data/blind2/corpus/submission/anterix_S-3_2022-06-30_0001193125-22-186192.txt, Exhibit 107
ANTERIX_FEES = (
    "Security Type\tSecurity Class Title\tFee Calculation Rule\tAmount Registered\tProposed Maximum Offering "
    "Price Per Share(1)\tProposed Maximum Aggregate Offering Price(1)\tFee Rate\tAmount of Registration Fee\n"
    "Equity\tCommon Stock, $0.0001 par value per share (2)\t457(c)\t500,000\t$43.46\t$21,730,000.00\t"
    "$.0000927\t$2,014.37\n"
    "Total Offering Amounts\t$2,014.37\n"
    "Net Fee Due\t$2,014.37\n"
)


def test_fee_table_with_a_rate_column() -> None:
    assert fees(ANTERIX_FEES) == [
        ("ekg:offering-price", Decimal("43.46"), "USD/share"),
        ("ekg:maximum-aggregate-offering-price", Decimal("21730000.00"), "USD"),
        ("ekg:sec-registration-fee", Decimal("2014.37"), "USD"),
    ]


def test_fee_table_with_split_dollar_cells_and_footnote_columns() -> None:
    # tests/data/blind2/corpus/submission/central-pacific-financial_S-3_2025-06-30_0001140361-25-024210.txt
    text = (
        "Security Type\tSecurity Class Title(1)\tFee Calculation Rule\tAmount Registered(1)\t"
        "Proposed Maximum Offering Price Per Unit(1)\tMaximum Aggregate Offering Price(1)\tFee Rate\t"
        "Amount of Registration Fee\n"
        "Fees to be Paid\tEquity\tCommon Stock, no par value per share\t–\t(1)\t(6)\t(1)\t–\t–\n"
        "Fees to be Paid\tUnallocated (Universal) Shelf\tUnallocated (Universal) Shelf\t457(o)\t(1)\t(6)\t$\t"
        "300,000,000\t$0.0001531\t$\t45,930\n"
    )
    assert fees(text) == [
        ("ekg:maximum-aggregate-offering-price", Decimal(300000000), "USD"),
        ("ekg:sec-registration-fee", Decimal(45930), "USD"),
    ]


def test_fee_table_without_a_rate_column_in_plain_text() -> None:
    # constructed: the cover table of an older S-1, spaced columns, rate 1/29 of 1%
    text = """                       CALCULATION OF REGISTRATION FEE
Title of Each Class      Amount to be    Proposed Maximum   Proposed Maximum     Amount of
of Securities            Registered      Offering Price     Aggregate Offering   Registration
to be Registered                         Per Share          Price                Fee
Common Stock, $.01 par   1,150,000       $12.00             $13,800,000          $4,758.62
"""
    assert fees(text) == [
        ("ekg:offering-price", Decimal("12.00"), "USD/share"),
        ("ekg:maximum-aggregate-offering-price", Decimal(13800000), "USD"),
        ("ekg:sec-registration-fee", Decimal("4758.62"), "USD"),
    ]


def test_fee_table_arithmetic_must_hold() -> None:
    # a fee that is not aggregate × rate, and prose with an aggregate offering price, give nothing
    bad = ANTERIX_FEES.replace("$2,014.37\n", "$3,014.37\n", 1)
    assert ("ekg:sec-registration-fee", Decimal("3014.37"), "USD") not in fees(bad)
    prose = "The maximum aggregate offering price of $300,000,000 and $45,930 paid in 2024 by Initech."
    assert fees(prose) == []


def test_extractor_reads_both_tables_of_a_submission() -> None:
    path = BLIND2 / "submission/anterix_S-3_2022-06-30_0001193125-22-186192.txt"
    docs = [d for d in iter_documents([str(path)]) if isinstance(d, Document)]
    obs: list[Observation] = []
    for d in docs:
        if d.doc_type in ("S-3", "EX-FILING FEES"):
            obs += TextMetricsExtractor().extract(d)
    got = {(o.value, o.unit) for o in obs}
    assert {
        (Decimal(22500), "USD"),
        (Decimal(25000), "USD"),
        (Decimal(53000), "USD"),
        (Decimal("2014.37"), "USD"),
        (Decimal(21730000), "USD"),
        (Decimal("43.46"), "USD/share"),
    } <= got
    assert (Decimal(2014), "USD") not in got  # the rounded fee, left to Exhibit 107
    # Section 203's thresholds are not the company's percentages
    assert not {Decimal(85), Decimal(15), Decimal(10)} & {o.value for o in obs if o.unit == "percent"}


# --- statutory thresholds --------------------------------------------------------------


def threshold(sentence: str, number: str) -> bool:
    at = sentence.index(number)
    return is_threshold(sentence, at, at + len(number), (0, len(sentence)))


def test_section_203_bounds_are_thresholds() -> None:
    # tests/data/blind2/corpus/submission/anterix_S-3_2022-06-30_0001193125-22-186192.txt
    s1 = (
        "upon completion of the transaction that resulted in the stockholder becoming an interested "
        "stockholder, the interested stockholder owned at least 85% of the voting stock of the corporation"
    )
    s2 = (
        "Section 203 defines interested stockholder as an entity or person who, together with affiliates "
        "and associates, beneficially owns, or within three years prior did own, 15% or more of the stock."
    )
    s3 = (
        "Any increase in volume may be reflected if, in the aggregate, the changes in volume and price "
        "represent no more than a 20% change in the maximum aggregate offering price"
    )
    assert threshold(s1, "85%") and threshold(s2, "15%") and threshold(s3, "20%")


def test_constructed_threshold_variants() -> None:
    assert threshold(
        "Any shareholder who acquires 20 percent or more of our shares loses its vote.", "20 percent"
    )
    assert threshold("A person that holds more than 4.9% of the stock is an acquiring person.", "4.9%")
    assert threshold(
        "In the event the holder would own in excess of 9.99% after exercise, it may not.", "9.99%"
    )


def test_a_bound_read_with_the_number_counts() -> None:
    s = "if any holder acquires at least 50% of the units, the holder must offer for the rest"
    at = s.index("at least")
    assert is_threshold(s, at, at + len("at least 50%"), (0, len(s)), "at-least")
    assert not is_threshold(s, at, at + len("at least 50%"), (0, len(s)), "about")


def test_the_companys_own_percentages_are_not_thresholds() -> None:
    assert not threshold("Acme derived more than 60% of its revenue from Globex in 2023.", "60%")
    assert not threshold("Any person who reads this will note revenue grew 15% in 2023.", "15%")
    assert not threshold("Net sales rose at least 12% in every quarter, as we told investors.", "12%")
