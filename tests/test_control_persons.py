"""Roles in ownership footnotes, legal prose and cover blocks: who controls a holder, in-house counsel,
officers named in a mailing address, plural titles set off by a list of names."""

from __future__ import annotations

from edgarkg.text.address_blocks import stacked_mentions
from edgarkg.text.control_persons import control_person_mentions
from edgarkg.text.counsel import counsel_mentions
from edgarkg.text.names import OrgLexicon
from edgarkg.text.people import find_people
from edgarkg.text.plural_roles import listed_title_mentions
from edgarkg.text.sentences import lines


def _control(text: str) -> set[tuple[str, str, str | None]]:
    found = control_person_mentions(text, list(lines(text)), OrgLexicon.from_text(text))
    return {(m.name, m.title, m.org) for m in found}


def _people(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org) for m in find_people(text)}


# --- control persons of a selling stockholder ----------------------------------------------
# blind2 submission/adc-therapeutics_S-3_2025-06-30_0000950103-25-008153.txt, selling-stockholder footnotes

_KOBINGER = (
    "(1)\tHeights Capital Management, Inc., the authorized agent of CVI Investments, Inc. (“CVI”), has "
    "discretionary authority to vote and dispose of the shares held by CVI. Martin Kobinger, in his capacity "
    "as Investment Manager of Heights Capital Management, Inc., may also be deemed to have investment "
    "discretion and voting power over the shares held by CVI. Mr. Kobinger disclaims any such beneficial "
    "ownership of the shares.\n"
)
_NANTAHALA = (
    "(2)\tNantahala Capital Management, LLC is a Registered Investment Adviser. Wilmot Harkey and "
    "Daniel Mack are managing members of Nantahala Capital Management, LLC and may be deemed to have "
    "voting and dispositive power over the shares held by the selling stockholder.\n"
)
_HAWKINS = (
    "(4)\tEach of Prosight Management, LP (“Prosight Management”), Prosight Partners, LLC (“Prosight "
    "Partners”) and W. Lawrence Hawkins has shared voting and dispositive power over all of such shares. "
    "Prosight Partners is the general partner of, and may be deemed to beneficially own, securities "
    "beneficially owned by Prosight Management. Mr. Hawkins is the sole manager of, and may be deemed to "
    "beneficially own securities beneficially owned by, Prosight Partners.\n"
)
_GREEN = (
    "(5)\tRedmile Group, LLC’s (“Redmile Group”) beneficial ownership includes 15,666,731 shares. Jeremy C. "
    "Green serves as the principal of Redmile Group and also may be deemed to be the beneficial owner of "
    "these securities.\n"
)


def test_in_his_capacity_as() -> None:
    assert _control(_KOBINGER) == {
        ("Martin Kobinger", "Investment Manager", "Heights Capital Management, Inc.")
    }


def test_in_her_capacity_variant() -> None:
    text = (
        "(3) Shares held by Alder Fund LP. Priya Raman, in her capacity as managing partner of Alder Capital "
        "Partners LLC, has sole voting power over such shares.\n"
    )
    assert _control(text) == {("Priya Raman", "managing partner", "Alder Capital Partners LLC")}


def test_two_managing_members() -> None:
    assert _control(_NANTAHALA) == {
        ("Wilmot Harkey", "managing member", "Nantahala Capital Management, LLC"),
        ("Daniel Mack", "managing member", "Nantahala Capital Management, LLC"),
    }


def test_sole_manager_with_a_clause_before_the_firm() -> None:
    found = _control(_HAWKINS)
    assert ("Mr. Hawkins", "sole manager", "Prosight Partners") in found
    # through the whole reader, "Mr. Hawkins" is the full name the footnote gives, at the firm it defines
    people = _people(_HAWKINS)
    assert ("W. Lawrence Hawkins", "sole manager", "Prosight Partners, LLC") in people


def test_sole_manager_variant_lower_case_and_member() -> None:
    text = (
        "(7) Ms. Okafor is the sole member of, and exercises voting control over shares held by, Kestrel "
        "Holdings LLC. Adaeze Okafor disclaims beneficial ownership.\n"
    )
    assert _control(text) == {("Ms. Okafor", "sole member", "Kestrel Holdings LLC")}


def test_serves_as_the_principal() -> None:
    assert ("Jeremy C. Green", "principal", "Redmile Group") in _control(_GREEN)


def test_principal_variant_with_legal_suffix() -> None:
    text = "(9) Tomás Ortega serves as the principal of Ortega Family Office, Ltd. and may own them.\n"
    assert _control(text) == {("Tomás Ortega", "principal", "Ortega Family Office, Ltd.")}


def test_principal_of_money_is_no_role() -> None:
    text = "The Company will repay the principal of the Notes to John Smith on maturity.\n"
    assert _control(text) == set()


def test_a_company_holds_no_personal_title() -> None:
    # the subject is a firm, not a person: nothing is read
    text = "(2) Acme Partners LLC is the managing member of Acme Fund GP, LLC.\n"
    assert _control(text) == set()


# --- a plural title set off by the list of its holders ---------------------------------------


def test_two_executive_officers_list() -> None:
    # blind2 proxy/gainsco_10-K_FY2009_0001193125-10-073212.htm
    text = (
        "The Company entered into executive severance agreements with two executive officers, Richard M. "
        "Buxton and Daniel J. Coots. The agreements generally provide that the Company shall pay."
    )
    found = {(m.name, m.title) for m in listed_title_mentions(text)}
    assert found == {("Richard M. Buxton", "executive officer"), ("Daniel J. Coots", "executive officer")}


def test_three_of_our_directors_list() -> None:
    text = "The Board named three of our directors, Ana Lima, Peter O'Neil and Wen Zhao, to the committee."
    found = {(m.name, m.title) for m in listed_title_mentions(text)}
    assert found == {("Ana Lima", "director"), ("Peter O'Neil", "director"), ("Wen Zhao", "director")}


def test_officers_directors_and_employees_is_no_list() -> None:
    for text in (
        "We indemnify our officers, directors and employees against claims.",
        "Two former officers, Jane Roe and John Doe, sued the Company.",
        "Our officers, Jane Roe and John Doe Holdings LLC, own shares.",
    ):
        assert list(listed_title_mentions(text)) == []


# --- in-house counsel and officers in cover blocks and mailing addresses ----------------------


def test_copies_to_cell_name_esq_title_address() -> None:
    # blind2 submission/anterix_S-3_2022-06-30_0001193125-22-186192.txt, the cover's "Copies to:" table
    text = (
        "ANTERIX INC.\n(Exact name of registrant as specified in its charter)\n\nCopies to:\n\n"
        "Ryan J. Gunderson, Esq. Leanne A. Gould, Esq. Gunderson Dettmer Stough Villeneuve Franklin & "
        "Hachigian, LLP 3570 Carmel Mountain Rd., Suite 200 San Diego, CA 92130 (858) 436-8000\tGena Ashe, "
        "Esq. Chief Legal Officer and Corporate Secretary 3 Garret Mountain Plaza Suite 401 Woodland Park, "
        "New Jersey 07424 (973) 771-0300\n\nApproximate date of commencement of proposed sale: soon.\n"
    )
    people = {(n, t) for n, t, _ in _people(text)}
    assert ("Gena Ashe", "Chief Legal Officer and Corporate Secretary") in people


def test_copies_to_cell_variant_general_counsel_po_box() -> None:
    text = (
        "Copies to:\n\nMaria Santos, Esq. Alvarez & Reyes LLP 10 Main Street Miami, FL 33101\t"
        "Kwame Mensah General Counsel P.O. Box 4410 Reno, Nevada 89501\n\nApproximate date of sale: soon.\n"
    )
    people = {(n, t) for n, t, _ in _people(text)}
    assert ("Kwame Mensah", "General Counsel") in people


def test_agent_for_service_stacked_over_an_address() -> None:
    # blind2 submission/central-pacific-financial_S-3_2025-06-30_0001140361-25-024210.txt, agent for service
    text = (
        "CENTRAL PACIFIC FINANCIAL CORP.\n(Exact name of registrant as specified in its charter)\n"
        "(Address, including zip code, of registrant’s principal executive offices)\n"
        "Glenn K.C. Ching, Esq.\nChief Legal Officer\n220 South King Street\nHonolulu, Hawaii 96813\n"
        "(808) 544-0500\n\n(Name, address, including zip code, of agent for service)\n"
    )
    assert ("Glenn K.C. Ching", "Chief Legal Officer") in {(n, t) for n, t, _ in _people(text)}


def test_stacked_partner_over_an_address_is_not_the_filer() -> None:
    text = "Copies to:\nJohn Doe, Esq.\nPartner\n100 Northern Avenue\nBoston, MA 02210\n"
    assert not any(n == "John Doe" for n, _, _ in _people(text))


def test_mailing_address_with_suffix_name() -> None:
    # blind2 proxy/vulcan-materials_10-K_FY2012.htm
    text = (
        "You may request a copy of any of these documents by writing to Jerry F. Perkins Jr., Secretary, "
        "Vulcan Materials Company, 1200 Urban Center Drive, Birmingham, Alabama 35242."
    )
    assert ("Jerry F. Perkins Jr.", "Secretary", "Vulcan Materials Company") in _people(text)


def test_suffix_name_apposition_variants() -> None:
    assert ("Samuel T. Okoye Sr.", "Treasurer", "Globex Holdings Corporation") in _people(
        "Requests should be sent to Samuel T. Okoye Sr., Treasurer, Globex Holdings Corporation, 5 Elm Road."
    )
    assert ("John Smith Jr.", "Secretary", "Acme Inc.") in _people(
        "John Smith Jr., the Secretary of Acme Inc., said the results were good."
    )


# --- lawyers in legal prose --------------------------------------------------------------------


def _counsel(text: str) -> set[tuple[str, str, str | None]]:
    found = counsel_mentions(text, OrgLexicon.from_text(text))
    return {(m.name, m.title, m.org) for m in found}


def test_member_of_the_firm_hard_wrapped() -> None:
    # blind proxy/page-america-group_S-3-A_1995-05-25_0000899681-95-000096.txt, "Legal Matters"
    text = (
        "LEGAL MATTERS\n\n     The legality of the Shares offered hereby will be passed\n"
        "upon for the Company by Messrs. Stroock & Stroock & Lavan, 7\n"
        "Hanover Square, New York, New York 10004.  Martin H. Neidell, a\n"
        "member of the firm, is Secretary of the Company.\n\nEXPERTS\n"
    )
    assert _counsel(text) == {("Martin H. Neidell", "member", "Stroock & Stroock & Lavan")}
    people = _people(text)  # the sentence rules still read what else the sentence says of him
    assert ("Martin H. Neidell", "member", "Stroock & Stroock & Lavan") in people
    assert any(n == "Martin H. Neidell" and t == "Secretary" for n, t, _ in people)


def test_partner_of_that_firm_variant() -> None:
    text = (
        "Certain legal matters will be passed upon for us by Goodwin Procter LLP, Boston, Massachusetts. "
        "Jane Roe, a partner of that firm, beneficially owns 1,000 shares of our common stock.\n"
    )
    assert _counsel(text) == {("Jane Roe", "partner", "Goodwin Procter LLP")}


def test_the_company_counsel_in_a_cover_letter() -> None:
    # blind submission/nuvectis-pharma_CORRESP_2026-02-18_0001104659-26-017097.txt
    text = (
        "Please contact Matt Mamak of Alston & Bird LLP, the Company’s counsel, at (212) 210-1256, as soon "
        "as the Registration Statement has been declared effective.\n"
    )
    assert _counsel(text) == {("Matt Mamak", "counsel", "Alston & Bird LLP")}


def test_counsel_to_the_company_variant() -> None:
    text = "Write to Li Wei, Esq. of Fenwick & West LLP, counsel to the Company, at 650-555-0100.\n"
    assert _counsel(text) == {("Li Wei", "counsel", "Fenwick & West LLP")}


def test_a_customer_is_no_counsel() -> None:
    text = "Please contact John Smith of Acme Corp., our largest customer, about the firm order.\n"
    assert _counsel(text) == set()


def test_stacked_name_title_then_no_street_is_no_block() -> None:
    text = "Summary\n\nJane Roe\nChief Executive Officer\n2019 Annual Report\n"
    assert list(stacked_mentions(text, OrgLexicon.from_text(text))) == []
    text = "Summary\n\nJane Roe, Esq.\nGeneral Counsel\n1200 Urban Center Drive\nBirmingham, Alabama\n"
    assert [(m.name, m.title, m.org) for m in stacked_mentions(text, OrgLexicon.from_text(text))] == [
        ("Jane Roe", "General Counsel", None)
    ]
