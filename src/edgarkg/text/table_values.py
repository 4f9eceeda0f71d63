"""The values of a financial table's rows: which rows are headline figures (revenue, net income or
loss, EPS, total assets, equity, shares; a bank's highlights; a capitalization table's debt and
equity; a report of condition's totals), in which unit and scale, and for which column's period.

`edgarkg.text.tables` finds the tables and their columns' periods and scale; each data row is then
read here (`row_values`) into `TableValue`s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from edgarkg.text.bank_rows import bank_row
from edgarkg.text.metrics import CONCEPT_KEYS as _CONCEPT_KEYS
from edgarkg.text.metrics import concept_for
from edgarkg.text.numbers import parse_number
from edgarkg.text.table_rows import Row, bare_cell

__all__ = ["INSTANT_METRICS", "ROW_SCALE", "Table", "TableValue", "row_values"]


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
# The rows of a prospectus's capitalization table that state its debt and equity (not their line items).
_CAPITAL_ROW = re.compile(
    r"(?i)(?:total\s+(?:debt|borrowings|indebtedness|capitali[sz]ation|(?:\w+\s+){0,2}equity"
    r"|(?:\w+\s+){0,2}(?:stockholders|shareholders)|liabilities(?!\s+and))"
    r"|non-?controlling\s+interests?|short-term\s+(?:borrowings|debt)|long-term\s+debt)\b"
)
# A report of condition's equity ("Total equity capital", not the bank's part) and "In domestic offices".
_CONDITION_EQUITY = re.compile(r"(?i)total\s+equity\s+capital$")
_DOMESTIC = re.compile(r"(?i)in\s+domestic\s+offices$")
_WITH_CURRENT = re.compile(
    r"(?i)\(\s*including\s+(?:the\s+)?current\s+portion\s*\)"
    r"|,?\s*\b(?:less|excluding|net\s+of)\s+(?:the\s+)?(?:current\s+)?(?:portion|maturities)\b"
    r"(?:\s+(?:payable|due)\s+within\s+one\s+year)?"
)
INSTANT_METRICS = frozenset(
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
    bare = bare_cell(cell).strip("()")
    return bare in ("-", "—", "–", "--") or bool(re.fullmatch(r"-?\d*\.\d{2,3}", bare))


_DOT_LEADER = re.compile(r"\.{2,}.*$")
_NOTE_MARK = re.compile(r"(?i)\((?:see\s+notes?|notes?|\d)\)|\s\(\d\)")
_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
_FOOTNOTE_SECTION = re.compile(r"\(?\d\)|includes\b|\*")
_PER_SHARE_WORDS = re.compile(r"(?i)\bper\s+(?:common\s+(?:and\s+common\s+equivalent\s+)?)?share\b|\beps\b")
_SHARES_WORD = re.compile(r"(?i)\bshares\b")
_SHARES_SECTION = re.compile(r"(?:shares|weighted|average)\b")
_CHANGE_ROW = re.compile(r"(?i)\b(?:beginning|increase|decrease)\b")
ROW_SCALE = re.compile(r"(?i)\(in\s+(thousands|millions|billions)\)")
_INCOME_TO_SHARES = re.compile(r"(?i)\b(?:income|earnings|loss)\b.*\battributable\s+to\b")


_RATIO_ROW = re.compile(r"(?i)\sto\s+(?:total|average)\s")
_NON_GAAP = re.compile(r"(?i)\s*\(non-?gaap\)")
_ROW_SCALES = {"thousands": Decimal(1000), "millions": Decimal(10) ** 6, "billions": Decimal(10) ** 9}


def row_values(
    r: Row,
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
    capital: bool = False,
    condition: bool = False,
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
    held = False
    bank = bank_row(ROW_SCALE.sub("", clean) if "(in " in clean else clean)  # "Net interest margin"
    if bank is None and per_share and "ook value" in clean:  # "Book value" under "Per Common Share"
        bank = bank_row(f"{_NON_GAAP.sub('', clean)} per share")
    if bank is not None:
        metric, kind, _ = bank
        per_share, shares, loss = kind == "per-share", False, False
        unit = f"{currency}/share" if per_share else "percent" if kind == "percent" else currency
    elif capital and not (per_share or shares) and _CAPITAL_ROW.match(clean):
        held = True  # a capitalization table's debt, equity and their totals are its headline rows
    elif condition and (
        _CONDITION_EQUITY.match(clean) or (sec.startswith("deposits") and _DOMESTIC.match(clean))
    ):
        held = True  # a report of condition's equity capital and domestic deposits
        if not clean.lower().startswith("total"):
            clean = f"Deposits {clean[:1].lower()}{clean[1:]}"  # "In domestic offices" under "Deposits:"
            metric = concept_for(clean, unit)
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
    row_scale = ROW_SCALE.search(label)
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
        raw = bare_cell(cell.text)
        if raw.startswith("(") and ")" not in raw:
            raw += ")"  # "(2,996,543<tab>)": the parenthesis closed in a cell of its own
        value = parse_number(raw)
        if value is None:
            continue
        start, end, instant = periods[col]
        if (metric in INSTANT_METRICS or held or (bank and bank[2])) and end is not None:
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
