"""Biographies: the paragraphs of proxies, 10-Ks and 20-Fs that tell one person's career.

They state positions in ways a single sentence of a press release does not:
a "He"/"She" standing for the person the paragraph is about ("He is Chairman
of Acme plc") and several titles in one breath ("as President since 2009, as
CFO since 2016, and as ..."). These rules live apart from `prose` (quotes and
appointments) because they read across sentences and need the paragraph, not
just the sentence. The line heading a biography ("Jane Roe — President")
is read here too. The other companies biographies name are read by
`employers`, their lists of boards by `board_lists` and `directorships`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from edgarkg.text.employers import org_series, shared_org, unread_org
from edgarkg.text.mentions import DATE, Mention
from edgarkg.text.names import (
    OrgLexicon,
    TitleMatch,
    clean_person_name,
    clean_title,
    find_person_names,
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
    "heading_mentions",
    "more_titles",
    "pronoun_sentence",
    "split_sentences",
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
        if (len(sent.text) <= 16 and _ONLY_INITIALS.fullmatch(sent.text)) or _initials_go_on(
            sent.text, text, sent.end
        ):
            held = sent
            continue
        t = sent.text
        if ". " in t and (". He " in t or ". She " in t or ". M" in t or ". Dr" in t):
            yield from _after_legal_form(sent)
        else:
            yield sent
    if held is not None:
        yield held


# A stop after run-together initials inside a name: "the president of D.J. Dorman & Co.", "Mr. Glenn
# K.C. Ching, Chief Legal Officer": the initials follow a given name or a preposition, not "the" ("the U.S.").
_INITIALS_END = re.compile(r"(?:\b(?:of|at|by|with|for|and)|\b[A-Z][a-z]+)\s+(?:[A-Z]\.){2,3}$")
# What follows them is a family name or a firm's first word: a capitalised word then ",", "&", "'s" or a
# capitalised word, never a word that opens a sentence.
_NAME_GOES_ON = re.compile(r"\s+(?P<w>[A-Z][a-z]+)(?:,|\s+&|['’]s\b|\s+[A-Z])")
_OPENERS = frozenset(
    {"The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "Our", "Its", "His", "Her"}
    | {"In", "On", "At", "As", "For", "From", "Since", "During", "After", "Before", "Prior", "Mr", "Ms"}
    | {"Mrs", "Dr", "Until", "While", "With", "By", "And", "But", "Also", "Each", "All", "Any", "No", "Such"}
)


def _initials_go_on(sent: str, text: str, end: int) -> bool:
    """True when `sent` ends at initials that the next words of the same name or firm follow."""
    if sent[-3:-2] != "." or not sent.endswith(".") or _INITIALS_END.search(sent[-40:]) is None:
        return False
    n = _NAME_GOES_ON.match(text, end, end + 60)
    return n is not None and n.group("w") not in _OPENERS


# "... a director of ABSS Corp. He is also ...": the splitter keeps "Corp." inside a sentence, but a
# pronoun or an honorific after it starts the next one.
_LEGAL_STOP = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|LLC|L\.P|N\.A|plc|S\.A|N\.V|Bros)\.\s+(?=(?:He|She|Mr|Mrs|Ms|Dr)\b)"
)


def _after_legal_form(sent: Segment) -> Iterator[Segment]:
    """`sent`, cut where a legal form's period is followed by "He"/"She"/"Mr."."""
    s = sent.text
    a = 0
    for m in _LEGAL_STOP.finditer(s):
        cut = m.start() + len(m.group().rstrip())
        yield Segment(s[a:cut], sent.start + a, sent.start + cut)
        a = m.end()
    yield Segment(s[a:], sent.start + a, sent.end) if a else sent


# "He is ...", "In May 1993 he became ...", "Since March 2017, Mr. X has ...": a pronoun opening a clause.
PRONOUN = re.compile(
    rf"^(?i:(?:in|since|from|on|during|until|as\s+of)\s+(?:{DATE}|early|late|\w+)(?:\s+(?:{DATE}))?\s*,?\s+"
    # "Currently, he is the Managing Director of ...", "Additionally, she serves as ..."
    r"|(?:currently|presently|today|additionally|also|further|furthermore|moreover)\s*,?\s+)?"
    # "Currently, in addition to his role at the Company, he is ..."
    r"(?i:in\s+addition\s+to\s+[^,;.]{1,80},\s+)?"
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
# companies", "member of the Executive Committee of Vereniging Acme".
_UNREAD_ORG = re.compile(r"\b[Bb]oards\b|\bof\s+(?!the\b|Directors\b)[A-Z]")


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
    named = " ".join(named.split())  # a hard-wrapped "has\nserved as" is the present perfect still

    for found in read(named):
        if found.name != subject or found.kind == "biography":
            continue
        title, org = found.title, found.org
        if org is None and _UNREAD_ORG.search(title):
            split = unread_org(title)
            if split is None:
                continue
            title, org = split
        yield Mention(
            found.name, title, org, found.kind, (base, base + len(s)), found.role, found.start, found.end
        )


# "... as President since January 2009, as Chief Financial Officer ... since July 2016, and as ..."
_AND_AS = re.compile(
    # ", a developer of commercial property in the U.S.,": the company described before its dates
    r"(?i)(?:\s*,\s*an?\s+[a-z][^,;()]{0,100}+(?:,\s*[a-z][^,;()]{0,60}+)?,(?=\s+(?:since|from|as\s+well)\b))?"
    rf"(?:\s+(?:since|from|until|through|in)\s+{DATE}(?:\s+(?:to|through|until)\s+(?:{DATE}|(?:the\s+)?present))?)?"
    r"(?:\s*,\s*(?:and\s+)?as\s+|\s+and\s+as\s+|\s+and\s+(?=(?:a|an)\s+(?:member|director|trustee)\s+of\s+[A-Z])"
    r"|\s*,?\s+as\s+well\s+as\s+"
    # "... since 2015 and has served as Chair of the Board since 2020": a second post, still held
    r"|\s*,?\s+and\s+(?:has\s+(?:also\s+)?(?:served|been\s+serving)\s+as|has\s+(?:also\s+)?been|(?:also\s+)?serves\s+as)\s+)"
    r"(?:(?:the|a|an|our|its)\s+)*"
)


# "CFO of Globex Inc. (a mining company), Treasurer of Initech Ltd. and President of ...": posts listed
# one after the other, each at its company.
_LISTED = re.compile(
    r"(?:\s*\([^()]{0,200}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|a|an|also)\s+)*(?=[A-Z])"
)


def more_titles(s: str, t: TitleMatch, nxt: int, lexicon: OrgLexicon) -> Iterator[TitleMatch]:
    """The titles a biography lists after the first `t`, each with its own "as" and dates.

    The caller stops at a title a name follows at once (it is that name's).
    """
    while True:
        more = _AND_AS.match(s, t.end, nxt)
        listed = _LISTED.match(s, t.end, nxt) if more is None and t.org else None
        if more is None and listed is None:
            return
        found = match_title(s, (more or listed).end(), nxt, lexicon)  # type: ignore[union-attr]
        found = None if found is None else org_series(s, found, nxt, lexicon)
        if found is not None and not found.org:  # "..., the CEO and a director of Delrand Resources Limited"
            found, _ = shared_org(s, found, nxt, lexicon)
        if found is None or (listed is not None and not found.org):
            return  # a list of posts goes on only with a title at a named company
        t = found
        yield t


# --- biography headings --------------------------------------------------------------------

_DASH = re.compile(r"\s*(?:[—–]|--|\s-)\s*")
_AGE_TAIL = re.compile(r"(?i),?\s*\(?(?:age|aged)\s*:?\s*\d{2}\)?\.?$")
_HONORIFIC_OPENING = re.compile(r"^\s*(?:Mr|Mrs|Ms|Dr|Messrs)\.?\s+(?P<surname>[A-Z][\w'’-]+)")


def heading_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """The person and title heading a biography, on a line of their own.

    "Jane Roe — President and Chief Executive Officer" (a dash between), or
    the name on one line and the title on the next, when the paragraph below
    speaks of the person ("Ms. Roe has served ...").
    """
    n = len(all_lines)
    for i, line in enumerate(all_lines):
        t = line.text.strip()
        if not t or "\t" in t or not t[0].isupper():
            continue
        if len(t) > 150:
            run_in = _run_in_heading(t)
            if run_in is not None:
                yield _heading(*run_in, (line.start, line.start + len(t[:150])))
            continue
        dashed = "—" in t or "–" in t or "--" in t or " - " in t
        stacked = len(t) <= 40 and i + 1 < n and not dashed
        if not dashed and not stacked:
            continue
        if stacked:  # cheap tests first: a short title line, then a paragraph on "Ms. <surname>"
            title = _AGE_TAIL.sub("", all_lines[i + 1].text.strip())
            if not title or len(title) > 100 or "\t" in title or title.endswith("."):
                continue
            below = next((seg.text for seg in all_lines[i + 2 : i + 6] if seg.text.strip()), "")
            opening = _HONORIFIC_OPENING.match(below)
            if opening is None or not t.casefold().endswith(opening.group("surname").casefold()):
                continue
            if is_person_name(t, allow_caps=True) and is_title(title, max_words=14):
                yield _heading(t, title, (line.start, all_lines[i + 1].end))
            continue
        if "/s/" in t:
            continue
        end = leading_person_name(t, allow_caps=True)
        dash = _DASH.match(t, end) if end is not None else None
        if dash is None or not is_person_name(t[:end], allow_caps=True):  # type: ignore[index]
            continue
        title = _AGE_TAIL.sub("", t[dash.end() :]).strip()
        if title and is_title(title, max_words=14) and not title.endswith("."):
            yield _heading(t[:end], title, (line.start, line.end))  # type: ignore[index]


# "Jane Roe, Executive Vice President, Chief Legal Officer — Ms. Roe, 50, joined ...": a run-in heading
_RUN_IN = re.compile(r"\s+[—–]\s+(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<surname>[A-Z][\w'’-]+),\s+\d{2},")


def _run_in_heading(t: str) -> tuple[str, str] | None:
    """(name, title) of a paragraph opening "Name, Title — Ms. Surname, 57, ...", commas and all."""
    m = _RUN_IN.search(t, 0, 200)
    end = leading_person_name(t, allow_caps=True) if m is not None else None
    if m is None or end is None or not t[end:].startswith(","):
        return None
    name, title = t[:end], t[end + 1 : m.start()].strip()
    if not _same_surname(name, m.group("surname")) or not is_title(title, max_words=14):
        return None
    return name, title


def _same_surname(name: str, surname: str) -> bool:
    """Whether `name` ends with `surname` (a generation suffix and apostrophe style aside)."""
    words = [
        w for w in name.replace("’", "'").split() if w.strip(".,") not in ("Jr", "Sr", "II", "III", "IV")
    ]
    return bool(words) and words[-1].strip(",").casefold() == surname.replace("’", "'").casefold()


def _heading(name: str, title: str, span: tuple[int, int]) -> Mention:
    t = clean_title(title)
    return Mention(clean_person_name(name), t, None, "roster", span, role_for_title(t))
