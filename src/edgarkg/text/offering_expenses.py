"""The two cost tables of a registration statement: the offering's expenses and its filing fee.

Part II of every S-1/S-3 has "Item 14. Other Expenses of Issuance and
Distribution": a short list of labelled amounts, one a line, ending in a
total ("SEC registration fee  $ 2,014", "Legal fees and expenses . . . $ 5,000",
"Printing fees and expenses  $*" for one to be filed later, "Total  $ 53,000").
Its rows are read from the heading to the total (or the first line that is
neither a row nor a short note), each as an amount in USD about the filer. Where
the exhibit index lists Exhibit 107, the filing-fee table, the fee row is left
to that exhibit, which states it to the cent ($2,014.37 against "$ 2,014").

The filing-fee table ("Calculation of Filing Fee Tables", the cover's
"Calculation of Registration Fee") gives per class the amount registered,
the proposed maximum offering price per unit, the proposed maximum aggregate
offering price, often the fee rate, and the fee. Its columns are found by
arithmetic rather than by heading, since footnote marks, empty carry-forward
columns and "$" cells shift them: in one row, aggregate × rate = fee (without a
rate column, fee / aggregate lies within the range of rates the SEC has
charged), and shares × price per share = aggregate for the price.
"""

from __future__ import annotations

import re
from decimal import Decimal

from edgarkg.text.metrics import concept_for
from edgarkg.text.sentences import lines
from edgarkg.text.tables import Table, TableValue

__all__ = ["expense_tables", "fee_tables", "offering_tables"]

# --- Item 14: the expenses ------------------------------------------------------------

_EXPENSE_HEADING = re.compile(r"(?i)\bexpenses\s+of\s+issuance\s+and\s+distribution\b")
_EXPENSE_REACH = 3000  # the table follows its heading and a sentence or two
_MAX_ROWS = 20
# "Legal fees and expenses . . . . $ 5,000", "SEC registration fee\t$\t2,014", "Miscellaneous\t$*"
_EXPENSE_ROW = re.compile(
    r"^[ \t]*(?P<label>[A-Za-z][^\t$]*?)[ \t.]*(?:\t|[ \t]{2,}|\.[ \t]|(?=\$))[ \t.]*"
    r"(?P<cell>\$?[ \t]*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?|\$?[ \t]*(?:\*+|[—–-]+|N/A))"
    r"[ \t]*(?:\([a-z\d]\)|\*+)?[ \t]*$"
)
_TOTAL = re.compile(r"(?i)^total\b")
_NEXT_ITEM = re.compile(r"(?i)^\s*item\s+\d")
# Exhibit 107 (since 2022) states the fee to the cent; the expense table repeats it rounded.
_FEE_EXHIBIT = re.compile(r"(?im)^[ \t]*107\W{0,3}[ \t]+(?:calculation\s+of\s+)?filing\s+fees?\s+tables?")
_REGISTRATION_FEE = re.compile(r"(?i)\bregistration\s+fee")
_NOTE = 400  # a note under a row ("* To be filed by amendment") is short; a paragraph ends the table


def _expense_values(text: str, start: int, fee_elsewhere: bool) -> tuple[int, int, list[TableValue]] | None:
    """The rows after the heading at `start` up to the total: span and values (None if no row).
    `fee_elsewhere`: the filing's fee exhibit states the registration fee, so its row here is left out."""
    values: list[TableValue] = []
    first = last = -1
    for seg in lines(text, start, min(len(text), start + _EXPENSE_REACH)):
        t = seg.text.strip()
        if not t:
            continue
        if _NEXT_ITEM.match(t) and seg.start > start + 5:
            break
        m = _EXPENSE_ROW.match(seg.text)
        if m is None:
            if first >= 0 and (len(t) > _NOTE or len(values) >= 2):
                break  # the prose after the table
            continue
        label = " ".join(m.group("label").split()).rstrip(" .:")
        if first < 0:
            first = seg.start
        last = seg.end
        digits = m.group("cell").replace("$", "").replace(",", "").strip()
        if digits[:1].isdigit() and not (fee_elsewhere and _REGISTRATION_FEE.search(label)):
            is_total = bool(_TOTAL.match(label))
            name = "total expenses of issuance and distribution" if is_total else label
            values.append(
                TableValue(
                    seg.start,
                    seg.end,
                    name,
                    concept_for(name, "USD"),
                    Decimal(digits),
                    "USD",
                    None,
                    None,
                    None,
                )
            )
        if _TOTAL.match(label) or len(values) >= _MAX_ROWS:
            break
    return (first, last, values) if values else None


def expense_tables(text: str) -> list[Table]:
    """Each "Other Expenses of Issuance and Distribution" table of `text` with its amounts."""
    if "ssuance and" not in text and "SSUANCE AND" not in text:
        return []
    out: list[Table] = []
    for h in _EXPENSE_HEADING.finditer(text):
        fee_elsewhere = "107" in text and _FEE_EXHIBIT.search(text, h.end()) is not None
        found = _expense_values(text, h.end(), fee_elsewhere)
        if found is not None and not (out and out[-1].span[1] > found[0]):
            first, last, values = found
            out.append(Table((first, last), values))
    return out


# --- the filing fee ---------------------------------------------------------------------

# the heading of the table, or of its price column where its cells are one line each
_FEE_HEADINGS = (  # each starts with a plain character set, which the scan skips to at C speed
    re.compile(r"[Mm](?<!\w.)(?i:aximum\s+aggregate\s+offering\s+price)\b"),
    re.compile(r"[Cc](?<!\w.)(?i:alculation\s+of\s+(?:the\s+)?(?:registration|filing)\s+fees?)\b"),
)
_FEE_WORDS = ("egistration Fee", "EGISTRATION FEE", "egistration fee")  # every fee table has the column
_FEE_REACH = 6000
_CELL_SPLIT = re.compile(r"\t|[ ]{2,}")
_FOOTNOTE_MARK = re.compile(r"\s*\(\d{1,2}\)\s*$|\s*\(\d{1,2}\)(?=\s)")
_AMOUNT = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")
_RATE_MAX = Decimal("0.001")  # $1,000 per million at most: a fee rate, not an amount
_RATE_MIN = Decimal("0.00001")
_CLOSE = Decimal("0.005")


def _cells(line: str) -> list[tuple[Decimal, bool]]:
    """The numbers of a row's cells in order, each with whether it is a dollar amount."""
    out: list[tuple[Decimal, bool]] = []
    dollar = False
    for raw in _CELL_SPLIT.split(line):
        cell = _FOOTNOTE_MARK.sub("", raw).strip()
        if cell == "$":
            dollar = True
            continue
        if cell.startswith("$"):
            dollar, cell = True, cell[1:].strip()
        if _AMOUNT.fullmatch(cell):
            out.append((Decimal(cell.replace(",", "")), dollar))
        dollar = False
    return out


def _near(a: Decimal, b: Decimal) -> bool:
    """Equal to the cent or within half a percent (the fee is rounded to the cent, prices to the cent)."""
    return abs(a - b) <= max(Decimal("0.01"), _CLOSE * abs(b))


def _fee_row(cells: list[tuple[Decimal, bool]]) -> tuple[Decimal | None, Decimal, Decimal] | None:
    """(price per unit, aggregate price, fee) of one row, or None when the arithmetic does not hold."""
    found = None
    for k in range(1, len(cells) - 1):  # [aggregate, rate, fee]
        (aggregate, agg_dollar), (rate, _), (fee, fee_dollar) = cells[k - 1 : k + 2]
        if 0 < rate < _RATE_MAX and (agg_dollar or fee_dollar) and fee > 0 and _near(aggregate * rate, fee):
            found = k - 1, fee
            break
    else:
        for k in range(len(cells) - 1):  # [aggregate, fee]
            (aggregate, agg_dollar), (fee, fee_dollar) = cells[k : k + 2]
            if agg_dollar and fee_dollar and aggregate > 0 and _RATE_MIN <= fee / aggregate <= _RATE_MAX:
                found = k, fee
                break
    if found is None:
        return None
    j, fee = found
    aggregate = cells[j][0]
    price = None
    if j >= 2:
        (n, _), (p, p_dollar) = cells[j - 2 : j]
        if p_dollar and p > 0 and _near(n * p, aggregate):
            price = p
    return price, aggregate, fee


def fee_tables(text: str) -> list[Table]:
    """Each filing-fee table of `text`: the offering prices and the fee of its rows."""
    if not any(w in text for w in _FEE_WORDS):
        return []
    out: list[Table] = []
    reach = -1
    heads = sorted((h for p in _FEE_HEADINGS for h in p.finditer(text)), key=lambda h: h.start())
    for h in heads:
        if h.start() < reach:
            continue
        values: list[TableValue] = []
        first = last = -1
        for seg in lines(text, h.end(), min(len(text), h.end() + _FEE_REACH)):
            if sum(c.isdigit() for c in seg.text) < 4:
                continue
            row = _fee_row(_cells(seg.text))
            if row is None:
                continue
            price, aggregate, fee = row
            first = seg.start if first < 0 else first
            last = seg.end

            def value(label: str, metric: str, v: Decimal, unit: str = "USD", seg=seg) -> TableValue:
                return TableValue(seg.start, seg.end, label, metric, v, unit, None, None, None)

            if price is not None:
                values.append(
                    value(
                        "proposed maximum offering price per share", "ekg:offering-price", price, "USD/share"
                    )
                )
            values.append(
                value(
                    "proposed maximum aggregate offering price",
                    "ekg:maximum-aggregate-offering-price",
                    aggregate,
                )
            )
            values.append(value("registration fee", "ekg:sec-registration-fee", fee))
        if values:
            reach = last
            out.append(Table((first, last), values))
    return out


def offering_tables(text: str) -> list[Table]:
    """Both tables of a registration statement (most documents have neither)."""
    return expense_tables(text) + fee_tables(text)
