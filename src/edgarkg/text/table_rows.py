"""The grid of a financial table in the reading text: its lines, the cells of each line, which lines
are data rows (a label and numeric cells) or column headings, and the headings over each column.

`edgarkg.text.tables` finds tables as runs of these rows and reads their headline values; here only
the layout is read: tab-separated HTML rows (zero-width "empty" cells dropped) or plain text aligned
with spaces, dot leaders and "$" cells one space apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edgarkg.text.column_periods import QUARTER_CODE, change_columns, length_phrase
from edgarkg.text.columns import split_tabs, split_wide
from edgarkg.text.dollar_cells import dollar_cells, dollar_inside
from edgarkg.text.numbers import find_dates, parse_number
from edgarkg.text.sentences import Segment, lines

__all__ = [
    "DIGIT",
    "MARKERS",
    "SENTENCE_END",
    "SEPARATOR",
    "Lines",
    "Row",
    "Rows",
    "bare_cell",
    "changed_columns",
    "columns_aligned",
    "columns_tabbed",
    "line_at",
    "may_hold_data",
    "read_row",
]


@dataclass
class Row:
    line: Segment
    label: str | None
    label_end: int
    cells: list[Segment]  # numeric cells
    is_header: bool = False


NUMERIC_CELL = re.compile(r"^\$?\s*\(?\s*\$?\s*-?[\d,]*\.?\d+\s*\)?\s*%?$|^[-—–]+$|^\$$")
YEAR_CELL = re.compile(
    r"^(?:19|20)\d\d(?:\*{0,2}|\([a-z\d]\)|/\d{1,2}/)$"
)  # "2006(a)", "1989/1/": a note's mark
MONTH_DAY_CELL = re.compile(
    r"\t(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2},?(?=\t|$)", re.M
)
QUARTER_CELL = re.compile(r"(?:[1-4]Q|Q[1-4])[ ]?['’]?[ ]?(?:(?:19|20)\d\d|\d\d)")
SEPARATOR = re.compile(r"^[\s\-=_<>/A-Z]*$")
MARKERS = re.compile(r"(?i)^\s*</?(?:table|caption|s|c|fn|page)>")


class Rows:
    """`read_row` of each line, read when first asked for: most lines are prose, and a table is only looked
    for from a line that may hold data (`may_hold_data`), its headings from the lines just above it."""

    def __init__(self, segs: Lines) -> None:
        self.segs = segs
        self.read: dict[int, Row | None] = {}

    def __len__(self) -> int:
        return len(self.segs)

    def __getitem__(self, i: int) -> Row | None:
        if i not in self.read:
            self.read[i] = read_row(self.segs[i])
        return self.read[i]

    def span(self, i: int, j: int) -> list[Row | None]:
        return [self[k] for k in range(i, j)]


def may_hold_data(t: str) -> bool:
    """A data row has cells (a tab, a gap of two spaces, or "$" amounts after a dot leader) and a
    digit in one of them."""
    return ("\t" in t or "  " in t.strip() or (".." in t and t.count("$") >= 2)) and bool(DIGIT.search(t))


DIGIT = re.compile(r"\d")


class Lines:
    """The lines of a text as `lines` cuts them, each made a `Segment` only when asked for."""

    def __init__(self, text: str) -> None:
        self.source = text
        if "\r" in text:
            found = list(lines(text))
            self.starts, self.ends = [x.start for x in found], [x.end for x in found]
            return
        self.starts, self.ends = [], []
        pos = 0
        parts = text.split("\n")
        if parts[-1] == "":
            parts.pop()  # no line after a final line break
        for part in parts:
            self.starts.append(pos)
            pos += len(part)
            self.ends.append(pos)
            pos += 1

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> Segment:
        a, b = self.starts[i], self.ends[i]
        return Segment(self.source[a:b], a, b)

    def text(self, i: int) -> str:
        return self.source[self.starts[i] : self.ends[i]]


def line_at(segs: Lines, i: int) -> str:
    return segs.text(i) if 0 <= i < len(segs) else ""


def read_row(seg: Segment) -> Row | None:
    """A line with numbers in cells: a data row (label and numbers) or a header row (dates, years)."""
    t = seg.text
    if not t.strip() or MARKERS.match(t):
        return None
    if not maybe_row(t):
        return None  # no digit, "$" or period word: neither numbers nor a header (the common prose line)
    tabbed = "\t" in t
    header: bool | None = None  # read only when the answer depends on it
    if not tabbed and "  " not in t.strip():  # one cell: a row only as a header (the common wrapped line)
        dollars = dollar_cells(seg)  # "Total assets...... $6,405,209 $10,518,243": single spaces
        if dollars is not None:
            cells = dollars
        elif not is_heading_line(t):
            return None
        else:
            cells = split_cells(seg, tabbed=False)
            header = True
    else:
        cells = split_cells(seg, tabbed)
        if not tabbed and "$" in t and any(dollar_inside(c.text) for c in cells):
            cells = dollar_cells(seg) or cells  # "Net income..... $  562,135 $   684,762": "$" ends a cell
        if len(cells) < 2:
            header = is_heading_line(t)
            if not header:
                return None
    numeric = [c for c in cells if NUMERIC_CELL.match(c.text.replace(" ", "")) and c.text.strip() != "$"]
    if not any(
        parse_number(bare_cell(c.text)) is not None and not YEAR_CELL.match(c.text.strip()) for c in numeric
    ) and (header if header is not None else is_heading_line(t)):
        return Row(seg, None, seg.start, [], is_header=True)
    years = [c for c in cells if YEAR_CELL.match(c.text.strip())]
    if (
        years
        and (len(years) == len(numeric) or len(years) == len(cells))
        and all("," not in c.text and "$" not in c.text for c in years)
    ):
        return Row(seg, None, seg.start, [], is_header=True)
    if not numeric or all(DASHES.fullmatch(c.text.strip()) for c in numeric):
        return None
    first = cells[0]
    if first is numeric[0]:
        return Row(seg, None, seg.start, numeric)
    if not tabbed and first.end > numeric[0].start:
        return None
    taken = {id(c) for c in numeric}
    label_cells = [c for c in cells if c.end <= numeric[0].start and id(c) not in taken]
    label = " ".join(c.text for c in label_cells)
    if len(label) > 200 or label.rstrip().endswith((".", ";")) and len(label) > 100:
        return None
    return Row(seg, label, label_cells[-1].end if label_cells else seg.start, numeric)


DASHES = re.compile(r"[-—–=_]+")
# A cell: what lies between tabs, or (space-aligned text) between tabs and runs of two or more spaces.
TAB_CELL = re.compile(r"[^\t]+")
# (runs of other characters joined by single spaces: no alternation tried at every character)
WIDE_CELL = re.compile(r"[^\t ]+(?: [^\t ]+)*+")


# Whitespace plus the zero-width spaces some filing agents put in every empty cell ("\u200b\t\u200b\t14,489"):
# such a cell is empty, so the number's column lines up with the heading's.
INVISIBLE = " \t\n\r\x0b\x0c\xa0\u2002\u2003\u2007\u2009\u202f\u200b\ufeff"


def split_cells(seg: Segment, tabbed: bool) -> list[Segment]:
    """`split_tabs` / `split_wide` of a line in one pass: each cell found whole, then stripped."""
    out: list[Segment] = []
    invisible = "\u200b" in seg.text or "\ufeff" in seg.text
    for m in (TAB_CELL if tabbed else WIDE_CELL).finditer(seg.text):
        region = m.group()
        left = region.lstrip(INVISIBLE) if invisible else region.lstrip()
        if left:
            cell = left.rstrip(INVISIBLE) if invisible else left.rstrip()
            a = seg.start + m.end() - len(left)
            out.append(Segment(cell, a, a + len(cell)))
    return out


def is_heading_line(t: str) -> bool:
    """Column headings: dates, period lengths, years, quarters ("2Q21"); not a paragraph that names
    a period ("Second quarter results include one month impact of ...")."""
    if not (YEARISH.search(t) or PERIOD_WORD.search(t)):
        return ("Q" in t and QUARTER_CODE.search(t) is not None) or (
            "\t" in t and len(MONTH_DAY_CELL.findall(t)) >= 2  # "Dollars in millions  June 30  March 31"
        )
    if (len(t) > 200 and SENTENCE_END.search(t)) or (t.rstrip().endswith(".") and t.count(" ") >= 6):
        return False  # a sentence: "Conversion ... is expected to occur in October 2021."
    if length_phrase(t):
        return True
    if len(t.strip()) >= 160 or SENTENCE_END.search(t):
        return False
    return bool(find_dates(t) or ("Q" in t and QUARTER_CODE.search(t)))


def maybe_row(t: str) -> bool:
    """A digit, "$" or a period word: what every data row and header holds (most prose lines do not)."""
    return bool(DIGIT_OR_DOLLAR.search(t) or PERIOD_WORD.search(t))


# The line tests run on every line of a document (an HTML paragraph is one long line): each pattern
# starts with a plain character set, so the scan skips other characters at C speed.
DIGIT_OR_DOLLAR = re.compile(r"[\d$]")
YEARISH = re.compile(r"(?:19|20)\d\d")
PERIOD_WORD = re.compile(r"[WMQYwmqy](?<!\w.)(?i:(?<=w)eeks?|(?<=m)onths?|(?<=q)uarter|(?<=y)ear)\b")
SENTENCE_END = re.compile(r"[.;]\s")


def bare_cell(cell: str) -> str:
    return cell.replace("$", "").replace("%", "").replace(" ", "").strip()


def changed_columns(header_rows: list[Row], ncols: int) -> frozenset[int]:
    """`change_columns` of the last two heading rows of a tabbed table whose lower row dates each column."""
    cells = [[c.text for c in split_tabs(h.line)] for h in header_rows]
    for upper, lower in zip(cells, cells[1:], strict=False):
        if len(lower) == ncols + 1:
            lower = lower[1:]
        if len(lower) == ncols and len(upper) >= 2:
            found = change_columns(upper, lower)
            if found:
                return found
    return frozenset()


def columns_tabbed(header_rows: list[Row], ncols: int) -> list[str]:
    cols = [""] * ncols
    for h in header_rows:
        cells = [c.text for c in split_tabs(h.line)]
        if "\u200b" in h.line.text or "\ufeff" in h.line.text:  # zero-width "empty" cells: no heading
            cells = [x for x in (c.strip(INVISIBLE) for c in cells) if x]
        if len(cells) == ncols + 1 and not (find_dates(cells[0]) or length_phrase(cells[0])):
            cells = cells[1:]
        elif len(cells) > ncols:  # "In millions  2Q21  1Q21  2Q20  Second Quarter Highlights"
            dated = [c for c in cells if QUARTER_CELL.fullmatch(c) or YEAR_CELL.match(c)]
            if len(dated) == ncols:
                cells = dated
        if not cells or ncols % len(cells):
            continue
        span = ncols // len(cells)
        for n, c in enumerate(cells):
            for col in range(n * span, (n + 1) * span):
                cols[col] = f"{cols[col]} {c}".strip()
    return cols


def columns_aligned(header_rows: list[Row], data: list[Row], ncols: int) -> list[str]:
    """Space-aligned text: each header fragment belongs to the columns it lies over."""
    ranges: list[list[int]] = [[10**9, -1] for _ in range(ncols)]
    for r in data:
        if len(r.cells) != ncols:
            continue
        for n, c in enumerate(r.cells):
            a, b = c.start - r.line.start, c.end - r.line.start
            ranges[n][0] = min(ranges[n][0], a)
            ranges[n][1] = max(ranges[n][1], b)
    if any(lo > hi for lo, hi in ranges):
        return [""] * ncols
    cols = [""] * ncols
    for h in header_rows:
        for frag in split_wide(h.line):
            a, b = frag.start - h.line.start, frag.end - h.line.start
            overlap = [max(0, min(b, hi) - max(a, lo)) for lo, hi in ranges]
            hit = [n for n, o in enumerate(overlap) if o > 0]
            width = max(hi - lo for lo, hi in ranges) or 1
            if (
                len(hit) > 1 and b - a < 1.6 * width
            ):  # a narrow heading belongs to the column under most of it
                best = max(
                    hit, key=lambda n: (overlap[n], -abs((ranges[n][0] + ranges[n][1]) / 2 - (a + b) / 2))
                )
                hit = [best]
            if not hit:
                hit = [min(range(ncols), key=lambda n: abs((ranges[n][0] + ranges[n][1]) / 2 - (a + b) / 2))]
            for n in hit:
                cols[n] = f"{cols[n]} {frag.text}".strip()
    return cols
