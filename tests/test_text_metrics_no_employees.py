"""'The Company has no employees': a shell's headcount of zero."""

from __future__ import annotations

from decimal import Decimal

from edgarkg.extractors.text_metrics import TextMetricsExtractor
from edgarkg.model import Document, Observation
from edgarkg.text.no_employees import no_employees


def test_real_statements() -> None:
    # dev6 spatializer-audio-laboratories_10-K_FY2014, Item 1
    spatializer = (
        "EMPLOYEES\nThe Company has no employees. It is managed by two directors/officers, with assistance "
        "from a contract bookkeeper."
    )
    found = no_employees(spatializer)
    assert found is not None and spatializer[found.start : found.end] == "The Company has no employees"
    # dev6 sandston_10-K_FY2021, MD&A
    sandston = (
        "The Company had no revenue generating activities in 2021. The Company has had no employees since"
    )
    assert no_employees(sandston) is not None


def test_variants() -> None:
    assert no_employees("We currently have no full-time employees; our officers devote part of their time.")
    assert no_employees("It does not have any employees and relies on its sole officer.")


def test_not_a_zero_count() -> None:
    assert no_employees("We have no employees other than our two officers.") is None
    assert no_employees("Our subsidiary has no employees.") is None  # not the company itself
    assert no_employees("We have 12 employees, none of whom is represented by a union.") is None
    assert no_employees("The Company has no employment agreements with its employees.") is None


def test_the_extractor_states_zero_employees_of_the_company() -> None:
    text = (
        "Initech Shell Corp.\n(Exact name of registrant as specified in its charter)\n\n"
        "Item 1. Business\n\nEMPLOYEES\n\nThe Company has no employees. Its officer serves without pay.\n"
    )
    doc = Document(source="shell.txt", data=text.encode(), filing_id="sha256:0", doc_type="10-K")
    zeros = [
        o
        for o in TextMetricsExtractor().extract(doc)
        if isinstance(o, Observation) and o.metric == "ekg:employees"
    ]
    assert [(o.value, o.unit, o.subject.name) for o in zeros] == [
        (Decimal(0), "count", "Initech Shell Corp.")
    ]
