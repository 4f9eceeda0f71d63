"""The organisations one document names, their short forms, and who owns whom.

`names.find_org_names` finds names that end in a legal suffix; prose also
names organisations by a ticker ("Vandelay (NYSE: VDL)"), a defined term
("Vandelay Industries, Inc. (“Vandelay”)", "Northwind Cellular Corporation
(Northwind Cellular)"), a brand and a region ("Globex UK", "Initech Canada"), a name in
parentheses after a place ("operations on the Isle of Wight (Wight Telecom)"),
or as the object of an ownership or deal phrase ("owns Globex Airwave",
"alliance with Hooli"). `read_orgs` collects them into a `DocOrgs`
index that resolves every short form to one full name ("Globex" → "Globex
plc"), so a document's facts about one company land on one node.

This module is the per-document reading; its parts live beside it:
`squeeze` (the text it reads), `legal_names` (names with a legal suffix),
`org_terms` (tickers, defined terms, former names), `org_units` (brands and
regional units), `org_index` (the index) and `org_filters` (what is not a name:
exchanges and regulators, places, people, months, headings and generic phrases
such as "Public Company" or "Delaware Corporation").
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from edgarkg.text.legal_names import bank_names, legal_names
from edgarkg.text.names import has_legal_suffix
from edgarkg.text.org_filters import GENERIC, REGIONS, heading_words, is_excluded_org, is_junk_org
from edgarkg.text.org_index import DocOrgs, Mention, OrgEntry
from edgarkg.text.org_terms import add_tickers, defined_terms, former_names, glossary_terms
from edgarkg.text.org_units import brand_units
from edgarkg.text.squeeze import squeeze
from edgarkg.text.trie import trie_pattern

if TYPE_CHECKING:
    from edgarkg.model import Document

__all__ = [
    "OrgEntry",
    "DocOrgs",
    "Mention",
    "read_orgs",
    "doc_orgs",
    "is_excluded_org",
    "is_junk_org",
    "REGIONS",
    "trie_pattern",
]


def read_orgs(text: str) -> DocOrgs:
    """The organisations `text` names, indexed by every form it uses for them.

    Several extractors read the same document: the reading of the last few
    (not too long) texts is kept, and each caller gets its own copy to add to.
    """
    if len(text) > 2_000_000:
        return _read_orgs(text)
    return _cached_read_orgs(text).copy()


_READINGS: weakref.WeakKeyDictionary[Document, DocOrgs] = weakref.WeakKeyDictionary()


def doc_orgs(doc: Document) -> DocOrgs:
    """The organisations of `doc`'s reading text, read once per document and shared by the
    extractors that read it (text-orgs, text-metrics): the entry lives as long as the Document.

    The index is shared: a caller that adds names must work on `.copy()` of it.
    """
    orgs = _READINGS.get(doc)
    if orgs is None:
        orgs = _READINGS[doc] = _read_orgs(doc.view.text)
    return orgs


_HEADING_LINKS = frozenset({"and", "of", "the", "&", "for", "in", "on", "to", "a", "an"})


def _heading(line: str) -> bool:
    """A title-case line ("Corporate History, Nature of Business, Mergers and Acquisitions"), not a
    sentence's line in double-spaced text ("serves as Counsel for International")."""
    words = line.split()
    return bool(words) and all(not w[0].isalpha() or w[0].isupper() or w in _HEADING_LINKS for w in words)


def _ends_line(text: str, s: int, nl: int) -> bool:
    """Does the line break at `nl` end what came before a name's last line: a sentence ("... on the
    island of Kauai.") or a heading line ("Restrictions on Ownership-Bank Regulatory Restrictions")?"""
    after = text[nl:].lstrip()[:1]
    if not after.isupper():
        return False  # "Sears, Roebuck\nand Co.": the name goes on
    before = text[s:nl].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    if word.endswith((".", "!", "?")) and len(word) > 4 and not has_legal_suffix(word):
        return True  # not "Co." or "Inc.", which a name may wrap after
    start = text.rfind("\n", 0, s) + 1
    line = text[start:nl].strip()
    if not (0 < len(line) < 80 and line[-1:].isalpha() and " " in line and _heading(line)):
        return False
    if has_legal_suffix(line) or any(c.isdigit() for c in line):
        return False
    # a heading stands alone: after a blank line or a finished sentence, not inside a wrapped paragraph
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].strip()
    return not above or above[-1] in ".:;!?"


@lru_cache(maxsize=4)
def _cached_read_orgs(text: str) -> DocOrgs:
    return _read_orgs(text)


def _read_orgs(text: str) -> DocOrgs:
    flat, offsets = squeeze(text)
    orgs = DocOrgs()

    def at(i: int) -> int:
        return offsets(i) if i < len(flat) else len(text)

    def original(a: int, b: int) -> tuple[str, tuple[int, int]]:
        s, e = at(a), at(b - 1) + 1
        if "\n" in text[s:e]:  # a heading's last words are not part of the name in the paragraph below
            cut = max(text.rfind("\n\n", s, e), text.rfind("\n \n", s, e))
            if cut != -1 and text[cut:e].strip() and _heading(text[text.rfind("\n", 0, s) + 1 : cut]):
                s = cut + len(text[cut:e]) - len(text[cut:e].lstrip())
            last = text.rfind("\n", s, e)
            if last != -1 and text[last:e].strip() and _ends_line(text, s, last):
                s = last + len(text[last:e]) - len(text[last:e].lstrip())
                return " ".join(text[s:e].split()), (s, e)
            tail = text[last:e].strip()
            if last != -1 and tail.isalpha() and has_legal_suffix(text[s:last]):
                line = text[last + 1 : text.find("\n", last + 1) if "\n" in text[last + 1 :] else len(text)]
                if len(line) < 80 and _heading(line.strip()):
                    e = s + len(text[s:last].rstrip())  # "... refer to ESS Tech, Inc.\nCompany Overview"
        return " ".join(text[s:e].split()), (s, e)

    legal_ends: set[int] = set()
    found = legal_names(flat)
    spans = sorted((a, b) for _, a, b in found)
    for bank in bank_names(flat):  # "Deutsche Bank" inside "Deutsche Bank Securities Inc.": that one name
        i = bisect_right(spans, (bank[1], len(flat)))
        if not (i and spans[i - 1][1] >= bank[2]):
            found.append(bank)
    for _, a, b in found:
        name, span = original(a, b)
        legal_ends.add(b)
        words = name.lower().split()
        if len(words) == 2 and words[0] == "the" and words[1] in GENERIC:
            continue  # "The Bank" left after a heading above it was cut off: no name
        if not heading_words(name):
            orgs.add(name, span, "legal")
    add_tickers(flat, orgs, original, legal_ends)
    defined_terms(flat, orgs, at)
    glossary_terms(flat, orgs)
    former_names(flat, orgs)
    brand_units(flat, orgs, at, text)
    return orgs
