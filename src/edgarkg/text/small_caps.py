"""Names typed in small capitals, which the reading text splits after their first letter.

Signature pages set names as a full-size capital followed by small
capitals in a smaller font (`E<span style="font-size:8pt">DWARD</span>`);
the reading text keeps the markup's break, so the name reads "E DWARD P.
D ECKER", a run of one-letter "initials" no name rule accepts. In a short
cell of capitals alone with two such breaks or more, a lone capital before a
capitals fragment is joined to it. The text keeps its length (the space moves behind the word), so every
offset into it still holds.
"""

from __future__ import annotations

import re

__all__ = ["join_small_caps"]

# A cell of capitals only: an optional "/s/", then name-like tokens
_CAPS_CELL = re.compile(r"(?m)(?<![^\t\n])[ \t]*(?:/s/\s*)?[A-Z][A-Z .,'’-]{2,48}(?=\t|$)")
# "E DWARD": a lone capital (not an initial: no period) and the rest of the word
_SPLIT = re.compile(r"(?<![A-Z.'’-])([A-Z]) ([A-Z]{2,}(?:[-'’][A-Z]+)*)\b")


# `_SPLIT` without its look-behind, which keeps the regex engine from skipping to capitals: checked by hand
_SPLIT_BARE = re.compile(_SPLIT.pattern.removeprefix("(?<![A-Z.'’-])"))
_NOT_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’-")


def _has_split(text: str) -> bool:
    """`_SPLIT.search(text) is not None`, several times faster.

    A later `_SPLIT` match cannot start inside a bare match (but on its first letter), since every
    character there but the space is one the look-behind refuses, so the non-overlapping scan misses none.
    """
    return any(m.start() == 0 or text[m.start() - 1] not in _NOT_BEFORE for m in _SPLIT_BARE.finditer(text))


def join_small_caps(text: str) -> str:
    """`text` with "E DWARD P. D ECKER" in capitals-only cells read "EDWARD  P. DECKER " (same length)."""
    if not _has_split(text):
        return text
    return _CAPS_CELL.sub(_join_cell, text)


def _join_cell(m: re.Match[str]) -> str:
    cell = m.group(0)
    if len(_SPLIT.findall(cell)) < 2:  # "CLASS A COMMON STOCK": one lone letter is no split name
        return cell
    return _SPLIT.sub(lambda s: s.group(1) + s.group(2) + " ", cell)
