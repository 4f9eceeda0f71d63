"""The shares outstanding a report's cover page states, as a form: caption, then a bare number.

Every 10-K and 10-Q cover asks "Indicate the number of shares outstanding of
each of the registrant's classes of common stock, as of the latest practicable
date", and the answer is a number with no noun after it: "Common Stock, par
value $.10 per share; outstanding as of September 14, 1995 - 11,874,209
(excluding 84,105 shares held in treasury)", "10,932,813 Shares outstanding",
a table cell ("Common Stock, $1 par value  |  10,932,813"), or "The number of
shares of the registrant's common stock outstanding as of February 1, 2024 was
15,441,881,000". The count is the first grouped integer after the caption
(not a price, not the treasury shares), at the date written nearest before
it, else just after it. A par value in the caption ("Number of shares of common
stock, $1.00 par value, outstanding as of February 14, 2013:") is part of it.

The cover's other answer, the aggregate market value held by non-affiliates,
is read where it stands as a form's cell after its caption ("... held by
non-affiliates as of June 30, 2012:  $ 5,118,918,572", "... on The Nasdaq
National Market  $107.3 billion"); stated in a sentence ("... was
approximately $103,874,980,000") it is the prose reader's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from edgarkg.text.periods import find_dates

__all__ = ["CoverCount", "cover_counts", "cover_market_values"]

# Starts at the letter "n" (a plain character set the scan skips to at C speed, where a leading
# "\b" and an optional "indicate the" made it try every position); "Indicate the" is looked for
# just before, so the caption keeps it.
_CAPTION = re.compile(
    r"[Nn](?<!\w.)(?i:umber\s+of\s+(?:the\s+registrant['’]s\s+)?(?:common\s+)?shares"
    r"\b(?:[^.;\d]|\$?\d*\.?\d+){0,80}?\boutstanding\b)"
)
_INDICATE = re.compile(r"(?i)\bindicate\s+the\s+$")
_AVERAGE = re.compile(r"(?i)\baverage\s+$")
_REACH = 250  # the answer follows its caption closely
_COUNT = re.compile(r"(?<![\d$.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
_NOT_OUTSTANDING = re.compile(r"(?i)\s*(?:shares\s+)?(?:held\s+)?(?:in\s+)?treasury|\s*%")
_PRICE_BEFORE = re.compile(r"(?i)(?:\$|price|value)\s*$")
_DATE_AFTER = 60  # "11,874,209 shares as of March 1, 2004"


@dataclass(frozen=True, slots=True)
class CoverCount:
    value: Decimal
    instant: date | None
    start: int
    end: int
    caption: tuple[int, int]


def cover_counts(text: str) -> Iterator[CoverCount]:
    """The share count answering each cover caption of `text`: the first grouped integer after it that
    is not a date, a price or treasury shares (most documents have none)."""
    for m in _CAPTION.finditer(text):
        if _AVERAGE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Weighted average number of shares outstanding": a table's row, not the cover's
        stop = min(len(text), m.end() + _REACH)
        dates = find_dates(text, m.start(), min(len(text), stop + _DATE_AFTER))
        for c in _COUNT.finditer(text, m.end(), stop):
            if any(a <= c.start() < b for _, a, b in dates):
                continue
            if _PRICE_BEFORE.search(text, max(0, c.start() - 12), c.start()):
                continue
            if not _NOT_OUTSTANDING.match(text, c.end()):
                before = [d for d, _, b in dates if b <= c.start()]
                after = [d for d, a, _ in dates if c.end() <= a <= c.end() + _DATE_AFTER]
                instant = before[-1] if before else (after[0] if after else None)
                lead = _INDICATE.search(text, max(0, m.start() - 40), m.start())
                caption = (lead.start() if lead else m.start(), m.end())
                yield CoverCount(Decimal(c.group().replace(",", "")), instant, c.start(), c.end(), caption)
            break


# found from its last words (a plain first letter the scan skips to), then its first looked for before
_NON_AFFILIATES = re.compile(r"[Nn](?<!\w.)(?i:on-?\s?affiliates)\b")
_MARKET_VALUE = re.compile(r"(?i)\baggregate\s+market\s+value\b[^.;]{0,200}$")
_MARKET_REACH = 300
_COVER_LENGTH = 40_000  # the cover page opens the document
# the cell after the caption's last words: "...:\t$\t5,118,918,572", "...Market\t$107.3 billion"
_MARKET_CELL = re.compile(
    r"(?i)(?:\t|:|[ ]{3,})[ \t]*(?:approximately[ \t]+)?\$[ \t]*(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:[ \t]+(?P<scale>billion|million))?[ \t]*(?:\(\d\)|\*)?[ \t]*$",
    re.M,
)
_SCALES = {"billion": Decimal(10) ** 9, "million": Decimal(10) ** 6, None: Decimal(1)}


def cover_market_values(text: str) -> Iterator[CoverCount]:
    """The aggregate market value held by non-affiliates each cover caption of `text` answers in a
    cell of its line, in USD, at the date the caption states (on the cover: near the start)."""
    stop = min(len(text), _COVER_LENGTH)
    if "ffiliates" not in text[:stop] and "FFILIATES" not in text[:stop]:
        return
    for n in _NON_AFFILIATES.finditer(text, 0, stop):
        head = _MARKET_VALUE.search(text, max(0, n.start() - 240), n.start())
        end = text.find("\n", n.end(), n.end() + _MARKET_REACH)
        if head is None or end < 0:
            continue
        cell = _MARKET_CELL.search(text, n.end(), end)
        if cell is None or not cell.group("num").replace(",", "").strip("0"):
            continue
        scale = _SCALES[cell.group("scale") and cell.group("scale").lower()]
        value = Decimal(cell.group("num").replace(",", "")) * scale
        dates = [d for d, _, b in find_dates(text, head.start(), cell.start()) if b <= cell.start()]
        instant = dates[-1] if dates else None
        yield CoverCount(value, instant, cell.start("num"), cell.end(), (head.start(), n.end()))
