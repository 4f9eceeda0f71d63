"""Contact blocks whose line breaks were lost (labels inline) and cards whose label sits between them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from edgarkg.text.contacts import contact_mentions
from edgarkg.text.names import OrgLexicon
from edgarkg.text.people import find_people


def _contacts(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.title) for m in contact_mentions(text, OrgLexicon.from_text(text))}


def _people(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.title) for m in find_people(text)}


# --- one label per person, inline -----------------------------------------------------------


def test_inline_labels_each_with_name_and_phone() -> None:
    # blind2 text-press/goldman-sachs_8-K_2022-01-18_EX-99.1_earnings.htm, its letterhead line
    text = (
        "Exhibit 99.1\n\nFull Year and Fourth Quarter 2021 Earnings Results Media Relations: Andrea Williams "
        "212-902-5400 Investor Relations: Carey Halio 212-902-0300\n"
        "The Goldman Sachs Group, Inc. 200 West Street\n"
    )
    assert _contacts(text) == {
        ("Andrea Williams", "Media Relations contact"),
        ("Carey Halio", "Investor Relations contact"),
    }


def test_inline_labels_with_commas_and_emails() -> None:
    text = (
        "Quarterly Update  PRESS CONTACT: Mary J. O'Hara +44 20 7946 0958 | mohara@globex.co.uk | "
        "Analysts: Tomas Lindqvist, t.lindqvist@globex.co.uk\n"
    )
    found = {(name, title.lower()) for name, title in _contacts(text)}
    assert found == {("Mary J. O'Hara", "press contact"), ("Tomas Lindqvist", "analysts contact")}


def test_inline_label_with_three_word_name() -> None:
    text = "Initech reports results. Investors: Mary Ann Whitfield (555) 010-2233\n"
    assert _contacts(text) == {("Mary Ann Whitfield", "Investors contact")}


# --- k labels, then k names, then their details (a two-column table read row by row) ----------


def test_column_labels_then_names_then_details() -> None:
    # blind2 text-press/pnc-financial-services_8-K_2021-06-01_EX-99.1_bbva-usa-acquisition.htm
    text = (
        "CONTACTS MEDIA: INVESTORS: Marcey Zwiebel Bryan Gill (412) 762-4550 (412) 768-4143 "
        "media.relations@pnc.com investor.relations@pnc.com PNC COMPLETES ACQUISITION OF BBVA USA\n"
    )
    assert _contacts(text) == {("Marcey Zwiebel", "Media contact"), ("Bryan Gill", "Investors contact")}


def test_three_columns_with_initials() -> None:
    text = (
        "Media Contact: Investor Contact: Analyst Contact: Jane K. Doe Pedro Alvarez Wen Li Jr. "
        "555-201-3344 555-201-3345 555-201-3346\n"
    )
    assert _contacts(text) == {
        ("Jane K. Doe", "Media Contact"),
        ("Pedro Alvarez", "Investor Contact"),
        ("Wen Li Jr.", "Analyst Contact"),
    }


def test_too_few_details_is_no_run() -> None:
    # two labels and two names, but only one phone: the shape is not complete, nothing is guessed
    text = "MEDIA: INVESTORS: Marcey Zwiebel Bryan Gill (412) 762-4550 see our website.\n"
    assert _contacts(text) == set()


def test_prose_after_a_label_is_no_run() -> None:
    text = "Media: Acme Widgets said on Monday 2021 results were strong 555-0100 units were sold.\n"
    assert _contacts(text) == set()


def test_block_reader_and_run_reader_do_not_both_report() -> None:
    text = "Media Contact:\nJane Roe\n555-555-0100\n\nAcme Corp. (NYSE: ACM) said today...\n"
    found = list(contact_mentions(text, OrgLexicon.from_text(text)))
    assert [(m.name, m.title) for m in found] == [("Jane Roe", "Media Contact")]


# --- a label between two cards belongs to the card below it ---------------------------------


def test_label_between_cards_heads_the_next_card() -> None:
    # blind2 text-press/wells-fargo_8-K_2022-01-14_EX-99.1_earnings.htm
    text = (
        "Contact Information\nMedia\nBeth Richek, 704-374-2545\nbeth.richek@wellsfargo.com\nor\n"
        "Investor Relations\nJohn M. Campbell, 415-396-0523\njohn.m.campbell@wellsfargo.com\n# # #\n"
    )
    found = {name: title for name, title in _contacts(text)}
    assert found["Beth Richek"].startswith("Media")
    assert found["John M. Campbell"].startswith("Investor")


def test_label_between_cards_without_or_line() -> None:
    text = (
        "Media\nKarl Svensson\n(555) 123-4567\n"
        "Investors\nAyesha Khan\nayesha.khan@initech.example\n\nInitech (NASDAQ: INTC) today announced...\n"
    )
    found = {name: title for name, title in _contacts(text)}
    assert found["Karl Svensson"].startswith("Media")
    assert found["Ayesha Khan"].startswith("Investor")


def test_department_under_a_name_stays_her_department() -> None:
    # the department comes before her phone: it is hers, not the next card's label
    text = "Media Contact:\nJane Roe\nInvestor Relations\n555-555-0100\n"
    assert _contacts(text) == {("Jane Roe", "Investor Relations contact")}


def test_through_find_people_with_issuer() -> None:
    text = (
        "Acme Widgets Inc. (NYSE: ACW) Q3 Results Media Relations: Lena Park 212-555-0100 "
        "Investor Relations: Omar Haddad 212-555-0101\n\nNEW YORK--Acme Widgets Inc. reported results.\n"
    )
    people = {(m.name, m.title, m.org) for m in find_people(text)}
    assert ("Lena Park", "Media Relations contact", "Acme Widgets Inc.") in people
    assert ("Omar Haddad", "Investor Relations contact", "Acme Widgets Inc.") in people


# --- no input makes the new readers fail --------------------------------------------------------

_PIECES = [
    "Media:",
    "INVESTORS:",
    "Investor Relations:",
    "Jane Roe",
    "Mary J. O'Hara Jr.",
    "(412) 762-4550",
    "a@b.co",
    ", in his capacity as ",
    " is the sole manager of, and ",
    " serves as the principal of ",
    " are managing members of ",
    "Acme Capital, LLC",
    ", a member of the firm,",
    "passed upon for us by ",
    " the Company’s counsel",
    "two executive officers, ",
    " and ",
    ",",
    ".",
    "\n",
    "\t",
    "1200 Urban Center Drive",
    "Esq.",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_mix_of_the_phrases_reads_without_error(parts: list[str]) -> None:
    text = " ".join(parts)
    for m in find_people(text):
        assert m.name.strip() and m.title.strip()
