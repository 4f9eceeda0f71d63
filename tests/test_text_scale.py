"""The text readers stay linear on long and hostile inputs, and their speed-ups change no answer.

The hostile inputs are the shapes the fuzzer found (tests/fuzz_regressions): one long token
("95.95.95...", "NNNN...") that a name pattern used to re-read from every position. The
sentences are from corpus filings.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal

import pytest

from edgarkg.extractors.text_metrics import TextMetricsExtractor
from edgarkg.extractors.text_orgs import TextOrgsExtractor, find_links
from edgarkg.model import Document
from edgarkg.text.names import OrgLexicon, find_org_names
from edgarkg.text.numbers import find_periods, find_quantities
from edgarkg.text.orgs import doc_orgs, read_orgs, trie_pattern

# --- linear on long runs ------------------------------------------------------------------

HOSTILE = {
    "dotted number": "95." * 13_000,
    "capitals": "N" * 20_000,
    "digits": "199" * 10_000,
    "capital I": "I" * 25_000,
    "capitalised words": "Acme " * 8_000,
    "ampersands": "& " * 10_000,
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_organisation_readers_take_linear_time_on_long_runs(text: str) -> None:
    started = time.process_time()
    find_org_names(text)
    OrgLexicon.from_text(text)
    orgs = read_orgs(text)
    find_links(text, orgs)
    find_quantities(text)
    find_periods(text)
    # each took from 4 to 23 s of CPU before (quadratic); linear, they take well under one
    assert time.process_time() - started < 3.0


def test_long_runs_hold_no_names() -> None:
    assert find_org_names("95." * 2_000) == []
    assert len(OrgLexicon.from_text("I" * 5_000)) == 0


# --- the same answers --------------------------------------------------------------------


def test_trie_pattern_matches_like_a_longest_first_alternation() -> None:
    forms = ["globex", "globex uk", "globex uk holdings", "gizmo", "gizmo, inc.", "g-tech"]
    flat = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    text = "Globex UK\nHoldings and Globex, Gizmo, Inc. and G-Tech; globex uk plc, Gizmo Inc."
    expected = [m.span() for m in re.finditer(rf"(?i)(?:{flat})", text)]
    assert [m.span() for m in re.finditer(rf"(?i){trie_pattern(forms)}", text)] == expected
    assert re.search(trie_pattern(forms), "Globex UK\nHoldings", re.I).group() == "Globex UK\nHoldings"
    assert trie_pattern([]) == ""


def test_qualifiers_and_currencies_before_a_number() -> None:
    # Siemens Healthineers / Apple press releases
    text = (
        "Siemens Healthineers generated 2022 sales of EUR 17.8 billion and employs approximately "
        "77,000 employees. Apple's more than 100,000 employees are dedicated to making the best products."
    )
    found = [(q.value, q.unit, q.qualifier) for q in find_quantities(text)]
    assert found == [
        (Decimal("17800000000"), "EUR", None),
        (Decimal("77000"), "count", "about"),
        (Decimal("100000"), "count", "more-than"),
    ]
    q = find_quantities("revenues of US $ 350 million for the year")[0]
    assert (q.value, q.unit) == (Decimal("350000000"), "USD")


def test_numbers_of_addresses_phones_and_times_are_not_quantities() -> None:
    text = (
        "Investors may call 1-800-555-0199 at 10:00 a.m., write to ir2024@example.com or visit "
        "example2024.com/q3 for the 25 slides."
    )
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(Decimal(25), "count")]


def test_quantities_in_skipped_spans_are_not_read() -> None:
    text = "Sales rose 12% to $4.2 billion.\nNet sales   $4,200   $3,750\nWe have 5,000 employees."
    table = (text.index("Net"), text.index("We"))
    assert [q.value for q in find_quantities(text)] == [12, 4_200_000_000, 4200, 3750, 5000]
    assert [q.value for q in find_quantities(text, skip=[table])] == [12, 4_200_000_000, 5000]
    assert [q.value for q in find_quantities(text, skip=[(0, table[0])])] == [4200, 3750, 5000]


def test_periods_still_read_their_phrases() -> None:
    text = "Net income for the quarter ended July 3, 2004 was $5 million, as of December 31, 2003 and in 2002"
    periods = find_periods(text)
    assert [(p.start, p.end, p.instant) for p in periods][:2] == [
        (periods[0].start, periods[0].end, None),
        (None, None, periods[1].instant),
    ]
    assert str(periods[0].end) == "2004-07-03" and str(periods[0].start) == "2004-04-04"
    assert str(periods[1].instant) == "2003-12-31"
    assert (str(periods[2].start), str(periods[2].end)) == ("2002-01-01", "2002-12-31")


# --- one reading per document ---------------------------------------------------------------

PRESS = (
    "Vandelay Industries, Inc. (NYSE: VDL) today announced that it has acquired Initrode Corporation. "
    "Vandelay has more than 12,000 employees and reported revenues of $4.9 billion for the year ended "
    "December 31, 2023. Initrode is now a wholly-owned subsidiary of Vandelay Industries, Inc.\n"
)


def _doc() -> Document:
    return Document("press.txt", PRESS.encode(), "sha256:x", doc_type="EX-99.1", sequence=2)


def test_the_reading_is_shared_and_text_orgs_does_not_change_it() -> None:
    doc = _doc()
    shared = doc_orgs(doc)
    assert doc_orgs(doc) is shared
    before = {k: (e.name, frozenset(e.aliases)) for k, e in shared.entries.items()}
    orgs_facts = list(TextOrgsExtractor().extract(doc))
    assert {k: (e.name, frozenset(e.aliases)) for k, e in shared.entries.items()} == before
    metrics_after = list(TextMetricsExtractor().extract(doc))
    fresh = _doc()  # the other order, on a document read anew
    assert list(TextMetricsExtractor().extract(fresh)) == metrics_after
    assert list(TextOrgsExtractor().extract(fresh)) == orgs_facts
    subs = [(f.child.name, f.parent.name) for f in orgs_facts if type(f).__name__ == "Subsidiary"]
    assert ("Initrode Corporation", "Vandelay Industries, Inc.") in subs
    revenue = [f for f in metrics_after if f.metric == "ekg:revenue"]
    assert [(f.subject.name, f.value) for f in revenue] == [("Vandelay Industries, Inc.", 4_900_000_000)]
