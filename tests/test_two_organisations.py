"""One title written over two organisations gives a post at each (edgarkg.text.employers, issue #3).

Bank holding companies write their officers' posts at the holding company and
its bank in one phrase ("President and Chief Executive Officer of the Company
and the Bank"); REITs do the same with their operating partnership. The
expected values below were read from the sentences by hand.
"""

from __future__ import annotations

from edgarkg.text.employers import OrgTerms, second_title_post, term_post, two_org_posts
from edgarkg.text.people import find_people

# The defining sentence a holding company's filing opens with (constructed, in the usual form).
HOLDING = 'Acme Bancorp, Inc. (the "Company") is the holding company for Acme National Bank (the "Bank"). '


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in find_people(text)}


# --- the three probes of the round-7 brief -------------------------------------------------------


def test_title_of_the_company_and_the_bank_is_a_post_at_each() -> None:
    text = HOLDING + (
        "John A. Smith has served as President and Chief Executive Officer of the Company and the Bank "
        "since 2001."
    )
    assert _posts(text) == {
        ("John A. Smith", "President and Chief Executive Officer", None),  # None: the filer
        ("John A. Smith", "President and Chief Executive Officer", "Acme National Bank"),
    }


def test_of_the_company_and_of_the_bank() -> None:
    text = (
        HOLDING
        + "Mary Jones is Executive Vice President and Chief Financial Officer of the Company and of the Bank."
    )
    orgs = {m.org for m in find_people(text) if m.name == "Mary Jones"}
    assert orgs == {None, "Acme National Bank"}


def test_two_legal_names_after_one_title() -> None:
    text = "John A. Smith is Chairman and Chief Executive Officer of Foo Bancorp, Inc. and Foo National Bank."
    assert _posts(text) == {
        ("John A. Smith", "Chairman and Chief Executive Officer", "Foo Bancorp, Inc."),
        ("John A. Smith", "Chairman and Chief Executive Officer", "Foo National Bank"),
    }


def test_a_second_title_at_its_subsidiary() -> None:
    text = (
        "John A. Smith is President of Foo Bancorp, Inc. and Chairman of its subsidiary, Foo Trust Company."
    )
    assert _posts(text) == {
        ("John A. Smith", "President", "Foo Bancorp, Inc."),
        ("John A. Smith", "Chairman", "Foo Trust Company"),
    }


# --- other ways of writing it ----------------------------------------------------------------------


def test_both_the_company_and_the_bank() -> None:
    text = HOLDING + "Mary Jones has been President of both the Company and the Bank since 1999."
    assert {m.org for m in find_people(text)} == {None, "Acme National Bank"}


def test_a_director_of_the_company_and_its_subsidiary() -> None:
    text = (
        HOLDING
        + "Mary Jones is a director of the Company and its wholly owned subsidiary, Acme Savings Bank."
    )
    assert {m.org for m in find_people(text)} == {None, "Acme Savings Bank"}


def test_cfo_of_the_company_and_treasurer_of_the_bank() -> None:
    text = (
        HOLDING + "Mary Jones serves as Chief Financial Officer of the Company and as Treasurer of the Bank."
    )
    assert _posts(text) == {
        ("Mary Jones", "Chief Financial Officer", None),
        ("Mary Jones", "Treasurer", "Acme National Bank"),
    }


def test_operating_partnership_defined_by_a_short_legal_name() -> None:
    # 'Acme Realty, L.P. (the "Operating Partnership")': the legal name is shorter than its term.
    text = (
        'Acme Realty Corp. (the "Company") is the general partner of Acme Realty, L.P. (the "Operating '
        'Partnership"). Jane Roe has been Chief Financial Officer of the Company and the Operating '
        "Partnership since 2015."
    )
    assert {m.org for m in find_people(text)} == {None, "Acme Realty, L.P."}


def test_officer_table_cell_names_both() -> None:
    terms = OrgTerms({"COMPANY": "Acme Bancorp, Inc.", "BANK": "Acme National Bank"}, None)
    cell = "John A. Smith 58 President and CEO of the Company and the Bank"
    assert two_org_posts(cell, "President and CEO of the Company and the Bank", terms) == (
        "President and CEO",
        ["", "Acme National Bank"],
    )
    assert two_org_posts(
        "President and Chief Executive Officer, Foo Bancorp, Inc. and Foo National Bank",
        "President and Chief Executive Officer",
        OrgTerms({}, None),
    ) == ("President and Chief Executive Officer", ["Foo Bancorp, Inc.", "Foo National Bank"])


def test_title_of_the_bank_alone_goes_to_the_bank() -> None:
    terms = OrgTerms({"COMPANY": "Acme Bancorp, Inc.", "BANK": "Acme National Bank"}, None)
    assert term_post("Peter Roe, Senior Vice President of the Bank.", "Senior Vice President", terms) == (
        "Acme National Bank"
    )


def test_second_title_reader_returns_both_organisations() -> None:
    terms = OrgTerms({"COMPANY": "Acme Bancorp, Inc.", "BANK": "Acme National Bank"}, None)
    passage = "Mary Jones serves as Chief Financial Officer of the Company and as Treasurer of the Bank."
    assert second_title_post(passage, "Chief Financial Officer", terms) == (
        "",
        "Treasurer",
        "Acme National Bank",
    )


# --- what must stay one organisation, or the filer's ------------------------------------------------


def test_the_bank_that_is_the_filer_stays_the_filer() -> None:
    # A bank filing for itself: "the Bank" is the registrant, and no other company is defined.
    text = 'Acme Bank (the "Bank") files this report. John Roe is President of the Bank and a director.'
    assert {m.org for m in find_people(text)} == {None}


def test_one_name_with_and_or_of_is_not_split() -> None:
    assert _posts("John Smith is Chairman of Procter & Gamble.") == {
        ("John Smith", "Chairman", "Procter & Gamble")
    }
    assert len(find_people("John Smith is a director of Bank of America, N.A.")) == 1


def test_a_place_is_not_a_second_organisation() -> None:
    text = HOLDING + "John Roe is President of Acme Bancorp, Inc. and Springfield."
    assert {m.org for m in find_people(text)} == {"Acme Bancorp, Inc."}


def test_the_next_person_in_a_list_is_not_a_second_organisation() -> None:
    # tests/data/blind/corpus/submission/jpmorgan-chase_8-K_2026-06-25_0000019617-26-000241.txt (Item 5.02):
    # "..., and Troy Rohrbaugh, Co-President" is the next member, not a company "Troy Rohrbaugh, Co".
    text = (
        "JPMorgan Chase & Co. approved one-time Retention and Continuity equity based awards on June 24, "
        "2026 to the following Operating Committee members: Doug Petno, Co-President and CEO of the "
        "Commercial & Investment Bank, and Troy Rohrbaugh, Co-President and CEO of Consumer & Community "
        "Banking, in the amount of $30 million each."
    )
    mentions = find_people(text)
    assert sorted(m.name for m in mentions) == ["Doug Petno", "Troy Rohrbaugh"]
    assert not any(m.org and "Rohrbaugh" in m.org for m in mentions)
    terms = OrgTerms({}, "JPMorgan Chase & Co.")
    assert two_org_posts(text, "Co-President and CEO", terms) is None  # "&": a business line, no company


def test_a_proper_name_term_is_left_to_the_title_readers() -> None:
    # tests/data/blind/corpus/proxy/tgfin-holdings_10-K_FY2009_0001010412-10-000078.txt: "TradinGear" is a
    # defined short name, not a common noun the title readers took for the filer.
    terms = OrgTerms({"TRADINGEAR": "Tradingear.com Incorporated", "COMPANY": "TGFIN Holdings, Inc."}, None)
    passage = (
        "Marni Gaer became a Director, Corporate Secretary, and In House Counsel of TradinGear in October "
        "1999."
    )
    assert term_post(passage, "In House Counsel", terms) is None


def test_a_business_line_defined_term_is_no_organisation() -> None:
    terms = OrgTerms({"CCB": "CEO of Consumer & Community Banking", "COMPANY": "JPMorgan Chase & Co."}, None)
    assert terms.resolve("CCB") is None
    assert terms.resolve("Company") == ""  # the filer


def test_each_person_keeps_the_organisations_of_their_own_title() -> None:
    text = HOLDING + (
        "John Smith, President of the Company, and Jane Doe, President of the Company and the Bank, signed "
        "the agreement."
    )
    assert _posts(text) == {
        ("John Smith", "President", None),
        ("Jane Doe", "President", None),
        ("Jane Doe", "President", "Acme National Bank"),
    }


def test_a_pronoun_sentence_of_a_biography() -> None:
    text = HOLDING + (
        "Mary Jones, 52, joined the Company in 1998. She is Senior Vice President and Chief Credit "
        "Officer of the Company and the Bank."
    )
    titled = {(m.title, m.org) for m in find_people(text) if "Credit" in m.title}
    assert titled == {
        ("Senior Vice President and Chief Credit Officer", None),
        ("Senior Vice President and Chief Credit Officer", "Acme National Bank"),
    }


def test_appointed_to_the_board_of_the_company_and_the_bank() -> None:
    text = (
        HOLDING
        + "On June 29, 2026, the Board appointed John Roe to the Board of Directors of the Company and "
        + "the Bank."
    )
    assert {(m.title, m.org) for m in find_people(text)} == {
        ("Director", None),
        ("Director", "Acme National Bank"),
    }
    # the boards that appoint him are not the seat he takes
    text = HOLDING + "The Boards of Directors of the Company and the Bank appointed John Roe as a director."
    assert {m.org for m in find_people(text)} == {None}


def test_a_quote_in_a_press_release() -> None:
    text = (
        '"We had a strong quarter," said John Smith, President and Chief Executive Officer of Foo Bancorp, '
        "Inc. and Foo Bank."
    )
    assert {m.org for m in find_people(text)} == {"Foo Bancorp, Inc.", "Foo Bank"}


def test_its_subsidiary_a_national_association() -> None:
    text = (
        "Foo Bancorp, Inc. announced that Jane Roe has been named Executive Vice President of the Company "
        "and its subsidiary, Foo Bank, N.A."
    )
    assert {(m.title, m.org) for m in find_people(text)} == {
        ("Executive Vice President", None),
        ("Executive Vice President", "Foo Bank, N.A."),
    }


# An "Executive Officers of the Registrant" table of a bank holding company (constructed in the usual form).
OFFICER_TABLE = """<html><body>
<p>First Foo Corporation (the &#8220;Corporation&#8221;) is the parent of The First National Bank of Foo
(the &#8220;Bank&#8221;).</p>
<p>EXECUTIVE OFFICERS OF THE REGISTRANT</p>
<table>
<tr><td>Name</td><td>Age</td><td>Position</td></tr>
<tr><td>John A. Smith</td><td>58</td>
<td>President and Chief Executive Officer of the Corporation and the Bank</td></tr>
<tr><td>Mary K. Jones</td><td>49</td>
<td>Treasurer of the Corporation and Senior Vice President of the Bank</td></tr>
<tr><td>Peter Roe</td><td>51</td>
<td>Vice President, First Foo Corporation and The First National Bank of Foo</td></tr>
<tr><td>Ann Poe</td><td>44</td><td>Senior Vice President of the Bank</td></tr>
</table></body></html>"""


def test_officer_table_cells() -> None:
    from edgarkg.extractors.text_people import TextPeopleExtractor
    from edgarkg.model import FILER, Document
    from edgarkg.sources import read_bytes

    extractor = TextPeopleExtractor()
    got = set()
    for doc in read_bytes(OFFICER_TABLE.encode(), "officers.htm"):
        assert isinstance(doc, Document) and extractor.accepts(doc)
        for fact in extractor.extract(doc):
            org = None if fact.organization == FILER else fact.organization.name
            got.add((fact.person.name, fact.title, org))
    bank = "First National Bank of Foo"
    assert {
        ("John A. Smith", "President and Chief Executive Officer", None),
        ("John A. Smith", "President and Chief Executive Officer", bank),
        ("Mary K. Jones", "Treasurer", None),
        ("Mary K. Jones", "Senior Vice President", bank),
        ("Peter Roe", "Vice President", None),
        ("Peter Roe", "Vice President", bank),
        ("Ann Poe", "Senior Vice President", bank),
    } == got


def test_definitions_written_with_spaces_inside_the_quotes() -> None:
    from edgarkg.text.mentions import defined_terms

    # mwaldstein/edgarWebR tests/testdata/dev/form10k_122308.htm (Southwest Iowa Renewable Energy 10-K)
    text = (
        'Southwest Iowa Renewable Energy, LLC (the " Company "), located in Council Bluffs, Iowa, was formed'
    )
    assert defined_terms(text) == {"COMPANY": "Southwest Iowa Renewable Energy, LLC"}
    # the sentence before a definition is not part of the name (constructed)
    text = 'The Company is located in Iowa. Foo Savings Bank (the " Bank ") is its subsidiary.'
    assert defined_terms(text)["BANK"] == "Foo Savings Bank"
