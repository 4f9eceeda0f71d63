"""Organisations and subsidiary links in modern inline-XBRL 10-Ks (issue #3, round 2).

Passages are short quotes from 2024 10-Ks of alphanome-ai/sec-parser-test-data (ticker and
accession cited with each), as the reading text renders them (table cells parted by tabs),
plus made-up variants of the same constructions.
"""

from __future__ import annotations

from edgarkg.extractors.text_orgs import TextOrgsExtractor
from edgarkg.model import Document, Organization, Subsidiary
from edgarkg.text.legal_names import legal_names
from edgarkg.text.org_filters import is_junk_org
from edgarkg.text.orgs import read_orgs
from edgarkg.text.squeeze import squeeze


def _names(text: str) -> list[str]:
    return [name for name, _, _ in legal_names(squeeze(text)[0])]


def _facts(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    doc = Document(source="made-up.txt", data=text.encode(), filing_id="sha256:0", doc_type="10-K")
    facts = list(TextOrgsExtractor().extract(doc))
    orgs = {f.ref.name for f in facts if isinstance(f, Organization)}
    subs = {(f.child.name, f.parent.name or "") for f in facts if isinstance(f, Subsidiary)}
    return orgs, subs


# --- table cells --------------------------------------------------------------------------


def test_a_name_does_not_run_across_table_cells() -> None:
    # SJM 0000091419-24-000054, competitor table: brand cell, then the company cell
    row = "Skippy\tHormel Foods Corporation\nMaxwell House and Yuban\tThe Kraft Heinz Company\n"
    assert _names(row) == ["Hormel Foods Corporation", "Kraft Heinz Company"]
    # MARA 0001628280-24-007680, site table: location cell, then the host
    assert _names('McCamey, Texas\tHut 8 Mining Corp. ("Hut 8") affiliate\t216\n') == ["Hut 8 Mining Corp."]
    # a plain-text table's wide gap is a cell boundary too; a single space is not
    assert _names("Nutella       Ferrero Widgets Inc.\n") == ["Ferrero Widgets Inc."]
    assert _names("sold to Ferrero Widgets Inc. in May\n") == ["Ferrero Widgets Inc."]


def test_an_exhibit_number_cell_is_not_part_of_the_name() -> None:
    # RIOT 0001558370-24-001550, exhibit index
    assert _names("16\tLetter of Marcum LLP to the Securities and Exchange Commission\n") == ["Marcum LLP"]
    assert _names("\n97\tRiot Platforms Inc. Compensation Recovery Policy\n") == ["Riot Platforms Inc."]


def test_a_total_row_is_not_an_organisation() -> None:
    assert is_junk_org("Total Company")
    assert is_junk_org("Total Americas")
    assert not is_junk_org("Total S.A.")


# --- name heads -----------------------------------------------------------------------------


def test_initials_open_the_name() -> None:
    # SJM 0000091419-24-000054 cover; KHC 0001637459-24-000018 history
    assert _names("THE J. M. SMUCKER COMPANY\n(Exact name of registrant)") == ["J. M. SMUCKER Company"]
    assert "H. J. Heinz Company" in _names(
        "and H. J. Heinz Company changed its name to Kraft Heinz Foods Company"
    )
    # a person's initials, or a legal form before the next name, do not
    assert _names("Jane Q. R. Acme Company") == ["Acme Company"]
    assert _names("Globex N.V. Globex Funding Corp") == ["Globex N.V.", "Globex Funding Corp"]


def test_document_titles_before_of_are_trimmed() -> None:
    # RIOT 0001558370-24-001550, PLTR 0001321655-24-000022 exhibit indexes
    assert _names("4.7 Fourth Amended and Restated Equity Incentive Plan of Riot Platforms, Inc.") == [
        "Riot Platforms, Inc."
    ]
    assert _names("4.1 Description of Capital Stock of Palantir Technologies Inc.\n") == [
        "Palantir Technologies Inc."
    ]
    # C3.ai 0001628280-24-028786: "by and between the Registrant and Google LLC"
    assert _names("Lease by and between the Registrant and Google LLC, dated") == ["Google LLC"]
    assert _names("with our Founders and Wilmington Trust, National Association, as trustee") == [
        "Wilmington Trust, National Association"
    ]


def test_terms_places_and_groups_are_not_organisations() -> None:
    # RKT 0001805284-24-000009, RIOT 0001558370-24-001550, PLTR 0001321655-24-000022
    for term in ("MSRs", "Related Parties", "LLC Members", "Corsicana Facility", "Castle Rock, CO"):
        assert is_junk_org(term), term
    assert is_junk_org("C Corporation")  # "Rocket Companies is a C Corporation": a tax status
    assert is_junk_org("Further, Corporation")
    assert not is_junk_org("Acme Holders, LLC")
    assert _names("based on the Guideline Public Company Method, which is derived") == []


def test_a_founder_named_with_his_post_is_a_person() -> None:
    # RKT 0001805284-24-000009
    orgs, _ = _facts(
        "Rocket Widgets, Inc. makes loans. Dan Gilbert, our founder and Chairman, created a culture. "
        "We have an agreement with Dan Gilbert and with Globex Lending LLC."
    )
    assert "Dan Gilbert" not in orgs
    assert "Globex Lending LLC" in orgs


# --- subsidiary links -----------------------------------------------------------------------


def test_our_place_subsidiary_comma_name() -> None:
    # KHC 0001637459-24-000018
    text = (
        "The Kraft Heinz Company makes food. On February 5, 2024, we finalized the sale of 100% of the "
        "equity interests in our Papua New Guinea subsidiary, Hugo Canning Company Ltd. The estimated "
        "pre-tax loss on sale for this business is approximately $80 million."
    )
    orgs, subs = _facts(text)
    assert ("Hugo Canning Company Ltd.", "(filer)") in subs  # the filer: "our ... subsidiary"
    assert "Papua New Guinea" not in orgs


def test_a_nationality_subsidiary_names_none() -> None:
    # CL 0000021665-24-000003
    orgs, subs = _facts(
        "Colgate-Palmolive Company sells soap. In April 2019, the Greek courts affirmed the judgment "
        "against the Company's Greek subsidiary, but reduced the fine."
    )
    assert not subs
    assert "Greek" not in orgs


def test_percent_owned_operating_subsidiary_after_a_defined_term() -> None:
    # KHC 0001637459-24-000018
    text = (
        "The Kraft Heinz Company makes food. In July 2022, together with Kraft Heinz Foods Company "
        "(“KHFC”), our 100% owned operating subsidiary, we entered into a new credit agreement."
    )
    _, subs = _facts(text)
    assert ("Kraft Heinz Foods Company", "(filer)") in subs


def test_owns_the_following_entities_in_a_sentence() -> None:
    # RKT 0001805284-24-000009 (shortened)
    text = (
        "Rocket Widgets, Inc. is a holding company. RKT Holdings, LLC (“Holdings”) conducts its operations. "
        "Holdings is a Michigan limited liability company and wholly owns the following entities, with "
        "each entity's subsidiaries identified in parentheses: Rocket Mortgage, LLC, Amrock Holdings, LLC "
        "(“Amrock”), Rocket Money, Inc. and Rocket Card, LLC.\n"
    )
    _, subs = _facts(text)
    for child in ("Rocket Mortgage, LLC", "Amrock Holdings, LLC", "Rocket Money, Inc.", "Rocket Card, LLC"):
        assert (child, "RKT Holdings, LLC") in subs, child


def test_following_owned_entities_one_to_a_line() -> None:
    # MARA 0001628280-24-007680, Note 2
    text = (
        "Marathon Digital Holdings, Inc. mines bitcoin.\n\nThe Company consolidates the financial results "
        "of the following 100% owned entities:\n\nSubsidiaries\nMARA USA Corporation\nMARA Tech, Inc.\n"
        "Marathon Digital Leasing, LLC\n\nUse of Estimates and Assumptions\nThe preparation of financial "
        "statements requires estimates.\n"
    )
    _, subs = _facts(text)
    for child in ("MARA USA Corporation", "MARA Tech, Inc.", "Marathon Digital Leasing, LLC"):
        assert (child, "(filer)") in subs, child
    # a list of peers is not ownership
    _, subs = _facts(
        "Acme Widgets, Inc. makes widgets. Our peer group includes the following companies: "
        "Globex Corporation, Initech, Inc. and Hooli LLC.\n"
    )
    assert not subs


def test_no_region_unit_inside_a_legal_name() -> None:
    # KHC 0001637459-24-000018: a trustee whose legal name ends in a region
    text = (
        "Deutsche Bank Trust Company Americas, as trustee, and Acme Widgets, Inc. signed. "
        "Acme Finance Company issued notes; Acme Finance UK, Inc. guaranteed them."
    )
    _, subs = _facts(text)
    assert not subs
    assert not [e for e in read_orgs(text).entries.values() if e.kind == "unit"]


def test_now_acquired_is_an_adjective() -> None:
    # C3.ai 0001628280-24-028786
    _, subs = _facts(
        "C3.ai, Inc. sells software. C3 AI and Fractal first partnered in 2019, through the now-acquired "
        "Neal Analytics, and expanded the partnership."
    )
    assert not subs


def test_subsidiaries_of_x_such_as() -> None:
    # RKT 0001805284-24-000009
    text = (
        "Rocket Widgets, Inc. is a holding company. RKT Holdings, LLC (“Holdings”) runs its business. "
        "Other subsidiaries of Holdings, such as Amrock Title Insurance Co., LMB Mortgage Services and "
        "others, are treated as C Corporations."
    )
    _, subs = _facts(text)
    assert ("Amrock Title Insurance Co.", "RKT Holdings, LLC") in subs
    assert ("LMB Mortgage Services", "RKT Holdings, LLC") in subs


def test_a_bank_name_ending_in_a_region_is_one_name() -> None:
    # TSLA 0001628280-24-002390 exhibit index: "Goldman Sachs Bank USA" is not a unit of "Goldman Sachs Bank"
    text = "Acme Motors, Inc. borrowed from Globex Bank USA, as lender, and from Globex Bank, as agent."
    _, subs = _facts(text)
    assert not subs


def test_an_auditor_report_heading_is_trimmed() -> None:
    # GD 0000040533-24-000007: the heading runs into the addressee line
    assert _names("OVER FINANCIAL REPORTING To the Shareholders of General Dynamics Corporation:\n") == [
        "General Dynamics Corporation"
    ]


def test_a_state_with_a_legal_form_names_nothing() -> None:
    # a truncated "<name> of West Virginia, Inc." leaves only the state and the form
    assert _names("sold steel to West Virginia, Inc. in 2003") == []
    assert _names("sold steel to Virginia Widgets, Inc. in 2003") == ["Virginia Widgets, Inc."]
