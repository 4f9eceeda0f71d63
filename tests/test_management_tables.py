"""20-F Item 6 management tables: outside posts in an activities column, "Name-Title" headings,
"Name, Title" lines under a board heading, title words glued to names."""

from __future__ import annotations

from pathlib import Path

from edgarkg.model import Document
from edgarkg.sources import iter_documents, read_bytes
from edgarkg.text.names import is_person_name, leading_person_name
from edgarkg.text.occupation_cells import current_posts, occupation_cell_mentions
from edgarkg.text.officer_lines import name_title_line_mentions
from edgarkg.text.people import find_people
from edgarkg.text.rosters import board_section_mentions
from edgarkg.text.sentences import lines

DATA = Path(__file__).parent / "data"
PLYMOUTH = DATA / "blind2/corpus/proxy/plymouth-rock-technologies_20-F_FY2020_0001062993-21-003193.htm"

# --- "Title of Org, <dates> to present" items (cells from the 20-F above, Item 6.A) -------------


def test_items_closed_by_an_open_range_without_brackets() -> None:
    cell = (
        "Owner, Zara Kanji & Associates, CPA, 2003 to present; Chief Financial Officer of Megastar "
        "Development Corp., September 2011 to present; Chief Financial Officer of World Class Extractions "
        "October 2018 to present; Chief Financial Officer of INEO Tech Corp January 2019 to present"
    )
    assert current_posts(cell) == [
        ("Owner", "Zara Kanji & Associates, CPA"),
        ("Chief Financial Officer", "Megastar Development Corp."),
        ("Chief Financial Officer", "World Class Extractions"),
        ("Chief Financial Officer", "INEO Tech Corp"),
    ]


def test_constructed_open_range_items_in_other_spellings() -> None:
    cell = (
        "Partner with Hargreave & Lin Advisory Group from June 2009 to Present advising on audits; "
        "Director of Northwind Mining Ltd. from 2015 to 2018; Treasurer at Bluefin Cooperative Society, "
        "2017 - present"
    )
    assert current_posts(cell) == [
        ("Partner", "Hargreave & Lin Advisory Group"),
        ("Treasurer", "Bluefin Cooperative Society"),
    ]


def test_a_comma_after_a_date_or_a_colon_ends_an_item() -> None:
    real = (
        "Secretary of the Company since 2014; President and Founder of Vivkor Holdings Inc. since August "
        "2014, Director and Corporate Secretary of ArcPacific Resources Corp. (formerly Plate Resources "
        "Inc.) from January 2014 to July 2016 and CFO from June 2015 to July 2016; Director and Corporate "
        "Secretary of KAPA Capital Inc., February 2018 to present: Director of Zenith Capital Corporation, "
        "December 2019 to Present"
    )
    assert current_posts(real) == [
        ("President and Founder", "Vivkor Holdings Inc."),
        ("Director and Corporate Secretary", "KAPA Capital Inc."),
        ("Director", "Zenith Capital Corporation"),
    ]
    made = "Chair of Tallis Health Trust since 2011, Trustee of Oakmere College from 2001 to 2009"
    assert current_posts(made) == [("Chair", "Tallis Health Trust")]


def test_two_posts_joined_by_and_with_at_and_for() -> None:
    real = "Managing Director at Kent Strategies LLC and Executive Vice President for MWW Group LLC"
    assert current_posts(real) == [
        ("Managing Director", "Kent Strategies LLC"),
        ("Executive Vice President", "MWW Group LLC"),
    ]
    made = "Chief Operating Officer at Halvorsen Shipping AS and Partner with Crane & Boyd LLP"
    assert current_posts(made) == [
        ("Chief Operating Officer", "Halvorsen Shipping AS"),
        ("Partner", "Crane & Boyd LLP"),
    ]
    # one post whose organisation holds "and" is not cut
    assert current_posts("Vice Chairman of Investment Banking at Cowen and Company") == [
        ("Vice Chairman of Investment Banking", "Cowen and Company")
    ]


def test_posts_after_a_person_is_and_a_former_post_left_out() -> None:
    real = (
        "Founder of Xalles Holdings, Inc., Thomas W. Nash presently is Chairman, President, CEO, CFO & "
        "Secretary at this company and President for Xalles Technology, Inc., President at Xalles "
        "Financial Services, Inc. and President & Director at Co-Owners Rewards, Inc. (which are all "
        "subsidiaries of Xalles Holdings, Inc.)."
    )
    assert current_posts(real) == [
        ("President", "Xalles Technology, Inc."),
        ("President", "Xalles Financial Services, Inc."),
        ("President & Director", "Co-Owners Rewards, Inc."),
    ]
    made = (
        "She currently is Executive Chair for Rivera Foods Corp. and Trustee of Lakeside Hospital Foundation"
    )
    assert current_posts(made) == [
        ("Executive Chair", "Rivera Foods Corp."),
        ("Trustee", "Lakeside Hospital Foundation"),
    ]
    former = "President of Sea Level Communications Ltd., and a former Administrative Tribunal Judge"
    assert current_posts(former) == [("President", "Sea Level Communications Ltd.")]
    assert current_posts("Treasurer of Quarry Bay Holdings Ltd. and a former partner of Ernst LLP") == [
        ("Treasurer", "Quarry Bay Holdings Ltd.")
    ]


def test_activities_column_of_a_20f_table_is_read_html_and_text() -> None:
    html = (
        "<html><body><table><tr><td>Name</td><td>Position(s) Held with Company</td>"
        "<td>Principal Business Activities and Other Principal Directorships</td></tr>"
        "<tr><td>Lena Ortiz</td><td>Director</td><td>Chief Executive Officer of Marlow Biotech Inc., "
        "2016 to present; Director of Fenwick Minerals Corp. from 2010 to 2014</td></tr>"
        "<tr><td>Ravi Menon</td><td>Chief Financial Officer</td><td>Owner, Menon &amp; Co., CPA, 2008 to "
        "present</td></tr></table></body></html>"
    )
    doc = next(d for d in read_bytes(html.encode(), "t.htm") if isinstance(d, Document))
    view = doc.view
    got = {
        (m.name, m.title, m.org)
        for m in occupation_cell_mentions(list(lines(view.text)), doc.text, view.source_offset)
    }
    assert got == {
        ("Lena Ortiz", "Chief Executive Officer", "Marlow Biotech Inc."),
        ("Ravi Menon", "Owner", "Menon & Co., CPA"),
    }
    # the same rows in the reading text of a plain-text filing, under a "Present Occupation" header
    text = "\n".join(
        [
            "Name\tOffice\tPresent Occupation",
            "Lena Ortiz\tDirector\tChief Executive Officer of Marlow Biotech Inc., 2016 to present",
            "Ravi Menon\tDirector\tTrustee of Eastbrook Arts Council since 2012",
        ]
    )
    assert {(m.name, m.title, m.org) for m in occupation_cell_mentions(list(lines(text)))} == {
        ("Lena Ortiz", "Chief Executive Officer", "Marlow Biotech Inc."),
        ("Ravi Menon", "Trustee", "Eastbrook Arts Council"),
    }


# --- headings and list lines ----------------------------------------------------------------------


def _lines(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.title) for m in name_title_line_mentions(list(lines(text)))}


def test_hyphen_glued_heading_splits_name_from_title() -> None:
    real = (
        "Dana Wheeler-President, Chief Executive Officer, Director\n\n"
        "Dana Wheeler has been the President, Chief Executive Officer and a Director of our company.\n"
    )
    assert _lines(real) == {("Dana Wheeler", "President, Chief Executive Officer, Director")}
    made = "Vivian Katsuris -Secretary\n\nMs. Katsuris was appointed Secretary on August 11, 2014.\n"
    assert _lines(made) == {("Vivian Katsuris", "Secretary")}
    other = "Kwame Mensah-Chief Technology Officer\n\nMr. Mensah joined the company in 2019.\n"
    assert _lines(other) == {("Kwame Mensah", "Chief Technology Officer")}
    # a double family name keeps its hyphen
    double = "Maria Lopez-Garcia, Director\n\nMs. Lopez-Garcia has been a director since 2015.\n"
    assert _lines(double) == {("Maria Lopez-Garcia", "Director")}


def test_name_title_lines_under_a_board_heading_keep_their_own_titles() -> None:
    # plymouth-rock 20-F, MD&A "DIRECTORS" section: officers listed under the board heading
    text = "\n\n".join(
        [
            "DIRECTORS",
            "Current Directors and Officers of the Company are as follows:",
            "Dana Wheeler, President, CEO and Director",
            "Zara Kanji, CFO",
            "Vivian Katsuris, Corporate Secretary",
            "Tim Crowhurst, Director",
            "OUTLOOK",
        ]
    )
    got = {(m.name, m.title) for m in board_section_mentions(text)}
    assert ("Zara Kanji", "Director") not in got
    assert ("Vivian Katsuris", "Corporate Secretary") in got
    assert ("Tim Crowhurst", "Director") in got
    made = "Board of Directors\n\nHelen Park, Vice Chair\n\nOmar Said, Director\n"
    assert {(m.name, m.title) for m in board_section_mentions(made)} == {
        ("Helen Park", "Vice Chair"),
        ("Omar Said", "Director"),
    }


def test_title_qualifiers_and_nil_cells_are_no_name_words() -> None:
    assert leading_person_name("Vivian Katsuris, Corporate Secretary", allow_caps=True) == len(
        "Vivian Katsuris"
    )
    assert leading_person_name("George Stubos, Former Director", allow_caps=True) == len("George Stubos")
    assert not is_person_name("Nil Angelos Kostopoulos")
    assert not is_person_name("JOHN SMITH, FORMER", allow_caps=True)


def test_whole_20f_reads_outside_posts_and_no_glued_names() -> None:
    doc = next(d for d in iter_documents([str(PLYMOUTH)]) if isinstance(d, Document))
    view = doc.view
    got = find_people(view.text, source=doc.text, source_offset=view.source_offset)
    pairs = {(m.name, m.title, m.org) for m in got}
    assert ("Douglas Smith", "Executive Vice President", "MWW Group LLC") in pairs
    assert ("Zara Kanji", "Chief Financial Officer", "TechX Technologies Inc.") in pairs
    assert ("Angelos Kostopoulos", "Partner", "Nakou & Associates Law Firm") in pairs
    names = {m.name for m in got}
    assert not any(
        n.startswith("Nil ") or "-President" in n or n.endswith((", Former", ", Corporate")) for n in names
    )
