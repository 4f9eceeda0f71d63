"""Which dollar a bare "$" is: a document may declare that its dollar amounts are another country's.

A Canadian filer's 20-F says "unless otherwise stated, all dollar amounts are
expressed in Canadian dollars ("$"). "US$" refers to United States dollars", or
"The reporting currency is the Canadian dollar". Its "$2,924,236" is then
CAD; "US$", "USD" and "U.S. $" stay USD. The declaration must speak of all the
document's amounts (or its reporting currency): "the table below is expressed
in Canadian dollars" speaks of one table, and a mention of currency risk
("fluctuations of the Canadian dollar") of none.
"""

from __future__ import annotations

import re

__all__ = ["document_dollar", "is_us_dollar_sign"]

_COUNTRIES = {"canadian": "CAD", "australian": "AUD"}
_NAMES = r"(?P<c>canadian|australian)"
_DECLARED = re.compile(
    rf"(?i)\ball\s+(?:dollar\s+)?(?:amounts|figures)\b[^.]{{0,40}}?\b(?:expressed|stated|presented|reported)"
    rf"\s+in\s+{_NAMES}\s+dollars\b"
    rf"|\breporting\s+currency\s+(?:is|will\s+be)\s+the\s+{_NAMES.replace('c>', 'd>')}\s+dollar\b"
)
_WORDS = ("anadian", "ustralian")
_US = re.compile(r"(?i)\bU\.?S\.?\s*\$|\bUSD\b")


def document_dollar(text: str) -> str | None:
    """The currency code a bare "$" stands for where `text` declares it is not the US dollar
    ("CAD", "AUD"), else None."""
    if not any(w in text for w in _WORDS):
        return None
    m = _DECLARED.search(text)
    if m is None:
        return None
    return _COUNTRIES[(m.group("c") or m.group("d")).lower()]


def is_us_dollar_sign(text: str, start: int, end: int) -> bool:
    """Whether the currency written in `text[start:end]` says US dollars ("US$", "U.S. $", "USD")."""
    return _US.search(text, start, end) is not None
