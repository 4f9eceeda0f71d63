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
reaches it. The grid (lines, cells, data and heading rows, column headings) is
`edgarkg.text.table_rows`', the values of each row `edgarkg.text.table_values`'; here are the
tables' extent, headings, scale and column periods.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from edgarkg.text.column_periods import Heading, column_period
from edgarkg.text.fiscal_years import FiscalYears
from edgarkg.text.numbers import find_dates, scale_line, scale_note, table_currency
from edgarkg.text.table_rows import (
    DIGIT,
    MARKERS,
    SENTENCE_END,
    SEPARATOR,
    Lines,
    Row,
    Rows,
    changed_columns,
    columns_aligned,
    columns_tabbed,
    line_at,
    may_hold_data,
)
from edgarkg.text.table_values import INSTANT_METRICS, ROW_SCALE, Table, TableValue, row_values

__all__ = ["Table", "TableValue", "read_tables"]


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
    segs = Lines(text)
    rows = Rows(segs)
    tables: list[Table] = []
    i, n = 0, len(segs)
    last_end, last_scale = -(10**9), None  # the table before: a block under it shares its scale note
    last_day: _Period = None  # and a report of condition's day
    while i < n:
        if not may_hold_data(segs.text(i)) or rows[i] is None or rows[i].is_header:
            i += 1
            continue
        j, gaps, data = i, 0, 0
        while j < n and gaps <= 2:
            r = rows[j]
            if r is None:
                seg = segs.text(j)
                if seg.strip() == "" or MARKERS.match(seg) or SEPARATOR.match(seg) or len(seg.strip()) < 70:
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
            near = (last_scale, last_day) if i - last_end <= _SCALE_CARRY else (None, None)
            table, last_scale, last_day = _table(text, segs, rows, i, j, fiscal, *near)
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
        {v.instant for t in tables for v in t.values if v.metric in INSTANT_METRICS and v.instant}
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


_SCALE_CARRY = 12  # lines between two blocks of one table ("Year ended June 30," over "June 30,")
_Scale = tuple[Decimal, Decimal, Decimal]
_Period = tuple[date | None, date | None, date | None] | None


def _table(
    text: str,
    segs: Lines,
    rows: Rows,
    i: int,
    j: int,
    fiscal: FiscalYears | None,
    carry: _Scale | None,
    day: _Period = None,
) -> tuple[Table, _Scale | None, _Period]:
    """The table of rows i..j, its scale note and its close-of-business day; `carry` and `day` are the
    note and day of a table just above, which a second block ("Balance Sheet Data" under "June 30,";
    a report of condition's liabilities under its assets) without its own shares."""
    data = [r for r in rows.span(i, j) if r is not None and not r.is_header and r.cells]
    counts: dict[int, int] = {}
    for r in data:
        counts[len(r.cells)] = counts.get(len(r.cells), 0) + 1
    ncols = max(counts, key=lambda n: (counts[n], n))
    head_start = i
    k = i - 1
    while k >= 0 and i - k <= 16:
        line = line_at(segs, k)
        if rows[k] is not None and not rows[k].is_header:
            break
        if not line.strip() and i - k > 2 and k + 1 < i and not line_at(segs, k + 1).strip():
            break
        if _PAGE_MARK.match(line):
            break  # "F-3", "Table of Contents": the heading is on the table's page (not an auditor's date)
        head_start = k
        k -= 1
    header_rows = [rows[k] for k in range(head_start, j) if rows[k] is not None and rows[k].is_header]
    header_text = "\n".join(line_at(segs, k) for k in range(head_start, i))
    tabbed = any("\t" in r.line.text for r in data)
    if not tabbed:  # every line over the numbers may hold part of a column's heading
        paragraph = _paragraph_lines(segs, head_start, i)
        header_rows = [
            Row(seg, None, seg.start, [], is_header=True)
            for k, seg in ((k, segs[k]) for k in range(head_start, i))
            if seg.text.strip()
            and k not in paragraph
            and not MARKERS.match(seg.text)
            and not SEPARATOR.match(seg.text)
            and (rows[k] is None or rows[k].is_header)
        ]
    columns = columns_tabbed(header_rows, ncols) if tabbed else columns_aligned(header_rows, data, ncols)
    # the heading lines only: a dateline's "Jan. 15, 2021" in the prose above is no column's day
    heads = [x for x in header_text.split("\n") if not _prose_line(x.strip())]
    heading = Heading("\n".join(heads))
    periods = [column_period(h, heading) or _bare_year(h, fiscal) for h in columns]
    cob: _Period = None  # a report of condition's day: its own heading's, or the block above's
    if ncols == 1 and periods[0] is None:
        cob = periods[0] = _close_of_business(header_text) if "close of business" in header_text else day
    changes = changed_columns(header_rows, ncols) if tabbed else frozenset()
    for col in changes:
        periods[col] = None  # "% Change from  Sep 30, 2021  Dec 31, 2020": changes, not those dates' values
    notes = (
        scale_note(header_text)
        or scale_line(header_text)  # "In millions, except per share data" over the columns
        or scale_note(  # a note among the rows, not a row's own scale: "Total loans (in billions)"
            ROW_SCALE.sub("", " ".join(r.line.text for r in rows.span(i, j) if r is not None)[:2000])
        )
    )
    notes = notes or carry
    amounts, share_scale, _ = notes or (Decimal(1), Decimal(1), Decimal(1))
    currency = table_currency(header_text) or (
        "EUR" if "€" in header_text else "GBP" if "£" in header_text else "USD"
    )
    named = [  # not the auditor a paragraph over it names: a block of lines with a wrapped sentence
        x
        for block in _BLANK_LINE.split(header_text)
        if not any(_wrapped_prose(y) for y in block.split("\n"))
        for x in block.split("\n")
        if not _prose_line(x.strip())
    ]
    title = " ".join(" ".join(named).split())[:300] or None  # "Initech Canada", not a paragraph
    capital = "apitaliz" in header_text.lower()  # "CAPITALIZATION", "sets forth our ... capitalization"
    values: list[TableValue] = []
    section: str | None = None
    section_is_org = False
    section_open = False  # rows since the section's heading, before its total
    caption = header_text.rstrip().rsplit("\n", 1)[-1].strip()
    if caption.endswith(":") and not DIGIT.search(caption) and (first := _section(caption)) is not None:
        section, section_is_org = first  # "Net sales:" just over the first row heads it
        section_open = True
    prev_text_line = ""
    prev_label = ""
    start_line = rows[i].line.start if rows[i] else 0
    for k in range(i, j):
        r = rows[k]
        if r is None:
            t = line_at(segs, k).strip()
            if t and not SEPARATOR.match(t):
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
            row_values(
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
                capital=capital,
                condition=cob is not None,
            )
        )
        if label.lower().startswith("total"):
            section_open = False  # the total closes the list of its parts
    end_line = segs[j - 1].end
    return Table((start_line, end_line), values), notes, cob


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# A bank's report of condition (a trustee's T-1): one column of amounts, no column heading, its date in
# the paragraph over it ("at the close of business March 31, 2023, published in accordance with ...").
_CLOSE_OF_BUSINESS = re.compile(r"(?i)\bat\s+the\s+close\s+of\s+business\s+(?:on\s+)?")


def _close_of_business(header_text: str) -> _Period:
    """The day a one-column table's heading says its figures stand at the close of business of."""
    m = _CLOSE_OF_BUSINESS.search(header_text)
    if m is None:
        return None
    dates = find_dates(header_text[m.end() : m.end() + 40])
    return (None, None, dates[0][0]) if dates and dates[0][1] == 0 else None


def _paragraph_lines(segs: Lines, a: int, b: int) -> set[int]:
    """Lines a..b-1 that belong to a paragraph (a block between blank lines with a wrapped sentence
    in it): no column's heading, however its words fall over the columns."""
    out: set[int] = set()
    block: list[int] = []
    for k in [*range(a, b), -1]:
        line = line_at(segs, k) if k >= 0 else ""
        if line.strip():
            block.append(k)
            continue
        if any(_wrapped_prose(line_at(segs, n)) for n in block):
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
    return x.count(" ") >= 5 and (x.endswith(".") or SENTENCE_END.search(x) is not None)


_BARE_YEAR = re.compile(r"(?i)\s*(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\s*\**\s*")  # "2012*": a footnote


def _bare_year(header: str, fiscal: FiscalYears | None) -> tuple[date, date, None] | None:
    """A column headed by a year alone ("2003", "Fiscal 2003") is the document's fiscal year."""
    m = _BARE_YEAR.fullmatch(header) if fiscal is not None else None
    if m is None or fiscal is None:
        return None
    start, end = fiscal.year(int(m.group(1)))
    return start, end, None


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


_PAGE_MARK = re.compile(r"(?i)\s*(?:(?:[A-Z]{1,2}-)?\d{1,3}|table\s+of\s+contents|page\s+\d{1,3})\s*$")
