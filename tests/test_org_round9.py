"""text-orgs, round 9: subsidiaries stated in 10-K, 20-F and S-3 prose, and fragments that are not names.

Each rule is checked on the real passage (quoted from a tests/data/blind2 filing, named in the test)
and on made-up variants with other names, spacing, case or markup, so that the rule is a construction,
not one sentence. Expected answers were read from the passages by hand.
"""

from __future__ import annotations

from edgarkg.extractors.text_orgs import TextOrgsExtractor, find_links
from edgarkg.model import FILER, Document, Organization, Subsidiary, content_id
from edgarkg.text.legal_names import legal_names
from edgarkg.text.org_filters import is_excluded_org, is_junk_org
from edgarkg.text.orgs import read_orgs

EX = TextOrgsExtractor()


def names(text: str) -> set[str]:
    return {e.name for e in read_orgs(text).entries.values()}


def links_of(text: str) -> set[tuple[str, str | None]]:
    orgs = read_orgs(text)
    links, _ = find_links(text, orgs)
    return {(link.child.name, link.parent.name if link.parent else None) for link in links}


def facts(text: str, media_type: str = "text/html") -> list[object]:
    data = text.encode()
    doc = Document(
        source="test", data=data, filing_id=content_id(data), media_type=media_type, doc_type="10-K"
    )
    return list(EX.extract(doc))


# --- subsidiaries listed after "its subsidiaries (collectively, ...)" and "has one subsidiary, X" ---


def test_gainsco_accounts_of_the_parent_and_its_subsidiaries_listed_with_defined_terms():
    # proxy/gainsco_10-K_FY2009_0001193125-10-073212.htm, note 1 to the financial statements
    text = (
        "The accompanying consolidated financial statements include the accounts of GAINSCO, INC. (“GAN”) "
        "and its wholly-owned subsidiaries (collectively, the “Company” or “we”), MGA Insurance Company, "
        "Inc. (“MGA”), GAINSCO Service Corp. (“GSC”), Lalande Financial Group, Inc. (“Lalande”), National "
        "Specialty Lines, Inc. (“NSL”) and DLT Insurance Adjusters, Inc. (“DLT”) (Lalande, NSL and DLT "
        "collectively, the “Lalande Group”). MGA has one wholly owned subsidiary, MGA Agency, Inc. All "
        "significant intercompany accounts and transactions have been eliminated in consolidation."
    )
    got = links_of(text)
    for child in (
        "MGA Insurance Company, Inc.",
        "GAINSCO Service Corp.",
        "Lalande Financial Group, Inc.",
        "National Specialty Lines, Inc.",
        "DLT Insurance Adjusters, Inc.",
    ):
        assert (child, "GAINSCO, INC.") in got
    assert ("MGA Agency, Inc.", "MGA Insurance Company, Inc.") in got


def test_constructed_subsidiary_lists_after_a_collective_term_and_a_count():
    text = (
        'These statements consolidate Borealis Holdings plc ("BHP") and its subsidiaries (together, the '
        '"Group"), Borealis Freight Ltd. ("Freight") and Borealis Air Limited. Freight owns two '
        "subsidiaries, Polar Couriers GmbH and Tundra Post AB."
    )
    got = links_of(text)
    assert ("Borealis Freight Ltd.", "Borealis Holdings plc") in got
    assert ("Borealis Air Limited", "Borealis Holdings plc") in got
    assert ("Polar Couriers GmbH", "Borealis Freight Ltd.") in got
    assert ("Tundra Post AB", "Borealis Freight Ltd.") in got
    text = "Corvid Mutual Insurance Co. has one subsidiary, Corvid Claims Agency LLC. It writes auto cover."
    assert ("Corvid Claims Agency LLC", "Corvid Mutual Insurance Co.") in links_of(text)


def test_an_agency_with_a_business_form_is_a_company_not_a_public_body():
    assert not is_excluded_org("MGA Agency, Inc.")  # gainsco 10-K
    assert not is_excluded_org("Northwind Travel Bureau Ltd")
    assert not is_excluded_org("Court Square Capital, LLC")
    assert is_excluded_org("Environmental Protection Agency")
    assert is_excluded_org("Federal Trade Commission")
    assert is_excluded_org("Census Bureau")


# --- "X's major subsidiary is Y", "X, whose primary subsidiary is Y" ---------------------------


def test_norfolk_southern_major_and_primary_subsidiary_is():
    # proxy/norfolk-southern_10-K_FY2008.htm, Item 1 and note 1
    text = (
        "Through a limited liability company, Norfolk Southern and CSX Corporation (CSX) jointly own Conrail "
        "Inc. (Conrail), whose primary subsidiary is Consolidated Rail Corporation (CRC). These consolidated "
        "financial statements include Norfolk Southern Corporation (Norfolk Southern) and its majority-owned "
        "and controlled subsidiaries (collectively, NS). Norfolk Southern’s major subsidiary is Norfolk "
        "Southern Railway Company (NSR). All significant intercompany balances have been eliminated."
    )
    got = links_of(text)
    assert ("Consolidated Rail Corporation", "Conrail Inc.") in got
    assert ("Norfolk Southern Railway Company", "Norfolk Southern Corporation") in got


def test_constructed_main_and_only_subsidiary_is():
    text = "Heron Bancorp, Inc.'s main subsidiary is Heron Savings Bank, a state bank. It has 12 branches."
    assert ("Heron Savings Bank", "Heron Bancorp, Inc.") in links_of(text)
    text = 'We invest in Kestrel Group AG ("Kestrel"), whose only subsidiary is Kestrel Logistik GmbH.'
    assert ("Kestrel Logistik GmbH", "Kestrel Group AG") in links_of(text)


# --- "We have two subsidiaries: X and Y" -------------------------------------------------------


def test_adc_we_have_two_subsidiaries_with_a_left_to_right_mark_and_a_phone_number():
    # submission/adc-therapeutics_S-3_2025-06-30_0000950103-25-008153.txt, "The Company" (the mark is
    # U+200E, and the sentence runs on to a telephone number that once made it read as a table row)
    text = (
        "We were incorporated as a Swiss limited liability company on June 6, 2011. We have two "
        "\u200esubsidiaries: ADC Therapeutics (UK) Limited and ADC Therapeutics America, Inc. "
        "\u200eOur principal executive office is located at Biopôle, Route de la Corniche 3B, "
        "1066 Epalinges, Switzerland and our \u200etelephone number is +41 21 653 02 00."
    )
    got = links_of(text)
    assert ("ADC Therapeutics (UK) Limited", None) in got  # None: the filer
    assert ("ADC Therapeutics America, Inc.", None) in got


def test_constructed_the_company_has_one_operating_subsidiary():
    got = links_of("The Company has one operating subsidiary, Gantry Robotics Pty Ltd, in Perth.")
    assert ("Gantry Robotics Pty Ltd", None) in got
    got = links_of("We  currently  own three subsidiaries: Alder Labs LLC, Birch Bio Inc. and Cedar Rx Ltd.")
    assert {("Alder Labs LLC", None), ("Birch Bio Inc.", None), ("Cedar Rx Ltd.", None)} <= got


# --- "A, B and C (which are all subsidiaries of Y)", also inside a directors' table cell --------


def test_plymouth_names_before_which_are_all_subsidiaries_of_in_a_table_cell():
    # proxy/plymouth-rock-technologies_20-F_FY2020_0001062993-21-003193.htm, directors' table
    text = (
        "Thomas Nash\tDirector\tFounder of Xalles Holdings, Inc., Thomas W. Nash presently is Chairman, "
        "President, CEO, CFO & Secretary at this company and President for Xalles Technology, Inc., "
        "President at Xalles Financial Services, Inc. and President & Director at Co-Owners Rewards, Inc. "
        "(which are all subsidiaries of Xalles Holdings, Inc.). Mr. Nash is also on the board of 5 other "
        "companies."
    )
    got = links_of(text)
    assert {
        ("Xalles Technology, Inc.", "Xalles Holdings, Inc."),
        ("Xalles Financial Services, Inc.", "Xalles Holdings, Inc."),
        ("Co-Owners Rewards, Inc.", "Xalles Holdings, Inc."),
    } <= got


def test_constructed_which_are_and_each_of_which_is_a_subsidiary_of():
    text = (
        "Ms. Roe chairs Larch Energy LLC and Maple Solar LLC, each of which is a wholly owned subsidiary of "
        "Sequoia Power Corp."
    )
    got = links_of(text)
    assert {("Larch Energy LLC", "Sequoia Power Corp."), ("Maple Solar LLC", "Sequoia Power Corp.")} <= got
    text = "He led Quince Foods Ltd. and later Rowan Dairy Ltd., which is a subsidiary of Spruce Agri plc."
    got = links_of(text)
    assert ("Rowan Dairy Ltd.", "Spruce Agri plc") in got
    assert ("Quince Foods Ltd.", "Spruce Agri plc") not in got  # "which is": the last name alone


# --- "acquired X, including its U.S. banking subsidiary Y" --------------------------------------


def test_pnc_including_its_banking_subsidiary_is_the_acquired_companys():
    # text-press/pnc-financial-services_8-K_2021-06-01_EX-99.1_bbva-usa-acquisition.htm
    text = (
        "PITTSBURGH, June 1, 2021 - The PNC Financial Services Group, Inc. (NYSE: PNC) today announced the "
        "completion of its acquisition of BBVA USA Bancshares, Inc., including its U.S. banking subsidiary "
        "BBVA USA. Through this transaction, PNC is now the fifth largest bank."
    )
    assert ("BBVA USA", "BBVA USA Bancshares, Inc.") in links_of(text)


def test_constructed_together_with_its_subsidiary():
    text = (
        'Initech Corp. agreed to buy Globex Holdings, Inc. ("Globex"), together with its insurance '
        "subsidiary Globex Re AG."
    )
    assert ("Globex Re AG", "Globex Holdings, Inc.") in links_of(text)
    text = (
        "Hooli Corp. bought Acme Bancorp, Inc., along with its national bank subsidiary ACME BANK NA; done."
    )
    assert ("ACME BANK NA", "Acme Bancorp, Inc.") in links_of(text)


# --- a subsidiary named like its parent, told apart by its defined short name --------------------


def _orgs_and_links(out: list[object]) -> tuple[set[str], set[tuple[str, str]]]:
    orgs = {f.ref.name for f in out if isinstance(f, Organization)}
    links = {(f.child.name, f.parent.name) for f in out if isinstance(f, Subsidiary)}
    return orgs, links


def test_plymouth_subsidiary_table_row_named_like_the_parent_takes_its_short_name():
    # proxy/plymouth-rock-technologies_20-F_FY2020_0001062993-21-003193.htm: cover, Item 4.C table
    html = (
        "<p>PLYMOUTH ROCK TECHNOLOGIES INC.</p><p>(Exact name of Registrant as specified in its charter)</p>"
        "<p>C.\tOrganizational Structure</p><p>The Company's subsidiary is as follows:</p><table>"
        "<tr><td>Entity</td><td>Country of Incorporation</td><td>Effective Economic Interest</td></tr>"
        '<tr><td>Plymouth Rock Technologies Inc. ("Plymouth Rock USA")</td><td>USA</td><td>100%</td></tr>'
        "</table><p>Plymouth Rock USA was incorporated under the General Corporation Law of the State of "
        "Delaware on March 22, 2018.</p>"
    )
    orgs, links = _orgs_and_links(facts(html))
    assert "Plymouth Rock USA" in orgs
    assert not [n for n in orgs if "(" in n]
    assert links == {("Plymouth Rock USA", FILER.name)}


def test_constructed_short_names_in_subsidiary_tables():
    """Plain text with curly and straight quotes; the short name replaces the legal name only for the
    row named like its parent."""
    text = (
        "OSPREY GROUP PLC\n(Exact name of Registrant as specified in its charter)\n\n"
        "The Company's subsidiaries are as follows:\n\n"
        "Entity\tCountry of Incorporation\tEffective Economic Interest\n"
        "Osprey Marine Limited (“Osprey Marine”)\tEngland\t100%\n"
        'Osprey Group plc ("Osprey US")\tUSA\t100%\n\n'
        "Osprey US was incorporated in Delaware in 2019."
    )
    orgs, links = _orgs_and_links(facts(text, "text/plain"))
    assert {"Osprey Marine Limited", "Osprey US"} <= orgs
    assert not [n for n in orgs if "(" in n]
    assert links == {("Osprey Marine Limited", FILER.name), ("Osprey US", FILER.name)}


# --- name boundaries ---------------------------------------------------------------------------


def test_a_co_hyphen_word_begins_the_name():
    # plymouth 20-F: "President & Director at Co-Owners Rewards, Inc."
    assert names("He is President & Director at Co-Owners Rewards, Inc. (a start-up).") == {
        "Co-Owners Rewards, Inc."
    }
    assert names("Supplies come from CO-OP Grocers Inc. each week.") == {"CO-OP Grocers Inc."}
    assert names("Jane Roe, Co-Chairman Globex Inc., spoke.") == {"Globex Inc."}  # a title stays out


def test_a_name_does_not_run_across_a_sentence_end_or_a_heading_line():
    # submission/central-pacific-financial_S-3_2025-06-30_0001140361-25-024210.txt
    text = "We have 27 branches, 1 on the island of Kauai.\nCentral Pacific Bank is a full-service bank."
    assert "Kauai. Central Pacific Bank" not in names(text)
    text = (
        "TABLE OF CONTENTS\n\nRestrictions on Ownership-Bank Regulatory Restrictions\n"
        "The Bank Holding Company Act generally would prohibit any company from acquiring control of us."
    )
    assert names(text) == set()
    # constructed: other banks and lines; a name wrapped inside a paragraph is kept whole
    assert names("Our stores are on Maui.\nPacific Harbor Bank lends to them.") == {"Pacific Harbor Bank"}
    text = "HOFFMAN ESTATES, Ill., July 22 /PRNewswire/ -- Sears, Roebuck\nand Co. (NYSE: S) today reported"
    assert "Sears, Roebuck and Co." in names(text)
    text = (
        "Agreement dated March 2, 2001 among the\n   Company, the Lenders Named Herein and The Chase "
        "Manhattan\n   Bank as agent."
    )
    assert "Chase Manhattan Bank" in names(text)


def test_people_after_messrs_are_not_companies():
    # gainsco 10-K: "We have entered into employment agreements with Messrs. Stallings, Anderson and Reis."
    text = "We have entered into employment agreements with Messrs. Stallings, Anderson and Reis."
    assert names(text) == set() and links_of(text) == set()
    text = "We signed agreements with Mmes. Okafor and Lindqvist and a contract with Drs. Patel and Yu."
    assert names(text) == set()


def test_status_phrases_ending_in_company_are_not_names():
    # plymouth 20-F headings: "... as a CSE Listed Company", "Objects and Purposes of Our Company"
    assert is_junk_org("CSE Listed Company")
    assert is_junk_org("Objects and Purposes of Our Company")
    assert is_junk_org("U.S. Public Company")
    assert is_junk_org("TSX Quoted Company")
    assert not is_junk_org("PTT Public Company Limited")  # a Thai legal form
    assert not is_junk_org("Listed Company Services Ltd.")


def test_a_place_based_head_is_not_part_of_the_name():
    # plymouth 20-F: "... Agreement with Michigan-based Trendset Communications Group"
    text = (
        "On August 25, 2020, the Company announced that it has signed a Re-seller and Purchase Agreement "
        "with Michigan-based Trendset Communications Group, a leading technology provider."
    )
    assert "Trendset Communications Group" in _party_names(text)
    assert not [n for n in _party_names(text) if "based" in n]
    text = "Initech formed a joint venture with New York-headquartered Globex Energy Partners in May."
    assert not [n for n in _party_names(text) if "headquartered" in n]
    assert "Globex Energy Partners" in _party_names(text)


def _party_names(text: str) -> set[str]:
    orgs = read_orgs(text)
    _, parties = find_links(text, orgs)
    return {p.name for p, _, _ in parties}


def test_a_town_and_state_code_before_a_zip_code_is_an_address():
    # adc S-3, selling stockholders' notes: "... is 1209 Orange Street, Wilmington, SE 19801."
    flat = "(iii) Pinehurst Partners, L.P. is 1209 Orange Street, Wilmington, SE 19801."
    assert [flat[a:b] for _, a, b in legal_names(flat)] == ["Pinehurst Partners, L.P."]
    flat = "Mail to 5 Elm Road, Castle Rock, CO 80104-1234 or to Dover, NV 89001."
    assert [flat[a:b] for _, a, b in legal_names(flat)] == []


def test_a_form_number_broken_at_its_hyphen_is_not_part_of_the_name():
    # submission/wmx-technologies_10-K_1994-03-30: "registration statement on Form S-\n3 of Wheelabrator ..."
    flat = (
        "Exhibit 28 to the registration statement on Form S- 3 of Wheelabrator Technologies Inc. (File 33-1)"
    )
    assert [flat[a:b] for _, a, b in legal_names(flat)] == ["Wheelabrator Technologies Inc."]
    flat = "as filed on Form F- 1 to Globex Holdings plc and the S-8 of Hooli Corp."
    assert [flat[a:b] for _, a, b in legal_names(flat)] == ["Globex Holdings plc", "Hooli Corp."]


# --- "X, a subsidiary owned 56% by A and 40% by B"; "A, through X and its subsidiaries, ..." ----


def test_wmx_subsidiary_owned_by_two_parents_and_through_a_subsidiary():
    # submission/wmx-technologies_10-K_1994-03-30_0000950131-94-000440.txt, Item 1 (the two sentences
    # as written; the short names are defined here in plain form, the 10-K defines them in a longer
    # "referred to herein, together with its subsidiaries, as" clause)
    text = (
        'Chemical Waste Management, Inc. ("CWM") and Wheelabrator Technologies Inc. ("WTI") are listed. '
        "Rust International Inc., a subsidiary owned approximately 56% by CWM and 40%\nby WTI (referred to "
        'herein, together with its subsidiaries, as "Rust"), furnishes engineering, construction and '
        "consulting services. WTI, through Wheelabrator Environmental Systems Inc. and its subsidiaries, is\n"
        "a leading developer, operator and owner of trash-to-energy and independent power facilities."
    )
    got = links_of(text)
    assert ("Rust International Inc.", "Chemical Waste Management, Inc.") in got
    assert ("Rust International Inc.", "Wheelabrator Technologies Inc.") in got
    assert ("Wheelabrator Environmental Systems Inc.", "Wheelabrator Technologies Inc.") in got


def test_constructed_joint_subsidiary_and_through_clauses():
    text = (
        "Alder Pipeline LLC, a joint subsidiary jointly owned 60 percent by Birch Energy Corp. and 40 "
        "percent by Cedar Gas Inc., operates the line."
    )
    orgs = read_orgs(text)
    links, _ = find_links(text, orgs)
    got = {(x.child.name, x.parent.name if x.parent else None, x.percent) for x in links}
    assert ("Alder Pipeline LLC", "Birch Energy Corp.", 60) in {(c, p, int(n)) for c, p, n in got if n}
    assert ("Alder Pipeline LLC", "Cedar Gas Inc.", 40) in {(c, p, int(n)) for c, p, n in got if n}
    text = (
        "Dunmore Group plc, principally through Dunmore Retail Ltd and its operating subsidiaries, sells tea."
    )
    assert ("Dunmore Retail Ltd", "Dunmore Group plc") in links_of(text)
    text = "Elm Corp., through Fir Holdings Inc., owns land."  # no "and its subsidiaries": no link read
    assert ("Fir Holdings Inc.", "Elm Corp.") not in links_of(text)
