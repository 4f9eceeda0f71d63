"""Capacities that join a post at the filer to one at another company, split into the two posts.

Signature tables and officer lists write both in one capacity ("Director, Vice
President-Ford and President and Chief Operating Officer, Ford Motor Credit
Company"); the second post belongs to the company the capacity ends with,
recognised by its form (a legal suffix, a bank's or trust company's name).
"""

from __future__ import annotations

import re

from edgarkg.text.mentions import Mention
from edgarkg.text.names import clean_title, has_legal_suffix, is_title, role_for_title

__all__ = ["BANK_FORM", "corporate", "outside_title_split"]

_STRIP = " \t,;:_"


# "..., Ford Motor Credit Company" / "... of Acme Bank, N.A.": a capacity that ends by naming a company.
_ORG_JOINT = re.compile(r",\s+|\s+of\s+(?:the\s+)?")


_NOT_ORG_HEAD = re.compile(
    r"(?i)^(?:the\s+)?(?:board|directors|trustees|managers|committee|executive|company\b)"
)


# Banks and trust companies carry no legal-form suffix: "U.S. BANK NATIONAL ASSOCIATION", "Acme Bank, N.A.".
BANK_FORM = re.compile(r"(?i)(?:\bN\.\s?A\.?|\bnational\s+association|\btrust\s+company|\bbank)$")


_TITLE_WORD = re.compile(
    r"\b(?:President|Officer|Director|Chairman|Chair|Secretary|Treasurer|Counsel|Controller)\b"
)


def corporate(name: str) -> bool:
    """A company's name by its end: a legal form, or a bank's or trust company's."""
    return has_legal_suffix(name) or bool(BANK_FORM.search(name.rstrip(" ,")))


def _org_tail(title: str) -> tuple[str, int] | None:
    """The company a capacity ends with, and where its joint starts (the first joint that gives one)."""
    for j in _ORG_JOINT.finditer(title):
        org = title[j.end() :].strip(_STRIP + ".") if title.endswith(",") else title[j.end() :].strip()
        if not org[:1].isupper() or len(org) > 90 or _NOT_ORG_HEAD.match(org) or ";" in org:
            continue
        if _TITLE_WORD.search(org):
            continue  # "Vice President-Ford and President, Ford Motor Credit Company": a title runs on
        if corporate(org):
            return org, j.start()
    return None


# "Vice President--Ford and President ...": an officer of the filer (named short) who heads another company.
_FILER_AND = re.compile(r"\s*(?:-{1,2}|[\u2013\u2014])\s*[A-Z][\w.&']*\s+and\s+")


_BOARD_FIRST = re.compile(r"^(?P<board>Director|Trustee)(?:,\s+|\s+and\s+)(?=[A-Z])")


def outside_title_split(m: Mention) -> list[Mention]:
    """A capacity that joins a role at the filer to one at another company, split into the two roles.

    1994 Form 10-K signature table and officer list (Ford Motor Co., 0000037996-94-000005):
    "Director, Vice President-Ford and President and Chief Operating Officer, Ford Motor Credit
    Company" is a director and vice president of the registrant and the president and COO of its
    finance subsidiary; "Director; Chairman of the Board of Acme Waste Inc." the same with ";".
    With no clear joint (";", "-Ford and", a leading "Director,") the capacity is left whole.
    """
    title = m.title
    if "," not in title and " of " not in title and " and " not in title:
        return [m]
    tail = _org_tail(title) if ("," in title or " of " in title) else None
    if tail:
        other, head, own_org = tail[0], title[: tail[1]], m.org
    elif m.org and m.kind != "signature":
        other, head, own_org = m.org, title, None  # a list that gave the company: "..., Ford of Europe"
    else:
        return [m]
    if own_org is None and m.org:  # only the "-Ford and" joint tells the filer's part from the other's
        joint = _FILER_AND.search(head)
        if joint is None:
            return [m]
        mine, theirs = head[: joint.start()], head[joint.end() :]
    elif ";" in head:
        mine, _, theirs = head.rpartition(";")
    elif (joint := _FILER_AND.search(head)) is not None:
        mine, theirs = head[: joint.start()], head[joint.end() :]
    elif (board := _BOARD_FIRST.match(head)) is not None:
        mine, theirs = board.group("board"), head[board.end() :]
    else:
        return [m]
    mine, theirs = clean_title(mine.strip(_STRIP)), clean_title(theirs.strip(_STRIP))
    if not (mine and theirs and is_title(mine, max_words=12) and is_title(theirs, max_words=16)):
        return [m]
    return [
        Mention(m.name, mine, own_org, m.kind, m.span, role_for_title(mine) or m.role, m.start, m.end),
        Mention(m.name, theirs, other, m.kind, m.span, role_for_title(theirs) or m.role, m.start, m.end),
    ]
