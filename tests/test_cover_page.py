"""The cover-page extractor on real 8-K / 6-K / 10-K covers, text and HTML; values read by hand."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edgarkg.extractors.common import parse_address
from edgarkg.extractors.cover_page import CoverPageExtractor
from edgarkg.model import Address, Document, FilingInfo, Organization

CORPUS = Path(__file__).parent / "data" / "corpus"
EXTRACTOR = CoverPageExtractor()


def main_doc(relpath: str) -> Document:
    """A corpus file's main form document: the first <DOCUMENT> of a submission, or the file itself."""
    path = CORPUS / relpath
    raw = path.read_bytes()
    doc_type = sequence = None
    if b"<DOCUMENT>" in raw:
        block = raw[raw.index(b"<DOCUMENT>") :]
        doc_type = re.search(rb"<TYPE>([^\r\n]+)", block).group(1).decode().strip()
        sequence = 1
        raw = re.search(rb"<TEXT>\r?\n(.*?)</TEXT>", block, re.S).group(1)
    html = path.suffix == ".htm" or re.search(rb"<html|<body", raw[:3000], re.I) is not None
    return Document(
        source=str(path),
        data=raw,
        filing_id="sha256:test",
        doc_type=doc_type,
        sequence=sequence,
        media_type="text/html" if html else "text/plain",
    )


def cover(relpath: str) -> tuple[FilingInfo, list[Organization]]:
    found = list(EXTRACTOR.extract(main_doc(relpath)))
    infos = [f for f in found if isinstance(f, FilingInfo)]
    assert len(infos) == 1, found
    return infos[0], [f for f in found if isinstance(f, Organization)]


def one_registrant(relpath: str) -> tuple[FilingInfo, Organization]:
    info, orgs = cover(relpath)
    assert len(orgs) == 1, orgs
    assert orgs[0].role == "filer"
    return info, orgs[0]


PEO = "principal-executive-offices"
MMO2 = "text-press/mmo2-6k-2003-11-17-online-customers.txt"
SOUTHERN = "text-press/southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt"


def test_accepts_main_form_documents_only():
    assert EXTRACTOR.accepts(main_doc(MMO2))  # a standalone file: no <TYPE>
    assert EXTRACTOR.accepts(main_doc(SOUTHERN))
    for doc_type in ("6-K", "8-K", "8-K/A", "10-K", "10-K405", "10-Q", "20-F", "40-F"):
        assert EXTRACTOR.accepts(Document(source="x", data=b"", filing_id="x", doc_type=doc_type))
    for doc_type in ("EX-99.1", "SEC-HEADER", "4", "DEF 14A", "SC TO-T/A"):
        assert not EXTRACTOR.accepts(Document(source="x", data=b"", filing_id="x", doc_type=doc_type))
    xml = Document(source="x.xml", data=b"<a/>", filing_id="x", media_type="application/xml")
    assert not EXTRACTOR.accepts(xml)


def test_mmo2_6k_text_cover():
    info, mmo2 = one_registrant(MMO2)
    assert info.form_type == "6-K"
    assert info.period_of_report == date(2003, 11, 17)
    assert info.annual_report_form == "20-F"
    assert info.file_number is None  # "82 ________": no 12g3-2(b) number given
    assert mmo2.ref.name == "mmO2 plc"
    assert mmo2.addresses == (
        Address(
            kind=PEO,
            street1="Wellington Street",
            city="Slough",
            region="Berkshire",
            postal_code="SL1 1YP",
            country="England",
        ),
    )


def test_provenance_points_into_the_document_text():
    doc = main_doc(MMO2)
    info, mmo2 = (f for f in EXTRACTOR.extract(doc))
    for fact in (info, mmo2):
        assert fact.prov.document == doc.id
        assert (fact.prov.extractor, fact.prov.version) == ("cover-page", "1.0")
    start, end = map(int, mmo2.prov.locator.removeprefix("char=").split(","))
    assert doc.text[start:end].strip().startswith("mmO2 plc")
    assert doc.text[start:end].rstrip().endswith("(Address of principal executive offices)")
    assert "Slough, Berkshire SL1 1YP, England" in mmo2.prov.evidence
    assert "Form 20-F..X... Form 40-F....." in info.prov.evidence


def test_html_provenance_maps_back_to_the_markup():
    doc = main_doc("text-press/buckle_8-K_2024-11-22_cover.htm")
    _, buckle = [f for f in EXTRACTOR.extract(doc)]
    start, end = map(int, buckle.prov.locator.removeprefix("char=").split(","))
    source = doc.text[start:end]
    # the name is tagged inline XBRL: "THE <ix:nonNumeric ...>BUCKLE, INC</ix:nonNumeric>."
    assert source.startswith("THE <ix:nonNumeric") and "BUCKLE, INC</ix:nonNumeric>." in source
    assert "2407 West 24th Street" in source
    assert source.endswith("(Zip Code)")


def test_combined_8k_of_seven_registrants_text():
    info, orgs = cover(SOUTHERN)
    assert info.form_type == "8-K"
    assert info.period_of_report == date(2005, 1, 25)
    assert info.file_number == "1-3526"
    assert [(o.ref.name, o.irs_number) for o in orgs] == [
        ("The Southern Company", "58-0690070"),
        ("Alabama Power Company", "63-0004250"),
        ("Georgia Power Company", "58-0257110"),
        ("Gulf Power Company", "59-0276810"),
        ("Mississippi Power Company", "64-0205820"),
        ("Savannah Electric and Power Company", "58-0418070"),
        ("Southern Power Company", "58-2598670"),
    ]
    gulf = orgs[3]
    assert gulf.state_of_incorporation == "Maine"
    assert gulf.addresses == (
        Address(
            kind=PEO,
            street1="One Energy Place",
            city="Pensacola",
            region="Florida",
            postal_code="32520",
            phone="(850) 444-6111",
        ),
    )
    assert orgs[0].addresses[0].street1 == "270 Peachtree Street, N.W."


def test_combined_8k_html_rows():
    info, orgs = cover("other/lge-ku-energy_8-K_2003-03-25_0001104659-03-004925.htm")
    assert (info.form_type, info.period_of_report, info.file_number) == ("8-K", date(2003, 3, 25), "2-26720")
    assert [(o.ref.name, o.irs_number, o.state_of_incorporation) for o in orgs] == [
        ("Louisville Gas and Electric Company", "61-0264150", "Kentucky"),
        ("Kentucky Utilities Company", "61-0247570", "Kentucky and Virginia"),
    ]
    assert orgs[1].addresses[0].city == "Lexington"
    assert orgs[1].addresses[0].postal_code == "40507-1428"


def test_single_registrant_in_a_table_cell_with_its_address():
    # Exelon's cover puts name, state, address and phone in one cell of a combined-filing table
    info, exelon = one_registrant("submission/exelon_8-K_2005-04-27_0000950137-05-004969.txt")
    assert (info.form_type, info.period_of_report, info.file_number) == ("8-K", date(2005, 4, 26), "1-16169")
    assert (exelon.ref.name, exelon.state_of_incorporation, exelon.irs_number) == (
        "EXELON CORPORATION",
        "Pennsylvania",
        "23-2990190",
    )
    address = exelon.addresses[0]
    assert (address.street1, address.city, address.region, address.postal_code, address.phone) == (
        "10 South Dearborn Street",
        "Chicago",
        "Illinois",
        "60680-5379",
        "(312) 394-7398",
    )


def test_text_columns_values_above_their_captions():
    info, sears = one_registrant("text-press/sears-roebuck_8-K_2004-07-22_0000891092-04-003383.txt")
    assert (info.form_type, info.period_of_report, info.file_number) == ("8-K", date(2004, 7, 22), "1-416")
    assert sears.ref.name == "SEARS, ROEBUCK AND CO."
    assert (sears.state_of_incorporation, sears.irs_number) == ("New York", "36-1750680")
    assert sears.addresses == (
        Address(
            kind=PEO,
            street1="3333 Beverly Road",
            city="Hoffman Estates",
            region="Illinois",
            postal_code="60179",
        ),
    )


def test_name_in_the_middle_column():
    info, food = one_registrant("submission/food-concepts_8-K_1998-02-03_0000703901-98-000003.txt")
    assert info.period_of_report == date(1998, 1, 26)
    assert food.ref.name == "Food Concepts, Inc."
    assert (food.state_of_incorporation, food.irs_number) == ("Nevada", "13-3124057")
    assert food.addresses[0].street2 == "Suite C-12"
    assert food.addresses[0].city == "Coconut Creek"


def test_tab_separated_1996_cover():
    info, apple = one_registrant("text-press/apple-computer_8-K_1996-12-24_0000320193-96-000027.txt")
    assert info.period_of_report == date(1996, 12, 24)  # "Date of Report", not the earliest event
    assert info.file_number == "0-10030"
    assert (apple.ref.name, apple.state_of_incorporation, apple.irs_number) == (
        "Apple Computer, Inc.",
        "California",
        "94-2404110",
    )
    assert apple.addresses[0].street1 == "1 Infinite Loop"


def test_1994_10k_cover():
    info, ford = one_registrant("submission/ford-motor_10-K_1994-03-21_0000037996-94-000005.txt")
    assert (info.form_type, info.period_of_report, info.file_number) == ("10-K", date(1993, 12, 31), "1-3950")
    assert (ford.ref.name, ford.state_of_incorporation, ford.irs_number) == (
        "FORD MOTOR COMPANY",
        "Delaware",
        "38-0549190",
    )
    assert ford.addresses == (
        Address(
            kind=PEO, street1="The American Road", city="Dearborn", region="Michigan", postal_code="48121"
        ),
    )


def test_html_8k_cover():
    info, buckle = one_registrant("text-press/buckle_8-K_2024-11-22_cover.htm")
    assert (info.form_type, info.period_of_report, info.file_number) == (
        "8-K",
        date(2024, 11, 22),
        "001-12951",
    )
    assert (buckle.ref.name, buckle.state_of_incorporation, buckle.irs_number) == (
        "THE BUCKLE, INC.",
        "Nebraska",
        "47-0366193",
    )
    assert buckle.addresses == (
        Address(
            kind=PEO,
            street1="2407 West 24th Street",
            city="Kearney",
            region="Nebraska",
            postal_code="68845-4915",
        ),
    )


def test_html_cover_with_a_foreign_jurisdiction():
    info, sophiris = one_registrant("text-press/sophiris-bio_8-K_2016-03-23_0001437749-16-028287.htm")
    assert (info.period_of_report, info.file_number) == (date(2016, 3, 23), "001-36054")
    assert (sophiris.ref.name, sophiris.state_of_incorporation, sophiris.irs_number) == (
        "Sophiris Bio Inc.",
        "British Columbia",
        "98-1008712",
    )
    assert sophiris.addresses == (
        Address(kind=PEO, street1="1258 Prospect Street", city="La Jolla", region="CA", postal_code="92037"),
    )


def test_html_6k_cover_with_translated_name():
    info, philips = one_registrant("text-press/koninklijke-philips_6-K_2023-01-30.htm")
    assert (info.form_type, info.period_of_report, info.annual_report_form) == (
        "6-K",
        date(2023, 1, 30),
        "20-F",
    )
    assert philips.ref.name == "KONINKLIJKE PHILIPS N.V."
    assert philips.aliases == ("Royal Philips",)
    assert philips.state_of_incorporation == "The Netherlands"
    assert philips.addresses == (
        Address(
            kind=PEO,
            street1="Breitner Center",
            street2="Amstelplein 2",
            city="Amsterdam",
            postal_code="1096 BC",
            country="The Netherlands",
        ),
    )


@pytest.mark.parametrize(
    ("relpath", "form", "report_date", "name"),
    [
        (
            "submission/amazon-com_8-K_1998-08-27_0000891020-98-001352.txt",
            "8-K",
            date(1998, 8, 12),
            "AMAZON.COM, INC.",
        ),
        (
            "submission/oracle_8-K_2019-07-10_0001193125-19-191922.txt",
            "8-K",
            date(2019, 7, 3),
            "Oracle Corporation",
        ),
        (
            "submission/nvidia_8-K_2026-03-06_0001045810-26-000024.txt",
            "8-K",
            date(2026, 3, 2),
            "NVIDIA CORPORATION",
        ),
        ("text-press/3m_8-K_2024-03-08_0000066740-24-000023.txt", "8-K", date(2024, 3, 8), "3M COMPANY"),
        (
            "text-press/atrinsic_8-K_2016-04-26_0001144204-16-096273.txt",
            "8-K",
            date(2016, 3, 25),
            "ATRINSIC, INC.",
        ),
        ("text-press/apple_8-K_2011-01-18_0001193125-11-009392.txt", "8-K", date(2011, 1, 18), "APPLE INC."),
        (
            "text-press/rock-of-ages_8-K_2000-09-27_0000084581-00-500009.txt",
            "8-K",
            date(2000, 9, 22),
            "ROCK OF AGES CORPORATION",
        ),
        (
            "proxy/perkinelmer_10-K405_2001_exec-officers_0000950135-01-000920.txt",
            "10-K405",  # the document's <TYPE>; its cover prints "FORM 10-K"
            date(2000, 12, 31),
            "PERKINELMER, INC.",
        ),
        (
            "proxy/verizon_10-K_FY2008_exec-officers.htm",
            "10-K",
            date(2008, 12, 31),
            "Verizon Communications Inc.",
        ),
        ("xbrl/apple_10-Q_2025-03-29_ixbrl.htm", "10-Q", date(2025, 3, 29), "Apple Inc."),
        ("xbrl/afc-gamma_8-K_2023-03-17_ixbrl.htm", "8-K", date(2023, 3, 17), "AFC GAMMA, INC."),
    ],
)
def test_corpus_covers(relpath, form, report_date, name):
    info, org = one_registrant(relpath)
    assert (info.form_type, info.period_of_report, org.ref.name) == (form, report_date, name)


@pytest.mark.parametrize(
    "relpath",
    ["text-press/buckle_8-K_2024-11-22_EX-99.1_press-release.htm", "ex21/apple_EX-21.1_subsidiaries.htm"],
)
def test_documents_that_are_not_covers_yield_nothing(relpath):
    assert list(EXTRACTOR.extract(main_doc(relpath))) == []


def test_registrant_is_never_a_heading():
    heading = re.compile(r"securities and exchange commission|washington|^form |current report", re.I)
    for relpath in (MMO2, SOUTHERN, "text-press/koninklijke-philips_6-K_2023-01-30.htm"):
        _, orgs = cover(relpath)
        assert orgs and not any(heading.search(o.ref.name) for o in orgs)


SIX_K_MONTHLY = """
                                   FORM 6-K
                       SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549
                       Report of Foreign Private Issuer
                      Pursuant to Rule 13a-16 or 15d-16
                    of the Securities Exchange Act of 1934
                      For the month of February 2004
                     Commission File Number: 001-12345
                      Telephone and Data Systems, Inc.
               (Translation of registrant's name into English)
                  30 North LaSalle Street, Chicago, Illinois 60602
                  (Address of principal executive offices)
   Indicate by check mark whether the registrant files or will file annual reports
   under cover of Form 20-F or Form 40-F.
                  Form 20-F  [ ]           Form 40-F  [X]
"""


def test_monthly_6k_layout():
    # the usual 6-K template: "For the month of", a file number, the name above its translation caption
    info, org = EXTRACTOR.extract(text_doc(SIX_K_MONTHLY))
    assert info.form_type == "6-K"
    assert info.period_of_report == date(2004, 2, 29)  # the month's last day
    assert (info.file_number, info.annual_report_form) == ("001-12345", "40-F")
    assert org.ref.name == "Telephone and Data Systems, Inc."  # a name, not a "(telephone number)" caption
    assert org.addresses[0].street1 == "30 North LaSalle Street"


# --- bad input ------------------------------------------------------------


def text_doc(text: str) -> Document:
    return Document(source="cover.txt", data=text.encode(), filing_id="sha256:test")


def test_cover_cut_after_the_name_gives_partial_facts():
    full = main_doc("text-press/sears-roebuck_8-K_2004-07-22_0000891092-04-003383.txt").text
    cut = full[: full.index("(Exact name of registrant") + 60]
    found = list(EXTRACTOR.extract(text_doc(cut)))
    assert [type(f).__name__ for f in found] == ["FilingInfo", "Organization"]
    assert found[0].period_of_report == date(2004, 7, 22)
    assert found[1].ref.name == "SEARS, ROEBUCK AND CO."
    assert found[1].addresses == ()


def test_6k_cut_before_the_annual_report_check():
    full = (CORPUS / MMO2).read_text()
    info, mmo2 = EXTRACTOR.extract(text_doc(full[: full.index("Indicate by check mark")]))
    assert (info.form_type, info.annual_report_form) == ("6-K", None)
    assert mmo2.addresses[0].postal_code == "SL1 1YP"
    # without the address caption there is nothing to tell the name from the address: no guess
    cut = full[: full.index("(Address of principal")]
    assert [type(f).__name__ for f in EXTRACTOR.extract(text_doc(cut))] == ["FilingInfo"]


def test_impossible_report_date_is_dropped():
    text = (CORPUS / MMO2).read_text().replace("17 November, 2003", "31 November, 2003")
    info = next(iter(EXTRACTOR.extract(text_doc(text))))
    assert info.form_type == "6-K" and info.period_of_report is None


@pytest.mark.parametrize(
    "text", ["", "FORM 8-K\n", "FORM 8-K\nCURRENT REPORT\n(Exact name of registrant", "\x00\ufffd" * 50]
)
def test_fragments_yield_no_registrant_and_no_error(text):
    assert not [f for f in EXTRACTOR.extract(text_doc(text)) if isinstance(f, Organization)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from((CORPUS / SOUTHERN).read_text().splitlines()[60:140]), max_size=50))
def test_shuffled_cover_lines_never_raise(lines):
    for fact in EXTRACTOR.extract(text_doc("\n".join(lines))):
        assert fact.prov.locator.startswith("char=")


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (
            ["1 Infinite Loop, Cupertino, California 95014"],
            Address(
                kind=PEO,
                street1="1 Infinite Loop",
                city="Cupertino",
                region="California",
                postal_code="95014",
            ),
        ),
        (
            ["02481", "45 WILLIAM STREET, WELLESLEY, MASSACHUSETTS"],
            Address(
                kind=PEO,
                street1="45 WILLIAM STREET",
                city="WELLESLEY",
                region="MASSACHUSETTS",
                postal_code="02481",
            ),
        ),
        (
            ["140 West Street New York, New York", "10007"],
            Address(
                kind=PEO, street1="140 West Street", city="New York", region="New York", postal_code="10007"
            ),
        ),
    ],
)
def test_parse_address(parts, expected):
    assert parse_address(parts, kind=PEO) == (expected,)


def test_parse_address_splits_two_offices():
    first, second = parse_address(
        [
            "521 West 57th Street New York, New York",
            "10019",
            "200 Powder Mill Road Wilmington, Delaware",
            "19803",
        ],
        kind=PEO,
    )
    assert (first.city, first.postal_code, second.street1, second.city) == (
        "New York",
        "10019",
        "200 Powder Mill Road",
        "Wilmington",
    )
