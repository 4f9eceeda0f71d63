"""Cells of tables and side-by-side blocks, with offsets.

Filings lay out rosters, signature pages and contact blocks in columns, in
three ways: plain text aligned with spaces (EDGAR's `<TABLE>` with `<S>`/`<C>`
column marks, or just wide gaps), HTML tables (one tab between cells in the
reading text), and "Name  Title" runs split by two or more spaces on one
line. These functions cut such lines into cells without losing offsets, and
recover an HTML cell's real column even where the reading text dropped empty
spacer cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from edgarkg.text.sentences import Segment

__all__ = [
    "gutters",
    "cut",
    "split_wide",
    "split_tabs",
    "marker_columns",
    "html_columns",
]


def _strip(text: str, start: int, end: int) -> Segment | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(text[start:end], start, end) if end > start else None


def split_wide(line: Segment, min_gap: int = 2) -> list[Segment]:
    """Cells of one line separated by tabs or by `min_gap` or more spaces."""
    text, cells = line.text, []
    for m in _wide_cell(min_gap).finditer(text):
        region = m.group()
        left = region.lstrip()  # other white space ("\xa0") is trimmed, as a cell's edge
        if left:
            cell = left.rstrip()
            a = line.start + m.end() - len(left)
            cells.append(Segment(cell, a, a + len(cell)))
    return cells


@lru_cache(maxsize=8)
def _wide_cell(min_gap: int) -> re.Pattern[str]:
    """A cell: runs of characters other than tabs and spaces, joined by fewer than `min_gap` spaces
    (found whole, with no alternation tried at every character)."""
    if min_gap <= 1:
        return re.compile(r"[^\t ]+")
    joint = " " if min_gap == 2 else f" {{1,{min_gap - 1}}}"
    return re.compile(rf"[^\t ]+(?:{joint}[^\t ]+)*+")


def split_tabs(line: Segment) -> list[Segment]:
    """Cells of a row of an HTML table in the reading text (one tab between cells)."""
    cells: list[Segment] = []
    pos = line.start  # the rules split every row of every table: one `str.split`, each cell built once
    for part in line.text.split("\t"):
        left = part.lstrip()  # str.strip's white space is str.isspace's
        if left:
            core = left.rstrip()
            a = pos + len(part) - len(left)
            cells.append(Segment(core, a, a + len(core)))
        pos += len(part) + 1
    return cells


def gutters(block: Sequence[Segment], min_width: int = 3) -> list[tuple[int, int]]:
    """Column ranges [start, end) of a block of space-aligned lines.

    A gutter is a run of at least `min_width` character positions that are
    blank on every non-empty line; the columns are what lies between. Tabs
    are expanded to 8 columns only for this measurement, so lines holding
    tabs should be split with `split_tabs` instead.
    """
    rows = [seg.text.expandtabs(8).rstrip() for seg in block if seg.text.strip()]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    used = [False] * width
    for r in rows:
        for i, ch in enumerate(r):
            if not ch.isspace():
                used[i] = True
    ranges: list[tuple[int, int]] = []
    i = 0
    while i < width:
        if not used[i]:
            i += 1
            continue
        j = i
        blank = 0
        while j < width:
            if used[j]:
                blank = 0
            else:
                blank += 1
                if blank >= min_width:
                    break
            j += 1
        end = j - blank + 1 if j < width else width
        ranges.append((i, end))
        i = j
    return ranges


def cut(line: Segment, ranges: Sequence[tuple[int, int]]) -> list[Segment | None]:
    """The cell of `line` in each column range (None where the line is blank there).

    Text that runs over a column boundary stays with the column it starts in.
    """
    text = line.text
    out: list[Segment | None] = []
    for k, (a, _) in enumerate(ranges):
        if a >= len(text):
            out.append(None)
            continue
        start = a
        # a cell that started in the previous column owns its overflow
        while (
            start < len(text)
            and k > 0
            and start > 0
            and not text[start - 1].isspace()
            and not text[start].isspace()
        ):
            start += 1
        stop = ranges[k + 1][0] if k + 1 < len(ranges) else len(text)
        stop = min(stop, len(text))
        while stop < len(text) and stop > 0 and not text[stop - 1].isspace() and not text[stop].isspace():
            stop += 1
        seg = _strip(text, start, stop)
        out.append(Segment(seg.text, line.start + seg.start, line.start + seg.end) if seg else None)
    return out


_MARK = re.compile(r"<([SC])>", re.I)


def marker_columns(marker_line: str) -> list[int]:
    """Column starts from an EDGAR plain-text table's `<S>  <C>  <C>` line."""
    return [m.start() for m in _MARK.finditer(marker_line)]


_CELL_TAG = re.compile(r"<(t[dh])\b([^>]*)>|<tr\b", re.I)
_COLSPAN = re.compile(r"colspan\s*=\s*[\"']?(\d+)", re.I)


def html_columns(source: str, cell_starts: Sequence[int]) -> list[int] | None:
    """The real column index of each cell of one HTML table row.

    `cell_starts` are the source offsets of the cells' text (from
    `TextView.source_span`). The reading text leaves out empty spacer cells,
    so this counts the <td>/<th> tags (with their colspans) from the row's
    <tr> up to each cell. None when the row's tags cannot be found.
    """
    if not cell_starts:
        return []
    first = cell_starts[0]
    tr = source.rfind("<tr", max(0, first - 20000), first)
    tr_upper = source.rfind("<TR", max(0, first - 20000), first)
    tr = max(tr, tr_upper)
    if tr < 0:
        return None
    cols: list[int] = []
    col = -1
    span = 1
    pos = tr + 3
    k = 0
    for m in _CELL_TAG.finditer(source, pos, cell_starts[-1] + 1):
        while k < len(cell_starts) and cell_starts[k] < m.start():
            cols.append(col)
            k += 1
        if m.group(1) is None:  # a nested or next <tr>
            continue
        col += span
        cs = _COLSPAN.search(m.group(2) or "")
        span = int(cs.group(1)) if cs else 1
    while k < len(cell_starts):
        cols.append(col)
        k += 1
    return cols
