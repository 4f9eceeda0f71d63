"""Whose figures a prospectus states: the company its 'references to "we" ... refer to X' names."""

from __future__ import annotations

from edgarkg.extractors.text_metrics import principal_entry
from edgarkg.text.orgs import read_orgs

# A clearing system named more often than the issuer in the base prospectus's book-entry section.
_CLEARING = (
    "Securities clearance accounts with Euroclear SA/NV are governed by the Terms and Conditions. "
    "Euroclear SA/NV acts only on behalf of Euroclear SA/NV participants. Euroclear SA/NV has no record "
    "of persons holding through participants of Euroclear SA/NV.\n\n"
)


def _principal(text: str) -> str | None:
    entry = principal_entry(text, read_orgs(text))
    return entry.name if entry else None


def test_prospectus_glossary_names_the_company_behind_we() -> None:
    # blind4 excelerate-energy_424B5_2025-03-31 (prospectus supplement summary)
    text = (
        "In this prospectus supplement, unless the context otherwise requires, references to “the Company,” "
        "“we,” “us,” “our,” or “Excelerate” refer to Excelerate Energy, Inc., in each case together with its "
        "consolidated subsidiaries.\n\nAs of December 31, 2024, we operate a fleet of 10 FSRUs.\n\n"
    ) + _CLEARING
    assert _principal(text) == "Excelerate Energy, Inc."


def test_we_means_variants() -> None:
    means = (
        'As used in this prospectus, "we," "our" and "us" mean Northwind Holdings Corporation and its '
        "subsidiaries.\n\n" + _CLEARING
    )
    assert _principal(means) == "Northwind Holdings Corporation"
    refers = (
        "Unless otherwise indicated, the term “our,” refers to Contoso Pharmaceuticals, Inc., a Delaware "
        "corporation.\n\n" + _CLEARING
    )
    assert _principal(refers) == "Contoso Pharmaceuticals, Inc."


def test_a_definition_of_another_term_does_not_name_the_company() -> None:
    # "“Terms and Conditions” means ..." defines no company: the issuer is still the one named most
    text = (
        "The “Terms and Conditions” means the terms governing Euroclear SA/NV accounts.\n\n"
        "Northwind Holdings Corporation is offering shares. Northwind Holdings Corporation will use the "
        "proceeds. Northwind Holdings Corporation has no other business.\n\n"
    )
    assert _principal(text) == "Northwind Holdings Corporation"
