"""Headings over biographies: the heading's filer title and the biography's outside roles both read.

A biography may follow its "Name - Title" heading on the very next line (wrapped plain text, <div>
layouts), on the same line after a full stop, under a name and a title of their own, or inside an
officer table's last cell. Expected values are read by hand from the passages.
"""

from __future__ import annotations

import pytest

from edgarkg.model import Document
from edgarkg.text.people import find_people

_HEAD = "ACME WIDGETS, INC.\n\nDirectors and Executive Officers\n\n"
_HTML_HEAD = "<p>ACME WIDGETS, INC.</p><p>ANNUAL REPORT</p><p>Directors and Executive Officers</p>"
_BIO = (
    "Mr. Brown is the President and Chief Executive Officer of Delta Capital Corp., "
    "a private investment company."
)


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in find_people(text) if m.name and m.title}


def _html_positions(body: str) -> set[tuple[str, str, str | None]]:
    html = f"<html><body>{_HTML_HEAD}{body}</body></html>"
    doc = Document(source="x.htm", data=html.encode(), filing_id="x", media_type="text/html")
    found = find_people(doc.view.text, source=doc.text, source_offset=doc.view.source_offset)
    return {(m.name, m.title, m.org) for m in found if m.name and m.title}


def _assert_both(found: set[tuple[str, str, str | None]], title: str) -> None:
    assert any(n == "Robert Brown" and t == title for n, t, _ in found), found
    outside = ("Robert Brown", "President and Chief Executive Officer", "Delta Capital Corp.")
    assert outside in found, found
    assert not any(o and (o.startswith("Mr.") or len(o.split()) > 8) for _, _, o in found), found


@pytest.mark.parametrize("title", ["Director", "Chairman of the Board"])
@pytest.mark.parametrize("sep", [" - ", ", ", " — ", "\n"])
def test_heading_then_biography_on_the_next_line(sep: str, title: str) -> None:
    _assert_both(_positions(f"{_HEAD}Robert Brown{sep}{title}\n{_BIO}\n"), title)


@pytest.mark.parametrize("title", ["Director", "Chairman of the Board"])
@pytest.mark.parametrize("sep", [" - ", " — ", ", "])
def test_heading_then_biography_on_the_same_line(sep: str, title: str) -> None:
    _assert_both(_positions(f"{_HEAD}Robert Brown{sep}{title}. {_BIO}\n"), title)


@pytest.mark.parametrize("tag", ["p", "div"])
def test_html_name_title_and_biography_paragraphs(tag: str) -> None:
    body = f"<{tag}>Robert Brown</{tag}><{tag}>Director</{tag}><{tag}>{_BIO}</{tag}>"
    _assert_both(_html_positions(body), "Director")


def test_html_div_heading_line() -> None:
    _assert_both(_html_positions(f"<div>Robert Brown - Director</div><div>{_BIO}</div>"), "Director")


# john-friedman/SEC-Parsers Tests/mcdonald_tests/"GALAXY NEXT GENERATION, INC..html" (10-K): a
# "Name, Title" heading over each director's biography, one heading alone between biographies.
_GALAXY = (
    "Carl R. Austin, Director\n"
    "Mr. Austin is the founder and owner of CJ Austin, LLC, a company located in Brandenburg, Kentucky."
)


def test_single_heading_line_over_a_biography() -> None:
    found = _positions(f"{_HEAD}{_GALAXY}\n")
    assert ("Carl R. Austin", "Director", None) in {(n, t, None) for n, t, _ in found}
    assert not any(t.endswith(" Mr") for _, t, _ in found), found


# alphanome-ai/sec-parser-test-data 10-K/BA/0000012927-24-000010/primary-document.html (Boeing 2024 10-K):
# an executive-officer table whose last cell holds the title, then the officer's biography.
_BOEING = (
    "<table><tr><td>Name</td><td>Age</td>"
    "<td>Principal Occupation or Employment/Other Business Affiliations</td></tr>"
    "<tr><td>Stephen E. Biegun</td><td>60</td><td>Senior Vice President, Global Public Policy "
    "since April 2023. Prior to joining Boeing, Mr. Biegun served as senior Advisor to Macro "
    "Advisory Partners from August 2021 to April 2023.</td></tr>"
    "<tr><td>David L. Calhoun</td><td>66</td><td>President and Chief Executive Officer since "
    "January 2020 and a member of the Board of Directors since June 2009. Previously, Mr. Calhoun "
    "served as Senior Managing Director &amp; Head of Private Equity Portfolio Operations at The "
    "Blackstone Group from January 2014 to January 2020. "
    "Mr. Calhoun also serves on the board of directors of Caterpillar Inc.</td></tr></table>"
)


def test_biography_inside_an_officer_table_cell() -> None:
    found = _html_positions(_BOEING)
    calhoun = {(t, o) for n, t, o in found if n == "David L. Calhoun"}
    assert any(t.startswith("President and Chief Executive Officer") for t, _ in calhoun), calhoun
    assert any(o and o.startswith("Caterpillar") and t.lower() == "director" for t, o in calhoun), calhoun
    assert any(n == "Stephen E. Biegun" and t.startswith("Senior Vice President") for n, t, _ in found), found


def test_officer_table_with_business_experience_column() -> None:
    body = (
        "<table><tr><td>Name</td><td>Age</td><td>Position and Business Experience</td></tr>"
        f"<tr><td>Robert Brown</td><td>55</td><td>Director since 2010. {_BIO}</td></tr>"
        "<tr><td>Jane Roe</td><td>50</td><td>Chief Financial Officer since 2012.</td></tr></table>"
    )
    found = _html_positions(body)
    _assert_both(found, "Director")
    assert any(n == "Jane Roe" and t == "Chief Financial Officer" for n, t, _ in found), found


@pytest.mark.parametrize("lead", ["", "ACME CORP\n\n"])
def test_a_biography_sentence_is_never_an_organisation(lead: str) -> None:
    bio = "Mr. Brown is the President and Chief Executive Officer of Delta Capital Corp."
    found = _positions(f"{lead}Robert Brown\nDirector\n{bio}\n")
    assert not any(o and o.startswith("Mr.") for _, _, o in found), found
    assert ("Robert Brown", "President and Chief Executive Officer", "Delta Capital Corp.") in found, found
    assert any(n == "Robert Brown" and t == "Director" for n, t, _ in found), found


@pytest.mark.parametrize(
    "heading",
    [
        "ROBERT BROWN - DIRECTOR",
        "Robert Brown, 55, Director",
        "Robert Brown (55) - Director",
        "Robert Brown, Director",
    ],
)
def test_heading_variants_over_an_indented_or_wrapped_biography(heading: str) -> None:
    found = _positions(
        f"{_HEAD}{heading}\n     Mr. Brown is the President and Chief Executive Officer of\n"
        "Delta Capital Corp., a private investment company.\n"
    )
    assert any(n.lower() == "robert brown" and t.lower() == "director" for n, t, _ in found), found
    assert any(n.lower() == "robert brown" and o == "Delta Capital Corp." for n, _, o in found), found


def test_two_entries_each_with_its_biography_on_the_heading_line() -> None:
    text = (
        f"{_HEAD}Robert Brown - Director. {_BIO}\n\n"
        "Jane Roe - Chief Financial Officer. "
        "Ms. Roe has served as a director of Kappa Bank, N.A. since 2015.\n"
    )
    found = _positions(text)
    _assert_both(found, "Director")
    assert ("Jane Roe", "Chief Financial Officer", None) in {(n, t, None) for n, t, _ in found}, found
    assert any(n == "Jane Roe" and o and o.startswith("Kappa Bank") for n, _, o in found), found
