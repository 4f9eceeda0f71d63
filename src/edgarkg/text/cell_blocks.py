"""The lines of an HTML table cell: blocks the reading text ran together.

The reading text keeps a table row on one line, so the <p>, <div> or <br>
blocks stacked inside one cell read as words joined by spaces:

    The following directors: Jane Roe John Doe Mary Major<TAB>Director Director Director

Nothing in that line tells "John Doe" from "Jane Roe John", but the source
does: the space between two blocks stood for a "</p> <p>" stretch, the space
inside a name for a plain space. `cell_blocks` cuts a cell back into its
blocks by asking, for each space, what source stretch it replaced (through
the view's reading-offset → source-offset map). Signature tables, cover-page
"Copies to:" cells (name, "Esq.", firm, address stacked) and rosters all
stack lines in one cell this way; `stacked_pairs` lines up two such cells
block by block, as a reader sees them side by side.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from edgarkg.text.sentences import Segment

__all__ = ["SourceOffset", "cell_blocks", "stacked_pairs"]

SourceOffset = Callable[[int], int]

# A tag that starts or ends a block: what the view reads as a space inside a cell.
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|li|h[1-6]|tr|table|ul|ol|dd|dt)\b", re.I)
_LONGEST_STRETCH = 4000  # a longer stretch behind one space is not a boundary between two lines of a cell


def cell_blocks(cell: Segment, source: str, source_offset: SourceOffset) -> list[Segment]:
    """The blocks of one cell (reading-text Segments, stripped, empty blocks dropped).

    A cell without a space, or whose spaces all stood for spaces, is one block.
    """
    text = cell.text
    if " " not in text:
        return [cell] if text.strip() else []
    cuts: list[int] = []
    k = text.find(" ")
    while k >= 0:
        i = cell.start + k
        a, b = source_offset(i), source_offset(i + 1)
        if 1 < b - a <= _LONGEST_STRETCH and "<" in source[a:b] and _BLOCK_TAG.search(source, a, b):
            cuts.append(k)
        k = text.find(" ", k + 1)
    if not cuts:
        return [cell] if text.strip() else []
    out: list[Segment] = []
    prev = 0
    for k in [*cuts, len(text)]:
        piece = text[prev:k]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            a = cell.start + prev + lead
            out.append(Segment(stripped, a, a + len(stripped)))
        prev = k + 1
    return out


def stacked_pairs(left: Sequence[Segment], right: Sequence[Segment]) -> list[tuple[Segment, Segment]] | None:
    """Two stacked cells read side by side, block k with block k; None unless they have as many blocks.

    A single block on the right stands beside every block on the left ("Jane Roe ⏎ John Doe" |
    "Directors"); `left` should already be trimmed of a lead-in such as "The following directors:".
    """
    if not left or not right:
        return None
    if len(right) == 1:
        return [(seg, right[0]) for seg in left]
    if len(left) != len(right):
        return None
    return list(zip(left, right, strict=True))
