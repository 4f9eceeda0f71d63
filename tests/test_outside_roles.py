"""Outside roles that director and officer biographies state as current (issue #3, positions recall).

The passages are quoted from real filings (source in a comment above each), cut to the
sentences a rule needs; constructed variants check what must not be read: roles that ended,
another subject's role, the filer's own posts.
"""

from __future__ import annotations

from edgarkg.text.names import OrgLexicon
from edgarkg.text.outside_roles import outside_mentions
from edgarkg.text.people import find_people
from edgarkg.text.prose import prose_mentions


def _prose(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in prose_mentions(text, OrgLexicon.from_text(text))}


def _people(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in find_people(text)}


def _outside(sentence: str, name: str) -> set[tuple[str, str, str | None]]:
    a = sentence.index(name)
    lexicon = OrgLexicon.from_text(sentence)
    found = outside_mentions(sentence, a, a + len(name), len(sentence), lexicon)
    return {(m.name, m.title, m.org) for m in found}


# --- a seat in a relative clause ---------------------------------------------------------------


def test_who_serves_on_the_board_of_another_company():
    # southwest-iowa-renewable-energy 10-K FY2008 (form10k_122308.htm), Item 10 prose
    s = (
        "With the exception of Mr. Scharf, who serves on the Board of Directors of Patriot Coal "
        "Corporation, none of the Directors listed below have served on the board of directors of any "
        "other company having a class of securities registered under Section 12 of the Exchange Act."
    )
    assert ("Mr. Scharf", "Director", "Patriot Coal Corporation") in _prose(s)


def test_who_served_on_a_board_is_no_current_seat():
    s = "Jane Roe, who served on the Board of Directors of Patriot Coal Corporation, joined us in 2006."
    assert not any(org == "Patriot Coal Corporation" for _, _, org in _prose(s))


def test_board_of_trustees_seat_is_a_trustee():
    s = "Hans Bar serves on the Board of Trustees of Carnegie Mellon University."
    assert _outside(s, "Hans Bar") == {("Hans Bar", "Trustee", "Carnegie Mellon University")}


# --- a second predicate after the post at the filer ---------------------------------------------


def test_second_predicate_names_the_outside_post():
    s = "Hans Bar has been a director of the Company since 1998 and is President of Bar Farms, Inc."
    assert _prose(s) == {("Hans Bar", "director", None), ("Hans Bar", "President", "Bar Farms, Inc.")}
    s = "Hans Bar has been a director since 1998 and currently serves as President of Bar Farms, Inc."
    assert ("Hans Bar", "President", "Bar Farms, Inc.") in _prose(s)


def test_ended_first_post_then_a_current_one():
    s = "Hans Bar was President of Bar Farms, Inc. from 1990 to 2004 and is a director of Acme Bancorp, Inc."
    assert _outside(s, "Hans Bar") == {("Hans Bar", "director", "Acme Bancorp, Inc.")}


def test_ended_and_other_subjects_posts_are_not_read():
    s = "Hans Bar has been a director since 1998 and was President of Bar Farms, Inc. from 1990 to 2004."
    assert _outside(s, "Hans Bar") == set()
    s = "Hans Bar has been a director since 1998, and his wife is President of Bar Farms, Inc."
    assert _outside(s, "Hans Bar") == set()
    # the filer's own posts are the other rules' business
    assert (
        _outside("Hans Bar is a director of the Company and is President of the Company.", "Hans Bar")
        == set()
    )


# --- titles the name-and-verb rules do not link -----------------------------------------------


def test_founder_and_title_of_another_company():
    # Unicycive Therapeutics S-1/A, 2021 (accession 0001213900-21-035033), Management
    s = (
        "Shalabh Gupta, our founder, has served as our Chief Executive Officer, President and director "
        "since August 2016. Since June 2013, Dr. Gupta has also served as the founder and Chief Executive "
        "Officer of Globavir Biosciences, Inc., a company focused on commercializing novel therapeutics."
    )
    found = _people(s)
    assert ("Shalabh Gupta", "founder and Chief Executive Officer", "Globavir Biosciences, Inc.") in found
    s = "Hans Bar is the founder and Chairman of Bar Capital Partners, LLC."
    assert _outside(s, "Hans Bar") == {("Hans Bar", "founder and Chairman", "Bar Capital Partners, LLC")}


def test_lower_case_trustee_of_an_institution():
    s = "Hans Bar has been a director since 1998. He serves as a trustee of the Carnegie Museum of Art."
    assert ("Hans Bar", "trustee", "Carnegie Museum of Art") in _prose(s)
    # a university's name may look like a person's: it is still the institution
    s = "Hans Bar is a trustee of Carnegie Mellon University."
    assert _outside(s, "Hans Bar") == {("Hans Bar", "trustee", "Carnegie Mellon University")}
    # "several non-profit organizations" names none
    assert _outside("Hans Bar serves as a trustee of several non-profit organizations.", "Hans Bar") == set()


# --- "Ms. Gaer" in her own biography, when two people share the family name --------------------


def test_honorific_resolves_to_the_paragraphs_full_name():
    # TGFIN Holdings 10-K FY2009 (accession 0001010412-10-000078): the document also names Sam Gaer,
    # so the family name alone is ambiguous; in Marni Gaer's paragraph "Ms. Gaer" is she.
    text = (
        "The Board appoints Sam Gaer, the largest single shareholder of TGFIN, as President of iDEV3.\n\n"
        "Marni Gaer became a Director, Corporate Secretary, and In House Counsel of TradinGear in October "
        "1999. She was then elected to these positions for TGFIN on September 12, 2002. Since 1992, Ms. Gaer "
        "also has been and currently serves as Vice-President and General Counsel for International Printing "
        "Corporation, a family business located in Queens, New York.\n"
    )
    found = _people(text)
    assert ("Marni Gaer", "Vice-President and General Counsel", "International Printing Corporation") in found
    assert not any(
        org == "International Printing Corporation" for name, _, org in found if name == "Sam Gaer"
    )


def test_honorific_with_two_full_names_in_the_paragraph_stays_unresolved():
    text = (
        "Marni Gaer and Sam Gaer are directors. Mr. Gaer currently serves as President of Globex Printing "
        "Corporation.\n"
    )
    found = _people(text)
    assert not any(org == "Globex Printing Corporation" and name == "Marni Gaer" for name, _, org in found)


# --- the employer named before the title ------------------------------------------------------


def test_employed_by_a_company_as_its_officer():
    # constructed in the way small issuers' 10-K biographies write it; the title is the employer's,
    # not the filer's, so the filer gets no Chief Financial Officer from this sentence
    s = "Hans Bar is currently employed by Globex Corporation as its Chief Financial Officer."
    assert _prose(s) == {("Hans Bar", "Chief Financial Officer", "Globex Corporation")}
    s = (
        "Hans Bar has been employed by Globex Corporation since 1990, and currently serves as its "
        "Senior Vice President."
    )
    assert _prose(s) == {("Hans Bar", "Senior Vice President", "Globex Corporation")}
    # an employment that ended is no current post
    s = "Hans Bar was employed by Globex Corporation as its Chief Financial Officer."
    assert not any(org == "Globex Corporation" for _, _, org in _prose(s))


def test_title_and_owner_of_a_company():
    # Lowe's 10-K 2024 (alphanome-ai/sec-parser-test-data 10-K/LOW/0000060667-24-000033), executive
    # officers: "President and owner of The Boltz Group, LLC (a retail consulting firm)"
    s = "William P. Boltz is President and owner of The Boltz Group, LLC (a retail consulting firm)."
    assert _prose(s) == {("William P. Boltz", "President", "The Boltz Group, LLC")}
    # the sentence names the filer too: its own title stays
    s = "Hans Bar is our President and owner of Globex Corporation."
    assert ("Hans Bar", "President", None) in _prose(s)


def test_interposed_time_clause_between_verb_and_title():
    # the older proxies' "is, and for more than five years has been, ..." (constructed; no passage of
    # the audited documents writes it)
    s = "Mr. Smith is, and for more than five years has been, President of Acme Corp."
    assert ("Mr. Smith", "President", "Acme Corp.") in _prose(s)
    s = "Mr. Smith has, since 1990, been President of Acme Corp."
    assert ("Mr. Smith", "President", "Acme Corp.") in _prose(s)


# --- a list of posts, each at its own company --------------------------------------------------


def test_listed_posts_after_a_founders_word_each_at_its_company():
    # Loncor Resources 20-F 2015 (tests/data/heldout, accession 0001062993-16-008650), Item 6.A
    text = (
        "Arnold T. Kondrat - Mr. Kondrat is the Company's principal founder and has over 30 years of "
        "management experience in the resource exploration industry. He is also the principal founder, "
        "Chief Executive Officer, President and a director, of Gentor Resources Inc. (a mineral exploration "
        "company listed on the TSX Venture Exchange), the principal founder, Chief Executive Officer and a "
        "director, of Delrand Resources Limited (a mineral exploration company listed on NEX (a separate "
        "board of the TSX Venture Exchange) and the JSE, and President of Sterling Portfolio Securities Inc. "
        "(a private venture capital firm based in Toronto).\n"
    )
    found = _people(text)
    assert (
        "Arnold T. Kondrat",
        "Chief Executive Officer and a director",
        "Delrand Resources Limited",
    ) in found
    assert (
        "Arnold T. Kondrat",
        "Chief Executive Officer, President and a director",
        "Gentor Resources Inc.",
    ) in found
