"""People in prose, round 10 (issue #3): small companies' biographies (tests/data/dev6).

Each rule is checked on the real passage (source cited above it) and on constructed variants,
some of which must not be read: run-together initials that end a sentence, a name that merely
precedes a company's words, a firm post with no firm named.
"""

from __future__ import annotations

from edgarkg.text.biographies import split_sentences
from edgarkg.text.names import OrgLexicon
from edgarkg.text.people import find_people
from edgarkg.text.positions import is_past
from edgarkg.text.prose import prose_mentions


def _prose(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in prose_mentions(text, OrgLexicon.from_text(text))}


def _people(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in find_people(text)}


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, 0, None)]


# --- run-together initials inside a name do not end the sentence ---------------------------------


def test_initials_inside_a_firm_name_real():
    # dev6 sandston 10-K FY2021, Item 10 biography
    s = (
        "Mr. Dorman has been the president of D.J. Dorman & Co., Inc. and its predecessor since 1989. "
        "D.J. Dorman & Co., Inc. originates, structures, acquires and manages investments."
    )
    assert _sentences(s)[0].endswith("since 1989.")
    people = _people("Daniel J. Dorman was appointed to the Board of Directors in April 2004. " + s)
    assert ("Daniel J. Dorman", "president", "D.J. Dorman & Co., Inc.") in people
    assert not any(t.startswith("president of D.J") for _, t, _ in people)


def test_initials_inside_a_person_name_constructed():
    s = "Mr. Glenn K.C. Ching, Chief Legal Officer of Pacific Harbor Corporation, said the deal closed. Next."
    assert _sentences(s)[0].endswith("closed.")
    assert ("Glenn K.C. Ching", "Chief Legal Officer", "Pacific Harbor Corporation") in _people(s)


def test_initials_after_a_preposition_constructed():
    s = "She is a partner of J.R. Roe & Co. LLP and a director of the Company. She joined in 2001."
    assert len(_sentences(s)) == 2


def test_initials_that_end_a_sentence_still_do():
    # a sentence opener after the initials: two sentences
    s = "He holds a degree from the Wharton School, Pennsylvania M.B.A. The firm grew."
    assert len(_sentences(s)) == 2
    s = "Mr. Roe joined Globex Inc. in 1999 as its M.B.A. He is also a director of Initech Corp."
    assert len(_sentences(s)) == 2


# --- a name-like pair inside a company's name is no person ---------------------------------------


def test_name_inside_a_company_name_real():
    # dev6 spatializer-audio-laboratories 10-K FY2014, Item 10 biography
    s = (
        "Kyle Hartley is the chief operating officer of Lone Star Value Management, LLC. "
        "Hannah M. Bible is the chief compliance officer of Lone Star Value Management, LLC. "
        "Ms. Bible also serves as a director of Reliability Incorporated."
    )
    got = _prose(s)
    assert ("Kyle Hartley", "chief operating officer", "Lone Star Value Management, LLC") in got
    assert ("Hannah M. Bible", "chief compliance officer", "Lone Star Value Management, LLC") in got
    assert not any(org == "Lone" for _, _, org in got)


def test_name_inside_a_company_name_constructed():
    s = "Jane Roe is the president of Blue Harbor Stone Capital, Inc."
    assert ("Jane Roe", "president", "Blue Harbor Stone Capital, Inc.") in _prose(s)
    s = "John Smith is a director of Red Oak Maple Holdings, Ltd."
    assert ("John Smith", "director", "Red Oak Maple Holdings, Ltd.") in _prose(s)


def test_person_before_a_title_and_company_still_read():
    # a title between the name and the legal form: the name is a person's
    s = "said Chairman Jane Roe President Acme Inc. today."
    assert any(name == "Jane Roe" for name, _, _ in _prose(s))


# --- a post at a law or accounting firm ------------------------------------------------------------


def test_principal_at_the_law_firm_real():
    # dev6 sandston 10-K FY2021, Item 10 biography
    s = (
        "Richard A. Walawender has been a director since December 2006. Mr. Walawender is a Senior "
        "Principal at the law firm Miller, Canfield, Paddock and Stone, PLC, and has been a lawyer at the "
        "firm for over 20 years."
    )
    got = _people(s)
    assert ("Richard A. Walawender", "Senior Principal", "Miller, Canfield, Paddock and Stone, PLC") in got


def test_shareholder_of_the_cpa_firm_real():
    # dev6 sandston 10-K FY2021, Item 10 biography
    s = (
        "Lawrence J. Fiorello was appointed to the Board of Directors in April 2004. Mr. Fiorello has "
        "been a CPA for over 20 years and is currently a shareholder and officer of the CPA firm of "
        "Fiorello Spalding, P.C. In addition, he serves on the boards of certain funds."
    )
    got = _people(s)
    assert ("Lawrence J. Fiorello", "shareholder and officer", "Fiorello Spalding, P.C.") in got


def test_firm_posts_constructed():
    s = "Jane Roe is a managing partner at the accounting firm Smith, Jones & Brown LLP."
    assert ("Jane Roe", "managing partner", "Smith, Jones & Brown LLP") in _prose(s) or (
        "Jane Roe",
        "partner",
        "Smith, Jones & Brown LLP",
    ) in _prose(s)
    s = "John Doe is a principal at the law firm Doe, Roe and Poe, P.C., which he founded."
    assert ("John Doe", "principal", "Doe, Roe and Poe, P.C.") in _prose(s)


def test_firm_post_without_a_firm_named():
    s = "John Doe is a principal at the law firm he founded in 1990."
    assert not any(t == "principal" for _, t, _ in _prose(s))
    s = "John Doe was a principal at the law firm Doe & Roe LLP until 2010."
    assert not any(org == "Doe & Roe LLP" and name == "John Doe" for name, _, org in _prose(s))


# --- the present perfect across a line break -----------------------------------------------------


def test_has_served_across_a_line_break():
    assert not is_past("has\nserved as")
    assert not is_past("has  served   as")
    assert not is_past("has\n   also served as")
    assert is_past("served as")
    assert is_past("was\nthe")


# --- a seat on another company's board, written with its possessive --------------------------------


def test_member_of_another_companys_board_real():
    # blind4 marathon-digital 10-K FY2023, Note 17 Related Party Transactions
    s = (
        "Said Ouissal, a director of the Company, currently owns approximately 5% of the issued and "
        "outstanding shares of Auradine, and Fred Thiel, the Company’s Chairman and CEO, is a member of "
        "Auradine’s Board of Directors."
    )
    got = _prose(s)
    assert ("Fred Thiel", "member of Auradine’s Board of Directors", "Auradine") in got
    assert ("Fred Thiel", "member of Auradine’s Board of Directors", None) not in got


def test_member_of_another_companys_board_constructed():
    s = "Jane Roe, our Chief Financial Officer, is a member of Globex Systems' Board of Directors."
    assert any(org == "Globex Systems" for name, _, org in _prose(s) if name == "Jane Roe")
    # the filer's own board stays the filer's
    s = "Jane Roe, our Chief Financial Officer, is a member of the Company's Board of Directors."
    assert not any(org for name, _, org in _prose(s) if name == "Jane Roe")


# --- a statute's name is no person --------------------------------------------------------------------


def test_statute_name_is_no_person_real():
    # blind4 excelerate-energy 424B5 2025-03-31, DTC paragraph (also in credit-suisse F-3 2023-06-08)
    s = (
        "DTC has advised us that it is a limited-purpose trust company organized under the laws of the "
        "State of New York, a “banking organization” within the meaning of the New York Banking Law, a "
        "member of the Federal Reserve System, a “clearing corporation” within the meaning of the New "
        "York Uniform Commercial Code."
    )
    assert not any("Law" in name for name, _, _ in _prose(s))


def test_statute_name_constructed_and_a_person_named_law():
    s = "It is a bank within the meaning of the Illinois Banking Act, a member of the Federal Reserve System."
    assert not any("Act" in name for name, _, _ in _prose(s))
    # a person whose family name is Law, after a title: still a person
    s = "Acme said the President Jane Law will retire as Chief Executive Officer of the Company."
    assert any(name == "Jane Law" for name, _, _ in _prose(s))


# --- "Name, age, is Title, Unit, a position he has held since" ---------------------------------------


def test_unit_before_a_position_held_real():
    # blind4 mcdonalds 10-K FY2023, Information About our Executive Officers
    s = (
        "Jo Sempels, 56, is Senior Vice President and President, International Developmental Licensed "
        "Markets, a position he has held since September 2022. Prior to that, Mr. Sempels served as "
        "Senior Vice President - International Developmental Licensed Markets from December 2019."
    )
    titles = {t for name, t, _ in _prose(s) if name == "Jo Sempels"}
    assert "Senior Vice President and President, International Developmental Licensed Markets" in titles
    assert "Senior Vice President and President" not in titles


def test_unit_before_a_position_held_constructed():
    s = (
        "Jane Roe, 51, is Executive Vice President and President, Europe and Asia, a position she has "
        "held since 2019."
    )
    assert ("Jane Roe", "Executive Vice President and President, Europe and Asia", None) in _prose(s)
    s = "John Doe, 60, is Chief Operating Officer, North America, a position which he has held since 2015."
    assert ("John Doe", "Chief Operating Officer, North America", None) in _prose(s)


def test_no_unit_before_a_position_held():
    s = "Jane Roe, 51, is Executive Vice President, a position she has held since 2019."
    assert ("Jane Roe", "Executive Vice President", None) in _prose(s)


# --- "has served as a director ... and as its President": an article after the first "as" ---------


def test_second_post_after_as_a_real():
    # blind2 wmx-technologies 10-K 1994-03-30, Executive Officers (line break kept as filed)
    s = (
        "  Phillip B. Rooney, age 49, has served as a director of the Company since 1981\n"
        "and as its President and Chief Operating Officer since November 1984."
    )
    assert ("Phillip B. Rooney", "President and Chief Operating Officer", None) in _prose(s)


def test_second_post_after_as_a_constructed():
    s = "Jane Roe has served as a Vice President of the Company since 2001 and as its Treasurer since 2005."
    assert ("Jane Roe", "Treasurer", None) in _prose(s)
    s = "John Doe has served as the Controller of the Company since 1999, and as its Secretary since 2003."
    assert ("John Doe", "Secretary", None) in _prose(s)
    # no second "as": nothing more is read
    s = "John Doe has served as the Controller of the Company since 1999 and plays golf."
    assert {t for _, t, _ in _prose(s)} == {"Controller"}


# --- membership of a profession's body is a qualification, not a post ------------------------------


def test_member_of_a_professional_body_real():
    # blind2 plymouth-rock-technologies 20-F FY2020, Item 6 biography
    s = (
        "Zara Kanji has served as a director since 2019. Ms. Kanji, is a Member of the Chartered "
        "Professional Accountants of British Columbia and Canada and the owner of an accounting firm."
    )
    assert not any("Accountants" in (org or "") for _, _, org in _people(s))


def test_member_of_a_professional_body_constructed():
    s = "Jane Roe, our Chief Financial Officer, is a member of the Institute of Chartered Accountants."
    assert not any("Accountants" in (org or "") for _, _, org in _prose(s))
    s = "John Doe, a director, is a member of the Association of Professional Engineers and Geoscientists."
    assert not any("Engineers" in (org or "") for _, _, org in _prose(s))
    # a body that is no profession's keeps its member
    s = "Jane Roe, our Chief Financial Officer, is a member of the Trilateral Commission."
    assert ("Jane Roe", "member", "Trilateral Commission") in _prose(s)
