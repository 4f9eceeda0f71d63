"""10-K covers and old plain-text selected data: the public float and share count in a cover's form cells,
counts written in capitals, "$" amounts one space apart, "(000'S OMITTED)", labels wrapped over lines,
and month-day headings with a comma. Real passages cite their file; variants change names, case, layout."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from edgarkg.text.cover_counts import cover_counts, cover_market_values
from edgarkg.text.dollar_currency import document_dollar, is_us_dollar_sign
from edgarkg.text.fiscal_years import FiscalYears
from edgarkg.text.numbers import find_quantities, scale_note
from edgarkg.text.tables import read_tables


def floats(text: str) -> list[tuple[Decimal, date | None]]:
    return [(c.value, c.instant) for c in cover_market_values(text)]


def test_public_float_in_a_cell_after_its_caption() -> None:
    # tests/data/blind2/corpus/proxy/vulcan-materials_10-K_FY2012.htm
    vulcan = (
        "Aggregate market value of voting and non-voting common stock held by non-affiliates as of "
        "June 30, 2012:\t$\t5,118,918,572\n"
        "Number of shares of common stock, $1.00 par value, outstanding as of February 14, 2013:"
        "\t129,872,017\n"
    )
    assert floats(vulcan) == [(Decimal(5118918572), date(2012, 6, 30))]
    assert [(c.value, c.instant) for c in cover_counts(vulcan)] == [(Decimal(129872017), date(2013, 2, 14))]
    # tests/data/blind2/corpus/proxy/dell_10-K_FY2006.htm
    dell = (
        "Approximate aggregate market value of the registrant’s common stock held by non-affiliates as of "
        "July 29, 2005, based upon the closing price reported for such date on The Nasdaq National Market"
        "\t$107.3 billion\n"
    )
    assert floats(dell) == [(Decimal("107.3") * 10**9, date(2005, 7, 29))]


def test_public_float_variants() -> None:
    text = (
        "THE AGGREGATE MARKET VALUE OF COMMON SHARES HELD BY NON-AFFILIATES ON MARCH 1, 1997:"
        "     $ 12,500,000\n"
    )
    assert floats(text) == [(Decimal(12500000), date(1997, 3, 1))]
    text = "Aggregate market value held by nonaffiliates (at December 31, 2020):\t$\t48.2 million\n"
    assert floats(text) == [(Decimal(48200000), date(2020, 12, 31))]


def test_public_float_in_a_sentence_is_left_to_the_prose_reader() -> None:
    # tests/data/corpus/proxy/verizon_10-K_FY2008_exec-officers.htm: a sentence, not a form's cell
    text = (
        "At June 30, 2008, the aggregate market value of the registrant’s voting stock held by "
        "non-affiliates was approximately $103,874,980,000.\n"
    )
    assert floats(text) == []
    assert floats("Sales to non-affiliates rose 4%.\tTotal\t$ 5,000\n") == []


def test_share_count_caption_with_a_par_value_but_not_a_weighted_average() -> None:
    text = "Number of shares of Common Stock, $.01 par value, outstanding at May 1, 1998:  4,100,250\n"
    assert [c.value for c in cover_counts(text)] == [Decimal(4100250)]
    row = "Weighted average number of common shares outstanding  12,345,678  11,000,000\n"
    assert list(cover_counts(row)) == []


def test_counts_in_capitals() -> None:
    # tests/data/blind2/corpus/submission/wmx-technologies_10-K_1994-03-30_0000950131-94-000440.txt
    wmx = (
        "AT MARCH 23, 1994, THE REGISTRANT HAD ISSUED\nAND OUTSTANDING AN AGGREGATE OF 483,615,700 SHARES "
        "OF ITS COMMON STOCK OF\nRECORD."
    )
    assert [(q.value, q.unit) for q in find_quantities(wmx)] == [(Decimal(483615700), "shares")]
    caps = "AS OF JUNE 30, 2001, THE BANK EMPLOYED 1,250 FULL-TIME EMPLOYEES."
    assert [(q.value, q.noun) for q in find_quantities(caps)] == [(Decimal(1250), "full-time employees")]
    # a page number before a heading in capitals, or a capitalised name after a number, is no count
    assert find_quantities("PRESS RELEASES\n<PAGE> 2\nINITECH SYSTEMS TO ACQUIRE GLOBEX INC.") == []
    assert [q.unit for q in find_quantities("Initech sold 4,000 Globex Widgets.")] != ["count"]


def test_scale_notes_that_omit_zeros() -> None:
    assert scale_note("(000'S OMITTED, EXCEPT PER SHARE AMOUNTS)") == (
        Decimal(1000),
        Decimal(1000),
        Decimal(1),
    )
    assert scale_note("($000)") == (Decimal(1000), Decimal(1000), Decimal(1))
    assert scale_note("(000,000 omitted)") == (Decimal(10**6), Decimal(10**6), Decimal(1))
    assert scale_note("(dollars in 000s)") == (Decimal(1000), Decimal(1000), Decimal(1))
    assert scale_note("Call (000) 555-1234 for details") is None


# tests/data/blind2/corpus/submission/wmx-technologies_10-K_1994-03-30_0000950131-94-000440.txt
WMX_SELECTED = """ITEM 6. SELECTED FINANCIAL DATA.

<TABLE>
<CAPTION>
                                           YEAR ENDED DECEMBER 31
                         ----------------------------------------------------------
                          1989/1/     1990/2/     1991/3/     1992/4/     1993/5/
                         ---------- ----------- ----------- ----------- -----------
                                 (000'S OMITTED, EXCEPT PER SHARE AMOUNTS)
<S>                      <C>        <C>         <C>         <C>         <C>
Revenue................. $4,413,742 $ 6,034,406 $ 7,550,914 $ 8,661,027 $ 9,135,577
Net income.............. $  562,135 $   684,762 $   606,323 $   850,036 $   452,776
Earnings per common and
 common equivalent
 share.................. $     1.22 $      1.44 $      1.23 $      1.72 $       .93
Total assets............ $6,405,209 $10,518,243 $12,572,310 $14,114,180 $16,264,476
Long-term debt, less
 portion payable within
 one year............... $1,503,817 $ 3,139,623 $ 3,782,973 $ 4,312,511 $ 6,145,584
Dividends per share..... $      .29 $       .35 $       .42 $       .50 $       .58
</TABLE>
"""


def values_of(text: str, fiscal: FiscalYears | None = None) -> dict[tuple[str, date | None], Decimal]:
    return {(v.metric, v.end or v.instant): v.value for t in read_tables(text, fiscal) for v in t.values}


def test_plain_text_selected_data_with_dollar_cells_one_space_apart() -> None:
    got = values_of(WMX_SELECTED)
    end = date(1993, 12, 31)
    assert got[("ekg:revenue", end)] == Decimal(9135577000)
    assert got[("ekg:net-income", end)] == Decimal(452776000)
    assert got[("ekg:eps", end)] == Decimal("0.93")
    assert got[("ekg:total-assets", end)] == Decimal(16264476000)
    assert got[("ekg:long-term-debt", end)] == Decimal(6145584000)
    assert got[("ekg:dividends-per-share", end)] == Decimal("0.58")
    assert got[("ekg:total-assets", date(1989, 12, 31))] == Decimal(6405209000)


def test_dollar_cells_variant_and_a_line_whose_spacing_was_lost() -> None:
    text = """                              Fiscal Year Ended June 30
                              2019         2020
                              (in thousands)
Net sales...................  $ 1,200 $ 1,450
Total assets................. $ 3,000 $ 3,900
"""
    got = values_of(text)
    assert got[("ekg:revenue", date(2020, 6, 30))] == Decimal(1450000)
    assert got[("ekg:total-assets", date(2019, 6, 30))] == Decimal(3000000)
    # no dot leader and no gap: the columns of "2009 2008" cannot be lined up, so no table row
    lost = "2009 2008\nCash $ 23,505 $ 316,795\nTotal Assets $ 25,277 $ 331,430\n"
    assert values_of(lost) == {}


def test_month_day_headings_with_a_comma_over_years_with_note_marks() -> None:
    # tests/data/blind2/corpus/proxy/dell_10-K_FY2006.htm (Item 6)
    text = (
        "Fiscal Year Ended\n"
        "February 3,\tJanuary 28,\tJanuary 30,\n"
        "2006(a)\t2005(b)\t2004\n"
        "(in millions, except per share data)\n"
        "Net revenue\t$\t55,908\t$\t49,205\t$\t41,444\n"
        "Net income\t$\t3,572\t$\t3,043\t$\t2,645\n"
        "Diluted\t$\t1.46\t$\t1.18\t$\t1.01\n"
    )
    periods = {
        (v.metric, v.start, v.end): v.value
        for t in read_tables(text)
        for v in t.values
        if v.metric != "ekg:eps"
    }
    assert periods[("ekg:revenue", date(2005, 1, 29), date(2006, 2, 3))] == Decimal(55908000000)
    assert periods[("ekg:net-income", date(2004, 1, 31), date(2005, 1, 28))] == Decimal(3043000000)


def test_a_document_that_declares_its_dollar() -> None:
    # tests/data/blind2/corpus/proxy/plymouth-rock-technologies_20-F_FY2020_0001062993-21-003193.htm
    text = (
        "In this annual report, unless otherwise stated, all dollar amounts are expressed in "
        'Canadian dollars ("$"). '
        '"US$" refers to United States dollars.'
    )
    assert document_dollar(text) == "CAD"
    assert document_dollar("The reporting currency is the Australian dollar.") == "AUD"
    # one table's currency, a currency risk, or US dollars: no declaration
    assert document_dollar("The table below is expressed in Canadian dollars.") is None
    assert (
        document_dollar("Fluctuations of the US dollar against the Canadian dollar affect our loss.") is None
    )
    assert document_dollar("All amounts are expressed in United States dollars.") is None
    line = "rent was US$2,917 a month and $5,000 a year"
    assert is_us_dollar_sign(line, line.index("US$"), line.index("2,917"))
    assert not is_us_dollar_sign(line, line.index("$5"), line.index("5,000"))


def test_a_paragraph_over_a_table_does_not_name_its_subject() -> None:
    # the WMX selected data sit under a wrapped paragraph naming the auditor (Arthur Andersen & Co.)
    text = (
        "  The following selected consolidated financial information for each of the\n"
        "five years is derived from the Company's statements, which have been audited by\n"
        "Initech Partners &\n"
        "Co., independent public accountants, whose report thereon is incorporated by\n"
        "reference in this report.\n\n" + WMX_SELECTED[WMX_SELECTED.index("<TABLE>") :]
    )
    named = {(v.title, v.column) for t in read_tables(text) for v in t.values}
    assert named and not any("Initech" in f"{title} {column}" for title, column in named)
