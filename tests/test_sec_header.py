"""The sec-header extractor against real EDGAR headers; expected values read by hand from the files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edgarkg.extractors.common import looks_like_person, normalize_cik, parse_yyyymmdd
from edgarkg.extractors.sec_header import SecHeaderExtractor, split_sic
from edgarkg.model import Address, Document, FilingInfo, Organization, Person, Position

CORPUS = Path(__file__).parent / "data" / "corpus"
EXTRACTOR = SecHeaderExtractor()


def header_bytes(relpath: str) -> bytes:
    """The header block of a submission, cut out as edgarkg.sources does it."""
    raw = (CORPUS / relpath).read_bytes()
    m = re.search(rb"<(SEC|IMS)-HEADER>(.*?)</(?:SEC|IMS)-HEADER>", raw, re.S)
    if m:
        return m.group(2)
    return raw[: raw.index(b"<DOCUMENT>")]  # .nc feed: everything before the first document


def header_doc(relpath: str, data: bytes | None = None) -> Document:
    data = header_bytes(relpath) if data is None else data
    m = re.search(rb"(\d{10}-\d{2}-\d{6})", data)
    return Document(
        source=str(CORPUS / relpath),
        data=data,
        filing_id=m.group(1).decode() if m else "sha256:test",
        doc_type="SEC-HEADER",
        sequence=0,
    )


def facts(relpath: str, data: bytes | None = None) -> list:
    return list(EXTRACTOR.extract(header_doc(relpath, data)))


def only(items: list, kind: type):
    found = [f for f in items if isinstance(f, kind)]
    assert len(found) == 1, found
    return found[0]


def orgs(items: list, role: str | None = None) -> list[Organization]:
    return [f for f in items if isinstance(f, Organization) and (role is None or f.role == role)]


EXELON = "submission/exelon_8-K_2005-04-27_0000950137-05-004969.txt"
SOUTHERN = "text-press/southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt"
CVR = "submission/cvr-energy-icahn_SC-TO-T-A_2025-01-10_0001104659-25-002604.txt"
APPLE_FORM4 = "ownership/apple_4_2022-05-06_adams_0000320193-22-000061.txt"
ARROW_NC = "ownership/arrow-electronics_4_2025-02-13_0001127602-25-004598.nc"
VEPF_NC = "other/vepf-viii-co-invest_D_2024-01-11_0002002260-24-000001.nc"
EFCAR_NC = "submission/efcar-exeter-auto-trust_ABS-15G_2025-01-10_0000929638-25-000114.nc"
PRODUCTIVITY = "ownership/productivity-technologies_4_2000-03-14_text_0001094891-00-000193.txt"
FORD_1994 = "submission/ford-motor_10-K_1994-03-21_0000037996-94-000005.txt"
COMMON_SENSE_1995 = "submission/common-sense-trust_24F-2NT_1995-12-28_0000950129-95-001652.txt"
ROCK_OF_AGES = "text-press/rock-of-ages_8-K_2000-09-27_0000084581-00-500009.txt"


def test_accepts_only_headers():
    doc = header_doc(EXELON)
    assert EXTRACTOR.accepts(doc)
    for other in ("8-K", "EX-99.1", None):
        assert not EXTRACTOR.accepts(Document(source="x", data=b"", filing_id="x", doc_type=other))


def test_exelon_filing_and_filer():
    found = facts(EXELON)
    info = only(found, FilingInfo)
    assert info.accession_number == "0000950137-05-004969"
    assert info.form_type == "8-K"
    assert info.filing_date == date(2005, 4, 27)
    assert info.period_of_report == date(2005, 4, 26)
    assert info.acceptance_datetime == "2005-04-27T12:25:50"
    assert info.items == (
        "Departure of Directors or Principal Officers; Election of Directors;"
        " Appointment of Principal Officers",
    )
    assert info.file_number == "001-16169"

    (exelon,) = orgs(found, "filer")
    assert exelon.ref.name == "EXELON CORP"
    assert exelon.ref.cik == "0001109357"
    assert (exelon.sic, exelon.sic_description) == ("4931", "ELECTRIC & OTHER SERVICES COMBINED")
    assert exelon.irs_number == "232990190"
    assert exelon.state_of_incorporation == "PA"
    assert exelon.fiscal_year_end == "1231"
    assert exelon.former_names == ()
    assert exelon.addresses == (
        Address(
            kind="business",
            street1="10 S DEARBORN ST 37TH FLR",
            street2="PO BOX A-3005",
            city="CHICAGO",
            region="IL",
            postal_code="60690-3005",
            phone="3123947399",
        ),
        Address(kind="mail", street1="P O BOX 767", city="CHICAGO", region="IL", postal_code="60690"),
    )


def test_provenance_points_at_the_header_lines():
    doc = header_doc(EXELON)
    found = list(EXTRACTOR.extract(doc))
    for fact in found:
        assert fact.prov.document == doc.id
        assert (fact.prov.extractor, fact.prov.version) == ("sec-header", "1.0")
        start, end = map(int, fact.prov.locator.removeprefix("char=").split(","))
        assert 0 <= start < end <= len(doc.text)
    info = only(found, FilingInfo)
    start, end = map(int, info.prov.locator.removeprefix("char=").split(","))
    assert doc.text[start:].startswith(
        "<ACCEPTANCE-DATETIME>20050427122550\nACCESSION NUMBER:\t\t0000950137-05-004969"
    )
    assert "FILED AS OF DATE:\t\t20050427" in doc.text[start:end]
    assert "CONFORMED SUBMISSION TYPE:\t8-K" in info.prov.evidence
    org = orgs(found)[0]
    start, end = map(int, org.prov.locator.removeprefix("char=").split(","))
    assert doc.text[start:end].startswith("FILER:")
    assert "COMPANY CONFORMED NAME:\t\t\tEXELON CORP" in doc.text[start:end]
    assert org.prov.evidence == doc.text[start:end]


def test_southern_company_joint_filing_has_seven_filers():
    found = facts(SOUTHERN)
    filers = orgs(found, "filer")
    assert [(o.ref.name, o.ref.cik) for o in filers] == [
        ("ALABAMA POWER CO", "0000003153"),
        ("MISSISSIPPI POWER CO", "0000066904"),
        ("SAVANNAH ELECTRIC & POWER CO", "0000086940"),
        ("GEORGIA POWER CO", "0000041091"),
        ("SOUTHERN CO", "0000092122"),
        ("GULF POWER CO", "0000044545"),
        ("SOUTHERN POWER CO", "0001160661"),
    ]
    assert {(o.sic, o.sic_description) for o in filers} == {("4911", "ELECTRIC SERVICES")}
    by_name = {o.ref.name: o for o in filers}
    assert by_name["GULF POWER CO"].state_of_incorporation == "ME"
    assert by_name["GULF POWER CO"].addresses[0].postal_code == "32520-0102"
    southern_power = by_name["SOUTHERN POWER CO"]
    assert southern_power.state_of_incorporation is None and southern_power.fiscal_year_end is None
    assert [a.city for a in southern_power.addresses] == ["BIRMINGHAM", "ATLANTA"]
    assert southern_power.addresses[1].street2 == "NE BIN 10116"
    info = only(found, FilingInfo)
    assert info.items == ("Results of Operations and Financial Condition",)
    assert info.file_number == "001-03164"  # the first filer's (Alabama Power)


def test_tender_offer_subject_company_and_filed_by():
    found = facts(CVR)
    info = only(found, FilingInfo)
    assert info.form_type == "SC TO-T/A"
    assert info.filing_date == date(2025, 1, 10)
    assert info.period_of_report is None
    subject = orgs(found, "subject-company")
    assert len(subject) == 1  # listed twice in the header, once per form type
    assert (subject[0].ref.name, subject[0].ref.cik) == ("CVR ENERGY INC", "0001376139")
    assert subject[0].irs_number is None  # "000000000" is EDGAR's placeholder
    assert (subject[0].sic, subject[0].sic_description) == ("2911", "PETROLEUM REFINING")
    (filed_by,) = orgs(found, "filed-by")
    assert (filed_by.ref.name, filed_by.ref.cik) == ("ICAHN ENTERPRISES HOLDINGS L.P.", "0001034563")
    assert filed_by.irs_number == "133398767"
    assert filed_by.former_names == (("AMERICAN REAL ESTATE HOLDINGS L P", date(1998, 3, 11)),)
    assert filed_by.addresses[0].city == "SUNNY ISLES"


def test_form4_reporting_owner_is_a_person_and_issuer_an_organization():
    found = facts(APPLE_FORM4)
    owner = only(found, Person)
    assert owner.role == "reporting-owner"
    assert (owner.ref.name, owner.ref.cik) == ("Adams Katherine L.", "0001462356")
    assert owner.addresses == (
        Address(
            kind="mail",
            street1="APPLE INC.",
            street2="1 INFINITE LOOP",
            city="CUPERTINO",
            region="CA",
            postal_code="95014",
        ),
    )
    (issuer,) = orgs(found, "issuer")
    assert (issuer.ref.name, issuer.ref.cik) == ("Apple Inc.", "0000320193")
    assert issuer.fiscal_year_end == "0924"
    assert issuer.former_names == (
        ("APPLE INC", date(2007, 1, 9)),
        ("APPLE COMPUTER INC", date(1997, 8, 8)),
    )
    assert only(found, FilingInfo).period_of_report == date(2022, 5, 4)


def test_nc_feed_reporting_owner_and_issuer():
    found = facts(ARROW_NC)
    info = only(found, FilingInfo)
    assert (info.accession_number, info.form_type) == ("0001127602-25-004598", "4")
    assert (info.filing_date, info.period_of_report) == (date(2025, 2, 13), date(2025, 2, 12))
    assert info.file_number == "001-04482"
    owner = only(found, Person)
    assert (owner.ref.name, owner.ref.cik, owner.role) == (
        "Jean-Claude Carine Lamercie",
        "0001870985",
        "reporting-owner",
    )
    assert owner.addresses[0].street1 == "9151 E PANORAMA CIR"
    (issuer,) = orgs(found, "issuer")
    assert (issuer.ref.name, issuer.ref.cik) == ("ARROW ELECTRONICS, INC.", "0000007536")
    assert (issuer.sic, issuer.sic_description) == ("5065", None)
    assert (issuer.irs_number, issuer.state_of_incorporation) == ("111806155", "NY")
    assert [a.kind for a in issuer.addresses] == ["business", "mail"]
    assert issuer.addresses[0].phone == "303-824-4000"
    assert issuer.former_names == (
        ("ARROW ELECTRONICS, INC", date(2022, 11, 17)),
        ("ARROW ELECTRONICS INC", date(1992, 7, 3)),
    )


def test_nc_feed_items_and_placeholder_irs_number():
    found = facts(VEPF_NC)
    info = only(found, FilingInfo)
    assert info.items == ("06b", "3C", "3C.7")
    assert (info.form_type, info.filing_date, info.file_number) == ("D", date(2024, 1, 11), "021-502201")
    (filer,) = orgs(found, "filer")
    assert (filer.ref.name, filer.ref.cik) == ("VEPF VIII Co-Invest 4-A, L.P.", "0002002260")
    assert filer.irs_number is None


def test_nc_feed_asset_backed_parties():
    found = facts(EFCAR_NC)
    assert [(o.role, o.ref.name) for o in orgs(found)] == [
        ("filer", "EFCAR, LLC"),
        ("depositor", "EFCAR, LLC"),
        ("securitizer", "EFCAR, LLC"),
        ("issuing-entity", "Exeter Automobile Receivables Trust 2025-1"),
    ]
    assert orgs(found, "issuing-entity")[0].ref.cik == "0002049379"
    assert only(found, FilingInfo).items == ("2.01",)


def test_2000_text_form4_header_with_tagged_reporting_owner():
    found = facts(PRODUCTIVITY)
    (subject,) = orgs(found, "subject-company")
    assert (subject.ref.name, subject.ref.cik) == ("PRODUCTIVITY TECHNOLOGIES CORP /", "0000911787")
    assert subject.former_names == (("PRODUCTIVITY TECHNOLOGIES CORP /DE", date(1996, 6, 7)),)
    assert subject.addresses[1].street1 == "C/O SAMUEL N SIEDMAN & CO"
    owner = only(found, Person)
    assert (owner.ref.name, owner.ref.cik) == ("FOSTER ALAN H", "0001050609")
    assert owner.addresses[0].street2 == "509 MADISON AVE"
    position = only(found, Position)
    assert position.person == owner.ref
    assert position.organization.cik == "0000911787"
    assert (position.title, position.role) == ("Director", "director")
    assert only(found, FilingInfo).period_of_report == date(2000, 2, 29)


def test_1994_ims_header():
    found = facts(FORD_1994)
    info = only(found, FilingInfo)
    assert (info.accession_number, info.form_type) == ("0000037996-94-000005", "10-K")
    assert (info.filing_date, info.period_of_report) == (date(1994, 3, 21), date(1993, 12, 31))
    assert info.acceptance_datetime is None
    assert info.file_number == "001-03950"
    (ford,) = orgs(found, "filer")
    assert (ford.ref.name, ford.ref.cik) == ("FORD MOTOR CO", "0000037996")
    assert (ford.sic, ford.sic_description) == ("3711", None)  # a bare code, no description yet in 1994
    assert ford.irs_number == "380549190"
    assert ford.addresses == (
        Address(
            kind="business",
            street1="THE AMERICAN RD",
            city="DEARBORN",
            region="MI",
            postal_code="48121",
            phone="3133223000",
        ),
    )


def test_1995_header_with_empty_sic():
    found = facts(COMMON_SENSE_1995)
    info = only(found, FilingInfo)
    assert (info.form_type, info.period_of_report, info.file_number) == (
        "24F-2NT",
        date(1995, 10, 31),
        "033-11716",
    )
    (trust,) = orgs(found, "filer")
    assert (trust.ref.name, trust.ref.cik) == ("COMMON SENSE TRUST", "0000810271")
    assert (trust.sic, trust.sic_description) == (None, None)  # "STANDARD INDUSTRIAL CLASSIFICATION: []"
    assert (trust.state_of_incorporation, trust.fiscal_year_end) == ("MA", "1031")


def test_header_with_broken_lines_and_stray_closing_tags():
    (rock,) = orgs(facts(ROCK_OF_AGES), "filer")
    assert rock.sic == "3281"  # "[3281" with the "]" wrapped onto the next line
    assert rock.irs_number == "030153200"  # read from that next line, "]\t\tIRS NUMBER: ..."
    assert [a.street1 for a in rock.addresses] == ["369 NORTH STATE STREET", "369 NO STATE STREET"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ELECTRIC SERVICES [4911]", ("4911", "ELECTRIC SERVICES")),
        ("3711", ("3711", None)),
        ("[]", (None, None)),
        ("[3281", ("3281", None)),
        ("", (None, None)),
    ],
)
def test_split_sic(value, expected):
    assert split_sic(value) == expected


def test_reporting_owner_that_is_a_company():
    data = header_bytes(APPLE_FORM4)
    as_fund = data.replace(b"Adams Katherine L.", b"MITHRIL GP LP")
    (owner,) = orgs(facts(APPLE_FORM4, as_fund), "reporting-owner")
    assert (owner.ref.name, owner.ref.cik) == ("MITHRIL GP LP", "0001462356")
    # a person-like name with an IRS number in OWNER DATA is an organisation too
    with_irs = data.replace(
        b"CENTRAL INDEX KEY:\t\t\t0001462356",
        b"CENTRAL INDEX KEY:\t\t\t0001462356\n\t\tIRS NUMBER:\t\t\t\t942404110",
    )
    assert orgs(facts(APPLE_FORM4, with_irs), "reporting-owner")[0].irs_number == "942404110"


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Adams Katherine L.", True),
        ("FOSTER ALAN H", True),
        ("Jean-Claude Carine Lamercie", True),
        ("O'BRIEN JOHN /CA/", True),
        ("MITHRIL GP LP", False),
        ("BERKSHIRE HATHAWAY INC", False),
        ("Thiel Peter Andreas Trust", False),
        ("ICAHN", False),
        ("SMITH & JONES", False),
        ("FUND 3 LP", False),
    ],
)
def test_looks_like_person(name, person):
    assert looks_like_person(name) is person


def test_cik_and_date_normalisation():
    assert normalize_cik("320193") == "0000320193"
    assert [normalize_cik(v) for v in ("00011O9357", "", "0000000000", "12345678901")] == [None] * 4
    assert parse_yyyymmdd("20050427") == date(2005, 4, 27)
    assert [parse_yyyymmdd(v) for v in ("20031341", "20070230", "2005-04-27", "")] == [None] * 4


# --- bad input: partial output, never an exception ------------------------


def test_garbled_cik_is_dropped_but_the_company_kept():
    data = header_bytes(EXELON).replace(b"0001109357", b"00011O9357")
    (exelon,) = orgs(facts(EXELON, data))
    assert exelon.ref.name == "EXELON CORP"
    assert exelon.ref.cik is None


def test_impossible_dates_are_dropped():
    data = header_bytes(APPLE_FORM4)
    data = data.replace(b"FILED AS OF DATE:\t\t20220506", b"FILED AS OF DATE:\t\t20031341")
    data = data.replace(b"DATE OF NAME CHANGE:\t20070109", b"DATE OF NAME CHANGE:\t20070230")
    found = facts(APPLE_FORM4, data)
    info = only(found, FilingInfo)
    assert info.filing_date is None
    assert info.period_of_report == date(2022, 5, 4)
    assert orgs(found, "issuer")[0].former_names[0] == ("APPLE INC", None)


def test_truncated_header_gives_what_it_has():
    data = header_bytes(EXELON)
    cut = data[: data.index(b"\t\tCITY:")]  # ends inside the business address
    found = facts(EXELON, cut)
    assert only(found, FilingInfo).accession_number == "0000950137-05-004969"
    (exelon,) = orgs(found)
    assert exelon.ref.cik == "0001109357"
    assert exelon.addresses == (
        Address(kind="business", street1="10 S DEARBORN ST 37TH FLR", street2="PO BOX A-3005"),
    )
    # cut before the submission type: no filing without a form type, and no error
    assert facts(EXELON, data[: data.index(b"CONFORMED SUBMISSION TYPE")]) == []


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\xff\xfe garbage",
        b"FILER:\n\tCOMPANY DATA:\n",
        b"<SUBMISSION><FILER><COMPANY-DATA><CIK>abc",
    ],
)
def test_junk_yields_nothing(data):
    assert facts(EXELON, data) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(header_bytes(SOUTHERN).splitlines(keepends=True)), max_size=60),
    st.binary(max_size=40),
)
def test_shuffled_header_lines_never_raise(lines, noise):
    """Header lines in any order, mixed with noise: output may be partial, but CIKs stay well formed."""
    for fact in facts(SOUTHERN, b"".join(lines) + noise):
        ref = getattr(fact, "ref", None)
        if ref is not None and ref.cik is not None:
            assert re.fullmatch(r"\d{10}", ref.cik)
