"""From a title read next to a name to the `Mention`s it states: organisation, past or current, dates.

Every construction of `attributions` and `appointments` ends here, so the
rules that hold for all of them live in one place: a "member of the
Trilateral Commission" is a post at that body, the filer is the default
organisation, an earlier post at an unnamed employer is dropped, and the
dates come from the clause after the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from edgarkg.text.biographies import more_titles
from edgarkg.text.employers import committee_of_org, is_board_word, unit_of_org, unread_org
from edgarkg.text.mentions import Mention, position_dates
from edgarkg.text.names import OrgLexicon, TitleMatch, has_legal_suffix, role_for_title

__all__ = ["DATE_REACH", "HAS_TITLE", "further_titles", "is_past", "name_follows", "org_of", "title_mentions"]


# Quick test: does a sentence hold anything title-like at all?
HAS_TITLE = re.compile(
    r"(?i)\b(?:president|officer|director|chairman|chairwoman|chair|chairperson|secretary|treasurer|controller"
    r"|comptroller|counsel|ceo|cfo|coo|cto|head|manager|boards?|leader|clerk|governor|partner|member|chief|chairs)\b"
)
# A clause about an earlier position ("served as", "joined ... in 1998 as"); "has served as" is current.
_PAST = re.compile(
    r"(?i)(?<!has )(?<!have )\b(?:was|were|had\s+been|served|formerly|previously|former|prior\s+to|retired"
    r"|resigned|left|until|joined|became)\b"
)
# "has also served as", "have continuously served as": still the present perfect, still current.
_PERFECT_ADVERB = re.compile(r"(?i)\b(has|have)\s+(?:also|continuously|since\s+then|ably)\s+")


def is_past(clause: str) -> bool:
    """True when the words between a name and its title speak of an earlier position."""
    one_line = " ".join(clause.split())  # "has\nserved as": the lookbehind needs the single space
    return bool(_PAST.search(_PERFECT_ADVERB.sub(r"\1 ", one_line)))


DATE_REACH = 80  # how far past a title its dates are looked for ("... since September 1999")


def further_titles(
    s: str,
    name: str,
    t: TitleMatch,
    nxt: int,
    lexicon: OrgLexicon,
    subject: str | None,
    past: bool,
    leaving: bool,
) -> Iterator[Mention]:
    """The titles a biography lists after the first (see `biographies.more_titles`).

    A later officer's title that names no company keeps the one the title
    before it named ("President of Globex Inc. since 1997, and as Treasurer
    since 1988"), unless the list turns back to the filer ("... and as our
    CFO"); a bare board seat ("and as a director since 2000") does not, as
    biographies write it for the filer's board.
    """
    prev = t
    for more in more_titles(s, t, nxt, lexicon):
        if name_follows(s, more.end, nxt):
            return
        clause = s[more.start : min(nxt, more.end + DATE_REACH)]
        org = org_of(more, None)
        if (
            org is None
            and prev.org
            and role_for_title(more.title) != "director"  # "and as a director since 2000": often the filer's
            and not _OWN_WORD.search(s, prev.end, more.start)
            and _named_in_title(more.title) is None  # "as well as Chairman of Molecular Technology Group"
        ):
            org = prev.org
        yield from title_mentions(name, more, org, subject, "appointment", clause, past, leaving=leaving)
        prev = more if more.org is not None else TitleMatch(more.start, more.end, more.title, org)


# Words that turn a list of posts back to the filer: "and as our Chief Financial Officer".
_OWN_WORD = re.compile(r"(?i)\b(?:our|its|the\s+(?:company|registrant|corporation)(?:['’]s)?)\b")


def title_mentions(
    name: str,
    t: TitleMatch,
    org: str | None,
    subject: str | None,
    kind: str,
    clause: str,
    past: bool,
    *,
    leaving: bool = False,
    lead: str = "",
    loose_dates: bool = False,
) -> Iterator[Mention]:
    """The mentions title `t` of `name` states: its organisation (else `subject`, else the filer), dates."""
    subject = _board_of(subject)
    org = _board_of(org)
    body = _MEMBER_OF_BODY.match(t.title)
    if body and not org and _PROFESSION.search(body.group("body")):
        return  # "a Member of the Chartered Professional Accountants of British Columbia": a credential
    if org and t.title.lower() == "member" and _PROFESSION.search(org):
        return
    if body and not org and not _OWN_BODY.search(body.group("body")):
        t, org = (
            TitleMatch(t.start, t.end, "Member"),
            body.group("body"),
        )  # "a member of the Trilateral Commission"
    other_board = _OTHER_BOARD.match(t.title) if not org else None
    if other_board is not None and not _OWN_BODY.search(other_board.group("org")):
        org = other_board.group("org")  # "a member of Auradine's Board of Directors": that company's board
    if is_board_word(org):
        return
    other = committee_of_org(t.title) if not org else None
    if other is not None:  # "member of the Executive Committee of Globex Foundation"
        t, org = TitleMatch(t.start, t.end, other[0], other[1], (other[1],)), other[1]
    split = unit_of_org(t.title, org)
    if split is not None:  # "Vice President, Finance of Globex Energy Inc."
        title, org = split
        t = TitleMatch(t.start, t.end, title, org or "", ())
        org = org or ""
    named = _named_in_title(t.title) if org is None else None
    if named is not None:  # "President of DMC Consulting Group": a company the title reader left in the title
        t, org = TitleMatch(t.start, t.end, named[0], named[1], (named[1],)), named[1]
    if org == "":
        org = None  # the filer, said explicitly
        explicit = True
    else:
        explicit = org is not None
    if org is None and not explicit and _of_unnamed(t.title, clause):
        return  # "a director of several listed companies": not the filer, and none named
    if org is None and not explicit and subject is not None:
        org, explicit = subject, True
    if past and not explicit:
        return  # an earlier employer we cannot name
    if past:
        kind = "biography"
    start, end = position_dates(clause, leaving=leaving, loose=loose_dates)
    if start is None and end is None and lead:
        start, end = position_dates(lead, leaving=leaving, effective_only=True)
    if start and end and start > end:
        start = end = None  # dates that cannot both be this position's
    if org:  # "the Executive Committee of Globex Foundation and of Trust offices ...": the first
        org = re.sub(r"\s+and\s+of\s.*$", "", org)
    title = "Director" if _OWN_BOARD_MEMBER.fullmatch(t.title) else t.title
    role = role_for_title(title)
    orgs = t.orgs if len(t.orgs) > 1 and org == t.orgs[0] else (org,)
    pair = _ACRONYM_AND.match(org or "") if len(orgs) == 1 else None
    if pair is not None and has_legal_suffix(pair.group(2)):  # "a director of CCC and CIGF, Inc.": two seats
        orgs = pair.groups()
    for o in orgs:
        yield Mention(name, title, o, kind, (0, 0), role, start, end)


_ACRONYM_AND = re.compile(r"([A-Z][A-Z&]{1,6})\s+and\s+([A-Z].+)$")
# "member of the European Parliament", "a member of the American Bar Association": a body, not the filer.
_MEMBER_OF_BODY = re.compile(
    r"(?i:member)\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|&|on|the)){0,8})$"
)
# "member of Globex's Board of Directors", "a director on Initech’s board": a seat at the company named
_OTHER_BOARD = re.compile(
    r"(?:(?i:member)\s+of\s+|(?i:director)\s+on\s+)(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})(?:['’]s|(?<=s)['’])\s+(?i:board)\b"
)
# A profession's body, named by its members: "the Chartered Professional Accountants of ...", "the
# Association of Professional Engineers": membership is a qualification, not a post.
_PROFESSION = re.compile(
    r"\b(?:Accountants|Engineers|Geoscientists|Actuaries|Surveyors|Architects|Lawyers|Solicitors|Physicians"
    r"|Surgeons|Appraisers|Analysts)\b"
)
_OWN_BODY = re.compile(r"\b(?:Boards?|Committees?|Directors|Trustees|Company|Corporation|Registrant)\b")
# "a member of our Board", "a member of the Company's Board": a director, as rosters write it.
_OWN_BOARD_MEMBER = re.compile(
    r"(?i)member\s+of\s+(?:the\s+|our\s+|its\s+)?(?:(?:company|registrant|corporation)['’]s\s+)?board"
)


# "the Boards of Directors of Acme Corp. and Acme Bank extended ...": the company, not its board.
_BOARD_OF = re.compile(
    r"(?i)^(?:the\s+)?boards?\s+of\s+(?:directors|trustees|managers)\s+of\s+(?:the\s+)?(?=\S)"
)


# The last word of an organisation's name, never of a department: "Globex Consulting Group", "Acme Partners".
_ORG_END = re.compile(
    r"\b(?:Group|Partners|Holdings|Associates|Capital|Ventures|Advisors|Foundation|Association|Institute"
    r"|University|Society|Fund|Bank|Consulting)$"
)


def _named_in_title(title: str) -> tuple[str, str] | None:
    """(title, company) of a title that ends "of <company>", when the name is plainly a company's.

    The name has two words or more and opens with an acronym ("DMC Consulting Group") or ends with a
    word companies end with ("Globex Partners"); a department ("of Sales Operations") stays a title.
    """
    split = unread_org(title) if " of " in title else None
    if split is None:
        return None
    org = split[1]
    words = org.split()
    if len(words) >= 2 and (re.fullmatch(r"[A-Z]{2,6}", words[0]) or _ORG_END.search(org)):
        return split
    return None


def _board_of(org: str | None) -> str | None:
    """A company written as its board ("Board of Directors of Acme Corp.") → the company."""
    if not org:
        return org
    m = _BOARD_OF.match(org)
    return org[m.end() :] if m else org


# "of a number of public companies", ", and a member of the audit committee, of several ...": none named
_UNNAMED = re.compile(
    r"(?i),?\s+(?:and\s+(?:a\s+)?member\s+of\s+(?:the\s+|its\s+)?[\w\s]{0,30}?committees?,?\s+)?"
    r"of\s+(?:a\s+number\s+of|several|various|numerous|many|multiple|a\s+variety\s+of|other|two|three|four|five)\s"
)


def _of_unnamed(title: str, clause: str) -> bool:
    """True when the clause goes on from the title to unnamed companies: "director of several companies"."""
    at = clause.lower().find(title.lower())
    return at >= 0 and bool(_UNNAMED.match(clause, at + len(title)))


def org_of(t: TitleMatch, written: str | None) -> str | None:
    """The organisation the title names, else the one written before it."""
    if t.org is not None:
        return t.org  # "" for "of the Company"
    return written


def name_follows(s: str, pos: int, nxt: int) -> bool:
    """True when a name follows the title at once: the title is that name's ("Jane Roe, CFO John Smith")."""
    return bool(re.match(r"\s+\S", s[pos:])) and nxt - pos <= 3 and nxt > pos
