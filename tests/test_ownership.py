"""Forms 3/4/5: real filings checked by hand, malformed input, the prose parts, the registry.

Expected values were read from the filings themselves (tests/data/corpus/ownership).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from edgarkg import registry
from edgarkg.extractors.ownership import OwnershipError, OwnershipExtractor
from edgarkg.extractors.ownership_text import footnote_mentions, parse_signature
from edgarkg.model import (
    Document,
    FilingInfo,
    Observation,
    Organization,
    OrgRef,
    Person,
    PersonRef,
    Position,
    Subsidiary,
    content_id,
)
from edgarkg.sources import iter_documents

CORPUS = Path(__file__).parent / "data" / "corpus" / "ownership"
EX = OwnershipExtractor()


def _file(name: str) -> Path:
    return next(CORPUS.glob(f"{name}*"))


def form_document(name: str) -> Document:
    """The Form 3/4/5 document of a corpus file: the file itself, or cut out of its submission."""
    docs = [d for d in iter_documents([_file(name)]) if isinstance(d, Document)]
    return next(d for d in docs if d.doc_type != "SEC-HEADER")


def facts(name: str) -> list:
    doc = form_document(name)
    assert EX.accepts(doc)
    return list(EX.extract(doc))


def xml_doc(data: bytes) -> Document:
    return Document(source="test.xml", data=data, filing_id=content_id(data), media_type="application/xml")


def of(kind: type, found: list) -> list:
    return [f for f in found if isinstance(f, kind)]


def positions(found: list) -> set[tuple[str, str | None, str, str | None]]:
    return {(p.person.name, p.organization.name, p.title, p.role) for p in of(Position, found)}


def observations(found: list, metric: str) -> list[Observation]:
    return [o for o in of(Observation, found) if o.metric == metric]


# --------------------------------------------------------------------------- companies and people


def test_affirm_form3_issuer_owner_and_three_positions():
    found = facts("affirm_3")
    (info,) = of(FilingInfo, found)
    assert (info.form_type, info.period_of_report) == ("3", date(2021, 1, 13))
    (issuer,) = [o for o in of(Organization, found) if o.role == "issuer"]
    assert issuer.ref == OrgRef(name="Affirm Holdings, Inc.", cik="0001820953")
    assert issuer.ticker == "AFRM"
    (owner,) = of(Person, found)
    assert owner.ref == PersonRef(name="Levchin Max R", cik="0001539853")
    assert owner.role == "reporting-owner"
    (address,) = owner.addresses
    assert (address.street1, address.street2, address.city, address.region, address.postal_code) == (
        "C/O AFFIRM HOLDINGS, INC.",
        "650 CALIFORNIA STREET",
        "SAN FRANCISCO",
        "CA",
        "94108",
    )
    assert positions(found) == {
        ("Levchin Max R", "Affirm Holdings, Inc.", "Chief Executive Officer", "officer"),
        ("Levchin Max R", "Affirm Holdings, Inc.", "Director", "director"),
        ("Levchin Max R", "Affirm Holdings, Inc.", "10% Owner", "ten-percent-owner"),
    }
    # The attorney-in-fact who signed holds no position at the issuer.
    assert all("Castillo" not in p.person.name for p in of(Position, found))


def test_tesla_motors_officer_title_as_written():
    found = facts("tesla-motors_3")
    assert positions(found) == {
        ("Musk Elon", "TESLA MOTORS INC", "Pres, Prod Architect & Chairmn", "officer"),
        ("Musk Elon", "TESLA MOTORS INC", "Director", "director"),
        ("Musk Elon", "TESLA MOTORS INC", "10% Owner", "ten-percent-owner"),
    }


def test_apple_form4_cut_out_of_its_submission():
    found = facts("apple_4")
    (issuer,) = [o for o in of(Organization, found) if o.role == "issuer"]
    assert (issuer.ref.name, issuer.ref.cik, issuer.ticker) == ("Apple Inc.", "0000320193", "AAPL")
    assert positions(found) == {("Adams Katherine L.", "Apple Inc.", "SVP, GC and Secretary", "officer")}


def test_blacksky_seven_owners_five_entities_two_people():
    found = facts("blacksky_3")
    entities = {o.ref for o in of(Organization, found) if o.role == "reporting-owner"}
    assert entities == {
        OrgRef(name="Mithril GP LP", cik="0001881891"),
        OrgRef(name="Mithril LP", cik="0001552273"),
        OrgRef(name="Mithril II UGP LLC", cik="0001878230"),
        OrgRef(name="Mithril II GP LP", cik="0001878232"),
        OrgRef(name="MITHRIL II LP", cik="0001669609"),
    }
    assert {p.ref for p in of(Person, found)} == {
        PersonRef(name="Royan Ajay", cik="0001875614"),
        PersonRef(name="THIEL PETER", cik="0001211060"),
    }
    royan = PersonRef(name="Royan Ajay", cik="0001875614")
    issuer = OrgRef(name="BlackSky Technology Inc.", cik="0001753539")
    assert {(p.person, p.organization, p.title) for p in of(Position, found)} == {
        (royan, issuer, "10% Owner"),
        (PersonRef(name="THIEL PETER", cik="0001211060"), issuer, "10% Owner"),
        # "/s/ Ajay Royan, Authorized Person, Mithril GP LP, General Partner of Mithril LP"
        (royan, OrgRef(name="Mithril GP LP", cik="0001881891"), "Authorized Person"),
        # "/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, ..." (three signatures, one position)
        (royan, OrgRef(name="Mithril II UGP LLC", cik="0001878230"), "Managing Member"),
    }


def test_blacksky_footnote_states_merger_sub_and_former_name():
    found = facts("blacksky_3")
    (issuer,) = [o for o in of(Organization, found) if o.role == "issuer"]
    assert issuer.aliases == ("Osprey Technology Acquisition Corp.",)  # "f/k/a" in footnote F1
    mentioned = {o.ref.name for o in of(Organization, found) if o.role is None}
    assert mentioned == {"Osprey Technology Merger Sub, Inc.", "BlackSky Holdings, Inc."}
    (sub,) = of(Subsidiary, found)
    # "... a direct wholly owned subsidiary of Osprey Technology Acquisition Corp." = the issuer
    assert sub.child == OrgRef(name="Osprey Technology Merger Sub, Inc.")
    assert sub.parent == issuer.ref
    assert sub.jurisdiction == "Delaware"
    assert sub.prov.locator == "/ownershipDocument/footnotes/footnote[1]"


def test_snowflake_joint_filing_company_and_person():
    found = facts("snowflake_3")
    berkshire = OrgRef(name="BERKSHIRE HATHAWAY INC", cik="0001067983")
    assert [o.ref for o in of(Organization, found) if o.role == "reporting-owner"] == [berkshire]
    assert positions(found) == {("BUFFETT WARREN E", "Snowflake Inc.", "10% Owner", "ten-percent-owner")}
    (sub,) = of(Subsidiary, found)
    assert (sub.child, sub.parent) == (OrgRef(name="Columbia Insurance Company"), berkshire)
    # Rows of a joint filing are the group's; the first owner named is the observation's owner.
    (held,) = observations(found, "ekg:shares-owned")
    assert (held.value, held.owner, held.subject.cik) == (Decimal("6125376"), berkshire, "0001640147")


def test_linkedin_trust_owner_is_an_organization_without_positions():
    found = facts("linkedin_3")
    trust = OrgRef(name="Reid Hoffman & Michelle Yee Living Trust", cik="0001521103")
    assert [o.ref for o in of(Organization, found) if o.role == "reporting-owner"] == [trust]
    assert all(p.person.name == "Hoffman Reid" for p in of(Position, found))
    assert positions(found) == {
        ("Hoffman Reid", "LINKEDIN CORP", "Director", "director"),
        ("Hoffman Reid", "LINKEDIN CORP", "10% Owner", "ten-percent-owner"),
    }


def test_other_relationship_text_is_a_position():
    found = facts("amd_4")
    assert positions(found) == {
        ("SMITH DARLA M", "ADVANCED MICRO DEVICES INC", "Chief Accounting Officer", "other")
    }


def test_sunpower_form3_with_no_securities():
    found = facts("sunpower_3")
    assert of(Observation, found) == []
    assert positions(found) == {("Hegde Vinayak", "SUNPOWER CORP", "Director", "director")}
    (issuer,) = [o for o in of(Organization, found) if o.role == "issuer"]
    assert (issuer.ref.cik, issuer.ticker) == ("0000867773", "SPWR")


def test_ciks_are_ten_digits_everywhere():
    for path in sorted(CORPUS.iterdir()):
        if path.name.startswith("productivity"):
            continue  # the text form states no CIK
        found = facts(path.name)
        refs = [f.ref for f in found if isinstance(f, Organization | Person) and f.role]
        assert refs
        assert all(r.cik and len(r.cik) == 10 and r.cik.isdigit() for r in refs), path.name


# --------------------------------------------------------------------------- transactions


def test_apple_sales_by_hand():
    found = facts("apple_4")
    sold = observations(found, "ekg:shares-transacted")
    price = observations(found, "ekg:price-per-share")
    after = observations(found, "ekg:shares-owned-following")
    assert [o.value for o in sold] == [
        Decimal(v) for v in ("9136", "5316", "4006", "900", "1550", "1800", "2292")
    ]
    assert [o.value for o in price][:2] == [Decimal("159.94"), Decimal("160.82")]
    assert [o.value for o in after][-1] == Decimal("452334")
    first = sold[0]
    assert first.instant == date(2022, 5, 4)
    assert first.unit == "shares" and price[0].unit == "USD/shares"
    assert first.subject == OrgRef(name="Apple Inc.", cik="0000320193")
    assert first.owner == PersonRef(name="Adams Katherine L.", cik="0001462356")
    dims = dict(first.dimensions)
    assert dims["ekg:transactionCode"] == "S"
    assert dims["ekg:acquiredDisposed"] == "D"
    assert dims["ekg:security"] == "Common Stock"
    assert dims["ekg:ownership"] == "D"
    # The weighted-average footnote travels with the price it explains.
    assert "multiple trades" in (price[0].prov.evidence or "")
    assert price[0].prov.locator.endswith(
        "nonDerivativeTransaction[1]/transactionAmounts/transactionPricePerShare/value"
    )


def test_arrow_grant_and_tax_withholding_by_hand():
    found = facts("arrow-electronics_4")
    rows = [
        (dict(o.dimensions)["ekg:transactionCode"], o.value)
        for o in found
        if isinstance(o, Observation) and o.metric in ("ekg:shares-transacted", "ekg:shares-owned-following")
    ]
    assert rows == [("A", Decimal(2193)), ("A", Decimal(21878)), ("F", Decimal(1009)), ("F", Decimal(20869))]
    assert {o.value for o in observations(found, "ekg:price-per-share")} == {Decimal("106.82")}
    assert {o.instant for o in of(Observation, found)} == {date(2025, 2, 12)}
    assert positions(found) == {
        ("Jean-Claude Carine Lamercie", "ARROW ELECTRONICS, INC.", "SVP, CLO & Secretary", "officer")
    }


def test_tesla_motors_derivative_holdings_by_hand():
    found = facts("tesla-motors_3")
    underlying = observations(found, "ekg:underlying-shares")
    assert [o.value for o in underlying][:2] == [Decimal(4880343), Decimal(12162167)]
    assert all(o.instant == date(2010, 6, 28) for o in underlying)  # holdings: as of the period of report
    (option,) = [o for o in underlying if o.value == Decimal(3355986)]
    dims = dict(option.dimensions)
    assert dims["ekg:security"] == "Option to Buy (Common Stock)"
    assert dims["ekg:exerciseDate"] == "2009-12-04"
    assert dims["ekg:expirationDate"] == "2016-12-03"
    prices = observations(found, "ekg:conversion-or-exercise-price")
    assert {o.value for o in prices} == {Decimal("6.63")}  # the preferred rows give only a footnote
    (held,) = observations(found, "ekg:shares-owned")
    assert (held.value, dict(held.dimensions)["ekg:natureOfOwnership"]) == (Decimal(2666666), "By Trust")


def test_footnote_only_values_give_no_observation():
    found = facts("affirm_3")
    assert observations(found, "ekg:conversion-or-exercise-price") == []
    assert sorted(o.value for o in observations(found, "ekg:underlying-shares")) == [
        Decimal(735294),
        Decimal(10714287),
        Decimal(12500000),
        Decimal(15397650),
    ]


# --------------------------------------------------------------------------- text-era forms


def test_productivity_technologies_text_form4():
    doc = form_document("productivity-technologies_4")
    assert doc.media_type == "text/plain" and EX.accepts(doc)
    found = list(EX.extract(doc))
    (info,) = of(FilingInfo, found)
    assert (info.form_type, info.period_of_report) == ("4", date(2000, 2, 29))  # "February 29,2000"
    (issuer,) = of(Organization, found)
    assert (issuer.ref.name, issuer.ticker, issuer.role) == (
        "Productivity Technologies Corp.",
        "PRAC",
        "issuer",
    )
    (owner,) = of(Person, found)
    assert owner.ref.name == "Foster, Alan H."
    (address,) = owner.addresses
    assert (address.street1, address.street2, address.city, address.region, address.postal_code) == (
        "c/o Productivity Technologies Corp.",
        "520 Madison Avenue",
        "New York",
        "NY",
        "10022",
    )
    # "(X) Director ( ) 10% Owner ( ) Officer (give title below) ( ) Other"
    assert positions(found) == {
        ("Foster, Alan H.", "Productivity Technologies Corp.", "Director", "director")
    }
    (position,) = of(Position, found)
    start, end = (int(x) for x in position.prov.locator.removeprefix("char=").split(","))
    assert doc.text[start:end] == "Director"


STACKED = """\
                                    FORM 4
              STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP

[ ] Check box if no longer subject of Section 16. Form 4 or Form 5
    obligations may continue. See Instruction 1(b).

1. Name and Address of Reporting Person*

   Smith                             John                 A.
   (Last)                            (First)              (Middle)
   c/o Acme Widgets, Inc.
   100 Main Street
   (Street)
   Springfield                       IL                   62701
   (City)                            (State)              (Zip)

2. Issuer Name and Ticker or Trading Symbol

   Acme Widgets, Inc. (ACME)

3. IRS Identification Number of Reporting Person, if an Entity (Voluntary)

4. Statement for Month/Year

   June 2001

5. If Amendment, Date of Original (Month/Year)

6. Relationship of Reporting Person to Issuer
   (Check all applicable)

   [X] Director                            [ ] 10% Owner
   [X] Officer (give title below)          [ ] Other (specify below)

   President and Chief Executive Officer

7. Individual or Joint/Group Filing (Check applicable line)
   [X] Form filed by one Reporting Person

Table I -- Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
"""

SIDE_BY_SIDE = """\
FORM 3        UNITED STATES SECURITIES AND EXCHANGE COMMISSION
           INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES

 1. Name and Address of Reporting   2. Date of Event Requiring       4. Issuer Name and Ticker or
    Person*                            Statement (Month/Day/Year)       Trading Symbol
    Doe, Jane                          06/28/2000                       Widget Corp. [WDGT]
    200 Park Ave, Suite 5                                            5. Relationship of Reporting
    New York, NY 10017              3. IRS or Social Security           Person(s) to Issuer
                                       Number of Reporting              (Check all applicable)
                                       Person (Voluntary)               __ Director   _X_ 10% Owner
                                                                        __ Officer    __ Other
"""


def _text_doc(text: str) -> Document:
    data = text.encode()
    return Document(source="form.txt", data=data, filing_id=content_id(data), doc_type="4")


def test_text_form_stacked_boxes_with_officer_title():
    found = list(EX.extract(_text_doc(STACKED)))
    (info,) = of(FilingInfo, found)
    assert (info.form_type, info.period_of_report) == ("4", date(2001, 6, 30))  # "June 2001": month end
    (issuer,) = of(Organization, found)
    assert (issuer.ref.name, issuer.ticker) == ("Acme Widgets, Inc.", "ACME")
    (owner,) = of(Person, found)
    assert owner.ref.name == "Smith John A."
    assert (owner.addresses[0].city, owner.addresses[0].postal_code) == ("Springfield", "62701")
    assert positions(found) == {
        ("Smith John A.", "Acme Widgets, Inc.", "Director", "director"),
        ("Smith John A.", "Acme Widgets, Inc.", "President and Chief Executive Officer", "officer"),
    }


def test_text_form_boxes_side_by_side():
    doc = _text_doc(SIDE_BY_SIDE)
    assert EX.accepts(doc)
    found = list(EX.extract(doc))
    (info,) = of(FilingInfo, found)
    assert (info.form_type, info.period_of_report) == ("3", date(2000, 6, 28))
    (issuer,) = of(Organization, found)
    assert (issuer.ref.name, issuer.ticker) == ("Widget Corp.", "WDGT")
    (owner,) = of(Person, found)
    assert owner.ref.name == "Doe, Jane"
    assert (owner.addresses[0].street1, owner.addresses[0].city) == ("200 Park Ave, Suite 5", "New York")
    assert positions(found) == {("Doe, Jane", "Widget Corp.", "10% Owner", "ten-percent-owner")}


# --------------------------------------------------------------------------- malformed input


def test_truncated_xml_gives_the_complete_rows_only():
    data = form_document("apple_4").data
    cut = data.index(b"<value>4006</value>") + len(b"<value>40")  # inside the third sale's amount
    found = list(EX.extract(xml_doc(data[:cut])))
    assert [o.value for o in observations(found, "ekg:shares-transacted")] == [Decimal(9136), Decimal(5316)]
    assert [o.value for o in observations(found, "ekg:shares-owned-following")] == [
        Decimal(468198),
        Decimal(462882),
    ]
    assert positions(found) == {("Adams Katherine L.", "Apple Inc.", "SVP, GC and Secretary", "officer")}


@pytest.mark.parametrize("name", ["blacksky_3", "tesla-motors_3", "arrow-electronics_4"])
def test_a_cut_off_form_never_states_what_the_whole_form_does_not(name):
    """Wherever a form is cut, every value, position and party found is one the whole form gives."""

    def key(f) -> tuple:
        if isinstance(f, Observation):
            return (f.metric, f.value, f.instant, f.dimensions, f.owner)
        if isinstance(f, Position):
            return (f.person, f.organization, f.title)
        return (type(f).__name__, getattr(f, "ref", None), getattr(f, "child", None))

    data = form_document(name).data
    whole = {key(f) for f in EX.extract(xml_doc(data))}
    for cut in range(40, len(data), max(1, len(data) // 150)):
        try:
            found = list(EX.extract(xml_doc(data[:cut])))
        except OwnershipError:
            continue  # cut before the issuer and owners: said so
        partial = {key(f) for f in of(Observation, found) + of(Subsidiary, found)}
        partial |= {key(p) for p in of(Position, found)}
        assert partial <= whole, (cut, partial - whole)


def test_truncated_value_is_not_taken():
    data = b"<ownershipDocument><documentType>4</documentType><issuer><issuerCik>0000000001</issuerCik>"
    data += b"<issuerName>Example Corp</issuerName></issuer><nonDerivativeTable><nonDerivativeHolding>"
    data += b"<postTransactionAmounts><sharesOwnedFollowingTransaction><value>12"  # 12... what?
    found = list(EX.extract(xml_doc(data)))
    assert of(Observation, found) == []
    assert [o.ref.name for o in of(Organization, found)] == ["Example Corp"]


def test_a_form_cut_off_before_its_parties_is_a_clear_error():
    with pytest.raises(OwnershipError, match="no issuer and no reporting owner.*line 1: Premature end"):
        list(EX.extract(xml_doc(b"<ownershipDocument><documentType>4</documentType>")))


def test_blank_lines_before_the_declaration():
    data = b"\n\n   " + _file("sunpower_3").read_bytes()
    doc = xml_doc(data)
    assert EX.accepts(doc)
    assert positions(list(EX.extract(doc))) == {("Hegde Vinayak", "SUNPOWER CORP", "Director", "director")}


def test_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    data = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        "<ownershipDocument><documentType>4</documentType>"
        "<issuer><issuerCik>0000123456</issuerCik><issuerName>Example &xxe; Corp</issuerName></issuer>"
        "<reportingOwner><reportingOwnerId><rptOwnerCik>0000999999</rptOwnerCik>"
        "<rptOwnerName>&xxe;</rptOwnerName></reportingOwnerId></reportingOwner></ownershipDocument>"
    ).encode()
    doc = xml_doc(data)
    assert EX.accepts(doc)
    found = list(EX.extract(doc))
    assert "TOP-SECRET" not in repr(found)
    (issuer,) = of(Organization, found)
    assert issuer.ref == OrgRef(name="Example Corp", cik="0000123456")
    assert of(Person, found) == []  # an owner whose name is only an entity reference has no name


def test_other_documents_are_not_accepted():
    thirteen_g = Path(__file__).parent / "data" / "corpus" / "other" / "jushi-holdings_SC-13G_2025_marex.xml"
    assert not EX.accepts(xml_doc(thirteen_g.read_bytes()))
    prose = b"ANNUAL REPORT PURSUANT TO SECTION 13\nThe beneficial ownership of our directors is shown below."
    assert not EX.accepts(Document(source="x.txt", data=prose, filing_id="x"))


# --------------------------------------------------------------------------- the prose parts


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "/s/ Ajay Royan, Authorized Person, Mithril GP LP",
            ("Ajay Royan", "Authorized Person", "Mithril GP LP"),
        ),
        (
            "Berkshire Hathaway Inc., By: /s/ Marc D. Hamburg, Senior Vice President",
            ("Marc D. Hamburg", "Senior Vice President", "Berkshire Hathaway Inc."),
        ),
        (
            "ABC Partners, L.P. By: ABC GP, LLC, its general partner By: /s/ John Doe, Managing Member",
            ("John Doe", "Managing Member", "ABC GP, LLC"),
        ),
        (
            "/s/ John Smith, as Chief Executive Officer of Acme Capital Management LLC",
            ("John Smith", "Chief Executive Officer", "Acme Capital Management LLC"),
        ),
        ("/s/ Jane Doe, Chief Financial Officer", None),  # no organisation stated
        ("/s/ Peter Thiel", None),
        ("/s/ Sam Whittington, Attorney-in-Fact for Katherine L. Adams", None),
        ("By: Aaron Beckman, Power of Attorney For: Kathleen Wilson-Thompson", None),
        ("/s/ Warren E. Buffett, on behalf of himself and each other reporting person hereunder", None),
    ],
)
def test_signature_lines(line, expected):
    sig = parse_signature(line)
    assert (None if sig is None else (sig.person, sig.title, sig.organization)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "owned directly by Columbia Insurance Company, a subsidiary of Berkshire Hathaway Inc. "
            '("Berkshire"). As Berkshire is',
            [("subsidiary", "Columbia Insurance Company", "Berkshire Hathaway Inc.", None)],
        ),
        (
            "Shares held by XYZ Holdings LLC, a Delaware limited liability company, which is a wholly owned "
            "subsidiary of the Reporting Person.",
            [("subsidiary", "XYZ Holdings LLC", "the Reporting Person", "Delaware")],
        ),
        (
            "Securities held by Acme Fund I, L.P., a Cayman Islands exempted limited partnership.",
            [("entity", "Acme Fund I, L.P.", None, "Cayman Islands")],
        ),
        (
            "Held by Clarium L.P. Columbia Insurance Company, a subsidiary of IBM. These shares",
            [("subsidiary", "Columbia Insurance Company", "IBM", None)],
        ),
        # Loose mentions state nothing the form marks: no entity, no link.
        ("These shares are held of record by Clarium L.P. (\"Clarium\"). The Reporting Person is the "
         "President of Clarium Capital Management, LLC, which is general partner of Clarium.", []),
        ("On March 1, 2021, Mr. Smith, a Delaware resident, sold shares of the Kazakh producer.", []),
    ],
)  # fmt: skip
def test_footnote_statements(text, expected):
    got = [(m.kind, m.name, m.other, m.jurisdiction) for m in footnote_mentions(text)]
    assert got == expected


def test_subsidiary_of_a_person_reporting_owner_is_not_a_link():
    data = (
        _file("amd_4")
        .read_bytes()
        .replace(
            b"withheld at the election of the Reporting Person",
            b"held by XYZ Holdings LLC, a Delaware limited liability company and a wholly owned "
            b"subsidiary of the Reporting Person,",
        )
    )
    found = list(EX.extract(xml_doc(data)))
    assert of(Subsidiary, found) == []
    assert [o.ref.name for o in of(Organization, found) if o.role is None] == ["XYZ Holdings LLC"]


# --------------------------------------------------------------------------- registry and gold


def test_registered_under_its_name():
    assert isinstance(registry.get("ownership"), OwnershipExtractor)


def test_gold_ownership_documents_built_through_the_pipeline():
    """Every gold company, subsidiary link, person and position found, and nothing else claimed."""
    from edgarkg.evaluate import evaluate

    data = Path(__file__).parent / "data"
    report = evaluate(data / "gold", data / "corpus", kinds=["ownership"], extractors=["ownership"])
    assert len(report.documents) == 6 and not report.failed
    for category in ("companies", "subsidiaries", "people", "positions"):
        score = report.totals()[category]
        assert (score.fp, score.fn) == (0, 0), (category, score)
    assert report.totals()["positions"].tp == 13
