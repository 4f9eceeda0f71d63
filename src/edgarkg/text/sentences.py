"""Lines, paragraphs and sentences of reading text, each with its offsets.

Every rule that reads prose needs to say where a fact came from, so nothing
here copies text out of context: a `Segment` is a span of the text it was cut
from, and callers map that span to the source with
`TextView.source_span`. EDGAR prose is hard-wrapped plain text or HTML turned
into lines, so a sentence may cross line breaks; a blank line, though, always
ends one (headings, table rows and signature lines are never glued to the
next paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Segment", "lines", "paragraphs", "sentences", "ABBREVIATIONS"]


@dataclass(frozen=True, slots=True)
class Segment:
    """`text[start:end]` of the text it was cut from, kept with its offsets."""

    text: str
    start: int
    end: int


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Starts at a line break, so a long run of spaces is scanned once, not once per space.
_BLANK_RUN = re.compile(r"(?:\r\n|\r|\n)(?:[ \t\f\v\xa0]*(?:\r\n|\r|\n))+")

# Words after which a period does not end a sentence: honorifics, legal
# suffixes, initials' company ("U.S."), month and state abbreviations.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof sr jr st mt ft no nos vs etc inc corp co cos ltd llc plc bros dept jan feb
    mar apr jun jul aug sep sept oct nov dec calif ill mass penn conn wash ariz colo fla ga md mich minn
    mo nev okla ore tenn tex va wis wyo del ind kan neb ky la miss nh nj nm ny nc nd ri sc sd vt wva pa
    al ak az ar ca ct dc hi id ia ks me mn mt ne nv oh ok or tn ut wa wi wv approx est ext fig hon rev
    gen gov sen rep lt col capt cmdr sgt adm i.e e.g u.s u.k n.v s.a a.g b.v l.p p.c e.u u.s.a
    """.split()  # noqa: SIM905 - one vocabulary, easier to read as text
)
# A sentence ends at . ! or ? (with closing quotes or brackets) before white
# space and something that can start a sentence.
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Segment]:
    """The lines of `text[start:end]` without their line breaks (CR, LF and CRLF all end a line)."""
    stop = len(text) if end is None else end
    pos = start
    if text.find("\r", start, stop) < 0:  # line feeds alone (the usual case): no pattern, no match objects
        find = text.find
        while (nl := find("\n", pos, stop)) >= 0:
            yield Segment(text[pos:nl], pos, nl)
            pos = nl + 1
    else:
        for m in _LINE_BREAK.finditer(text, start, stop):
            yield Segment(text[pos : m.start()], pos, m.start())
            pos = m.end()
    if pos < stop:
        yield Segment(text[pos:stop], pos, stop)


def paragraphs(text: str, start: int = 0, end: int | None = None) -> Iterator[Segment]:
    """Runs of text between blank lines, stripped of surrounding white space."""
    stop = len(text) if end is None else end
    pos = start
    for m in _BLANK_RUN.finditer(text, start, stop):
        seg = _stripped(text, pos, m.start())
        if seg is not None:
            yield seg
        pos = m.end()
    seg = _stripped(text, pos, stop)
    if seg is not None:
        yield seg


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Segment]:
    """The sentences of `text[start:end]`, paragraph by paragraph.

    A period after an abbreviation ("Mr.", "Inc.", "Calif.") or an initial
    ("John A. Smith") does not end a sentence; a blank line always does.

    Several extractors read every sentence of the same document: the split of the
    last few long texts read whole is kept (segments are immutable) and replayed.
    """
    if start or (end is not None and end != len(text)) or not _CACHE_FROM <= len(text) <= _CACHE_UP_TO:
        return _sentences(text, start, end)
    hit = _WHOLE.get(id(text))
    if hit is None or hit[0] is not text:
        hit = _WHOLE[id(text)] = (text, tuple(_sentences(text, 0, None)))
        while len(_WHOLE) > 4:
            del _WHOLE[next(iter(_WHOLE))]
    return iter(hit[1])


_CACHE_FROM = 10_000  # shorter texts are split again: cheap, and not worth holding on to
_CACHE_UP_TO = 2_000_000  # longer ones are split lazily, as read: their sentences are not all held
_WHOLE: dict[int, tuple[str, tuple[Segment, ...]]] = {}  # id(text) → (text, its sentences)


def _sentences(text: str, start: int, end: int | None) -> Iterator[Segment]:
    for para in paragraphs(text, start, end):
        pos = para.start
        for m in _END.finditer(text, para.start, para.end):
            if text[m.start()] == "." and _is_abbreviation(text, para.start, m.start()):
                continue
            seg = _stripped(text, pos, m.end())
            if seg is not None:
                yield seg
            pos = m.end()
        seg = _stripped(text, pos, para.end)
        if seg is not None:
            yield seg


def _is_abbreviation(text: str, floor: int, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(floor, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _stripped(text: str, start: int, end: int) -> Segment | None:
    """`text[start:end]` without white space around it (str.strip's white space: str.isspace's)."""
    part = text[start:end]
    left = part.lstrip()
    if not left:
        return None
    start += len(part) - len(left)
    core = left.rstrip()
    return Segment(core, start, start + len(core))
