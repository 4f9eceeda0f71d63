"""Officer tables whose first column stacks the name and age over the title.

Older 10-Ks lay out "Executive Officers of the Registrant" as a two-column
table, "Name, Age, Present Position | Business Experience During Past Five
Years", with every visual line its own table row::

    Jane Q. Roe, 56,              ⇥ Present position since February 1, 2006.
    Chairman, President and       ⇥ Served as President from ...
    Chief Executive Officer       ⇥ November 1, 2005 to February 1, 2006; ...
    John A. Doe, 54,              ⇥ Present position since June 1, 2007.
    Executive Vice President –    ⇥ Prior thereto served as ...
    Planning and Chief
    Information Officer

An entry opens with a "Name, NN," cell; its title is what the first column
holds on the rows below, up to the first row whose first column is empty (or
the next entry). The reading text drops empty cells, so a line with one cell
may belong to either column: with the HTML at hand its real column decides;
in text alone a line without a tab continues the title only while the title
is still open ("... and", "... –") or not begun, and a space-aligned line only
while its text starts left of column 2. The second column (past
posts) is left to the sentence readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from edgarkg.text.columns import html_columns, split_tabs, split_wide
from edgarkg.text.mentions import Mention, parse_date
from edgarkg.text.names import clean_person_name, clean_title, is_person_name, is_title, role_for_title
from edgarkg.text.sentences import Segment

__all__ = ["stacked_entry_mentions"]

SourceOffset = Callable[[int], int]

# "Jane Q. Roe, 56,", "John Doe, age 61": the name cell of an entry, nothing after the age
_ENTRY = re.compile(r"^(?P<name>[A-Z][^\t,]{3,60}?(?:,\s*(?:Jr|Sr|II|III|IV)\.?)?),\s*(?:[Aa]ge\s+)?\d{2},?$")
_OPEN = re.compile(r"(?:\b(?:and|of|for|the|to|&|Chief|Vice|Senior|Executive)|[,–—-])$")
_PRESENT_SINCE = re.compile(r"(?i)^present\s+position\s+since\s+(?P<date>.+?)\.?$")
_MAX_TITLE_ROWS = 5
_MAX_APART = 20  # lines between two entries of one table (the second column may run on)


def stacked_entry_mentions(
    all_lines: Sequence[Segment], source: str | None = None, source_offset: SourceOffset | None = None
) -> Iterator[Mention]:
    """A roster mention per "Name, NN," entry of a stacked officer table (two entries at least)."""
    entries = [k for k, seg in enumerate(all_lines) if _entry_name(seg.text) is not None]
    for n, k in enumerate(entries):
        near = (n > 0 and k - entries[n - 1] <= _MAX_APART) or (
            n + 1 < len(entries) and entries[n + 1] - k <= _MAX_APART
        )
        if not near:
            continue
        stop = entries[n + 1] if n + 1 < len(entries) else len(all_lines)
        m = _entry(all_lines, k, stop, source, source_offset)
        if m is not None:
            yield m


def _entry_name(text: str) -> str | None:
    """The name of a line whose first cell is "Name, NN," (cheap tests first)."""
    if len(text) < 8 or not text[:1].isupper() or "," not in text:
        return None
    tab = text.find("\t")
    if tab < 0:
        tab = text.find("  ")  # a plain-text table: two spaces or more between the columns
    cell = (text if tab < 0 else text[:tab]).rstrip()
    if len(cell) > 70 or not (cell[-1:].isdigit() or cell.endswith(",")):
        return None
    m = _ENTRY.match(cell)
    if m is None or not is_person_name(m.group("name"), allow_caps=True):
        return None
    return m.group("name")


def _entry(
    all_lines: Sequence[Segment], k: int, stop: int, source: str | None, offset: SourceOffset | None
) -> Mention | None:
    head = all_lines[k]
    name = _entry_name(head.text)
    assert name is not None
    wide = source is None  # no HTML: a line without a tab may be a space-aligned row
    first = _cells(head, wide)
    name_col = _column(first[0], source, offset)
    second_at = first[1].start - head.start if len(first) > 1 else None  # where column 2 begins
    pieces: list[str] = []
    end = head.end
    for j in range(k + 1, min(stop, k + 1 + _MAX_TITLE_ROWS)):
        line = all_lines[j]
        cells = _cells(line, wide)
        if not cells:
            break
        piece = cells[0].text
        if name_col is not None and len(cells) == 1:
            if _column(cells[0], source, offset) != name_col:
                break  # a row whose first column is empty: the title has ended
        elif wide and second_at is not None and cells[0].start - line.start >= second_at - 1:
            break  # a space-aligned row whose text starts under column 2
        elif len(cells) == 1 and not _may_continue(pieces, piece):
            break
        pieces.append(" ".join(piece.split()))
        end = line.end
    title = clean_title(" ".join(pieces).strip(" ,"))
    if not pieces or not is_title(title, max_words=20):
        return None
    since = None
    if len(first) > 1 and (p := _PRESENT_SINCE.match(first[1].text)) is not None:
        since = parse_date(p.group("date"))
    return Mention(
        clean_person_name(name), title, None, "roster", (head.start, end), role_for_title(title), since
    )


def _cells(line: Segment, wide: bool) -> list[Segment]:
    return split_wide(line) if wide and "\t" not in line.text else split_tabs(line)


def _column(cell: Segment, source: str | None, offset: SourceOffset | None) -> int | None:
    """The real HTML column of a cell, None without the HTML."""
    if source is None or offset is None:
        return None
    cols = html_columns(source, [offset(cell.start)])
    return cols[0] if cols else None


def _may_continue(pieces: list[str], piece: str) -> bool:
    """In text alone: a line with no tab is more title while the title is open or not begun."""
    if not piece[:1].isupper() or any(c.isdigit() for c in piece) or len(piece.split()) > 8:
        return False
    return not pieces or _OPEN.search(pieces[-1]) is not None
