"""People in small companies' officer and director tables (round 10): occupation cells whose employer
is described after its name or by its kind of business, and executive-officer entries that set posts
"of the company" against posts at named business units; names run together beside a plural title; the
10-KSB Item 9 caption."""

from __future__ import annotations

from edgarkg.text.name_grids import joined_names_mentions
from edgarkg.text.names import is_person_name
from edgarkg.text.occupation_cells import current_posts
from edgarkg.text.officer_lines import current_titles, officer_entry_mentions
from edgarkg.text.people import find_people
from edgarkg.text.sentences import lines

# --- occupation cells (Sandston 10-K FY2021, tests/data/dev6, "Directors of the Company" table) ------


def test_an_appositive_after_the_employers_legal_suffix_is_no_part_of_it() -> None:
    dorman = (
        "President of Dorman Industries, LLC, a company that beneficially owns 69.15% of the "
        "outstanding Common Stock of the Company (1)"
    )
    assert current_posts(dorman) == [("President", "Dorman Industries, LLC")]
    de_fiore = "CPA and shareholder and officer of DeFiore Spalding, P.C., a public accounting firm"
    assert current_posts(de_fiore) == [("CPA and shareholder and officer", "DeFiore Spalding, P.C.")]


def test_constructed_appositives_keep_the_posts_around_them() -> None:
    cell = (
        "Managing Partner of Harrow Field Capital, LLC, an investment adviser; "
        "Director of Pellam Inc. since 2004"
    )
    assert current_posts(cell) == [
        ("Managing Partner", "Harrow Field Capital, LLC"),
        ("Director", "Pellam Inc."),
    ]
    assert current_posts("Treasurer of Quillby Holdings, Inc., a maker of valves, since 2001") == [
        ("Treasurer", "Quillby Holdings, Inc.")
    ]


def test_the_kind_of_business_before_a_firms_name_and_principals() -> None:
    walawender = "Senior Principal at the law firm Miller, Canfield, Paddock and Stone, PLC."
    assert current_posts(walawender) == [("Senior Principal", "Miller, Canfield, Paddock and Stone, PLC")]
    assert current_posts("Partner at the accounting firm of Ostrow & Lind, LLP") == [
        ("Partner", "Ostrow & Lind, LLP")
    ]
    assert current_posts("Principal of Bramwell Ridge Holdings, Inc.") == [
        ("Principal", "Bramwell Ridge Holdings, Inc.")
    ]
    assert current_posts("Principal of the Company") == []  # no other organisation named


# --- executive-officer entries (General Dynamics 10-K FY2023, tests/data/blind4) ----------------------

GD = "\n".join(
    [
        "INFORMATION ABOUT OUR EXECUTIVE OFFICERS",
        "Name, Position and Office\tAge",
        "Christopher J. Brady – Vice President of the company and President of General Dynamics Mission "
        "Systems since January 2019; Vice President, Engineering of General Dynamics Mission Systems, "
        "January 2015 - December 2018; Vice President, Engineering of General Dynamics C4 Systems, "
        "May 2013 - December 2014\t61",
        "M. Amy Gilliland – Senior Vice President of the company since April 2015; President of General "
        "Dynamics Information Technology since September 2017; Deputy for Operations of General Dynamics "
        "Information Technology, April 2017 - September 2017; Senior Vice President, Human Resources and "
        "Administration, April 2015 - March 2017\t49",
        "William A. Moss – Vice President and Controller since April 2017; Staff Vice President, Internal "
        "Audit, May 2015 - March 2017\t60",
    ]
)


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in officer_entry_mentions(list(lines(text)))}


def test_posts_of_the_company_and_of_a_named_unit_are_two_positions() -> None:
    assert _posts(GD) == {
        ("Christopher J. Brady", "Vice President of the company", None),
        ("Christopher J. Brady", "President", "General Dynamics Mission Systems"),
        ("M. Amy Gilliland", "Senior Vice President of the company", None),
        ("M. Amy Gilliland", "President", "General Dynamics Information Technology"),
        ("William A. Moss", "Vice President and Controller", None),
    }


def test_constructed_entries_departments_stay_titles_at_the_filer() -> None:
    text = "\n".join(
        [
            "EXECUTIVE OFFICERS OF THE REGISTRANT",
            "Jane Q. Roe - Executive Vice President of the Corporation and President of Halvard Marine "
            "since March 2020; Treasurer, 2015 - 2020",
            "John A. Doe - Senior Vice President of the company since 2018; Vice President of Human "
            "Resources and Administration since June 2019",
            "Mary K. Poe - Vice President of Finance since 2016; Controller, 2010 - 2016",
        ]
    )
    assert _posts(text) == {
        ("Jane Q. Roe", "Executive Vice President of the Corporation", None),
        ("Jane Q. Roe", "President", "Halvard Marine"),
        ("John A. Doe", "Senior Vice President of the company", None),
        ("John A. Doe", "Vice President of Human Resources and Administration", None),
        ("Mary K. Poe", "Vice President of Finance", None),
    }


def test_later_items_dated_since_are_current_titles_closed_ones_are_not() -> None:
    assert current_titles(
        "Chief Financial Officer since 2019; Treasurer since March 2021; Controller, 2015 - 2019"
    ) == [
        "Chief Financial Officer",
        "Treasurer",
    ]
    assert current_titles("President since May 2010; Vice President, Sales, 2004 - 2010") == ["President"]


# --- names run together in one cell beside a plural title (Credit Suisse F-3, tests/data/blind4, the
# trustee's Report of Condition in Exhibit 25) -------------------------------------------------------


def _joined(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.title) for m in joined_names_mentions(list(lines(text)))]


def test_names_in_one_cell_beside_directors_each_get_the_title() -> None:
    assert _joined("Robin A. Vince Frederick O. Terrell Joseph J. Echevarria\tDirectors") == [
        ("Robin A. Vince", "Director"),
        ("Frederick O. Terrell", "Director"),
        ("Joseph J. Echevarria", "Director"),
    ]


def test_constructed_joined_names_with_commas_and_other_plural_titles() -> None:
    assert _joined("Jane Q. Roe, John A. Doe and Mary Poe\tTrustees") == [
        ("Jane Q. Roe", "Trustee"),
        ("John A. Doe", "Trustee"),
        ("Mary Poe", "Trustee"),
    ]
    assert _joined("Jane Q. Roe John A. Doe\tDirector") == []  # a singular title: not a list's
    assert _joined("Acme Corp. Jane Q. Roe\tDirectors") == []  # something else in the cell
    assert _joined("Jane Q. Roe\tDirectors") == []  # one name


# --- the 10-KSB Item 9 caption (Regulation S-B Item 401) over a small company's officer table ---------


def test_the_item_9_caption_of_a_10ksb_names_no_person() -> None:
    text = "\n".join(
        [
            "Item 9. Directors, Executive Officers, Promoters and Control Persons",
            "Name\tPosition\tTerm as Director",
            "John A. Smith\tPresident, Chief Executive Officer and Chairman\tSince 2004",
            "Mary B. Jones\tVice President and Director\tSince 2006",
        ]
    )
    got = {(m.name, m.title) for m in find_people(text)}
    assert got == {
        ("John A. Smith", "President, Chief Executive Officer and Chairman"),
        ("Mary B. Jones", "Vice President and Director"),
    }
    assert not is_person_name("Control Persons", allow_caps=True)
    assert not is_person_name("CONTROL PERSONS", allow_caps=True)
    assert is_person_name("Jane Q. Control")  # a family name still


# --- footnote numbers after a position cell (constructed: small issuers' "Name | Age | Position" tables) --


def test_footnote_numbers_after_a_position_are_no_part_of_it() -> None:
    text = "\n".join(
        [
            "Item 10. Directors and Executive Officers",
            "Name\tAge\tPosition",
            "John A. Smith\t52\tPresident, Chief Executive Officer, Chief Financial Officer, Secretary, "
            "Treasurer and Director (1)",
            "Mary B. Jones\t47\tDirector(1)(2)",
            "Peter Q. White\t60\tChief Operating Officer (2009)",
        ]
    )
    got = {(m.name, m.title) for m in find_people(text)}
    assert got == {
        (
            "John A. Smith",
            "President, Chief Executive Officer, Chief Financial Officer, Secretary, Treasurer and Director",
        ),
        ("Mary B. Jones", "Director"),
        ("Peter Q. White", "Chief Operating Officer"),
    }
