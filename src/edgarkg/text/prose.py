"""People and positions stated in sentences.

Four constructions carry almost every position a press release or an 8-K
states in prose:

- apposition: "John Smith, chief marketing and data officer, xyzCo, said",
  "Jane Roe, 51 years old, who has been Vice President of ... since 1999",
  "Mary Brown, Acme's CEO";
- a title before the name: "said Chairman and CEO John A. Smith",
  "Acme CEO Jane Roe";
- a verb linking name and title: "appointed X as Chief Financial Officer",
  "X resigned from his position as ...", "elected X to serve as a Class I
  director", "X was elected President and Chief Executive Officer in 1999";
- joining a board: "elected X to the company's Board of Directors", or a seat
  written around the name: "said Apple Board member Ed Woolard", "Jerry York,
  a member of the board".

Biographies add a few more (pronouns, several titles, board lists, an
employer after "at"); their rules are in `biographies`.

The organisation comes from the title phrase ("CEO of Globex Software", "Acme's
CEO", "CEO, Initech Systems, Inc."), else from the organisation the sentence
is about ("Globex will include ... Jane Roe as Chief Executive Officer"),
else it is the filer. A past position ("served as", "formerly")
that names no organisation is dropped: biographies list earlier employers,
and defaulting those to the filer would be wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import partial

from edgarkg.text.biographies import (
    CONTINUES,
    PARAGRAPH_BREAK,
    PRONOUN,
    biography_subject,
    board_list,
    committee_of_org,
    employer_after,
    following_list,
    is_board_word,
    more_orgs,
    more_titles,
    org_series,
    pronoun_sentence,
    proper_org,
    qualified_roles,
    shared_org,
    split_sentences,
    unit_of_org,
)
from edgarkg.text.mentions import DATE, Mention, position_dates
from edgarkg.text.names import (
    OrgLexicon,
    TitleMatch,
    ends_with_title_head,
    find_person_names,
    is_person_name,
    match_title,
    role_for_title,
)
from edgarkg.text.sentences import Segment

__all__ = ["prose_mentions"]

# Quick test: does a sentence hold anything title-like at all?
_HAS_TITLE = re.compile(
    r"(?i)\b(?:president|officer|director|chairman|chairwoman|chair|chairperson|secretary|treasurer|controller"
    r"|comptroller|counsel|ceo|cfo|coo|cto|head|manager|boards?|leader|clerk|governor|partner|member|chief)\b"
)
_AGE = r"(?:(?:age|aged)\s+\d{2}|\d{2}(?:\s+years\s+old)?|\d{2}\s+years\s+of\s+age)"
_FILLER = (
    r"(?:(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|will\s+be|will\s+become|became|becomes|serves\s+as"
    r"|served\s+as|has\s+served\s+as|is\s+currently|was\s+previously|remains)\s+)"
    r"|currently\s+|formerly\s+|previously\s+|now\s+|most\s+recently\s+|also\s+|then\s+|until\s+recently\s+"
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
# A clause about an earlier position ("served as", "joined ... in 1998 as"); "has served as" is current.
_PAST = re.compile(
    r"(?i)(?<!has )(?<!have )\b(?:was|were|had\s+been|served|formerly|previously|former|prior\s+to|retired"
    r"|resigned|left|until|joined|became)\b"
)
# "has also served as", "have continuously served as": still the present perfect, still current.
_PERFECT_ADVERB = re.compile(r"(?i)\b(has|have)\s+(?:also|continuously|since\s+then|ably)\s+")


def _is_past(clause: str) -> bool:
    """True when the words between a name and its title speak of an earlier position."""
    return bool(_PAST.search(_PERFECT_ADVERB.sub(r"\1 ", clause)))


_LEAVING = re.compile(
    r"(?i)\b(?:resign\w*|retir\w*|step(?:ped|s)?\s+down|depart\w*|leav\w*|left|terminat\w*)\b"
)
# Words allowed between a name and "as <title>": verbs, auxiliaries, "the Company", dates.
_LINK_WORD = re.compile(
    rf"""(?ix)
    (?:{DATE}
      | the\s+(?:Company|Registrant|Corporation|Board(?:\s+of\s+Directors)?)(?:['’]s)?
      | [a-z]+(?:['’][a-z]+)?
      | \d{{1,2}}(?=,)|,(?=\s+(?:19|20)\d\d)
    )"""
)
_LINK_VERBS = re.compile(
    r"(?i)\b(?:appoint\w*|nam(?:ed|es|e)|elect\w*|promot\w*|hir\w*|serv\w*|join\w*|return\w*|resign\w*"
    r"|retir\w*|continu\w*|remain\w*|becom\w*|became|act\w*|designat\w*|select\w*|chos\w*|rejoin\w*"
    r"|succeed\w*|position)\b"
)
_AS_TITLE = re.compile(
    r"(?i)\s*(?:as|to\s+serve\s+as|to\s+the\s+(?:position|role|office)\s+of)\s+"
    r"(?:(?:the|a|an|our|its|new|interim|acting)\s+)*"
)
_DIRECT_TITLE = re.compile(
    r"(?i)\b(?:(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be|is|be)\s+)?"
    r"(?:elected|named|appointed|promoted\s+to)\s+(?:(?:the|a|an|its|our|new|interim|acting)\s+)*$"
)
_BE_TITLE = re.compile(
    r"(?i)\b(?:is|was|has\s+been|had\s+been|will\s+be|became|becomes)\s+(?:(?:also|currently|now|presently)\s+)*"
    r"(?:(?:the|a|an|its|our)\s+)*$"
)
_TO_BOARD = re.compile(
    r"(?i)\s*(?:\([^()]{0,60}\))?\s*(?:[a-z]+\s+){0,3}to\s+"
    r"(?:the|its|our|their|(?:the\s+)?(?:company|registrant)['’]s|[A-Z][\w&]*['’]s)\s+(?:board\s+of\s+directors|board)\b"
)
_BOARD_VERB_BEFORE = re.compile(
    r"(?i)\b(?:elected|appointed|named|added|nominated|welcomed?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
_QUOTE_SPANS = re.compile(r"[\"“][^\"“”]{0,2000}[\"”]")
_SENTENCE_OPENER = re.compile(
    rf"(?i)^(?:(?:on|in|as\s+of|effective)\s+{DATE}\s*,\s*|(?:separately|additionally|also|further|in\s+addition"
    r"|today|furthermore|meanwhile|however)\s*,?\s*)*(?:the\s+)?(?:board\s+of\s+directors\s+(?:\([^()]*\)\s+)?of\s+)?"
)
_ORG_PREFIX = re.compile(r"([A-Z0-9][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*){0,3})(?:['’]s?)?\s+$")
_POSSESSIVE_ORG = re.compile(r"^(?P<org>[A-Z0-9][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*){0,3})['’]s?\s+")
_HEADING_WORD = r"(?:[A-Z0-9][\w&/’'-]*|of|and|the|for|to|in|on|&)"
_HEADING = re.compile(rf"{_HEADING_WORD}(?:\s+{_HEADING_WORD}){{0,8}}")
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|our|their)|[A-Za-z]['’]s?)\s+$")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|that|each|any|such)\s+(?:\d{4}\s+)?$|\d{4}\s+$")
_FILER_NOUN = re.compile(r"(?i)(?:the\s+)?(?:company|registrant|corporation)")
_DATE_REACH = 80  # how far past a title its dates are looked for ("... since September 1999")
_SUCCEEDS = re.compile(r"(?i)\b(?:succeed\w*|replac\w*)\b")
_SUCCESSION = re.compile(
    r"(?i)\s+(?:(?:will|to|shall|would|has\s+been\s+named\s+to)\s+)?(?:succeed(?:s|ed)?|replaces?|replaced)\s+$"
)
_LED_BY_WORDS = re.compile(r"(?i)\b(?:led|headed)\s+by\b")
_LED_BY = re.compile(
    r"(?P<unit>\b(?:its|the|our)\s+(?:[A-Z][\w&-]*\s+){1,4}(?:business\s+segment|segment|division"
    r"|business\s+unit|unit|business|group|region|team|operations))\W{0,4}\s*"
    r"(?:(?:which\s+(?:is|was|has\s+been)\s+)?(?P<when>currently|previously|formerly|until\s+now)\s+)?"
    r"(?P<verb>led|headed)\s+by\s+$"
)


def prose_mentions(
    text: str,
    lexicon: OrgLexicon,
    start: int = 0,
    end: int | None = None,
    skip: Sequence[tuple[int, int]] = (),
) -> Iterator[Mention]:
    """Mentions stated by the sentences of `text[start:end]`, ignoring names inside the `skip` spans."""
    spans = sorted(skip)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # running maximum of span ends, for "is offset i covered?"
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def covered(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k >= 0 and reach[k] > i

    recent: dict[str, list[Mention]] = {}  # the titles last stated for each name, for "X will succeed Y"
    paragraph: list[tuple[Segment, str | None]] = []  # its sentences so far, with the pronoun each opens with
    last_end = start
    for sent in split_sentences(text, start, end):
        s = sent.text
        if PARAGRAPH_BREAK.search(text, last_end, sent.start) and not CONTINUES.match(s):
            paragraph = []
        last_end = sent.end
        pronoun = PRONOUN.match(s)
        titled = _HAS_TITLE.search(s) or _SUCCEEDS.search(s) or _LED_BY_WORDS.search(s)
        if len(s) <= 3000 and titled:
            found = list(_sentence(s, sent.start, lexicon, covered, recent))
            if not found and pronoun is not None:
                subject = biography_subject(paragraph, pronoun.group("p").lower(), covered)
                if subject is not None:
                    read = partial(
                        _sentence, base=sent.start, lexicon=lexicon, covered=_nothing, recent=recent
                    )
                    found = list(pronoun_sentence(s, pronoun, sent.start, subject, covered, read))
            if "qualif" in s:
                found += _qualified(s, sent, paragraph, covered, lexicon)
            for m in found:
                recent.setdefault(m.name, []).append(m)
            yield from found
        paragraph.append((sent, pronoun.group("p").lower() if pronoun else None))


def _qualified(
    s: str,
    sent: Segment,
    paragraph: Sequence[tuple[Segment, str | None]],
    covered: Callable[[int], bool],
    lexicon: OrgLexicon,
) -> list[Mention]:
    """The filer's board roles a proxy says a director's experience qualifies them for."""
    read = qualified_roles(s, paragraph, lambda i: covered(sent.start + i), lexicon)
    if read is None:
        return []
    name, titles = read
    span = (sent.start, sent.end)
    return [Mention(name, t, None, "appointment", span, role_for_title(t)) for t in titles]


def _succession(
    s: str, names: list[tuple[int, int]], mine: dict[int, list[Mention]], recent: dict[str, list[Mention]]
) -> Iterator[Mention]:
    """Successions: in "X will succeed Y" Y held the title X takes, and the other way round."""
    for k in range(len(names) - 1):
        (a1, b1), (a2, b2) = names[k], names[k + 1]
        if not _SUCCESSION.fullmatch(s[b1:a2]):
            continue
        x, y = s[a1:b1], s[a2:b2]
        xs = mine.get(k) or recent.get(x, [])
        ys = mine.get(k + 1) or []
        for m in xs if not ys else ():
            when = m.start or position_dates(s)[0]
            yield Mention(y, m.title, m.org, "appointment", m.span, m.role, None, when)
        for m in ys if not mine.get(k) else ():
            yield Mention(x, m.title, m.org, "appointment", m.span, m.role, position_dates(s)[0], None)


def _led_by(s: str, names: list[tuple[int, int]], subject: str | None) -> Iterator[Mention]:
    """Unit leaders: "its Widget Systems business segment, previously led by Jane Roe"."""
    for a, b in names:
        m = _LED_BY.search(s, max(0, a - 160), a)
        if not m:
            continue
        unit = re.sub(r"^(?:its|the|our)\s+", "", m.group("unit"))
        head = "Head" if m.group("verb") == "headed" else "Leader"
        past = (m.group("when") or "").lower() in ("previously", "formerly")
        title = f"{head} of the {' '.join(unit.split())}"
        yield Mention(s[a:b], title, subject, "biography" if past else "appointment", (0, 0), "officer")


def _sentence(
    s: str, base: int, lexicon: OrgLexicon, covered: Callable[[int], bool], recent: dict[str, list[Mention]]
) -> Iterator[Mention]:
    names = []
    for a, b in find_person_names(s):
        a = _past_org_words(s, a, b, lexicon)
        if (
            a is None
            or covered(base + a)
            or _inside_org(s, a, b, lexicon)
            or _PROPER_NOUN_TAIL.search(s, 0, a)
        ):
            continue
        names.append((a, b))
    if not names:
        return
    subject = _subject_org(s, lexicon)
    mine: dict[int, list[Mention]] = {}
    for k, (a, b) in enumerate(names):
        nxt = names[k + 1][0] if k + 1 < len(names) else len(s)
        prev_end = names[k - 1][1] if k else 0
        mine[k] = list(_mentions_for(s, a, b, prev_end, nxt, lexicon, subject))
    found = [m for k in sorted(mine) for m in mine[k]]
    found += _succession(s, names, mine, recent)
    found += _led_by(s, names, subject)
    if "oard" in s:
        found += (m for a, b in names for m in board_list(s, s[a:b], b))
    seen: set[tuple[str, str, str]] = set()
    for m in found:
        key = (m.name, m.title.casefold(), m.org or "")
        if key in seen:
            continue
        seen.add(key)
        yield Mention(m.name, m.title, m.org, m.kind, (base, base + len(s)), m.role, m.start, m.end)


# "Department of the Treasury", "the Board of Directors", "Globex's Aerospace Engines": a
# capitalised run after these is part of a proper noun, not a person.
_PROPER_NOUN_TAIL = re.compile(
    r"(?:\b(?!(?:Departure|Appointment|Resignation|Retirement|Election|Promotion|Termination)\s)[A-Z][\w&]*\s+of"
    r"\s+(?:the\s+)?|\bof\s+the\s+|[A-Za-z]['’]s\s+)$"
)
# "Departure of Brett Kaufman as Chief Financial Officer": an 8-K heading about leaving.
_LEAVING_BEFORE = re.compile(r"(?i)\b(?:departure|resignation|retirement|termination)\s+of\s+$")


def _past_org_words(s: str, a: int, b: int, lexicon: OrgLexicon) -> int | None:
    """Start of the name once leading organisation words are dropped ("Acme Names Jane Roe")."""
    words = list(re.finditer(r"\S+", s[a:b]))
    for k in range(len(words) - 1):
        if lexicon.knows(s[a : a + words[k].end()]):
            rest = s[a + words[k + 1].start() : b]
            return a + words[k + 1].start() if is_person_name(rest) else None
    return a


_ORG_TAIL = re.compile(
    r",?\s*(?:&|and\s+Co\b|(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|LLC|LLP|L\.P|LP|plc|PLC"
    r"|P\.C|N\.V|S\.A|AG|Group|Holdings|Partners|Associates|Capital|Bank|Trust)\b)"
)


def _inside_org(s: str, a: int, b: int, lexicon: OrgLexicon) -> bool:
    """True for names that begin a company's: "Hill of Stone Corporation", "Smith Barney & Co."."""
    tail = s[b : b + 30]
    if _ORG_TAIL.match(tail):
        return True
    return lexicon.knows(s[a:b])


def _subject_org(s: str, lexicon: OrgLexicon) -> str | None:
    """The company a sentence opens with: "Globex will include ...", "Separately, Acme announced ..."."""
    m = _SENTENCE_OPENER.match(s)
    pos = m.end() if m else 0
    end = lexicon.match_at(s, pos)
    if end is None:
        return None
    org = s[pos:end].rstrip(",")
    if is_person_name(org):
        return None
    return org


def _mentions_for(
    s: str, a: int, b: int, prev_end: int, nxt: int, lexicon: OrgLexicon, subject: str | None
) -> Iterator[Mention]:
    name = s[a:b]
    # 0. a seat on a board in lower case: "Jerry York, a member of the board"
    seat = _seat_after(s, b, nxt)
    if seat is not None:
        kind = "quote" if _is_quote(s, a) else "appointment"
        yield from _make(name, TitleMatch(a, a, "Director"), seat, subject, kind, s[a:nxt], False)
        return
    # 1. apposition: "Name, [age,] [who has been] [Org's] Title[, Org]"
    m = _APPOSITION.match(s, b, nxt)
    if m and m.end() > b:
        t_pos = m.end()
        org_written = None
        po = _POSSESSIVE_ORG.match(s[t_pos:nxt])
        if (
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
        if t and not _name_follows(s, t.end, nxt):
            clause = s[b : min(nxt, t.end + _DATE_REACH)]
            fill = m.group("fill") or ""
            past = _is_past(fill) or bool(re.search(r"(?i)\b(?:formerly|previously)\b", fill))
            org = _org_of(t, org_written)
            if org is None:
                org = employer_after(s, t.end, nxt, lexicon)
            kind = "quote" if _is_quote(s, a) else "appointment"
            yield from _make(name, t, org, subject, kind, clause, past, lead=s[prev_end:a])
            if also is not None:
                yield from _make(name, also, also.org, subject, kind, clause, past, lead=s[prev_end:a])
            yield from _then_is(s, name, t, nxt, lexicon, subject, kind)
            if re.search(r"(?i)\bas\s+$", fill):  # "has served as President since ..., as CFO ..."
                yield from _further_titles(s, name, t, nxt, lexicon, subject, past, False)
            return
    # 1b. a seat on a board, the title before the name: "said Apple Board member Ed Woolard"
    seat = _seat_before(s, a, prev_end, lexicon)
    if seat is not None:
        kind = "quote" if _is_quote(s, a) else "appointment"
        yield from _make(name, TitleMatch(a, a, "Director"), seat, subject, kind, s[a:nxt], False)
        return
    # 2. a title right before the name: "Chairman and CEO John A. Smith", "Acme CEO Jane Roe",
    #    "the Company's CEO, Steven P. Jobs, ..."
    before = _title_ending_at(s, a, prev_end, lexicon)
    if before is None and s[b : b + 1] == ",":
        before = _title_ending_at(s, a, prev_end, lexicon, comma=True)
    if before is not None:
        t, org_written = before
        yield from _make(
            name,
            t,
            _org_of(t, org_written),
            subject,
            "quote" if _is_quote(s, a) else "appointment",
            s[a:nxt],
            False,
        )
        return
    # 3. a verb between: "X has been appointed as T", "X resigned from his position as T", "X was elected T"
    gap_end = _link_gap(s, b, nxt)
    if gap_end is not None:
        gap = s[b:gap_end]
        as_m = _AS_TITLE.match(s, gap_end, nxt)
        t = None
        if as_m:
            t = match_title(s, as_m.end(), nxt, lexicon)
        elif _DIRECT_TITLE.search(gap) or _BE_TITLE.search(gap):
            t = match_title(s, gap_end, nxt, lexicon)
        t = t and proper_org(s, more_orgs(s, org_series(s, t, nxt, lexicon), nxt), nxt, lexicon)
        t = t and following_list(s, t, nxt)
        also = None
        if t:
            t, also = shared_org(s, t, nxt, lexicon)
        if (
            t
            and (as_m or _LINK_VERBS.search(gap) or _BE_TITLE.search(gap))
            and not _name_follows(s, t.end, nxt)
        ):
            clause = s[b : min(nxt, t.end + _DATE_REACH)]
            past = _is_past(gap)
            leaving = bool(_LEAVING.search(gap) or _LEAVING_BEFORE.search(s, max(prev_end, a - 40), a))
            explicit_filer = bool(re.search(r"(?i)\bthe\s+(?:company|registrant|corporation)\b", gap))
            org = _org_of(t, None)
            if org is None and explicit_filer:
                org = ""
            elif org is None:
                org = employer_after(s, t.end, nxt, lexicon)
            yield from _make(
                name,
                t,
                org,
                subject,
                "appointment",
                clause,
                past and not leaving,
                leaving=leaving,
                lead=s[prev_end:a],
                loose_dates=True,  # "joined the Company in February 1999 as ..."
            )
            if also is not None:
                yield from _make(
                    name,
                    also,
                    also.org,
                    subject,
                    "appointment",
                    clause,
                    past and not leaving,
                    leaving=leaving,
                )
            yield from _further_titles(s, name, t, nxt, lexicon, subject, past and not leaving, leaving)
            return
    # 4. "elected X to the Board of Directors" / "X was appointed to the Board"
    tb = _TO_BOARD.match(s, b, nxt)
    if tb and (_LINK_VERBS.search(tb.group()) or _BOARD_VERB_BEFORE.search(s[max(prev_end, a - 40) : a])):
        org = None
        po = re.search(r"([A-Z][\w&]*)['’]s\s+board", tb.group(), re.I)
        if po and po.group(1).lower() not in ("company", "registrant"):
            org = po.group(1)
        yield from _make(
            name,
            TitleMatch(b, b, "Director"),
            org,
            subject,
            "appointment",
            s[b:nxt],
            False,
            lead=s[prev_end:a],
        )


_ORG_WORDS = r"[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}"
# "said Apple Board member Ed Woolard", "said board member Jane Roe": the seat right before the name.
_SEAT_BEFORE = re.compile(
    rf"(?:\b(?P<org>{_ORG_WORDS})(?:['’]s?)?\s+)?(?<![\w-])(?:[Bb]oard\s+[Mm]ember|[Mm]ember\s+of\s+(?:the|its|our)"
    r"\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
# "Jerry York, a member of the board", "Jane Roe, a member of Acme's board of directors": after the name.
_SEAT_AFTER = re.compile(
    rf"\s*,\s*(?:(?i:who\s+is|is)\s+)?(?:(?i:also)\s+)?(?i:an?)\s+"
    rf"(?:(?i:long-?time|independent|non-executive|current|outside)\s+)?(?i:member\s+of)\s+"
    rf"(?:(?i:the|its|our)\s+|(?P<poss>{_ORG_WORDS})['’]s\s+)?(?i:board)(?:\s+(?i:of\s+directors))?"
    rf"(?:\s+of\s+(?:the\s+)?(?P<org>{_ORG_WORDS}(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|LLC|N\.V|S\.A|AG)\.?)?))?"
    r"(?=\s*[,.;:]|\s+(?:and|said|says|who)\b|\s*$)"
)
_FORMER = re.compile(r"(?i)\b(?:former|retired|ex|then|past|emeritus|outgoing)[\s-]+$")


def _seat_after(s: str, b: int, nxt: int) -> str | None:
    """The board an apposition seats the name on ("Jerry York, a member of the board"): its company,
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
    """The board a title before the name seats it on ("said Apple Board member Ed Woolard"), as above.

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


def _further_titles(
    s: str,
    name: str,
    t: TitleMatch,
    nxt: int,
    lexicon: OrgLexicon,
    subject: str | None,
    past: bool,
    leaving: bool,
) -> Iterator[Mention]:
    """The titles a biography lists after the first (see `biographies.more_titles`)."""
    for more in more_titles(s, t, nxt, lexicon):
        if _name_follows(s, more.end, nxt):
            return
        clause = s[more.start : min(nxt, more.end + _DATE_REACH)]
        yield from _make(
            name, more, _org_of(more, None), subject, "appointment", clause, past, leaving=leaving
        )


# "J. Roe, 63, Chairman, is Chairman of Globex PLC": a role here, then a post elsewhere.
_THEN_IS = re.compile(r"\s*,\s*(?:is|serves\s+as)\s+(?:also\s+)?(?:(?:the|a|an)\s+)?")


def _then_is(
    s: str, name: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon, subject: str | None, kind: str
) -> Iterator[Mention]:
    """The title a clause after the apposition states, when it names another company."""
    m = _THEN_IS.match(s, t.end, nxt)
    second = match_title(s, m.end(), nxt, lexicon) if m else None
    if second is None:
        return
    second = proper_org(s, more_orgs(s, org_series(s, second, nxt, lexicon), nxt), nxt, lexicon)
    if second.org:
        clause = s[second.start : min(nxt, second.end + _DATE_REACH)]
        yield from _make(name, second, second.org, subject, kind, clause, False)


def _nothing(_: int) -> bool:
    """No offset is covered: a biography's pronoun sentence, names put in, is read whole."""
    return False


def _make(
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
    body = _MEMBER_OF_BODY.match(t.title)
    if body and not org and not _OWN_BODY.search(body.group("body")):
        t, org = (
            TitleMatch(t.start, t.end, "Member"),
            body.group("body"),
        )  # "a member of the Trilateral Commission"
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
    if org == "":
        org = None  # the filer, said explicitly
        explicit = True
    else:
        explicit = org is not None
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
    for o in orgs:
        yield Mention(name, title, o, kind, (0, 0), role, start, end)


# "member of the European Parliament", "a member of the American Bar Association": a body, not the filer.
_MEMBER_OF_BODY = re.compile(
    r"(?i:member)\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|&|on|the)){0,8})$"
)
_OWN_BODY = re.compile(r"\b(?:Boards?|Committees?|Directors|Trustees|Company|Corporation|Registrant)\b")
# "a member of our Board", "a member of the Company's Board": a director, as rosters write it.
_OWN_BOARD_MEMBER = re.compile(
    r"(?i)member\s+of\s+(?:the\s+|our\s+|its\s+)?(?:(?:company|registrant|corporation)['’]s\s+)?board"
)


def _org_of(t: TitleMatch, written: str | None) -> str | None:
    if t.org is not None:
        return t.org  # "" for "of the Company"
    return written


def _prefix_org_title(s: str, pos: int, nxt: int, lexicon: OrgLexicon) -> tuple[str, int] | None:
    """A known company right before the title: "3M chairman and chief executive officer"."""
    end = lexicon.match_at(s, pos, nxt)
    if end is None or end >= nxt or not s[end : end + 1].isspace():
        return None
    t_pos = end + 1
    if match_title(s, t_pos, nxt, lexicon) is None:
        return None
    return s[pos:end], t_pos


def _title_ending_at(
    s: str, a: int, floor: int, lexicon: OrgLexicon, *, comma: bool = False
) -> tuple[TitleMatch, str | None] | None:
    """A title that ends right before the name at `a`, and an organisation right before that title.

    With `comma`, the title is set off by a comma ("the Company's CEO, Steven P. Jobs, ...") and
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


def _name_follows(s: str, pos: int, nxt: int) -> bool:
    """True when a name follows the title at once: the title is that name's ("Jane Roe, CFO John Smith")."""
    return bool(re.match(r"\s+\S", s[pos:])) and nxt - pos <= 3 and nxt > pos


def _link_gap(s: str, b: int, nxt: int) -> int | None:
    """End of a run of verb-phrase words after the name (at most 10), or None if punctuation interrupts."""
    pos = b
    paren = re.match(r"\s*\([^()]{0,60}\)", s[pos:nxt])
    if paren:
        pos += paren.end()
    words = 0
    last = pos
    while pos < nxt and words < 10:
        m = re.match(r"\s+", s[pos:nxt])
        if not m:
            break
        w = _LINK_WORD.match(s, pos + m.end(), nxt)
        if not w:
            break
        word = w.group()
        if word.lower() in ("as", "said", "says", "and", "who", "which", "that") or re.match(
            r"(?i)to\s+serve", s[pos + m.end() : nxt]
        ):
            break
        if _HAS_TITLE.fullmatch(word) and not re.match(r"(?i)board", word):
            break
        if word[:1].isupper() and match_title(s, pos + m.end(), nxt) is not None:
            break  # a capitalised title opens: "is Executive Vice President of ..."
        last = w.end()
        pos = w.end()
        words += 1
    ws = re.match(r"\s+", s[last:nxt])
    return last + (ws.end() if ws else 0)


def _is_quote(s: str, a: int) -> bool:
    return any(q.start() < a for q in _QUOTE_SPANS.finditer(s)) or bool(
        re.search(r"(?i)\b(?:said|says|added|commented|stated)\b", s)
    )
