"""Schedules 13D/13G: the XML forms against gold and by hand, the older HTML cover pages, bad input.

Expected values were read from the filings (tests/data/corpus/other) and the jushi gold file.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from edgarkg import registry
from edgarkg.extractors.schedule13 import Schedule13Extractor, _figure
from edgarkg.mapping.iris import normalise_org_name
from edgarkg.model import (
    Document,
    FilingInfo,
    Observation,
    Organization,
    OrgRef,
    Person,
    PersonRef,
    Position,
    content_id,
)
from edgarkg.sources import iter_documents

DATA = Path(__file__).parent / "data"
OTHER = DATA / "corpus" / "other"
EX = Schedule13Extractor()
JUSHI = "jushi-holdings_SC-13G_2025_marex.xml"
AADI = "aadi-bioscience_SC-13D_2024_bml.xml"
LIVENT = "livent_SC-13G_event-2023-12-29.htm"


def corpus_doc(name: str) -> Document:
    docs = [
        d for d in iter_documents([OTHER / name]) if isinstance(d, Document) and d.doc_type != "SEC-HEADER"
    ]
    assert len(docs) == 1
    return docs[0]


def xml_doc(data: bytes) -> Document:
    return Document(source="test.xml", data=data, filing_id=content_id(data), media_type="application/xml")


def facts(name: str) -> list:
    doc = corpus_doc(name)
    assert EX.accepts(doc)
    return list(EX.extract(doc))


def of(kind: type, found: list) -> list:
    return [f for f in found if isinstance(f, kind)]


# --- XML, against gold ------------------------------------------------------------------------


def test_jushi_gold_companies_people_and_metrics():
    gold = json.loads((DATA / "gold" / "other" / "jushi-holdings_SC-13G_2025_marex.json").read_text())
    found = facts(JUSHI)
    names = {normalise_org_name(f.ref.name) for f in of(Organization, found)}
    for company in gold["companies"]:
        assert normalise_org_name(company["name"]) in names
    assert len(names) == len(gold["companies"])  # nothing beyond the gold list

    positions = {
        (p.person.name, normalise_org_name(p.organization.name), p.title) for p in of(Position, found)
    }
    assert positions == {
        (p["name"], normalise_org_name(p["organization"]), p["title"]) for p in gold["people"]
    }

    def matches(obs: Observation, entry: dict) -> bool:
        entities = {normalise_org_name(e) for e in [entry["entity"], *entry.get("alt_entities", [])]}
        return (
            normalise_org_name(obs.subject.name) in entities
            and obs.unit == entry["unit"]
            and abs(float(obs.value) - entry["value"]) <= 0.005 * abs(entry["value"])
            and obs.instant == date.fromisoformat(entry["period_end"])
        )

    observations = of(Observation, found)
    for entry in gold["metrics"]:  # recall: each gold metric, for its own reporting person
        owner = entry["about"].split(" by ")[-1]
        assert any(matches(o, entry) and o.owner.name == owner for o in observations), entry
    allowed = gold["metrics"] + gold["optional_metrics"]
    assert all(any(matches(o, e) for e in allowed) for o in observations)  # metrics_precision is true


def test_blank_line_before_the_xml_declaration_is_read():
    raw = (OTHER / JUSHI).read_bytes()
    assert raw.startswith(b"\n<?xml")
    doc = xml_doc(raw)  # as a standalone file: no wrapper stripping done for us
    assert EX.accepts(doc)
    found = list(EX.extract(doc))
    info = of(FilingInfo, found)[0]
    assert (info.form_type, info.period_of_report) == ("SCHEDULE 13G", date(2025, 11, 19))
    issuer = next(o for o in of(Organization, found) if o.role == "subject-company")
    assert issuer.ref == OrgRef(name="Jushi Holdings Inc.", cik="0001909747")
    assert issuer.cusip == "48213Y107"
    assert issuer.prov.locator == "/edgarSubmission/formData/coverPageHeader/issuerInfo/issuerName"


def test_13d_individual_reporting_person_is_a_person_and_entities_are_organisations():
    found = facts(AADI)
    assert of(FilingInfo, found)[0].period_of_report == date(2024, 12, 31)
    people = of(Person, found)
    assert [(p.ref, p.role) for p in people] == [
        (PersonRef("Leonard Braden Michael", "0001373603"), "reporting-owner")
    ]
    partnership = next(o for o in of(Organization, found) if o.role == "reporting-owner")
    assert partnership.ref == OrgRef(name="BML Investment Partners, L.P.", cik="0001373604")
    assert partnership.state_of_incorporation == "DE"
    by_owner = {(o.owner.name, o.metric): (o.value, o.unit) for o in of(Observation, found)}
    assert by_owner[("Leonard Braden Michael", "ekg:percent-of-class")] == (Decimal("9.9"), "percent")
    assert by_owner[("Leonard Braden Michael", "ekg:shares-beneficially-owned")] == (
        Decimal(2435000),
        "shares",
    )
    assert by_owner[("Leonard Braden Michael", "ekg:sole-voting-power")] == (Decimal(335000), "shares")
    assert by_owner[("BML Investment Partners, L.P.", "ekg:shared-dispositive-power")] == (
        Decimal(2100000),
        "shares",
    )
    assert all(
        o.subject == OrgRef(name="Aadi Bioscience, Inc.", cik="0001422142") for o in of(Observation, found)
    )


def test_13d_signature_title_naming_its_own_organisation():
    found = facts(AADI)
    # "Braden M Leonard - Managing Member of BML Capital Management, LLC", signing for the partnership;
    # his signature for himself (title = his name) is no position
    assert [(p.person.name, p.organization.name, p.title) for p in of(Position, found)] == [
        ("Braden M Leonard", "BML Capital Management, LLC", "Managing Member")
    ]
    assert OrgRef(name="BML Capital Management, LLC") in {o.ref for o in of(Organization, found)}


# --- HTML cover pages --------------------------------------------------------------------------


def test_livent_html_cover_pages():
    doc = corpus_doc(LIVENT)
    assert doc.doc_type == "SC 13G" and doc.media_type == "text/html"
    found = facts(LIVENT)
    info = of(FilingInfo, found)[0]
    assert (info.form_type, info.period_of_report) == ("SC 13G", date(2023, 12, 29))
    issuer = next(o for o in of(Organization, found) if o.role == "subject-company")
    assert (issuer.ref.name, issuer.cusip) == ("Livent Corporation", "53814L108")
    owners = {
        (type(f).__name__, f.ref.name) for f in found if isinstance(f, Organization | Person) and f.role
    }
    assert owners == {
        ("Organization", "Livent Corporation"),
        ("Organization", "ICS Opportunities, Ltd."),
        ("Organization", "Millennium Management LLC"),
        ("Organization", "Millennium Group Management LLC"),
        ("Person", "Israel A. Englander"),
    }
    observations = of(Observation, found)
    assert len(observations) == 4 * 6  # rows 5-9 and 11 of four cover pages
    assert {(o.metric, o.value, o.unit) for o in observations if o.owner.name == "Israel A. Englander"} == {
        ("ekg:sole-voting-power", Decimal(0), "shares"),
        ("ekg:shared-voting-power", Decimal(0), "shares"),
        ("ekg:sole-dispositive-power", Decimal(0), "shares"),
        ("ekg:shared-dispositive-power", Decimal(0), "shares"),
        ("ekg:shares-beneficially-owned", Decimal(0), "shares"),
        ("ekg:percent-of-class", Decimal("0.0"), "percent"),
    }
    assert all(
        o.instant == date(2023, 12, 29) and o.subject.name == "Livent Corporation" for o in observations
    )
    percent = next(o for o in observations if o.metric == "ekg:percent-of-class")
    start, end = (int(n) for n in percent.prov.locator.removeprefix("char=").split(","))
    assert "0.0%" in doc.text[start:end]


def test_livent_signatures_belong_to_the_organisation_signed_through():
    found = facts(LIVENT)
    # ICS signs "By: Millennium Management LLC, its Investment Manager"; the blocks repeat in Exhibit I
    assert sorted((p.person.name, p.organization.name, p.title) for p in of(Position, found)) == [
        ("Gil Raviv", "Millennium Group Management LLC", "Global General Counsel"),
        ("Gil Raviv", "Millennium Management LLC", "Global General Counsel"),
    ]


def test_plain_text_13d_cover_numbered_its_own_way():
    text = """
                                  SCHEDULE 13D
                    Under the Securities Exchange Act of 1934
                               (Amendment No. 2)

                               ACME WIDGETS, INC.
                                (Name of Issuer)
                          Common Stock, $.01 par value
                         (Title of Class of Securities)
                                   004567108
                                 (CUSIP Number)
                                  March 3, 2004
             (Date of Event Which Requires Filing of this Statement)

(1)  NAME OF REPORTING PERSON
     S.S. OR I.R.S. IDENTIFICATION NO. OF ABOVE PERSON
     Foo Capital Partners, L.P.   13-1234567
(2)  CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP     (a) [ ]  (b) [X]
(3)  SEC USE ONLY
(4)  SOURCE OF FUNDS   WC
(5)  CHECK BOX IF DISCLOSURE OF LEGAL PROCEEDINGS IS REQUIRED PURSUANT TO ITEMS 2(d) OR 2(e)  [ ]
(6)  CITIZENSHIP OR PLACE OF ORGANIZATION   Delaware
(7)  SOLE VOTING POWER          1,250,000
(8)  SHARED VOTING POWER        None
(9)  SOLE DISPOSITIVE POWER     1,250,000
(10) SHARED DISPOSITIVE POWER   -0-
(11) AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON   1,250,000
(12) CHECK BOX IF THE AGGREGATE AMOUNT IN ROW (11) EXCLUDES CERTAIN SHARES  [ ]
(13) PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)   12.7%
(14) TYPE OF REPORTING PERSON   PN

Item 1. Security and Issuer
Item 2. Identity and Background
     The names of reporting persons are given on the cover pages; the sole voting power
     of 1,250,000 shares is described in Item 5.
"""
    data = text.encode()
    doc = Document("test.txt", data, content_id(data), doc_type=None, media_type="text/plain")
    assert EX.accepts(doc)
    found = list(EX.extract(doc))
    info = of(FilingInfo, found)[0]
    assert (info.form_type, info.period_of_report) == ("SC 13D/A", date(2004, 3, 3))
    (owner,) = [o for o in of(Organization, found) if o.role == "reporting-owner"]  # none from Item 2
    assert (owner.ref.name, owner.state_of_incorporation) == ("Foo Capital Partners, L.P.", "DE")
    got = {o.metric: o.value for o in of(Observation, found)}
    assert got == {
        "ekg:sole-voting-power": Decimal(1250000),
        "ekg:sole-dispositive-power": Decimal(1250000),
        "ekg:shared-dispositive-power": Decimal(0),
        "ekg:shares-beneficially-owned": Decimal(1250000),
        "ekg:percent-of-class": Decimal("12.7"),
    }  # "None" states no number: no shared voting power figure is invented


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("aggregate", " -0- (See Item 4(a))\n", (Decimal(0), None)),
        ("aggregate", " See Item 4\n", None),
        ("aggregate", " 1,234,567 shares of Common Stock\n", (Decimal(1234567), None)),
        ("percent", " (SEE INSTRUCTIONS) 5.1%\n", (Decimal("5.1"), None)),
        ("percent", " Less than 1%\n", (Decimal(1), "less-than")),
        ("percent", " 9.99%(1)\n", (Decimal("9.99"), None)),
    ],
)
def test_cover_row_figures(key, text, expected):
    assert _figure(key, text) == expected


# --- bad input, registry ------------------------------------------------------------------------------


def test_truncated_xml_gives_what_closed_before_the_cut_then_a_located_error():
    raw = (OTHER / JUSHI).read_bytes()
    cut = raw[: raw.index(b"<classPercent>5.1") + len(b"<classPercent>5.1")]
    got = []
    with pytest.raises(ValueError, match=r"line 48.*classPercent"):
        for fact in EX.extract(xml_doc(cut)):
            got.append(fact)
    assert of(FilingInfo, got) and of(Organization, got)
    first = [o for o in of(Observation, got) if o.owner.name == "Marex Securities Products Inc."]
    assert {o.metric for o in first} == {
        "ekg:sole-voting-power",
        "ekg:shared-voting-power",
        "ekg:sole-dispositive-power",
        "ekg:shared-dispositive-power",
        "ekg:shares-beneficially-owned",
    }  # the percentage was cut mid-value: not reported


def test_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE edgarSubmission [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<edgarSubmission xmlns="http://www.sec.gov/edgar/schedule13g"><headerData>'
        "<submissionType>SCHEDULE 13G</submissionType></headerData><formData><coverPageHeader>"
        "<issuerInfo><issuerName>Acme &x;</issuerName></issuerInfo></coverPageHeader></formData>"
        "</edgarSubmission>"
    ).encode()
    doc = xml_doc(data)
    assert EX.accepts(doc)
    try:
        found = list(EX.extract(doc))
    except ValueError as exc:  # a clear refusal is fine too
        assert "TOP-SECRET" not in str(exc)
        return
    assert "TOP-SECRET" not in repr(found)


def test_accepts_only_schedules_13():
    assert EX.accepts(corpus_doc(AADI)) and EX.accepts(corpus_doc(LIVENT))
    ownership = next((DATA / "corpus" / "ownership").glob("amd_4_*"))
    data = ownership.read_bytes()
    assert not EX.accepts(Document(str(ownership), data, content_id(data), media_type="application/xml"))
    other = OTHER / "lge-ku-energy_8-K_2003-03-25_0001104659-03-004925.htm"
    data = other.read_bytes()
    assert not EX.accepts(Document(str(other), data, content_id(data), media_type="text/html"))
    assert isinstance(registry.get("schedule13"), Schedule13Extractor)
