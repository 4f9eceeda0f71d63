"""'The number of X ... was N': a bare number counts the plural noun the sentence opens with."""

from __future__ import annotations

from decimal import Decimal

from edgarkg.text.numbers import find_quantities


def _counts(text: str) -> list[tuple[Decimal, str | None, str | None]]:
    return [(q.value, q.noun, q.qualifier) for q in find_quantities(text) if q.unit == "count"]


def test_holders_of_record_in_a_number_of_sentence() -> None:
    # blind4 alcoa_10-K_FY2015, Item 5
    alcoa = (
        "The number of holders of record of common stock was approximately 10,101 as of February 11, 2016."
    )
    assert _counts(alcoa) == [(Decimal(10101), "holders of record", "about")]
    # blind4 mcdonalds_10-K_FY2023, Item 5
    mcd = (
        "The number of shareholders of record and beneficial owners of the Company’s common stock as of "
        "January 31, 2024 was estimated to be 4,500,000."
    )
    assert _counts(mcd) == [(Decimal(4_500_000), "shareholders of record", None)]


def test_number_of_variants() -> None:
    assert _counts(
        "As of March 1, 2016, the number of registered holders of our common stock was 1,234."
    ) == [(Decimal(1234), "registered holders", None)]
    assert _counts("At year end the number of full-time employees totaled 2,310.") == [
        (Decimal(2310), "full-time employees", None)
    ]


def test_number_of_that_is_no_count() -> None:
    # a duration, a second "number of" after the first's number, shares (read by the share readers)
    assert _counts("The number of years served was 12.") == []
    assert _counts("The number of directors is 9, and the number of years served was 12.") == [
        (Decimal(9), "directors", None)
    ]
    assert _counts("The number of shares outstanding was 12,345,678.") == []
    assert _counts("The Company was founded with 12 of its partners.") == []


def test_acronyms_in_a_counted_noun() -> None:
    # blind4 excelerate-energy_424B5_2025-03-31 (prospectus supplement summary)
    excelerate = (
        "As of December 31, 2024, we operate a fleet of 10 purpose-built FSRUs, and since we began "
        "operations, we have completed more than 3,000 ship-to-ship transfers of LNG with over 50 LNG "
        "operators and have safely delivered more than 7,300 billion cubic feet of natural gas through "
        "16 LNG regasification terminals."
    )
    nouns = {q.noun: q.value for q in find_quantities(excelerate) if q.unit == "count"}
    assert nouns["purpose-built FSRUs"] == 10
    assert nouns["LNG operators"] == 50
    assert nouns["LNG regasification terminals"] == 16
    # variants: an acronym's plural alone, an acronym before a compound head
    assert _counts("The bank operates 1,250 ATMs in Ohio.") == [(Decimal(1250), "ATMs", None)]
    assert _counts("It runs 4 GPU compute clusters.") == [(Decimal(4), "GPU compute clusters", None)]
    # not a count: an acronym with no plural head after it, a passage in capitals
    assert _counts("The meeting starts at 10 AM tomorrow.") == []
    assert _counts("NET SALES INCREASED 12 PERCENT TO 40 ACME STORES") == []
