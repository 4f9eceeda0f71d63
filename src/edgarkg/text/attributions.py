"""Titles written next to a name: "Jane Roe, Acme's CEO, said", "said Chairman and CEO John A. Smith".

Press releases introduce the people they quote this way, and proxies open a
biography with "Jane Roe, 51, has been ...". The apposition, the title right
before the name and a board seat written around it ("said Apple Board member
John Doe", "Richard Roe, a member of the board") are read here, apart from
the sentence loop of `prose`; a name none of them fits goes on to the verb
rules of `appointments`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from edgarkg.text.appointments import linked_mentions
from edgarkg.text.board_lists import following_list
from edgarkg.text.employers import employer_after, more_orgs, org_series, proper_org, shared_org
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    OrgLexicon,
    TitleMatch,
    ends_with_title_head,
    is_person_name,
    is_title,
    match_title,
)
from edgarkg.text.positions import DATE_REACH, further_titles, is_past, name_follows, org_of, title_mentions

__all__ = ["name_mentions"]


_AGE = r"(?:(?:age|aged)\s+\d{2}|\d{2}(?:\s+years\s+old)?|\d{2}\s+years\s+of\s+age)"
_FILLER = (
    r"(?:(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|will\s+be|will\s+become|became|becomes|serves\s+as"
    r"|served\s+as|has\s+served\s+as|is\s+currently|was\s+previously|remains)\s+)"
    r"|currently\s+|current\s+|present\s+|former\s+|formerly\s+|previously\s+|now\s+|most\s+recently\s+|also\s+|then\s+|until\s+recently\s+"
    r"|the\s+|a\s+|an\s+|our\s+|its\s+|their\s+|his\s+|her\s+|new\s+|newly\s+appointed\s+|incoming\s+"
    r"|outgoing\s+|interim\s+)"
)
_APPOSITION = re.compile(
    rf"\s*(?:\((?P<paren>[^()]{{0,60}})\))?\s*,\s*(?:(?:[A-Z]\.){{2,6}}\s*,\s*)?"  # "K.C.M.G.,"
    rf"(?:{_AGE}\s*(?:\([A-Z][\w -]{{0,25}}\))?\s*,\s*)?"  # "64 (British),"
    r"(?:[A-Z][a-z]+\s+nationality\s*,\s*)?"  # "American nationality,"
    rf"(?P<fill>{_FILLER}*)",
    re.I,
)
_QUOTE_SPANS = re.compile(r"[\"“][^\"“”]{0,2000}[\"”]")
_ORG_PREFIX = re.compile(r"([A-Z0-9][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*){0,3})(?:['’]s?)?\s+$")
_POSSESSIVE_ORG = re.compile(r"^(?P<org>[A-Z0-9][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*){0,3})['’]s?\s+")
_HEADING_WORD = r"(?:[A-Z0-9][\w&/’'-]*|of|and|the|for|to|in|on|&)"
_HEADING = re.compile(rf"{_HEADING_WORD}(?:\s+{_HEADING_WORD}){{0,8}}")
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|our|their)|[A-Za-z]['’]s?)\s+$")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|that|each|any|such)\s+(?:\d{4}\s+)?$|\d{4}\s+$")
_FILER_POSSESSIVE = re.compile(r"(?i)(?:the\s+)?(?:company|registrant|corporation|bank|partnership)['’]s\s+")
_FILER_NOUN = re.compile(r"(?i)(?:the\s+)?(?:company|registrant|corporation)")


_SUFFIX_END = re.compile(r"\s(?:Jr|Sr)$")


def name_mentions(
    s: str, a: int, b: int, prev_end: int, nxt: int, lexicon: OrgLexicon, subject: str | None
) -> Iterator[Mention]:
    """The positions the words around the name at `s[a:b]` state (up to the next name at `nxt`)."""
    s = _smoothed(s)
    if s.startswith(".", b) and _SUFFIX_END.search(s, a, b):
        b += 1  # "Jerry F. Perkins Jr., Secretary": the suffix's full stop is the name's
    name = s[a:b]
    # 0. a seat on a board in lower case: "Richard Roe, a member of the board"
    seat = _seat_after(s, b, nxt)
    if seat is not None:
        kind = "quote" if _is_quote(s, a) else "appointment"
        yield from title_mentions(name, TitleMatch(a, a, "Director"), seat, subject, kind, s[a:nxt], False)
        return
    # 1. apposition: "Name, [age,] [who has been] [Org's] Title[, Org]"
    m = _APPOSITION.match(s, b, nxt)
    if m and m.end() > b:
        t_pos = m.end()
        org_written = None
        po = _POSSESSIVE_ORG.match(s[t_pos:nxt])
        own = _FILER_POSSESSIVE.match(s, t_pos, nxt)
        if own and match_title(s, own.end(), nxt, lexicon):  # "Jane Roe, the Company's Treasurer, said"
            org_written, t_pos = "", own.end()
        elif (
            po
            and not is_person_name(po.group("org"))
            and not re.match(r"(?i)the\b|company\b", po.group("org"))
        ):
            cand = match_title(s, t_pos + po.end(), nxt, lexicon)
            if cand:
                org_written = po.group("org")
                t_pos += po.end()
        pre = _prefix_org_title(s, t_pos, nxt, lexicon) if org_written is None else None
        if pre:
            org_written, t_pos = pre
        t = match_title(s, t_pos, nxt, lexicon)
        t = t and more_orgs(s, org_series(s, t, nxt, lexicon), nxt)
        t = t and (t if org_written else following_list(s, proper_org(s, t, nxt, lexicon), nxt))
        also = None
        if t and org_written is None:
            t, also = shared_org(s, t, nxt, lexicon)
        if t and not t.org and ", a position" in s:
            t = _unit_before_position(s, t, nxt)
        if t and not name_follows(s, t.end, nxt):
            clause = s[b : min(nxt, t.end + DATE_REACH)]
            fill = m.group("fill") or ""
            past = is_past(fill) or bool(re.search(r"(?i)\b(?:former|formerly|previously)\b", fill))
            org = org_of(t, org_written)
            if org is None:
                org = employer_after(s, t.end, nxt, lexicon, plain_at=not past)
            if org is None and re.search(r"(?i)\bour\s", fill):
                org = ""  # "led by Jane Roe, our President": the filer, whatever the sentence is about
            kind = "quote" if _is_quote(s, a) else "appointment"
            yield from title_mentions(name, t, org, subject, kind, clause, past, lead=s[prev_end:a])
            if also is not None:
                yield from title_mentions(
                    name, also, also.org, subject, kind, clause, past, lead=s[prev_end:a]
                )
            yield from _then_is(s, name, t, nxt, lexicon, subject, kind)
            if _AS_END.search(fill):  # "has served as (a) President since ..., (and) as CFO ..."
                yield from further_titles(s, name, t, nxt, lexicon, subject, past, False)
            return
        if t is None:  # "Jane Roe, a member of the firm, is Secretary of the Company": no title before ", is"
            kind = "quote" if _is_quote(s, a) else "appointment"
            later = list(_then_is(s, name, TitleMatch(b, b, ""), nxt, lexicon, subject, kind))
            if later:
                yield from later
                return
    # 1b. a seat on a board, the title before the name: "said Acme Board member John Doe"
    seat = _seat_before(s, a, prev_end, lexicon)
    if seat is not None:
        kind = "quote" if _is_quote(s, a) else "appointment"
        written = "Board member" if _BOARD_MEMBER_BEFORE.search(s, max(prev_end, a - 40), a) else "Director"
        yield from title_mentions(name, TitleMatch(a, a, written), seat, subject, kind, s[a:nxt], False)
        return
    # 2. a title right before the name: "Chairman and CEO John A. Smith", "Acme CEO Jane Roe",
    #    "the Company's CEO, John Q. Doe, ..."
    before = _title_ending_at(s, a, prev_end, lexicon)
    if before is None and _APPOSITION_ENDS.match(s, b):
        before = _title_ending_at(s, a, prev_end, lexicon, comma=True)
    if before is not None and _opens_table_row(s, a, b):
        before = None  # the title ends the row above: "Name | 2015 | $1,000 ⏎ Chief Executive ⏎ Officer"
    if before is not None:
        t, org_written = before
        yield from title_mentions(
            name,
            t,
            org_of(t, org_written),
            subject,
            "quote" if _is_quote(s, a) else "appointment",
            s[a:nxt],
            False,
        )
        return
    yield from linked_mentions(s, a, b, prev_end, nxt, lexicon, subject)


# "President, International Developmental Licensed Markets, a position he has held since ...": the
# capitalised words between the title and ", a position" are the title's market or unit.
_UNIT_THEN_POSITION = re.compile(
    r",\s+(?P<unit>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|for|the)){0,7}),\s+a\s+position\s+"
    r"(?:(?:which|that)\s+)?(?:he|she|they|it)?\s*(?:has|have|had)\s+(?:held|served)"
)


def _unit_before_position(s: str, t: TitleMatch, nxt: int) -> TitleMatch:
    """`t` with the unit written after it when ", a position ... held" closes the title (see above)."""
    m = _UNIT_THEN_POSITION.match(s, t.end, min(len(s), t.end + 200))  # a name-like unit may stop `nxt`
    if m is None or is_person_name(m.group("unit")) or m.start("unit") > nxt + 1:
        return t
    title = f"{t.title}, {' '.join(m.group('unit').split())}"
    return TitleMatch(t.start, m.end("unit"), title, t.org, t.orgs)


_AS_END = re.compile(r"(?i)\bas\s+(?:(?:a|an|the|its|our)\s+)?$")


# What may follow a name set off after its title ("said Acme's CEO, John Roe." / ", John Roe, said").
_APPOSITION_ENDS = re.compile(r"[,.;)]|\s*$|\s+(?:said|says|added|commented|stated|noted)\b")

# "Executive Vice President and a director, of Globex Corporation": the comma sets off a list, the
# "of" still names the titles' company; "the principal founder, and President of ...": a role first.
_COMMA_OF = re.compile(
    r"(?i)\b(director|officer|president|secretary|treasurer|counsel|chairman|partner),(?=\s+of\s)"
)
_FOUNDER = re.compile(r"(?i)\b(?:principal\s+|co-)?founder,\s+(?:and\s+)?(?=[A-Z])")


def _smoothed(s: str) -> str:
    """`s` with those two forms rewritten in place (same length, offsets kept) for the title readers."""
    if ", of " in s:
        s = _COMMA_OF.sub(r"\1 ", s)
    if "ounder," in s:
        s = _FOUNDER.sub(lambda m: " " * len(m.group()), s)
    return s


def _opens_table_row(s: str, a: int, b: int) -> bool:
    """True when the name at s[a:b] opens a line that goes on in table cells (tab-separated)."""
    line_start = s.rfind("\n", 0, a) + 1
    line_end = s.find("\n", b)
    return (
        line_start > 0
        and not s[line_start:a].strip()
        and "\t" in s[b : line_end if line_end >= 0 else len(s)]
    )


_ORG_WORDS = r"[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}"
# "said Acme Board member John Doe", "said board member Jane Roe": the seat right before the name.
_SEAT_BEFORE = re.compile(
    rf"(?:\b(?P<org>{_ORG_WORDS})(?:['’]s?)?\s+)?(?<![\w-])(?:[Bb]oard\s+[Mm]ember|[Mm]ember\s+of\s+(?:the|its|our)"
    r"\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
# "Richard Roe, a member of the board", "Jane Roe, a member of Acme's board of directors": after the name.
_SEAT_AFTER = re.compile(
    rf"\s*,\s*(?:(?i:who\s+is|is)\s+)?(?:(?i:also)\s+)?(?i:an?)\s+"
    rf"(?:(?i:long-?time|independent|non-executive|current|outside)\s+)?(?i:member\s+of)\s+"
    rf"(?:(?i:the|its|our)\s+|(?P<poss>{_ORG_WORDS})['’]s\s+)?(?i:board)(?:\s+(?i:of\s+directors))?"
    rf"(?:\s+of\s+(?:the\s+)?(?P<org>{_ORG_WORDS}(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|LLC|N\.V|S\.A|AG)\.?)?))?"
    r"(?=\s*[,.;:]|\s+(?:and|said|says|who)\b|\s*$)"
)
# "said Acme Board member Jane Roe": "Board member", the title as written
_BOARD_MEMBER_BEFORE = re.compile(r"(?i)\bboard\s+member\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
_FORMER = re.compile(r"(?i)\b(?:former|retired|ex|then|past|emeritus|outgoing)[\s-]+$")


def _seat_after(s: str, b: int, nxt: int) -> str | None:
    """The board an apposition seats the name on ("Richard Roe, a member of the board"): its company,
    "" for the filer, None for no seat. A former seat ("a former member of the board") is not one.
    """
    after = _SEAT_AFTER.match(s, b, nxt)
    if after is None:
        return None
    org = after.group("org") or after.group("poss")
    if org and re.search(r"[a-z]{4}\.$", org):
        org = org[:-1]  # the sentence's period, not "Inc."
    if org and (is_person_name(org) or _FILER_NOUN.fullmatch(org)):
        org = None
    return org or ""


def _seat_before(s: str, a: int, prev_end: int, lexicon: OrgLexicon) -> str | None:
    """The board a title before the name seats it on ("said Acme Board member John Doe"), as above.

    The company is kept only when the document names it elsewhere; "former board member" is no seat.
    """
    before = _SEAT_BEFORE.search(s, max(prev_end, a - 80), a)
    if before is None:
        return None
    cand = before.group("org") or ""
    if _FORMER.search(s, max(prev_end, before.start() - 20), before.start()) or _FORMER.search(cand + " "):
        return None
    words = cand.split()
    for k in range(len(words)):
        piece = " ".join(words[k:])
        if lexicon.knows(piece) and not is_person_name(piece):
            return "" if _FILER_NOUN.fullmatch(piece) else piece
    return ""


# "J. Roe, 63, Chairman, is Chairman of Globex PLC": a role here, then a post elsewhere.
# ", is the President of Globex Corp."; the apposition may end in a short participle or relative
# clause first ("a director elected by the holders of the preferred stock, is ...").
_THEN_IS = re.compile(
    r"(?:\s+(?:elected|appointed|nominated|designated|named|chosen|who|which)\b[^,;.()]{0,120})?"
    r"\s*,\s*(?:is|serves\s+as)\s+(?:also\s+)?(?:(?:the|a|an)\s+)?"
)

# The apposition goes on after its first title ("Chief Executive Officer and a director of the
# Company, is a principal of Globex"): the predicate is the first ", is" of the clause.
_IS_LATER = re.compile(r"[^;:.()\"“”]*?,\s*(?:is|serves\s+as)\s+(?:also\s+)?(?:(?:the|a|an)\s+)?")


def _then_is(
    s: str, name: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon, subject: str | None, kind: str
) -> Iterator[Mention]:
    """The title a clause after the apposition states, when it names a company (another, or the filer's
    own: "Jane Roe, a partner of Smith LLP, is Secretary of the Company")."""
    m = _THEN_IS.match(s, t.end, nxt) or _IS_LATER.match(s, t.end, min(nxt, t.end + 150))
    second = match_title(s, m.end(), nxt, lexicon) if m else None
    if second is None:
        return
    second = proper_org(s, more_orgs(s, org_series(s, second, nxt, lexicon), nxt), nxt, lexicon)
    # "a principal of Acme Asia": a short name the document defines; "of the Agent" names no one
    if second.org is not None or re.search(r"\sof\s+(?!the\b)[A-Z]", second.title):
        clause = s[second.start : min(nxt, second.end + DATE_REACH)]
        yield from title_mentions(name, second, second.org, subject, kind, clause, False)


def _prefix_org_title(s: str, pos: int, nxt: int, lexicon: OrgLexicon) -> tuple[str, int] | None:
    """A known company right before the title: "3M chairman and chief executive officer"."""
    end = lexicon.match_at(s, pos, nxt)
    if end is None:
        return _unknown_prefix(s, pos, nxt, lexicon)
    if end >= nxt or not s[end : end + 1].isspace():
        return None
    t_pos = end + 1
    if match_title(s, t_pos, nxt, lexicon) is None:
        return None
    return s[pos:end], t_pos


_PREFIX_WORD = re.compile(r"[A-Z][\w&.'’-]*")
_NOT_AN_ORG = frozenset({"the", "our", "its", "their", "his", "her", "former", "new", "then", "current"})
# what may follow a title that ends the apposition: a comma, the sentence's end, the verb of a quote
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|\s*(?:said|says|added|adds|stated|states|commented|noted)\b)")


def _unknown_prefix(s: str, pos: int, nxt: int, lexicon: OrgLexicon) -> tuple[str, int] | None:
    """A company the lexicon does not know, before a title that ends the apposition.

    "said Onur Genç, BBVA Group Chief Executive Officer.": one to three
    capitalised words that are neither a title nor a name, then a title.
    """
    if not s[pos : pos + 1].isupper() or match_title(s, pos, nxt, lexicon) is not None:
        return None
    words = list(re.finditer(r"\S+", s[pos : min(nxt, pos + 60)]))[:4]
    for k in range(1, len(words)):
        if not all(_PREFIX_WORD.fullmatch(w.group()) for w in words[:k]):
            return None
        prefix = s[pos : pos + words[k - 1].end()]
        if prefix.lower() in _NOT_AN_ORG or is_title(prefix) or is_person_name(prefix):
            return None
        t_pos = pos + words[k].start()
        t = match_title(s, t_pos, nxt, lexicon)
        if t is not None and _CLAUSE_END.match(s, t.end, nxt if nxt > t.end else len(s)):
            return prefix, t_pos
    return None


def _title_ending_at(
    s: str, a: int, floor: int, lexicon: OrgLexicon, *, comma: bool = False
) -> tuple[TitleMatch, str | None] | None:
    """A title that ends right before the name at `a`, and an organisation right before that title.

    With `comma`, the title is set off by a comma ("the Company's CEO, John Q. Doe, ...") and
    must follow a possessive: "the Company's", "its", "Acme's".
    """
    window_start = max(floor, a - 160)
    gap = s[window_start:a]
    if not gap.endswith((", ", ",\n") if comma else (" ", "\n")):
        return None
    if _HEADING.fullmatch(s.strip()):
        return None  # "CEO Pay Ratio", "Director Independence": a heading, not a person
    for m in re.finditer(r"(?<![\w-])(?=[A-Za-z])", gap):
        st = window_start + m.start()
        t = match_title(s, st, a, lexicon)
        if t is None or s[t.end : a].strip() != ("," if comma else "") or not ends_with_title_head(t.title):
            continue
        if comma and not _POSSESSIVE_BEFORE.search(s, max(floor, st - 40), st):
            return None
        if _DETERMINER_BEFORE.search(s, max(floor, st - 12), st):
            return None  # "the 2018 CEO Performance Award": the title qualifies a noun
        if t.org is not None and t.org != "":
            return None  # "CEO of Acme John Roe" does not read as a title of John Roe
        before = s[window_start:st]
        org = None
        pm = _ORG_PREFIX.search(before)
        if pm:
            cand = pm.group(1)
            for k in range(len(cand.split())):
                piece = " ".join(cand.split()[k:])
                if lexicon.knows(piece) or (
                    before.rstrip().endswith(("'s", "’s", "’", "'")) and not is_person_name(piece)
                ):
                    org = "" if _FILER_NOUN.fullmatch(piece) else piece
                    break
        return t, org
    return None


def _is_quote(s: str, a: int) -> bool:
    return any(q.start() < a for q in _QUOTE_SPANS.finditer(s)) or bool(
        re.search(r"(?i)\b(?:said|says|added|commented|stated)\b", s)
    )
