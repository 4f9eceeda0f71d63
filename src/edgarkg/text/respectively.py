"""Lists paired "respectively": the n-th amount is of the n-th period.

"Net loss for the years ended June 30, 2021 and 2020 was $24,434,336 and
$14,026,107, respectively"; "Revenues for 2023 and 2022 were $12.5 million and
$10.1 million, respectively"; "88% and 82% of our net revenues in Fiscal 2016
and 2015, respectively". The periods are one stated period and the years
coordinated after it ("June 30, 2021 and 2020" is that year and the one a year
before it); the amounts are a run of amounts of one unit joined by commas and
"and". Where the two lists are as long as each other, each amount takes its
period; otherwise nothing is paired.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from edgarkg.text.numbers import Quantity
from edgarkg.text.periods import Period

__all__ = ["respective_periods"]

_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")
_MORE_YEARS = re.compile(r"(?:\s*,\s*|\s*,?\s+and\s+)((?:19|20)\d\d)\b(?![,.]?\d)")
_JOIN = re.compile(r"(?i)\s*,\s*|\s*,?\s+and\s+|\s*,\s*and\s+")


def _shift(d: date | None, years: int) -> date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # February 29
        return d.replace(year=d.year + years, day=28)


def _series(text: str, periods: list[Period]) -> list[Period]:
    """The periods of the list: the sentence's one period, and the years coordinated after it."""
    if len(periods) != 1:
        return []
    first = periods[0]
    last = first.end or first.instant
    if last is None:
        return []
    out = [first]
    pos = first.span[1]
    while m := _MORE_YEARS.match(text, pos):
        years = int(m.group(1)) - last.year
        out.append(
            replace(
                first,
                start=_shift(first.start, years),
                end=_shift(first.end, years),
                instant=_shift(first.instant, years),
                span=(m.start(1), m.end(1)),
            )
        )
        pos = m.end()
    return out


def _runs(text: str, quantities: list[Quantity]) -> list[list[Quantity]]:
    """Amounts of one unit joined by commas and "and": "$24,434,336 and $14,026,107"."""
    runs: list[list[Quantity]] = []
    for q in quantities:
        last = runs[-1][-1] if runs else None
        if last is not None and last.unit == q.unit and _JOIN.fullmatch(text, last.end, q.start):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def respective_periods(
    text: str, start: int, end: int, periods: list[Period], quantities: list[Quantity]
) -> dict[int, Period]:
    """The period of each amount (by its start) of a sentence text[start:end] that pairs a list of
    amounts with a list of periods "respectively"; empty for other sentences."""
    if not _RESPECTIVELY.search(text, start, end):
        return {}
    series = _series(text, periods)
    if len(series) < 2:
        return {}
    paired: dict[int, Period] = {}
    for run in _runs(text, quantities):
        if len(run) == len(series):
            paired.update({q.start: p for q, p in zip(run, series, strict=True)})
    return paired
