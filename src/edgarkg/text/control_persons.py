"""The natural persons who control a holder, as ownership footnotes name them.

Registration statements and proxies explain, under a beneficial-ownership
table, who votes a holder's shares: "Jane Roe, in her capacity as Investment
Manager of Globex Capital, Inc., may also be deemed ...", "Jane Roe serves as
the principal of Globex Group", "Mr. Roe is the sole manager of, and may be
deemed to beneficially own securities owned by, Globex Partners", "Jane Roe
and John Doe are managing members of Globex Capital, LLC". The titles are
the vocabulary of funds (principal, managing member, sole manager), which
the general title list does not hold, and the phrasing puts a clause between
the title and the firm. Only sentences holding one of a few trigger phrases
are read, so the rest of a long filing costs one substring test per phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from edgarkg.text.biographies import split_sentences
from edgarkg.text.mentions import Mention
from edgarkg.text.names import OrgLexicon, find_person_names, is_title, role_for_title
from edgarkg.text.plural_roles import org_at, plural_mentions
from edgarkg.text.sentences import Segment

__all__ = ["control_person_mentions"]

_TRIGGERS = (
    "capacity as",
    "managing member",
    "Managing Member",
    "sole manager",
    "sole member",
    "principal of",
    "Principal of",
)
# a fund's titles the general title list lacks (lower case)
_FUND_TITLE = re.compile(
    r"(?:sole\s+|managing\s+|general\s+|founding\s+|senior\s+)?(?:principal|manager|member|partner)"
    r"|(?:investment|portfolio)\s+manager|chief\s+investment\s+officer"
)
_DET = r"(?:the\s+|a\s+|an\s+)?"
# "Jane Roe, in her capacity as Investment Manager of "
_CAPACITY = re.compile(
    r"\s*,\s*in\s+(?:his|her|their)\s+capacit(?:y|ies)\s+as\s+"
    rf"{_DET}(?P<title>[A-Za-z][\w -]{{1,60}}?)\s+of\s+"
)
# "Jane Roe serves as the principal of ", "Mr. Roe is the sole manager of, and may be deemed ..., "
_IS = re.compile(
    rf"\s+(?:is|serves\s+as|acts\s+as)\s+(?:also\s+)?{_DET}(?P<title>[A-Za-z][\w -]{{1,50}}?)\s+of"
    r"(?:\s*,\s*and\s+[^,;:()]{1,160},\s*|\s+)"
)
_MAX_SENTENCE = 2000
# before "principal of" as a title ("serves as the principal of"), not money ("repay the principal of")
_LINK = re.compile(r"\b(?:is|as|are|was)\s+(?:(?:the|a|an)\s+)?(?:sole\s+|managing\s+)?$")


def control_person_mentions(
    text: str, all_lines: Sequence[Segment], lexicon: OrgLexicon
) -> Iterator[Mention]:
    """A mention per person an ownership sentence says holds a fund's title at a firm."""
    present = [t for t in _TRIGGERS if t in text]
    if not present:
        return
    done: set[int] = set()  # lines already read
    starts = [seg.start for seg in all_lines]
    for trigger in present:
        at = text.find(trigger)
        while at >= 0:
            k = _line_of(starts, at)
            if (
                k is not None
                and k not in done
                and (trigger.lower() != "principal of" or _LINK.search(text, max(0, at - 20), at))
            ):
                done.add(k)
                yield from _line_mentions(text, all_lines[k], lexicon)
            at = text.find(trigger, at + len(trigger))


def _line_of(starts: list[int], pos: int) -> int | None:
    k = bisect_right(starts, pos) - 1
    return k if k >= 0 else None


def _line_mentions(text: str, line: Segment, lexicon: OrgLexicon) -> Iterator[Mention]:
    for sent in split_sentences(text, line.start, line.end):
        s = sent.text
        if len(s) > _MAX_SENTENCE or not any(t in s for t in _TRIGGERS):
            continue
        names = find_person_names(s)
        # spans start after the name: the sentence rules still read the name for anything else said of it
        for a, b in names:
            for m in _read(s, a, b, lexicon):
                yield Mention(
                    m.name, m.title, m.org, m.kind, (sent.start + m.span[0], sent.start + m.span[1]), m.role
                )
        if " are " in s:
            for m in plural_mentions(s, names, lexicon):
                at = s.find(m.name) + len(m.name)
                yield Mention(m.name, m.title, m.org, m.kind, (sent.start + at, sent.end), m.role)


def _read(s: str, a: int, b: int, lexicon: OrgLexicon) -> Iterator[Mention]:
    name = s[a:b]
    for pattern in (_CAPACITY, _IS):
        m = pattern.match(s, b)
        if m is None:
            continue
        title = " ".join(m.group("title").split())
        if not (_FUND_TITLE.fullmatch(title.lower()) or is_title(title)):
            continue
        org = org_at(s, m.end(), lexicon)
        if org is None:
            continue
        end = s.find(org, m.end()) + len(org)
        yield Mention(name, title, org, "appointment", (b, end), role_for_title(title) or "officer")
        return
