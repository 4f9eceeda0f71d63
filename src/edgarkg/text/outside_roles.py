"""Outside roles a biography states as current: the director's or officer's post at another organisation.

Director and officer biographies (10-K Item 10, 20-F Item 6.A, registration
statements) add, after the post at the filer, what the person does elsewhere
now, in predicates the name-and-title rules do not link:

- a second predicate after the first: "has been a director of the Company
  since 1998 and is President of Bar Farms, Inc.";
- a title opening with a founding role or lower-case "trustee": "is the
  founder and Chairman of Bar Capital, Inc.", "serves as a trustee of
  Carnegie Mellon University";
- a relative clause: "Mr. Scharf, who serves on the Board of Directors of
  Patriot Coal Corporation, ...".

Only posts at a named organisation other than the filer are read here (the
filer's own come from the other rules), and only current ones: a post with an
end date, or a past-tense predicate ("was", "served as", "formerly"), is left
to the rules for earlier careers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from edgarkg.text.employers import described_org, employer_after, more_orgs, org_series, proper_org
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    OrgLexicon,
    TitleMatch,
    has_legal_suffix,
    is_person_name,
    is_title,
    match_title,
)
from edgarkg.text.positions import DATE_REACH, name_follows, title_mentions

__all__ = ["listed_after", "outside_mentions"]


_ADVERBS = r"(?:(?:also|currently|presently|now|still)\s+)*"
# The present-tense predicates of a current post, the title right after them.
_CURRENT = (
    rf"(?:is|serves\s+as|has\s+{_ADVERBS}(?:been|served\s+as|been\s+serving\s+as)|{_ADVERBS}serves\s+as"
    # "is, and for more than five years has been, President of ...", "has, since 1990, been ..."
    r"|is\s*,\s+and\s+[^,;()]{1,80}?\s+has\s+(?:been|served\s+as)\s*,|has\s*,\s+[^,;()]{1,60}?,\s+been)"
    rf"\s+{_ADVERBS}(?:(?:the|a|an)\s+)?"
)
# "serves on the Board of Directors of": a seat, the organisation right after.
_SEAT = (
    rf"{_ADVERBS}(?:serves|sits|has\s+{_ADVERBS}served)\s+on\s+the\s+"
    # "the Foundation Board of", "the governing board of": a named board, not the company's directors
    r"(?P<qual>(?:[A-Z][a-z]+|governing|advisory|supervisory|international|global)\s+)?(?P<board>(?i:boards?))"
    r"(?:\s+of\s+(?P<body>(?i:directors|trustees|governors|managers)))?\s+of\s+(?:the\s+)?"
)
# Where the predicate starts, after the name: at once (an age or a "who" between), or after a first
# predicate of the same subject ("has been a director since 1998 and is ...").
_AT_ONCE = re.compile(rf"(?:\s*,\s*(?:age[d]?\s+)?\d{{2}}\s*,)?(?:\s*,\s*who\s+|\s+){_ADVERBS}")
# Words of one clause of the same subject: no relative pronoun, no other subject, no quotation.
_SAME_CLAUSE = (
    r"(?:(?!\b(?:which|that|who|whom|whose|where|when|while|he|she|it|they|his|her)\b)[^;:()\"“”]){0,160}?"
)
_AFTER_FIRST = re.compile(
    rf"(?:\s*,\s*(?:age[d]?\s+)?\d{{2}}\s*,)?\s+{_ADVERBS}(?:has|is|was|serves|served|joined|became|had)\b"
    + _SAME_CLAUSE
    + rf"(?:\s*,\s*and|\s+and)\s+{_ADVERBS}"
)
# The next "and" of the same run of predicates: "serves on the Council of Advisors and sits on the board of".
_AND_AGAIN = re.compile(_SAME_CLAUSE + r"(?:\s*,\s*and|\s+and)\s+" + _ADVERBS)
_OPENINGS_MAX = 3  # predicates of one subject tried after the first


def _openings(s: str, b: int, nxt: int) -> Iterator[int]:
    """Where a predicate of the name ending at `b` may start: right after it, then after each "and"."""
    o = _AT_ONCE.match(s, b, nxt)
    if o is not None:
        yield o.end()
    o = _AFTER_FIRST.match(s, b, nxt)
    for _ in range(_OPENINGS_MAX):
        if o is None:
            return
        yield o.end()
        o = _AND_AGAIN.match(s, o.end(), nxt)


_PREDICATE = re.compile(
    rf"(?:(?P<employed>(?:is|has\s+{_ADVERBS}been)\s+{_ADVERBS}employed\s+(?:by|with)\s+(?:the\s+)?)"
    rf"|{_CURRENT}(?:(?P<trustee>(?i:trustee)|member\s+of\s+the\s+(?i:board\s+of\s+trustees))\s+of\s+(?:the\s+)?)?"
    rf"|(?P<seat>{_SEAT}))"
)
# "employed by Globex Corporation since 1990, and currently serves as its Senior Vice President"
_AS_ITS = re.compile(
    r"(?:\s+(?:since|from)\s+[\w ,]{1,25}?)?\s*,?\s+(?:and\s+)?(?:(?:currently|presently|now)\s+)?"
    r"(?:serves\s+)?as\s+(?:(?:its|the|a|an)\s+)?"
)
# "President and owner of Globex Corporation": the title's company comes after an owner's word
_OWNER = re.compile(
    r"\s+and\s+(?:the\s+)?(?:sole\s+|principal\s+|majority\s+|co-)?(?:owner|shareholder|stockholder)\s+of\s+(?:the\s+)?"
)
# A past post, whatever the tense: "from 1999 to 2004", "until 2010", "formerly".
_ENDED = re.compile(
    r"(?i)\bfrom\s+(?:\w+\s+)?(?:19|20)\d\d\s*(?:to|until|through|-|–)\s*(?:\w+\s+)?(?:19|20)\d\d\b"
    r"|\b(?:until|through)\s+(?:\w+\s+)?(?:19|20)\d\d\b|\b(?:formerly|previously|former|retired)\b"
)
_FILER = re.compile(r"(?i)^(?:the\s+)?(?:company|registrant|corporation|bank|partnership|fund|trust)$")
_ORG_NAME = re.compile(
    r"[a-z]?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for|de)){0,7}?"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.P|LP|plc|PLC|N\.V|S\.A|AG|Corporation|Company|Limited)\b\.?)"
)


def outside_mentions(s: str, a: int, b: int, nxt: int, lexicon: OrgLexicon) -> Iterator[Mention]:
    """Current posts at other organisations a predicate after the name at `s[a:b]` states (to `nxt`)."""
    for o in _openings(s, b, nxt):
        m = _PREDICATE.match(s, o, nxt)
        if m is not None and _plain(m) and "(" in s[m.end() : m.end() + 160]:
            listed = list(_listed_posts(s, m.end(), len(s)))
            if listed:  # "serves as CFO, Northwind Mining Corp (TSXV NWM), CFO, Bright Harbor ..."
                for t in listed:
                    yield from title_mentions(s[a:b], t, t.org, None, "appointment", "", False)
                return
        t = None if m is None else _post(s, m, nxt, lexicon)
        if m is None or t is None:
            continue
        if _ENDED.search(s, m.start(), min(nxt, t.end + DATE_REACH)):
            return
        clause = s[m.start() : min(nxt, t.end + DATE_REACH)]
        for mention in title_mentions(s[a:b], t, t.org, None, "appointment", clause, False):
            if mention.org and mention.end is None:
                yield mention
        yield from _coordinated_posts(s, a, b, t, nxt, lexicon)
        return


# After a post (and its "(since 2005)", "since 2009" or ", a private investment company"), the next one
# of the same subject: ", and" / "and" / "as well as", or a list's ", a Trustee of ...".
_NEXT = re.compile(
    rf"(?:\s*\((?:since\s+)?[^()]{{1,30}}\))?(?:\s*,\s+(?:a|an)\s+[a-z][^,;()]{{1,60}}?(?=\s*,))?"
    r"(?:\s+since\s+(?:\w+\s+)?(?:19|20)\d\d)?"
    rf"(?:\s*,?\s+(?:and|as\s+well\s+as)\s+(?:(?:he|she)\s+)?{_ADVERBS}|\s*,\s+(?=(?:a|an)\s))"
)
# The next post with no verb of its own: "and a director of", "and a member of the board of".
_BARE = re.compile(
    r"(?P<employed>(?!x)x)?(?P<qual>(?!x)x)?(?:(?:the|a|an)\s+)?"
    r"(?:(?P<seat>member\s+of\s+the\s+(?i:board)(?:\s+of\s+(?P<body>(?i:directors|trustees)))?\s+of\s+(?:the\s+)?)"
    r"|(?P<trustee>(?i:trustee))\s+of\s+(?:the\s+)?)?"
)
# "a director on the board of", "a trustee on the Board of Trustees of": where the seat is
_ON_BOARD = re.compile(
    r"\s+on\s+(?:the|its)\s+(?i:board)(?:\s+of\s+(?i:directors|trustees))?\s+of\s+(?:the\s+)?"
)
_OF_AGAIN = re.compile(r"of\s+(?:the\s+)?")
_SEATS = {"director", "trustee"}
# Words before "board" that still name the company's own board: "the full Board of", "the Company's".
_BOARD_OF_DIRECTORS = frozenset({"full", "corporate", "main"})


def _coordinated_posts(
    s: str, a: int, b: int, t: TitleMatch, nxt: int, lexicon: OrgLexicon
) -> Iterator[Mention]:
    """Posts coordinated after the first one: "President of X Corp. and serves as a director of Y Inc.",
    "a trustee of U University and a director of V Bank", "a director of X Inc. and of Y Corp."."""
    for _ in range(3):
        n = _NEXT.match(s, t.end, nxt)
        if n is None:
            return
        again = _OF_AGAIN.match(s, n.end(), nxt)
        org = None if again is None else _seat_org(s, again.end(), nxt, lexicon)
        if again is not None and org is not None:
            nt: TitleMatch | None = TitleMatch(n.end(), again.end() + len(org), t.title, org, (org,))
        else:
            m = _PREDICATE.match(s, n.end(), nxt) or _BARE.match(s, n.end(), nxt)
            nt = None if m is None else _post(s, m, nxt, lexicon)
            # "serves on the boards of A Inc. and B Corp.": a further seat named by the organisation alone
            seat = nt is None and t.title.lower() in _SEATS
            org = _seat_org(s, n.end(), nxt, lexicon) if seat else None
            if org is not None and match_title(s, n.end(), nxt, lexicon) is None:
                nt = TitleMatch(n.end(), n.end() + len(org), t.title, org, (org,))
        if nt is None or not nt.org or _FILER.match(nt.org) or _a_person(nt.org):
            return
        if _ENDED.search(s, n.start(), min(nxt, nt.end + DATE_REACH)):
            return
        clause = s[n.end() : min(nxt, nt.end + DATE_REACH)]
        for mention in title_mentions(s[a:b], nt, nt.org, None, "appointment", clause, False):
            if mention.org and mention.end is None:
                yield mention
        t = nt


def _post(s: str, m: re.Match[str], nxt: int, lexicon: OrgLexicon) -> TitleMatch | None:
    """The title and the other organisation the predicate `m` goes on to name, or None."""
    if m.group("employed"):
        org = _seat_org(s, m.end(), nxt, lexicon)
        after = None if org is None else _AS_ITS.match(s, m.end() + len(org), nxt)
        title = None if after is None else match_title(s, after.end(), nxt, lexicon)
        if org is None or title is None or title.org is not None:
            return None
        t = TitleMatch(m.start(), title.end, title.title, org, (org,))
    elif m.group("seat") or m.group("trustee"):
        # "a trustee of Carnegie Mellon University": a name read as a person's may open the institution's
        org = _seat_org(s, m.end(), len(s) if nxt - m.end() <= 4 else nxt, lexicon)
        if org is None:
            return None
        if m.group("trustee"):
            title = m.group("trustee")
        elif m.group("qual") and m.group("qual").strip().lower() not in _BOARD_OF_DIRECTORS:
            title = f"member of the {m.group('qual')}{m.group('board')}"
        else:
            title = "Trustee" if (m.group("body") or "").lower() == "trustees" else "Director"
        t = TitleMatch(m.start(), m.end() + len(org), title, org, (org,))
    else:
        found = match_title(s, m.end(), nxt, lexicon)
        if found is None:
            return _firm_post(s, m.end(), nxt)
        t = proper_org(s, more_orgs(s, org_series(s, found, nxt, lexicon), nxt), nxt, lexicon)
        owner = _OWNER.match(s, t.end, nxt) if t.org is None else None
        if owner is not None and (org := _seat_org(s, owner.end(), nxt, lexicon)) is not None:
            t = TitleMatch(t.start, owner.end() + len(org), t.title, org, (org,))
        if t.org is None:
            if name_follows(s, t.end, nxt):
                return None
            board = _ON_BOARD.match(s, t.end, nxt)
            if board is not None:  # "a director on the board of Beacon, a non-profit organization"
                stop = len(s) if nxt - board.end() <= 4 else nxt  # a name read as a person's may open it
                org = _seat_org(s, board.end(), stop, lexicon)
                described = None if org else described_org(s, board.end(), stop)
                if described:  # so described, an organisation even if its name reads like a person's
                    return TitleMatch(t.start, board.end() + len(described), t.title, described, (described,))
                end = board.end() + len(org or "")
            else:
                org, end = employer_after(s, t.end, nxt, lexicon, plain_at=False), t.end
            if org is None:
                return _firm_post(s, m.end(), nxt)  # "a partner at the law firm Roe, Doe and Poe, P.C."
            t = TitleMatch(t.start, end, t.title, org, (org,))
    if not t.org or _FILER.match(t.org) or _a_person(t.org):
        return None
    return t


# "a Senior Principal at the law firm X", "a shareholder and officer of the CPA firm of X": a professional
# firm's owner-level post, which the title reader does not take without an "of" complement.
_FIRM_POST = re.compile(
    r"(?P<title>(?:(?:[Ss]enior|[Mm]anaging|[Ff]ounding|[Nn]ame)\s+)?(?:[Pp]rincipal|[Ss]hareholder|[Pp]artner"
    r"|[Oo]wner)(?:\s+and\s+(?:an?\s+)?(?:[Oo]fficer|[Dd]irector|[Pp]rincipal|[Pp]artner))?)"
    r"\s+(?:at|of|with|in)\s+the\s+(?:(?:law|CPA|accounting|public\s+accounting|audit|consulting)\s+)firm\s+(?:of\s+)?"
)
# A firm's name with its partners' names listed: "Miller, Canfield, Paddock and Stone, PLC", "Roe & Doe LLP".
_FIRM_NAME = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+[A-Z][\w'’-]*){0,5}(?:,?\s+(?:and|&)\s+[A-Z][\w'’-]*)?"
    r",?\s+(?:LLP|L\.L\.P\.|PLLC|PLC|LLC|P\.C\.|P\.A\.|S\.C\.|Ltd\.?)"
)


def _firm_post(s: str, pos: int, nxt: int) -> TitleMatch | None:
    """The post at a law or accounting firm named after "at the law firm" (see `_FIRM_POST`)."""
    m = _FIRM_POST.match(s, pos, nxt)
    if m is None:
        return None
    org = _FIRM_NAME.match(s, m.end(), len(s))
    if org is None:
        return None
    name = re.sub(r"(?<=[a-z]{4})\.$", "", org.group())
    return TitleMatch(pos, org.end(), m.group("title"), name, (name,))


def _a_person(org: str) -> bool:
    """A name read as an organisation that is a person's: not one ending in an institution's word
    ("Global Economic Forum" reads like a given name and two family names)."""
    return is_person_name(org) and _INSTITUTION.fullmatch(org) is None


def _plain(m: re.Match[str]) -> bool:
    """A predicate that a title follows ("serves as"), not a seat, a trusteeship or an employer."""
    return not (m.group("seat") or m.group("trustee") or m.group("employed"))


# "(TSXV MDV)", "(CNSX PUMP)", "(NYSE: ACM)": the exchange and ticker a listed company's name is written with
_TICKER = re.compile(
    r",?\s*\(\s*(?:TSX[-\s]?V|TSX|CSE|CNSX|NEX|NYSE(?:\s+American)?|NASDAQ|Nasdaq|OTC\w*|AMEX|LSE|AIM|ASX)"
    r"\s*[:\-]?\s*[A-Z][A-Z.]{0,7}\s*\)"
)
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def listed_after(s: str, b: int) -> bool:
    """Whether an exchange ticker follows at `b`: the name before it is a company's, never a person's."""
    return _TICKER.match(s, b) is not None


def _listed_posts(s: str, pos: int, end: int) -> Iterator[TitleMatch]:
    """The posts of a run "Title, Company (EXCHANGE TICKER), Title, Company (EXCHANGE TICKER) ...".

    Junior-market biographies list each board or officer post with its company's ticker; the ticker
    closes each item, and the title is the longest run of words before the company that is a title.
    """
    while pos < end:
        tick = _TICKER.search(s, pos, min(end, pos + 160))
        if tick is None:
            return
        item = " ".join(s[pos : tick.start()].split()).strip(" ,")
        split = _title_org(item)
        if split is None:
            return
        title, org = split
        yield TitleMatch(pos, tick.end(), title, org, (org,))
        gap = _LIST_GAP.match(s, tick.end(), end)
        if gap is None:
            return
        pos = gap.end()


def _title_org(item: str) -> tuple[str, str] | None:
    """("Chief Financial Officer", "Northwind Mining Corp") of "Chief Financial Officer, Northwind
    Mining Corp" or "Chief Financial Officer Kettle Gold Inc."."""
    title, sep, org = item.partition(", ")
    if not (sep and is_title(title, max_words=8)):
        t = match_title(item, 0, len(item))
        if t is None or t.org is not None:
            return None
        title, org = t.title, item[t.end :]
    org = org.strip(" ,")
    if not title or not org[:1].isupper() or is_title(org) or len(org.split()) > 8 or "," in org:
        return None
    return title, org


# "Carnegie Mellon University", "the Museum of Fine Arts": a trustee's institution, named by its kind.
_INSTITUTION = re.compile(
    r"[a-z]?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|for|the|de)){0,7}?"
    r"\s*\b(?:University|College|Foundation|Institute|Museum|Hospital|Society|Association|School|Trust|Council"
    r"|Center|Centre|Fund|Academy|Library|Orchestra|Opera|Symphony|Church|Alliance|Forum)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?(?=\s*(?:[,;.()]|$|\s+(?:and|since|in|from)\b))"
)


def _seat_org(s: str, pos: int, nxt: int, lexicon: OrgLexicon) -> str | None:
    """The organisation named right at `pos`: one the document names elsewhere, or one by its legal form."""
    end = lexicon.match_at(s, pos, nxt)
    if end is not None:
        org = s[pos:end].strip(" ,")
    else:
        m = _ORG_NAME.match(s, pos, nxt)
        if m is None or not has_legal_suffix(m.group()):
            m = _INSTITUTION.match(s, pos, nxt)
        if m is None:
            return None
        org = m.group()
    return re.sub(r"(?<=[a-z]{4})\.$", "", org)
