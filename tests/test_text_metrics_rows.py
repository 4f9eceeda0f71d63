"""text-metrics: rows of a cell table stay apart in the graph, and inline XBRL documents that are not
financial reports are read (less what they tag). Values read by hand from the held-out filings."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from conftest import CORPUS
from rdflib import Literal

from edgarkg.extractors.text_metrics import ROW_AXIS, TextMetricsExtractor
from edgarkg.mapping.graph import map_filing, run_iri
from edgarkg.mapping.iris import EKG
from edgarkg.model import Document, Observation
from edgarkg.sources import iter_documents

HELDOUT = CORPUS.parent / "heldout" / "corpus"
FLOWERS = HELDOUT / "text-press/1-800-flowers_8-K_2023-12-15_item-5.07.htm"
CABOT = HELDOUT / "proxy/cabot_DEF-14A_2024-01-26.htm"
APPLE_10Q = CORPUS / "xbrl/apple_10-Q_2025-03-29_ixbrl.htm"
MMO2 = CORPUS / "text-press/mmo2-6k-2003-11-17-online-customers.txt"
RUN = run_iri([("test", "1")])


@cache
def document(path: str) -> Document:
    return next(d for d in iter_documents([path]) if isinstance(d, Document))


@cache
def observations(path: str) -> tuple[Observation, ...]:
    return tuple(TextMetricsExtractor().extract(document(path)))


def test_equal_broker_non_votes_of_two_nominees_are_two_nodes() -> None:
    # Every nominee of the 2023 annual meeting had 3,936,780 broker non-votes.
    obs = [
        o
        for o in observations(str(FLOWERS))
        if o.value == Decimal(3936780) and o.label and o.label.lower().startswith("broker non-votes")
    ]
    rows = {dict(o.dimensions)[ROW_AXIS] for o in obs}
    assert {"Dina Colombo", "Larry Zarin", "Adam Hanft"} <= rows
    graph, _ = map_filing("0001437749-23-034923", [(document(str(FLOWERS)), list(obs))], RUN)
    nodes = set(graph.subjects(EKG.value, Literal(Decimal(3936780))))
    assert len(nodes) == len(obs) >= 10
    members = {str(m) for m in graph.objects(None, EKG.typedMember)}
    assert {"Dina Colombo", "Larry Zarin"} <= members


def test_prose_observations_have_no_row_dimension() -> None:
    obs = observations(str(MMO2))
    assert obs and all(o.dimensions == () for o in obs)


def test_a_proxy_with_tagged_pay_versus_performance_is_read() -> None:
    assert TextMetricsExtractor().accepts(document(str(CABOT)))
    holdings = {(o.value, o.unit) for o in observations(str(CABOT)) if "BlackRock" in (o.label or "")}
    assert (Decimal(6888619), "shares") in holdings
    assert (Decimal("12.43"), "percent") in holdings


_TAGGED_RELEASE = """<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>
<p>Acme Widgets Inc. reported net sales of $<ix:nonFraction name="us-gaap:Revenues" contextRef="c1"
unitRef="usd" decimals="-5" scale="6">12.5</ix:nonFraction> million for fiscal 2023.
Acme Widgets Inc. had 4,200 employees at year end.</p></body></html>"""


def test_values_tagged_in_inline_xbrl_are_left_to_the_xbrl_extractor() -> None:
    release = Document("acme.htm", _TAGGED_RELEASE.encode(), "sha256:acme", "EX-99.1", media_type="text/html")
    assert TextMetricsExtractor().accepts(release)
    read = {(o.value, o.unit) for o in TextMetricsExtractor().extract(release)}
    assert (Decimal(4200), "count") in read
    assert not any(value == Decimal(12500000) for value, _ in read)


def test_an_inline_xbrl_financial_report_is_read_for_its_prose_only() -> None:
    # Its statements (tagged) are the xbrl extractor's, and so are the untagged tables of its analysis;
    # what it says in words is tagged nowhere: "manufacturing purchase obligations of $38.4 billion".
    report = document(str(APPLE_10Q))
    assert TextMetricsExtractor().accepts(report)
    read = list(TextMetricsExtractor().extract(report))
    assert any(o.value == Decimal(38400000000) and o.unit == "USD" for o in read)
    assert not any(o.value == Decimal(95359000000) for o in read)  # total net sales, tagged in the statement
    assert all(not (o.label or "").startswith("Total net sales") for o in read)
