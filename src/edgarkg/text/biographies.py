"""Biographies: the paragraphs of proxies, 10-Ks and 20-Fs that tell one person's career.

They state positions in ways a single sentence of a press release does not:
a "He"/"She" standing for the person the paragraph is about ("He is Chairman
of Acme plc"), several titles in one breath ("as President since 2009, as CFO
since 2016, and as ..."), lists of boards ("a member of the Supervisory Boards
of A and B", or bulleted under "Other Public Company Boards:"), and an
employer after "at" ("Vice Chairman at Globex"). These
rules live apart from `prose` (quotes and appointments) because they read
across sentences and lists, and need the paragraph, not just the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from edgarkg.text.mentions import DATE, Mention
from edgarkg.text.names import (
    OrgLexicon,
    TitleMatch,
    clean_person_name,
    clean_title,
    ends_with_title_head,
    find_person_names,
    has_legal_suffix,
    is_person_name,
    is_title,
    leading_person_name,
    match_title,
    role_for_title,
)
from edgarkg.text.sentences import Segment, sentences

__all__ = [
    "CONTINUES",
    "PARAGRAPH_BREAK",
    "PRONOUN",
    "biography_subject",
    "committee_of_org",
    "board_list",
    "directorship_mentions",
    "employer_after",
    "following_list",
    "is_board_word",
    "more_orgs",
    "more_titles",
    "org_series",
    "pronoun_sentence",
    "qualified_roles",
    "proper_org",
    "shared_org",
    "split_sentences",
    "unit_of_org",
]


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A page number, or a lower-case start: the paragraph goes on past a page break.
CONTINUES = re.compile(r"[a-z]|[-–\s]*\d{1,3}[-–\s]*$")
_ONLY_INITIALS = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[A-Z]\.){2,4}")


def split_sentences(text: str, start: int, end: int | None) -> Iterator[Segment]:
    """Sentences, with a stop after run-together initials ("D.G. Eustace, 64, is ...") not ending one.

    The sentence splitter reads "D.G." opening a paragraph as a sentence of its own.
    """
    held: Segment | None = None
    for sent in sentences(text, start, end):
        if held is not None:
            if PARAGRAPH_BREAK.search(text, held.end, sent.start):
                yield held
            else:
                sent = Segment(text[held.start : sent.end], held.start, sent.end)
            held = None
        if len(sent.text) <= 16 and _ONLY_INITIALS.fullmatch(sent.text):
            held = sent
            continue
        yield sent
    if held is not None:
        yield held


# "He is ...", "In May 1993 he became ...", "Since March 2017, Mr. X has ...": a pronoun opening a clause.
PRONOUN = re.compile(
    rf"^(?i:(?:in|since|from|on|during|until|as\s+of)\s+(?:{DATE}|early|late|\w+)(?:\s+(?:{DATE}))?\s*,?\s+)?"
    r"(?P<p>[Hh]e|[Ss]he)\b(?!['’])"
)


# A pronoun that is a clause's subject: followed by a verb, not "he's"/"her".
_CLAUSE_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\b(?!['’])(?=\s+(?:also\s+|currently\s+|now\s+|then\s+)?"
    r"(?:is|was|has|had|became|becomes|serves|served|joined|remains|will|holds|held|became)\b)"
)
_GENDER = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
_SUBJECT_REACH = 12  # sentences back from a "He ..." to the one naming the person


def biography_subject(
    paragraph: Sequence[tuple[Segment, str | None]], pronoun: str, covered: Callable[[int], bool]
) -> str | None:
    """Who a "He"/"She" of a biography is: the name opening the paragraph's latest sentence that names one.

    None when that sentence names someone else first, or when the pronouns
    (and a "Mr."/"Ms.") do not agree: then the pronoun may be anyone.
    """
    pronouns = {pronoun}
    for sent, p in reversed(paragraph[-_SUBJECT_REACH:]):
        if p is not None:
            pronouns.add(p)
            continue
        names = find_person_names(sent.text)
        if not names:
            continue
        a, b = names[0]
        if a > 4 or covered(sent.start + a):
            return None
        honorific = re.match(r"(?i)(mrs|mr|ms|miss)\b", sent.text[a:b])
        if honorific:
            pronouns.add(_GENDER[honorific.group(1).lower()])
        return sent.text[a:b] if len(pronouns) == 1 else None
    return None


# Titles whose organisation was not read apart: "member of the Supervisory Boards of eight Dutch
# companies", "member of the Executive Committee of Vereniging AEGON".
_UNREAD_ORG = re.compile(r"\b[Bb]oards\b|\bof\s+(?!the\b|Directors\b)[A-Z]")


_TRAILING_ORG = re.compile(r"\s+of\s+(?P<org>[A-Z][\w&.’'+-]*(?:\s+(?:[A-Z][\w&.’'+-]*|of|and|&)){0,4})$")
# Departments and regions a title names after "of": "Vice President of Marketing", "President of Europe".
_UNIT_WORDS = re.compile(
    r"(?:Marketing|Sales|Finance|Financial|Operations|Manufacturing|Engineering|Research|Development|Human"
    r"|Investor|Corporate|Business|Global|International|Worldwide|North|South|East|West|Europe|Asia|Latin"
    r"|Strategy|Strategic|Technology|Legal|Administration|Product|Products|Information|Communications"
    r"|Public|Investment|Investments|Risk|Compliance|Audit|Tax|Treasury|Directors)\b"
)


def _unread_org(title: str) -> tuple[str, str] | None:
    """ "CEO of AEGON The Netherlands" → ("CEO", "AEGON The Netherlands"): the company a title ends with."""
    m = _TRAILING_ORG.search(title)
    if m is None or re.search(r"\b[Bb]oards\b", title) or _UNIT_WORDS.match(m.group("org")):
        return None
    head = title[: m.start()].strip()
    return (head, m.group("org")) if ends_with_title_head(head) or _BODY_END.search(head) else None


# "member of the Executive Committee of Globex Foundation": a committee of another organisation.
_BODY_END = re.compile(
    r"(?i)^(?:member|chair\w*|vice[- ]chair\w*)\s+of\s+the\s+[\w ]*(?:Committee|Board|Council)$"
)


def committee_of_org(title: str) -> tuple[str, str] | None:
    """("member of the Executive Committee", "Globex Foundation"): a title naming another body's committee."""
    m = _TRAILING_ORG.search(title)
    if m is None or _UNIT_WORDS.match(m.group("org")) or re.match(r"(?i)the\b", m.group("org")):
        return None
    head = title[: m.start()].strip()
    return (head, m.group("org")) if _BODY_END.search(head) else None


def pronoun_sentence(
    s: str,
    m: re.Match[str],
    base: int,
    subject: str,
    covered: Callable[[int], bool],
    read: Callable[[str], Iterable[Mention]],
) -> Iterator[Mention]:
    """A biography's "He is Chairman of Acme plc" read as if it named the person.

    Every "he" of the sentence that opens a clause stands for them ("... and
    since 1991 he is also CEO of ..."). Only current positions: a pronoun's past
    ones ("In 1976 he became ...") are earlier employers a biography lists, too
    many of them wrong to keep. `read` reads the sentence with the names put
    in, as the prose rules read any sentence.
    """
    if covered(base) or covered(base + len(s) - 1):
        return
    pronoun = m.group("p").lower()
    named = _CLAUSE_PRONOUN.sub(lambda c: subject if c.group().lower() == pronoun else c.group(), s)

    for found in read(named):
        if found.name != subject or found.kind == "biography":
            continue
        title, org = found.title, found.org
        if org is None and _UNREAD_ORG.search(title):
            split = _unread_org(title)
            if split is None:
                continue
            title, org = split
        yield Mention(
            found.name, title, org, found.kind, (base, base + len(s)), found.role, found.start, found.end
        )


# "X is a member of the Supervisory Boards of three Dutch companies, among which Royal KPN and ...",
# "X is also a Supervisory Board member of Royal Vendex KBB and DaimlerChrysler Nederland"
_BOARD_LIST = re.compile(
    r"\s+(?:is|serves\s+as|sits\s+on|has\s+served\s+as)\s+(?:also\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?P<head>member|chairman|chair)\s+of\s+the\s+"
    r"(?P<board>(?:supervisory|advisory|management)\s+boards?|boards?\s+of\s+(?:directors|trustees|governors)|boards?)"
    r"|(?P<kind>supervisory|advisory)\s+board\s+member)"
    r"\s+of\s+(?:(?:[\w-]+\s+){0,3}(?:companies|corporations|organi[sz]ations)\s*,?\s*"
    r"(?:among\s+which|including|among\s+them|namely)\s+)?",
    re.I,
)
_BARE_SUFFIX = re.compile(
    r"(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|Limited|LLC|L\.L\.C|LLP|L\.?P|plc|PLC|N\.V|S\.A|AG|GmbH)\.?"
)
_FILER_ITEM = re.compile(r"(?i)^(?:the\s+)?(?:company|registrant|corporation)\b")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "FFTW Funds in Dublin", "Smith+Nephew plc (London, UK)", "Potlach Corporation (USA)"
_ITEM_PLACE = re.compile(
    r"\s+(?:in|of)\s+[A-Z][\w ]*$|\s*\([^()]*,[^()]*\)$|\s*\((?:USA|U\.S\.A?\.?|US|UK|U\.K\.)\)$"
)


# "X serves on the boards of A and B", "X currently sits on the board of directors of A": a seat at each.
_SITS_ON = re.compile(
    r"(?:,\s+[^,]{1,60},)?\s+(?:also\s+|currently\s+)?(?:serves|sits|is\s+serving|is\s+sitting)\s+"
    r"(?:also\s+|currently\s+)?on\s+the\s+boards?\s+(?:of\s+(?:directors|trustees)\s+)?of\s+"
    r"(?:the\s+following\s+(?:public\s+)?companies\s*:?\s*)?",
    re.I,
)


def board_list(s: str, name: str, b: int) -> Iterator[Mention]:
    """A seat on each board a biography lists: "member of the Supervisory Boards of A and B"."""
    on = _SITS_ON.match(s, b)
    if on is not None:
        for item in _list_items(s[on.end() :]):
            if not _FILER_ITEM.match(item):
                yield Mention(name, "Director", item, "appointment", (0, 0), "director")
        return
    m = _BOARD_LIST.match(s, b)
    if m is None:
        return
    if m.group("kind"):
        title = f"{m.group('kind').title()} Board member"
    else:
        board = re.sub(r"(?i)\bboards\b", "Board", " ".join(m.group("board").split()))
        title = f"{m.group('head').capitalize()} of the {board.title().replace(' Of ', ' of ')}"
    for item in _list_items(s[m.end() :]):
        if not is_board_word(item):
            yield Mention(name, title, item, "appointment", (0, 0), role_for_title(title))
    # "... among which A and B, and of the Advisory Boards of C and D": a second list, its own board
    more = _AND_OF_BOARDS.search(s, m.end())
    if more is not None:
        kind = more.group("kind")
        title = f"Member of the {kind.title()} Board" if kind else "Board member"
        for item in _list_items(s[more.end() :]):
            yield Mention(name, title, item, "appointment", (0, 0), role_for_title(title))


_AND_OF_BOARDS = re.compile(
    r"(?i),?\s+and\s+of\s+the\s+(?:(?P<kind>supervisory|advisory|management)\s+)?boards?\s+of\s+(?!the\b)"
)


def _list_items(rest: str) -> list[str]:
    """The companies a list opens with: "Royal Dutch Airlines (KLM) and Royal KPN." → two names."""
    rest = re.sub(r"\s*\([^()]*,[^()]*\)", "", rest)  # "(New York, USA)": a place, its comma no separator
    rest = re.split(r"(?:;|\.(?!\s+(?:and|&)\s))(?:\s|$)", rest, maxsplit=1)[0]
    items: list[str] = []
    depth, piece = 0, ""
    for ch in rest:  # split at top-level separators only: "Royal Dutch Airlines (KLM, NL)" stays whole
        depth += {"(": 1, ")": -1}.get(ch, 0)
        piece += ch
    out = []
    for raw in _LIST_SPLIT.split(piece) if depth == 0 else []:
        item = _ITEM_PLACE.sub("", " ".join(raw.split())).strip()
        if out and _BARE_SUFFIX.fullmatch(item):
            out[-1] = f"{out[-1]}, {item}"  # "Black Silicon Holdings, Inc."
            continue
        if not item or not item[0].isupper() or len(item.split()) > 6:
            break
        out.append(item)
    items.extend(out)
    return items[:8] if len(items) <= 8 else []


# "... as President since January 2009, as Chief Financial Officer ... since July 2016, and as ..."
_AND_AS = re.compile(
    rf"(?i)(?:\s+(?:since|from|until|through|in)\s+{DATE}(?:\s+(?:to|through|until)\s+(?:{DATE}|(?:the\s+)?present))?)?"
    r"(?:\s*,\s*(?:and\s+)?as\s+|\s+and\s+(?=(?:a|an)\s+member\b))(?:(?:the|a|an|our|its)\s+)*"
)


def more_titles(s: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon) -> Iterator[TitleMatch]:
    """The titles a biography lists after the first `t`, each with its own "as" and dates.

    The caller stops at a title a name follows at once (it is that name's).
    """
    while (more := _AND_AS.match(s, t.end, nxt)) is not None:
        found = match_title(s, more.end(), nxt, lexicon)
        found = None if found is None else org_series(s, found, nxt, lexicon)
        if found is None:
            return
        t = found
        yield t


# ", Globex Resources Inc. and Initech Mining Limited": more companies after a title's "of" list.
_MORE_ORG = re.compile(
    r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?P<item>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5}"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.P|LP|plc|N\.V|S\.A|AG)\b\.?)?)"
)
_AND_ANOTHER = re.compile(r"\s*,?\s+and\s+(?:a|an)\s+")


def more_orgs(s: str, t: TitleMatch, nxt: int) -> TitleMatch:
    """`t` held at the further companies a list goes on to name, each a name with a legal suffix.

    The title reader stops a list at "Inc." (it reads a sentence's end); "a
    director of A, B Inc. and C Limited" is three seats.
    """
    if not t.org:
        return t
    orgs = list(t.orgs or (t.org,))
    end = t.end
    while (m := _MORE_ORG.match(s, end, nxt)) is not None:
        item = re.sub(r"(?<=[a-z]{4})\.$", "", m.group("item"))
        if not has_legal_suffix(item) or item in orgs:
            break
        orgs.append(item)
        end = m.end()
    if len(orgs) == len(t.orgs or (t.org,)):
        return t
    return TitleMatch(t.start, end, t.title, orgs[0], tuple(orgs))


def shared_org(s: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon) -> tuple[TitleMatch, TitleMatch | None]:
    """ "Executive Vice President and a director of Globex Corporation": both titles at that company.

    Returns `t` with the organisation of the title joined to it, and that
    title; `t` unchanged (and None) when no other company is named.
    """
    if t.org is not None:
        return t, None
    m = _AND_ANOTHER.match(s, t.end, nxt)
    second = match_title(s, m.end(), nxt, lexicon) if m else None
    if second is None or not second.org:
        return t, None
    second = more_orgs(s, second, nxt)
    return TitleMatch(t.start, second.end, t.title, second.org, second.orgs), second


# "... qualifies her for her role as a Board member and the Chairperson of the Audit Committee",
# "... further qualifies him to be our Lead Independent Director and Chairman of our Valuation Committee"
_QUALIFIES = re.compile(
    r"\bqualif(?:y|ies)\s+(?P<p>him|her)\s+(?:for\s+(?:his|her)\s+roles?\s+as|to\s+(?:be|serve\s+as|continue"
    r"\s+to\s+serve\s+as))\s+(?:(?:the|a|an|our)\s+)*"
)
_ROLE_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|a|an|our)\s+)*")
_POSSESSIVE_NAME = re.compile(r"\b(?P<n>(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)['’]s\s")
# "Lead Independent Director and Chairman of the Valuation Committee": two roles read as one title
_COMMITTEE_ROLE = re.compile(
    r"\s+and\s+(?=(?:Chair\w*|Member|Vice[- ]Chair\w*)\s+of\s+(?:the|our)\s+[\w ]*Committee\b)"
)
_SEAT = re.compile(r"(?i)(?:board\s+member|member\s+of\s+(?:the|our)\s+board|director)\b")


def qualified_roles(
    s: str,
    paragraph: Sequence[tuple[Segment, str | None]],
    covered: Callable[[int], bool],
    lexicon: OrgLexicon,
) -> tuple[str, list[str]] | None:
    """The person and the board roles a proxy says their experience "qualifies" them for.

    The person is the one named with a possessive before ("Ms. Roe's
    experience qualifies her ...") or, for "His experience ...", the one
    the paragraph is about. The roles are the filer's: its board and committees.
    """
    m = _QUALIFIES.search(s)
    if m is None:
        return None
    pronoun = "he" if m.group("p") == "him" else "she"
    subject = None
    for named in _POSSESSIVE_NAME.finditer(s, 0, m.start()):
        if not covered(named.start()):
            subject = named.group("n")
            break
    if subject is None and re.match(rf"(?i){'his' if pronoun == 'he' else 'her'}\b", s):
        subject = biography_subject(paragraph, pronoun, covered)
    if subject is None:
        return None
    titles: list[str] = []
    pos = m.end()
    while len(titles) < 4:
        seat = _SEAT.match(s, pos)
        t = match_title(s, pos, None, lexicon) if seat is None else None
        if seat is not None:
            titles.append("Director")
            end = seat.end()
        elif t is not None:
            titles.extend(_COMMITTEE_ROLE.split(re.sub(r"\bof\s+our\s+", "of the ", t.title)))
            end = t.end
        else:
            break
        sep = _ROLE_SEP.match(s, end)
        if sep is None:
            break
        pos = sep.end()
    return (subject, titles) if titles else None


# "director of the following public companies: A and B": a seat at each company the list names.
_FOLLOWING = re.compile(
    r"\s+of\s+the\s+following\s+(?:[\w-]+\s+){0,3}(?:companies|corporations|organi[sz]ations|entities|boards)"
    r"\s*(?:\([^()]*\))?\s*:\s*"
)


def following_list(s: str, t: TitleMatch, nxt: int) -> TitleMatch:
    """`t` at each company of a list announced by "of the following ... companies:"."""
    at = s.find(t.title, t.start, nxt)
    m = _FOLLOWING.match(s, at + len(t.title)) if at >= 0 and t.org is None else None
    if m is None or m.end() > nxt:
        return t
    items = [i for i in _list_items(s[m.end() : nxt]) if not _FILER_ITEM.match(i)]
    if not items:
        return t
    return TitleMatch(t.start, max(t.end, m.end()), t.title, items[0], tuple(items))


# "Chairman of Globex+Initech plc (London, UK)", "senior partner of Roe & Doe/Smith & Jones":
# a company's name the title reader cut at a "+", "/" or ",".
_OF_PROPER = re.compile(r"^(?P<head>.+?)\s+of\s+(?P<first>[A-Z][\w&.+/'’-]*)")
_ORG_STOP = re.compile(
    r"\s*\(|,\s+(?=[a-z])|\s+and\s+(?=[a-z])|;|\.\s+(?=[A-Z][a-z]*\s+[a-z])|\.?\s*$"
    r"|\s+(?:since|from|until|in|where|which|who)\b"
)
_ORG_WORD = re.compile(r"[A-Z0-9][\w&.+/'’-]*|&|and|of|the|de|van|von|[+/]|plc|p\.l\.c\.|ltd\.?|inc\.?")


def proper_org(s: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon) -> TitleMatch:
    """`t` with the company its "of" names, when the title reader kept it as title text.

    Only a name plainly a company's (a legal suffix, a "&", "+" or "/", or a
    name the document states elsewhere): "Vice President of Customer Service"
    stays a title at the filer.
    """
    if t.org:
        return _whole_org(s, t, nxt)
    if t.org is not None:
        return t
    m = _OF_PROPER.match(t.title)
    if m is None or _UNIT_WORDS.match(m.group("first")) or not ends_with_title_head(m.group("head")):
        return t
    at = s.find(m.group("first"), t.start, nxt)
    if at < 0:
        return t
    stop = _ORG_STOP.search(s, at, nxt)
    end = stop.start() if stop else nxt
    org = " ".join(s[at:end].split()).rstrip(" ,")
    words = org.split()
    if (
        not 0 < len(words) <= 10
        or not all(_ORG_WORD.fullmatch(w.rstrip(",")) for w in words)
        or is_person_name(org)
    ):
        return t
    if not (has_legal_suffix(org) or re.search(r"[&+/]", org) or lexicon.knows(org)):
        return t
    return TitleMatch(t.start, max(t.end, end), m.group("head"), org, (org,))


# "Managing Director of Roe, Doe" + "Smith & Jones, Inc.": one name cut at its commas.
_TITLE_TAIL = re.compile(r"\s+of\s+(?P<tail>[A-Z][\w&.'’-]*(?:,\s+[A-Z][\w&.'’-]*){0,4})$")


def _whole_org(s: str, t: TitleMatch, nxt: int) -> TitleMatch:
    """A company name with commas, read as title words plus a company: put back together."""
    m = _TITLE_TAIL.search(t.title)
    if m is None or len(t.orgs) > 1 or not ends_with_title_head(t.title[: m.start()]):
        return t
    written = re.search(r"\s*,\s*".join(map(re.escape, m.group("tail").split(", "))), s[t.start : nxt])
    if written is None:
        return t
    after = s[t.start + written.end() : nxt]
    joined = re.match(r"\s*,\s*" + r"\s+".join(map(re.escape, (t.org or "").split())), after)
    if joined is None:
        return t
    org = f"{m.group('tail')}, {t.org}"
    return TitleMatch(t.start, t.end, t.title[: m.start()], org, (org,))


# "Finance of Globex Energy Inc.", "Customer Service of the Company": a department, then its company.
_UNIT_THEN_ORG = re.compile(
    r"^(?P<unit>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|&)){0,3})\s+of\s+(?P<org>(?:the\s+)?[A-Z].*)$"
)
_FILER_NOUN = re.compile(r"(?i)^(?:the\s+)?(?:company|registrant|corporation)$")
# A body's name cut out of "the Board of Trustees": never an organisation of its own.
_BOARD_WORD = re.compile(r"(?i)^(?:directors|trustees|managers|governors)$")


def unit_of_org(title: str, org: str | None) -> tuple[str, str | None] | None:
    """(title with its department, company) for an "organisation" that names a department first.

    "Vice President, Finance of Globex Energy Inc." → ("Vice President, Finance", "Globex Energy Inc.");
    "... of Customer Service of the Company" → the filer (None). None when `org` is a plain name.
    """
    m = _UNIT_THEN_ORG.match(org or "")
    if (
        m is None
        or has_legal_suffix(m.group("unit"))
        or not _UNIT_WORDS.match(m.group("unit"))
        and not (_FILER_NOUN.match(m.group("org")))
    ):
        return None
    rest = m.group("org")
    if _FILER_NOUN.match(rest):
        return f"{title} of {m.group('unit')}", None
    if not has_legal_suffix(rest):
        return None
    return f"{title}, {m.group('unit')}", rest


def is_board_word(org: str | None) -> bool:
    """ "Trustees", "Directors": a word of "the Board of Trustees" read as a company."""
    return bool(org and _BOARD_WORD.match(org.strip()))


# "CEO, Initech, Inc.", "Vice Chairman at Globex", "a partner of the law firm Initech LLP"
_AFTER_ORG = re.compile(
    r"\s+(?:of|at|with|in)\s+the\s+(?:(?:international|national|global|[A-Z][\w&-]*-based)\s+)?"
    r"(?:law|accounting|consulting|audit|investment|private\s+equity|venture\s+capital|architecture|engineering)?"
    r"\s*firm\s+(?:of\s+)?|\s*,\s*|\s+at\s+(?:the\s+)?",
    re.I,
)


def employer_after(s: str, pos: int, nxt: int, lexicon: OrgLexicon) -> str | None:
    """The company written after a title: "Chairman and CEO, Initech, Inc.", "officer, xyzCo, said"."""
    m = _AFTER_ORG.match(s, pos, nxt)
    if not m:
        return None
    at = m.end()
    end = lexicon.match_at(s, at, nxt)
    if end is None:
        om = re.match(
            r"[A-Z0-9][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*){0,5}(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|PLC|LLC|N\.V|S\.A|AG)\.?)",
            s[at:nxt],
        )
        if not om or not has_legal_suffix(om.group()):
            return None
        end = at + om.end()
    org = re.sub(r"(?<=[a-z]{4})\.$|(?<=LLP|LLC)\.$", "", s[at:end].strip(" ,"))  # the sentence's period
    if is_person_name(org):
        return None
    return org


# "Other Public Company Boards:", "Current Directorships:", "Other Current Public Company Directorships":
# the heading of a biography's list of the boards its person sits on now.
_DIRECTORSHIPS = re.compile(
    r"(?i)^[\s•·●▪*-]*(?:(?:other|current|present|outside)\s+)*(?:(?:public|listed)[\s-]+(?:company|companies)\s+)?"
    r"(?:(?:board|boards|directorships?)(?:\s+of\s+directors)?)(?:\s+(?:held|memberships?))?\s*"
    r"(?:\([^()]{0,40}\)\s*)?:\s*(?P<rest>.*)$"
)
_PAST_LIST = re.compile(r"(?i)\b(?:former|past|prior|previous|previously|within|during|last)\b")
_BULLET = re.compile(r"^\s*(?:[•·●▪◦■□➢➤*]|-|–|o(?=\s))\s*")
_NO_ITEMS = re.compile(r"(?i)^(?:none|n/a|—|-)\.?$")
_ITEM_NOTE = re.compile(r"\s*\((?:[^()]*)\)|\s+(?:since|from)\s+(?:19|20)\d\d\b.*$")
_SUBJECT_LINES = 60  # lines back from the list to the line naming the person


def directorship_mentions(text: str, all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A seat on each board a biography's "Other Public Company Boards:" list names.

    The items ("• Director, Initech Corp.", "• Hooli Inc. (Chairman)") follow
    the heading one to a line, or after its colon separated by semicolons. The
    person is the one whose name opens the nearest line above that starts with
    a name (the biography's heading or first sentence). Lists of former or
    past seats ("Past Five Years", "Former Directorships") are not current
    positions and are left out.
    """
    for i, seg in enumerate(all_lines):
        t = seg.text
        if ":" not in t or len(t) > 200:
            continue
        head = _DIRECTORSHIPS.match(t)
        if head is None or _PAST_LIST.search(t[: head.start("rest")]):
            continue
        items = [(seg, part) for part in re.split(r"\s*;\s*", head.group("rest")) if part.strip()]
        for line in all_lines[i + 1 : i + 16]:
            if not line.text.strip():
                if items:
                    break
                continue
            bullet = _BULLET.match(line.text)
            if bullet is None and (items or _DIRECTORSHIPS.match(line.text)):
                break
            items.append((line, line.text[bullet.end() if bullet else 0 :]))
        if not items:
            continue
        person = _list_subject(all_lines, i)
        if person is None:
            continue
        for line, item in items:
            read = _directorship_item(item)
            if read is None:
                continue
            title, org = read
            yield Mention(person, title, org, "appointment", (line.start, line.end), role_for_title(title))


def _directorship_item(item: str) -> tuple[str, str] | None:
    """(title, company) of "Director, Initech Corp.", "Hooli Inc. (Chairman)", "Globex Corporation"."""
    item = " ".join(item.split()).strip(" ;,")
    if not item or _NO_ITEMS.match(item):
        return None
    title = "Director"
    note = re.search(r"\(([^()]*)\)\s*$", item)
    if note and is_title(note.group(1)):
        title = clean_title(note.group(1))
    first, sep, rest = item.partition(", ")
    if sep and is_title(first) and not has_legal_suffix(first):
        title, item = clean_title(first), rest
    else:
        dash = re.match(r"(?P<org>.+?)\s+[–—-]\s+(?P<title>.+)$", item)
        if dash and is_title(dash.group("title")):
            title, item = clean_title(dash.group("title")), dash.group("org")
    org = _ITEM_NOTE.sub("", item).strip(" ,;")
    org = re.sub(r"(?<=[a-z]{4})\.$", "", org)
    if not org or not org[0].isupper() or len(org.split()) > 8 or is_person_name(org) or is_title(org):
        return None
    return title, org


def _list_subject(all_lines: Sequence[Segment], i: int) -> str | None:
    """The person a list at line i belongs to: the nearest line above that opens with a full name."""
    for line in reversed(all_lines[max(0, i - _SUBJECT_LINES) : i]):
        t = line.text.strip()
        if not t or _DIRECTORSHIPS.match(t):
            if t:
                return None  # the previous person's list: this one's name was not found
            continue
        lead = len(line.text) - len(line.text.lstrip())
        for a, b in find_person_names(line.text)[:1]:
            name = line.text[a:b]
            if a <= lead + 4 and is_person_name(name) and not re.match(r"(?i)(?:mr|mrs|ms|dr)\b", name):
                return clean_person_name(name)
        end = leading_person_name(t, allow_caps=True)
        if end is not None and is_person_name(t[:end], allow_caps=True):
            return clean_person_name(t[:end])
    return None


# "Chief Operating Officer of CCC, CCSC & CIGF, Inc.": a title held at each company of a list.
_TITLE_OF_FIRST = re.compile(
    r"^(?P<head>.+?)\s+of\s+(?:the\s+)?(?P<first>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})$"
)
_SERIES_ITEM = re.compile(
    r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?P<item>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.P|LP|plc|N\.V|S\.A|AG)\b\.?)?)"
)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")


def org_series(s: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon) -> TitleMatch:
    """`t` held at every company of a list its "of" opens, when each item is a company's name.

    match_title reads "Chief Operating Officer of CCC, CCSC & CIGF, Inc." as a
    title "... of CCC" followed by one company; the list is three companies
    (acronyms, names with a legal suffix, or names the document states
    elsewhere). Departments ("President of Sales, Marketing and Operations")
    are not names, so such titles stay as they are.
    """
    if t.org is not None:
        return t
    m = _TITLE_OF_FIRST.match(t.title)
    if m is None or not ends_with_title_head(m.group("head")):
        return t
    items = [m.group("first")]
    end = t.end
    while (more := _SERIES_ITEM.match(s, end, nxt)) is not None:
        items.append(more.group("item"))
        end = more.end()
    if len(items) < 2:
        return t
    items[-1] = re.sub(r"(?<=[a-z]{4})\.$", "", items[-1])  # the sentence's period, not "Inc."

    def is_org(item: str) -> bool:
        if _UNIT_WORDS.match(item) or is_person_name(item):
            return False
        return bool(_ACRONYM.fullmatch(item)) or has_legal_suffix(item) or lexicon.knows(item)

    if not all(is_org(item) for item in items):
        return t
    return TitleMatch(t.start, end, m.group("head"), items[0], tuple(items))
