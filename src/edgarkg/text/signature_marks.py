"""The marks, labels and layouts every signature reader recognises.

"/s/" (and its misspellings), the "By:" line, rule lines and SGML markup,
"(Registrant)" labels, the authorised representative's capacity, a name cell
that runs on into a title, and the ")" bracket column of old plain-text tables
that groups rows under one date. `signatures` finds blocks with them and
`signature_registrants` the companies the blocks sign for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from edgarkg.text.names import is_title, leading_person_name
from edgarkg.text.sentences import Segment

__all__ = [
    "BRACKET_TAIL",
    "BY",
    "MARKUP",
    "REGISTRANT_LABEL",
    "REPRESENTATIVE",
    "RULE",
    "SLASH_S",
    "STRIP",
    "person_then_title",
    "slash_s",
    "unbracketed",
]


# "/s/", "/s /" as some filers type it, and "s/ Jane Roe" with the first slash left out
SLASH_S = re.compile(r"/s ?/[\s_]*|(?<![^\s:])s/(?=[ \t]+(?-i:[A-Z]))[\s_]*", re.I)


def slash_s(t: str) -> re.Match[str] | None:
    """The signature mark in line `t` (the quick test first: most lines hold no slash)."""
    return SLASH_S.search(t) if "/" in t else None


BY = re.compile(r"^\s*By\s*:?\s*$|^\s*By\s*:?\s*_+\s*$", re.I)


RULE = re.compile(r"^[\s\-_=*.]*$")


MARKUP = re.compile(r"^\s*</?(?:S|C|TABLE|CAPTION|PAGE|FN)>", re.I)


REGISTRANT_LABEL = re.compile(r"^\(?\s*(?:Registrant|Company|Issuer)\s*\)?$", re.I)


STRIP = " \t,;:_"


# "/s/ Jane Roe        )" ⏎ "Jane Roe   Director   )   March 29, 1994": a bracket column that groups the rows
# of a plain-text signature table under one date (a ")" after a wide gap, then perhaps that date).
BRACKET_TAIL = re.compile(r"(?:^|[ \t]{2})[ \t]*\)(?:[ \t]{2,}[^()\t]*)?[ \t]*$")


def unbracketed(all_lines: Sequence[Segment]) -> list[Segment]:
    """The lines with a bracket column blanked out (same length, so offsets still hold)."""
    out = []
    for seg in all_lines:
        t = seg.text
        m = BRACKET_TAIL.search(t) if ")" in t else None
        if m is not None:
            a = t.index(")", m.start())
            seg = Segment(t[:a] + " " * (len(t) - a), seg.start, seg.end)
        out.append(seg)
    return out


# "Authorized Representative in the United States": the agent a foreign filer must have sign for it
REPRESENTATIVE = re.compile(
    r"(?i)(?:duly\s+)?authori[sz]ed\s+(?:U\.\s?S\.\s+|United\s+States\s+)?representative"
    r"(?:\s+in\s+the\s+United\s+States(?:\s+of\s+America)?)?"
)


def person_then_title(cell: str) -> bool:
    """A signer's cell of a grid, "Jane Roe Director of Acme Inc.": a name, then a title."""
    t = cell.strip(STRIP)
    n = leading_person_name(t, allow_caps=True)
    if not n:
        return False
    rest = t[n:].strip(" ,")
    return bool(rest) and is_title(re.split(r"\s+of\s+", rest, maxsplit=1)[0], max_words=8)
