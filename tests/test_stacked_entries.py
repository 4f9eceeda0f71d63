"""Officer tables stacking "Name, NN," over the title in one column (edgarkg.text.stacked_entries)."""

from __future__ import annotations

from pathlib import Path

from edgarkg.model import Document
from edgarkg.sources import iter_documents, read_bytes
from edgarkg.text.people import find_people
from edgarkg.text.sentences import lines
from edgarkg.text.stacked_entries import stacked_entry_mentions

DATA = Path(__file__).parent / "data"


def _read(html: str) -> set[tuple[str, str]]:
    doc = next(d for d in read_bytes(html.encode(), "t.htm") if isinstance(d, Document))
    view = doc.view
    found = stacked_entry_mentions(list(lines(view.text)), doc.text, view.source_offset)
    return {(m.name, m.title) for m in found}


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<html><body><p>Executive Officers of the Registrant.</p><table>{body}</table></body></html>"


# tests/data/blind2/corpus/proxy/norfolk-southern_10-K_FY2008.htm, "Executive Officers of the
# Registrant": one table row per visual line; the title goes on in column 1 under "Name, Age,".
NORFOLK_ROWS = [
    ("Name, Age, Present Position", "Business Experience During Past Five Years"),
    ("Charles W. Moorman, 56,", "Present position since February 1, 2006."),
    ("Chairman, President and", "Served as President and Chief Executive Officer from"),
    ("Chief Executive Officer", "November 1, 2005 to February 1, 2006; as President from"),
    ("", "October 1, 2004 to November 1, 2005; as Senior Vice"),
    ("", "and prior thereto served as President &#8211; Thoroughbred Technology"),
    ("Stephen C. Tobias, 64,", "Present position since August 1, 1998."),
    ("Vice Chairman and", ""),
    ("Chief Operating Officer", ""),
    ("&nbsp;", "&nbsp;"),
    ("Deborah H. Butler, 54,", "Present position since June 1, 2007."),
    ("Executive Vice President &#8211;", "Prior thereto served as Vice President &#8211; Customer Service."),
    ("Planning and Chief", ""),
    ("Information Officer", ""),
    ("James A. Hixon, 55,", "Present position since October 1, 2005."),
    (
        "Executive Vice President &#8211;",
        "Served as Executive Vice President &#8211; Finance and Public Affairs",
    ),
    (
        "Law and Corporate Relations",
        "From October 1, 2004, to October 1, 2005; Senior Vice President &#8211;",
    ),
    ("", "Legal and Government Affairs from December 1, 2003 to"),
    ("Marta R. Stewart, 51,", "Present position since December 1, 2003."),
    ("Vice President and Controller", "Prior thereto was Assistant Vice President Corporate Accounting."),
]


def test_real_table_titles_run_down_the_first_column() -> None:
    assert _read(_table(NORFOLK_ROWS)) == {
        ("Charles W. Moorman", "Chairman, President and Chief Executive Officer"),
        ("Stephen C. Tobias", "Vice Chairman and Chief Operating Officer"),
        ("Deborah H. Butler", "Executive Vice President – Planning and Chief Information Officer"),
        ("James A. Hixon", "Executive Vice President – Law and Corporate Relations"),
        ("Marta R. Stewart", "Vice President and Controller"),
    }


def test_constructed_table_with_other_names_ages_and_dashes() -> None:
    rows = [
        ("Name, Age and Position", "Experience"),
        ("Priya K. Natarajan, 47,", "Present position since March 3, 2019."),
        ("Senior Vice President --", "Previously served as Treasurer of the Company from"),
        ("Global Supply Chain", "2015 to 2019."),
        ("", "Before that she was a partner at a consulting firm."),
        ("Olusegun Adeyemi, 61,", "Present position since 2012."),
        ("General Counsel and Secretary", ""),
    ]
    assert _read(_table(rows)) == {
        ("Priya K. Natarajan", "Senior Vice President -- Global Supply Chain"),
        ("Olusegun Adeyemi", "General Counsel and Secretary"),
    }


def test_text_without_html_reads_tabbed_rows_and_open_titles_only() -> None:
    # the reading text alone: a line without a tab goes on with a title only while it is open
    text = "\n".join(
        [
            "Name, Age, Present Position\tBusiness Experience During Past Five Years",
            "Ana Ruiz, 50,\tPresent position since May 1, 2010.",
            "Executive Vice President and\tServed as Controller from",
            "Chief Financial Officer\tJune 1, 2005 to May 1, 2010; as Assistant",
            "Controller from 2001 to 2005.",
            "Tom O'Brien, 44,\tPresent position since 2011.",
            "Vice President –",
            "Human Resources",
            "Served as Director of Benefits from 2006 to 2011.",
        ]
    )
    got = {(m.name, m.title) for m in stacked_entry_mentions(list(lines(text)))}
    assert got == {
        ("Ana Ruiz", "Executive Vice President and Chief Financial Officer"),
        ("Tom O'Brien", "Vice President – Human Resources"),
    }


def test_plain_text_table_aligned_with_spaces() -> None:
    # a <pre> version of the layout: column 2 starts at a fixed character position
    col = 34
    text = "\n".join(
        [
            f"{'Name, Age, Present Position':<{col}}Business Experience During Past Five Years",
            "",
            f"{'WILLIAM J. HARTE, 61,':<{col}}Present position since January 1, 2001.",
            f"{'Senior Vice President -':<{col}}Served as Vice President - Tax from",
            f"{'Taxation and Treasurer':<{col}}1995 to 2001 and prior thereto as",
            f"{'':<{col}}Director of Tax Planning.",
            f"{'Mei-Ling Chou, 49,':<{col}}Present position since 2004.",
            f"{'Corporate Secretary':<{col}}Prior thereto was Assistant Secretary.",
        ]
    )
    got = {(m.name, m.title) for m in stacked_entry_mentions(list(lines(text)))}
    assert got == {
        ("William J. Harte", "Senior Vice President - Taxation and Treasurer"),
        ("Mei-Ling Chou", "Corporate Secretary"),
    }


def test_a_lone_name_and_age_line_is_no_table() -> None:
    rows = [("Jane Doe, 52,", "Present position since 2001."), ("Director of Sales", "")]
    assert _read(_table(rows)) == set()


def test_whole_filing_finds_every_executive_vice_president() -> None:
    path = DATA / "blind2/corpus/proxy/norfolk-southern_10-K_FY2008.htm"
    doc = next(d for d in iter_documents([str(path)]) if isinstance(d, Document))
    view = doc.view
    got = {
        (m.name, m.title) for m in find_people(view.text, source=doc.text, source_offset=view.source_offset)
    }
    for person, title in [
        ("Mark D. Manion", "Executive Vice President – Operations"),
        ("John P. Rathbone", "Executive Vice President – Administration"),
        ("Donald W. Seale", "Executive Vice President and Chief Marketing Officer"),
        ("Daniel D. Smith", "Senior Vice President – Energy and Properties"),
    ]:
        assert (person, title) in got
    assert not any(name == "Corporate Accounting" for name, _ in got)  # a past title in column 2
