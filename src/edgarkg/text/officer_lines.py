"""Officer lists written one name to a line, the person's title on the line below.

10-Ks list their executive officers this way as often as in a table, and the
signatures under a "Report of Management" are set the same way:

    William A. Behan
    Senior Vice President, Labor Relations (2010-present).
    Formerly: Vice President, Labor Relations (2007-2010).
    Age 57.
    Victoria D. Harker
    Executive Vice President and Chief Financial Officer (June 2015-present). Formerly: ...

Read as running text, such a list glues each title to the name below it
("... Chief Financial Officer Joel A. Belsky"), so it is read here, as
lines. The current title is what the title line says before "Formerly"; a
title followed by a closed range of years ("(2007-2010)") is a past one. A
list needs two such pairs in a row, so a lone name above a title line in
prose or a letterhead does not make one.

Old 10-Ks sign the same lists by attorney in one sentence "A, B and C, each
as a Director" (`each_as_director_mentions`); their tables of starred names
are read by `unsigned_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.mentions import DATE, Mention
from edgarkg.text.names import (
    _DEPARTMENT_WORDS,
    TitleMatch,
    clean_person_name,
    clean_title,
    is_person_name,
    is_title,
    leading_person_name,
    match_title,
    role_for_title,
    strip_degrees,
)
from edgarkg.text.sentences import Segment

__all__ = [
    "current_titles",
    "each_as_director_mentions",
    "name_title_line_mentions",
    "officer_entry_mentions",
    "officer_line_mentions",
]

_MAX_NAME = 60
_MAX_GAP = 3  # lines ("Formerly: ...", "Age 57.") between one pair and the next name
# "Formerly:", "Previously,", "Age 57", "Prior to ...", "Director since 1999": the current title ends there
_PAST = re.compile(r"(?i)(?:^|[.;]\s+|\s+)(?:formerly|previously|prior\s+to|prior\s+thereto|age\s+\d{2}\b)")
_PAREN = re.compile(r"\(([^()]*)\)")
_RETIRED = re.compile(r"(?i)\s*(?:former|retired)\b")
_CURRENT = re.compile(r"(?i)present|current|to\s+date|since|now\b")
_YEARS = re.compile(r"(?:19|20)\d\d")
_SINCE = re.compile(r"(?i),?\s+since\s+.*$")
# quick test for a title line: a title head word somewhere in it
_HEAD = re.compile(
    r"(?i)\b(?:president|officer|director|chairman|chairwoman|chair|secretary|treasurer|controller|counsel"
    r"|head|ceo|cfo|coo|manager|partner|founder)\b"
)
_TRAIL = " .,;:-–—"
_DIGIT = re.compile(r"\d")


def officer_line_mentions(
    all_lines: Sequence[Segment], skip: Sequence[tuple[int, int]] = ()
) -> Iterator[Mention]:
    """A "roster" mention per name line of a list of (name line, title line) pairs, lines in `skip` left."""
    spans = sorted(skip)
    run: list[Mention] = []
    last = -10
    i, n = 0, len(all_lines)
    while i < n - 1:
        found = _pair(all_lines, i, spans) if len(all_lines[i].text) <= _MAX_NAME + 40 else None
        if found is None:
            i += 1
            if i - last > _MAX_GAP + 1 and run:
                yield from _flush(run)
                run = []
            continue
        if _bio_follows(all_lines, i, found[0]):
            yield from found  # "Jane Roe" ⏎ "Director" ⏎ "Ms. Roe is ...": a heading over a biography
            i += 2
            continue
        if i - last > _MAX_GAP + 2 and run:
            yield from _flush(run)
            run = []
        run.extend(found)
        last = i + 1
        i += 2
    yield from _flush(run)


def _bio_follows(all_lines: Sequence[Segment], i: int, m: Mention) -> bool:
    """Whether the first line with text after the pair at `i` opens a biography of its person."""
    for k in range(i + 1, min(len(all_lines), i + 5)):
        seg = all_lines[k]
        if seg.start < m.span[1] or not seg.text.strip():
            continue
        return opens_biography(seg.text.lstrip(), m.name)
    return False


def _flush(run: list[Mention]) -> Iterator[Mention]:
    if len({m.name for m in run}) >= 2:
        yield from run


# "Jane Roe (55)", "Jane Roe, 55", "Jane Roe, age 55": the age printed after the name
_NOTE_TAIL = re.compile(r"(?:\s*(?:\(\d{1,2}\)|\*{1,3}|[†‡]))+$")  # footnote marks after a name
_AGE_TAIL = re.compile(r"(?i)\s*(?:\(\s*(?:age\s+)?\d{2}\s*\)|,\s*(?:age\s+)?\d{2})$")
_AGE_CELL = re.compile(r"^\d{2}$")
_MAX_APART_TITLE = 150  # a title a blank line away from its name is a short paragraph of its own


def _pair(all_lines: Sequence[Segment], i: int, spans: Sequence[tuple[int, int]]) -> list[Mention] | None:
    first = all_lines[i].text.strip()
    if not first or len(first) > _MAX_NAME or not first[:1].isupper() or "\t" in first:
        return None
    if _DIGIT.search(first) or first.endswith(("*", "†", "‡", ".")):
        first = strip_degrees(_NOTE_TAIL.sub("", _AGE_TAIL.sub("", first)))  # "Jane Roe, Ph.D. (1)"
    if not 1 <= first.count(" ") <= 5 or _DIGIT.search(first):
        return None  # a name is two to six words, without digits
    second_seg = all_lines[i + 1]
    second = second_seg.text.strip()
    if (not second or _AGE_CELL.match(second)) and i + 2 < len(all_lines):
        # name and title in paragraphs of their own, or a table's cells one per line: name, age, title
        second_seg = all_lines[i + 2]
        second = second_seg.text.strip()
        if len(second) > _MAX_APART_TITLE:
            return None
    if not second[:1].isupper() or "\t" in second or not _HEAD.search(second):
        return None  # the quick tests
    name = first.rstrip(_TRAIL)
    if not is_person_name(name, allow_caps=True) or is_title(name):
        return None
    if any(a < second_seg.end and all_lines[i].start < b for a, b in spans):
        return None
    titles = current_titles(second)
    if not titles:
        return None
    span = (all_lines[i].start, second_seg.end)
    person = clean_person_name(name)
    return [Mention(person, t, None, "roster", span, role_for_title(t)) for t in titles]


def current_titles(line: str) -> list[str]:
    """The titles a title line gives as current: "CFO (2012-present). Formerly: ..." → ["CFO"]."""
    past = _PAST.search(line)
    head = line[: past.start()] if past else line
    if not head.strip(_TRAIL) or _RETIRED.match(head):
        return []  # "Retired Partner, Globex LLP": a post no longer held
    pieces = _PAREN.split(head)  # text, paren, text, paren, ..., text
    out: list[str] = []
    for k in range(0, len(pieces), 2):
        text = pieces[k].strip(_TRAIL)
        text = re.sub(r"(?i)^(?:and|&)\s+", "", text)
        note = pieces[k + 1] if k + 1 < len(pieces) else None
        if not text:
            continue
        if note is not None and len(_YEARS.findall(note)) > 1 and not _CURRENT.search(note):
            continue  # "(2007-2010)": held before
        if note is None and k and out:
            continue  # words after the last dated title: not a title of its own
        dated = _dated_titles(text) if " since " in text else None
        if dated:  # "Chairman since February 2006, President since October 2004 and CEO since 2005"
            out.extend(dated)
            continue
        text = _SINCE.sub("", text)
        if not is_title(text, max_words=14):
            if k == 0:
                return []  # the line does not start with a title: not a list's title line
            continue
        out.append(clean_title(text))
    if out and ";" in head:
        out.extend(t for t in _later_since(head) if t not in out)
    return out


# "...; President of Acme Systems since September 2017": a later item dated "since", held now too
_SINCE_ITEM = re.compile(rf"(?i)^(?P<title>.+?),?\s+since\s+{DATE}\.?$")


def _later_since(head: str) -> list[str]:
    """The titles of the items after a career line's first that end with "since <date>"."""
    out: list[str] = []
    for item in head.split(";")[1:]:
        m = _SINCE_ITEM.match(item.strip(_TRAIL + " "))
        if m is not None and " since " not in m.group("title") and is_title(m.group("title"), max_words=14):
            out.append(clean_title(m.group("title")))
    return out


_SINCE_SPLIT = re.compile(rf"(?i)\s+since\s+{DATE}\s*[,;]?\s*(?:and\s+)?")


def _dated_titles(text: str) -> list[str] | None:
    """Each title of a run that dates every title with its own "since": None unless there are two or more."""
    chunks = [c.strip(_TRAIL) for c in _SINCE_SPLIT.split(text)]
    titles = [c for c in chunks if c]
    if len(chunks) < 3 or not titles or not all(is_title(c, max_words=14) for c in titles):
        return None
    return [clean_title(c) for c in titles]


# --- entries under an "Executive Officers" heading: "Name - Title since 1992. Age 55." --------------

_SECTION_LINES = 150
_STOP = re.compile(r"(?i)^(?:item\s*\d|part\s+[ivx]+\b|signatures?\b)")
# what parts a name from its title on an entry line: ", 55,", "(55)", " - ", " -- ", a tab, a wide gap
_ENTRY_SEP = re.compile(
    r"^(?:\s*,\s*(?:(?i:age)[d]?\s+)?\d{2}\s*(?:[,;:]|[-–—]{1,2})?"
    r"|\s*\(\s*(?:(?i:age)[d:]?\s+)?\d{2}\s*\)\s*(?:[,:]|[-–—]{1,2}(?=\s))?"
    r"|\s*,?\s*[-–—]{1,2}(?=\s)|\s*:|\t|\s{2,})\s*"
)
# "has been", "has served as": only for names in capitals, which the sentence reader does not see
_ENTRY_VERB = re.compile(
    r"(?i)^(?:(?:has|have)\s+(?:been|served\s+as)|is|serves\s+as)\s+(?:(?:the|a|an)\s+)?(?=[A-Z])"
)
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")


def officer_entry_mentions(
    all_lines: Sequence[Segment], skip: Sequence[tuple[int, int]] = ()
) -> Iterator[Mention]:
    """A "roster" mention per entry line of an executive-officer list that no table reader took."""
    spans = sorted(skip)
    i, n = 0, len(all_lines)
    while i < n:
        text = all_lines[i].text
        quick = "xecutive" in text or "XECUTIVE" in text or "enior" in text or "ENIOR" in text
        if not quick or len(text) > 120 or not _officers_heading(text):
            i += 1
            continue
        found: list[Mention] = []
        j = i + 1
        while j < min(n, i + _SECTION_LINES):
            line = all_lines[j]
            if _STOP.match(line.text.strip()):
                break
            if not any(a < line.end and line.start < b for a, b in spans):
                found.extend(_entry(all_lines, j))
            j += 1
        if len({m.name for m in found}) >= 2:
            yield from found
        i = j


def _officers_heading(text: str) -> bool:
    t = text.strip().rstrip(":")
    if t.endswith((".", ",")) and not re.match(r"(?i)^item\s", t):
        return False
    # "Executive Officers of the Registrant"; a 20-F's "Directors and Senior Management" (Item 6.A)
    return (
        bool(re.search(r"(?i)\bexecutive\s+officers\b|\bsenior\s+management\b", t)) and len(t.split()) <= 12
    )


def _entry(all_lines: Sequence[Segment], j: int) -> list[Mention]:
    seg = all_lines[j]
    text = seg.text.strip()
    if not text[:1].isupper():
        return []
    k = leading_name(text)
    if k is None:
        return []
    name, rest = text[:k], text[k:]
    sep = _ENTRY_SEP.match(rest)
    if sep is None:
        return []
    rest = rest[sep.end() :]
    verb = _ENTRY_VERB.match(rest)
    if verb is not None:
        if not name.isupper():
            return []  # "Jane Roe, 52, has been ...": a sentence, which the sentence reader reads
        rest = rest[verb.end() :]
    end = seg.end
    nxt = all_lines[j + 1] if j + 1 < len(all_lines) else None
    if nxt is not None and re.match(r"^\s{8,}(?:and\b|&|[a-z(])", nxt.text):  # the title wrapped
        rest = f"{rest} {nxt.text.strip()}"
        end = nxt.end
    rest = _SENTENCE_END.split(rest, maxsplit=1)[0]
    titles = current_titles(rest)
    person = clean_person_name(name)
    span = (seg.start, end)
    return [Mention(person, t, org, "roster", span, role_for_title(t)) for t, org in _at_orgs(titles)]


# "Vice President of the company and President of Acme Land Systems": the first post is at the filer
_OF_COMPANY = re.compile(r"(?i)\s+of\s+the\s+(?:company|corporation|registrant)$")
_AND_OF = re.compile(
    r"^(?P<a>.+?\s+of\s+the\s+(?:[Cc]ompany|[Cc]orporation|[Rr]egistrant))\s+and\s+(?P<b>.+)$"
)
_OF_NAME = re.compile(r"^(?P<title>.+?)\s+of\s+(?P<org>[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|and|&))*)$")


def _other_org(org: str) -> bool:
    """A name, not a department the title heads ("of Human Resources and Administration")."""
    words = {w.lower().strip(".,").removesuffix("s") for w in org.split()}
    return len(org) > 3 and not words <= _DEPARTMENT_WORDS


def _at_orgs(titles: list[str]) -> list[tuple[str, str | None]]:
    """Each title with its organisation (None: the filer) when an entry sets posts "of the company" against
    posts "of <Name>": there a capitalised name after "of" is another organisation, not a department."""
    parts: list[str] = []
    for t in titles:
        m = _AND_OF.match(t)
        parts.extend((m.group("a"), m.group("b")) if m is not None else (t,))
    if not any(_OF_COMPANY.search(t) for t in parts):
        return [(t, None) for t in titles]
    out: list[tuple[str, str | None]] = []
    for t in parts:
        named = _OF_NAME.match(t) if not _OF_COMPANY.search(t) else None
        if (
            named is not None
            and is_title(named.group("title"), max_words=8)
            and _other_org(named.group("org"))
        ):
            out.append((clean_title(named.group("title")), named.group("org")))
        else:
            out.append((clean_title(t), None))
    return out


def leading_name(text: str) -> int | None:
    """Length of the person's name a line opens with (mixed case or capitals)."""
    return leading_person_name(text, allow_caps=True)


# --- "Name, Title" one to a line: a management team, a board, a list of speakers -------------------

_SEP_CHARS = re.compile(r"[,\t:–—(-]|\.\s?\.\s?\.")
_PLAIN_TITLE = re.compile(
    r"^(?:Chief|Vice\s+President|Senior\s+Vice\s+President|Head\s+of)\b[\w,&' -]{2,70}$"
)
# "Jane Roe, President", "Jane Roe - President", "Jane Roe (President)" (the title in brackets ends the line),
# "Jane Roe ........ President"
_LIST_SEP = re.compile(  # "...": a leader; "Jane Roe -Director": a dash glued to the title
    r"\s*(?:,|[-–—]{1,2}(?=\s)|(?<=\s)[-–—]{1,2}(?=[A-Z])|\t|:|\((?=[^()]+\)$)|(?:\.\s*){3,})\s*"
)
_MAX_LIST_LINE = 150


def name_title_line_mentions(
    all_lines: Sequence[Segment], skip: Sequence[tuple[int, int]] = ()
) -> Iterator[Mention]:
    """A "roster" mention per line of two or more "Jane Roe, Chief Financial Officer" lines in a row.

    Read as running text, such a list gives each name the title of the line above it.
    """
    spans = sorted(skip)
    run: list[Mention] = []
    blank = 0
    for seg in all_lines:
        raw = seg.text
        if len(raw) > _MAX_LIST_LINE + 40:  # a paragraph of prose: no list line
            if run:
                yield from _flush(run)
                run = []
            h = _headed_line(seg)  # "Jane Roe - Director. Ms. Roe is the President of ...": headed
            if h is not None and not any(a < h.span[1] and h.span[0] < b for a, b in spans):
                yield h
            continue
        text = raw.strip()
        if not text:
            blank += 1
            if blank > 1 and run:
                yield from _flush(run)
                run = []
            continue
        blank = 0
        m = _list_line(seg, text) if len(text) <= _MAX_LIST_LINE and text[:1].isupper() else None
        if m is not None and any(a < seg.end and seg.start < b for a, b in spans):
            m = None
        if m is None and (h := _headed_line(seg)) is not None:
            if not any(a < h.span[1] and h.span[0] < b for a, b in spans):
                yield h
            m = None
        if m is None:
            if len(run) == 1 and (prev := run[0]).span[1] < seg.start and opens_biography(text, prev.name):
                yield prev  # "Jane Roe, Director" ⏎ "Ms. Roe is the President of ...": a heading
            elif run:
                yield from _flush(run)
            run = []
            continue
        run.append(m)
    yield from _flush(run)


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+(?P<family>[A-Z][\w'’-]+)")


def _headed_line(seg: Segment) -> Mention | None:
    """The heading "Jane Roe - Director" of a line that goes on "Ms. Roe is ...", or None.

    The heading ends at the line's first full stop after a lower-case word (not "L." or "Jr.").
    """
    t = seg.text
    i = t.find(". ", 3, _MAX_LIST_LINE)
    while i >= 0 and not (t[i - 1].islower() and t[i - 2].islower()):
        i = t.find(". ", i + 2, _MAX_LIST_LINE)
    if i < 0:
        return None
    lead = len(t) - len(t.lstrip())
    rest = t[i + 2 : i + 40]
    first = t[lead : lead + 12].split(" ", 1)[0]
    if not (rest.startswith(("Mr", "Ms", "Dr")) or (len(first) > 1 and rest.startswith(first + " "))):
        return None  # the quick test: an honorific, or the name again, after the full stop
    head = t[lead:i]
    if not head[:1].isupper():
        return None
    m = _list_line(Segment(head, seg.start + lead, seg.start + i), head)
    if m is None or not opens_biography(t[i + 2 :], m.name):
        return None
    return m


def opens_biography(line: str, name: str) -> bool:
    """Whether `line` opens a biography of `name`: "Ms. Roe is ...", "Jane Roe has served ..."."""
    if line.startswith(name + " "):
        return True
    m = _HONORIFIC.match(line)
    words = name.replace(",", " ").split()
    return m is not None and m.group("family") in words[1:]


# "Jane Roe, 52, Director", "Jane Roe (52) - Director": the age between the name and its title
_INLINE_AGE = re.compile(
    r"(?<=[a-z.])\s*(?:,\s*(?:(?i:age)\s+)?\d{2}\s*,|\(\s*(?:(?i:age)\s+)?\d{2}\s*\)\s*[-–—,:]?)\s*(?=[A-Z])"
)


def _glued_title(text: str, k: int) -> int | None:
    """Where a hyphen joins a name to its title ("Jane Roe-President", "John Doe-Chief Financial Officer"):
    the name before it is whole and the words after it open a title; None for "Jean-Luc", "Smith-Jones"."""
    h = text.rfind("-", 0, k)
    if h < 0 or " " not in text[:h].strip() or not text[h + 1 : h + 2].isupper():
        return None
    head = text[h + 1 :].split(",", 1)[0].strip()
    if not is_title(head, max_words=8) or not is_person_name(text[:h].strip(), allow_caps=True):
        return None
    return h


def _list_line(seg: Segment, text: str) -> Mention | None:
    if _DIGIT.search(text, 0, 60):
        text = _INLINE_AGE.sub(", ", text, count=1)
    cut = _SEP_CHARS.search(text, 3, 60)
    if (
        cut is None
        or not text[cut.end() : cut.end() + 80].lstrip(" .")[:1].isupper()
        or not (_HEAD.search(text, cut.end()) or "Chief " in text)
    ):
        return None  # the quick tests: a separator after the name, a title word after it
    k = leading_person_name(text, allow_caps=True)
    if k is None:
        return None
    glued = _glued_title(text, k)  # "Jane Roe-President, Director": a hyphen, not a double name
    sep = _LIST_SEP.match(text, k) if glued is None else None
    if sep is None and glued is None:
        return None
    k = k if glued is None else glued
    rest = text[(sep.end() if sep is not None else k + 1) :].rstrip(_TRAIL)
    if sep is not None and sep.group().strip() == "(":
        rest = rest.removesuffix(")").strip()
    t = match_title(rest, 0) if rest[:1].isupper() else None
    if t is None or len(rest[t.end :].strip(_TRAIL)) > 0 or not t.title:
        # "Chief Geologist", "Vice President, Exploration": a title the title matcher does not know
        # whole; a "Chief"/"Vice"/"Head" title of a few words, one department after a comma at most
        if not _PLAIN_TITLE.match(rest) or rest.count(",") > 1 or not is_title(rest, max_words=8):
            return None
        t = TitleMatch(0, len(rest), rest, None, ())
    title = clean_title(t.title)
    return Mention(
        clean_person_name(text[:k]),
        title,
        t.org or None,
        "roster",
        (seg.start, seg.end),
        role_for_title(title),
    )


# --- "Jane Roe, John Doe and Ann Poe, each as a Director": directors signing through one attorney --------

_EACH_AS = re.compile(r",?\s+each\s+as\s+(?:an?\s+)?(?P<t>Director|Trustee|Manager)s?\b")
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NAME_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|Esq)\.?$")


def each_as_director_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A director per name of "A, B and C, each as a Director, on <date>, by D, their Attorney-in-Fact"."""
    for seg in all_lines:
        if "each as" not in seg.text:
            continue
        m = _EACH_AS.search(seg.text)
        if m is None:
            continue
        head = seg.text[: m.start()]
        head = head[head.rfind(":") + 1 :]  # "... signed by the following: A, B and C"
        items: list[str] = []
        for raw in _NAME_SPLIT.split(head.strip()):
            item = raw.strip()
            if items and _NAME_SUFFIX.match(item):
                items[-1] = f"{items[-1]}, {item}"  # "Arthur D. Collins, Jr."
            elif item:
                items.append(item)
        names = [x for x in items if is_person_name(x, allow_caps=True)]
        if len(names) < 2 or len(names) < len(items) - 1:
            continue  # a list of names, one unreadable at most: not a sentence about something else
        title = m.group("t")
        for x in names:
            yield Mention(clean_person_name(x), title, None, "signature", (seg.start, seg.end), "director")
