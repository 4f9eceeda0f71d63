"""For which company a signature block signs: the registrant lines above it or left of its "/s/".

A block names its registrant(s) in capitals above the signature ("ACME
WIDGETS, INC." ⏎ "By: /s/ ..."), on the signature line itself, or not at all
(then the cover page's registrant, read by `registrant_names`, stands). A
foreign filer's authorised representative signs for the company printed
under its row (`entity_below`), which is no registrant of the filing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from edgarkg.text.columns import split_tabs, split_wide
from edgarkg.text.mentions import Mention
from edgarkg.text.names import OrgLexicon, find_org_names, has_legal_suffix, is_person_name, is_title
from edgarkg.text.outside_titles import BANK_FORM, corporate
from edgarkg.text.sentences import Segment, lines
from edgarkg.text.signature_marks import (
    BY,
    MARKUP,
    REGISTRANT_LABEL,
    REPRESENTATIVE,
    RULE,
    STRIP,
    person_then_title,
    slash_s,
)

__all__ = [
    "entity_below",
    "first_org_line_start",
    "registrant_names",
    "registrants_above",
    "registrants_left",
    "signing_registrants",
]


_HEADER_WORDS = frozenset(
    """
    signature signatures title titles date name capacity
    """.split()  # noqa: SIM905 - one vocabulary, easier to read as text
)


_REGISTRANT_NAME_NOTE = re.compile(r"^\(?\s*(?:exact\s+)?name of (?:the )?registrant", re.I)


# "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, Acme Inc.
# has duly caused this report to be signed on its behalf"
_DULY_CAUSED = re.compile(
    r"Act of 19\d\d,?\s+(?:as amended,\s+)?(?:the registrant,?\s+)?(?P<name>[A-Z][\w&.,'’ -]{1,80}?)"
    r",?\s+(?:\(the\s+\W?Registrant\W?\)\s+)?has\s+duly\s+caused"
)


def registrant_names(text: str, all_lines: Sequence[Segment] | None = None) -> list[str]:
    """Cover-page registrant names: the line above "(Exact name of registrant as specified in ...)"."""
    out: list[str] = []
    prev = before = ""
    for seg in lines(text) if all_lines is None else all_lines:
        t = seg.text.strip()
        if _REGISTRANT_NAME_NOTE.match(t) and prev:
            out.append(prev)
        elif _TRUSTEE_NAME_NOTE.match(t) and prev:  # a Form T-1: its signer signs for the trustee
            return [_wrapped_name(before, prev)]
        if t and not RULE.match(t) and not MARKUP.match(t):
            prev, before = t.split("\t")[0].strip(), prev
    if not out:  # a cover page without the note: the company the signature page says signs
        out.extend(" ".join(m.group("name").split()) for m in _DULY_CAUSED.finditer(text))
    return out[:1]


_TRUSTEE_NAME_NOTE = re.compile(r"^\(?\s*(?:exact\s+)?name of (?:the\s+)?trustee as specified", re.I)


def _name_start(line: str) -> bool:
    """A capitalised line that may begin a name wrapped onto the next: not a heading or a label."""
    return len(line.split()) >= 2 and "SIGNATURE" not in line and not line.endswith((":", "."))


def _wrapped_name(before: str, last: str) -> str:
    """ "THE BANK OF NEW YORK MELLON" + "TRUST COMPANY, N.A.": a capitalised name broken over two lines."""
    if (
        before.isupper()
        and last.isupper()
        and len(before) < 60
        and not has_legal_suffix(before)
        and re.fullmatch(r"[A-Z][A-Z0-9&.,'’ -]*", before)
    ):
        return f"{before} {last}"
    return last


def signing_registrants(signatures: Sequence[Mention]) -> list[str]:
    """The companies signature blocks sign for, less those an authorized representative signs for:
    a filer's agent in the United States (often its subsidiary) is no registrant of the filing."""
    return [m.org for m in signatures if m.org and not REPRESENTATIVE.fullmatch(m.title)]


def entity_below(all_lines: Sequence[Segment], i: int, row: Sequence[int]) -> str | None:
    """The company written alone right under a signer's row ("/s/ Jane Roe | Authorized Representative"
    ⏎ "Acme Holdings USA, Inc."): the entity the representative signs for, unless a signature follows
    it (then it heads the next block). `row`: the lines the signer's name and title took."""
    below = [j for j in range(i + 1, min(i + 12, len(all_lines))) if all_lines[j].text.strip()]
    for k, j in enumerate(below):
        t = all_lines[j].text.strip(STRIP)
        if "\t" not in t and corporate(t) and len(t.split()) <= 10:
            after = below[k + 1 : k + 4]
            if any(slash_s(all_lines[a].text) or BY.match(all_lines[a].text) for a in after):
                return None
            return t
        if j not in row:
            return None
    return None


def _registrant_cell(t: str, lexicon: OrgLexicon, next_line: str) -> bool:
    t = t.strip(STRIP)
    if not t or t.lower() in _HEADER_WORDS or REGISTRANT_LABEL.match(t) or re.match(r"(?i)an?\s", t):
        return False
    if len(t.split()) > 10 or is_person_name(t, allow_caps=True):
        return False
    if person_then_title(t):  # the row above's "Jane Roe Director of Acme Inc."
        return False
    if has_legal_suffix(t) or lexicon.knows(t) and not is_title(t, max_words=4):
        return True
    if t.isupper() and len(t.split()) >= 2 and BANK_FORM.search(t):
        return True  # "U.S. BANK NATIONAL ASSOCIATION" above the "/s/" of its officer
    return bool(REGISTRANT_LABEL.match(next_line.strip()))


# "ACME BANCORP OF OHIO, INC.": two name-like runs joined by "of" are one name, not two registrants.
_LINK_ONLY = re.compile(r"\s+(?:of|OF|de|DE)\s")


def _registrant_names_in(cell: str, lexicon: OrgLexicon, next_line: str) -> list[str]:
    """Registrant names in one cell; several where a page runs them together on one line."""
    t = cell.strip(STRIP)
    spans = find_org_names(t)
    joined = any(_LINK_ONLY.match(t, b) for (_, b), _ in zip(spans, spans[1:], strict=False))
    if len(spans) > 1 and not joined and not t[spans[-1][1] :].strip(STRIP):
        return [t[a:b] for a, b in spans]
    return [t] if _registrant_cell(t, lexicon, next_line) else []


def registrants_above(all_lines: Sequence[Segment], i: int, lexicon: OrgLexicon) -> list[str] | None:
    """Registrant names in the lines above a signature; None if the previous signature comes first."""
    found: list[str] = []
    for j in range(i - 1, max(-1, i - 14), -1):
        raw = all_lines[j].text
        t = raw.strip()
        if not t or MARKUP.match(raw) or RULE.match(raw) or REGISTRANT_LABEL.match(t) or BY.match(raw):
            if found and not t:
                break
            continue
        if slash_s(raw):
            return found or None
        cells = split_tabs(all_lines[j]) if "\t" in raw else split_wide(all_lines[j], 3)
        nxt = all_lines[j + 1].text if j + 1 < len(all_lines) else ""
        orgs = [o for c in cells for o in _registrant_names_in(c.text, lexicon, nxt)]
        above = all_lines[j - 1].text.strip() if j else ""
        if len(orgs) == 1 and orgs[0] == t.strip(STRIP) and t.isupper() and _name_start(above):
            orgs = [_wrapped_name(above, orgs[0])]  # "THE BANK OF NEW YORK MELLON" ⏎ "TRUST COMPANY, N.A."
        if orgs:
            found = orgs + found
            continue
        if found:
            break
        words = t.split()
        if len(words) > 10 or t.endswith((".", ":")) and len(words) > 4:
            break  # prose: the "Pursuant to the requirements ..." paragraph
    return found


_LEFT_OF_SIGNATURE = re.compile(r"^(?P<left>.*?)\s*(?:\bBy\s*:?\s*)?/s ?/", re.I)


def registrants_left(line: Segment, lexicon: OrgLexicon) -> list[str]:
    """A registrant written on the signature line itself: "ACME WIDGETS, INC. By: /s/ ..."."""
    m = _LEFT_OF_SIGNATURE.match(line.text)
    if not m or not m.group("left").strip():
        return []
    left = Segment(m.group("left"), line.start, line.start + len(m.group("left")))
    cells = split_tabs(left) if "\t" in left.text else split_wide(left, 3)
    return [
        c.text.strip(STRIP)
        for c in cells
        if _registrant_cell(c.text, lexicon, "") and has_legal_suffix(c.text)
    ]


def first_org_line_start(all_lines: Sequence[Segment], i: int, orgs: list[str]) -> int:
    first = orgs[0]
    for j in range(i - 1, max(-1, i - 14), -1):
        if first in all_lines[j].text:
            return all_lines[j].start + all_lines[j].text.index(first)
    return all_lines[i].start
