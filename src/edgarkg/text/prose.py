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
  written around the name: "said Acme Board member John Doe", "Richard Roe,
  a member of the board".

This module reads the sentences: it finds the names that are people's (not
the start of a company's name), the company a sentence is about, and hands
each name to `attributions` (the first two constructions, and board seats
written around the name), which passes on to `appointments` (the last two,
successions, and "qualifies her for her role" sentences); `positions` turns
a title read next to a name into `Mention`s. Biographies add a few more
(pronouns, several titles, board lists, an employer after "at"); their rules
are in `biographies`, `employers` and `board_lists`.

The organisation comes from the title phrase ("CEO of Globex Software", "Acme's
CEO", "CEO, Initech Systems, Inc."), else from the organisation the sentence
is about ("Globex will include ... Jane Roe as Chief Executive Officer"),
else it is the filer. A past position ("served as", "formerly")
that names no organisation is dropped: biographies list earlier employers,
and defaulting those to the filer would be wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import partial

from edgarkg.text.appointments import qualified_mentions, succession_mentions
from edgarkg.text.attributions import name_mentions
from edgarkg.text.biographies import (
    CONTINUES,
    PARAGRAPH_BREAK,
    PRONOUN,
    biography_subject,
    pronoun_sentence,
    split_sentences,
)
from edgarkg.text.board_lists import board_list
from edgarkg.text.mentions import DATE, Mention
from edgarkg.text.names import OrgLexicon, find_person_names, is_person_name
from edgarkg.text.outside_roles import listed_after, outside_mentions
from edgarkg.text.plural_roles import plural_mentions
from edgarkg.text.positions import HAS_TITLE
from edgarkg.text.sentences import Segment

__all__ = ["prose_mentions"]


_SENTENCE_OPENER = re.compile(
    rf"(?i)^(?:(?:on|in|as\s+of|effective)\s+{DATE}\s*,\s*|(?:separately|additionally|also|further|in\s+addition"
    r"|today|furthermore|meanwhile|however)\s*,?\s*)*(?:the\s+)?(?:board\s+of\s+directors\s+(?:\([^()]*\)\s+)?of\s+)?"
)
# A title word (HAS_TITLE), "succeeds"/"replaces" or "led by": the sentences worth reading. One pass
# over the text rather than three searches per sentence; a match is one word (or "led by"), so a
# sentence holds one exactly when a match starts and ends inside it.
_TITLED = re.compile(
    HAS_TITLE.pattern.removesuffix(r")\b")
    # "the principal of Roe Group", "a Senior Principal at the law firm ..."
    + r"|succeed\w*|replac\w*|(?:led|headed)\s+by|trustee|principal\s+(?:of|at))\b"
)
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

    titled_at: list[int] = []  # where _TITLED matches start and end, in order
    titled_end: list[int] = []
    for t in _titled_words(text, start, len(text) if end is None else end):
        titled_at.append(t.start())
        titled_end.append(t.end())

    def titled(a: int, b: int) -> bool:
        k = bisect_left(titled_at, a)
        while k < len(titled_at) and titled_at[k] < b:
            if titled_end[k] <= b:
                return True
            k += 1
        return False

    recent: dict[str, list[Mention]] = {}  # the titles last stated for each name, for "X will succeed Y"
    shared: dict[str, bool] = {}  # family name → whether two people of the document bear it
    paragraph: list[tuple[Segment, str | None]] = []  # its sentences so far, with the pronoun each opens with
    last_end = start
    for sent in split_sentences(text, start, end):
        s = sent.text
        if PARAGRAPH_BREAK.search(text, last_end, sent.start) and not CONTINUES.match(s):
            paragraph = []
        last_end = sent.end
        pronoun = PRONOUN.match(s)
        if len(s) <= 3000 and titled(sent.start, sent.end):
            found = list(_sentence(s, sent.start, lexicon, covered, recent))
            if not found and pronoun is not None:
                subject = biography_subject(paragraph, pronoun.group("p").lower(), covered)
                if subject is not None:
                    read = partial(
                        _sentence, base=sent.start, lexicon=lexicon, covered=_nothing, recent=recent
                    )
                    found = list(pronoun_sentence(s, pronoun, sent.start, subject, covered, read))
            if "qualif" in s:
                found += qualified_mentions(s, sent, paragraph, covered, lexicon)
            found = [_named_in_paragraph(m, paragraph, sent, text, shared) for m in found]
            for m in found:
                recent.setdefault(m.name, []).append(m)
            yield from found
        paragraph.append((sent, pronoun.group("p").lower() if pronoun else None))


_TITLED_LOWER = re.compile(_TITLED.pattern.removeprefix("(?i)"))


def _titled_words(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """`_TITLED`'s matches, found in the lower-cased text, where a case-sensitive scan runs twice as fast.

    Lower-casing keeps every offset when no character grows ("İ" → "i̇"); the
    two that ignoring case pairs with an ASCII letter other than by lower case
    ("ı", "ſ") send the text to the case-blind pattern.
    """
    low = text.lower()
    if len(low) == len(text) and "ı" not in text and "ſ" not in text:
        return _TITLED_LOWER.finditer(low, start, stop)
    return _TITLED.finditer(text, start, stop)


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
    for a0, b in find_person_names(s):
        a = _past_org_words(s, a0, b, lexicon)
        if (
            a is None
            or covered(base + a)
            or _inside_org(s, a, b, lexicon)
            or _PROPER_NOUN_TAIL.search(s, 0, a)
            or _PROPER_NOUN_TAIL.search(s, 0, a0)  # "Vice-Chairman of Globex Roe Doe": all of it the company
            or _TITLE_AT.search(s, max(0, a0 - 40), a0)
            or _DEPARTMENT_END.search(s, a, b)  # "Senior Vice President, Human Resources": no person
            or _statute(s, a0, b)  # "the New York Banking Law"
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
        mine[k] = list(name_mentions(s, a, b, prev_end, nxt, lexicon, subject))
    found = [m for k in sorted(mine) for m in mine[k]]
    found += succession_mentions(s, names, mine, recent)
    found += plural_mentions(s, names, lexicon)
    found += _led_by(s, names, subject)
    if "oard" in s:
        found += (m for a, b in names for m in board_list(s, s[a:b], b))
    found += _outside(s, names, found, lexicon)
    seen: set[tuple[str, str, str]] = set()
    for m in found:
        key = (m.name, m.title.casefold(), m.org or "")
        if key in seen:
            continue
        seen.add(key)
        yield Mention(m.name, m.title, m.org, m.kind, (base, base + len(s)), m.role, m.start, m.end)


_LONE_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>[A-Z][\w'’-]+)")


def _named_in_paragraph(
    m: Mention,
    paragraph: Sequence[tuple[Segment, str | None]],
    sent: Segment,
    text: str,
    shared: dict[str, bool],
) -> Mention:
    """ "Ms. Gaer" → "Marni Gaer": the full name the biography gives the one it calls by family name.

    The document-wide lookup drops a family name two people share (a director and her husband); in
    the paragraph about her, the honorific stands for the one full name written there with it. A
    family name only one person bears is left to that lookup.
    """
    lone = _LONE_SURNAME.fullmatch(m.name)
    if lone is None:
        return m
    family = lone.group("surname")
    full: set[str] = set()
    for seg in [*(p for p, _ in paragraph[-12:]), sent]:
        at = seg.text.find(family)
        while at >= 0:  # a window before each use of the family name, not the whole sentence
            end = at + len(family)
            for a, b in find_person_names(seg.text, max(0, at - 40), end):
                cand = seg.text[a:b]
                if b == end and cand.endswith(" " + family) and not _LONE_SURNAME.fullmatch(cand):
                    full.add(cand)
            at = seg.text.find(family, end)
    full = {cand for cand in full if is_person_name(cand)}
    if len(full) != 1:
        return m
    name = full.pop()
    if family not in shared:
        shared[family] = _borne_by_two(text, family)
    if not shared[family]:
        return m
    return Mention(name, m.title, m.org, m.kind, m.span, m.role, m.start, m.end)


def _borne_by_two(text: str, family: str) -> bool:
    """Whether the document writes `family` after two different given names ("Marni Gaer", "Sam Gaer")."""
    givens: set[str] = set()
    pos = text.find(family)
    seen = 0
    while pos >= 0 and seen < 40:
        end = pos + len(family)
        for a, b in find_person_names(text, max(0, pos - 40), end):
            first = text[a:b].split()[0]
            if (
                b == end
                and b - a > len(family)
                and not _LONE_SURNAME.fullmatch(text[a:b])
                and "." not in first
            ):
                givens.add(first.casefold())
        if len(givens) > 1:
            return True
        pos = text.find(family, end)
        seen += 1
    return False


def _outside(
    s: str, names: list[tuple[int, int]], found: list[Mention], lexicon: OrgLexicon
) -> list[Mention]:
    """Current posts at other organisations (see `outside_roles`) that the rules above left unread.

    When the sentence never speaks of the filer, the same title those rules gave the filer ("employed
    by Globex Corporation as its CFO", "President and owner of Globex Corporation") is that misreading
    and goes.
    """
    held = {(m.name, (m.org or "").casefold()) for m in found}
    out: list[Mention] = []
    for k, (a, b) in enumerate(names):
        nxt = names[k + 1][0] if k + 1 < len(names) else len(s)
        for m in outside_mentions(s, a, b, nxt, lexicon):
            if (m.name, (m.org or "").casefold()) not in held:
                held.add((m.name, (m.org or "").casefold()))
                out.append(m)
    if out and not _FILER_WORD.search(s):
        moved = {(m.name, m.title.casefold()) for m in out}
        found[:] = [f for f in found if f.org is not None or (f.name, f.title.casefold()) not in moved]
    return out


_FILER_WORD = re.compile(r"(?i)\b(?:company|registrant|corporation['’]s|our|we|us|partnership|trust)\b")


# "Department of the Treasury", "the Board of Directors", "Globex's Aerospace Engines": a
# capitalised run after these is part of a proper noun, not a person.
_PROPER_NOUN_TAIL = re.compile(
    r"(?:\b(?!(?:Departure|Appointment|Resignation|Retirement|Election|Promotion|Termination)\s)[A-Z][\w&]*\s+of"
    r"\s+(?:the\s+)?|\bof\s+the\s+|[A-Za-z]['’]s\s+)$"
)


# "Chief Medical Officer at Satellite Healthcare": capitalised words after a title's "at" are its employer.
_TITLE_AT = re.compile(
    r"(?:Officer|President|Director|[Pp]artner|Counsel|Chair(?:man|woman|person)?|Manager|Head|Professor|Founder"
    r"|Principal|Analyst|Associate|Consultant|Executive|Engineer|Scientist|Fellow|Secretary|Treasurer|Controller"
    r"|Advis[eo]r|Lead|Leader|Trader|Strategist|Economist|Physician|Surgeon|Lecturer)\s+at\s+$"
    r"|\bfirm\s+(?:of\s+)?$"  # "a partner in the law firm of Roe Doe"
)


_DEPARTMENT_END = re.compile(
    r"\b(?:Resources|Relations|Affairs|Development|Operations|Marketing|Sales|Strategy|Planning|Finance"
    r"|Administration|Technology|Services|Products|Research|Engineering|Manufacturing|Communications"
    r"|Compliance|Treasury|Banking|Chain)$"
)


# "within the meaning of the New York Banking Law": a statute's name, after "the", is no person's
_STATUTE_END = re.compile(r"\b(?:Law|Act|Code|Rules|Regulations?|Statutes?|Treaty|Convention)$")
_AFTER_THE = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+){0,3}$")


def _statute(s: str, a: int, b: int) -> bool:
    """True for a law's name read as a person's: "Law" / "Act" last, after "the" and no title word."""
    if _STATUTE_END.search(s, a, b) is None:
        return False
    the = _AFTER_THE.search(s, max(0, a - 40), a)
    return the is not None and HAS_TITLE.search(the.group()) is None


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
    r"|P\.C|N\.V|S\.A|AG|Group|Holdings|Partners|Associates|Capital|Bank|Trust)\b(?!-))"
)  # "Jane Roe, Co-President": a hyphenated word is not a legal form


_MORE_ORG_WORDS = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}")


def _inside_org(s: str, a: int, b: int, lexicon: OrgLexicon) -> bool:
    """True for names that begin a company's: "Hill of Stone Corporation", "Smith Barney & Co."."""
    tail = s[b : b + 30]
    if _ORG_TAIL.match(tail) or "(" in tail and listed_after(s, b):  # "World Class Extractions (CNSX PUMP)"
        return True
    more = _MORE_ORG_WORDS.match(s, b, b + 60)  # "Lone Star Value Management, LLC": "Star Value" is no one
    if more is not None and not HAS_TITLE.search(more.group()) and _ORG_TAIL.match(s, more.end()):
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


def _nothing(_: int) -> bool:
    """No offset is covered: a biography's pronoun sentence, names put in, is read whole."""
    return False
