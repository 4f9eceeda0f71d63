"""Inline XBRL mechanics on a small hand-written page, and bad input: skipped facts, never a crash."""

# ruff: noqa: E501 - the XBRL markup below keeps one element per line to stay readable

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from edgarkg.extractors.xbrl import XbrlExtractor, inconsistent_duplicates, xbrl_problems
from edgarkg.extractors.xbrl_parse import XbrlError, parse_xbrl
from edgarkg.model import Document, FilingInfo, Observation, Organization

XBRL = Path(__file__).parent / "data" / "corpus" / "xbrl"

PAGE = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
 xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:us-gaap="http://fasb.org/us-gaap/2024"
 xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:srt="http://fasb.org/srt/2024"
 xmlns:xmpl="http://example.com/20241231" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
 xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
 xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31">
<body>
<div style="display:none"><ix:header>
 <ix:hidden>
  <ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="FY" id="h1">0000012345</ix:nonNumeric>
  <ix:nonNumeric name="dei:CurrentFiscalYearEndDate" contextRef="FY" id="h2">--12-31</ix:nonNumeric>
  <ix:nonFraction name="us-gaap:Goodwill" contextRef="END" unitRef="usd" decimals="-6" scale="6"
   format="ixt:num-dot-decimal" id="h3">12</ix:nonFraction>
 </ix:hidden>
 <ix:resources>
  <xbrli:context id="FY"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier></xbrli:entity>
   <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
  <xbrli:context id="END"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier></xbrli:entity>
   <xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>
  <xbrli:context id="FY_EU"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000012345</xbrli:identifier>
   <xbrli:segment><xbrldi:explicitMember dimension="srt:StatementGeographicalAxis">xmpl:EuropeMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
   <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
  <xbrli:context id="FY_SUB"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000099999</xbrli:identifier></xbrli:entity>
   <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
  <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  <xbrli:unit id="usdPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
   <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
  <xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>
 </ix:resources>
</ix:header></div>
<p><ix:nonNumeric name="dei:DocumentType" contextRef="FY">10-K</ix:nonNumeric> for the year ended
 <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="FY" format="ixt:date-monthname-day-year-en">December 31, 2024</ix:nonNumeric></p>
<p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="FY">Example Holdings, Inc.</ix:nonNumeric></p>
<p><ix:nonNumeric name="dei:EntityAddressAddressLine1" contextRef="FY" continuedAt="k1">1 Main<ix:exclude> [page 2]</ix:exclude> Street,</ix:nonNumeric></p>
<p>Page break</p><p><ix:continuation id="k1">Suite 5</ix:continuation></p>
<p><ix:nonNumeric name="dei:EntityIncorporationStateCountryCode" contextRef="FY" format="ixt-sec:stateprovnameen">Delaware</ix:nonNumeric></p>
<table>
<tr><td>Revenue</td><td>$<ix:nonFraction name="us-gaap:Revenues" contextRef="FY" unitRef="usd" decimals="-3" scale="3"
  format="ixt:num-dot-decimal" id="r1"><ix:nonFraction name="us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
  contextRef="FY" unitRef="usd" decimals="-3" scale="3" format="ixt:num-dot-decimal" id="r2">1,500</ix:nonFraction></ix:nonFraction></td></tr>
<tr><td>Europe</td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="FY_EU" unitRef="usd" decimals="-3" scale="3"
  format="ixt:num-dot-decimal" id="r3">400</ix:nonFraction></td></tr>
<tr><td>Net loss</td><td>(<ix:nonFraction name="us-gaap:NetIncomeLoss" contextRef="FY" unitRef="usd" decimals="-3" scale="3"
  sign="-" format="ixt:num-dot-decimal" id="n1">2,250.5</ix:nonFraction>)</td></tr>
<tr><td>Impairment</td><td><ix:nonFraction name="us-gaap:GoodwillImpairmentLoss" contextRef="FY" unitRef="usd" decimals="-3"
  scale="3" sign="-" format="ixt:fixed-zero" id="z1">&#8212;</ix:nonFraction></td></tr>
<tr><td>EPS</td><td><ix:nonFraction name="us-gaap:EarningsPerShareBasic" contextRef="FY" unitRef="usdPerShare" decimals="2"
  id="e1">(0.45)</ix:nonFraction></td></tr>
<tr><td>Segments</td><td><ix:nonFraction name="us-gaap:NumberOfReportableSegments" contextRef="FY" unitRef="shares"
  decimals="INF" format="ixt:num-roman" id="bad1">IV</ix:nonFraction></td></tr>
<tr><td>Orphan</td><td><ix:nonFraction name="us-gaap:Assets" contextRef="NOPE" unitRef="usd" decimals="-3" scale="3"
  id="bad2">99</ix:nonFraction></td></tr>
<tr><td>No unit</td><td><ix:nonFraction name="us-gaap:Liabilities" contextRef="END" unitRef="eur" decimals="-3" id="bad3">5</ix:nonFraction></td></tr>
<tr><td>Nil</td><td><ix:nonFraction name="us-gaap:Cash" contextRef="END" unitRef="usd" xsi:nil="true" id="nil1"/></td></tr>
<tr><td>Subsidiary</td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="FY_SUB" unitRef="usd" decimals="-3" scale="3"
  format="ixt:num-dot-decimal" id="s1">700</ix:nonFraction></td></tr>
<tr><td>Goodwill again</td><td><ix:nonFraction name="us-gaap:Goodwill" contextRef="END" unitRef="usd" decimals="-3" scale="3"
  format="ixt:num-dot-decimal" id="g2">12,000</ix:nonFraction></td></tr>
<tr><td>Revenue in words</td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="FY" unitRef="usd" decimals="-5" scale="6"
  format="ixt:num-dot-decimal" id="r4">1.5</ix:nonFraction> million</td></tr>
<tr><td>Europe, rounded differently</td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="FY_EU" unitRef="usd" decimals="-3"
  scale="3" format="ixt:num-dot-decimal" id="r5">410</ix:nonFraction></td></tr>
</table>
</body></html>
"""


def page_document(text: str = PAGE) -> Document:
    data = text.encode()
    return Document(source="page.htm", data=data, filing_id="sha256:test", media_type="text/html")


def extracted(text: str = PAGE) -> list:
    return list(XbrlExtractor().extract(page_document(text)))


def obs(facts: list, metric: str, **where: object) -> list[Observation]:
    return [
        f
        for f in facts
        if isinstance(f, Observation)
        and f.metric == metric
        and all(getattr(f, k) == v for k, v in where.items())
    ]


def test_inline_values_scale_sign_and_nesting() -> None:
    facts = extracted()
    plain = {"dimensions": ()}
    revenue = obs(facts, "us-gaap:Revenues", period_end=date(2024, 12, 31), **plain)
    assert {o.value for o in revenue if o.subject.cik == "0000012345"} == {Decimal(1500000)}
    assert obs(facts, "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax")[0].value == 1500000
    (loss,) = obs(facts, "us-gaap:NetIncomeLoss")
    assert (loss.value, loss.prov.locator, loss.prov.evidence) == (Decimal("-2250500"), "fact=n1", "2,250.5")
    (impairment,) = obs(facts, "us-gaap:GoodwillImpairmentLoss")
    assert str(impairment.value) == "0"  # sign="-" on a dash is zero, not -0
    (eur,) = obs(facts, "us-gaap:Revenues", value=Decimal(400000))
    assert eur.dimensions == (("srt:StatementGeographicalAxis", "xmpl:EuropeMember"),)


def test_hidden_facts_and_consistent_duplicates() -> None:
    facts = extracted()
    # h3 "12" × 10^6 (hidden) and g2 "12,000" × 10^3 are the same value: one observation, the finer decimals.
    (goodwill,) = obs(facts, "us-gaap:Goodwill")
    assert (goodwill.value, goodwill.instant, goodwill.decimals) == (
        Decimal(12000000),
        date(2024, 12, 31),
        "-3",
    )


def test_other_entities_keep_their_cik() -> None:
    (sub,) = obs(extracted(), "us-gaap:Revenues", value=Decimal(700000))
    assert sub.subject.cik == "0000099999" and sub.subject.name is None


def test_cover_continuation_exclude_and_formats() -> None:
    facts = extracted()
    (org,) = [f for f in facts if isinstance(f, Organization)]
    assert (org.ref.name, org.ref.cik, org.fiscal_year_end) == (
        "Example Holdings, Inc.",
        "0000012345",
        "1231",
    )
    assert org.state_of_incorporation == "DE"
    assert org.addresses[0].street1 == "1 Main Street, Suite 5"
    (filing,) = [f for f in facts if isinstance(f, FilingInfo)]
    assert (filing.form_type, filing.period_of_report) == ("10-K", date(2024, 12, 31))


def test_bad_facts_are_skipped_and_reported() -> None:
    facts = extracted()
    metrics = {f.metric for f in facts if isinstance(f, Observation)}
    assert not metrics & {
        "us-gaap:NumberOfReportableSegments",
        "us-gaap:Assets",
        "us-gaap:Liabilities",
        "us-gaap:Cash",
    }
    assert not obs(facts, "us-gaap:EarningsPerShareBasic")  # "(0.45)" has no format: not a number
    problems = [p.reason for p in xbrl_problems(page_document())]
    assert any("num-roman" in p and "NumberOfReportableSegments" in p for p in problems)
    assert any("'NOPE'" in p and "us-gaap:Assets" in p for p in problems)
    assert any("'eur'" in p for p in problems)
    assert any("EarningsPerShareBasic" in p for p in problems)
    assert all(p.startswith("line ") for p in problems)
    assert len(problems) == 4  # the nil fact is not a problem


def test_inconsistent_duplicates_reported_consistent_ones_not() -> None:
    found = inconsistent_duplicates(page_document())
    # Europe 400 vs 410 thousand disagree; 1,500 thousand vs 1.5 million agree once rounded.
    assert [(d.concept, d.context, sorted(d.values)) for d in found] == [
        ("us-gaap:Revenues", "FY_EU", [Decimal(400000), Decimal(410000)])
    ]
    both = obs(
        extracted(), "us-gaap:Revenues", dimensions=(("srt:StatementGeographicalAxis", "xmpl:EuropeMember"),)
    )
    assert sorted(o.value for o in both) == [400000, 410000]  # both are kept


# ---- malformed input ---------------------------------------------------------------------------------


def test_truncated_instance_gives_partial_correct_output() -> None:
    data = (XBRL / "applied-optoelectronics_10-Q_2014-06-30_instance.xml").read_bytes()
    full = {(o.metric, o.value, o.period_end, o.instant, o.dimensions) for o in _observations(data)}
    cut = data[: len(data) * 6 // 10]
    part = {(o.metric, o.value, o.period_end, o.instant, o.dimensions) for o in _observations(cut)}
    assert part and part < full


def _observations(data: bytes) -> list[Observation]:
    doc = Document(source="x.xml", data=data, filing_id="f", media_type="application/xml")
    return [f for f in XbrlExtractor().extract(doc) if isinstance(f, Observation)]


INSTANCE = """
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE xbrl [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:us-gaap="http://fasb.org/us-gaap/2023"
      xmlns:dei="http://xbrl.sec.gov/dei/2023" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
  <context id="I"><entity><identifier scheme="http://www.sec.gov/CIK">777</identifier></entity>
    <period><instant>2023-06-30</instant></period></context>
  <context id="BAD"><entity><identifier scheme="http://www.sec.gov/CIK">777</identifier></entity>
    <period><instant>2023-02-30</instant></period></context>
  <unit id="u"><measure>iso4217:USD</measure></unit>
  <dei:EntityRegistrantName contextRef="I">Acme &secret;</dei:EntityRegistrantName>
  <us-gaap:Assets contextRef="I" unitRef="u" decimals="0">1.5E3</us-gaap:Assets>
  <us-gaap:Liabilities contextRef="MISSING" unitRef="u" decimals="0">10</us-gaap:Liabilities>
  <us-gaap:Cash contextRef="BAD" unitRef="u" decimals="0">20</us-gaap:Cash>
  <us-gaap:Equity contextRef="I" unitRef="u" decimals="0">n/a</us-gaap:Equity>
  <us-gaap:Debt contextRef="I" unitRef="u" decimals="0">INF</us-gaap:Debt>
</xbrl>
"""


def test_instance_with_bad_facts_keeps_the_good_ones() -> None:
    doc = Document(source="x.xml", data=INSTANCE.encode(), filing_id="f", media_type="application/xml")
    assert XbrlExtractor().accepts(doc)  # blank line before the XML declaration
    facts = list(XbrlExtractor().extract(doc))
    observations = [f for f in facts if isinstance(f, Observation)]
    assert [(o.metric, o.value, o.instant) for o in observations] == [
        ("us-gaap:Assets", Decimal(1500), date(2023, 6, 30))
    ]
    assert observations[0].subject.cik == "0000000777"
    assert observations[0].prov.locator == "/*/*[5]"
    (org,) = [f for f in facts if isinstance(f, Organization)]
    assert org.ref.name is not None and org.ref.name.startswith("Acme")  # the external entity is not read
    problems = " | ".join(p.reason for p in xbrl_problems(doc))
    for expected in ("'MISSING' is not defined", "context 'BAD': bad period", "'n/a'", "'INF'"):
        assert expected in problems


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n",
        b"\x00\x01\x02 not xml",
        b"<html><body>no inline facts</body></html>",
        b"<?xml version='1.0'?>",
    ],
)
def test_not_xbrl_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(XbrlError):
        parse_xbrl(data)
