"""The rows of a bank's financial highlights: the measures a bank reports its quarter by.

A bank's earnings release leads with a table whose rows are not an income
statement's headline rows: net interest income, the provision for credit
losses, deposits and loans (at the date, or averaged over
the period), and ratios — return on (average) assets and equity, by name or
acronym ("ROE", "ROTCE", a note's digit glued on: "ROE2"),
net interest margin, efficiency ratio, capital ratios — with book value per
share. `bank_row` names the measure of such a row label, its kind (an amount,
a percentage or an amount per share) and whether it is a balance at the
column's date (deposits, loans, book value, capital ratios) rather than a
flow over its period.
"""

from __future__ import annotations

import re

__all__ = ["bank_row"]

_EQUITY = r"(?:(?:common\s+)?(?:share|stock)holders['’]?\s+|tangible\s+(?:common\s+)?|common\s+)?equity"
# What may follow a row's words: a note mark, "(non-GAAP)", an acronym ("(ROTCE)"), a footnote letter.
_NOTES = r"(?:\s*\((?:non-?gaap|[a-z]|[A-Z0-9]{2,8})\))*"
_ROWS: tuple[tuple[str, str, bool, re.Pattern[str]], ...] = tuple(
    (metric, kind, instant, re.compile(rf"(?i)^(?:{pattern})(?:\s*\(\d\)|\s*\d)?{_NOTES}\s*:?$"))
    for metric, kind, instant, pattern in (
        ("ekg:net-interest-income", "amount", False, r"net\s+interest\s+income(?:\s+\(?(?:fte|te)\)?)?"),
        ("ekg:provision-for-credit-losses", "amount", False, r"provision\s+for\s+(?:credit|loan)\s+losses"),
        ("ekg:average-loans", "amount", False, r"average\s+(?:total\s+)?loans(?:\s+and\s+leases)?"),
        ("ekg:average-deposits", "amount", False, r"average\s+(?:total\s+)?deposits"),
        ("ekg:total-deposits", "amount", True, r"(?:period[\s-]end\s+)?(?:total\s+)?deposits"),
        (
            "ekg:total-loans",
            "amount",
            True,
            r"(?:period[\s-]end\s+)?(?:total\s+)?(?:gross\s+)?loans(?:\s+and\s+leases)?"
            r"(?:\s*,\s*net(?:\s+of\s+[\w\s]+)?)?",
        ),
        ("ekg:nonperforming-assets", "amount", True, r"(?:total\s+)?non-?performing\s+assets"),
        (
            "ekg:return-on-average-assets",
            "percent",
            False,
            r"return\s+on\s+(?:average\s+)?(?:total\s+)?assets|(?-i:ROA|ROAA)",
        ),
        (
            "ekg:return-on-average-equity",
            "percent",
            False,
            rf"return\s+on\s+(?:average\s+)?{_EQUITY}|(?-i:ROA?E|ROA?TCE)",
        ),
        ("ekg:net-interest-margin", "percent", False, r"net\s+interest\s+margin(?:\s+\(?(?:fte|te)\)?)?"),
        ("ekg:efficiency-ratio", "percent", False, r"efficiency(?:\s+ratio)?"),
        (
            "ekg:capital-ratio",
            "percent",
            True,
            r"(?:tier\s+(?:1|one)|common\s+equity\s+tier\s+(?:1|one)(?:\s+\(cet\s?1\))?|total)\s+"
            r"(?:leverage|risk[\s-]based(?:\s+capital)?|capital)(?:\s+ratio)?|leverage\s+ratio"
            r"|(?:standardized\s+|advanced\s+)?cet\s?1(?:\s+capital)?(?:\s+ratio)?"
            r"|common\s+equity\s+tier\s+(?:1|one)(?:\s+\(cet\s?1\))?(?:\s+capital)?\s+ratio",
        ),
        ("ekg:book-value-per-share", "per-share", True, r"book\s+value\s+per\s+(?:common\s+)?share"),
        (
            "ekg:tangible-book-value-per-share",
            "per-share",
            True,
            r"tangible\s+book\s+value\s+per\s+(?:common\s+)?share|(?-i:TBV)\s*(?:/|per)\s*(?:common\s+)?share",
        ),
    )
)


def bank_row(label: str) -> tuple[str, str, bool] | None:
    """(metric, kind, instant) of a bank highlights row label ("Return on average assets", "Total
    deposits", "Book value per share"), or None; kind is "amount", "percent" or "per-share"."""
    text = " ".join(label.split()).strip(" .:$")
    for metric, kind, instant, pattern in _ROWS:
        if pattern.match(text):
            return metric, kind, instant
    return None
