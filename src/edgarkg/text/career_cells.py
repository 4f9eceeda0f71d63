"""The current titles in a roster cell that tells a career, not one title.

Modern 10-Ks put a whole career in the "Position" column of their executive
officer table::

    Executive Vice President since January 2024. Global Chief Marketing
    Officer since January 2020 and, prior to that, President of ... from
    January 2019 to December 2020. ...

    Executive Vice President, Merchandising since August 2018; President and
    CEO, Acme North America (a tool supplier), 2015 - 2018; ...

A title held "since" (or "effective") a date is held now; titles with a closed range ("from
2019 to 2020", "2015 - 2018") are past and left out. When no title carries
"since", the cell's first item counts if it is a title with no date at all.
"""

from __future__ import annotations

import re

from edgarkg.text.names import is_title

__all__ = ["current_titles"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# ", since January 2024", " since 2019", ", effective June 2013"; the date ends the title before it.
_SINCE = re.compile(rf",?\s+(?:since|effective)\s+(?:(?:{_MONTH})\s+(?:\d{{1,2}},\s*)?)?(?:19|20)\d\d\b")
# "Chair of Acme Foundation, Inc., the Company's charity": the appositive describes, it is no title
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,]*$")
# A title's tail that describes the job rather than names it.
_DESCRIPTION = re.compile(r",?\s+(?:with|where|when|responsible|overseeing|which|who)\b.*$")
_LEADING = re.compile(
    r"^(?:,\s*|and\s+|also\s+|as\s+(?:the\s+)?|serving\s+as\s+|has\s+served\s+as\s+)+", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def current_titles(cell: str) -> list[str]:
    """The titles `cell` says its person holds now, in the order written (empty if none)."""
    text = " ".join(cell.split())
    found: list[str] = []
    prev = 0
    for m in _SINCE.finditer(text):
        piece = text[prev : m.start()]
        prev = m.end()
        piece = re.split(r"[.;]\s+", piece)[-1]  # the item the "since" closes
        piece = _LEADING.sub("", piece.strip())
        piece = _APPOSITIVE.sub("", _DESCRIPTION.sub("", piece)).strip(" ,")
        if piece and piece[:1].isupper() and not _YEAR.search(piece) and is_title(piece, max_words=14):
            found.append(piece)
    if found or _SINCE.search(text):
        return found
    first = re.split(r"[.;]\s+", text, maxsplit=1)[0].strip(" .;,")
    if first and not _YEAR.search(first) and is_title(first, max_words=14):
        return [first]
    return []
