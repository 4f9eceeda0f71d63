"""What one line of a press-release contact block says: a person, a title, a department, a company, a phone.

Contact blocks are read a line (or a column cell) at a time; each line is one
of a few kinds. A person's line may carry more than the name, separated by
commas, spaced dashes or bars, in the order writers use: "Jane Roe, Vice
President, Corporate Communications, (555) 555-0100", "John Doe - Treasurer -
555-0101", "Mary Major | Director, Investor Relations | Acme Corp.",
"Jane Roe of Acme Corporation, 555-0100". `name_line` splits such a line
into name, title and company, and refuses any line whose rest is not made of
those parts (prose is never a name line).
"""

from __future__ import annotations

import re

from edgarkg.text.names import (
    OrgLexicon,
    has_legal_suffix,
    is_person_name,
    is_title,
    leading_person_name,
)

__all__ = [
    "DEPT_WORDS",
    "EMAIL",
    "ESQUIRE",
    "PHONE",
    "SIDE_BY_SIDE",
    "is_detail",
    "is_dept",
    "name_line",
    "title_run",
]

ESQUIRE = re.compile(r",?\s+(?:Esq\.?|Esquire)$")  # "Jane Roe, Esq.": the name ends before it
SIDE_BY_SIDE = re.compile(r"\t|\S {2,}\S")  # cells of a line set side by side
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(
    r"^(?:(?:t|tel|phone|telephone|fax|f|m|mobile|cell|direct|office|p)\.?\s*:?\s*)?"
    r"[+(]?\d[\d\s().\-/+]{6,}(?:\s*(?:x|ext\.?)\s*\d+)?$",
    re.I,
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_OR = re.compile(r"^(?:or|and|&)$", re.I)
_LABELLED = re.compile(r"^(?:e-?mail|tel|phone|telephone|fax|mobile|cell|web|website|t|m|e|f)\.?\s*:", re.I)
DEPT_WORDS = re.compile(
    r"\b(?:Press|Media|Relations|Communications|Office|Affairs|Investor|Investors|Public|Corporate|Marketing|News)\b"
)
# A degree or credential after a name: "Corey Davis, PhD", "Jane Roe, M.D., CFA".
_DEGREE = re.compile(
    r"^(?:\s*,?\s*(?:Ph\.?\s?D|M\.?D|MBA|M\.B\.A|CFA|CPA|Esq|J\.D|Pharm\.?\s?D|D\.?V\.?M|R\.?N)\.?(?![\w.]))+"
)
_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?$")
# Between the parts of a name line: a comma or semicolon, a spaced dash, a bar.
_PART_SEP = re.compile(r"\s*[,;|]\s*|\s+[-–—]+\s+")


def is_detail(t: str) -> bool:
    """A phone number, e-mail address, web address, "or", or a run of them ("404-506-5333 or media@...")."""
    if EMAIL.search(t) or _LABELLED.match(t) or PHONE.match(t) or _URL.match(t) or _OR.match(t):
        return True
    parts = [
        p for p in re.split(r"\s+or\s+|,\s*|\s{2,}|\s+(?=[\w.+-]+@)|(?<=\d)\s+(?=[a-zA-Z])", t) if p.strip()
    ]
    return len(parts) > 1 and all(
        EMAIL.search(p) or PHONE.match(p.strip()) or _URL.match(p.strip()) for p in parts
    )


def is_dept(t: str) -> bool:
    """A department's name on its own: "Investor Relations", "Corporate Communications"."""
    return len(t.split()) <= 6 and bool(DEPT_WORDS.search(t)) and t[:1].isupper() and not t.endswith(".")


def _is_org(t: str, lexicon: OrgLexicon | None) -> bool:
    return has_legal_suffix(t) or (lexicon is not None and lexicon.knows(t))


def title_run(title: str, after: list[str], lexicon: OrgLexicon | None) -> tuple[str, int]:
    """A title with the parts after it that go on with it ("Vice President, Corporate Communications"),
    and how many of `after` it took. A part goes on when it is a title too or names a department;
    a phone, an e-mail, a company or a person ends the title.
    """
    out = [title]
    for p in after:
        p = p.strip()
        if not p or is_detail(p) or _is_org(p, lexicon) or is_person_name(p):
            break
        if not (is_title(p) or is_dept(p)):
            break
        out.append(p)
    return ", ".join(out), len(out) - 1


def name_line(t: str, lexicon: OrgLexicon | None = None) -> tuple[str, str | None, str | None] | None:
    """(name, title, company) of a line that starts with a person and holds only contact parts.

    "John A. Smith, Chief Financial Officer", "Jane Roe, 555-555-0100",
    "John Doe - Treasurer - (555) 555-0101", "Jane Roe of Acme Corporation,
    555-0100", "Jane Roe, Investor Relations, 555-0100" (the department as her
    title); None for any other line.
    """
    t = t.strip(" \t,;")
    if is_person_name(t, allow_caps=True):
        return t, None, None
    end = leading_person_name(t, allow_caps=True)
    if end is None:
        return None
    name, rest = t[:end], _DEGREE.sub("", t[end:]).strip(" ,;:-–—|")
    if not rest:
        return name, None, None
    if is_title(rest):
        return name, rest, None
    pieces = [p for p in _PART_SEP.split(rest) if p.strip()]
    if is_detail(rest) and not (pieces and (is_title(pieces[0]) or is_dept(pieces[0]))):
        return name, None, None
    title = org = None
    k = 0
    of = re.match(r"(?:of|at|with)\s+(?P<org>.+)$", pieces[0]) if pieces else None
    if of and _is_org(of.group("org"), lexicon):  # "Jane Roe of Acme Corporation, 555-0100"
        org, k = of.group("org"), 1
    elif pieces and is_title(pieces[0]):
        title, took = title_run(pieces[0], pieces[1:], lexicon)
        k = 1 + took
        if k < len(pieces) and _is_org(pieces[k], lexicon):
            org, k = pieces[k], k + 1
    elif len(pieces) > 1 and is_dept(pieces[0]) and is_detail(pieces[-1].strip()):
        title, k = pieces[0], 1  # "Jane Roe, Investor Relations, 555-0100": the department she answers for
        head, _, tail = name.partition(",")
        tail = tail.strip()
        if tail and not _SUFFIX.match(tail) and is_dept(f"{tail} {title}"):  # "Roe, Corporate" ⏎ "Affairs"
            name, title = head, f"{tail} {title}"
    else:
        return None
    if not all(is_detail(p.strip()) for p in pieces[k:]):
        return None
    return name, title, org
