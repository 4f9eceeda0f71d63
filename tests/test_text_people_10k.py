"""People in modern 10-Ks: executive-officer tables telling careers, signature grids, run-in headings.

Passages are short excerpts of 2024 10-Ks from the public test set
alphanome-ai/sec-parser-test-data (ticker and accession cited at each test),
in their reading-text form (HTML table cells separated by tabs), plus
constructed variants.
"""

from __future__ import annotations

from edgarkg.text.career_cells import current_titles
from edgarkg.text.name_grids import name_grid_mentions
from edgarkg.text.people import find_people
from edgarkg.text.sentences import lines
from edgarkg.text.signature_columns import signature_grid_mentions
from edgarkg.text.small_caps import join_small_caps


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.title) for m in find_people(text)}


# --- executive-officer tables whose position cell tells a career -------------------------


def test_current_titles_since_dates() -> None:
    # KO 0000021344-24-000009: two current titles, then past ones
    cell = (
        "Executive Vice President since January 2024. Global Chief Marketing Officer since January 2020"
        " and, prior to that, President of the Asia Pacific Group from January 2019 to December 2020."
    )
    assert current_titles(cell) == ["Executive Vice President", "Global Chief Marketing Officer"]
    # a description after the title is no part of it
    cell = (
        "Executive Vice President since January 2024 and President, International Development, with"
        " oversight of seven of the Company's operating units, since January 2023."
    )
    assert current_titles(cell) == ["Executive Vice President", "President, International Development"]


def test_current_titles_semicolon_list() -> None:
    # LOW 0000060667-24-000033: the current title first, then "title, employer, years" items
    cell = (
        "Executive Vice President, Merchandising since August 2018; President and CEO, Chervon North America"
        " (a global power tool supplier), 2015 – 2018; Senior Vice President, Merchandising, 2010 – 2012."
    )
    assert current_titles(cell) == ["Executive Vice President, Merchandising"]


def test_current_titles_none_when_all_past() -> None:
    assert current_titles("President from 2015 to 2018; Chief Operating Officer, 2012 – 2015.") == []
    assert current_titles("Joined the Company in 2006 and held roles of increasing responsibility.") == []


def test_career_table_rows() -> None:
    # KO 0000021344-24-000009, "Information About Our Executive Officers"
    text = (
        "The following are the executive officers of our Company as of February 20, 2024:\n\n"
        "Name\tAge\tPosition\n"
        "Lisa Chang\t55\tExecutive Vice President since January 2024 and Global Chief People Officer since"
        " March 2019 when she joined the Company. Senior Vice President from March 2019 to December 2023.\n"
        "Nikolaos Koumettis\t59\tPresident, Europe operating unit since January 2021, and prior to that,"
        " President of the Europe, Middle East and Africa Group from January 2019.\n"
    )
    found = _pairs(text)
    assert ("Lisa Chang", "Global Chief People Officer") in found
    assert ("Lisa Chang", "Executive Vice President") in found
    assert ("Nikolaos Koumettis", "President, Europe operating unit") in found
    assert not any(t == "Senior Vice President" for _, t in found)


def test_present_title_header_and_year_notes() -> None:
    # TMO 0000097745-24-000007: "Present Title (Fiscal Year First Became Executive Officer)"
    text = (
        "As of February 22, 2024, our executive officers were:\n\n"
        "Name\tAge\tPresent Title (Fiscal Year First Became Executive Officer)\tOther Positions Held\n"
        "Michel Lagarde\t50\tExecutive Vice President and Chief Operating Officer (2017)\tExecutive Vice"
        " President (2019-2021)\n"
        "Lisa P. Britt\t55\tSenior Vice President and Chief Human Resources Officer (2017)\n"
    )
    found = _pairs(text)
    assert ("Michel Lagarde", "Executive Vice President and Chief Operating Officer") in found
    assert ("Lisa P. Britt", "Senior Vice President and Chief Human Resources Officer") in found


def test_degrees_and_letter_notes_in_roster_cells() -> None:
    # JNJ 0000200406-24-000013: degrees after names, note letters glued to the position
    text = (
        "Listed below are the executive officers of the Company.\n\n"
        "Name\tAge\tPosition\n"
        "Peter M. Fasolo, Ph.D.\t61\tMember, Executive Committee; Executive Vice President, Chief Human"
        " Resources Officer(c)\n"
        "Jennifer L. Taubert\t60\tMember, Executive Committee; Executive Vice President, Worldwide Chairman,"
        " Innovative Medicine(i)\n"
    )
    names = {m.name: m.title for m in find_people(text)}
    assert "Peter M. Fasolo" in names
    assert "Chief Human Resources Officer" in names["Peter M. Fasolo"]
    assert names.get("Jennifer L. Taubert", "").endswith("Worldwide Chairman, Innovative Medicine")


def test_header_word_is_not_a_name() -> None:
    # PG 0000080424-24-000083: the header "First Elected to Officer Position" above the first row
    text = (
        "The names, ages and positions held by the Executive Officers of the Company"
        " on August 5, 2024, are:\n\n"
        "Name\tPosition\tAge\tFirst Elected to Officer Position\n"
        "Jon R. Moeller\tChairman of the Board, President and Chief Executive Officer\t60\t2009 (1)\n"
        "Shailesh Jejurikar\tChief Operating Officer\t57\t2018 (2)\n"
    )
    found = _pairs(text)
    assert ("Jon R. Moeller", "Chairman of the Board, President and Chief Executive Officer") in found
    assert not any(n.startswith("Position") for n, _ in found)


# --- signature pages laid out as grids -------------------------------------------------------


def test_signature_grid_name_and_title_in_one_cell() -> None:
    # KO 0000021344-24-000009: two signers per row, "*" for signatures by attorney
    text = (
        "/s/ ERIN MAY\t/s/ MARK RANDAZZA\n"
        "Erin May Senior Vice President and Controller (On behalf of the Registrant)\t"
        "Mark Randazza Senior Vice President, Assistant Controller and Chief Accounting Officer"
        " (Principal Accounting Officer)\n"
        "February 20, 2024\tFebruary 20, 2024\n"
        "*\t*\n"
        "Herb Allen Director\tChristopher C. Davis Director\n"
        "February 20, 2024\tFebruary 20, 2024\n"
    )
    found = {(m.name, m.title) for m in signature_grid_mentions(list(lines(text)))}
    assert found == {
        ("Erin May", "Senior Vice President and Controller"),
        ("Mark Randazza", "Senior Vice President, Assistant Controller and Chief Accounting Officer"),
        ("Herb Allen", "Director"),
        ("Christopher C. Davis", "Director"),
    }


def test_signature_grid_names_then_titles() -> None:
    # TMO 0000097745-24-000007: "By: /s/" cells, names on one row, capacities on the next
    text = (
        "By:\t/s/ Stephen Williamson\tBy:\t/s/ R. Alexandra Keith\n"
        "Stephen Williamson\tR. Alexandra Keith\n"
        "Senior Vice President and Chief Financial Officer\tDirector\n"
        "(Principal Financial Officer)\n"
        "By:\t/s/ Nelson J. Chai\tBy:\t/s/ Lars R. Sørensen\n"
        "Nelson J. Chai\tLars R. Sørensen\n"
        "Director\tDirector\n"
    )
    found = {(m.name, m.title) for m in signature_grid_mentions(list(lines(text)))}
    assert found == {
        ("Stephen Williamson", "Senior Vice President and Chief Financial Officer"),
        ("R. Alexandra Keith", "Director"),
        ("Nelson J. Chai", "Director"),
        ("Lars R. Sørensen", "Director"),
    }


def test_signature_grid_needs_signatures_in_every_cell() -> None:
    # a table of two people with titles but no signatures is no signature grid
    text = "Jane Roe\tJohn Doe\nChief Executive Officer\tDirector\n"
    assert list(signature_grid_mentions(list(lines(text)))) == []
    text = "/s/ Jane Roe\tFebruary 20, 2024\nJane Roe Director\tJohn Doe Director\n"
    assert list(signature_grid_mentions(list(lines(text)))) == []


# --- run-in biography headings ----------------------------------------------------------------


def test_run_in_heading_keeps_the_whole_title() -> None:
    # NKE 0000320187-24-000044, "Information about our Executive Officers"
    text = (
        "Heidi O'Neill, President, Consumer, Product & Brand — Ms. O'Neill, 59, joined NIKE in 1998 and has"
        " served as President, Consumer, Product & Brand of NIKE, Inc. since 2023. In this role, Ms. O'Neill"
        " leads the company's consumer, product and brand teams.\n"
    )
    titles = {t for n, t in _pairs(text) if n == "Heidi O'Neill"}
    assert "President, Consumer, Product & Brand" in titles
    assert "President" not in titles


def test_run_in_heading_needs_the_same_person() -> None:
    text = (
        "Jane Roe, Executive Vice President, Chief Legal Officer — Mr. Doe, 50, joined the Company"
        " in 2007 and leads the litigation group, which handles the matters described in the notes.\n"
    )
    assert ("Jane Roe", "Executive Vice President, Chief Legal Officer") not in _pairs(text)


# --- the registrant named only on the signature page ------------------------------------------


def test_registrant_from_signature_page_and_own_name_in_title() -> None:
    # ABT 0000001800-24-000006 has no "(Exact name of registrant ...)" note on its cover page
    text = (
        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934,"
        " Abbott Laboratories has duly caused this report to be signed on its behalf by the undersigned.\n\n"
        "/s/ ROBERT J. ALPERN\t/s/ CLAIRE BABINEAUX-FONTENOT\n"
        "Robert J. Alpern, M.D.\tClaire Babineaux-Fontenot\n"
        "Director of Abbott Laboratories\tDirector of Abbott Laboratories\n"
    )
    found = {(m.name, m.title, m.org) for m in find_people(text)}
    assert ("Robert J. Alpern", "Director", "Abbott Laboratories") in found
    assert ("Claire Babineaux-Fontenot", "Director", "Abbott Laboratories") in found


def test_other_company_in_title_stays() -> None:
    text = (
        "Pursuant to the requirements of the Securities Exchange Act of 1934, Acme Widgets Inc. has duly"
        " caused this report to be signed on its behalf by the undersigned.\n\n"
        "/s/ JANE ROE\t/s/ JOHN DOE\n"
        "Jane Roe\tJohn Doe\n"
        "President of Acme Europe GmbH\tDirector\n"
    )
    titles = {m.name: (m.title, m.org) for m in find_people(text)}
    assert titles["Jane Roe"][0].startswith("President")
    assert "Acme Europe GmbH" in " ".join(x or "" for x in titles["Jane Roe"])


# --- directors' grids in Part III -------------------------------------------------------------


def test_directors_grid_with_occupations() -> None:
    # UNH 0000731766-24-000081, Item 10 "Directors of the Registrant"
    text = (
        "DIRECTORS OF THE REGISTRANT\n"
        "The following sets forth certain information regarding our directors as of February 28, 2024,"
        " including their name and principal occupation or employment:\n\n"
        "Charles Baker\tMichele Hooper\n"
        "President National Collegiate Athletic Association\tLead Independent Director UnitedHealth Group"
        " President and Chief Executive Officer The Directors’ Council\n"
        "Paul Garcia\tValerie Montgomery Rice, M.D.\n"
        "Retired Chair and Chief Executive Officer Global Payments Inc.\tPresident and Chief Executive"
        " Officer Morehouse School of Medicine\n"
    )
    found = {(m.name, m.title, m.org) for m in name_grid_mentions(list(lines(text)))}
    assert ("Charles Baker", "Director", None) in found
    assert ("Paul Garcia", "Director", None) in found
    assert ("Charles Baker", "President", "National Collegiate Athletic Association") in found
    assert (
        "Valerie Montgomery Rice",
        "President and Chief Executive Officer",
        "Morehouse School of Medicine",
    ) in found
    assert not any(n == "Paul Garcia" and t != "Director" for n, t, _ in found)  # a retired post
    assert not any(n == "Michele Hooper" and t != "Director" for n, t, _ in found)  # two posts: unsure
    # read as a whole, no institution becomes a person
    assert not any("School" in m.name or "Clinic" in m.name for m in find_people(text))


def test_names_over_bare_titles_are_no_directors_grid() -> None:
    text = (
        "The financial statements were approved by the Board of Directors and signed on its behalf by:\n"
        "Jane Roe\tJohn Doe\n"
        "President and Chief Executive Officer\tChief Financial Officer\n"
    )
    assert list(name_grid_mentions(list(lines(text)))) == []


def test_business_experience_column_with_effective_dates() -> None:
    # WMT 0000104169-24-000056: "Name | Business Experience | Current Position Held Since | Age"
    text = (
        "The following chart names the executive officers of the Company.\n\n"
        "Name\tBusiness Experience\tCurrent Position Held Since\tAge\n"
        "Daniel J. Bartlett\tExecutive Vice President, Corporate Affairs, effective June 2013. From November"
        " 2007 to June 2013, he served as the Chief Executive Officer and President of U.S. Operations at"
        " Hill & Knowlton, Inc., a public relations company.\t2013\t52\n"
        "Rachel Brand\tExecutive Vice President, Global Governance, Chief Legal Officer and Corporate"
        " Secretary, effective April 2018. From May 2017 to February 2018, she served as Associate Attorney"
        " General in the United States Department of Justice.\t2018\t50\n"
    )
    found = _pairs(text)
    assert ("Daniel J. Bartlett", "Executive Vice President, Corporate Affairs") in found
    assert (
        "Rachel Brand",
        "Executive Vice President, Global Governance, Chief Legal Officer and Corporate Secretary",
    ) in found
    assert not any(n == "Daniel J. Bartlett" and "President of U.S." in t for n, t in found)


def test_signature_page_caption_is_not_the_registrant() -> None:
    # WMT 0000104169-24-000056: a caption "Signature Page to <registrant> Form 10-K" heads the page
    text = (
        "Signature Page to Acme Widgets Inc.\n"
        "Form 10-K for the Fiscal Year Ended January 31, 2024\n"
        "Date: March 15, 2024\tBy\t/s/ Jane Roe\n"
        "Jane Roe\n"
        "Director\n"
    )
    orgs = {m.org for m in find_people(text) if m.name == "Jane Roe"}
    assert orgs and not any(o and o.lower().startswith("signature page") for o in orgs)


# --- names in small capitals, split by the markup ------------------------------------------------


def test_small_caps_names_rejoined() -> None:
    # the layout of large filers' signature pages: a capital, then small capitals in a smaller font
    text = (
        "/s/ E DWARD P. D ECKER\tChairman, President and Chief Executive Officer\tMarch 1, 2024\n"
        "E DWARD P. D ECKER\n\n"
        "*\tDirector\tMarch 1, 2024\n"
        "G REGORY D. B RENNEMAN\n"
    )
    assert join_small_caps(text) != text and len(join_small_caps(text)) == len(text)
    found = _pairs(text)
    assert ("Edward P. Decker", "Chairman, President and Chief Executive Officer") in found
    assert ("Gregory D. Brenneman", "Director") in found


def test_small_caps_leaves_other_capitals() -> None:
    assert join_small_caps("CLASS A COMMON STOCK\tNYSE\n") == "CLASS A COMMON STOCK\tNYSE\n"
    assert join_small_caps("I. B. M. Jones") == "I. B. M. Jones"


# --- what is no person and no employer ---------------------------------------------------------------


def test_defined_board_is_no_employer() -> None:
    # KHC 0001637459-24-000018: 'Our Board of Directors ("Board"), through ...', then "Chair of the Board"
    text = (
        "Our Board of Directors (“Board”), through its committees, oversees our people programs.\n\n"
        "/s/ Jane Roe\tChief Executive Officer\tFebruary 15, 2024\n"
        "Jane Roe\n"
        "*\tChair of the Board\tFebruary 15, 2024\n"
        "John Doe\n"
    )
    found = [m for m in find_people(text) if m.name == "John Doe"]
    assert [m.title for m in found] == ["Chair of the Board"]
    assert not any(m.org and "Board" in m.org for m in found)


def test_header_tail_is_no_name() -> None:
    # KHC 0001637459-24-000018: "Business Experience in the Past Five Years" over the first row
    text = (
        "The following are our executive officers as of February 10, 2024:\n\n"
        "Name and Title\tAge\tBusiness Experience in the Past Five Years\n"
        "Carlos Abrams-Rivera, Chief Executive Officer and Director\t56\tChief Executive Officer"
        " (since December 2023); President Kraft Heinz (August to December 2023)\n"
        "Diana Frost, Global Chief Growth Officer\t41\tGlobal Chief Growth Officer (since December 2023)\n"
    )
    names = {n for n, _ in _pairs(text)}
    assert "Carlos Abrams-Rivera" in names
    assert not any(n.startswith("Past") for n in names)
