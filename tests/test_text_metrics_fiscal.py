"""text-metrics: fiscal years, columns headed by a year, 10-K prose; real sentences plus variants."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

from conftest import DATA

from edgarkg.extractors.text_metrics import TextMetricsExtractor
from edgarkg.model import Document, Observation
from edgarkg.sources import iter_documents
from edgarkg.text.column_periods import Heading, column_period
from edgarkg.text.fiscal_years import fiscal_years, refiscal
from edgarkg.text.periods import read_periods
from edgarkg.text.tables import read_tables

BLIND = DATA / "blind" / "corpus"


def observe(text: str, media_type: str = "text/plain") -> list[Observation]:
    doc = Document("x.txt", text.encode(), "sha256:x", "10-K", media_type=media_type)
    return list(TextMetricsExtractor().extract(doc))


def found(obs: list[Observation], value: str, unit: str) -> list[Observation]:
    return [o for o in obs if o.value == Decimal(value) and o.unit == unit]


@cache
def filing(relative: str) -> tuple[Observation, ...]:
    docs = [d for d in iter_documents([BLIND / relative]) if isinstance(d, Document)]
    main = next(d for d in docs if d.doc_type in (None, "10-K"))
    return tuple(TextMetricsExtractor().extract(main))


def years(text: str) -> list[tuple[date | None, date | None]]:
    stated, resolved = read_periods(text)
    return [(p.start, p.end) for p in refiscal(resolved, text, fiscal_years(stated, text))]


# --- the fiscal year a document dates -------------------------------------------------------

# roanoke-electric-steel 10-K FY2003: the cover dates the year, the prose names it by its number
ROANOKE = (
    "For the fiscal year ended October 31, 2003\n\n"
    "In 2003, export (billet) sales to China amounted to $4,276,000 at slightly below break-even margins."
)


def test_a_bare_year_is_the_fiscal_year_the_document_dates() -> None:
    assert years(ROANOKE)[-1] == (date(2002, 11, 1), date(2003, 10, 31))
    for variant in ("during fiscal 2003, sales", "for fiscal year 2003 sales", "In Fiscal 2003, sales"):
        assert years(f"For the year ended June 30, 2003. {variant}")[-1] == (
            date(2002, 7, 1),
            date(2003, 6, 30),
        )


def test_calendar_and_unknown_years() -> None:
    # a calendar year stays one; "fiscal 2015" of a document that never dates its year has no dates
    assert years("For the year ended December 31, 2023. In 2023, sales rose.")[-1] == (
        date(2023, 1, 1),
        date(2023, 12, 31),
    )
    assert years("In 2023, sales rose.") == [(date(2023, 1, 1), date(2023, 12, 31))]
    assert years("During Fiscal 2015, cash used in operating activities rose.") == []


def test_a_52_53_week_year_ending_in_early_january_is_named_for_its_first_day() -> None:
    # perkinelmer 10-K405 2001 shape: "fiscal year ended January 2, 2000" is fiscal 1999
    text = (
        "For the fiscal year ended December 31, 2000. For the fiscal year ended January 2, 2000. "
        "During 2000, sales were up."
    )
    assert years(text)[-1] == (date(2000, 1, 3), date(2000, 12, 31))


def test_a_retailer_year_ending_in_january_is_not_guessed() -> None:
    stated, _ = read_periods("For the fiscal year ended February 3, 2024. In fiscal 2023, sales rose.")
    text = "For the fiscal year ended February 3, 2024. In fiscal 2023, sales rose."
    assert fiscal_years(stated, text) is None


def test_prose_amount_gets_the_fiscal_year() -> None:
    obs = observe(ROANOKE)
    (o,) = found(obs, "4276000", "USD")
    assert (o.period_start, o.period_end) == (date(2002, 11, 1), date(2003, 10, 31))


# --- columns headed by a bare year -------------------------------------------------------------

ROANOKE_TABLE = (
    "For the fiscal year ended October 31, 2003\n\n"
    "FINANCIAL INFORMATION RELATING TO INDUSTRY SEGMENTS\n\n"
    "2003\t2002\t2001\n"
    "Total Consolidated Sales\t$\t312,090,956\t$\t263,773,709\t$\t307,674,605\n"
    "Total Assets\t$\t270,867,486\t$\t289,717,573\t$\t316,886,778\n"
)


def test_a_year_column_is_the_fiscal_year() -> None:
    obs = observe(ROANOKE_TABLE)
    (sales,) = found(obs, "312090956", "USD")
    assert (sales.period_start, sales.period_end) == (date(2002, 11, 1), date(2003, 10, 31))
    (prior,) = found(obs, "263773709", "USD")
    assert (prior.period_start, prior.period_end) == (date(2001, 11, 1), date(2002, 10, 31))
    (assets,) = found(obs, "289717573", "USD")
    assert assets.instant == date(2002, 10, 31)


def test_a_year_column_without_a_dated_year_is_not_read() -> None:
    assert all(not t.values for t in read_tables(ROANOKE_TABLE.split("\n\n", 1)[1]))


def test_the_roanoke_10k_segment_table() -> None:
    obs = filing("proxy/roanoke-electric-steel_10-K_FY2003.htm")
    (assets,) = found(list(obs), "270867486", "USD")
    assert assets.instant == date(2003, 10, 31)
    assert assets.subject.name == "Roanoke Electric Steel Corporation"


def test_a_column_under_a_signature_date_keeps_its_own_year() -> None:
    # commonwealth-income-growth-fund-v 10-K FY2015: the auditor's "March 30, 2016" heads the balance
    # sheet, and each column's heading reads "March 30, 2016 2015", "March 30, 2016 2014"
    heading = Heading(
        "/s/ BDO USA, LLP Philadelphia, PA March 30, 2016\nBalance Sheets December 31, 2015 2014"
    )
    assert column_period("March 30, 2016 2015", heading) == (None, None, date(2015, 12, 31))
    assert column_period("March 30, 2016 2014", heading) == (None, None, date(2014, 12, 31))
    # a variant: the year's day is only in the column's own heading
    assert column_period("Year ended October 31, 2003 2002", Heading("")) == (
        date(2001, 11, 1),
        date(2002, 10, 31),
        None,
    )


# --- 10-K prose ---------------------------------------------------------------------------------


def test_an_inline_xbrl_10k_is_read_for_its_prose() -> None:
    # galaxy-next-generation 10-K FY2021: "For the year ended June 30, 2021, we had a net loss of
    # $24,434,336." and "we had approximately twenty-four full time employees" are tagged nowhere
    obs = list(filing("proxy/galaxy-next-generation_10-K_FY2021.htm"))
    (loss,) = found(obs, "24434336", "USD")
    assert (loss.period_start, loss.period_end) == (date(2020, 7, 1), date(2021, 6, 30))
    assert found(obs, "24", "count")


def test_units_of_classes_and_capitalised_shares() -> None:
    # southwest-iowa-renewable-energy 10-K FY2008 cover; roanoke-electric-steel 10-K FY2003 cover
    obs = observe(
        "As of September 30, 2008, the Company had 8,805 Series A, 3,334 Series B and 1,000 Series C "
        "Membership Units outstanding. Indicate the number of shares outstanding, as of December 31, 2003.\n"
        "10,932,813 Shares outstanding"
    )
    assert {(o.value, o.unit) for o in obs} >= {
        (Decimal(8805), "count"),
        (Decimal(3334), "count"),
        (Decimal(1000), "count"),
        (Decimal(10932813), "shares"),
    }
    variants = observe("There were 1,250,000 Class B shares and 3,000,000 Class A Common Shares outstanding.")
    assert {(o.value, o.unit) for o in variants} == {
        (Decimal(1250000), "shares"),
        (Decimal(3000000), "shares"),
    }
    assert not observe("It sells 1000 series routers and the 2003 Class A shares were retired.")


def test_amounts_in_parentheses() -> None:
    # southwest-iowa-renewable-energy 10-K FY2008: a loss stated as a negative is the loss's amount
    (loss,) = observe("During Fiscal Year 2008, we incurred a net loss of approximately ($3,718,000).")
    assert (loss.value, loss.unit, loss.qualifier) == (Decimal(3718000), "USD", "about")
    assert found(observe("We incurred a net loss of $(3,718,000) in 2008."), "3718000", "USD")
    # amounts restated or set aside in parentheses are not negatives (expertelligence 8-K; commonwealth 10-K)
    assert found(observe("a cash payment of fifty thousand dollars ($50,000) to the seller"), "50000", "USD")
    assert found(
        observe("The Partnership raised the minimum capital required ($1,150,000)."), "1150000", "USD"
    )


def test_compared_amounts_per_share() -> None:
    # abvc-biopharma 8-K 2025-04-15 EX-99.1
    obs = observe("Basic and diluted loss per share improved significantly from $(1.80) to $(0.42).")
    assert {(o.value, o.unit) for o in obs} == {
        (Decimal("-1.8"), "USD/share"),
        (Decimal("-0.42"), "USD/share"),
    }
    # constructed variants: the compared amount takes the per-share unit of the one before it
    obs = observe(
        "Book value per share increased to $18.75 at December 31, 2023, compared to $17.20 at "
        "December 31, 2022."
    )
    (prior,) = found(obs, "17.2", "USD/share")
    assert prior.instant == date(2022, 12, 31)
    assert prior.metric == "ekg:book-value-per-share"
    obs = observe("Diluted earnings per share were $1.02 for the third quarter, up from $0.89 a year ago.")
    assert found(obs, "0.89", "USD/share")
    assert not found(
        observe("Revenue was $5.2 million, compared with $4.1 million and fees of $12."), "12", "USD/share"
    )


def test_an_organisation_in_an_aside_is_not_the_subject() -> None:
    # forward-industries 10-K FY2016
    text = (
        "Forward Industries, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
        "During Fiscal 2016, cash provided by operating activities of approximately $768,000 resulted "
        "primarily from net income of approximately $607,000, partially offset by a decrease in accounts "
        "payable (including due to Forward China) of approximately $709,000.\n\n"
        "During Fiscal 2015, cash used in operating activities of approximately $2,022,000 resulted "
        "primarily from a decrease in accounts payable (including due to Forward China) of "
        "approximately $1,596,000, a net loss of approximately $1,434,000 and an increase in "
        "inventories of approximately $492,000."
    )
    obs = observe(text)
    (loss,) = found(obs, "1434000", "USD")
    assert loss.subject.name == "Forward Industries, Inc."
    (cash,) = found(obs, "2022000", "USD")
    assert cash.subject.name == "Forward Industries, Inc."


# --- cover pages, "respectively" lists, 52/53-week half years -------------------------------------


def test_cover_page_shares_outstanding() -> None:
    # aeroflex 10-K FY1995 cover (the treasury shares after it are not the count)
    aeroflex = (
        "Indicate the number of shares outstanding of each of the registrant's classes of common stock, "
        "as of the latest practicable date (applicable only to corporate registrants). Common Stock, par "
        "value $.10 per share; outstanding as of September 14, 1995 - 11,874,209 (excluding 84,105 shares "
        "held in treasury)."
    )
    (o,) = found(observe(aeroflex), "11874209", "shares")
    assert o.instant == date(1995, 9, 14)
    # galaxy-next-generation 10-K FY2021 cover; aegon 20-F FY2000 (a caption with a colon)
    galaxy = (
        "The number of shares outstanding of the issuer's Common Stock, as of September 13, 2021 was "
        "3,232,382,882."
    )
    (o,) = observe(galaxy)
    assert (o.value, o.instant) == (Decimal(3232382882), date(2021, 9, 13))
    (o,) = observe("Number of common shares outstanding: 1,350,523,905")
    assert (o.value, o.unit, o.instant) == (Decimal(1350523905), "shares", None)
    # variant: the date after the count; a price is not a count
    (o,) = observe("Indicate the number of shares outstanding: 27,456,789 shares as of March 1, 2024.")
    assert (o.value, o.instant) == (Decimal(27456789), date(2024, 3, 1))
    priced = observe("The number of shares outstanding rose to a price of $1,250 per unit.")
    assert not [o for o in priced if o.unit == "shares"]


def test_amounts_paired_respectively_with_years() -> None:
    # galaxy-next-generation 10-K FY2021 (MD&A)
    obs = observe(
        "As a result of the foregoing, net loss incurred for the years ended June 30, 2021 and 2020 was "
        "$24,434,336 and $14,026,107, respectively, an increase of 74%."
    )
    (now,) = found(obs, "24434336", "USD")
    (then,) = found(obs, "14026107", "USD")
    assert (now.period_start, now.period_end) == (date(2020, 7, 1), date(2021, 6, 30))
    assert (then.period_start, then.period_end) == (date(2019, 7, 1), date(2020, 6, 30))
    # variants: bare years before the amounts; percentages in fiscal years (forward-industries 10-K FY2016)
    obs = observe("Revenues for 2023 and 2022 were $12.5 million and $10.1 million, respectively.")
    (prior,) = found(obs, "10100000", "USD")
    assert (prior.period_start, prior.period_end) == (date(2022, 1, 1), date(2022, 12, 31))
    obs = observe(
        "For the fiscal year ended September 30, 2016. Four customers accounted for approximately 88% and "
        "82% of our net revenues from continuing operations in Fiscal 2016 and 2015, respectively."
    )
    (prior,) = found(obs, "82", "percent")
    assert prior.period_end == date(2015, 9, 30)
    # lists of other lengths are not paired
    obs = observe(
        "Revenues for 2023 and 2022 were $12.5 million, $10.1 million and $9.0 million, respectively."
    )
    assert all(o.period_end in (None, date(2023, 12, 31)) for o in obs)


def test_a_half_year_of_a_52_53_week_year_starts_after_the_year_end() -> None:
    # apple-computer 10-Q 2000-05-11: the balance sheet dates the year end, the prose counts 26 weeks back
    text = (
        "Balance Sheets\nApril 1, 2000\tSeptember 25, 1999\nTotal assets\t$6,000\t$5,161\n"
        "Total shareholders' equity\t$4,215\t$3,104\n\n"
        "For the six months ended April 1, 2000, the Company's primary source of cash was $434 million in "
        "cash flows from operating activities."
    )
    (o,) = found(observe(text), "434000000", "USD")
    assert (o.period_start, o.period_end) == (date(1999, 9, 26), date(2000, 4, 1))


# --- a bank's financial highlights ---------------------------------------------------------------

# The layout of a bank earnings release's highlights table (constructed: no bank release with one is in
# the development sets), HTML cells as the reading text has them, "%" in cells of their own.
BANK = (
    "FINANCIAL HIGHLIGHTS\n(Dollars in thousands, except per share data)\n\nThree Months Ended\n"
    "December 31, 2023\tSeptember 30, 2023\tDecember 31, 2022\n"
    "Net interest income\t$\t18,900\t$\t19,200\t$\t20,100\n"
    "Provision for credit losses\t2,100\t1,800\t1,500\n"
    "Net income\t$\t5,123\t$\t4,876\t$\t6,001\n"
    "Return on average assets\t1.12\t%\t1.05\t%\t1.30\t%\n"
    "Return on average shareholders' equity\t11.80\t%\t11.20\t%\t13.10\t%\n"
    "Net interest margin (FTE)\t3.45\t%\t3.50\t%\t3.62\t%\n"
    "Efficiency ratio\t58.2\t%\t60.1\t%\t55.0\t%\n"
    "Total deposits\t$\t1,920,000\t$\t1,880,000\t$\t1,770,000\n"
    "Loans, net\t1,550,000\t1,500,000\t1,450,000\n"
    "Book value per share\t$\t18.75\t$\t18.10\t$\t17.20\n"
    "Tier 1 leverage ratio\t10.2\t%\t10.0\t%\t9.8\t%\n"
    "Noninterest expense\t11,000\t11,500\t11,050\n"
)


def test_bank_highlights_rows() -> None:
    obs = observe(BANK)
    q4 = (date(2023, 10, 1), date(2023, 12, 31))
    flows = {(o.metric, o.value, o.unit) for o in obs if (o.period_start, o.period_end) == q4}
    assert flows >= {
        ("ekg:net-interest-income", Decimal(18900000), "USD"),
        ("ekg:provision-for-credit-losses", Decimal(2100000), "USD"),
        ("ekg:return-on-average-assets", Decimal("1.12"), "percent"),
        ("ekg:return-on-average-equity", Decimal("11.8"), "percent"),
        ("ekg:net-interest-margin", Decimal("3.45"), "percent"),
        ("ekg:efficiency-ratio", Decimal("58.2"), "percent"),
    }
    balances = {(o.metric, o.value, o.unit) for o in obs if o.instant == date(2022, 12, 31)}
    assert balances == {
        ("ekg:total-deposits", Decimal(1770000000), "USD"),
        ("ekg:total-loans", Decimal(1450000000), "USD"),
        ("ekg:book-value-per-share", Decimal("17.2"), "USD/share"),
        ("ekg:capital-ratio", Decimal("9.8"), "percent"),
    }
    assert not found(obs, "11000000", "USD")  # other rows stay unread


def test_a_share_price_said_without_per_share() -> None:
    # page-america-group S-3/A 1995-05-25; forward-industries 10-K FY2016
    page = observe(
        "On May 24, 1995, the last reported sales price for the shares of Common Stock of the Company on the "
        "American Stock Exchange was $ 1.9375."
    )
    assert found(page, "1.9375", "USD/share")
    assert found(
        observe("On December 9, 2016, the closing bid quotation for our common stock was $1.39."),
        "1.39",
        "USD/share",
    )
    # variants; a small amount that is no stock's price stays unread
    assert found(
        observe("The closing price of the Company's Class A common stock was $24.50."), "24.5", "USD/share"
    )
    assert found(observe("The offering price of the ADSs is $9.25."), "9.25", "USD/share")
    assert not observe("The purchase price of the equipment was $500.")


def test_income_or_loss_rows_state_the_loss_their_sign_says() -> None:
    # roanoke-electric-steel 10-K FY2003: "(2,996,543" and ")" are cells of their own
    obs = observe(
        ROANOKE_TABLE.replace(
            "Total Assets",
            "Earnings (Loss) from Operations\t$\t(2,996,543\t)\t$\t(6,008,897\t)\t$\t1,348,022\n"
            "Net Earning (Loss)\t$\t(3,224,953\t)\t$\t(6,008,897\t)\t$\t1,348,022\nTotal Assets",
        )
    )
    (loss,) = found(obs, "3224953", "USD")
    assert (loss.metric, loss.period_end) == ("ekg:net-loss", date(2003, 10, 31))
    (operating,) = found(obs, "2996543", "USD")
    assert operating.metric == "ekg:loss-from-operations"
    income = {o.metric for o in found(obs, "1348022", "USD")}
    assert income <= {"ekg:operating-income", "ekg:net-income"}
    assert not [o for o in obs if o.value < 0]


def test_a_year_in_a_relative_clause_is_not_the_amount_s() -> None:
    # caterpillar 8-K 2022-04-28 EX-99.1
    (paid,) = observe(
        "The company paid about $1.3 billion of short-term incentive compensation in the quarter, which was "
        "reinstated in 2021."
    )
    assert (paid.value, paid.period_end) == (Decimal(1300000000), None)
    # variants: the amount's own year before the relative clause still counts
    (sales,) = observe("Sales were $4.2 million in 2023, which compares with a weak 2019.")
    assert sales.period_end == date(2023, 12, 31)
    (sales,) = observe("Sales were $4.2 million, which was the highest since 2019.")
    assert sales.period_end is None


def test_people_counted_and_a_quarter_s_year() -> None:
    # constructed 10-K and release sentences (the shapes of the development sets' "employees" and
    # "2022 sales"): an irregular plural is counted; "Fourth quarter 2023 revenue" is not the year 2023
    (people,) = observe("At December 31, 2023, we employed 1,250 people.")
    assert (people.value, people.unit, people.instant) == (Decimal(1250), "count", date(2023, 12, 31))
    assert found(observe("The Company had 87 personnel at year end."), "87", "count")
    obs = observe("Fourth quarter 2023 revenue of $412.5 million increased 8.2% compared to the prior year.")
    (revenue,) = found(obs, "412500000", "USD")
    assert revenue.period_end is None
    (revenue,) = observe("Full year 2023 revenue of $1.6 billion was a record.")
    assert (revenue.period_start, revenue.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_parts_of_a_sales_heading_before_its_total() -> None:
    # apple 8-K 2024-02-01 EX-99.1 statement of operations (abridged): "Net sales:" heads its parts
    statement = (
        "(In millions, except per-share amounts)\n\nThree Months Ended\n"
        "December 30, 2023\tDecember 31, 2022\n"
        "Net sales:\nProducts\t$\t96,458\t$\t96,388\nServices\t23,117\t20,766\n"
        "Total net sales\t119,575\t117,154\nCost of sales:\nProducts\t58,440\t60,765\n"
        "Depreciation\t2,000\t1,900\n"
    )
    obs = observe(statement)
    (products,) = found(obs, "96458000000", "USD")
    assert (products.metric, products.period_end) == ("ekg:products-net-sales", date(2023, 12, 30))
    assert found(obs, "20766000000", "USD")
    assert found(obs, "119575000000", "USD")[0].metric == "ekg:revenue"
    # cost rows, and rows after the total, are not parts of the sales
    assert not found(obs, "58440000000", "USD")
    assert not found(obs, "2000000000", "USD")
