"""Titles read whole: a department after a comma or a dash, a title wrapped over lines, "of the Company".

A title cut short ("Senior Vice President" for "Senior Vice President, Human
Resources and Administration") shares too few words with the title as
written to count. Real passages are cited by repository and path; the
constructed variants check the rules in general and their limits: a longer
title must not take in the next person's name, a company or a date.
"""

from __future__ import annotations

import pytest

from edgarkg.text.employers import split_title_org
from edgarkg.text.names import clean_title, is_org_name, match_title
from edgarkg.text.people import find_people


def _title(text: str) -> str | None:
    t = match_title(text, 0)
    return t.title if t else None


# alphanome-ai/sec-parser-test-data 10-K/GD/0000040533-24-000007/primary-document.html (executive officers)
GD_OFFICER = (
    "Kimberly A. Kuryea – Senior Vice President, Human Resources and Administration since April 2017; "
    "Vice President and Controller, September 2011 - March 2017"
)


def test_department_with_an_organisation_word_stays_in_the_title():
    title = "Senior Vice President, Human Resources and Administration"
    assert _title(GD_OFFICER[GD_OFFICER.index("Senior") :]) == title
    assert not is_org_name("Human Resources and Administration")
    assert split_title_org(title) is None  # the department is not the employer


def test_department_read_through_the_people_rules():
    text = (
        'General Dynamics Corporation (the "Company")\n\nEXECUTIVE OFFICERS OF THE COMPANY\n'
        "Gregory S. Gallopoulos – Senior Vice President, General Counsel and Secretary since January 2010; "
        "Vice President and Deputy General Counsel, July 2008 - January 2010\n64\n" + GD_OFFICER + "\n56\n"
    )
    found = {(m.title, m.org) for m in find_people(text) if m.name == "Kimberly A. Kuryea"}
    assert ("Senior Vice President, Human Resources and Administration", None) in found


@pytest.mark.parametrize(
    "name",
    ["Administration", "Government Affairs", "Corporate Development and Administration", "Public Affairs"],
)
def test_departments_are_not_organisations(name):
    assert not is_org_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Small Business Administration",
        "Food and Drug Administration",
        "Department of Finance",
        "Federal Reserve Bank",
    ],
)
def test_agencies_remain_organisations(name):
    assert is_org_name(name)


def test_area_before_a_second_title():
    # alphanome-ai/sec-parser-test-data 10-K/GD/0000040533-24-000007: a signature wrapped over two lines
    text = "Executive Vice President, Technologies\nand Chief Financial Officer\n102"
    assert _title(text) == "Executive Vice President, Technologies and Chief Financial Officer"
    assert (
        _title("Senior Vice President, Global Research and Chief Scientific Officer of the Company.")
        == "Senior Vice President, Global Research and Chief Scientific Officer"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chairman, John Smith and Director",
        "Director, Globex Bank and Chairman",
        "President, Acme Inc. and Chief Executive Officer",
    ],
)
def test_area_is_never_a_person_or_company(text):
    assert _title(text) == text.split(",")[0]


# mwaldstein/edgarWebR tests/cache/37996/000003799602000015/v7.txt.txt (Ford 10-K, fixed-width officer table)
@pytest.mark.parametrize(
    ("cell", "title"),
    [
        (
            "Group Vice President--\n                                   Chief Technical Officer\n\nWolfgang",
            "Group Vice President-- Chief Technical Officer",
        ),
        (
            "Vice President -                          January 2001                    48\n"
            "                                   Environmental and\n",
            "Vice President",
        ),
        (
            "Group Vice President--\n                                   Asia Pacific Operations,\n"
            "                                 South American Operations\n                                  "
            "and Global Purchasing\n\nJames J. Padilla",
            "Group Vice President-- Asia Pacific Operations, South American Operations and Global Purchasing",
        ),
        (
            "Vice President--Finance                   March 2002                      61",
            "Vice President--Finance",
        ),
    ],
)
def test_dashed_qualifier_over_wrapped_lines_stops_at_the_column_edge(cell, title):
    assert _title(cell) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Executive Vice President-Chief Financial Officer",
            "Executive Vice President-Chief Financial Officer",
        ),
        ("Vice President—Investor Relations", "Vice President—Investor Relations"),
        ("Vice President-Finance and Treasurer", "Vice President-Finance and Treasurer"),
        ("Vice President - John Smith, Director", "Vice President"),
        ("Vice President -\nJohn Smith\nDirector", "Vice President"),
        ("Chief Executive Officer—Jane Roe", "Chief Executive Officer"),
        ("Vice President-Smith Barney", "Vice President"),
        ("Vice President - Finance and John Smith", "Vice President - Finance"),
    ],
)
def test_dashed_qualifier_never_takes_a_name(text, title):
    assert _title(text) == title


@pytest.mark.parametrize(
    ("title", "org"),
    [
        ("Vice President, Finance", ""),
        ("Vice President, Legal", ""),
        ("Senior Vice President, Business Development", ""),
        ("Director of Investor Relations", ""),
        ("Head of Investor Relations", ""),
        ("Global Head of Investor Relations", ""),
        ("Senior Vice President of Sales and Marketing", ""),
        ("Executive Vice President and Chief Operating Officer, Mortgage Banking", ""),
        ("Director of Investor Relations", "Globex Corporation"),
        ("Senior Vice President, Finance", "Globex Corp."),
    ],
)
def test_department_before_of_the_company_or_a_company(title, org):
    text = f"{title} of {org or 'the Company'}. He joined in 2001."
    t = match_title(text, 0)
    assert t is not None
    assert (t.title, t.org) == (title, org)


@pytest.mark.parametrize(
    "title",
    [
        # the development set's "Chris Kondo" signature: a department, then a second title
        "Senior Director, Corporate Accounting and Principal Accounting Officer",
        "Vice President, Accounting and Corporate Controller",
        "Senior Vice President, Chief Human Resources Officer",
        "Principal Financial and Accounting Officer",
        "Chairman Emeritus",
        "Vice President, Tax",
        "Senior Vice President, Global Operations",
    ],
)
def test_whole_title(title):
    assert _title(title + "\nDate: March 1, 2024") == title


def test_department_ends_before_the_next_title():
    t = match_title(
        "Senior Vice President of Finance and Chief Financial Officer of the Company since 2019", 0
    )
    assert t is not None
    assert (t.title, t.org) == ("Senior Vice President of Finance and Chief Financial Officer", "")


def test_company_and_its_bank():
    t = match_title("President and Chief Executive Officer of the Company and the Bank since 2001", 0)
    assert t is not None
    assert (t.title, t.org) == ("President and Chief Executive Officer", "")  # never "Company and the Bank"
    t = match_title("Director of the Company and Globex National Bank, its subsidiary", 0)
    assert t is not None
    assert (t.title, t.orgs) == ("Director", ("", "Globex National Bank"))


@pytest.mark.parametrize(
    ("written", "title"),
    [
        # alphanome-ai/sec-parser-test-data 10-K/ABBV/0001551152-24-000011: "Robert J. Alpern, M.D." over
        # "Director of AbbVie Inc.": the degree is the name's, not the title's
        ("M.D. Director", "Director"),
        ("Ph.D., Chief Scientific Officer", "Chief Scientific Officer"),
        # 10-K/GD/0000040533-24-000007: "Richard D. Clarke / Director / *" (signed by attorney-in-fact)
        ("Director *", "Director"),
        ("Sr. Vice President", "Sr. Vice President"),
        ("CEO", "CEO"),
    ],
)
def test_clean_title_drops_what_belongs_to_the_name(written, title):
    assert clean_title(written) == title
