"""Outside posts in biography prose: lists of organisations, named boards, ticker lists (issue #3, round 9).

Each rule is checked on the real passage (source in a comment, cut to what the rule needs) and on
constructed variants with other names, spacing and wording, so that it reads the construction and
not one sentence; negative cases check what must stay as it is.
"""

from __future__ import annotations

from edgarkg.text.names import OrgLexicon
from edgarkg.text.outside_roles import outside_mentions
from edgarkg.text.prose import prose_mentions


def _prose(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in prose_mentions(text, OrgLexicon.from_text(text))}


def _orgs(text: str, name: str) -> set[str | None]:
    return {org for who, _, org in _prose(text) if who == name}


def _outside(sentence: str, name: str) -> set[tuple[str, str, str | None]]:
    a = sentence.index(name)
    lexicon = OrgLexicon.from_text(sentence)
    found = outside_mentions(sentence, a, a + len(name), len(sentence), lexicon)
    return {(m.name, m.title, m.org) for m in found}


# --- a list of short names and legal names, read by the title reader as one company -------------

# wmx-technologies 10-K 1994-03-30 (0000950131-94-000440), Item 1 and "Executive Officers", hard-wrapped
_WMX_TERMS = """\
  Chemical Waste Management, Inc., an approximately 79%-owned subsidiary of the
Company (referred to herein, together with its subsidiaries other than Rust (as
defined below), as "CWM"), is a leading provider of hazardous waste management.
  Wheelabrator Technologies Inc., an approximately 55%-owned subsidiary of the
Company (referred to herein, together with its subsidiaries, as "WTI"),
provides a wide array of environmental products and services.
  Rust International Inc., a subsidiary owned approximately 56% by CWM and 40%
by WTI (referred to herein, together with its subsidiaries, as "Rust"),
furnishes engineering and consulting services.
  The Company provides services internationally, primarily through Waste Management International plc, a
subsidiary owned 56% by the Company (referred to
herein, together with its subsidiaries, as "Waste Management International").

"""


def test_list_of_defined_short_names_and_legal_names_is_one_seat_each():
    text = _WMX_TERMS + (
        "  Phillip B. Rooney, age 49, has served as a director of the Company since 1981.\n"
        "Mr. Rooney is also\n"
        "a director of CWM, Waste Management International, Rust, WTI, Illinois Tool\n"
        "Works, Inc., Caremark International Inc., Urban Shopping Centers, Inc., and\n"
        "ServiceMaster Management Corporation, the general partner of ServiceMaster\n"
        "Limited Partnership.\n"
    )
    seats = {org for who, title, org in _prose(text) if who == "Mr. Rooney" and title == "director"}
    assert {" ".join(o.split()) for o in seats if o} == {
        "CWM",
        "Waste Management International",
        "Rust",
        "WTI",
        "Illinois Tool Works, Inc.",
        "Caremark International Inc.",
        "Urban Shopping Centers, Inc.",
        "ServiceMaster Management Corporation",
    }


def test_list_ending_in_a_legal_name_is_split_before_it():
    # the same 10-K: "Mr. Buntrock is also a director of WTI, Rust, ..., Boston Chicken, Inc., ..."
    text = _WMX_TERMS + (
        "Mr. Buntrock is also a director of\n"
        "WTI, Rust, Waste Management International, Boston Chicken, Inc., Stone\n"
        "Container Corporation and First Chicago Corporation.\n"
    )
    assert {" ".join(o.split()) for o in _orgs(text, "Mr. Buntrock") if o} == {
        "WTI",
        "Rust",
        "Waste Management International",
        "Boston Chicken, Inc.",
        "Stone Container Corporation",
        "First Chicago Corporation",
    }


def test_constructed_list_with_acronyms_and_known_names():
    text = (
        'Globex Holdings Corp. ("GHC") and Initech Systems, Inc. ("Initech") are affiliates. '
        "Jane Q. Roe is a director of GHC, Initech, Umbrella Labs, Inc. and Acme Widgets Corporation."
    )
    assert _orgs(text, "Jane Q. Roe") >= {"GHC", "Initech", "Umbrella Labs, Inc.", "Acme Widgets Corporation"}
    assert not any(o and o.startswith("GHC,") for o in _orgs(text, "Jane Q. Roe"))


def test_constructed_list_held_in_the_title_is_split():
    # "director of WTI, Waste Management International, Rust and CWM": every item a short name
    text = (
        'Vandelay Industries, Inc. ("VDL") and Kramerica Capital LLC ("KCL") are related. '
        "John Doe also serves as a director of VDL, Kramerica Capital and KCL."
    )
    assert _orgs(text, "John Doe") == {"VDL", "Kramerica Capital", "KCL"}


def test_a_firm_named_by_surnames_is_not_split():
    for text in (
        "Richard Poe is a partner of Roe, Doe & Poe, Inc., a law firm.",
        "Richard Poe is a director of Smith, Barney, Harris Upham & Co., Inc.",
    ):
        orgs = _orgs(text, "Richard Poe")
        assert not orgs & {"Roe", "Doe & Poe, Inc.", "Smith", "Barney"}, orgs
    # a first word the document also uses for another company ("Merrill") does not make an item of it
    text = (
        "Merrill Lynch & Co., Inc. is the parent. Richard Poe is a Managing Director of Merrill Lynch, "
        "Pierce, Fenner & Smith Incorporated."
    )
    assert _orgs(text, "Richard Poe") == {"Merrill Lynch, Pierce, Fenner & Smith Incorporated"}
    text = "Richard Poe is a partner of Skadden, Arps, Slate, Meagher & Flom LLP."
    assert _orgs(text, "Richard Poe") == {"Skadden, Arps, Slate, Meagher & Flom LLP"}


# --- a pronoun's predicate wrapped over a line ------------------------------------------------------


def test_present_perfect_wrapped_over_a_line_is_current():
    # wmx-technologies 10-K 1994: "Since November 1990, he has\nserved as Chairman ... of WTI"
    text = _WMX_TERMS + (
        "  Phillip B. Rooney, age 49, has served as a director of the Company since 1981. Mr. Rooney\n"
        "commenced employment with the Company in 1969. Since November 1990, he has\n"
        "served as Chairman of the Board and Chief Executive Officer of WTI, and since\n"
        "January 1993 he has served as Chairman of the Board of Rust.\n"
    )
    found = {(t, o) for who, t, o in _prose(text) if who == "Mr. Rooney"}
    assert ("Chairman of the Board and Chief Executive Officer", "WTI") in found
    assert ("Chairman of the Board", "Rust") in found
    variant = (
        "Jane Roe joined Globex Corp. in 1990. Since 2001, she has\n   served as President of Initech, Inc."
    )
    assert ("Jane Roe", "President", "Initech, Inc.") in _prose(variant)


# --- a named board, not the directors' ---------------------------------------------------------------


def test_seat_on_a_named_board_keeps_the_board_in_the_title():
    # dell 10-K FY2006, executive officers: "He serves on the Foundation Board of the World Economic Forum"
    s = "Michael S. Dell serves on the Foundation Board of the World Economic Forum, and chairs its panel."
    assert _outside(s, "Michael S. Dell") == {
        ("Michael S. Dell", "member of the Foundation Board", "World Economic Forum")
    }
    s = "Ann Lee sits on the advisory board of the Springfield Institute of Art."
    assert _outside(s, "Ann Lee") == {
        ("Ann Lee", "member of the advisory board", "Springfield Institute of Art")
    }
    # the company's own board of directors stays a directorship
    s = "Ann Lee serves on the Board of Directors of Globex Corporation."
    assert _outside(s, "Ann Lee") == {("Ann Lee", "Director", "Globex Corporation")}


def test_second_predicate_after_an_unread_first():
    # dell 10-K FY2006: "He also serves on the U.S. President's Council of Advisors on Science and Technology
    # and sits on the governing board of the Indian School of Business in Hyderabad, India."
    s = (
        "Mr. Dell also serves on the U.S. President’s Council of Advisors on Science and Technology and sits "
        "on the governing board of the Indian School of Business in Hyderabad, India."
    )
    assert ("Mr. Dell", "member of the governing board", "Indian School of Business") in _prose(s)
    s = "Ms. Roe is active in local charities and serves on the Board of Trustees of Hudson Valley College."
    assert ("Ms. Roe", "Trustee", "Hudson Valley College") in _prose(s)


def test_director_on_the_board_of_a_described_organisation():
    # dell 10-K FY2006: "Mr. Rollins serves as a director on the board of Catalyst, a leading non-profit
    # organization dedicated to the advancement of women in the workplace."
    s = (
        "Mr. Rollins serves as a director on the board of Catalyst, a leading non-profit organization "
        "dedicated to the advancement of women in the workplace."
    )
    assert ("Mr. Rollins", "director", "Catalyst") in _prose(s)
    s = "Dr. Patel serves as a director on the board of Open Door Shelters, a foundation that runs shelters."
    assert ("Dr. Patel", "director", "Open Door Shelters") in _prose(s)
    # no description, no legal form: nothing says the word after "board of" is an organisation
    s = "Dr. Patel serves as a director on the board of Open Door Shelters since 2010."
    assert not any(o == "Open Door Shelters" for _, _, o in _prose(s))


# --- "Title, Company (EXCHANGE TICKER)" runs ------------------------------------------------------------


def test_title_company_ticker_run():
    # plymouth-rock-technologies 20-F FY2020 (0001062993-21-003193), Item 6.A biography of the CFO
    s = (
        "Ms. Kanji currently serves as Chief Financial Officer, Megastar Development Corp, (TSXV MDV), "
        "Chief Financial Officer, World Class Extractions (CNSX PUMP), Chief Financial Officer, INEO Tech "
        "Corp (TSXV INEO), Chief Financial Officer TechX Technologies Inc. (CSE TECX)."
    )
    found = _prose(s)
    assert {
        ("Ms. Kanji", "Chief Financial Officer", "Megastar Development Corp"),
        ("Ms. Kanji", "Chief Financial Officer", "World Class Extractions"),
        ("Ms. Kanji", "Chief Financial Officer", "INEO Tech Corp"),
        ("Ms. Kanji", "Chief Financial Officer", "TechX Technologies Inc."),
    } <= found
    assert not any(who == "World Class Extractions" for who, _, _ in found)  # a listed company, no person


def test_constructed_ticker_runs():
    s = (
        "John Smith serves as Director, Northern Lights Mining Ltd. (TSX-V: NLM) and President, "
        "Kettle Gold Inc. (CSE KGI)."
    )
    found = _prose(s)
    assert ("John Smith", "Director", "Northern Lights Mining Ltd.") in found
    assert ("John Smith", "President", "Kettle Gold Inc.") in found
    s = "Mary Jones is Chief Executive Officer, Bright Harbor Foods (NASDAQ: BHF), and a director of Acme."
    assert ("Mary Jones", "Chief Executive Officer", "Bright Harbor Foods") in _prose(s)
    # no ticker: the run is left to the other rules, which read no company out of "Finance, Operations"
    s = "John Smith serves as Vice President, Finance and Operations, of the Company."
    assert not any(o == "Finance" for _, _, o in _prose(s))


# --- a firm's principal -------------------------------------------------------------------------------


def test_principal_of_a_described_firm():
    # plymouth-rock-technologies 20-F FY2020: "he is the principal of Wheeler Engineering Services, a firm
    # providing engineering and business consulting services"
    s = (
        "Mr. Wheeler is the principal of Wheeler Engineering Services, a firm providing engineering and "
        "business consulting services."
    )
    assert _outside(s, "Mr. Wheeler") == {("Mr. Wheeler", "principal", "Wheeler Engineering Services")}
    s = "Mr. Kim is the principal of Harborview Engineering Group, a consulting firm."
    assert _outside(s, "Mr. Kim") == {("Mr. Kim", "principal", "Harborview Engineering Group")}
    s = "Ms. Ortiz is the principal of Lincoln High School."  # no firm: an institution's head is left alone
    assert _outside(s, "Ms. Ortiz") == set()


def test_pronoun_after_an_in_addition_phrase():
    # plymouth-rock-technologies 20-F FY2020: "Currently, in addition to his role at Plymouth Rock, he is the
    # principal of Wheeler Engineering Services, a firm providing ..."
    text = (
        "Mr. Wheeler is a customer focused executive with over 35 years of experience. Currently, in "
        "addition to his role at Plymouth Rock, he is the principal of Wheeler Engineering Services, a firm "
        "providing engineering and business consulting services."
    )
    assert ("Mr. Wheeler", "principal", "Wheeler Engineering Services") in _prose(text)
    text = (
        "Ms. Alvarez joined the Company in 2015. In addition to her duties at the Company, she is "
        "President of Alvarez Family Farms, Inc."
    )
    assert ("Ms. Alvarez", "President", "Alvarez Family Farms, Inc.") in _prose(text)


# --- a department "for" its company ------------------------------------------------------------------


def test_department_for_a_company_is_part_of_the_title():
    # dell 10-K FY2006: "Mr. Marengi served as Vice President of Channel Sales for Excelan, Inc. and in ..."
    s = "Before 1989, Mr. Marengi served as Vice President of Channel Sales for Excelan, Inc."
    assert ("Mr. Marengi", "Vice President, Channel Sales", "Excelan, Inc.") in _prose(s)
    s = "Ms. Roe is Senior Vice President of Investor Relations for Globex Holdings, Inc."
    assert ("Ms. Roe", "Senior Vice President, Investor Relations", "Globex Holdings, Inc.") in _prose(s)
    s = "Mr. Lee is Vice President of Customer Service for the Company."  # the filer's own department
    assert ("Mr. Lee", "Vice President of Customer Service", None) in _prose(s)
