"""The text-people extractor on real filings: signatures, contacts, rosters, committees and prose.

Expected values were read off the filings by hand; each test names the rule
it exercises and the filing its sentence comes from.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from edgarkg.extractors.text_people import TextPeopleExtractor
from edgarkg.model import FILER, Document, Position
from edgarkg.sources import iter_documents
from edgarkg.text.names import OrgLexicon
from edgarkg.text.people import find_people
from edgarkg.text.prose import prose_mentions

CORPUS = Path(__file__).parent / "data" / "corpus"
EXTRACTOR = TextPeopleExtractor()


def positions(relpath: str) -> list[Position]:
    out: list[Position] = []
    for doc in iter_documents([CORPUS / relpath]):
        if isinstance(doc, Document) and EXTRACTOR.accepts(doc):
            out.extend(f for f in EXTRACTOR.extract(doc) if isinstance(f, Position))
    return out


def table(found: list[Position]) -> set[tuple[str, str, str]]:
    """(person, organisation, title), organisations without case: "ORACLE CORPORATION" ~ "Oracle Corp..."."""
    return {
        (
            p.person.name,
            "FILER" if p.organization == FILER else (p.organization.name or "").casefold(),
            p.title,
        )
        for p in found
    }


def text_document(text: str, doc_type: str | None = "8-K", media_type: str = "text/plain") -> Document:
    return Document(
        source="test", data=text.encode(), filing_id="test", doc_type=doc_type, media_type=media_type
    )


# --- the mmO2 6-K: quote, side-by-side contacts, signature ------------------------------------


def test_mmo2_6k_yields_its_four_people_at_mmo2():
    found = positions("text-press/mmo2-6k-2003-11-17-online-customers.txt")
    assert table(found) == {
        ("Kent Thexton", "mmo2 plc", "chief marketing and data officer"),
        ("David Nicholas", "mmo2 plc", "Head of Media Relations"),
        ("Simon Gordon", "mmo2 plc", "Press Relations Manager"),
        ("Robert Harwood", "mmo2 plc", "Assistant Secretary"),
    }
    roles = {p.person.name: p.role for p in found}
    assert roles["David Nicholas"] == roles["Simon Gordon"] == "contact"
    assert roles["Robert Harwood"] == "signatory"


def test_provenance_points_at_the_passage_in_the_source():
    path = CORPUS / "text-press/mmo2-6k-2003-11-17-online-customers.txt"
    source = path.read_bytes().decode("latin-1")
    for p in positions("text-press/mmo2-6k-2003-11-17-online-customers.txt"):
        assert p.prov.extractor == "text-people"
        start, end = (int(x) for x in (p.prov.locator or "").removeprefix("char=").split(","))
        passage = source[start:end]
        family = p.person.name.split()[-1]
        assert family.lower() in passage.lower()
        assert family.lower() in (p.prov.evidence or "").lower()


# --- signatures -----------------------------------------------------------------------------


def test_multi_registrant_signature_page():
    # southern-co 8-K 2005: one block for the parent, one for six subsidiary registrants
    found = table(positions("text-press/southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt"))
    assert ("W. Dean Hudson", "the southern company", "Comptroller") in found
    boston = {org for name, org, title in found if name == "Wayne Boston" and title == "Assistant Secretary"}
    assert boston == {
        "alabama power company",
        "georgia power company",
        "gulf power company",
        "mississippi power company",
        "savannah electric and power company",
        "southern power company",
    }


def test_signature_with_wrapped_title_and_capitals_name():
    # amazon-com 8-K 1998: "By: /s/ JOY D. COVEY" over a typed name and a title wrapped on three lines
    found = table(positions("submission/amazon-com_8-K_1998-08-27_0000891020-98-001352.txt"))
    assert (
        "Joy D. Covey",
        "amazon.com, inc.",
        "Chief Financial Officer, Vice President of Finance and Administration and Secretary",
    ) in found


def test_signature_table_titles_wrap_inside_their_column():
    # perkinelmer 10-K405: "By: /s/ GREGORY L. SUMME   Chairman of the Board, Chief Executive  March 26, 2001"
    found = table(positions("proxy/perkinelmer_10-K405_2001_exec-officers_0000950135-01-000920.txt"))
    assert (
        "Gregory L. Summe",
        "perkinelmer, inc.",
        "Chairman of the Board, Chief Executive Officer and President",
    ) in found
    assert (
        "Robert F. Friel",
        "perkinelmer, inc.",
        "Senior Vice President and Chief Financial Officer",
    ) in found
    directors = {name for name, _, title in found if title == "Director"}
    assert {"Tamara J. Erickson", "John Larkin Thompson", "G. Robert Tod", "Gregory L. Summe"} <= directors
    assert not any("Andersen" in name for name, _, _ in found)  # "/s/ ARTHUR ANDERSEN LLP" is the auditor


def test_name_and_title_labels_in_an_html_signature():
    # oracle 8-K 2019: "By: /s/ Brian S. Higgins / Name: Brian S. Higgins / Title: ..."
    found = table(positions("submission/oracle_8-K_2019-07-10_0001193125-19-191922.txt"))
    assert (
        "Brian S. Higgins",
        "oracle corporation",
        "Vice President, Associate General Counsel and Secretary",
    ) in found


def test_labelled_title_without_a_title_word():
    text = (  # alcon 6-K 2023 (edgartools fixture form.6k.Athena.html), as reading text
        "SIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
        "duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.\n"
        "ALCON INC.\nDate:\tFebruary 13, 2023\tBy:\t/s/ David J. Endicott\nName: David J. Endicott\n"
        "Title: Authorized Representative\n"
    )
    found = [m for m in find_people(text) if m.kind == "signature"]
    assert [(m.name, m.org, m.title, m.role) for m in found] == [
        ("David J. Endicott", "ALCON INC.", "Authorized Representative", "signatory")
    ]


# --- contact blocks -------------------------------------------------------------------------


def test_contact_headings_name_the_company():
    # 3m 8-K 2024 EX-99.1: "3M Investor Contact" / "Solventum Media Contact" headings over names and phones
    found = table(positions("text-press/3m_8-K_2024-03-08_0000066740-24-000023.txt"))
    assert {
        ("Bruce Jermeland", "Investor Contact"),
        ("Diane Farrow", "Investor Contact"),
        ("Sean Lynch", "Media Contact"),
    } <= {(n, t) for n, o, t in found if o.startswith("3m")}
    assert ("Carly Rotman", "solventum", "Media Contact") in found
    assert ("Kevin Moran", "solventum", "Investor Contact") in found


def test_contact_block_with_departments_and_blank_lines():
    # koninklijke-philips 6-K: "For additional information, please contact:" then name / department / phone
    found = table(positions("text-press/koninklijke-philips_6-K_2023-01-30.htm"))
    assert ("Ben Zwirs", "koninklijke philips n.v.", "Philips Global Press Office contact") in found
    assert ("Derya Guzel", "koninklijke philips n.v.", "Philips Investor Relations contact") in found


def test_inline_contacts():
    # sears-roebuck 8-K 2004 EX-99: "/CONTACT: News Media Contact, Edgar P. McDougal, +1-847-286-9669, or ..."
    found = table(positions("text-press/sears-roebuck_8-K_2004-07-22_0000891092-04-003383.txt"))
    assert ("Edgar P. McDougal", "sears, roebuck and co.", "News Media Contact") in found
    assert ("Scott A. Bohaboy", "sears, roebuck and co.", "Investor Contact") in found


def test_contact_columns_in_an_html_table():
    # oracle 8-K 2019 EX-99.1: "Contact:\tKen Bond\tDeborah Hellinger" over "Oracle Investor Relations\t..."
    found = table(positions("submission/oracle_8-K_2019-07-10_0001193125-19-191922.txt"))
    titles = {n: t for n, _, t in found}
    assert titles["Ken Bond"] == "Oracle Investor Relations contact"
    assert titles["Deborah Hellinger"] == "Oracle Corporate Communications contact"


# --- rosters and committees -----------------------------------------------------------------


def test_html_officer_roster():
    # verizon 10-K FY2008: "Name\tAge\tOffice\tHeld Since"
    found = table(positions("proxy/verizon_10-K_FY2008_exec-officers.htm"))
    mcadam = "Executive Vice President and President and Chief Executive Officer – Verizon Wireless"
    assert ("Lowell C. McAdam", "verizon communications inc.", mcadam) in found
    assert (
        "Catherine T. Webster",
        "verizon communications inc.",
        "Senior Vice President and Treasurer",
    ) in found
    assert ("Clarence Otis, Jr.", "verizon communications inc.", "Director") in found


def test_text_officer_roster_with_dot_leaders_and_wrapped_titles():
    # perkinelmer 10-K405: "Terrance L. Carlson....  Senior Vice President,  48" / "General Counsel and Clerk"
    found = positions("proxy/perkinelmer_10-K405_2001_exec-officers_0000950135-01-000920.txt")
    rows = {(p.person.name, p.title) for p in found if p.prov.confidence == 0.9}
    assert ("Terrance L. Carlson", "Senior Vice President, General Counsel and Clerk") in rows
    assert ("Stephen P. DeFalco", "Senior Vice President") in rows


def test_committee_table_keeps_real_columns():
    # atrinsic 8-K 2016: the last row leaves the Audit Committee cell empty
    found = table(positions("text-press/atrinsic_8-K_2016-04-26_0001144204-16-096273.txt"))
    stein = {t for n, _, t in found if n == "Robert Stein"}
    assert stein == {"Compensation Committee member", "Governance Committee member"}
    assert ("Gregory Ekizian", "atrinsic, inc.", "Audit Committee Chairperson") in found


def test_name_and_title_in_one_cell():
    # nvidia 8-K 2026: "Jen-Hsun Huang President and Chief Executive Officer\t$4,000,000\t200%"
    found = table(positions("submission/nvidia_8-K_2026-03-06_0001045810-26-000024.txt"))
    assert ("Jen-Hsun Huang", "nvidia corporation", "President and Chief Executive Officer") in found
    assert ("Debora Shoquist", "nvidia corporation", "Executive Vice President, Operations") in found


# --- prose ----------------------------------------------------------------------------------


def _prose(sentence: str, *orgs: str) -> set[tuple[str, str | None, str]]:
    lex = OrgLexicon.from_text(sentence)
    for org in orgs:
        lex.add(org)
    return {(m.name, m.org, m.title) for m in prose_mentions(sentence, lex)}


def test_quote_attributions():
    # apple-computer 8-K 1996 EX-99
    s = (
        '"This partnership is the best possible fit," says  John Warnock, Chairman and CEO, '
        "Adobe Systems,  Inc."
    )
    assert _prose(s) == {("John Warnock", "Adobe Systems,  Inc.", "Chairman and CEO")}
    # sears-roebuck 8-K 2004 EX-99
    s = '"Like much of the industry, we experienced weak demand," said\nChairman and CEO Alan J. Lacy.'
    assert _prose(s) == {("Alan J. Lacy", None, "Chairman and CEO")}
    # apple 8-K 2011 EX-99.1
    s = "“We couldn’t be happier with the performance of our business,” said Peter Oppenheimer, Apple’s CFO."
    assert _prose(s) == {("Peter Oppenheimer", "Apple", "CFO")}


def test_former_title_at_a_named_company():
    # apple-computer 8-K 1996 EX-99
    s = (
        "Avie Tevanian, formerly NeXT's Vice President of \nEngineering, will join Apple to lead the "
        "Company's next generation OS \ndevelopment  efforts."
    )
    assert _prose(s, "NeXT Software Inc.") == {("Avie Tevanian", "NeXT", "Vice President of Engineering")}


def test_appointment_to_the_board_with_start_date():
    # exelon 8-K 2005, Item 5.02
    found = positions("submission/exelon_8-K_2005-04-27_0000950137-05-004969.txt")
    ridge = {
        ((p.organization.name or "").casefold(), p.title): p
        for p in found
        if p.person.name == "Thomas J. Ridge"
    }
    assert ridge[("exelon corporation", "Class I director")].start == date(2005, 5, 2)
    assert ridge[("exelon corporation", "Class I director")].role == "director"
    assert ("home depot corporation", "director") in ridge and ("savi technology", "director") in ridge
    past = ridge[("united states department of homeland security", "Secretary")]
    assert (past.start, past.end) == (date(2003, 1, 1), date(2005, 1, 31))


def test_resignation_and_successor():
    # rock-of-ages 8-K 2000 EX-99
    found = positions("text-press/rock-of-ages_8-K_2000-09-27_0000084581-00-500009.txt")
    gherardi = [p for p in found if p.person.name.endswith("Gherardi")]
    assert {p.title for p in gherardi} == {"Senior Vice President of Manufacturing"}
    assert date(2000, 9, 22) in {p.end for p in gherardi}
    parrott = [p for p in found if p.person.name == "Jerry Parrott"]
    assert {p.title for p in parrott} == {"Vice President of Barre Manufacturing Operations"}
    assert date(1999, 9, 1) in {p.start for p in parrott}


def test_title_before_name_and_subject_company():
    # 3m 8-K 2024 EX-99.1: the sentence is about Solventum, not the filer
    s = (
        "Solventum will include more than 20,000 engaged employees led by an experienced team, including "
        "Bryan Hanson as Chief Executive Officer, Wayde McMillan as Chief Financial Officer, and Carrie Cox "
        "as Board Chair."
    )
    assert _prose(s, "Solventum Corporation") == {
        ("Bryan Hanson", "Solventum", "Chief Executive Officer"),
        ("Wayde McMillan", "Solventum", "Chief Financial Officer"),
        ("Carrie Cox", "Solventum", "Board Chair"),
    }
    # koninklijke-philips 6-K: "Philips CEO Roy Jakobs, CFO Abhijit Bhattacharya"
    s = (
        "the company will host a webcast with Philips CEO Roy Jakobs, CFO Abhijit Bhattacharya, "
        "and other Philips leaders."
    )
    assert _prose(s, "Koninklijke Philips N.V.", "Philips") == {
        ("Roy Jakobs", "Philips", "CEO"),
        ("Abhijit Bhattacharya", None, "CFO"),
    }


def test_successor_and_segment_leader():
    # koninklijke-philips 6-K
    found = table(positions("text-press/koninklijke-philips_6-K_2023-01-30.htm"))
    assert (
        "Jeff DiLullo",
        "koninklijke philips n.v.",
        "Chief Market Leader of Philips North America",
    ) in found
    assert (
        "Vitor Rocha",
        "koninklijke philips n.v.",
        "Chief Market Leader of Philips North America",
    ) in found
    assert (
        "Kees Wesdorp",
        "koninklijke philips n.v.",
        "Leader of the Precision Diagnosis business segment",
    ) in found


def test_family_names_take_the_full_name_of_the_document():
    # perkinelmer 10-K405: "Mr. Barrett was elected a Vice President of the Company in January 1997 ..."
    found = positions("proxy/perkinelmer_10-K405_2001_exec-officers_0000950135-01-000920.txt")
    assert not any(p.person.name.startswith(("Mr.", "Barrett")) for p in found)
    assert "Robert A. Barrett" in {p.person.name for p in found}


# --- what is not a person -------------------------------------------------------------------


def test_no_people_from_addresses_headings_or_companies():
    found = positions("text-press/sears-roebuck_8-K_2004-07-22_0000891092-04-003383.txt")
    names = {p.person.name for p in found}
    assert names == {"Michael J. Graham", "Alan J. Lacy", "Edgar P. McDougal", "Scott A. Bohaboy"}


def test_defined_terms_and_noun_phrases_are_not_people():
    # apple-computer 10-Q 2000, EX-10 stock plan: a defined term, then the term used in a clause
    text = (
        '"Continuous Status as an Employee" means the absence of any interruption or termination of the '
        "employment relationship with the Company.\n\n"
        "Continuous Status as Chairman shall not be considered interrupted in the case of medical leave.\n\n"
        # tesla 10-K 2024 (edgartools fixture): "the 2018 CEO Performance Award"
        "The Delaware Court of Chancery rescinded the 2018 CEO Performance Award.\n\n"
        "CEO Pay Ratio\n\n"
        # aegon 20-F 2000: a date at the start of a sentence
        "Since May 1999, three business units have divided responsibility for the group pension products.\n"
    )
    assert find_people(text) == []


def test_underwriters_and_law_firms_are_not_people():
    # apple-computer 424B5 1994: the underwriting table and the legal-matters paragraph
    text = (
        "UNDERWRITER                             OF NOTES\n"
        "Goldman, Sachs & Co..........................................  $\n"
        "CS First Boston Corporation..................................\n"
        "Morgan Stanley & Co. Incorporated............................\n\n"
        "The validity of the Notes offered hereby will be passed upon for the Company by Wilson, Sonsini, "
        "Goodrich & Rosati, P.C., Palo Alto, California, and for the Underwriters by Shearman & Sterling, "
        "San Francisco, California.\n\n"
        "The Trustee under the Indenture will be Citibank, N.A. (in substitution for Morgan Guaranty Trust "
        "Company of New York, which has recently announced the sale of substantially all of its domestic "
        "corporate trust business)."
    )
    assert find_people(text) == []


# --- what the extractor reads ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc_type", "media_type", "accepted"),
    [
        ("8-K", "text/html", True),  # inline XBRL 8-Ks are HTML, and hold the signatures
        ("6-K", "text/plain", True),
        ("EX-99.1", "text/html", True),
        ("DEF 14A", "text/plain", True),
        (None, "text/plain", True),
        ("SEC-HEADER", "text/plain", False),
        ("EX-21", "text/plain", False),
        ("EX-101.SCH", "application/xml", False),
        ("XML", "text/html", False),
        ("4", "text/plain", False),
        ("8-K", "application/xml", False),
    ],
)
def test_accepts(doc_type, media_type, accepted):
    assert EXTRACTOR.accepts(text_document("x", doc_type, media_type)) is accepted


def test_empty_and_odd_documents_do_not_fail():
    assert list(EXTRACTOR.extract(text_document(""))) == []
    assert list(EXTRACTOR.extract(text_document("/s/\nName:\nTitle:\n\x00\x01 By: /s/ ___"))) == []
    html = text_document("<table><tr><td>Name<td>Title<tr><td>/s/<td></table>", media_type="text/html")
    assert list(EXTRACTOR.extract(html)) == []


def test_unattributed_positions_go_to_the_company_the_release_speaks_for():
    # southern-co 8-K 2005 EX-99.01: a joint filing, but the release names its issuer with a ticker
    found = table(positions("text-press/southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt"))
    assert ("David M. Ratcliffe", "southern company", "Chairman, President and CEO") in found
    assert ("Tom Fanning", "southern company", "Chief Financial Officer") in found
    assert ("Marc Rice", "southern company", "Media Contact") in found


def test_election_to_the_board():
    # oracle 8-K 2019 EX-99.1: "... unanimously elected Rona A. Fairhead to the company’s Board of Directors."
    # (the release names its issuer "Oracle (NYSE: ORCL)"; mapping merges the short name with the filer)
    found = table(positions("submission/oracle_8-K_2019-07-10_0001193125-19-191922.txt"))
    assert ("Rona A. Fairhead", "oracle", "Director") in found
    # her earlier positions name their companies; none is put on Oracle
    assert ("Rona A. Fairhead", "financial times group limited", "Chair and Chief Executive Officer") in found
    assert not any(
        n == "Rona A. Fairhead" and o == "oracle corporation" and t != "Director" for n, o, t in found
    )


def test_biography_lines_give_way_to_the_current_title():
    # perkinelmer 10-K405: "Mr. Summe joined the Company in 1998 as President and Chief Operating Officer"
    found = table(positions("proxy/perkinelmer_10-K405_2001_exec-officers_0000950135-01-000920.txt"))
    summe = {t for n, _, t in found if n == "Gregory L. Summe"}
    assert "President and Chief Operating Officer" not in summe
    assert "Chairman of the Board, Chief Executive Officer and President" in summe


def test_titles_in_capitals_are_written_in_title_case():
    # apple-computer 10-Q 2000, EX-3.2: "/s/ Nancy R. Heinen" over "SENIOR VICE PRESIDENT, GENERAL COUNSEL
    # AND" / "SECRETARY"; the evidence keeps the capitals
    found = positions("submission/apple-computer_10-Q_2000-05-11_0000912057-00-023442.txt")
    heinen = [p for p in found if p.person.name == "Nancy R. Heinen"]
    assert [p.title for p in heinen] == ["Senior Vice President, General Counsel and Secretary"]
    assert "SENIOR VICE PRESIDENT, GENERAL COUNSEL AND" in (heinen[0].prov.evidence or "")
    assert heinen[0].role == "general-counsel"
