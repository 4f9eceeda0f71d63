"""Counts of a class of securities: "8,805 Series A Units", "1,250,000 Class B shares".

A counted noun is lower case ("12,000 employees"), but securities are named
in capitals and by class: "10,932,813 Shares outstanding", "3,000,000 Class A
Common Shares", "500 Series B Preferred Stock", and, with the noun said once for
several classes, "8,805 Series A, 3,334 Series B and 1,000 Series C Membership
Units". Shares and stock are `shares`; units, which are not shares, are a
`count`.
"""

from __future__ import annotations

import re

__all__ = ["classed_noun"]

_CLASS = r"(?:Series|Class)\s+(?:[A-Z]{1,2}|[1-9])\b(?:-\d)?"
_KIND = (
    r"Common|Ordinary|Preferred|Preference|Membership|Partnership|Limited|Voting|Non-?[Vv]oting|Subordinate"
    r"|Subordinated|Restricted|Redeemable|Convertible|Participating|Capital|Trust|Depositary|Exchangeable"
)
_CLASSED = re.compile(
    rf"""[ \t]+(?P<cls>{_CLASS})?
    (?P<more>(?:,?\s+(?:and\s+)?\d[\d,]*\s+{_CLASS})*)
    (?P<kinds>(?:\s*(?:{_KIND}))*)
    \s*(?P<head>Shares|Units|Stock|shares|units|stock)\b""",
    re.X,
)


def classed_noun(text: str, pos: int, stop: int) -> tuple[str, str, int] | None:
    """(noun, unit, end) of the securities a number at `pos` counts, or None.

    Without a class or a kind only a capitalised "Shares" or "Units" is taken (the lower-case nouns
    are ordinary counted nouns); "Stock" needs a kind or a class ("Common Stock").
    """
    m = _CLASSED.match(text, pos, stop)
    if m is None:
        return None
    cls, kinds, head = m.group("cls"), m.group("kinds").strip(), m.group("head")
    if not cls and not kinds and (head.islower() or head == "Stock"):
        return None
    if not cls and m.group("more"):
        return None
    noun = " ".join(" ".join(x for x in (cls, kinds, head) if x).split())
    end = m.end("cls") if m.group("more") else m.end()  # the other classes' numbers are read on their own
    return noun, ("count" if head.lower() == "units" else "shares"), end
