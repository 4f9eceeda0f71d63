"""Financial tables of earnings releases and reports, read from the reading text.

Two layouts: HTML tables (`Document.view` puts one tab between cells) and
plain text aligned with spaces (EDGAR's `<TABLE>` with `<S>`/`<C>` marks, or
dot leaders). A table is a run of rows with numbers at their right; the lines
above its first row are its title and column headings. Each numeric column
gets its period from its heading ("Three Months Ended December 25, 2010",
"13 Weeks Ended" over "July 3, 2004", "12 Months Ended December" over
"2004"; a heading with a date and no length is an instant), and the table its
scale from a note ("(in thousands, except per share data)"). Only headline
rows become values — revenue, net income or loss, EPS, operating income,
income before taxes, total assets, cash, liabilities, equity, shares — with
parentheses read as negatives and a loss row ("Net loss  (4,200,103)") as the
loss it states. Section headings inside a table ("Springfield Power -") say whose
rows follow; "EARNINGS PER SHARE:" makes the "Basic"/"Diluted" rows under it
per-share amounts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from edgarkg.text.columns import split_tabs, split_wide
from edgarkg.text.metrics import concept_for
from edgarkg.text.numbers import find_dates, parse_number, period_from_words, scale_note
from edgarkg.text.sentences import Segment, lines

__all__ = ["Table", "TableValue", "read_tables", "read_vote_tables"]


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
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d\*{0,2}$")
_SEPARATOR = re.compile(r"^[\s\-=_<>/A-Z]*$")
_MARKERS = re.compile(r"(?i)^\s*</?(?:table|caption|s|c|fn|page)>")
_LENGTH_PHRASE = re.compile(
    r"(?i)(?=[\dotfsenqy])(?:\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|twenty[\s-]six|thirty[\s-]nine|fifty[\s-]two|fifty[\s-]three)[\s-]+(?P<unit>weeks?|months?)\b"
    r"|\b(?P<kind>quarter|year|fiscal\s+year)s?\s+ended\b)"
)
_MONTH_DAY = re.compile(
    r"(?i)\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ ](?P<day>\d{1,2})\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)(?![ \t]*(?:months?|weeks?)\b)"
)
_MONTH_DAY_ANY = re.compile(
    r"(?i)\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ ](?P<day>\d{1,2})\b"
    r"(?![ \t]*(?:months?|weeks?)\b)"
)
_MONTH_ONLY = re.compile(
    r"(?i)\bended\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!\s+\d)"
)
_FROM_TO = re.compile(
    r"(?i)\bfrom\s+(?P<a>[A-Za-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d).{0,30}?\bto\s+(?P<b>[A-Za-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)"
)
_CHANGE_COLUMN = re.compile(r"(?i)\b(?:change|variance|increase|decrease|%)")
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
    ]
)
# Rows that state a loss as an amount ("Net loss  $(4,200,103)"): the loss is the headline, unsigned.
_LOSS_ROW = re.compile(r"(?i)^(?:net\s+loss|loss\s+from\s+operations|operating\s+loss)\b(?!.*\bincome\b)")
_NOT_HEADLINE = re.compile(
    r"(?i)\b(?:cost|deferred|unearned|selling|receivables?|allowance|kilowatt|kwh|change|excluding|"
    r"cumulative\s+effect|marketable|payable|accrued|other|liabilities\s+and|minority|comprehensive|per\s+cent"
    r"|current\s+portion|short-term|retained|accumulated|deficit)\b"
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
_MONTH_NO = {
    m: i
    for i, m in enumerate(
        ["", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


def read_tables(text: str) -> list[Table]:
    """The financial tables of a reading text (tab-separated HTML rows or space-aligned plain text)."""
    segs = list(lines(text))
    rows = [_row(seg) for seg in segs]
    tables: list[Table] = []
    i = 0
    while i < len(rows):
        if rows[i] is None or rows[i].is_header:
            i += 1
            continue
        j, gaps, data = i, 0, 0
        while j < len(rows) and gaps <= 2:
            r = rows[j]
            if r is None:
                seg = segs[j].text
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
            tables.append(_table(text, segs, rows, i, j))
        i = max(j, i + 1)
    return tables


def _line_at(segs: Sequence[Segment], i: int) -> str:
    return segs[i].text if 0 <= i < len(segs) else ""


def _row(seg: Segment) -> _Row | None:
    """A line with numbers in cells: a data row (label and numbers) or a header row (dates, years)."""
    t = seg.text
    if not t.strip() or _MARKERS.match(t):
        return None
    if not _MAYBE_ROW.search(t):
        return None  # no digit, "$" or period word: neither numbers nor a header (the common prose line)
    cells = split_tabs(seg) if "\t" in t else split_wide(seg)
    if len(cells) < 2 and not _header_text(t):
        return None
    numeric = [c for c in cells if _NUMERIC_CELL.match(c.text.replace(" ", "")) and c.text.strip() != "$"]
    years = [c for c in cells if _YEAR_CELL.match(c.text.strip())]
    if _header_text(t) and not any(
        parse_number(_bare(c.text)) is not None and not _YEAR_CELL.match(c.text.strip()) for c in numeric
    ):
        return _Row(seg, None, seg.start, [], is_header=True)
    if (
        years
        and (len(years) == len(numeric) or len(years) == len(cells))
        and all("," not in c.text and "$" not in c.text for c in years)
    ):
        return _Row(seg, None, seg.start, [], is_header=True)
    if not numeric or all(re.fullmatch(r"[-—–=_]+", c.text.strip()) for c in numeric):
        return None
    first = cells[0]
    if first in numeric:
        return _Row(seg, None, seg.start, numeric)
    if "\t" not in t and first.end > numeric[0].start:
        return None
    label_cells = [c for c in cells if c.end <= numeric[0].start and c not in numeric]
    label = " ".join(c.text for c in label_cells)
    if len(label) > 200 or label.rstrip().endswith((".", ";")) and len(label) > 100:
        return None
    return _Row(seg, label, label_cells[-1].end if label_cells else seg.start, numeric)


def _header_text(t: str) -> bool:
    if not _HEADER_HINT.search(t):
        return False
    return bool(
        _LENGTH_PHRASE.search(t) or (len(t.strip()) < 160 and not re.search(r"[.;]\s", t) and find_dates(t))
    )


_MAYBE_ROW = re.compile(r"[\d$]|(?i:\b(?:weeks?|months?|quarter|year)\b)")
_HEADER_HINT = re.compile(r"(?i)(?:19|20)\d\d|\b(?:weeks?|months?|quarter|year)\b")


def _bare(cell: str) -> str:
    return cell.replace("$", "").replace("%", "").replace(" ", "").strip()


def _table(text: str, segs: Sequence[Segment], rows: list[_Row | None], i: int, j: int) -> Table:
    data = [r for r in rows[i:j] if r is not None and not r.is_header and r.cells]
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
        head_start = k
        k -= 1
    header_rows = [rows[k] for k in range(head_start, j) if rows[k] is not None and rows[k].is_header]
    header_text = "\n".join(_line_at(segs, k) for k in range(head_start, i))
    tabbed = any("\t" in r.line.text for r in data)
    if not tabbed:  # every line over the numbers may hold part of a column's heading
        header_rows = [
            _Row(seg, None, seg.start, [], is_header=True)
            for k, seg in ((k, segs[k]) for k in range(head_start, i))
            if seg.text.strip()
            and not _MARKERS.match(seg.text)
            and not _SEPARATOR.match(seg.text)
            and (rows[k] is None or rows[k].is_header)
        ]
    columns = _columns_tabbed(header_rows, ncols) if tabbed else _columns_aligned(header_rows, data, ncols)
    periods = [_column_period(h, header_text) for h in columns]
    notes = scale_note(header_text) or scale_note(
        " ".join(r.line.text for r in rows[i:j] if r is not None)[:2000]
    )
    amounts, share_scale, _ = notes or (Decimal(1), Decimal(1), Decimal(1))
    currency = "EUR" if "€" in header_text else "GBP" if "£" in header_text else "USD"
    title = " ".join(header_text.split())[:300] or None
    values: list[TableValue] = []
    section: str | None = None
    section_is_org = False
    prev_text_line = ""
    prev_label = ""
    start_line = rows[i].line.start if rows[i] else 0
    for k in range(i, j):
        r = rows[k]
        if r is None:
            t = _line_at(segs, k).strip()
            if t and not _SEPARATOR.match(t):
                heading = _section(t)
                if heading is not None:
                    section, section_is_org = heading
                    prev_label = ""
                prev_text_line = t
            continue
        if r.is_header or r.label is None:
            continue
        label = " ".join(r.label.split())
        if label.strip(" :$").lower() == "total" and _before_liabilities(text, start_line, r.line.start):
            label = "Total assets"  # a balance sheet's first "TOTAL" sums the assets
        if label[:1].islower() and prev_text_line:
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
            )
        )
    end_line = segs[j - 1].end
    return Table((start_line, end_line), values)


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


def _columns_tabbed(header_rows: list[_Row], ncols: int) -> list[str]:
    cols = [""] * ncols
    for h in header_rows:
        cells = [c.text for c in split_tabs(h.line)]
        if len(cells) == ncols + 1 and not (find_dates(cells[0]) or _LENGTH_PHRASE.search(cells[0])):
            cells = cells[1:]
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


def _column_period(header: str, context: str) -> tuple[date | None, date | None, date | None] | None:
    """(start, end, instant) of a column from its header ("Three Months Ended December 25, 2010")."""
    if _CHANGE_COLUMN.search(header) and not find_dates(header):
        return None
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b(?![,\d])", header)]
    own_year = years[-1] if years else None
    dates = [d for d, _, _ in find_dates(header) if not _is_month_only(header, d)]
    end: date | None = None
    ft = _FROM_TO.search(header) or _FROM_TO.search(context)
    if ft and own_year:
        a, b = find_dates(ft.group("a")), find_dates(ft.group("b"))
        if a and b and b[0][0].year == own_year and a[0][0].year == own_year:
            return a[0][0], b[0][0], None
    if dates:
        mine = [d for d in dates if own_year is None or d.year == own_year]
        end = (mine or dates)[-1] if own_year else dates[0]
    elif own_year:
        md = _MONTH_DAY.search(header)
        mo = None if md else _MONTH_ONLY.search(header)
        if not md and not mo:
            md = _MONTH_DAY_ANY.search(context)
            mo = None if md else _MONTH_ONLY.search(context)
        if md:
            try:
                end = date(own_year, _MONTH_NO[md.group("month").lower()[:3]], int(md.group("day")))
            except ValueError:
                end = None
        elif mo:
            month = _MONTH_NO[mo.group("month").lower()[:3]]
            end = find_dates(f"{mo.group('month')} {own_year}")[0][0] if month else None
    if end is None:
        return None
    length = _LENGTH_PHRASE.search(header) or (None if dates else _LENGTH_PHRASE.search(context))
    if length is None:
        return None, None, end
    if length.group("kind"):
        unit = "quarter" if "quarter" in length.group("kind").lower() else "year"
        s, e = period_from_words(None, unit, end)
    else:
        s, e = period_from_words(length.group("n").replace(" ", "-"), length.group("unit"), end)
    return s, e, None


def _is_month_only(header: str, d: date) -> bool:
    return bool(
        re.search(rf"(?i)\b{date(2000, d.month, 1).strftime('%B')}\s*,?\s*{d.year}", header)
    ) and not re.search(rf"(?i)\b{date(2000, d.month, 1).strftime('%b')}[a-z]*\.?\s+{d.day}\b", header)


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
) -> Iterator[TableValue]:
    clean = re.sub(r"\.{2,}.*$", "", label)
    clean = re.sub(r"\((?:see\s+notes?|notes?|\d)\)|\s\(\d\)", "", clean, flags=re.I).strip(" :-$")
    sec = (section or "").lower() if not section_is_org else ""
    if re.search(r"\d{1,3},\d{3}", clean):
        for value, col in _label_counts(clean, periods):
            _, end, instant = periods[col]
            column = columns[col] if col < len(columns) else None
            yield TableValue(
                r.line.start, r.line.end, "shares outstanding", "ekg:shares-outstanding", value, "shares",
                None, None, instant or end, section, section_is_org, title, column,
            )  # fmt: skip
        return  # a label that holds its own numbers is not a headline row
    if re.match(r"\(?\d\)|includes\b|\*", sec):
        return  # footnote tables
    if re.search(r"(?i)\bper\s+(?:common\s+)?share\b|\beps\b", clean):
        per_share, shares = True, False
    elif (
        re.search(r"(?i)\bshares\b", clean)
        or re.match(r"(?:shares|weighted|average)\b", sec)
        or "shares used" in sec
    ):
        per_share, shares = False, True
    elif re.search(r"\bper\s+(?:common\s+)?share\b|\beps\b", sec) and (
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
    if (metric not in _HEADLINE and not loss) or (
        _NOT_HEADLINE.search(clean) and not per_share and not shares
    ):
        return
    if re.search(r"(?i)\b(?:beginning|increase|decrease)\b", clean):
        return
    if metric == "ekg:long-term-debt" and "current" in sec:
        return  # the current portion, under current liabilities
    row_scale = re.search(r"(?i)\(in\s+(thousands|millions)\)", label)
    if per_share:
        scale = Decimal(1)
    elif row_scale:
        scale = Decimal(1000) if row_scale.group(1).lower() == "thousands" else Decimal(10) ** 6
    elif shares:
        scale = share_scale
    else:
        scale = amounts
    cells = r.cells
    if tabbed or len(cells) == ncols:
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
        value = parse_number(_bare(cell.text))
        if value is None:
            continue
        start, end, instant = periods[col]
        if metric in _INSTANT_METRICS and end is not None:
            start, end, instant = None, None, end
        shown_metric = metric
        if loss:
            value = abs(value)
        yield TableValue(
            r.line.start,
            r.line.end,
            clean,
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


# --- vote results (8-K Item 5.07) ---------------------------------------------------------------

_VOTE_WORDS = re.compile(
    r"(?i)(?:votes?\s+)?(?:for|against|withheld|withhold|abstain(?:ed|s)?|abstentions?|broker\s+non-?votes?)"
    r"(?:\s+votes?)?"
)
_VOTE_HINT = re.compile(r"(?i)(?=[aw])\b(?:against|withheld|withhold)\b")
_CELL_SPLIT = re.compile(r"\t|[ ]{2,}")
_MEETING = re.compile(r"(?i)\b(?:annual|special)\s+(?:general\s+)?meeting\b")


def read_vote_tables(text: str) -> list[Table]:
    """Vote results: a heading row of vote columns ("For | Against | Abstain | Broker Non-Votes", a first
    "Nominee" cell allowed) over rows of a nominee or proposal and one number per column. Each cell is a
    number of shares voted ("votes for"), dated by the meeting the text names before the table."""
    out: list[Table] = []
    done = -1
    for hit in _VOTE_HINT.finditer(text):  # every heading has "Against" or "Withheld": read only those lines
        if hit.start() < done:
            continue
        a = text.rfind("\n", 0, hit.start()) + 1
        b = _line_end(text, hit.end())
        done = b
        heads = _vote_heads(_cells(text[a:b]))
        if heads is None:
            continue
        values: list[TableValue] = []
        meeting = _meeting_date(text, a)
        proposal = _proposal_before(text, a)
        pos = last = b + 1
        while pos < len(text):
            end = _line_end(text, pos)
            row = _cells(text[pos:end])
            if not row:
                break
            label = proposal if parse_number(row[0]) is not None else row[0]
            numbers = row[1:] if label is not proposal else row
            if len(numbers) != len(heads) or not label:
                break
            for head, cell in zip(heads, numbers, strict=True):
                value = parse_number(cell)
                if value is None or value < 0:
                    continue
                values.append(
                    TableValue(
                        pos, end, f"{head}, {label}", concept_for(head, "shares"), value, "shares", None,
                        meeting, meeting,
                    )
                )  # fmt: skip
            last, pos = end, end + 1
        if values:
            out.append(Table((a, last), values))
            done = max(done, last)
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]


def _vote_heads(cells: list[str]) -> list[str] | None:
    """ "For", "Against", "Abstain", "Broker Non-Votes" → "votes for", ...; None unless a vote heading."""
    if len(cells) >= 3 and not _VOTE_WORDS.fullmatch(cells[0]):
        cells = cells[1:]  # "Nominee", "Proposal": the label column
    if len(cells) < 2 or not all(_VOTE_WORDS.fullmatch(c) for c in cells):
        return None
    words = [" ".join(c.lower().split()) for c in cells]
    if not any(w.endswith("for") for w in words) or len(set(words)) != len(words):
        return None
    return [w if "vote" in w else f"votes {w}" for w in words]


def _meeting_date(text: str, pos: int) -> date | None:
    """The date of the meeting named last before `pos` ("On May 1, 2025, ... held its Annual Meeting")."""
    window = text[max(0, pos - 6000) : pos]
    for m in reversed(list(_MEETING.finditer(window))):
        around = window[max(0, m.start() - 200) : m.end() + 200]
        found = find_dates(around)
        if found:
            return found[0][0]
    return None


def _proposal_before(text: str, pos: int) -> str:
    """The paragraph just above a table without row labels: the proposal its one row is about."""
    above = text[max(0, pos - 600) : pos].rstrip()
    para = re.split(r"\n\s*\n", above)[-1]
    return " ".join(para.split())[:200]
