"""What the people rules find: a person, a title, an organisation, and where it was said.

A `Mention` is still text-level (names as written, offsets into the reading
text); the extractor turns mentions into `Position` facts with provenance.
The date helpers read the few ways prose states when a position began or
ended ("since September 1999", "from 1991 to 1999", "effective May 2, 2005").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Mention", "parse_date", "DATE", "position_dates", "defined_terms", "term_key"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A person holding a title, as one passage of a document states it.

    `org` is the organisation as written, or None for the document's filer
    ("the Company", a press release's own contacts); `span` is the passage
    (sentence, signature block, table row) in the reading text.
    """

    name: str
    title: str
    org: str | None
    kind: str  # "signature", "contact", "roster", "committee", "quote", "appointment", "biography"
    span: tuple[int, int]
    role: str | None = None
    start: date | None = None
    end: date | None = None


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
DATE = (
    rf"(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+(?:19|20)\d\d"
    rf"|(?:{_MONTH})\.?,?\s+(?:19|20)\d\d"
    rf"|(?:19|20)\d\d)"
)
"""Regex source (case-insensitive) of a written date: a day, a month or a year."""

_PARTS = re.compile(
    rf"(?i)(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<m3>{_MONTH})\.?,?\s+(?P<y3>(?:19|20)\d\d)"
    rf"|(?P<y4>(?:19|20)\d\d))"
)


def parse_date(s: str, *, end_of_period: bool = False) -> date | None:
    """The first date written in `s`; a month or a year alone is its first day (last with `end_of_period`)."""
    m = _PARTS.search(s)
    if not m:
        return None
    try:
        if m.group("y1"):
            return date(int(m.group("y1")), _MONTHS[m.group("m1").lower()], int(m.group("d1")))
        if m.group("y2"):
            return date(int(m.group("y2")), _MONTHS[m.group("m2").lower()], int(m.group("d2")))
        if m.group("y3"):
            year, month = int(m.group("y3")), _MONTHS[m.group("m3").lower()]
            day = calendar.monthrange(year, month)[1] if end_of_period else 1
            return date(year, month, day)
        year = int(m.group("y4"))
        return date(year, 12, 31) if end_of_period else date(year, 1, 1)
    except ValueError:
        return None


_RANGE = re.compile(
    rf"(?i)\bfrom\s+(?P<a>{DATE})\s+(?:to|through|until|till|-|–)\s+(?P<b>{DATE}|the\s+present|present)"
)
_SINCE = re.compile(rf"(?i)\bsince\s+(?P<a>{DATE})")
_EFFECTIVE = re.compile(rf"(?i)\beffective\s+(?:as\s+of\s+|on\s+)?(?P<a>{DATE})")
_IN = re.compile(rf"(?i)\b(?:in|on)\s+(?P<a>{DATE})")
_PAST_YEAR = re.compile(rf"(?i)\b(?:until|through)\s+(?P<b>{DATE})")


def position_dates(
    clause: str, *, leaving: bool = False, effective_only: bool = False, loose: bool = True
) -> tuple[date | None, date | None]:
    """(start, end) a clause states for a position.

    "from 1991 to 1999", "since September 1999", "effective May 2, 2005"
    (an end when the clause is about leaving), and with `loose` a bare "in
    February 1999" ("joined the Company in February 1999 as ..."). With
    `effective_only`, only an "effective <date>" counts (for text before the name).
    """
    if effective_only:
        m = _EFFECTIVE.search(clause)
        d = parse_date(m.group("a")) if m else None
        return (None, d) if leaving else (d, None)
    m = _RANGE.search(clause)
    if m:
        end = None if "present" in m.group("b").lower() else parse_date(m.group("b"), end_of_period=True)
        return parse_date(m.group("a")), end
    m = _SINCE.search(clause)
    if m:
        return parse_date(m.group("a")), None
    m = _EFFECTIVE.search(clause)
    if m:
        d = parse_date(m.group("a"))
        return (None, d) if leaving else (d, None)
    m = _PAST_YEAR.search(clause)
    if m and leaving:
        return None, parse_date(m.group("b"), end_of_period=True)
    m = _IN.search(clause) if loose else None
    if m and not leaving:
        return parse_date(m.group("a")), None
    return None, None


# --- defined terms ------------------------------------------------------------

# `Globex Capital Corp. ("GCC")`, `Acme Inc. (hereinafter "Acme")`, `Acme Inc. (the "Company")`
# The parenthesis defining a term, then the name it follows (read backwards from it, in a short window).
_DEFINITION = re.compile(
    r"\(\s*(?i:(?:hereinafter|herein|together|collectively)\s+)?(?i:(?:referred\s+to\s+as|called)\s+)?"
    r"(?i:(?:the|an?)\s+)?[\"“] ?(?P<term>[A-Z][^\"“”\n()]{0,38})[\"”]\s*\)"  # old filings: (the " Bank ")
)
_FULL_NAME = re.compile(
    r"(?P<full>(?:[A-Z][\w&.’'-]*)(?:\s+(?:[A-Z0-9][\w&.’'-]*|of|and|&|de|du|der|van|von)){0,7}"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|L\.P|LP|N\.V|S\.A|plc|PLC|AG|SE)\.?)?)\s*$"
)
_NAME_REACH = 160
# A sentence's end inside the words read back from a definition: a word's period, not an abbreviation's.
_SENTENCE_BEFORE = re.compile(
    r"(?<=[a-z]{3})(?<!Bros)(?<!Corp)(?<!Mfg)(?<!Intl)(?<!Assn)(?<!Natl)\.\s+(?=[A-Z])"
)
_LEGAL_FORM_END = re.compile(r",?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|L\.P|LP|N\.V|S\.A|plc|PLC|AG|SE)\.?$")
_LEADING_THE = re.compile(r"^(?:The|THE)\s+")
# A defined term that is a common noun for the filer: `(the "Company")` names the document's own company.
FILER_TERMS = frozenset(
    "company registrant corporation partnership fund trust issuer bank partnerships funds".split()  # noqa: SIM905
)


def term_key(s: str) -> str:
    """A defined term's spelling without case or punctuation: "GIGF, Inc." ~ "GIGF Inc"."""
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def defined_terms(text: str) -> dict[str, str]:
    """Short names the document defines in parentheses → the full name they stand for.

    Keys are `term_key`s; a filer noun (`(the "Company")`) maps to the full
    name too, but callers read `FILER_TERMS` to send it to the filer.
    """
    terms: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        named = _FULL_NAME.search(text, max(0, m.start() - _NAME_REACH), m.start())
        if named is None:
            continue
        full = _LEADING_THE.sub("", " ".join(named.group("full").split())).rstrip(",")
        full = _SENTENCE_BEFORE.split(full)[-1]  # "located in Iowa. Foo Savings Bank": the name only
        term = m.group("term").strip()
        if len(full.split()) < 2 or (len(full) <= len(term) and not _LEGAL_FORM_END.search(full)):
            continue  # a legal name may be shorter than its term: 'Acme, L.P. (the "Operating Partnership")'
        terms.setdefault(term_key(term), full)
    return terms
