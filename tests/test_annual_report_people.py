"""People of 10-K annual reports that no rule read before: starred signature tables, "each as a Director"
lists, officer tables whose names carry note marks and whose titles carry a second post in brackets.

Passages are short excerpts of real filings (source in each test's comment); expected values were read
from the passages by hand.
"""

from __future__ import annotations

from edgarkg.sources.html import text_view
from edgarkg.text.name_grids import compensation_name_mentions
from edgarkg.text.officer_lines import each_as_director_mentions
from edgarkg.text.people import find_people
from edgarkg.text.rosters import roster_mentions
from edgarkg.text.sentences import lines


def _pairs(mentions) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in mentions}


# mwaldstein/edgarWebR tests/testdata/dev/d216801d10k.htm (Alcoa Inc. 10-K for 2015, signatures)
ALCOA_2016_SIGNATURES = (
    "Arthur D. Collins, Jr., Kathryn S. Fuller, Sean O. Mahoney, Michael G. Morris, E. Stanley O\u2019Neal, "
    "James W. Owens, John C. Plant, Dr. L. Rafael Reif, Carol L. Roberts, Patricia F. Russo, Ulrich R. "
    "Schmidt, Sir Martin Sorrell, Ratan N. Tata and Ernesto Zedillo, each as a Director, on February 19, "
    "2016, by Robert S. Collins, their Attorney-in-Fact.*\n"
)


def test_each_as_a_director_gives_every_listed_name_a_directorship() -> None:
    found = list(each_as_director_mentions(list(lines(ALCOA_2016_SIGNATURES))))
    names = [m.name for m in found]
    assert len(names) == 14
    assert names[0] == "Arthur D. Collins, Jr."  # "Jr." stays with its name, not an item of its own
    assert "Ernesto Zedillo" in names and "Ratan N. Tata" in names
    assert "Robert S. Collins" not in names  # the attorney signs, he is not listed as a director
    assert {m.title for m in found} == {"Director"}


def test_each_as_after_words_that_are_no_names_is_no_director_list() -> None:
    text = "The Notes, the Guarantees and the Warrants, each as a Director may determine, are transferable.\n"
    assert list(each_as_director_mentions(list(lines(text)))) == []


# mwaldstein/edgarWebR tests/cache/37996/000003799602000015/v7.txt.txt (Item 4A, Executive Officers of Ford)
FORD_2002_OFFICERS = """\
<TABLE>
<CAPTION>
                                                                          Present Position
     Name                               Position                            Held Since                    Age
     ----                               --------                            ----------                    ---
<s>                             <c>                                        <c>                             <c>

William Clay Ford, Jr.*          Chairman of the Board  and                October 2001                    44
                                   Chief Executive Officer

Carl E. Reichardt**              Vice Chairman (also a Director)           October 2001                    70

Mei Wei Cheng                    Vice President--                          January 1999                    52
                                   (President, Ford
                                   Motor (China) Ltd.)

David W. Thursfield              Group Vice President--                    November 2001                   56
                                   (Chairman, President and
                                   CEO, Ford of Europe, Inc.)

Karen C. Francis                 Vice President--                          April 2001                      39
                                   (ConsumerConnect)
</TABLE>
"""


def test_officer_table_names_lose_their_note_marks_and_bracketed_posts_go_to_their_company() -> None:
    found = _pairs(roster_mentions(FORD_2002_OFFICERS))
    assert ("William Clay Ford, Jr.", "Chairman of the Board and Chief Executive Officer", None) in found
    assert ("Carl E. Reichardt", "Vice Chairman", None) in found
    assert ("Carl E. Reichardt", "Director", None) in found
    assert ("Mei Wei Cheng", "Vice President", None) in found
    assert ("Mei Wei Cheng", "President", "Ford Motor (China) Ltd") in found
    assert ("David W. Thursfield", "Chairman, President and CEO", "Ford of Europe, Inc") in found
    assert ("Karen C. Francis", "Vice President", None) in found  # "(ConsumerConnect)": a unit, no post
    assert not any("(" in title for _, title, _ in found)


# An Item 6.A table whose extra titles sit in rows of their own, name and age cells empty (a layout of
# small issuers' 20-Fs and of word-processor HTML); constructed, the reading text drops the empty cells.
TITLE_ROWS_HTML = """<html><body><p>A. Directors and Senior Management</p><table>
<tr><td><b>Name</b></td><td><b>Age</b></td><td><b>Position</b></td></tr>
<tr><td>Jean-Marc Dupont</td><td>61</td><td>Chairman of the Board</td></tr>
<tr><td></td><td></td><td>Director</td></tr>
<tr><td>Wei Zhang</td><td>48</td><td>Chief Executive Officer</td></tr>
<tr><td></td><td></td><td>President</td></tr>
<tr><td></td><td></td><td>Director</td></tr>
<tr><td>Maria Gonzalez</td><td>52</td><td>Chief Financial</td></tr>
<tr><td></td><td></td><td>Officer and Secretary</td></tr>
<tr><td>Executive Officers</td><td></td><td></td></tr>
<tr><td>Peter K. Ames</td><td>45</td><td>Vice President, Operations</td></tr>
</table></body></html>"""


def test_one_cell_rows_under_a_person_carry_on_the_table_and_add_titles() -> None:
    view = text_view(TITLE_ROWS_HTML, "text/html")
    found = _pairs(roster_mentions(view.text, TITLE_ROWS_HTML, view.source_offset))
    assert ("Jean-Marc Dupont", "Director", None) in found
    assert {("Wei Zhang", t, None) for t in ("Chief Executive Officer", "President", "Director")} <= found
    assert ("Maria Gonzalez", "Chief Financial Officer and Secretary", None) in found  # one title, wrapped
    assert not any(t.startswith("Officer") for _, t, _ in found)
    assert ("Peter K. Ames", "Vice President, Operations", None) in found  # after a group row
    assert not any(t == "Executive Officers" for _, t, _ in found)


def test_a_management_list_gives_titles_the_title_matcher_does_not_know() -> None:
    text = (
        "Our management team includes:\n\n"
        "Mr. David Kim, Chief Geologist\n"
        "Ms. Laura Chen, Vice President, Exploration\n"
        "Dr. Hans Meier, Chief Operating Officer\n"
    )
    found = _pairs(find_people(text))
    assert ("David Kim", "Chief Geologist", None) in found
    assert ("Laura Chen", "Vice President, Exploration", None) in found
    assert ("Hans Meier", "Chief Operating Officer", None) in found


# dgunning/edgartools tests/fixtures/parity_gate/20-F/0001062993-16-008650.html (Loncor Resources 20-F for
# 2015, Item 6.B Summary Compensation Table, as the reading text gives it; amounts shortened)
LONCOR_COMPENSATION = (
    "Name and Principal\tYear\tSalary\tShare-based\tAll other\tTotal\n"
    "Position\t(US$)\tawards\tCompensation\tCompensation\n"
    "(US$)\t(US$)\t(US$)\n"
    "Annual Incentive\nPlan\n(US$)\n"
    "Arnold T. Kondrat (1)\t2015\t$93,840 (2)\tN/A\t$19,128 (4)\t$112,968\n"
    "Chief Executive\nOfficer and President\n"
    "Peter N. Cowley (1)\t2015\tNil\tN/A\tNil\tNil\n"
    "Chief Executive\nOfficer and President\n"
    "Fabrice Matheys\t2015\t$15,000\tN/A\t$9,800 (5)\t$24,800\n"
    "General Manager,\nDRC\n"
    "\n51\n\n"
    "(1)\tMr. Cowley stepped down as Chief Executive Officer and President of the Company in February 2015. "
    "Mr. Kondrat was appointed Chief Executive Officer and President of the Company in February 2015.\n"
)


def test_compensation_table_names_take_the_title_wrapped_below_them() -> None:
    found = _pairs(compensation_name_mentions(list(lines(LONCOR_COMPENSATION))))
    assert found == {
        ("Arnold T. Kondrat", "Chief Executive Officer and President", None),
        ("Fabrice Matheys", "General Manager, DRC", None),
    }  # Mr. Cowley "stepped down", the note says: his row's title is no longer his


# A 1990s plain-text 10-K's Item 11 table (constructed in the fixed-width layout of the period).
TEXT_COMPENSATION = """\
                           SUMMARY COMPENSATION TABLE
                                   Annual Compensation         All Other
Name and
Principal Position         Year     Salary      Bonus          Compensation
------------------         ----     ------      -----          ------------
JOHN A. SMITH              1995    $250,000   $100,000          $5,000
  President and Chief      1994     230,000     80,000           4,500
  Executive Officer        1993     210,000     60,000           4,000

Mary B. Jones, Ph.D.       1995    $150,000    $50,000          $3,000
  Vice President,          1994     140,000     40,000           2,800
  Finance

Peter Q. Brown             1995    $120,000    $20,000          $1,000
  Former Chief Financial
  Officer

OPTION GRANTS IN LAST FISCAL YEAR
"""


def test_fixed_width_compensation_table_reads_each_officer_and_leaves_a_former_one() -> None:
    found = _pairs(compensation_name_mentions(list(lines(TEXT_COMPENSATION))))
    assert found == {
        ("John A. Smith", "President and Chief Executive Officer", None),
        ("Mary B. Jones", "Vice President, Finance", None),
    }


def test_entries_under_a_20f_senior_management_heading_are_read_like_an_officers_list() -> None:
    # constructed in the layout of small issuers' 20-F Item 6.A: "Name (Age 55) - Title. Biography ..."
    bio = "He has over 25 years of experience in exploration and development of gold projects in West Africa."
    text = (
        "ITEM 6. DIRECTORS, SENIOR MANAGEMENT AND EMPLOYEES\n\nA. Directors and Senior Management\n\n"
        f"JOHN DOE (Age 55) - President, Chief Executive Officer and Director. {bio}\n\n"
        f"Mary Smith (Age 47) - Chief Financial Officer. {bio}\n"
    )
    found = _pairs(find_people(text))
    assert ("John Doe", "President, Chief Executive Officer and Director", None) in found
    assert ("Mary Smith", "Chief Financial Officer", None) in found
