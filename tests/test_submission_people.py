"""People in full submissions: signature tables signed by attorney, capacities naming another company.

Passages are short excerpts of real filings (source in each test); the
constructed variants change one thing at a time.
"""

from __future__ import annotations

from edgarkg.text.contacts import attention_mentions
from edgarkg.text.mentions import Mention
from edgarkg.text.names import OrgLexicon
from edgarkg.text.outside_titles import outside_title_split
from edgarkg.text.people import find_people
from edgarkg.text.sentences import lines
from edgarkg.text.signatures import signature_mentions
from edgarkg.text.unsigned_rows import unsigned_mentions


def _split(title: str, org: str | None = None, kind: str = "signature") -> list[tuple[str, str | None]]:
    return [(m.title, m.org) for m in outside_title_split(Mention("Jane Roe", title, org, kind, (0, 1)))]


def test_outside_title_split_constructions() -> None:
    # the same 1994 10-K's officer list gives the company in the list: "Vice President--Ford and
    # Chairman of the Board, Ford of Europe Incorporated"
    assert _split(
        "Vice President--Ford and Chairman of the Board", "Ford of Europe Incorporated", "roster"
    ) == [
        ("Vice President", None),
        ("Chairman of the Board", "Ford of Europe Incorporated"),
    ]
    assert _split("Director; Chairman of the Board of Acme Waste Technologies Inc.") == [
        ("Director", None),
        ("Chairman of the Board", "Acme Waste Technologies Inc."),
    ]
    assert _split("Director; President of Acme Bank, N.A.") == [
        ("Director", None),
        ("President", "Acme Bank, N.A."),
    ]


def test_outside_title_split_leaves_whole_capacities_alone() -> None:
    whole = "Director and Chairman of the Board of Directors, President and Chief Executive Officer"
    assert _split(whole) == [(whole, None)]
    assert _split("Director and General Manager, Climate Control Division") == [
        ("Director and General Manager, Climate Control Division", None)
    ]
    # a co-registrant's officer: no joint tells a post at the filer from one at the company named
    assert _split("President and Chief Executive Officer, Acme Sub LLC") == [
        ("President and Chief Executive Officer, Acme Sub LLC", None)
    ]
    # a list's own company with an ordinary capacity
    assert _split("Vice President, Secretary and General Counsel", "Acme Inc.", "roster") == [
        ("Vice President, Secretary and General Counsel", "Acme Inc.")
    ]


# tests/data/blind/corpus/submission/carmax-auto-owner-trust-2019-3_10-K_2023-05-26_0001779026-23-000027.txt
# (EX-33.2): the servicer's assessment signed for two banks, each named in capitals above its "s/".
_BANKS = """\
5. Ernst & Young, LLP, a registered public accounting firm, has issued an attestation report.

U.S. BANK NATIONAL ASSOCIATION
s/ John Stern
Name: John Stern
Title: Executive Vice President

U.S. BANK TRUST COMPANY NATIONAL ASSOCIATION
s/ John Stern
Name: John Stern
Title: Executive Vice President
"""


def test_bank_without_legal_form_is_the_signers_company() -> None:
    found = [(m.name, m.title, m.org) for m in signature_mentions(_BANKS, OrgLexicon.from_text(_BANKS))]
    assert found == [
        ("John Stern", "Executive Vice President", "U.S. BANK NATIONAL ASSOCIATION"),
        ("John Stern", "Executive Vice President", "U.S. BANK TRUST COMPANY NATIONAL ASSOCIATION"),
    ]


def test_plain_capital_heading_above_a_signature_is_no_bank() -> None:
    text = _BANKS.replace("U.S. BANK NATIONAL ASSOCIATION", "SIGNATURE PAGE FOLLOWS").replace(
        "U.S. BANK TRUST COMPANY NATIONAL ASSOCIATION", "IN WITNESS WHEREOF"
    )
    orgs = {m.org for m in signature_mentions(text, OrgLexicon.from_text(text))}
    assert orgs == {None}


# dgunning/edgartools data/sgml/0001193125-24-100942.txt (iShares Trust 485APOS, 2024): an HTML signature
# table read cell by cell, each starred name over its capacity, the attorney-in-fact signing below all.
_STACKED = """\
SIGNATURES

Pursuant to the requirements of the Securities Act of 1933, as amended, and the Investment Company Act
of 1940, as amended, the Registrant has duly caused this Post-Effective Amendment to be signed.

iSHARES TRUST
By:
Jessica Tan*
President
Date:\tApril 18, 2024

Pursuant to the requirements of the Securities Act of 1933, as amended, this Post-Effective Amendment
has been signed below by the following persons in the capacities and on the date indicated.

Stephen Cohen*
Trustee
Date:\tApril 18, 2024
James Lam**
Trustee
Date:\tApril 18, 2024
/s/ Trent W. Walker
Trent W. Walker*
Treasurer and Chief Financial Officer
Date:\tApril 18, 2024
/s/ Trent W. Walker
*\tBy: Trent W. Walker
Attorney-in-fact
Date:\tApril 18, 2024
"""


def test_stacked_starred_names_over_their_capacities() -> None:
    found = {(m.name, m.title) for m in unsigned_mentions(list(lines(_STACKED)))}
    assert {("Jessica Tan", "President"), ("Stephen Cohen", "Trustee"), ("James Lam", "Trustee")} <= found


def test_stacked_starred_names_need_the_attorneys_line() -> None:
    # constructed: the same names without anyone signing for them are a list, not a signature table
    text = _STACKED.split("/s/ Trent W. Walker")[0]
    assert list(unsigned_mentions(list(lines(text)))) == []


def test_a_capacity_line_above_a_signature_is_no_registrant() -> None:
    people = find_people(_STACKED)
    walker = {(m.title, m.org) for m in people if m.name == "Trent W. Walker"}
    assert ("Treasurer and Chief Financial Officer", "Trustee") not in walker
    assert {m.name for m in people if m.title == "Trustee"} == {"Stephen Cohen", "James Lam"}


# mwaldstein/edgarWebR tests/cache/37996/000003799602000015/v7.txt.txt (Ford Motor Co. 10-K for 2001):
# the capacity wraps below the starred name, beside its rule and bracketed name; committee chairs follow.
_BELOW = """\
     Pursuant to the  requirements of the Securities  Exchange Act of 1934, this
Report has been signed below by the  following  persons on behalf of Ford and in
the capacities on the date indicated.

         Signature                                         Title                              Date
         ---------                                         -----                              ----

     William Clay Ford, Jr.*                    Director, Chairman of the
-------------------------------                 Board and Chief Executive Officer
    (William Clay Ford, Jr.)                    and Chairman of the
                                                Environmental and Public
                                                Policy Committee and the
                                                Nominating and Governance
                                                Committee
                                                (principal executive officer)

       Michael D. Dingman*                      Director and                              March 28, 2002
-------------------------------                 Chairman of the
      (Michael D. Dingman)                      Compensation
                                                Committee

       Carl E. Reichardt*                       Director, Chairman of
-------------------------------                 the Finance Committee
      (Carl E. Reichardt)                       and Vice Chairman


     Nicholas V. Scheele*                       Director and President and
-------------------------------                 Chief Operating Officer
    (Nicholas V. Scheele)

*By: /s/ Peter Sherry, Jr.
     (Peter Sherry, Jr., Attorney-in-Fact)
"""


def test_capacity_wrapped_below_the_starred_name() -> None:
    found = {(m.name, m.title) for m in unsigned_mentions(list(lines(_BELOW)))}
    assert found == {
        ("William Clay Ford, Jr.", "Director, Chairman of the Board and Chief Executive Officer"),
        ("Michael D. Dingman", "Director"),
        ("Carl E. Reichardt", "Director and Vice Chairman"),
        ("Nicholas V. Scheele", "Director and President and Chief Operating Officer"),
    }


def _signers(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.title, m.org) for m in signature_mentions(text, OrgLexicon.from_text(text))]


def test_general_partner_capacity_wrapped_to_its_own_line() -> None:
    # constructed from the "By: <general partner>, its general partner" blocks of partnership filings,
    # the capacity wrapped under the partner's name
    text = "ACME PARTNERS, L.P.\nBy: Acme GP, LLC,\n    its general partner\n\nBy: /s/ Jane Roe\n"
    text += "Name: Jane Roe\nTitle: Manager\n"
    assert _signers(text) == [("Jane Roe", "Manager", "Acme GP, LLC")]


def test_trustee_not_in_its_individual_capacity() -> None:
    # the owner trustee of an asset-backed trust signs for the trust through one of its officers
    text = (
        "ACME AUTO RECEIVABLES TRUST 2024-1\n"
        "By: Wilmington Trust Company, not in its individual capacity but solely as Owner Trustee\n"
        "By: /s/ Jane Roe\nName: Jane Roe\nTitle: Vice President\n"
    )
    assert _signers(text) == [("Jane Roe", "Vice President", "Wilmington Trust Company")]


# dgunning/edgartools tests/cassettes/Test4x3kAgainstFiling.test_roster_is_the_underwriter_not_the_owners.yaml
# (Learn CW Investment Corp S-1, 0001140361-21-010426): the "Copies to:" table, one address line per row,
# the cells padded with zero-width spaces. Only lawyers, none with a title: nobody to extract.
_COPIES_ROWS = (
    "(Name, address, including zip code, and telephone number, including area code, of agent for service)\n"
    "Copies to:\n\n"
    "David Ni, Esq.\t\u200b\t\u200b\tIlir Mujalovic, Esq.\n"
    "Jon W. Daly, Esq.\t\u200b\t\u200b\tShearman & Sterling LLP\n"
    "Sidley Austin LLP\t\u200b\t\u200b\t599 Lexington Avenue\n"
    "787 Seventh Avenue\t\u200b\t\u200b\tNew York, New York 10022\n"
)


def test_copies_to_table_of_lawyers_gives_nobody() -> None:
    assert [m for m in find_people(_COPIES_ROWS) if m.kind == "contact"] == []


def test_copies_to_column_with_the_companys_counsel() -> None:
    # constructed: the same table with the company's general counsel in a column of its own
    text = _COPIES_ROWS.replace("\tIlir Mujalovic, Esq.", "\tMary Major").replace(
        "\tShearman & Sterling LLP", "\tGeneral Counsel"
    )
    text = text.replace("\t599 Lexington Avenue", "\tAcme Therapeutics, Inc.")
    found = [(m.name, m.title, m.org) for m in find_people(text) if m.kind == "contact"]
    assert found == [("Mary Major", "General Counsel", "Acme Therapeutics, Inc.")]


# dgunning/edgartools tests/cassettes/
# TestAmendmentFeeSourceFallback.test_tr_finance_f3a_recovers_from_original.yaml
# (TR Finance LLC F-3, 0001193125-25-057913): each block in one cell, its line breaks lost.
_COPIES_CELLS = (
    "Copies to:\n\n"
    "Jennifer Ruddick Thomson Reuters Corporation 19 Duncan Street Toronto, Ontario M5H 3H1, Canada "
    "(647) 480-7000\tMile Kurta, Esq. Christopher R. Bornhorst, Esq. Torys LLP 1114 Avenue of the Americas, "
    "23rd Floor New York, New York 10036 (212) 880-6000\n\nApproximate date of commencement\n"
)


def test_copies_to_cells_without_titles_give_nobody() -> None:
    assert [m for m in find_people(_COPIES_CELLS) if m.kind == "contact"] == []


def test_copies_to_cell_with_name_title_and_company_run_together() -> None:
    # constructed: a titled officer of the company in the first cell
    text = _COPIES_CELLS.replace(
        "Jennifer Ruddick Thomson",
        "Jane Roe, Esq. Senior Vice President, General Counsel and Secretary Thomson",
    )
    found = [(m.name, m.title, m.org) for m in find_people(text) if m.kind == "contact"]
    assert found == [
        ("Jane Roe", "Senior Vice President, General Counsel and Secretary", "Thomson Reuters Corporation")
    ]


# Constructed on the plain-text signature tables of early-1990s 10-Ks: typed names with no mark, each
# capacity wrapping below its name, one attorney-in-fact signing for the whole table at its foot.
_NAMED = """\
                                 SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the
registrant and in the capacities and on the dates indicated.

        Signature                        Title                         Date
        ---------                        -----                         ----

John Q. Public                  Chairman of the Board, Chief      March 25, 1994
                                Executive Officer and Director

Mary R. Major                   President, Chief Operating        March 25, 1994
                                Officer and Director

Peter Minor                     Director                          March 25, 1994

Susan T. Lawson                 Director                          March 25, 1994


By /s/ Paul Q. Agent                                              March 25, 1994
   Paul Q. Agent, Attorney-in-Fact
"""


def test_named_rows_signed_by_one_attorney() -> None:
    found = {(m.name, m.title) for m in unsigned_mentions(list(lines(_NAMED)))}
    assert found == {
        ("John Q. Public", "Chairman of the Board, Chief Executive Officer and Director"),
        ("Mary R. Major", "President, Chief Operating Officer and Director"),
        ("Peter Minor", "Director"),
        ("Susan T. Lawson", "Director"),
    }


def test_named_rows_need_the_attorney() -> None:
    # without anyone signing for them the rows are a list of names, which this rule leaves alone
    text = _NAMED.replace("By /s/ Paul Q. Agent", "By Paul Q. Agent")
    assert list(unsigned_mentions(list(lines(text)))) == []


# Constructed on 1990s plain-text signature pages: two signers side by side, each typed name and
# capacity under its own "/s/", the capacity wrapping within its column.
_TEXT_GRID = """\
Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been signed below.

/s/ JOHN A. SMITH                        /s/ MARY JONES
-----------------------------            ----------------------------
John A. Smith, Director                  Mary Jones, Director
March 1, 1995                            March 1, 1995

/s/ PETER WHITE                          /s/ SUSAN LAWSON
-----------------------------            ----------------------------
Peter White, President and               Susan Lawson, Vice President
Chief Executive Officer                  and Chief Financial Officer
"""


def test_plain_text_signature_grid_reads_each_column() -> None:
    found = {(m.name, m.title) for m in find_people(_TEXT_GRID) if m.kind == "signature"}
    assert found == {
        ("John A. Smith", "Director"),
        ("Mary Jones", "Director"),
        ("Peter White", "President and Chief Executive Officer"),
        ("Susan Lawson", "Vice President and Chief Financial Officer"),
    }


# Constructed on the notice clauses of underwriting and sales agreements filed as exhibits to
# registration statements: each address block names the party, then the person to the attention of.
_NOTICES = """\
Notices shall be given as follows:
If to the Agent:
Cantor Fitzgerald & Co.
110 East 59th Street
New York, NY 10022
Attention: Capital Markets
Attention: Jeffrey Lumby, General Counsel

If to the Company:
Acme Wireless Inc.
25 Main Street
Attention: Gena L. Ashe, Chief Legal Officer
"""


def test_attention_line_belongs_to_the_addressee() -> None:
    found = {(m.name, m.title, m.org) for m in find_people(_NOTICES)}
    assert ("Jeffrey Lumby", "General Counsel", "Cantor Fitzgerald & Co.") in found
    assert ("Gena L. Ashe", "Chief Legal Officer", "Acme Wireless Inc.") in found
    assert not any(name == "Jeffrey Lumby" and org != "Cantor Fitzgerald & Co." for name, _, org in found)


def test_attention_line_without_a_company_above() -> None:
    text = "Please write to us.\n\nAttention: Jane Roe, Corporate Secretary\n"
    assert list(attention_mentions(list(lines(text)), OrgLexicon.from_text(text))) == []
