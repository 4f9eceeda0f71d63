"""Outside posts in the occupation cells of biographical tables (edgarkg.text.occupation_cells)."""

from __future__ import annotations

from edgarkg.model import Document
from edgarkg.sources import read_bytes
from edgarkg.text.occupation_cells import current_posts, occupation_cell_mentions, other_boards
from edgarkg.text.sentences import lines

# tests/data/blind/corpus/proxy/southwest-iowa-renewable-energy_10-K_FY2008.htm: a <pre> table, its
# "Term of Office" column left out, the cells' lines as written.


def _row(name: str, held: str, occupation: str) -> str:
    return f"{name:<18}{held:<17}{occupation}".rstrip()


SIRE_TABLE = "\n".join(
    [
        _row("", "Position(s)", ""),
        _row("      Name", "Held with the", "Principal Occupation(s)"),
        _row("    and Age", "   Company", "During Past 5 Years"),
        _row("-" * 17, "-" * 16, "-" * 60),
        "",
        _row(
            "Ted Bauer,  56", "Series A", "Director,  Secretary  and  Treasurer  of the Company  from March"
        ),
        _row("", "Director,", "2005;  Owner and  operator  of a farming  operation  and hunting"),
        _row("", "Secretary and", "preserve near Audubon,  Iowa, since 1977;  Co-Founder,  and from"),
        _row("", "Treasurer", "2005 to 2007,  Director,  Templeton  Rye  Spirits LLC; Director,"),
        _row("", "", "Iowa  Quality  Producers  Alliance,  since 2003; Vice President,"),
        _row("", "", "West Central Iowa Rural Water, from 2002 to 2007."),
        "",
        _row(
            "Michael Guttau,", "Series A", "Chairman, Council of Federal Home Loan Banks, Washington,  D.C.;"
        ),
        _row("62", "Director", "Chairman  (2008-present), Vice Chairman (2004-2007) and Chairman"),
        _row("", "", "of Audit  Committee  (2004-2006), Federal Home Loan Bank of Des"),
        _row("", "", "Moines;  since 1972,  various positions with Treynor State Bank,"),
        _row("", "", "currently CEO and  Chairman  of the Board;  Superintendent  of"),
        _row("", "", "Banking,  Iowa Division  of  Banking,   1995-1999."),
        "",
        _row("Bailey Ragan,", "Series B", "Various  positions with Bunge North America,  Inc. for more than"),
        _row("52++", "Director and", "25 years,  currently Vice President and General  Manager,  Bunge"),
        _row("", "Vice Chairman", "Grain."),
    ]
)


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in occupation_cell_mentions(list(lines(text)))}


def test_plain_text_table_rebuilds_each_directors_cell_over_many_lines() -> None:
    got = _posts(SIRE_TABLE)
    assert ("Ted Bauer", "Director", "Iowa Quality Producers Alliance") in got
    assert ("Michael Guttau", "Chairman", "Council of Federal Home Loan Banks") in got
    assert ("Michael Guttau", "Chairman", "Federal Home Loan Bank of Des Moines") in got
    assert ("Michael Guttau", "CEO and Chairman of the Board", "Treynor State Bank") in got
    assert (
        "Bailey Ragan",
        "Vice President and General Manager, Bunge Grain",
        "Bunge North America, Inc.",
    ) in got


def test_plain_text_table_without_a_rule_or_blank_lines_between_rows() -> None:
    # the same table with its dashes left out, and a constructed one whose rows touch
    no_rule = "\n".join(line for line in SIRE_TABLE.split("\n") if not line.startswith("---"))
    assert ("Ted Bauer", "Director", "Iowa Quality Producers Alliance") in _posts(no_rule)
    packed = "\n".join(
        [
            _row("Name and Age", "Position", "Business Experience"),
            _row("John Smith, 55", "Director", "President, Acme Widgets, Inc., since 2001;"),
            _row("", "", "Treasurer, Initech Corp., 1990 to 2000."),
            _row("Mary Jones, 60", "Director", "Chief Executive Officer, Globex Corporation, since 1999."),
        ]
    )
    assert _posts(packed) == {
        ("John Smith", "President", "Acme Widgets, Inc."),
        ("Mary Jones", "Chief Executive Officer", "Globex Corporation"),
    }


def test_past_posts_of_a_cell_are_left_out() -> None:
    got = _posts(SIRE_TABLE)
    orgs = {org for _, _, org in got}
    assert "Templeton Rye Spirits LLC" not in orgs  # "from 2005 to 2007, Director"
    assert "West Central Iowa Rural Water" not in orgs  # "from 2002 to 2007"
    assert "Iowa Division of Banking" not in orgs  # "1995-1999"
    assert not any(title == "Vice Chairman" for _, title, _ in got)  # "(2004-2007)"
    assert {name for name, _, _ in got} == {"Ted Bauer", "Michael Guttau", "Bailey Ragan"}


def test_current_posts_read_since_dates_and_a_later_title() -> None:
    # same document, Greg Krissek's cell
    cell = (
        "Director of Government Affairs,  ICM, Inc., since 2006; Director of Marketing and Governmental  "
        "Affairs,  United Bio Energy, from 2003 to 2006;  Secretary-Treasurer  of the Board,  Ethanol "
        "Promotion and Information  Council  since  2004 -  President  since June 2008; director,  Kansas  "
        "Association of Ethanol Processors since 2004; Assistant Secretary,  Kansas Department of "
        "Agriculture,  1997 to 2000. Mr. Krissek represents ICM on the boards"
    )
    assert current_posts(cell) == [
        ("Director of Government Affairs", "ICM, Inc."),
        ("President", "Ethanol Promotion and Information Council"),
        ("director", "Kansas Association of Ethanol Processors"),
    ]


# dgunning/edgartools data/Delaware.485BPOS.html: fund trustees, one HTML row each (cells tab-separated)
FUND_TABLE = (
    "Name, Address, and Birth Year\tPosition(s) Held with the Trust\tLength of Time Served1\t"
    "Number of Funds in Fund Complex Overseen by Trustee\t"
    "Principal Occupation(s) During the Past Five Years\t"
    "Other Directorships Held by Trustee During the Past Five Years\n"
    "Independent Trustees\n"
    "Jerome D. Abernathy 100 Independence, 610 Market Street Philadelphia, PA 19106-2354 1959\tTrustee\t"
    "Since January 2019\t105\tStonebrook Capital Management, LLC (financial technology: macro factors and "
    "databases)—Managing Member (1993-Present)\tNone\n"
    "Ann D. Borowiec 100 Independence, 610 Market Street Philadelphia, PA 19106-2354 1958\tTrustee\t"
    "Since March 2015\t105\tJ.P. Morgan Chase & Co. (1987-2013)—Chief Executive Officer, Private Wealth "
    "Management (2011-2013)\tBanco Santander International (2016-2019) Santander Bank, N.A. (2016-2019)\n"
    "John A. Fry 100 Independence, 610 Market Street Philadelphia, PA 19106-2354 1960\tTrustee\t"
    "Since January 2001\t105\tDrexel University—President (2010-Present)\tFederal Reserve Bank of "
    "Philadelphia (2020-Present) Kresge Foundation (2018-Present) vTv Therapeutics Inc. (2017-Present) "
    "Drexel Morgan & Co. (2015-2019)\n"
)


def test_html_fund_table_reads_organisation_dash_title_and_other_directorships() -> None:
    got = _posts(FUND_TABLE)
    assert got == {
        ("Jerome D. Abernathy", "Managing Member", "Stonebrook Capital Management, LLC"),
        ("John A. Fry", "President", "Drexel University"),
        ("John A. Fry", "Director", "Federal Reserve Bank of Philadelphia"),
        ("John A. Fry", "Director", "Kresge Foundation"),
        ("John A. Fry", "Director", "vTv Therapeutics Inc."),
    }  # Ann D. Borowiec's posts and seats all ended; Drexel Morgan & Co. ended in 2019


def test_other_boards_lists_without_dates_and_none() -> None:
    assert other_boards("None") == []
    assert other_boards("Acme Holdings, Inc.; Globex Corporation") == [
        ("Director", "Acme Holdings, Inc."),
        ("Director", "Globex Corporation"),
    ]
    assert other_boards("Initech Corp. (2010-2015)") == []


def test_iShares_style_cells_title_of_company_since() -> None:
    # dgunning/edgartools data/sgml/0001193125-24-100942.txt (iShares 485APOS), trustee and officer cells
    assert current_posts(
        "Managing Director of BlackRock, Inc. (since 2019); Chief Financial Officer of iShares Delaware "
        "Trust Sponsor LLC, BlackRock Funds, BlackRock Funds II (since 2021)."
    ) == [
        ("Managing Director", "BlackRock, Inc."),
        ("Chief Financial Officer", "iShares Delaware Trust Sponsor LLC"),
    ]
    assert other_boards(
        "Director of iShares, Inc. (since 2005); Trustee of iShares U.S. ETF Trust (since 2011); "
        "Independent Board Chair of iShares, Inc. and iShares U.S. ETF Trust (since 2022)."
    ) == [
        ("Director", "iShares, Inc."),
        ("Trustee", "iShares U.S. ETF Trust"),
        ("Independent Board Chair", "iShares, Inc."),
    ]
    # an appositive description is no part of the name
    assert current_posts("Trustee of WNET, New York's public media company (since 2011)") == []


def test_title_at_company_and_seat_with_colon_dates() -> None:
    # tests/data/corpus/proxy/180-degree-capital_DEF-14A_2020-03-25_0000893739-20-000019.txt, table cells
    assert current_posts("Vice Chairman of Investment Banking at Cowen and Company") == [
        ("Vice Chairman of Investment Banking", "Cowen and Company")
    ]
    assert other_boards("Synacor, Inc.: March 2019 to present") == [("Director", "Synacor, Inc.")]
    assert other_boards("Synacor, Inc.: March 2016 to 2019") == []


def test_html_row_with_a_blank_cell_keeps_its_cells_under_their_headers() -> None:
    # constructed: the reading text leaves the blank cells out, so the rows are shorter than the header
    html = (
        "<html><body><table><tr><td>Name and Age</td><td>Position</td>"
        "<td>Principal Occupation During Past Five Years</td><td>Other Directorships</td></tr>"
        "<tr><td>John Smith, 55</td><td></td><td>President, Acme Widgets, Inc., since 2001</td>"
        "<td>Globex Corporation</td></tr>"
        "<tr><td>Mary Jones, 60</td><td>Director</td><td>Chief Executive Officer, Initech Corporation, "
        "since 1999</td><td></td></tr></table></body></html>"
    )
    doc = next(d for d in read_bytes(html.encode(), "t.htm") if isinstance(d, Document))
    view = doc.view
    got = {
        (m.name, m.title, m.org)
        for m in occupation_cell_mentions(list(lines(view.text)), doc.text, view.source_offset)
    }
    assert got == {
        ("John Smith", "President", "Acme Widgets, Inc."),
        ("John Smith", "Director", "Globex Corporation"),
        ("Mary Jones", "Chief Executive Officer", "Initech Corporation"),
    }
    assert _posts(view.text) == set()  # without the HTML the short rows are not guessed at


def test_prose_and_tables_without_an_occupation_column_give_nothing() -> None:
    text = "Name\tPosition\tAge\nJohn Smith\tChief Executive Officer\t55\n"
    assert _posts(text) == set()
    assert current_posts("Mr. Smith received his B.S. from Iowa State University in 1969.") == []
