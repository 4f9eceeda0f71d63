"""A document's reading text with wrapped lines joined, and a map back to its offsets.

Names are found in this squeezed text; each is then cut from the original at
the offsets the map gives, so provenance points at what the document says.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right

__all__ = ["squeeze", "Offsets"]


class Offsets:
    """Piecewise map from the squeezed text back to the original: tokens map one to one,
    a squeezed white-space run maps to where the run began."""

    def __init__(self) -> None:
        self.flat = array("q")
        self.orig = array("q")
        self.linear = array("b")

    def add(self, flat: int, orig: int, linear: bool) -> None:
        self.flat.append(flat)
        self.orig.append(orig)
        self.linear.append(1 if linear else 0)

    def __call__(self, i: int) -> int:
        k = max(bisect_right(self.flat, i) - 1, 0)
        return self.orig[k] + (i - self.flat[k] if self.linear[k] else 0)


# white space other than one space: two or more, or one that is not a space (led by a class, so
# that `re` skips from one white-space character to the next)
_WS_RUN = re.compile(r"[ \t\r\n\xa0](?:[ \t\r\n\xa0]+|(?<=[\t\r\n\xa0]))")
_SPACES = re.compile(" +")


def _table_line(line: str) -> bool:
    """A tab, or three spaces or more between two words (`\\t|\\S {3,}\\S`, found by `str.find`)."""
    if "\t" in line:
        return True
    i = line.find("   ")
    while i != -1:  # i starts a run of spaces (the one before it, if any, is not a space)
        end = _SPACES.match(line, i).end()  # type: ignore[union-attr]
        if i > 0 and not line[i - 1].isspace() and end < len(line) and not line[end].isspace():
            return True
        i = line.find("   ", end)
    return False


def squeeze(text: str) -> tuple[str, Offsets]:
    """The text with wrapped prose lines joined, and a map back to offsets in `text`.

    Names wrap across lines in plain-text filings ("Hooli\\nComputer, Inc."). A
    line break is read as a space only after a long prose line (a wrapped
    paragraph), never in address or contact blocks or tables, where each line is
    its own entry; a tab or a wide gap inside a line (a cell boundary) stays a tab,
    so "Skippy<tab>Hormel Foods Corporation" is not read as one name. Capitals are
    eased for the name finder ("HOUSE OF WAX CORPORATION" reads as "HOUSE of WAX
    Corporation") without changing any length.
    """
    out: list[str] = []
    offsets = Offsets()
    # the loop runs once per white-space run: appends bound once, runs read in place
    add_flat, add_orig, add_linear, emit = (
        offsets.flat.append,
        offsets.orig.append,
        offsets.linear.append,
        out.append,
    )
    count, rfind = text.count, text.rfind
    pos = flat_pos = 0
    line_start = 0
    for m in _WS_RUN.finditer(text):
        start, end = m.span()
        if start > pos:  # the text before this run
            add_flat(flat_pos)
            add_orig(pos)
            add_linear(1)
            emit(text[pos:start])
            flat_pos += start - pos
        breaks = count("\n", start, end)
        rep = " "
        if not breaks and (end - start > 2 or "\t" in text[start:end]):
            rep = "\t"  # a table's cell boundary: no name runs from one cell into the next
        if breaks:
            line = text[line_start:start]
            if (breaks > 1 or len(line) < 45 or _table_line(line)) and not (
                breaks == 1 and _CAPS_CONTINUED.match(text, end) and _CAPS_LINE.search(line)
            ):
                rep = "\n" * min(breaks, 2)
            line_start = rfind("\n", start, end) + 1
        add_flat(flat_pos)
        add_orig(start)
        add_linear(0)
        emit(rep)
        flat_pos += len(rep)
        pos = end
    if pos < len(text):
        offsets.add(flat_pos, pos, True)
        out.append(text[pos:])
    flat = _CAPS_TOKEN.sub(lambda t: _CAPS_WORDS[t.group()], "".join(out))
    if "..." in flat:
        flat = re.sub(r"\.{3}(?=[A-Za-z])", "   ", flat)
    return flat, offsets


# a capitals name continued on the next line: "1900 BANCORP" / "OF IDAHO, INC."
_CAPS_CONTINUED = re.compile(r"(?:OF|AND|&)[ ][A-Z][A-Z.,&'’ -]*$", re.M)
_CAPS_LINE = re.compile(r"(?:^|\s)[A-Z0-9][A-Z0-9&'’.-]*[A-Z][ \t]*$")

_CAPS_WORDS = {
    "OF": "of", "AND": "and", "THE": "the", "FOR": "for", "INC.": "Inc.", "INC": "Inc", "CORP.": "Corp.",
    "CORP": "Corp", "CORPORATION": "Corporation", "COMPANY": "Company", "LIMITED": "Limited", "Plc": "PLC",
    "INC.,": "Inc.,", "CO.": "Co.", "LTD.": "Ltd.", "LTD": "Ltd",
}  # fmt: skip
# led by the class of first letters (for `re` to skip to them), then the word for that letter
_CAPS_TOKEN = re.compile(
    "["
    + "".join(sorted({re.escape(w[0]) for w in _CAPS_WORDS}))
    + r"](?<!\S.)(?:"
    + "|".join(
        f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in sorted(_CAPS_WORDS, key=len, reverse=True)
    )
    + r")(?!\S)"
)
