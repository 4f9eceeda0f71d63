"""Financial tables of earnings releases and reports, read from the reading text.

Two layouts: HTML tables (`Document.view` puts one tab between cells) and
plain text aligned with spaces (EDGAR's `<TABLE>` with `<S>`/`<C>` marks, or
dot leaders). A table is a run of rows with numbers at their right; the lines
above its first row are its title and column headings. Each numeric column
gets its period from its heading (`edgarkg.text.column_periods`), and the
table its scale from a note ("(in thousands, except per share data)"). Only headline
rows become values — revenue, net income or loss, EPS, operating income,
income before taxes, total assets, cash, liabilities, equity, shares — with
parentheses read as negatives and a loss row ("Net loss  (4,200,103)") as the
loss it states, as does the negative cell of an "income (loss)" row. Section
headings inside a table ("Springfield Power -") say whose rows follow;
"EARNINGS PER SHARE:" makes the "Basic"/"Diluted" rows under it per-share
amounts; the rows under "Net sales:" before its total are its parts. A bank's
highlight rows (`edgarkg.text.bank_rows`) are read too. A column headed by a
bare year is the document's fiscal year (`edgarkg.text.fiscal_years`).
Tables whose every cell is a fact (vote results, beneficial ownership) are
`edgarkg.text.cell_tables`'.

Most lines of a document are prose: a line is read as a row only when a table
may start there (a gap between cells and a digit) or a table being read
reaches it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from edgarkg.text.bank_rows import bank_row
from edgarkg.text.column_periods import QUARTER_CODE, Heading, change_columns, column_period, length_phrase
from edgarkg.text.columns import split_tabs, split_wide
from edgarkg.text.dollar_cells import dollar_cells, dollar_inside
from edgarkg.text.fiscal_years import FiscalYears
from edgarkg.text.metrics import CONCEPT_KEYS as _CONCEPT_KEYS
from edgarkg.text.metrics import concept_for
from edgarkg.text.numbers import find_dates, parse_number, scale_line, scale_note
from edgarkg.text.sentences import Segment, lines

__all__ = ["Table", "TableValue", "read_tables"]


@dataclass(frozen=True, slots=True)
class TableValue:
    """One headline cell of a financial table, with its row, column period and scale applied."""

    row_start: int
    row_end: int
    label: str
    metric: str
    value: Decimal
    unit: str
    start: date | None
    end: date | None
    instant: date | None
    section: str | None = None
    section_is_org: bool = False
    title: str | None = None
    column: str | None = None
    row: str | None = None  # who or what a cell table's row is about: its values stay apart from other rows'


@dataclass
class Table:
    """A table of the reading text: its span (prose rules skip it) and its headline values."""

    span: tuple[int, int]
    values: list[TableValue]


@dataclass
class _Row:
    line: Segment
    label: str | None
    label_end: int
    cells: list[Segment]  # numeric cells
    is_header: bool = False


_NUMERIC_CELL = re.compile(r"^\$?\s*\(?\s*\$?\s*-?[\d,]*\.?\d+\s*\)?\s*%?$|^[-—–]+$|^\$$")
_YEAR_CELL = re.compile(
    r"^(?:19|20)\d\d(?:\*{0,2}|\([a-z\d]\)|/\d{1,2}/)$"
)  # "2006(a)", "1989/1/": a note's mark
_MONTH_DAY_CELL = re.compile(
    r"\t(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2},?(?=\t|$)", re.M
)
_QUARTER_CELL = re.compile(r"(?:[1-4]Q|Q[1-4])[ ]?['’]?[ ]?(?:(?:19|20)\d\d|\d\d)")
_SEPARATOR = re.compile(r"^[\s\-=_<>/A-Z]*$")
_MARKERS = re.compile(r"(?i)^\s*</?(?:table|caption|s|c|fn|page)>")
_HEADLINE = frozenset(
    [
        "ekg:revenue",
        "ekg:net-income",
        "ekg:eps",
        "ekg:eps-basic",
        "ekg:eps-diluted",
        "ekg:operating-income",
        "ekg:total-assets",
        "ekg:cash",
        "ekg:total-liabilities",
        "ekg:current-assets",
        "ekg:current-liabilities",
        "ekg:stockholders-equity",
        "ekg:gross-profit",
        "ekg:income-before-taxes",
        "ekg:income-tax",
        "ekg:research-and-development",
        "ekg:weighted-average-shares-basic",
        "ekg:weighted-average-shares-diluted",
        "ekg:shares-outstanding",
        "ekg:long-term-debt",
        "ekg:dividends-per-share",
    ]
)
# Rows that state a loss as an amount ("Net loss  $(4,200,103)"): the loss is the headline, unsigned.
_LOSS_ROW = re.compile(r"(?i)^(?:net\s+loss|loss\s+from\s+operations|operating\s+loss)\b(?!.*\bincome\b)")


def _part_of_sales(label: str, heading: str | None, currency: str) -> str | None:
    """ "Services" under "Net sales:" (before "Total net sales"): that part's sales, its own measure
    (a concept minted from "services net sales"); None for other rows."""
    if not heading or concept_for(heading, currency) != "ekg:revenue" or _NOT_HEADLINE.search(label):
        return None
    if concept_for(label, currency) in _CONCEPT_KEYS or not re.search(r"[A-Za-z]", label):
        return None  # a measure of its own ("Cost of sales", "Gross margin"), not a part
    slug = re.sub(r"[^a-z0-9]+", "-", f"{label} {heading}".lower()).strip("-")[:60].strip("-")
    return f"ekg:{slug}"


# A row that is an income or a loss, as the sign says: "Net income (loss)", "Earnings (Loss) from Operations".
_EITHER_LOSS = re.compile(r"(?i)\b(?:income|earnings?|profit)\s*\(\s*loss\s*\)")
_NOT_HEADLINE = re.compile(
    r"(?i)\b(?:cost|deferred|unearned|selling|receivables?|allowance|kilowatt|kwh|change|excluding|"
    r"cumulative\s+effect|marketable|payable|accrued|other|liabilities\s+and|minority|comprehensive|per\s+cent"
    r"|current\s+portion|short-term|retained|accumulated|deficit)\b"
)
# the whole debt, or the part due after a year ("Long-term debt, less portion payable within one year")
_WITH_CURRENT = re.compile(
    r"(?i)\(\s*including\s+(?:the\s+)?current\s+portion\s*\)"
    r"|,?\s*\b(?:less|excluding|net\s+of)\s+(?:the\s+)?(?:current\s+)?(?:portion|maturities)\b"
    r"(?:\s+(?:payable|due)\s+within\s+one\s+year)?"
)
_INSTANT_METRICS = frozenset(
    [
        "ekg:cash",
        "ekg:total-assets",
        "ekg:current-assets",
        "ekg:total-liabilities",
        "ekg:current-liabilities",
        "ekg:stockholders-equity",
        "ekg:shares-outstanding",
        "ekg:long-term-debt",
    ]
)
_CAPTION_WORDS = frozenset(
    [
        "earnings",
        "income",
        "revenues",
        "revenue",
        "sales",
        "expenses",
        "account",
        "assets",
        "liabilities",
        "equity",
        "shares",
        "share",
        "business",
        "generation",
        "fuels",
        "consolidated",
        "total",
        "notes",
        "operating",
        "net",
        "basic",
        "diluted",
        "per",
        "cash",
        "flows",
        "statements",
        "balance",
    ]
)


def read_tables(text: str, fiscal: FiscalYears | None = None) -> list[Table]:
    """The financial tables of a reading text (tab-separated HTML rows or space-aligned plain text).

    `fiscal`: where the document's years end; a column headed by a bare year ("2003  2002  2001")
    is that fiscal year (without it such a column has no period and is not read)."""
    segs = _Lines(text)
    rows = _Rows(segs)
    tables: list[Table] = []
    i, n = 0, len(segs)
    last_end, last_scale = -(10**9), None  # the table before: a block under it shares its scale note
    while i < n:
        if not _may_hold_data(segs.text(i)) or rows[i] is None or rows[i].is_header:
            i += 1
            continue
        j, gaps, data = i, 0, 0
        while j < n and gaps <= 2:
            r = rows[j]
            if r is None:
                seg = segs.text(j)
                if seg.strip() == "" or _MARKERS.match(seg) or _SEPARATOR.match(seg) or len(seg.strip()) < 70:
                    gaps = gaps + 1 if seg.strip() == "" else 0
                    j += 1
                    continue
                break
            if r.is_header and data:
                break
            data += 0 if r.is_header else 1
            gaps = 0
            j += 1
        if data >= 2:
            near = last_scale if i - last_end <= _SCALE_CARRY else None
            table, last_scale = _table(text, segs, rows, i, j, fiscal, near)
            tables.append(table)
            last_end = j
        i = max(j, i + 1)
    return _from_fiscal_year_start(tables)


def _from_fiscal_year_start(tables: list[Table]) -> list[Table]:
    """ "Six Months Ended April 1, 2000" of a 52/53-week year whose first quarter had 14 weeks starts
    the day after the fiscal year end the balance sheet shows ("September 25, 1999"), a week before
    26 weeks back: a period that starts up to a week after such a day starts on it. A fiscal year
    column ("February 3, 2006" beside "January 28, 2005") starts the day after the year before it
    ended, up to a week either side of a year back."""
    year_ends = sorted(
        {v.instant for t in tables for v in t.values if v.metric in _INSTANT_METRICS and v.instant}
        | {v.end for t in tables for v in t.values if v.start and v.end and _is_year(v.start, v.end)}
    )
    if not year_ends:
        return tables
    week = timedelta(days=7)
    for t in tables:
        for k, v in enumerate(t.values):
            if v.start is None or v.end is None:
                continue
            near = bisect_left(year_ends, v.start - timedelta(days=8))  # a year end 2 to 8 days before
            first = None
            if near < len(year_ends) and year_ends[near] <= v.start - timedelta(days=2):
                first = year_ends[near] + timedelta(days=1)
            elif _is_year(v.start, v.end):
                day_before = v.start - timedelta(days=1)
                close = [e for e in year_ends[near:] if abs(e - day_before) <= week and e != day_before]
                first = min(close, key=lambda e: abs(e - day_before)) + timedelta(days=1) if close else None
            if first is not None and first < v.end:
                t.values[k] = replace(v, start=first)
    return tables


def _is_year(start: date, end: date) -> bool:
    return 357 <= (end - start).days <= 371


class _Rows:
    """`_row` of each line, read when first asked for: most lines are prose, and a table is only looked
    for from a line that may hold data (`_may_hold_data`), its headings from the lines just above it."""

    def __init__(self, segs: _Lines) -> None:
        self.segs = segs
        self.read: dict[int, _Row | None] = {}

    def __len__(self) -> int:
        return len(self.segs)

    def __getitem__(self, i: int) -> _Row | None:
        if i not in self.read:
            self.read[i] = _row(self.segs[i])
        return self.read[i]

    def span(self, i: int, j: int) -> list[_Row | None]:
        return [self[k] for k in range(i, j)]


def _may_hold_data(t: str) -> bool:
    """A data row has cells (a tab, a gap of two spaces, or "$" amounts after a dot leader) and a
    digit in one of them."""
    return ("\t" in t or "  " in t.strip() or (".." in t and t.count("$") >= 2)) and bool(_DIGIT.search(t))


_DIGIT = re.compile(r"\d")


class _Lines:
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


def _line_at(segs: _Lines, i: int) -> str:
    return segs.text(i) if 0 <= i < len(segs) else ""


def _row(seg: Segment) -> _Row | None:
    """A line with numbers in cells: a data row (label and numbers) or a header row (dates, years)."""
    t = seg.text
    if not t.strip() or _MARKERS.match(t):
        return None
    if not _maybe_row(t):
        return None  # no digit, "$" or period word: neither numbers nor a header (the common prose line)
    tabbed = "\t" in t
    header: bool | None = None  # read only when the answer depends on it
    if not tabbed and "  " not in t.strip():  # one cell: a row only as a header (the common wrapped line)
        dollars = dollar_cells(seg)  # "Total assets...... $6,405,209 $10,518,243": single spaces
        if dollars is not None:
            cells = dollars
        elif not _header_text(t):
            return None
        else:
            cells = _split(seg, tabbed=False)
            header = True
    else:
        cells = _split(seg, tabbed)
        if not tabbed and "$" in t and any(dollar_inside(c.text) for c in cells):
            cells = dollar_cells(seg) or cells  # "Net income..... $  562,135 $   684,762": "$" ends a cell
        if len(cells) < 2:
            header = _header_text(t)
            if not header:
                return None
    numeric = [c for c in cells if _NUMERIC_CELL.match(c.text.replace(" ", "")) and c.text.strip() != "$"]
    if not any(
        parse_number(_bare(c.text)) is not None and not _YEAR_CELL.match(c.text.strip()) for c in numeric
    ) and (header if header is not None else _header_text(t)):
        return _Row(seg, None, seg.start, [], is_header=True)
    years = [c for c in cells if _YEAR_CELL.match(c.text.strip())]
    if (
        years
        and (len(years) == len(numeric) or len(years) == len(cells))
        and all("," not in c.text and "$" not in c.text for c in years)
    ):
        return _Row(seg, None, seg.start, [], is_header=True)
    if not numeric or all(_DASHES.fullmatch(c.text.strip()) for c in numeric):
        return None
    first = cells[0]
    if first is numeric[0]:
        return _Row(seg, None, seg.start, numeric)
    if not tabbed and first.end > numeric[0].start:
        return None
    taken = {id(c) for c in numeric}
    label_cells = [c for c in cells if c.end <= numeric[0].start and id(c) not in taken]
    label = " ".join(c.text for c in label_cells)
    if len(label) > 200 or label.rstrip().endswith((".", ";")) and len(label) > 100:
        return None
    return _Row(seg, label, label_cells[-1].end if label_cells else seg.start, numeric)


_DASHES = re.compile(r"[-—–=_]+")
# A cell: what lies between tabs, or (space-aligned text) between tabs and runs of two or more spaces.
_TAB_CELL = re.compile(r"[^\t]+")
# (runs of other characters joined by single spaces: no alternation tried at every character)
_WIDE_CELL = re.compile(r"[^\t ]+(?: [^\t ]+)*+")


def _split(seg: Segment, tabbed: bool) -> list[Segment]:
    """`split_tabs` / `split_wide` of a line in one pass: each cell found whole, then stripped."""
    out: list[Segment] = []
    for m in (_TAB_CELL if tabbed else _WIDE_CELL).finditer(seg.text):
        region = m.group()
        left = region.lstrip()
        if left:
            cell = left.rstrip()
            a = seg.start + m.end() - len(left)
            out.append(Segment(cell, a, a + len(cell)))
    return out


def _header_text(t: str) -> bool:
    """Column headings: dates, period lengths, years, quarters ("2Q21"); not a paragraph that names
    a period ("Second quarter results include one month impact of ...")."""
    if not (_YEARISH.search(t) or _PERIOD_WORD.search(t)):
        return ("Q" in t and QUARTER_CODE.search(t) is not None) or (
            "\t" in t and len(_MONTH_DAY_CELL.findall(t)) >= 2  # "Dollars in millions  June 30  March 31"
        )
    if (len(t) > 200 and _SENTENCE_END.search(t)) or (t.rstrip().endswith(".") and t.count(" ") >= 6):
        return False  # a sentence: "Conversion ... is expected to occur in October 2021."
    if length_phrase(t):
        return True
    if len(t.strip()) >= 160 or _SENTENCE_END.search(t):
        return False
    return bool(find_dates(t) or ("Q" in t and QUARTER_CODE.search(t)))


def _maybe_row(t: str) -> bool:
    """A digit, "$" or a period word: what every data row and header holds (most prose lines do not)."""
    return bool(_DIGIT_OR_DOLLAR.search(t) or _PERIOD_WORD.search(t))


# The line tests run on every line of a document (an HTML paragraph is one long line): each pattern
# starts with a plain character set, so the scan skips other characters at C speed.
_DIGIT_OR_DOLLAR = re.compile(r"[\d$]")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_PERIOD_WORD = re.compile(r"[WMQYwmqy](?<!\w.)(?i:(?<=w)eeks?|(?<=m)onths?|(?<=q)uarter|(?<=y)ear)\b")
_SENTENCE_END = re.compile(r"[.;]\s")


def _bare(cell: str) -> str:
    return cell.replace("$", "").replace("%", "").replace(" ", "").strip()


_SCALE_CARRY = 12  # lines between two blocks of one table ("Year ended June 30," over "June 30,")
_Scale = tuple[Decimal, Decimal, Decimal]


def _table(
    text: str, segs: _Lines, rows: _Rows, i: int, j: int, fiscal: FiscalYears | None, carry: _Scale | None
) -> tuple[Table, _Scale | None]:
    """The table of rows i..j, and its scale note; `carry` is the note of a table just above, which a
    second block ("Balance Sheet Data" under "June 30,") without a note of its own shares."""
    data = [r for r in rows.span(i, j) if r is not None and not r.is_header and r.cells]
    counts: dict[int, int] = {}
    for r in data:
        counts[len(r.cells)] = counts.get(len(r.cells), 0) + 1
    ncols = max(counts, key=lambda n: (counts[n], n))
    head_start = i
    k = i - 1
    while k >= 0 and i - k <= 16:
        line = _line_at(segs, k)
        if rows[k] is not None and not rows[k].is_header:
            break
        if not line.strip() and i - k > 2 and k + 1 < i and not _line_at(segs, k + 1).strip():
            break
        if _PAGE_MARK.match(line):
            break  # "F-3", "Table of Contents": the heading is on the table's page (not an auditor's date)
        head_start = k
        k -= 1
    header_rows = [rows[k] for k in range(head_start, j) if rows[k] is not None and rows[k].is_header]
    header_text = "\n".join(_line_at(segs, k) for k in range(head_start, i))
    tabbed = any("\t" in r.line.text for r in data)
    if not tabbed:  # every line over the numbers may hold part of a column's heading
        paragraph = _paragraph_lines(segs, head_start, i)
        header_rows = [
            _Row(seg, None, seg.start, [], is_header=True)
            for k, seg in ((k, segs[k]) for k in range(head_start, i))
            if seg.text.strip()
            and k not in paragraph
            and not _MARKERS.match(seg.text)
            and not _SEPARATOR.match(seg.text)
            and (rows[k] is None or rows[k].is_header)
        ]
    columns = _columns_tabbed(header_rows, ncols) if tabbed else _columns_aligned(header_rows, data, ncols)
    # the heading lines only: a dateline's "Jan. 15, 2021" in the prose above is no column's day
    heads = [x for x in header_text.split("\n") if not _prose_line(x.strip())]
    heading = Heading("\n".join(heads))
    periods = [column_period(h, heading) or _bare_year(h, fiscal) for h in columns]
    changes = _changes(header_rows, ncols) if tabbed else frozenset()
    for col in changes:
        periods[col] = None  # "% Change from  Sep 30, 2021  Dec 31, 2020": changes, not those dates' values
    notes = (
        scale_note(header_text)
        or scale_line(header_text)  # "In millions, except per share data" over the columns
        or scale_note(  # a note among the rows, not a row's own scale: "Total loans (in billions)"
            _ROW_SCALE.sub("", " ".join(r.line.text for r in rows.span(i, j) if r is not None)[:2000])
        )
    )
    notes = notes or carry
    amounts, share_scale, _ = notes or (Decimal(1), Decimal(1), Decimal(1))
    currency = "EUR" if "€" in header_text else "GBP" if "£" in header_text else "USD"
    named = [  # not the auditor a paragraph over it names: a block of lines with a wrapped sentence
        x
        for block in _BLANK_LINE.split(header_text)
        if not any(_wrapped_prose(y) for y in block.split("\n"))
        for x in block.split("\n")
        if not _prose_line(x.strip())
    ]
    title = " ".join(" ".join(named).split())[:300] or None  # "Initech Canada", not a paragraph
    values: list[TableValue] = []
    section: str | None = None
    section_is_org = False
    section_open = False  # rows since the section's heading, before its total
    caption = header_text.rstrip().rsplit("\n", 1)[-1].strip()
    if caption.endswith(":") and not _DIGIT.search(caption) and (first := _section(caption)) is not None:
        section, section_is_org = first  # "Net sales:" just over the first row heads it
        section_open = True
    prev_text_line = ""
    prev_label = ""
    start_line = rows[i].line.start if rows[i] else 0
    for k in range(i, j):
        r = rows[k]
        if r is None:
            t = _line_at(segs, k).strip()
            if t and not _SEPARATOR.match(t):
                rescale = scale_note(t) if "(" in t and len(t) < 120 else None
                if rescale is not None:  # "Selected Balance Sheet Data ($ in billions)" over its rows
                    amounts, share_scale = rescale[0], rescale[1]
                heading = _section(t)
                if heading is not None:
                    section, section_is_org = heading
                    section_open = True
                    prev_label = ""
                # a label wrapped over lines: "Long-term debt, less" / "portion payable within" / "one year"
                prev_text_line = f"{prev_text_line} {t}" if t[:1].islower() and prev_text_line else t
            continue
        if r.is_header or r.label is None:
            continue
        label = " ".join(r.label.split())
        if label.strip(" :$").lower() == "total" and _before_liabilities(text, start_line, r.line.start):
            label = "Total assets"  # a balance sheet's first "TOTAL" sums the assets
        if (label[:1].islower() or label[:1] == "(") and prev_text_line:  # "Long-term Debt" over "(including
            label = f"{prev_text_line} {label}"
        elif label.startswith("-") and prev_label:  # "- As Reported" under "Net Income - Excluding ..."
            label = f"{prev_label.split(' - ')[0]} {label.lstrip('- ')}"
        else:
            prev_label = label
        prev_text_line = ""
        values.extend(
            _row_values(
                r,
                label,
                section,
                section_is_org,
                title,
                columns,
                periods,
                ncols,
                tabbed,
                amounts,
                share_scale,
                currency,
                parts_of=section if section_open and not section_is_org else None,
                changes=changes,
            )
        )
        if label.lower().startswith("total"):
            section_open = False  # the total closes the list of its parts
    end_line = segs[j - 1].end
    return Table((start_line, end_line), values), notes


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_lines(segs: _Lines, a: int, b: int) -> set[int]:
    """Lines a..b-1 that belong to a paragraph (a block between blank lines with a wrapped sentence
    in it): no column's heading, however its words fall over the columns."""
    out: set[int] = set()
    block: list[int] = []
    for k in [*range(a, b), -1]:
        line = _line_at(segs, k) if k >= 0 else ""
        if line.strip():
            block.append(k)
            continue
        if any(_wrapped_prose(_line_at(segs, n)) for n in block):
            out.update(block)
        block = []
    return out


def _wrapped_prose(x: str) -> bool:
    """A line of a paragraph wrapped at 80 characters: eight words or more, half of them in lower
    case ("Co., independent public accountants, whose report thereon is incorporated by")."""
    words = x.split()
    return len(words) >= 8 and 2 * sum(w[:1].islower() for w in words) >= len(words)


def _prose_line(x: str) -> bool:
    """A line of a paragraph, not a heading (the look-back over a table also passes the prose above
    it): long, ending as a clause does, or a sentence of six words or more ("The PNC Financial
    Services Group, Inc. (NYSE: PNC) today reported:"); "JUNGLEE CORP." and "Consolidated
    Statements of Income" are headings."""
    if len(x) > 120 or x.endswith(";"):
        return True
    return x.count(" ") >= 5 and (x.endswith(".") or _SENTENCE_END.search(x) is not None)


_BARE_YEAR = re.compile(r"(?i)\s*(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\s*\**\s*")  # "2012*": a footnote


def _bare_year(header: str, fiscal: FiscalYears | None) -> tuple[date, date, None] | None:
    """A column headed by a year alone ("2003", "Fiscal 2003") is the document's fiscal year."""
    m = _BARE_YEAR.fullmatch(header) if fiscal is not None else None
    if m is None or fiscal is None:
        return None
    start, end = fiscal.year(int(m.group(1)))
    return start, end, None


_YEAR_COUNT = re.compile(r"\b((?:19|20)\d\d),\s*(\d{1,3}(?:,\d{3})+)\b")
_RESPECTIVE = re.compile(
    r"(\d{1,3}(?:,\d{3})+)\s+and\s+(\d{1,3}(?:,\d{3})+)\s+shares\s+issued\s+and\s+outstanding,?\s+respectively"
)


def _label_counts(label: str, periods: list) -> Iterator[tuple[Decimal, int]]:
    """Share counts a balance-sheet label states per column: "shares outstanding: 1997, 6,962,500; 1996,
    6,825,000" or "921,035,475 and 915,970,050 shares issued and outstanding, respectively"."""
    if not re.search(r"(?i)\boutstanding\b", label):
        return
    resp = _RESPECTIVE.search(label)
    if resp and len(periods) == 2:
        for col, token in enumerate(resp.groups()):
            if periods[col] is not None:
                yield Decimal(token.replace(",", "")), col
        return
    tail = label[re.search(r"(?i)\boutstanding\b", label).end() :]
    for year, token in _YEAR_COUNT.findall(tail):
        cols = [
            n
            for n, p in enumerate(periods)
            if p is not None and (p[2] or p[1]) and (p[2] or p[1]).year == int(year)
        ]
        if len(cols) == 1:
            yield Decimal(token.replace(",", "")), cols[0]


def _decimals(cell: str) -> bool:
    """A per-share figure ("1.84", ".09") or a placeholder; amounts in thousands have no cents."""
    bare = _bare(cell).strip("()")
    return bare in ("-", "—", "–", "--") or bool(re.fullmatch(r"-?\d*\.\d{2,3}", bare))


def _before_liabilities(text: str, table_start: int, pos: int) -> bool:
    above = text[max(0, table_start - 600) : pos].lower()
    return "assets" in above and "liabilities" not in above


def _section(t: str) -> tuple[str, bool] | None:
    """A heading row inside a table: "Springfield Power -" names a company, "EARNINGS PER SHARE:" a caption.
    Label continuations ("and services", "shares outstanding: 1997, 6,962,500") are not headings."""
    if t[:1].islower() or re.search(r"\d{1,3},\d{3}", t):
        return None
    name = re.sub(r"[\s:\-–—]+$", "", re.sub(r"\(.*?\)", "", t)).strip()
    words = name.split()
    is_org = (
        t.rstrip().endswith("-")
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not ({w.lower().strip(",") for w in words} & _CAPTION_WORDS)
    )
    return name, is_org


def _changes(header_rows: list[_Row], ncols: int) -> frozenset[int]:
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


def _columns_tabbed(header_rows: list[_Row], ncols: int) -> list[str]:
    cols = [""] * ncols
    for h in header_rows:
        cells = [c.text for c in split_tabs(h.line)]
        if len(cells) == ncols + 1 and not (find_dates(cells[0]) or length_phrase(cells[0])):
            cells = cells[1:]
        elif len(cells) > ncols:  # "In millions  2Q21  1Q21  2Q20  Second Quarter Highlights"
            dated = [c for c in cells if _QUARTER_CELL.fullmatch(c) or _YEAR_CELL.match(c)]
            if len(dated) == ncols:
                cells = dated
        if not cells or ncols % len(cells):
            continue
        span = ncols // len(cells)
        for n, c in enumerate(cells):
            for col in range(n * span, (n + 1) * span):
                cols[col] = f"{cols[col]} {c}".strip()
    return cols


def _columns_aligned(header_rows: list[_Row], data: list[_Row], ncols: int) -> list[str]:
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


_DOT_LEADER = re.compile(r"\.{2,}.*$")
_NOTE_MARK = re.compile(r"(?i)\((?:see\s+notes?|notes?|\d)\)|\s\(\d\)")
_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
_FOOTNOTE_SECTION = re.compile(r"\(?\d\)|includes\b|\*")
_PER_SHARE_WORDS = re.compile(r"(?i)\bper\s+(?:common\s+(?:and\s+common\s+equivalent\s+)?)?share\b|\beps\b")
_SHARES_WORD = re.compile(r"(?i)\bshares\b")
_SHARES_SECTION = re.compile(r"(?:shares|weighted|average)\b")
_CHANGE_ROW = re.compile(r"(?i)\b(?:beginning|increase|decrease)\b")
_ROW_SCALE = re.compile(r"(?i)\(in\s+(thousands|millions|billions)\)")
_INCOME_TO_SHARES = re.compile(r"(?i)\b(?:income|earnings|loss)\b.*\battributable\s+to\b")
_PAGE_MARK = re.compile(r"(?i)\s*(?:(?:[A-Z]{1,2}-)?\d{1,3}|table\s+of\s+contents|page\s+\d{1,3})\s*$")
_RATIO_ROW = re.compile(r"(?i)\sto\s+(?:total|average)\s")
_NON_GAAP = re.compile(r"(?i)\s*\(non-?gaap\)")
_ROW_SCALES = {"thousands": Decimal(1000), "millions": Decimal(10) ** 6, "billions": Decimal(10) ** 9}


def _row_values(
    r: _Row,
    label: str,
    section: str | None,
    section_is_org: bool,
    title: str | None,
    columns: list[str],
    periods: list[tuple[date | None, date | None, date | None] | None],
    ncols: int,
    tabbed: bool,
    amounts: Decimal,
    share_scale: Decimal,
    currency: str,
    parts_of: str | None = None,
    changes: frozenset[int] = frozenset(),
) -> Iterator[TableValue]:
    """The values of a headline row (or a bank highlight row, or a part of a sales heading's total:
    "Products" under "Net sales:", `parts_of` being that heading while its total is still to come)."""
    clean = _NOTE_MARK.sub("", _DOT_LEADER.sub("", label)).strip(" :-$")
    sec = (section or "").lower() if not section_is_org else ""
    if _THOUSANDS.search(clean):
        for value, col in _label_counts(clean, periods):
            _, end, instant = periods[col]
            column = columns[col] if col < len(columns) else None
            yield TableValue(
                r.line.start, r.line.end, "shares outstanding", "ekg:shares-outstanding", value, "shares",
                None, None, instant or end, section, section_is_org, title, column,
            )  # fmt: skip
        return  # a label that holds its own numbers is not a headline row
    if _FOOTNOTE_SECTION.match(sec):
        return  # footnote tables
    if _PER_SHARE_WORDS.search(clean):
        per_share, shares = True, False
    elif (
        _SHARES_WORD.search(clean) and not _INCOME_TO_SHARES.search(clean)
    ) or (  # not "Net income attributable to diluted common shares"
        _SHARES_SECTION.match(sec) or "shares used" in sec
    ):
        per_share, shares = False, True
    elif _PER_SHARE_WORDS.search(sec) and (
        concept_for(clean, currency) not in _HEADLINE or all(_decimals(c.text) for c in r.cells)
    ):
        per_share, shares = True, False  # "Net Income  $1.84" under "DILUTED EARNINGS PER SHARE:"
    else:
        per_share = shares = False
    context = f"{section} {clean}" if (per_share or shares) and sec else clean
    unit = f"{currency}/share" if per_share else "shares" if shares else currency
    metric = concept_for(context, unit)
    if per_share and metric not in ("ekg:eps-basic", "ekg:eps-diluted", "ekg:dividends-per-share"):
        metric = "ekg:eps"
    loss = bool(_LOSS_ROW.match(clean)) and not per_share and not shares
    bank = bank_row(_ROW_SCALE.sub("", clean) if "(in " in clean else clean)  # "Net interest margin"
    if bank is None and per_share and "ook value" in clean:  # "Book value" under "Per Common Share"
        bank = bank_row(f"{_NON_GAAP.sub('', clean)} per share")
    if bank is not None:
        metric, kind, _ = bank
        per_share, shares, loss = kind == "per-share", False, False
        unit = f"{currency}/share" if per_share else "percent" if kind == "percent" else currency
    elif (metric not in _HEADLINE and not loss) or (
        _NOT_HEADLINE.search(_WITH_CURRENT.sub("", clean)) and not per_share and not shares
    ):
        part = _part_of_sales(clean, parts_of, currency) if not (per_share or shares or loss) else None
        if part is None:
            return
        metric = part
    if _CHANGE_ROW.search(clean) or (bank is None and _RATIO_ROW.search(clean)):
        return  # a change, or a ratio: "Noninterest income to total revenue  45  44  38"
    if metric == "ekg:long-term-debt" and "current" in sec:
        return  # the current portion, under current liabilities
    row_scale = _ROW_SCALE.search(label)
    if per_share or unit == "percent":
        scale = Decimal(1)
    elif row_scale:
        scale = _ROW_SCALES[row_scale.group(1).lower()]
    elif shares:
        scale = share_scale
    else:
        scale = amounts
    cells = r.cells
    if changes and len(cells) == ncols - len(changes):  # a ratio row: no change cells
        placed = list(zip([c for c in range(ncols) if c not in changes], cells, strict=True))
    elif tabbed or len(cells) == ncols:
        placed = (
            list(zip(range(ncols - len(cells), ncols), cells, strict=False)) if len(cells) <= ncols else []
        )
    else:
        placed = []
    if not placed and not tabbed and columns:
        placed = []  # cells that do not line up with the header are left alone
    for col, cell in placed:
        if col < 0 or col >= len(periods) or periods[col] is None:
            continue
        if "%" in cell.text and unit != "percent":
            continue  # "Total U.S. Industry Truck Sales  100.0%": a share, not an amount
        raw = _bare(cell.text)
        if raw.startswith("(") and ")" not in raw:
            raw += ")"  # "(2,996,543<tab>)": the parenthesis closed in a cell of its own
        value = parse_number(raw)
        if value is None:
            continue
        start, end, instant = periods[col]
        if (metric in _INSTANT_METRICS or (bank and bank[2])) and end is not None:
            start, end, instant = None, None, end
        shown_metric, shown_label = metric, clean
        if loss:
            value = abs(value)
        elif value < 0 and not per_share and not shares and _EITHER_LOSS.search(clean):
            # "Net earnings (loss)  $(3,224,953)": in this column, the loss it states
            shown_label = _EITHER_LOSS.sub("loss", clean)
            value, shown_metric = -value, concept_for(shown_label, unit)
        yield TableValue(
            r.line.start,
            r.line.end,
            shown_label,
            shown_metric,
            value * scale,
            unit,
            start,
            end,
            instant,
            section,
            section_is_org,
            title,
            columns[col] if col < len(columns) else None,
        )
