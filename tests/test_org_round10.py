"""text-orgs, round 10: national banks' legal forms and defined terms after a lead-in.

Each rule is checked on the real passage (quoted from a development-set filing, named in the test) and
on made-up variants with other names and spacing, so that the rule is a construction, not one sentence.
Expected answers were read from the passages by hand.
"""

from __future__ import annotations

from edgarkg.extractors.text_orgs import find_links
from edgarkg.text.orgs import read_orgs


def names(text: str) -> set[str]:
    return {e.name for e in read_orgs(text).entries.values()}


def links_of(text: str) -> set[tuple[str, str | None]]:
    orgs = read_orgs(text)
    links, _ = find_links(text, orgs)
    return {(link.child.name, link.parent.name if link.parent else None) for link in links}


def alias_of(text: str, term: str) -> str | None:
    entry = read_orgs(text).resolve(term)
    return entry.name if entry is not None else None


# --- "U.S. Bank National Association", "Citibank, N.A.": the bank's legal form is part of its name ---


def test_macys_trustee_national_association_without_comma_and_its_predecessor():
    # tests/data/blind4/corpus/proxy/macys_10-K_FY2012.htm, exhibit list
    text = (
        "Indenture, dated as of September 10, 1997, between the Company and U.S. Bank National "
        "Association (successor to Citibank, N.A.), as Trustee (the \u201c1997 Indenture\u201d)"
    )
    found = names(text)
    assert "U.S. Bank National Association" in found
    assert "Citibank, N.A." in found
    assert "U.S. Bank" not in found


def test_tegna_trustees_named_with_n_a():
    # tests/data/blind4/corpus/proxy/tegna_10-K_FY2015.htm, exhibit list
    text = (
        "Indenture, dated as of March 14, 2002, between TEGNA Inc. and Wells Fargo Bank Minnesota, N.A., "
        "as Trustee. Supplemental Indenture dated as of June 1, 1995, among TEGNA Inc., NationsBank, N.A., "
        "as Trustee, and Crestar Bank, as Trustee."
    )
    found = names(text)
    assert {"Wells Fargo Bank Minnesota, N.A.", "NationsBank, N.A.", "TEGNA Inc."} <= found
    assert "Wells Fargo Bank" not in found  # the shorter reading inside the longer name is dropped


def test_variants_bank_of_place_and_one_word_bank_with_n_a():
    found = names("The credit agreement names Bank of America, N.A., as administrative agent.")
    assert "Bank of America, N.A." in found
    found = names("Payments go to the paying agent, Globexbank, N.A. and to no one else.")
    assert "Globexbank, N.A." in found
    found = names("Notes were issued to First Horizon Bank National Association as trustee.")
    assert "First Horizon Bank National Association" in found


def test_n_a_name_longer_than_read_is_not_cut_in_the_middle():
    # a run of capitalised words longer than the pattern reads: no fragment of it is a name
    text = "Trustee: The Bank of New York Mellon Trust Company, N.A. (\u201cBNY Mellon\u201d) signs."
    found = names(text)
    assert "Bank of New York Mellon Trust Company, N.A." in found
    assert not any(n.startswith(("New York", "York", "Mellon")) for n in found)


# --- defined terms after a lead-in: "(referred to herein, together with its subsidiaries, as "X")" ---


def test_wmx_term_defined_for_the_company_and_its_subsidiaries():
    # tests/data/blind2/corpus/submission/wmx-technologies_10-K_1994-03-30_0000950131-94-000440.txt
    text = (
        "Chemical Waste Management, Inc. (referred to herein, together with its subsidiaries, as "
        '"CWM"), a subsidiary of the Company, provides hazardous waste services. CWM operates sites.'
    )
    assert alias_of(text, "CWM") == "Chemical Waste Management, Inc."


def test_variants_of_the_lead_in():
    text = "Acme Holdings, Inc. (together with its subsidiaries, \u201cAHI\u201d) is a supplier. AHI ships."
    assert alias_of(text, "AHI") == "Acme Holdings, Inc."
    text = "Globex Industries Corp. (hereinafter, collectively with its subsidiaries, \u201cGIC\u201d) sells."
    assert alias_of(text, "GIC") == "Globex Industries Corp."
    text = 'Initrode LLC (referred to below as "Initrode Group") makes staplers.'
    assert alias_of(text, "Initrode Group") == "Initrode LLC"


def test_norfolk_southern_group_term_after_its_subsidiaries():
    # tests/data/blind2/corpus/proxy/norfolk-southern_10-K_FY2008.htm, note 1
    text = (
        "These consolidated financial statements include Norfolk Southern Corporation (Norfolk Southern) "
        "and its majority-owned and controlled subsidiaries (collectively, NS). Norfolk Southern\u2019s "
        "major subsidiary is Norfolk Southern Railway Company."
    )
    assert alias_of(text, "NS") == "Norfolk Southern Corporation"


def test_variants_group_term_and_unrelated_parenthesis():
    text = "They include Acme Widget Corporation and its consolidated subsidiaries (collectively, AWC)."
    assert alias_of(text, "AWC") == "Acme Widget Corporation"
    text = "Vandelay Industries, Inc. and their wholly-owned subsidiaries (collectively, VII) import latex."
    assert alias_of(text, "VII") == "Vandelay Industries, Inc."
    # a bare parenthesis after other words is no definition of the earlier name
    text = "Acme Widget Corporation sells to schools (Springfield) every year."
    assert alias_of(text, "Springfield") != "Acme Widget Corporation"


def test_us_bancorp_bank_named_with_and_without_its_form_is_one_bank():
    # tests/data/blind2 us-bancorp 8-K EX-99.1 names the bank "U.S. Bank" and, in full, with its form
    text = "The trustee, U.S. Bank, signed. The bank is U.S. Bank National Association."
    assert len(read_orgs(text).entries) == 1
    text = "Globex Bank National Association lends. The loan was called by Globex Bank in May."
    entries = read_orgs(text).entries
    assert len(entries) == 1


# --- "the EELP Limited Partnership Agreement": a partnership's form inside a document's title ---


def test_excelerate_partnership_agreement_is_no_partnership():
    # tests/data/blind4/corpus/submission/excelerate-energy_424B5_2025-03-31_0001193125-25-068732.txt
    text = (
        "Amended and Restated Limited Partnership Agreement of EELP, dated April 14, 2022 (as the same may "
        "be amended from time to time, the \u201cEELP Limited Partnership Agreement\u201d)) to holders"
    )
    assert not any("Partnership" in n for n in names(text))


def test_variants_llc_and_operating_agreements_but_not_a_sentence_end():
    assert names("under the Globex Holdings LLC Agreement dated May 1, 2020") == set()
    assert names("pursuant to the Hooli Partners LLC Operating Agreement") == set()
    # the name ends a sentence: the next sentence's "Agreements" is no part of it
    assert "Globex Widgets LLC" in names("We sold assets to Globex Widgets LLC. Agreements were signed.")
    assert "Acme Partners, L.P." in names("Acme Partners, L.P. signed the agreement.")


# --- "Parent's 100%-owned subsidiary, X": the share owned as a number before "subsidiary, X" ---


def test_macys_parents_100_percent_owned_subsidiary():
    # tests/data/blind4/corpus/proxy/macys_10-K_FY2012.htm, condensed consolidating statements
    text = (
        "Macy\u2019s, Inc. (\u201cParent\u201d) is a holding company. Certain notes constitute debt "
        "obligations of Parent\u2019s 100%-owned subsidiary, Macy\u2019s Retail Holdings, Inc. "
        "(\u201cSubsidiary Issuer\u201d) are fully and unconditionally guaranteed by Parent."
    )
    assert ("Macy\u2019s Retail Holdings, Inc.", "Macy\u2019s, Inc.") in links_of(text)


def test_variants_100_percent_and_majority_owned_subsidiary():
    text = "Acme Corp. (the \u201cCompany\u201d) and the Company\u2019s 100% owned subsidiary, Ajax LLC."
    assert ("Ajax LLC", "Acme Corp.") in links_of(text)
    text = (
        "Globex Holdings, Inc. has one majority-owned subsidiary, Globex Mining Ltd., which operates mines."
    )
    assert ("Globex Mining Ltd.", "Globex Holdings, Inc.") in links_of(text)


# --- "Y, X's parent company, ...": the parent named in apposition before the possessive ---


def test_credit_suisse_group_credit_suisses_parent_company():
    # tests/data/blind4/corpus/submission/credit-suisse_F-3_2023-06-08_0001104659-23-069410.txt
    text = (
        "Credit Suisse AG (\u201cCredit Suisse\u201d) is a bank. Credit Suisse Group AG (\u201cCredit Suisse "
        "Group\u201d) is a holding company. Pursuant to the merger agreement between UBS Group AG and Credit "
        "Suisse Group, Credit Suisse\u2019s parent company, dated as of March 19, 2023, UBS Group will merge."
    )
    assert ("Credit Suisse AG", "Credit Suisse Group AG") in links_of(text)


def test_variants_parent_in_apposition_and_a_parent_named_after():
    text = (
        "Initech LLC sells staplers. Globex Holdings Inc., Initech LLC\u2019s ultimate parent, guarantees it."
    )
    assert ("Initech LLC", "Globex Holdings Inc.") in links_of(text)
    text = "Initech LLC sells staplers. Globex Holdings Inc., Initech LLC's parent company; Hooli Corp. sued."
    assert ("Initech LLC", "Globex Holdings Inc.") in links_of(text)
    # "X's parent company Hooli Corp.": the name after it is the parent, not the one before
    text = "Initech LLC sells. Globex Holdings Inc., Initech LLC\u2019s parent company Hooli Corp. sued."
    found = links_of(text)
    assert ("Initech LLC", "Hooli Corp.") in found
    assert ("Initech LLC", "Globex Holdings Inc.") not in found


def test_macys_supplemental_trust_indenture_is_a_document():
    # tests/data/blind4/corpus/proxy/macys_10-K_FY2012.htm, exhibit 4.8.3
    text = (
        "4.8.3\tFifth Supplemental Trust Indenture to the 2006 Indenture, dated as of June 26, 2008, "
        "among Macy\u2019s Retail, as issuer, the Company, as guarantor, and U.S. Bank National Association, "
        "as trustee"
    )
    found = names(text)
    assert not any("Supplemental" in n for n in found)
    assert "U.S. Bank National Association" in found


def test_variants_indentures_and_a_trust_that_is_a_company():
    found = names("First Supplemental Trust Indenture between Acme Corp. and Wilmington Trust Company.")
    assert found == {"Acme Corp.", "Wilmington Trust Company"}
    assert names("under the Globex Partners LLC Indenture dated May 1") == set()
    assert "Globex Statutory Trust" in names("Globex Statutory Trust issued notes.")


# --- "X Limited Partnership" beside "X, Inc.": an operating partnership is a company of its own ---


def test_excelerate_operating_partnership_is_not_the_filer():
    # tests/data/blind4/corpus/submission/excelerate-energy_424B5_2025-03-31_0001193125-25-068732.txt
    text = (
        "Excelerate Energy, Inc. is a company. On March 26, 2025, we entered into, through our subsidiary "
        "Excelerate Energy Limited Partnership, an equity and asset purchase agreement."
    )
    found = names(text)
    assert {"Excelerate Energy, Inc.", "Excelerate Energy Limited Partnership"} <= found
    assert ("Excelerate Energy Limited Partnership", None) in links_of(text)  # None: the filer


def test_variants_operating_partnership_and_its_abbreviated_form():
    text = (
        "Globex Properties Trust, Inc. is a REIT. Its operating partnership, Globex Properties Limited "
        "Partnership, a subsidiary of Globex Properties Trust, Inc., owns the buildings."
    )
    assert ("Globex Properties Limited Partnership", "Globex Properties Trust, Inc.") in links_of(text)
    # "L.P." is the same form written short: one partnership
    text = "Hooli Pipeline Partners, L.P. sells gas. Hooli Pipeline Partners Limited Partnership is its name."
    assert len(read_orgs(text).entries) == 1


def test_excelerate_units_of_a_partnership_are_no_part_of_its_name():
    # tests/data/blind4/corpus/submission/excelerate-energy_424B5_2025-03-31_0001193125-25-068732.txt
    text = (
        "shares reserved for future issuance upon the exchange of Class B Units of Excelerate Energy Limited "
        "Partnership (\u201cEELP\u201d) (and corresponding shares of our Class B common stock)"
    )
    assert alias_of(text, "EELP") == "Excelerate Energy Limited Partnership"


def test_variants_units_and_interests_of_a_partnership():
    assert names("holders of Common Units of Globex Midstream Partners, L.P. may vote.") == {
        "Globex Midstream Partners, L.P."
    }
    assert names("the limited partner interests of Hooli Partners LP are listed.") == {"Hooli Partners LP"}
