"""Recognisers of `edgarkg.text`: sentences, names, organisations, titles, roles, columns, dates.

Every example is a sentence or line of a corpus filing (the file is named in
a comment where it is not obvious).
"""

from __future__ import annotations

from datetime import date

import pytest

from edgarkg.text.columns import cut, gutters, html_columns, split_tabs, split_wide
from edgarkg.text.mentions import parse_date, position_dates
from edgarkg.text.names import (
    OrgLexicon,
    clean_person_name,
    clean_title,
    ends_with_title_head,
    find_org_names,
    find_person_names,
    find_titles,
    has_legal_suffix,
    is_org_name,
    is_person_name,
    is_title,
    leading_person_name,
    match_title,
    org_core,
    role_for_title,
    surname,
)
from edgarkg.text.sentences import Segment, lines, paragraphs, sentences

# --- sentences ------------------------------------------------------------------------------


def test_sentences_keep_initials_honorifics_and_legal_suffixes_inside():
    # apple-computer 8-K 1996, EX-99
    text = (
        '"The acquisition of NeXT is the start of a new chapter," said \n'
        'Dr. Gilbert F. Amelio, Chairman and CEO, Apple Computer Inc. "Today \n'
        'Apple welcomed back its most talented visionary."\n\n'
        "Apple Computer, Inc. believes the acquisition will help."
    )
    got = [s.text for s in sentences(text)]
    assert len(got) == 2
    assert got[0].startswith('"The acquisition') and "Dr. Gilbert F. Amelio" in got[0]
    assert got[1] == "Apple Computer, Inc. believes the acquisition will help."


def test_sentence_offsets_point_into_the_text():
    text = "Mr. Ridge, age 59, served as Governor. Mr. Ridge is also a director of Home Depot Corporation."
    segs = list(sentences(text))
    assert [s.text for s in segs] == [
        "Mr. Ridge, age 59, served as Governor.",
        "Mr. Ridge is also a director of Home Depot Corporation.",
    ]
    assert all(text[s.start : s.end] == s.text for s in segs)


def test_lines_and_paragraphs_with_offsets():
    text = "SIGNATURE\r\n\r\nmmO2 plc\nBy: /s/ Robert Harwood\n\n\nROBERT HARWOOD"
    assert [s.text for s in lines(text)][:3] == ["SIGNATURE", "", "mmO2 plc"]
    paras = list(paragraphs(text))
    assert [p.text for p in paras] == ["SIGNATURE", "mmO2 plc\nBy: /s/ Robert Harwood", "ROBERT HARWOOD"]
    assert all(text[p.start : p.end] == p.text for p in paras)


# --- person names ---------------------------------------------------------------------------


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sears-roebuck 8-K 2004, EX-99
        (
            '"Like much of the industry, we experienced weak demand," said Chairman and CEO Alan J. Lacy.',
            ["Alan J. Lacy"],
        ),
        # koninklijke-philips 6-K
        ("/s/ M.J. van Ginneken", ["M.J. van Ginneken"]),
        (
            "Effective February 6, 2023, Steve C. de Baca (American, 1968) has been appointed",
            ["Steve C. de Baca"],
        ),
        # verizon 10-K FY2008 signatures
        ("/s/ Clarence Otis, Jr. Clarence Otis, Jr.", ["Clarence Otis, Jr.", "Clarence Otis, Jr."]),
        ("/s/ Thomas H. O’Brien Thomas H. O’Brien", ["Thomas H. O’Brien", "Thomas H. O’Brien"]),
        # exelon 8-K 2005
        ("Mr. Ridge, age 59, served as Secretary of the United States Department", ["Mr. Ridge"]),
    ],
)
def test_find_person_names(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chief Executive Officer",  # a title alone
        "Item 5.02 Departure of Directors",  # a heading
        "January 25, 2005",  # a date
        "SIGNATURES",
        "Investor Relations",
        "Exhibit 99.1",
    ],
)
def test_not_person_names(text):
    assert not is_person_name(text, allow_caps=True)
    assert _names(text) == []


def test_person_name_rules():
    assert is_person_name("Kent Thexton")
    assert is_person_name("Jen-Hsun Huang")
    assert is_person_name("Mr. Ridge", allow_surname=True) and not is_person_name("Mr. Ridge")
    assert not is_person_name("ROBERT HARWOOD") and is_person_name("ROBERT HARWOOD", allow_caps=True)
    assert is_person_name("William Corey West")  # a direction word as a family name
    assert not is_person_name("North America")  # but never as a first name
    assert not is_person_name("E. Ramsey Stacy R. Brandom")  # two names run together in a table
    assert not is_person_name("Beverly Road")  # sears-roebuck cover: "3333 Beverly Road"


def test_clean_person_name_and_surname():
    assert clean_person_name("ROBERT HARWOOD") == "Robert Harwood"
    assert clean_person_name("JOY D. COVEY") == "Joy D. Covey"
    assert clean_person_name("Dr. Gilbert F. Amelio") == "Gilbert F. Amelio"
    assert clean_person_name("Robert Harwood___") == "Robert Harwood"
    assert surname("Clarence Otis, Jr.") == "Otis"
    assert surname("M.J. van Ginneken") == "Ginneken"


def test_leading_person_name():
    # 1-800-FLOWERS.COM 8-K 2023 (edgartools fixture): a signature cell run together
    cell = "William E. Shea William E. Shea Senior Vice President, Treasurer and Chief Financial Officer"
    assert cell[: leading_person_name(cell)] == "William E. Shea"
    # nvidia 8-K 2026: name and title in one table cell
    cell = "Colette M. Kress Executive Vice President and Chief Financial Officer"
    assert cell[: leading_person_name(cell)] == "Colette M. Kress"
    assert leading_person_name("Chief Financial Officer") is None


# --- organisations --------------------------------------------------------------------------


def _orgs(text: str) -> list[str]:
    return [text[a:b] for a, b in find_org_names(text)]


def test_find_org_names():
    assert _orgs('says  John Warnock, Chairman and CEO, Adobe Systems,  Inc. "NeXT') == [
        "Adobe Systems,  Inc."
    ]
    assert _orgs("David Nicholas\nHead of Media Relations\nmmO2 plc\n") == ["mmO2 plc"]
    assert _orgs("both of Sears, Roebuck and Co./") == ["Sears, Roebuck and Co."]
    assert _orgs("With more, Atlanta-based Southern Company (NYSE: SO) is") == ["Southern Company"]
    assert _orgs("ALABAMA POWER COMPANY GEORGIA POWER COMPANY") == [
        "ALABAMA POWER COMPANY",
        "GEORGIA POWER COMPANY",
    ]
    assert _orgs("Chair of the Nomination and Governance Committee") == []


def test_org_forms():
    assert has_legal_suffix("KONINKLIJKE PHILIPS N.V.") and has_legal_suffix("MMO2 PLC")
    assert not has_legal_suffix("the company") and not has_legal_suffix("Apple")
    assert org_core("The Buckle, Inc.") == "Buckle"
    assert org_core("Sears, Roebuck and Co.") == "Sears, Roebuck"
    assert is_org_name("United States Department of Homeland Security")
    assert not is_org_name("Barre Manufacturing Operations")


def test_org_lexicon_from_a_press_release():
    # koninklijke-philips 6-K and oracle 8-K EX-99.1
    text = (
        "Amsterdam, the Netherlands – Royal Philips (NYSE: PHG, AEX: PHIA), a global leader\n"
        "The Board of Directors (the “Board”) of Oracle Corporation (“Oracle”) unanimously elected"
    )
    lex = OrgLexicon.from_text(text)
    assert lex.issuers == ["Royal Philips"]
    assert "Oracle Corporation" in lex and "Oracle" in lex and "oracle" in lex
    assert "Royal Philips" in lex
    s = "Oracle Board of Directors"
    assert s[: lex.match_at(s, 0)] == "Oracle"


# --- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        # mmo2 6-K
        ("chief marketing and data officer, mmO2, said", "chief marketing and data officer", None),
        # exelon 8-K signature
        (
            "Senior Vice President, Treasurer and Chief Financial Officer",
            "Senior Vice President, Treasurer and Chief Financial Officer",
            None,
        ),
        # oracle 8-K EX-99.1
        (
            "Chairman of the Board of Directors and Chief Technology Officer. Bruce",
            "Chairman of the Board of Directors and Chief Technology Officer",
            None,
        ),
        # rock-of-ages 8-K
        (
            "Vice President of Barre Manufacturing Operations with over 20 years",
            "Vice President of Barre Manufacturing Operations",
            None,
        ),
        # exelon 8-K: the complement names an organisation
        (
            "Secretary of the United States Department of Homeland Security from January 2003",
            "Secretary",
            "United States Department of Homeland Security",
        ),
        # perkinelmer 10-K405: "of the Company" is the filer
        ("Senior Vice President of the Company in January 1997", "Senior Vice President", ""),
        # 180-degree-capital DEF 14A
        (
            "member of the Board of Directors of Synacor, Inc. and",
            "member of the Board of Directors",
            "Synacor, Inc.",
        ),
        # apple-computer 8-K 1996
        (
            "head of the newly formed Apple Technology Group. This group",
            "head of the newly formed Apple Technology Group",
            None,
        ),
    ],
)
def test_match_title(text, title, org):
    t = match_title(text, 0)
    assert t is not None
    assert (t.title, t.org) == (title, org)


def test_match_title_uses_the_lexicon_for_short_names():
    lex = OrgLexicon()
    lex.add("NeXT Software Inc.")
    t = match_title("Chairman and CEO of NeXT Software, will return to Apple", 0, lexicon=lex)
    assert t is not None and (t.title, t.org) == ("Chairman and CEO", "NeXT Software")
    t = match_title("director of Home Depot Corporation and Savi Technology.", 0)
    assert t is not None and t.orgs == ("Home Depot Corporation", "Savi Technology")


def test_find_titles_in_running_text():
    # rock-of-ages 8-K 2000 EX-99
    text = (
        "Gherardi's duties have been assumed by Jerry Parrott, 51 years old, who has been Vice "
        "President of Barre Manufacturing Operations since September 1999, reporting to Vice Chairman "
        "Richard C. Kimball."
    )
    assert [t.title for t in find_titles(text)] == [
        "Vice President of Barre Manufacturing Operations",
        "Vice Chairman",
    ]


def test_is_title_and_clean_title():
    assert is_title("Assistant Secretary")
    assert is_title("Head of Media Relations")
    assert is_title("Press Relations Manager")
    assert not is_title("Investor Relations")
    assert not is_title("The Company will host a webcast")
    assert not is_title("t: +44 (0) 771 575 9176")
    assert clean_title(
        "Chairman of the Board, Chief Executive Officer and President (Principal Executive Officer)"
    ) == ("Chairman of the Board, Chief Executive Officer and President")
    assert ends_with_title_head("Executive Vice President and Chief Financial Officer")
    assert not ends_with_title_head("Chief Financial Officer, Vice")  # amazon-com 8-K: a wrapped title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Chairman and CEO", "ceo"),
        ("Chairman, President and CEO", "ceo"),
        ("Senior Vice President, Treasurer and Chief Financial Officer", "cfo"),
        ("Vice President, Associate General Counsel & Secretary", "secretary"),
        ("Executive Vice President, General Counsel and Secretary", "general-counsel"),
        ("Vice President and Controller", "controller"),
        ("Comptroller", "controller"),
        ("Senior Vice President", "vice-president"),
        ("Vice Chairman", "vice-chairman"),
        ("Board Chair", "chairman"),
        ("Class I director", "director"),
        ("Chair of the Nomination and Governance Committee", "director"),
        ("Assistant Secretary", "officer"),
        ("Head of Media Relations", "officer"),
        ("Senior Director of Corporate Accounting", "officer"),
        ("Investor Contact", None),
    ],
)
def test_role_for_title(title, role):
    assert role_for_title(title) == role


# --- columns --------------------------------------------------------------------------------

_MMO2_CONTACTS = (
    "David Nicholas                                     Simon Gordon\n"
    "Head of Media Relations                            Press Relations Manager\n"
    "mmO2 plc                                           mmO2 plc\n"
)


def test_gutters_cut_side_by_side_columns():
    block = list(lines(_MMO2_CONTACTS))[:3]
    ranges = gutters(block)
    assert len(ranges) == 2
    rows = [[c.text if c else None for c in cut(line, ranges)] for line in block]
    assert rows == [
        ["David Nicholas", "Simon Gordon"],
        ["Head of Media Relations", "Press Relations Manager"],
        ["mmO2 plc", "mmO2 plc"],
    ]
    first = cut(block[1], ranges)[1]
    assert first is not None and _MMO2_CONTACTS[first.start : first.end] == "Press Relations Manager"


def test_split_wide_and_tabs():
    line = Segment(
        "By: /s/ GREGORY L. SUMME      Chairman of the Board, Chief Executive  March 26, 2001", 10, 93
    )
    assert [c.text for c in split_wide(line)] == [
        "By: /s/ GREGORY L. SUMME",
        "Chairman of the Board, Chief Executive",
        "March 26, 2001",
    ]
    row = Segment("Ivan G. Seidenberg\t62\tChairman and Chief Executive Officer\t2000", 0, 63)
    assert [c.text for c in split_tabs(row)][2] == "Chairman and Chief Executive Officer"


def test_html_columns_count_the_spacer_cells_the_reading_text_drops():
    # atrinsic 8-K 2016: "Robert Stein" sits in the 2nd and 3rd committee columns (cells 2 and 4)
    source = (
        "<TR><TD>&nbsp;</TD><TD>&nbsp;</TD><TD><FONT>Robert Stein</FONT></TD>"
        "<TD>&nbsp;</TD><TD><FONT>Robert Stein</FONT></TD></TR>"
    )
    first = source.index("Robert Stein")
    second = source.index("Robert Stein", first + 1)
    assert html_columns(source, [first, second]) == [2, 4]
    assert html_columns('<tr><td colspan="2">A</td><td>B</td></tr>', [18, 31]) == [0, 2]


# --- dates ----------------------------------------------------------------------------------


def test_dates():
    assert parse_date("effective May 2, 2005") == date(2005, 5, 2)
    assert parse_date("17 November, 2003") == date(2003, 11, 17)
    assert parse_date("since September 1999") == date(1999, 9, 1)
    assert parse_date("through January 2005", end_of_period=True) == date(2005, 1, 31)
    # exelon 8-K: "from January 2003 through January 2005"
    assert position_dates("served as Secretary from January 2003 through January 2005") == (
        date(2003, 1, 1),
        date(2005, 1, 31),
    )
    # rock-of-ages EX-99: a resignation's effective date ends the position
    assert position_dates("has resigned ... effective September 22, 2000", leaving=True) == (
        None,
        date(2000, 9, 22),
    )
    assert position_dates("who has been Vice President since September 1999") == (date(1999, 9, 1), None)
