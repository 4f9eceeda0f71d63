"""Cells of a plain-text table row set without gaps: each amount opens with "$", one space apart.

Old EDGAR text tables often align their columns by the "$" signs alone:
"Revenue....... $4,413,742 $ 6,034,406 $ 7,550,914" has no run of two spaces to
split at, and "Net income.... $  562,135 $   684,762" splits into "562,135 $"
cells. Such a row is cut at each "$" instead. A line with neither a dot leader
nor a gap anywhere is a line whose spacing was lost (its columns cannot be lined
up with the headings), and is left alone.
"""

from __future__ import annotations

import re

from edgarkg.text.sentences import Segment

__all__ = ["dollar_cells", "dollar_inside"]

# Two or more "$" amounts ending a line, one space apart: a plain-text table row set without gaps.
_DOLLAR_RUN = re.compile(r"(?:\$[ ]*\(?[\d,]*\.?\d+\)?[ ]+)+\$[ ]*\(?[\d,]*\.?\d+\)?[ ]*$")
_AMOUNT_THEN_DOLLAR = re.compile(r"[\d)][ ]\$")


def dollar_inside(cell: str) -> bool:
    """A "$" that opens the next amount inside a cell: "562,135 $", "$ 1.22 $ 1.44"."""
    return "$" in cell and (
        (len(cell) > 1 and cell.endswith("$")) or _AMOUNT_THEN_DOLLAR.search(cell) is not None
    )


_DOLLAR_CELL = re.compile(r"\$[ ]*\(?[\d,]*\.?\d+\)?")


def dollar_cells(seg: Segment) -> list[Segment] | None:
    """The cells of a line whose amounts each start with "$" and are one space apart (the label, then
    each amount), or None. Cheap tests first: most such lines are prose. The label ends in a dot
    leader ("Revenue....... $4,413,742 $ 6,034,406"), or the line has gaps elsewhere."""
    t = seg.text.rstrip()
    if t.count("$") < 2 or not t or t[-1] not in "0123456789)":
        return None
    if ".." not in t and "  " not in t.strip():
        return None  # no dot leader or gap: a line whose spacing was lost, not columns to line up
    run = _DOLLAR_RUN.search(t)
    if run is None or run.group().count("$") < 2:
        return None
    label = t[: run.start()].strip()
    out = (
        [Segment(label, seg.start + t.index(label), seg.start + t.index(label) + len(label))] if label else []
    )
    for m in _DOLLAR_CELL.finditer(t, run.start()):
        out.append(Segment(m.group(), seg.start + m.start(), seg.start + m.end()))
    return out
