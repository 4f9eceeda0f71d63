"""One title two people share: "Jane Roe and John Doe are the general partners of Globex, L.P.".

Registration statements explain who controls a selling stockholder or a
fund by naming its principals together, the title in the plural. The
sentence rules read one name at a time and find no title after the first
name (an "and" follows it), so the pair is read here: each name holds the
title, in the singular, at the organisation named. The same sharing is
written the other way round, the plural title first and the names set off
after it ("two executive officers, Jane Roe and John Doe"):
`listed_title_mentions` reads that form, at the filer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.mentions import Mention
from edgarkg.text.names import OrgLexicon, find_person_names, has_legal_suffix, is_person_name, role_for_title

__all__ = ["listed_title_mentions", "org_at", "plural_mentions"]


# between the two names: " and ", or the first name's apposition then ", and "
_BETWEEN = re.compile(r"(?:,[^;:()]{0,80},)?\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
# after the second name: "are (both) the general partners of ", "are the managing members of "
_ARE_THE = re.compile(
    r"\s*(?:,[^;:.()]{0,80},)?\s+are\s+(?:both\s+|also\s+|currently\s+)*(?:the\s+)?"
    r"(?P<title>(?:(?:co-|managing\s+|general\s+|senior\s+|founding\s+)?"
    r"(?:partners|members|directors|principals|founders|owners|officers|trustees|managers))"
    r"|co-chief\s+executive\s+officers|co-chairmen|co-presidents)\s+of\s+"
)
_ORG = re.compile(
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,6}(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|L\.P|LP|plc|N\.V|S\.A|AG)\b\.?)?)"
)
_STOP = re.compile(r"(?<=[a-z]{4})\.$|(?<=LLP|LLC)\.$")  # the sentence's full stop, not "Inc."
_SINGULAR = {"co-chairmen": "co-chairman"}


def plural_mentions(s: str, names: Sequence[tuple[int, int]], lexicon: OrgLexicon) -> Iterator[Mention]:
    """A mention for each of two names a plural title joins ("X and Y are the partners of Z")."""
    if " are " not in s:
        return
    for k in range(len(names) - 1):
        (a1, b1), (a2, b2) = names[k], names[k + 1]
        if not _BETWEEN.fullmatch(s, b1, a2):
            continue
        m = _ARE_THE.match(s, b2)
        if m is None:
            continue
        org = org_at(s, m.end(), lexicon)
        if org is None:
            continue
        plural = " ".join(m.group("title").split())
        title = _SINGULAR.get(plural.lower(), plural[:-1])
        role = role_for_title(title)
        for a, b in ((a1, b1), (a2, b2)):
            yield Mention(s[a:b], title, org, "appointment", (0, 0), role)


def org_at(s: str, pos: int, lexicon: OrgLexicon) -> str | None:
    """The organisation named at `pos`: a name with a legal suffix, or one the document states elsewhere."""
    m = _ORG.match(s, pos)
    org = _STOP.sub("", m.group("org").rstrip(" ,")) if m else ""
    end = lexicon.match_at(s, pos)
    known = _STOP.sub("", s[pos:end].rstrip(" ,")) if end is not None else None
    if has_legal_suffix(org) and (known is None or len(org) > len(known)):
        return org  # "Roe Associates VI, L.P." where the document elsewhere writes "Roe Associates VI"
    return known


# --- a plural title, then the people who hold it: "two executive officers, Jane Roe and John Doe" ----

_LIST_NOUNS = (" officers, ", " directors, ")
_LIST_HEAD = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|both|certain|our|its|the\s+company['’]s)\s+"
    r"(?:of\s+(?:our|its|the\s+company['’]s)\s+)?(?:other\s+)?"
    r"(?P<mods>(?:executive|senior|named\s+executive|non-employee|independent|outside)\s+)?"
    r"(?P<noun>officers|directors),\s$"
)
_LIST_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_LIST_END = re.compile(r"\s*(?:[.,;:)]|$)")


def listed_title_mentions(text: str) -> Iterator[Mention]:
    """Each person of a list set off after a plural title: "two executive officers, Jane Roe and John Doe".

    The apposition names who the plural means; every name holds the title in
    the singular, at the filer. The list must be names only, two or more,
    joined by commas and "and", and end the clause, so "our officers, directors
    and employees" or a sentence that goes on after a name never qualifies.
    """
    for noun in _LIST_NOUNS:
        at = text.find(noun)
        while at >= 0:
            after = at + len(noun)
            if after < len(text) and text[after].isupper():
                head = _LIST_HEAD.search(text, max(0, at - 80), after)
                if head is not None:
                    yield from _listed(text, after, head)
            at = text.find(noun, after)


def _listed(text: str, pos: int, head: re.Match[str]) -> Iterator[Mention]:
    names: list[tuple[int, int]] = []
    spans = find_person_names(text, pos, min(len(text), pos + 300))
    for a, b in spans:
        if a != pos or not is_person_name(text[a:b]):
            break
        names.append((a, b))
        sep = _LIST_SEP.match(text, b)
        if sep is None:
            break
        pos = sep.end()
    if len(names) < 2 or _LIST_END.match(text, names[-1][1]) is None:
        return
    if " and " not in text[names[-2][1] : names[-1][0] + 1]:
        return  # the last name must be joined by "and": the list is closed
    title = f"{head.group('mods') or ''}{head.group('noun')[:-1]}".lower()
    title = " ".join(title.split())
    for a, b in names:  # the span is the plural title: the sentence rules still read the names
        yield Mention(
            text[a:b], title, None, "appointment", (head.start(), head.end()), role_for_title(title)
        )
