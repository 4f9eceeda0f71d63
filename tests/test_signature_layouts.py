"""Signature pages and officer lists in the layouts real filings use: tables, <p>+<br>, one <div> per cell.

Each rule is checked on a real passage (cited by repository and path) and on the same page built as a
table, as paragraphs with line breaks and as one <div> per cell, so it holds for the layout, not a file.
"""

from __future__ import annotations

from edgarkg.model import Document
from edgarkg.text.people import find_people

_HEAD = (
    "<p>SIGNATURES</p><p>Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act "
    "of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, "
    "thereunto duly authorized.</p><p>ACME WIDGETS, INC.</p><p>By: /s/ John Q. Public<br>John Q. Public<br>"
    "President and Chief Executive Officer</p><p>Pursuant to the requirements of the Securities Exchange Act "
    "of 1934, this report has been signed below by the following persons on behalf of the registrant and in "
    "the capacities and on the dates indicated.</p>"
)
_SIGNERS = [
    ("Mary K. Jones", "Chief Financial Officer"),
    ("Lisa A. Davis", "Director"),
    ("Richard C. Levin", "Director"),
    ("Robert T. Brown", "Director"),
]


def _html_people(body: str, head: str = _HEAD) -> dict[str, set[str]]:
    html = f"<html><body>{head}{body}</body></html>"
    doc = Document(source="x.htm", data=html.encode(), filing_id="x", media_type="text/html")
    out: dict[str, set[str]] = {}
    for m in find_people(doc.view.text, source=doc.text, source_offset=doc.view.source_offset):
        if m.name and m.title:
            out.setdefault(m.name, set()).add(m.title)
    return out


def _text_people(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_people(text):
        if m.name and m.title:
            out.setdefault(m.name, set()).add(m.title)
    return out


def _assert_signers(found: dict[str, set[str]], signers: list[tuple[str, str]] = _SIGNERS) -> None:
    for name, title in signers:
        assert found.get(name) == {title}, (name, found.get(name))


# --- "/s/ Name" on a line of its own, the typed name on the next line with the title cells beside it ---

# alphanome-ai/sec-parser-test-data 10-K/AI/0001628280-24-028786/primary-document.html (C3.ai, 2024):
# the signature cell holds "/s/ Name" and the typed name on two lines; title and date are the next cells.
_C3 = (
    "SIGNATURES\n"
    "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, "
    "the registrant has duly caused this report to be signed on its behalf by the undersigned thereunto "
    "duly authorized.\n\n"
    "C3.ai, Inc.\n"
    "Date: June 18, 2024\tBy:\t/s/ Thomas M. Siebel\n"
    "Thomas M. Siebel\n"
    "Chief Executive Officer\n"
    "(Principal Executive Officer)\n\n"
    "Pursuant to the requirements of the Securities Act of 1934, this report has been signed by the "
    "following persons on behalf of the registrant and in the capacities and on the dates indicated.\n\n"
    "Signature\tTitle\tDate\n"
    "/s/ Hitesh Lath\n"
    "Hitesh Lath\tSenior Vice President and Chief Financial Officer\tJune 18, 2024\n"
    "(Principal Financial and Accounting Officer)\n"
    "/s/ Lisa A. Davis\n"
    "Lisa A. Davis\tDirector\tJune 18, 2024\n"
    "/s/ Richard C. Levin\n"
    "Richard C. Levin\tDirector\tJune 18, 2024\n"
    "/s/ Michael G. McCaffery\n"
    "Michael G. McCaffery\tDirector\tJune 18, 2024\n"
)


def test_signature_over_typed_name_row_real_passage() -> None:
    found = _text_people(_C3)
    for name in ("Lisa A. Davis", "Richard C. Levin", "Michael G. McCaffery"):
        assert found.get(name) == {"Director"}, (name, found.get(name))
    assert "Senior Vice President and Chief Financial Officer" in " ".join(found["Hitesh Lath"])
    # the next signer's "/s/" line is never read as the rest of a title
    assert not any("/s/" in t for titles in found.values() for t in titles)


def test_signature_over_typed_name_as_table_paragraphs_and_divs() -> None:
    table = "<table>" + "".join(
        f"<tr><td>/s/ {n}<br>{n}</td><td>{t}</td><td>March 1, 2024</td></tr>" for n, t in _SIGNERS
    )
    paragraphs = "".join(f"<p>/s/ {n}<br>{n}<br>{t}<br>March 1, 2024</p>" for n, t in _SIGNERS)
    divs = "".join(
        f"<div>/s/ {n}</div><div>{n}</div><div>{t}</div><div>March 1, 2024</div>" for n, t in _SIGNERS
    )
    for body in (table + "</table>", paragraphs, divs):
        _assert_signers(_html_people(body))


# --- a grid row whose cells the reading text gives one per line (inline XBRL <div>s) --------------------


def test_grid_row_one_cell_per_line() -> None:
    pairs = list(zip(_SIGNERS[::2], _SIGNERS[1::2], strict=True))
    divs = "".join(
        f"<div>/s/ {a[0]}</div><div>/s/ {b[0]}</div><div>{a[0]}</div><div>{b[0]}</div>"
        f"<div>{a[1]}</div><div>{b[1]}</div>"
        for a, b in pairs
    )
    _assert_signers(_html_people(divs))
    table = "<table>" + "".join(
        f"<tr><td>/s/ {a[0]}</td><td>/s/ {b[0]}</td></tr><tr><td>{a[0]}</td><td>{b[0]}</td></tr>"
        f"<tr><td>{a[1]}</td><td>{b[1]}</td></tr>"
        for a, b in pairs
    )
    _assert_signers(_html_people(table + "</table>"))


def test_column_of_signatures_beside_column_of_capacities() -> None:
    body = (
        "<div>" + "<br>".join(f"/s/ {n}" for n, _ in _SIGNERS) + "</div>"
        "<div>" + "<br>".join(t for _, t in _SIGNERS) + "</div>"
    )
    found = _html_people(body)
    _assert_signers(found)
    # the last signer does not collect the whole column of capacities
    assert not any("Director, Director" in t for titles in found.values() for t in titles)


def test_stacked_signatures_with_a_wrapped_capacity_pair_nothing_wrong() -> None:
    # three marks, four capacity lines (one wrapped): the order no longer pairs names with titles
    body = (
        "<div>/s/ Mary K. Jones<br>/s/ Lisa A. Davis<br>/s/ Robert T. Brown</div>"
        "<div>Executive Vice President and Chief<br>Financial Officer<br>Director<br>Director</div>"
    )
    found = _html_people(body)
    assert found.get("Lisa A. Davis") in (None, {"Director"})
    assert found.get("Robert T. Brown") in (None, {"Director"})
    assert "Financial Officer" not in found.get("Lisa A. Davis", set())


# --- executive officers: "Name (Age)" tables, one cell per line, brackets, paragraphs -------------------

# alphanome-ai/sec-parser-test-data 10-K/GM/0001467858-24-000031/primary-document.html (General Motors, 2024)
_GM = (
    "Information About our Executive Officers As of January 30, 2024, the names and ages of our executive "
    "officers and their positions with GM are as follows:\n\n"
    "Name (Age)\tPresent GM Position (Effective Date)\t"
    "Positions Held During the Past Five Years (Effective Date)\n"
    "Michael Abbott (51)\tExecutive Vice President, Software (2023)\tApple, Vice President of Engineering, "
    "Cloud Services Division (2018)\n"
    "Julian Blissett (57)\tExecutive Vice President and President, GM China (2020)\tSenior Vice President, "
    "International Operations (2019)\n"
    "Gerald Johnson (61)\tExecutive Vice President, Global Manufacturing and Sustainability (2019)\t"
    "Vice President, North America Manufacturing and Labor Relations (2017)\n"
    "Mark L. Reuss (60)\tPresident (2019)\tExecutive Vice President and President, Global Product "
    "Development Group and Cadillac (2018)\n"
)


def test_name_age_header_table_real_passage() -> None:
    found = _text_people(_GM)
    assert "Executive Vice President, Software" in found["Michael Abbott"]
    assert "Executive Vice President, Global Manufacturing and Sustainability" in found["Gerald Johnson"]
    assert "President" in found["Mark L. Reuss"]
    assert "Julian Blissett" in found


_OFFICERS = [
    ("John A. Smith", "Director", 55),
    ("Mary K. Jones", "Chief Financial Officer", 48),
    ("Lisa A. Davis", "Director", 61),
    ("Robert T. Brown", "President", 39),
]
_MGMT = (
    "<p>ITEM 10. DIRECTORS AND EXECUTIVE OFFICERS</p><p>Management</p>"
    "<p>The following table sets forth our directors and executive officers:</p>"
)


def _assert_officers(found: dict[str, set[str]]) -> None:
    for name, title, _ in _OFFICERS:
        assert found.get(name) == {title}, (name, found.get(name))


def test_name_age_title_as_table_and_as_one_div_per_cell() -> None:
    table = "<table><tr><td>Name</td><td>Age</td><td>Position</td></tr>" + "".join(
        f"<tr><td>{n}</td><td>{a}</td><td>{t}</td></tr>" for n, t, a in _OFFICERS
    )
    _assert_officers(_html_people(table + "</table>", _MGMT))
    divs = "<div>Name</div><div>Age</div><div>Position</div>" + "".join(
        f"<div>{n}</div><div>{a}</div><div>{t}</div>" for n, t, a in _OFFICERS
    )
    _assert_officers(_html_people(divs, _MGMT))


def test_name_with_age_in_brackets_over_title() -> None:
    _assert_officers(_html_people("".join(f"<p>{n} ({a})<br>{t}</p>" for n, t, a in _OFFICERS), _MGMT))
    _assert_officers(_html_people("".join(f"<p>{n}, {a}<br>{t}</p>" for n, t, a in _OFFICERS), _MGMT))


def test_name_and_title_in_paragraphs_of_their_own() -> None:
    body = "".join(f"<p><b>{n}</b></p><p>{t}</p>" for n, t, _ in _OFFICERS)
    _assert_officers(_html_people(body, _MGMT))


def test_title_in_brackets_after_name() -> None:
    _assert_officers(_html_people("".join(f"<p>{n} ({t})</p>" for n, t, _ in _OFFICERS), _MGMT))
    _assert_officers(_html_people("<p>" + "<br>".join(f"{n} ({t})" for n, t, _ in _OFFICERS) + "</p>", _MGMT))


def test_bracketed_notes_and_long_paragraphs_are_not_titles() -> None:
    # footnote marks in brackets are no titles; a name above a long paragraph is a heading, not a list entry
    notes = _html_people("".join(f"<p>{n} (1)</p>" for n, _, _ in _OFFICERS), _MGMT)
    assert not notes
    prose = (
        "Director of the Company since 2001 and a member of its audit committee, who previously served "
        "for many years in a number of financial and operating roles at several other companies "
        "in the region."
    )
    paragraphs = _html_people("".join(f"<p>{n}</p><p>{prose}</p>" for n, _, _ in _OFFICERS), _MGMT)
    assert not any("Director of the Company since" in t for ts in paragraphs.values() for t in ts)


# --- plain-text officer tables that run over blank lines and page breaks --------------------------------

# mwaldstein/edgarWebR tests/cache/37996/000003799602000015/v7.txt.txt (Ford Motor Company 10-K for 2001):
# two blank lines between rows, a page number and <PAGE>, then the header again.
_FORD = """Item 4A.  Executive Officers of Ford

                                                                        Present Position
     Name                               Position                            Held Since                    Age
     ----                               --------                            ----------                    ---

Donat R. Leclair                 Vice President and Controller             November 2001                   50


Kathleen A. Ligocki              Vice President--Strategy,                 November 2001                   45
                                    Business Development,
                                    Canada and Mexico

Malcolm S. Macdonald             Vice President--Finance                   March 2002                      61
                                   and Treasurer

Joe W. Laymon                    Vice President--                          November 2001                   49
                                   Corporate Human Resources

                                       31

<PAGE>

Item 4A.  Executive Officers of Ford (Continued)

                                                                        Present Position
     Name                               Position                            Held Since                    Age
     ----                               --------                            ----------                    ---

Dennis E. Ross                   Vice President and                        October 2000                    51
                                   General Counsel
"""


def test_text_officer_table_over_blank_lines_and_page_breaks_real_passage() -> None:
    found = _text_people(_FORD)
    assert found["Donat R. Leclair"] == {"Vice President and Controller"}
    assert found["Kathleen A. Ligocki"] == {
        "Vice President--Strategy, Business Development, Canada and Mexico"
    }
    assert found["Malcolm S. Macdonald"] == {"Vice President--Finance and Treasurer"}
    assert found["Joe W. Laymon"] == {"Vice President--Corporate Human Resources"}  # last row of the page
    assert found["Dennis E. Ross"] == {"Vice President and General Counsel"}


def test_text_officer_table_ends_at_a_gap_before_other_text() -> None:
    text = _FORD.split("<PAGE>")[0].replace("                                       31\n", "") + (
        "\n\n     Total assets                     1,234                     5,678\n"
    )
    found = _text_people(text)
    assert "Total assets" not in found
    assert found["Joe W. Laymon"] == {"Vice President--Corporate Human Resources"}


def test_name_dot_leader_title_lines() -> None:
    text = "Executive Officers\n\n" + "".join(f"{n} {'.' * (30 - len(n))} {t}\n" for n, t, _ in _OFFICERS)
    found = _text_people(text)
    _assert_officers(found)
    contents = _text_people("Table of Contents\n\nJohn A. Smith ......... 45\nMary K. Jones ........ 46\n")
    assert not contents


# --- press-release contacts: "Name, Department, phone" one to a line ------------------------------------

_RELEASE = (
    "<p>ACME BANCORP REPORTS FOURTH QUARTER 2021 NET INCOME</p><p>NEW YORK, Jan. 14, 2022 -- Acme Bancorp "
    "(NYSE: ACME) today reported net income of $1.2 billion.</p>"
)


def test_contact_line_with_department_and_phone() -> None:
    lines = [
        ("Jane Roe", "Investor Relations", "212-555-1234"),
        ("John Doe", "Corporate Communications", "(212) 555-9876"),
    ]
    paragraphs = "<p>CONTACT:</p>" + "".join(f"<p>{n}, {d}, {p}</p>" for n, d, p in lines)
    breaks = "<p>CONTACT:<br>" + "<br>".join(f"{n}, {d}, {p}" for n, d, p in lines) + "</p>"
    divs = "<div>CONTACT:</div>" + "".join(f"<div>{n}, {d}, {p}</div>" for n, d, p in lines)
    for body in (paragraphs, breaks, divs):
        found = _html_people(body, _RELEASE)
        assert found.get("Jane Roe") == {"Investor Relations"}, found
        assert found.get("John Doe") == {"Corporate Communications"}, found  # not "John Doe, Corporate"


def test_street_address_in_an_inline_contact_is_no_person() -> None:
    # alphanome-ai/sec-parser-test-data 10-K/NVDA/0001045810-24-000029/primary-document.html (NVIDIA, 2024)
    text = (
        "A copy of this report is available to any shareholder upon written request to:\n"
        "Investor Relations: NVIDIA Corporation, 2788 San Tomas Expressway, Santa Clara, CA 95051\n"
        "Item 16. Form 10-K Summary\n"
    )
    assert "Tomas Expressway" not in _text_people(text)
    inline = _text_people("Investor Relations: Jane Roe, Acme Corporation, 212-555-1234\n")
    assert "Jane Roe" in inline


# --- directors listed by name under a "Board of Directors" heading -------------------------------------

_BOARD = ["John A. Smith", "Mary K. Jones", "Lisa A. Davis", "Robert T. Brown"]


def test_board_list_as_paragraphs_breaks_and_table_cells() -> None:
    layouts = [
        "<p>Board of Directors</p>" + "".join(f"<p>{n}</p>" for n in _BOARD),
        "<p>BOARD OF DIRECTORS<br>" + "<br>".join(_BOARD) + "</p>",
        "<div>Directors</div>"
        + "".join(f"<div>{n}</div><div>Retired Partner, Globex LLP</div>" for n in _BOARD),
        "<p>Board of Directors</p><table>"
        "<tr><td>John A. Smith</td><td>Mary K. Jones</td></tr>"
        "<tr><td>Lisa A. Davis</td><td>Robert T. Brown</td></tr></table>",
    ]
    for body in layouts:
        found = _html_people(body, "<p>ACME CORPORATION</p>")
        for name in _BOARD:
            assert found.get(name) == {"Director"}, (body[:40], name, found.get(name))


def test_board_list_stops_at_the_next_group_and_needs_a_heading() -> None:
    body = (
        "<p>DIRECTORS</p><p>John A. Smith<br>Mary K. Jones</p>"
        "<p>OFFICERS</p><p>Lisa A. Davis<br>Robert T. Brown</p>"
    )
    found = _html_people(body, "<p>ACME CORPORATION</p>")
    assert found.get("John A. Smith") == {"Director"}
    assert "Director" not in found.get("Lisa A. Davis", set())
    # names after prose about the board, or without any heading, are no list of directors
    prose = (
        "<p>Board of Directors</p><p>The Board of Directors met 12 times in 2020 and John A. Smith chaired "
        "every meeting.</p><p>John A. Smith</p><p>Mary K. Jones</p>"
    )
    assert not _html_people(prose, "<p>ACME CORPORATION</p>")
    assert not _html_people("".join(f"<p>{n}</p>" for n in _BOARD), "<p>ACME CORPORATION</p>")


def test_officer_table_without_header_row() -> None:
    # "Director" in a person's row labels no column: the row is read, not taken for a header
    table = "<table>" + "".join(f"<tr><td>{n}</td><td>{t}</td><td>{a}</td></tr>" for n, t, a in _OFFICERS)
    _assert_officers(_html_people(table + "</table>", _MGMT))


def test_name_with_note_marks_or_degrees_over_title() -> None:
    for mark in (" (1)", "*", ", Ph.D."):
        body = "".join(f"<p>{n}{mark}<br>{t}</p>" for n, t, _ in _OFFICERS)
        _assert_officers(_html_people(body, _MGMT))


def test_two_signers_a_row_keep_their_own_titles_and_company():
    # AbbVie 2023 Form 10-K signature page (alphanome-ai/sec-parser-test-data
    # 10-K/ABBV/0001551152-24-000011), as its HTML reads: two signers a row, each cell "Name Title".
    text = (
        "ABBVIE INC.\n"
        "/s/ MELODY B. MEYER\t/s/ SUSAN E. QUAGGIN, M.D.\n"
        "Melody B. Meyer Director of AbbVie Inc.\tSusan E. Quaggin, M.D. Director of AbbVie Inc.\n"
        "/s/ EDWARD J. RAPP\t/s/ REBECCA B. ROBERTS\n"
        "Edward J. Rapp Director of AbbVie Inc.\tRebecca B. Roberts Director of AbbVie Inc.\n"
    )
    found = {(m.name, m.title, m.org) for m in find_people(text)}
    assert all(
        "Roberts" not in (title or "") + (org or "")
        for name, title, org in found
        if name != "Rebecca B. Roberts"
    )
    assert all(org is None or org.startswith("AbbVie") or org == "ABBVIE INC." for _, _, org in found), found
    assert {name for name, _, _ in found} == {
        "Melody B. Meyer",
        "Susan E. Quaggin",
        "Edward J. Rapp",
        "Rebecca B. Roberts",
    }
