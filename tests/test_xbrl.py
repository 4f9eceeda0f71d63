"""The xbrl extractor on real filings: gold metrics, and facts checked by hand in each corpus file."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from edgarkg.extractors.xbrl import XbrlExtractor, inconsistent_duplicates
from edgarkg.model import Document, Fact, FilingInfo, Observation, Organization, content_id

DATA = Path(__file__).parent / "data"
XBRL = DATA / "corpus" / "xbrl"
GOLD = DATA / "gold" / "xbrl"

APPLE = "apple_10-Q_2025-03-29_ixbrl.htm"
AFC = "afc-gamma_8-K_2023-03-17_ixbrl.htm"
BLACKROCK = "blackrock_8-K_2023-02-24_ixbrl.htm"
NEXPOINT = "nexpoint-capital_8-K_2023-12-20_ixbrl.htm"
NETFLIX = "netflix_10-Q_2010-09-30_instance.xml"
BOSTON_BEER = "boston-beer_10-Q_2013-06-29_instance.xml"
AAOI = "applied-optoelectronics_10-Q_2014-06-30_instance.xml"
WATERS = "waters_8-K_2024-01-08_instance.xml"


def document(name: str, media_type: str | None = None) -> Document:
    path = XBRL / name
    data = path.read_bytes()
    kind = media_type or ("text/html" if path.suffix == ".htm" else "application/xml")
    return Document(source=str(path), data=data, filing_id=content_id(data), media_type=kind)


@cache
def facts(name: str) -> tuple[Fact, ...]:
    return tuple(XbrlExtractor().extract(document(name)))


def observations(name: str, metric: str, **where: object) -> list[Observation]:
    found = [f for f in facts(name) if isinstance(f, Observation) and f.metric == metric]
    return [o for o in found if all(getattr(o, k) == v for k, v in where.items())]


def one(name: str, metric: str, **where: object) -> Observation:
    found = observations(name, metric, **where)
    assert len(found) == 1, found
    return found[0]


def only(name: str, kind: type) -> Fact:
    found = [f for f in facts(name) if isinstance(f, kind)]
    assert len(found) == 1, found
    return found[0]


# ---- gold --------------------------------------------------------------------------------------------


GOLD_FILES = sorted(GOLD.glob("*.json"))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_metrics_are_found(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text())
    name = Path(gold["document"]).name
    extracted = [f for f in facts(name) if isinstance(f, Observation) and not f.dimensions]
    for metric in gold["metrics"]:
        concept = re.search(r"\[([\w-]+:\w+)\]", metric["about"])
        unit = {"USD/share": "USD/shares"}.get(metric["unit"], metric["unit"])
        matches = [
            o
            for o in extracted
            if (concept is None or o.metric == concept.group(1))
            and o.unit == unit
            and abs(o.value - Decimal(str(metric["value"]))) <= abs(Decimal(str(metric["value"]))) / 200
            and str(o.period_end or o.instant) == metric.get("period_end", str(o.period_end or o.instant))
            and str(o.period_start) == metric.get("period_start", str(o.period_start))
        ]
        assert matches, f"gold metric not found: {metric['about']}"


def test_gold_filers() -> None:
    apple = only(APPLE, Organization)
    assert apple.ref.cik == "0000320193" and apple.ref.name == "Apple Inc."
    assert apple.role == "filer"
    assert only(NETFLIX, Organization).ref.cik == "0001065280"
    assert only(NETFLIX, Organization).ticker == "NFLX"
    afc = only(AFC, Organization)
    assert (afc.ref.cik, afc.ticker) == ("0001822523", "AFCG")
    filing = only(AFC, FilingInfo)
    assert filing.form_type == "8-K" and filing.period_of_report == date(2023, 3, 17)


# ---- Apple 10-Q, inline XBRL -------------------------------------------------------------------------

Q2 = {"period_start": date(2024, 12, 29), "period_end": date(2025, 3, 29)}


def test_apple_scaled_value_in_millions() -> None:
    # f-54: "68,714" scale 6 for the Products member of srt:ProductOrServiceAxis.
    obs = one(
        APPLE,
        "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
        dimensions=(("srt:ProductOrServiceAxis", "us-gaap:ProductMember"),),
        **Q2,
    )
    assert obs.value == Decimal("68714000000")
    assert (obs.unit, obs.decimals) == ("USD", "-6")
    assert obs.prov.locator == "fact=f-54" and obs.prov.evidence == "68,714"
    assert obs.subject.cik == "0000320193" and obs.subject.name == "Apple Inc."


def test_apple_sign_minus_negates() -> None:
    # f-98: sign="-" on "279" (other income/(expense), net), scale 6.
    assert one(APPLE, "us-gaap:NonoperatingIncomeExpense", dimensions=(), **Q2).value == Decimal("-279000000")


def test_apple_per_share_unit_and_duplicates_emitted_once() -> None:
    # Basic EPS 1.65 is tagged twice (f-114 and f-419) in the same context: one observation.
    obs = one(APPLE, "us-gaap:EarningsPerShareBasic", dimensions=(), **Q2)
    assert (obs.value, obs.unit, obs.decimals) == (Decimal("1.65"), "USD/shares", "2")


def test_apple_instant_cover_shares() -> None:
    obs = one(APPLE, "dei:EntityCommonStockSharesOutstanding")
    assert obs.instant == date(2025, 4, 18) and obs.period_start is None and obs.period_end is None
    assert (obs.value, obs.unit) == (Decimal("14935826000"), "shares")


def test_apple_negative_scale_and_typed_dimension() -> None:
    # f-393: "66" with scale -2 → 0.66 (pure), typed member 2025-03-30 on the start-date axis.
    axis = "us-gaap:RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis"
    obs = one(
        APPLE, "us-gaap:RevenueRemainingPerformanceObligationPercentage", dimensions=((axis, "2025-03-30"),)
    )
    assert (obs.value, obs.unit, obs.instant) == (Decimal("0.66"), "pure", date(2025, 3, 29))


def test_apple_fixed_zero_and_number_words() -> None:
    # f-433: "—" under ixt:fixed-zero, money market funds at level 1.
    money_market = (
        ("us-gaap:FairValueByFairValueHierarchyLevelAxis", "us-gaap:FairValueInputsLevel1Member"),
        ("us-gaap:FinancialInstrumentAxis", "us-gaap:MoneyMarketFundsMember"),
    )
    gain = "aapl:EquitySecuritiesFVNIAccumulatedGrossUnrealizedGainBeforeTax"
    zero = one(APPLE, gain, dimensions=money_market, instant=date(2025, 3, 29))
    assert (zero.value, zero.prov.locator) == (Decimal(0), "fact=f-433")
    vendors = observations(APPLE, "aapl:NumberOfSignificantVendors")  # "two" under ixt-sec:numwordsen
    assert [(o.value, o.unit) for o in vendors] == [(Decimal(2), "Vendor")] * 2
    assert {o.instant for o in vendors} == {date(2025, 3, 29), date(2024, 9, 28)}


def test_apple_multi_member_dimensions_kept() -> None:
    obs = observations(APPLE, "aapl:NumberOfSignificantVendors", instant=date(2025, 3, 29))[0]
    assert dict(obs.dimensions) == {
        "us-gaap:ConcentrationRiskByTypeAxis": "us-gaap:CreditConcentrationRiskMember",
        "us-gaap:ConcentrationRiskByBenchmarkAxis": "aapl:NonTradeReceivableMember",
    }


def test_apple_cover_identity() -> None:
    apple = only(APPLE, Organization)
    assert apple.ticker == "AAPL" and apple.exchange == "NASDAQ"  # "The Nasdaq Stock Market LLC"
    assert apple.state_of_incorporation == "CA"  # "California" under ixt-sec:stateprovnameen
    assert apple.irs_number == "94-2404110" and apple.fiscal_year_end == "0927"
    (address,) = apple.addresses
    assert (address.street1, address.city, address.region, address.postal_code) == (
        "One Apple Park Way", "Cupertino", "CA", "95014",
    )  # fmt: skip
    filing = only(APPLE, FilingInfo)
    assert (filing.form_type, filing.period_of_report, filing.file_number) == (
        "10-Q", date(2025, 3, 29), "001-36743",
    )  # fmt: skip


def test_apple_has_no_inconsistent_duplicates() -> None:
    assert inconsistent_duplicates(document(APPLE)) == []


# ---- the 8-Ks ----------------------------------------------------------------------------------------


def test_afc_gamma_cover_only() -> None:
    afc = only(AFC, Organization)
    assert afc.ref.name == "AFC GAMMA, INC."
    assert (afc.exchange, afc.state_of_incorporation, afc.irs_number) == ("NASDAQ", "MD", "85-1807125")
    assert afc.addresses[0].street1 == "525 Okeechobee Blvd." and afc.addresses[0].street2 == "Suite 1650"
    assert only(AFC, FilingInfo).file_number == "001-39995"
    assert not [f for f in facts(AFC) if isinstance(f, Observation)]


def test_blackrock_ticker_from_class_of_stock_context() -> None:
    blk = only(BLACKROCK, Organization)
    assert (blk.ref.cik, blk.ref.name) == ("0001364742", "BlackRock Inc.")
    assert (blk.ticker, blk.exchange) == ("BLK", "NYSE")  # common stock listed before the 2025 notes
    assert blk.addresses[0].region == "NY"  # "New York" under ixt-sec:stateprovnameen
    assert only(BLACKROCK, FilingInfo).period_of_report == date(2023, 2, 24)


def test_nexpoint_net_asset_value_per_share() -> None:
    obs = one(NEXPOINT, "us-gaap:NetAssetValuePerShare")
    assert (obs.value, obs.unit, obs.instant) == (Decimal("5.22"), "USD/shares", date(2023, 12, 20))
    assert obs.subject.cik == "0001588272"


def test_waters_instance_cover() -> None:
    wat = only(WATERS, Organization)
    assert (wat.ref.name, wat.ref.cik, wat.ticker, wat.exchange) == (
        "WATERS CORP /DE/", "0001000697", "WAT", "NYSE",
    )  # fmt: skip
    assert (wat.state_of_incorporation, wat.irs_number) == ("DE", "13-3668640")
    assert wat.addresses[0].city == "Milford" and wat.addresses[0].phone == "(508) 478-2000"
    filing = only(WATERS, FilingInfo)
    assert (filing.form_type, filing.period_of_report, filing.file_number) == (
        "8-K", date(2024, 1, 8), "01-14010",
    )  # fmt: skip
    assert filing.prov.locator and filing.prov.locator.startswith("/*/")


# ---- XBRL 2.1 instances ------------------------------------------------------------------------------


def test_netflix_2009_namespaces_are_version_free() -> None:
    # us-gaap is http://xbrl.us/us-gaap/2009-01-31 in this filing.
    q3 = one(NETFLIX, "us-gaap:Revenues", period_start=date(2010, 7, 1), period_end=date(2010, 9, 30))
    assert (q3.value, q3.unit, q3.decimals) == (Decimal("553219000"), "USD", "-3")
    assert q3.subject.name == "NETFLIX INC"
    shares = one(NETFLIX, "dei:EntityCommonStockSharesOutstanding")
    assert (shares.value, shares.instant, shares.decimals) == (Decimal(52257495), date(2010, 9, 30), "INF")


def test_boston_beer_share_classes_keep_their_member() -> None:
    by_class = {
        dict(o.dimensions)["us-gaap:StatementClassOfStockAxis"]: o.value
        for o in observations(BOSTON_BEER, "dei:EntityCommonStockSharesOutstanding")
    }
    assert by_class == {"us-gaap:CommonClassAMember": 8820946, "us-gaap:CommonClassBMember": 4007355}


def test_applied_optoelectronics_instance() -> None:
    fair_value = one(
        AAOI,
        "us-gaap:AssetsFairValueDisclosure",
        instant=date(2014, 6, 30),
        dimensions=(
            ("us-gaap:FairValueByFairValueHierarchyLevelAxis", "us-gaap:FairValueInputsLevel1Member"),
            ("us-gaap:FairValueByMeasurementFrequencyAxis", "us-gaap:FairValueMeasurementsRecurringMember"),
        ),
    )
    assert fair_value.value == Decimal("7957000")
    q2 = {"period_start": date(2014, 4, 1), "period_end": date(2014, 6, 30)}
    assert one(AAOI, "us-gaap:EarningsPerShareBasic", **q2).value == Decimal("0.13")  # written ".13"
    loss = one(
        AAOI, "us-gaap:EarningsPerShareBasic", period_start=date(2013, 1, 1), period_end=date(2013, 6, 30)
    )
    assert (loss.value, loss.unit) == (Decimal("-4.77"), "USD/shares")
    cover = only(AAOI, Organization)
    assert cover.ref.name == "Applied Optoelectronics, Inc." and cover.fiscal_year_end == "1231"
    # Text blocks are not observations.
    assert not observations(AAOI, "us-gaap:ScheduleOfEarningsPerShareBasicAndDilutedTableTextBlock")


def test_accepts_sniffs_content_not_names() -> None:
    extractor = XbrlExtractor()
    for name in (APPLE, AFC, BLACKROCK, NEXPOINT, NETFLIX, BOSTON_BEER, AAOI, WATERS):
        assert extractor.accepts(document(name, media_type="text/plain"))
    cut = document(WATERS)
    assert extractor.accepts(Document(source="x", data=b"\n\n  " + cut.data, filing_id="f"))
    not_xbrl = [
        b"<html><body><p>Revenue was $5 million</p></body></html>",
        b'<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>',
        b"plain text mentioning http://www.xbrl.org/2003/instance and <xbrl>",
        b'<?xml version="1.0"?><ownershipDocument><schemaVersion>X0306</schemaVersion></ownershipDocument>',
    ]
    for data in not_xbrl:
        assert not extractor.accepts(Document(source="x", data=data, filing_id="f"))


def test_leading_blank_lines_are_tolerated() -> None:
    # Documents cut out of a submission keep the blank line before the XML declaration.
    cut = document(AFC)
    assert cut.data.startswith(b"\n<?xml")
    assert only(AFC, FilingInfo).form_type == "8-K"
