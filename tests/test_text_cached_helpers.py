"""The speed-ups in the text helpers (one-pass tab split, cached trie patterns and name cores)
must give exactly what the plain definitions give."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from edgarkg.text.columns import split_tabs
from edgarkg.text.names import org_core
from edgarkg.text.sentences import Segment
from edgarkg.text.trie import anchored_trie_pattern

_CELL_CHARS = st.text(alphabet="ab C.\t\xa0\u2003,", max_size=40)


@given(_CELL_CHARS, st.integers(min_value=0, max_value=500))
def test_split_tabs_cells_are_the_stripped_tab_fields_at_their_offsets(row: str, at: int) -> None:
    doc = "x" * at + row
    cells = split_tabs(Segment(row, at, at + len(row)))
    assert [c.text for c in cells] == [f.strip() for f in row.split("\t") if f.strip()]
    for c in cells:
        assert doc[c.start : c.end] == c.text


def test_split_tabs_html_row() -> None:
    row = "Jane Doe \t\t 52\tDirector\xa0"
    cells = split_tabs(Segment(row, 100, 100 + len(row)))
    assert [(c.text, c.start, c.end) for c in cells] == [
        ("Jane Doe", 100, 108),
        ("52", 112, 114),
        ("Director", 115, 123),
    ]


_WORDS = ["Globex", "Globex Corporation", "Acme", "Acme Widgets", "eBay", "Initech", "3M", "O'Brien & Co"]


def test_anchored_trie_pattern_ignores_order_and_repeats() -> None:
    want = anchored_trie_pattern(list(_WORDS), not_after=r"[\w&@./-]", lower_start=True)
    shuffled = _WORDS * 2
    random.Random(7).shuffle(shuffled)
    assert anchored_trie_pattern(iter(shuffled), not_after=r"[\w&@./-]", lower_start=True) == want
    # the flags are part of what is remembered: capitals only without `lower_start`
    capitals = anchored_trie_pattern(_WORDS, not_after=r"[\w&@./-]", lower_start=False)
    assert capitals != want
    text = "Sold to Globex Corporation and ebay; acme, Acme Widgets."
    assert [m.group() for m in re.finditer(want, text)] == [
        "Globex Corporation",
        "ebay",
        "acme",
        "Acme Widgets",
    ]
    assert [m.group() for m in re.finditer(capitals, text)] == ["Globex Corporation", "Acme Widgets"]
    assert anchored_trie_pattern([], not_after="x", lower_start=True) == ""


def test_org_core_asked_twice_gives_the_same_core() -> None:
    for _ in range(2):
        assert org_core("The Acme Store, Inc.") == "Acme Store"
        assert org_core("Smith Barney and Co.") == "Smith Barney"
        assert org_core("Widgets  Holdings,\nLtd.") == "Widgets Holdings"
