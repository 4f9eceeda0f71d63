"""Signature-table rows that stack several signers in one HTML cell.

A 10-K's signature table often ends with one row for all the outside
directors, their names stacked as paragraphs in one cell beside a cell of
as many capacities::

    The following directors:   |  Director
    Jane Roe                   |  Director
    John Doe                   |  Director

The reading text runs each cell's paragraphs together ("The following
directors: Jane Roe John Doe<TAB>Director Director"), so the row reads as no
signer at all. `cell_blocks` recovers the paragraphs from the source, and
the k-th name pairs with the k-th capacity (or every name with a single
capacity written once). Only rows inside a signature table count: after its
"Signature | Title" heading, a conformed signature, the "signed below by
the following persons" paragraph, or the attestation a Form T-1's report of
condition closes with ("We, the undersigned directors, attest ...", the
directors' names stacked beside one "Directors").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.cell_blocks import SourceOffset, cell_blocks, stacked_pairs
from edgarkg.text.columns import split_tabs
from edgarkg.text.mentions import Mention
from edgarkg.text.names import clean_person_name, clean_title, is_person_name, is_title, role_for_title
from edgarkg.text.outside_titles import outside_title_split
from edgarkg.text.sentences import Segment

__all__ = ["stacked_signature_mentions"]

_NEAR = 40  # lines after a signature-table marker within which a stacked row belongs to its table
_LONGEST_CELL = 2000  # a longer first cell is prose (a biography), not a stack of names
_HEADS = ("signature", "signatures", "name")
_CAPACITY_HEADS = ("title", "titles", "capacity", "capacities", "position", "positions")
_OPEN = re.compile(r"(?i)(?:\b(?:and|of|the|for|to)|[,&-])$")  # a capacity wrapped onto the next block
_PLURAL = {"Directors": "Director", "Trustees": "Trustee", "Managers": "Manager"}
_UNDERSIGNED = re.compile(r"(?i)\bwe,?\s+the\s+undersigned\s+(?:directors|trustees|managers)\b")


def _marker(t: str) -> bool:
    """A line that opens or lies inside a signature table."""
    if "/s/" in t or "/S/" in t or "following persons" in t:
        return True
    if "undersigned" in t and _UNDERSIGNED.search(t):  # "We, the undersigned directors, attest ..."
        return True
    if "\t" not in t or len(t) > 60:
        return False
    cells = [c.strip().casefold() for c in t.split("\t") if c.strip()]
    return len(cells) >= 2 and cells[0] in _HEADS and cells[1] in _CAPACITY_HEADS


def stacked_signature_mentions(
    all_lines: Sequence[Segment], source: str | None, source_offset: SourceOffset | None
) -> Iterator[Mention]:
    """A "signature" mention per signer of each stacked signature-table row (HTML only)."""
    if source is None or source_offset is None:
        return
    last = -_NEAR - 1
    for i, line in enumerate(all_lines):
        t = line.text
        if _marker(t):
            last = i  # a row of stacked "/s/" marks is its own marker
        if i - last > _NEAR or "\t" not in t or t.count(" ") < 3:
            continue
        yield from _row(line, source, source_offset)


def _row(line: Segment, source: str, offset: SourceOffset) -> Iterator[Mention]:
    cells = split_tabs(line)
    if len(cells) < 2 or cells[0].text.count(" ") < 3 or len(cells[0].text) > _LONGEST_CELL:
        return
    names = _names(cell_blocks(cells[0], source, offset))
    if names is None:
        return
    for cell in cells[1:]:
        blocks = cell_blocks(cell, source, offset)
        pairs = stacked_pairs(names, blocks)
        if pairs is None or not all(
            is_title(_capacity(b), max_words=12) and not _OPEN.search(b.text) for b in blocks
        ):
            continue
        for name, capacity in pairs:
            title = _capacity(capacity)
            role = role_for_title(title)
            role = role if role not in (None, "officer") else "signatory"
            mention = Mention(
                clean_person_name(name.text), title, None, "signature", (line.start, line.end), role
            )
            yield from outside_title_split(mention)
        return


def _capacity(block: Segment) -> str:
    """A capacity block as one signer's title: "Directors", written once for all, is each one's "Director"."""
    title = clean_title(block.text)
    return _PLURAL.get(title, title)


def _names(blocks: list[Segment]) -> list[Segment] | None:
    """The signers' names of a stacked cell, after any lead-in ("The following directors:"); None unless
    there are two or more and every block after the lead-in is a person's name."""
    k = 0
    while k < len(blocks) and blocks[k].text.endswith(":"):
        k += 1
    names: list[Segment] = []
    for b in blocks[k:]:
        n = _unsigned(b)
        if not is_person_name(n.text, allow_caps=True):
            return None
        if not names or n.text.casefold() != names[-1].text.casefold():  # "/s/ Jane Roe" ⏎ "Jane Roe": one
            names.append(n)
    return names if len(names) >= 2 else None


def _unsigned(block: Segment) -> Segment:
    """A name block without its conformed-signature mark ("/s/ Jane Roe") or attorney star ("Jane Roe*")."""
    t = block.text
    lead = 0
    if t[:3].lower() == "/s/":
        lead = 3 + len(t[3:]) - len(t[3:].lstrip())
    body = t[lead:].rstrip("*").rstrip()
    return Segment(body, block.start + lead, block.start + lead + len(body))
