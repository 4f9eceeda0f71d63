"""Form 13F-HR: the cover and information table of a real filing, the value scale, bad input.

Expected values were read from tests/data/corpus/other/lts-one_13F-HR_2023_0001894188-23-000007.txt.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from edgarkg import registry
from edgarkg.extractors.form13f import Form13FExtractor, values_in_dollars
from edgarkg.model import (
    FILER,
    Document,
    FilingInfo,
    Observation,
    Organization,
    OrgRef,
    PersonRef,
    Position,
    content_id,
)
from edgarkg.sources import iter_documents

SUBMISSION = (
    Path(__file__).parent / "data" / "corpus" / "other" / "lts-one_13F-HR_2023_0001894188-23-000007.txt"
)
LTS = OrgRef(name="LTS One Management LP", cik="0001894188")


def documents() -> tuple[Document, Document]:
    docs = [d for d in iter_documents([SUBMISSION]) if isinstance(d, Document)]
    cover = next(d for d in docs if d.doc_type == "13F-HR")
    table = next(d for d in docs if d.doc_type == "INFORMATION TABLE")
    return cover, table


def of(kind: type, found: list) -> list:
    return [f for f in found if isinstance(f, kind)]


def read_filing() -> tuple[list, list]:
    """Both documents through one extractor, in submission order, as the pipeline runs them."""
    ex = Form13FExtractor()
    cover, table = documents()
    assert ex.accepts(cover) and ex.accepts(table)
    return list(ex.extract(cover)), list(ex.extract(table))


def test_cover_filer_period_and_signer():
    cover, _ = read_filing()
    info = of(FilingInfo, cover)[0]
    assert (info.form_type, info.period_of_report, info.file_number) == (
        "13F-HR",
        date(2023, 9, 30),
        "028-22111",
    )
    filer = of(Organization, cover)[0]
    assert (filer.ref, filer.role) == (LTS, "filer")
    assert filer.addresses[0].street1 == "650 MADISON AVENUE, 15TH FLOOR"
    (signer,) = of(Position, cover)
    assert (signer.person, signer.organization, signer.title) == (
        PersonRef("James P Gallagher"),
        LTS,
        "Chief Compliance Officer",
    )


def test_information_table_rows():
    cover, table = read_filing()
    issuers = of(Organization, table)
    assert len(issuers) == 14  # 14 <infoTable> rows, as the cover's tableEntryTotal says
    amazon = next(o for o in issuers if o.ref.name == "AMAZON COM INC")
    assert amazon.cusip == "023135106" and amazon.role is None
    rows = {(o.subject.name, o.metric): o for o in of(Observation, table)}
    assert len(rows) == 28
    value = rows[("AMAZON COM INC", "ekg:holding-value")]
    assert (value.value, value.unit, value.instant, value.owner) == (
        Decimal(17479000),
        "USD",
        date(2023, 9, 30),
        LTS,
    )
    assert dict(value.dimensions) == {
        "ekg:security": "COM",
        "ekg:cusip": "023135106",
        "ekg:investmentDiscretion": "SOLE",
    }
    assert value.prov.locator == "/informationTable/infoTable[1]/value"
    shares = rows[("AMAZON COM INC", "ekg:holding-shares")]
    assert (shares.value, shares.unit) == (Decimal(137500), "shares")
    adr = rows[("FOMENTO ECONOMICO MEXICANO S", "ekg:holding-value")]
    assert dict(adr.dimensions)["ekg:security"] == "SPON ADR UNITS"
    # the cover's tableValueTotal is the sum of the rows, in the same (dollar) unit
    total = next(o for o in of(Observation, cover) if o.metric == "ekg:holdings-total-value")
    assert total.value == Decimal(454926000)
    assert sum(o.value for o in of(Observation, table) if o.metric == "ekg:holding-value") == total.value


@pytest.mark.parametrize(
    ("signed", "period", "dollars"),
    [
        (date(2023, 11, 14), date(2023, 9, 30), True),
        (None, date(2022, 12, 31), True),  # filed in 2023 at the earliest
        (date(2022, 11, 10), date(2022, 9, 30), False),
        (date(2023, 3, 1), date(2022, 6, 30), True),  # an old period amended after the change
        (None, date(2022, 6, 30), None),
        (None, None, None),
    ],
)
def test_value_scale_rule(signed, period, dollars):
    assert values_in_dollars(signed, period) is dollars


def _cover_of_2022(cover: Document) -> Document:
    old = cover.data.replace(b"09-30-2023", b"06-30-2022").replace(b"11-14-2023", b"08-12-2022")
    return Document("old", old, cover.filing_id, doc_type="13F-HR", media_type="application/xml")


def test_a_2022_table_is_in_thousands():
    cover, table = documents()
    # the same holdings as a 2022 filer wrote them: 17,479,000 dollars → "17479" thousands
    in_thousands = re.sub(rb"<ns1:value>(\d+)000</ns1:value>", rb"<ns1:value>\1</ns1:value>", table.data)
    assert b"<ns1:value>17479</ns1:value>" in in_thousands
    ex = Form13FExtractor()
    found = list(ex.extract(_cover_of_2022(cover)))
    assert not [
        o for o in of(Observation, found) if o.metric == "ekg:holdings-total-value"
    ]  # unit unknown yet
    found = list(ex.extract(Document("t", in_thousands, cover.filing_id, media_type="application/xml")))
    value = next(o for o in of(Observation, found) if o.metric == "ekg:holding-value")
    assert (value.value, value.label, value.instant) == (
        Decimal(17479000),
        "value (x$1000)",
        date(2022, 6, 30),
    )
    assert value.prov.confidence == 1


def test_a_2022_table_written_in_dollars_is_not_multiplied():
    """Some filers reported dollars before the rule changed: $127,120 a share is no price."""
    cover, table = documents()
    ex = Form13FExtractor()
    list(ex.extract(_cover_of_2022(cover)))
    value = next(o for o in of(Observation, ex.extract(table)) if o.metric == "ekg:holding-value")
    assert value.value == Decimal(17479000) and value.prov.confidence < 1
    assert "dollars" in value.label


def test_a_table_without_its_cover_scales_by_its_own_prices():
    _, table = documents()
    found = list(Form13FExtractor().extract(table))  # a fresh extractor: no cover seen
    value = next(o for o in of(Observation, found) if o.metric == "ekg:holding-value")
    # 17,479,000 / 137,500 shares = $127 a share: dollars
    assert (value.value, value.owner, value.instant) == (Decimal(17479000), FILER, None)
    assert value.prov.confidence < 1


def test_principal_amounts_and_options():
    data = b"""<?xml version="1.0"?>
<informationTable xmlns="http://www.sec.gov/edgar/document/thirteenf/informationtable">
  <infoTable><nameOfIssuer>ACME CORP</nameOfIssuer><titleOfClass>NOTE 2.5% 2030</titleOfClass>
    <cusip>000360AB2</cusip><value>1030000</value>
    <shrsOrPrnAmt><sshPrnamt>1000000</sshPrnamt><sshPrnamtType>PRN</sshPrnamtType></shrsOrPrnAmt>
    <investmentDiscretion>DFND</investmentDiscretion><otherManager>1,2</otherManager>
    <votingAuthority><Sole>0</Sole><Shared>0</Shared><None>0</None></votingAuthority></infoTable>
  <infoTable><nameOfIssuer>ACME CORP</nameOfIssuer><titleOfClass>COM</titleOfClass>
    <cusip>000360206</cusip><value>250000</value>
    <shrsOrPrnAmt><sshPrnamt>5000</sshPrnamt><sshPrnamtType>SH</sshPrnamtType></shrsOrPrnAmt>
    <putCall>Put</putCall><investmentDiscretion>SOLE</investmentDiscretion>
    <votingAuthority><Sole>5000</Sole><Shared>0</Shared><None>0</None></votingAuthority></infoTable>
</informationTable>"""
    doc = Document(
        "t.xml", data, content_id(data), doc_type="INFORMATION TABLE", media_type="application/xml"
    )
    found = list(Form13FExtractor().extract(doc))
    assert [(o.ref.name, o.cusip) for o in of(Organization, found)] == [
        ("ACME CORP", "000360AB2"),
        ("ACME CORP", "000360206"),
    ]
    amounts = {(o.unit, o.value, dict(o.dimensions).get("ekg:putCall")) for o in of(Observation, found)
               if o.metric == "ekg:holding-shares"}  # fmt: skip
    assert amounts == {("principal", Decimal(1000000), None), ("shares", Decimal(5000), "Put")}
    note = next(o for o in of(Observation, found) if o.unit == "principal")
    assert dict(note.dimensions)["ekg:otherManager"] == "1,2"


def test_truncated_table_keeps_complete_rows_and_says_where_it_broke():
    _, table = documents()
    cut = table.data[: table.data.index(b"<ns1:value>7689") + len(b"<ns1:value>7689")]
    got = []
    with pytest.raises(ValueError, match=r"not well-formed at line \d+"):
        for fact in Form13FExtractor().extract(Document("cut", cut, "cut", media_type="application/xml")):
            got.append(fact)
    names = [o.ref.name for o in of(Organization, got)]
    assert names == ["AMAZON COM INC", "COSTAR GROUP INC"]
    # CoStar's value was cut at "7689": no value for it, only Amazon's two figures
    assert [(o.subject.name, o.metric) for o in of(Observation, got)] == [
        ("AMAZON COM INC", "ekg:holding-value"),
        ("AMAZON COM INC", "ekg:holding-shares"),
    ]


def test_not_xml_is_a_clear_error():
    doc = Document("bad", b"<informationTable><infoTable>", "bad", media_type="application/xml")
    assert Form13FExtractor().accepts(doc)
    with pytest.raises(ValueError, match="not well-formed"):
        list(Form13FExtractor().extract(doc))


def test_accepts_13f_documents_only():
    ex = Form13FExtractor()
    jushi = SUBMISSION.parent / "jushi-holdings_SC-13G_2025_marex.xml"
    data = jushi.read_bytes()
    assert not ex.accepts(Document(str(jushi), data, content_id(data), media_type="application/xml"))
    assert isinstance(registry.get("form13f"), Form13FExtractor)
