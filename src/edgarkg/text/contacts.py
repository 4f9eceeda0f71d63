"""Press-release contact blocks: the people to call, their titles and employers.

A block starts at a heading ("Contact:", "Media Contact:", "3M Investor
Contact", "For additional information, please contact:") and lists people a
line at a time (name, title or department, company, phone, e-mail), in one
column or several side by side, or inline ("News Media Contact, John A.
Smith, +1-555-555-0100, or Investor Contact, ..."). Anything that is not
one of those line kinds ends the block, so a block never runs into the
release's body. Labels that lost their line breaks ("Media: Jane Roe
555-0100 Investors: John Doe 555-0101") are read by `contact_runs`. Cover
pages' address blocks are read by `address_blocks`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from edgarkg.text.columns import cut, gutters, split_tabs
from edgarkg.text.contact_lines import ESQUIRE, SIDE_BY_SIDE, is_dept, is_detail, name_line, title_run
from edgarkg.text.contact_runs import labelled_run_mentions
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    OrgLexicon,
    clean_person_name,
    clean_title,
    find_person_names,
    has_legal_suffix,
    is_person_name,
    is_title,
    leading_person_name,
    match_title,
    role_for_title,
)
from edgarkg.text.sentences import Segment, lines

__all__ = [
    "attention_mentions",
    "contact_mentions",
    "unlabelled_contact_mentions",
    "CONTACT_KIND",
]

CONTACT_KIND = (
    r"(?:(?:News|Media|Press|Investors?|Analysts?|Shareholders?|Stockholders?|Financial|Public|Corporate"
    r"|Business|Trade|Customer|Industry|Editorial|Company)\s+)*"
    r"(?:(?:Relations|Information|Affairs|Communications|Inquiries)\s+)*Contacts?"
)
"""Regex source (case-insensitive) of a contact heading's kind: "Investor Relations Contacts"."""

_HEADING = re.compile(
    rf"^[\s\[/(]*(?P<org>[^\s:\[\]][^:\[\]]{{0,40}}?\s+)??(?P<kind>{CONTACT_KIND})\s*:?[\])]*[\s:]*(?P<rest>.*)$",
    re.I,
)
_HEADING2 = re.compile(
    r"^[\s\[/(]*(?P<kind>for\s+(?:further|more|additional)\s+information[^:]{0,40}"
    r"|(?:media|press|investor)\s+(?:inquiries|relations)|inquiries|contact\s+information"
    r"|investors?|media|press|analysts?)\s*:[\])]*\s*(?P<rest>.*)$",
    re.I,
)
# The same labels as a line of their own, without a colon: "Investor Relations", "MEDIA INQUIRIES".
_HEADING_LINE = re.compile(
    r"^[\s\[(]*(?P<kind>(?:media|press|investor|public)\s+(?:inquiries|relations)|investors|media)[\s\])]*$",
    re.I,
)
_HEADING_WORDS = ("contact", "inquir", "information", "investor", "media", "press", "analyst")
_HEADING_WORD = re.compile("|".join(_HEADING_WORDS))  # any of them, in one scan of a line
_LABEL_KINDS = (
    ("investor", "Investor Contact"),
    ("media", "Media Contact"),
    ("press", "Press Contact"),
    ("analyst", "Analyst Contact"),
)
_INLINE_ORG = re.compile(r",?\s+(?:both|all|each)\s+of\s+(?P<org>[^/;]+?)\s*(?:/|;|$)")


@dataclass
class _Entry:
    name: str
    start: int
    end: int
    title: str | None = None
    dept: str | None = None
    org: str | None = None
    kind: str | None = None  # a column's own label, when side-by-side columns each have one
    closed: bool = False  # a phone or e-mail line came after the name: the card is complete


@dataclass
class _Section:
    kind: str
    org: str | None
    start: int
    entries: list[_Entry] = field(default_factory=list)


def contact_mentions(
    text: str, lexicon: OrgLexicon, all_lines: Sequence[Segment] | None = None
) -> Iterator[Mention]:
    """A mention per person listed in the contact blocks of `text` (`all_lines`: its lines, if cut)."""
    all_lines = list(lines(text)) if all_lines is None else all_lines
    read: list[int] = []  # where the mentions of the block and inline readers start
    i = 0
    while i < len(all_lines):
        head = _heading(all_lines[i].text, lexicon)
        if head is None:
            i += 1
            continue
        kind, org, rest_at = head
        line = all_lines[i]
        rest = Segment(line.text[rest_at:], line.start + rest_at, line.end)
        if rest.text.strip() and _is_inline(rest.text):
            block_end = _paragraph_end(all_lines, i, lexicon)
            joined_start = rest.start
            joined = text[joined_start : all_lines[block_end].end]
            for m in _inline(joined, joined_start, kind, org, lexicon):
                read.append(m.span[0])
                yield m
            i = block_end + 1
            continue
        section = _Section(kind, org, line.start)
        i = _read_block(all_lines, i, rest, section, lexicon)
        for e in section.entries:
            read.append(e.start)
            yield _mention(e, section)
    read.sort()
    for m in labelled_run_mentions(all_lines):  # "Media: Jane Roe 555-0100 Investors: John Doe 555-0101"
        k = bisect_right(read, m.span[1]) - 1
        if k < 0 or read[k] < m.span[0]:  # a name no reader above took
            yield m
    if "ttention" in text or "Attn" in text:
        yield from attention_mentions(all_lines, lexicon)


# "Attention: Jane Roe, General Counsel" in the notice clause of an agreement or a cover letter
_ATTENTION = re.compile(r"^\s*(?:Attention|ATTENTION|Attn\.?|ATTN\.?)\s*:?\s+(?P<rest>\S.*)$")
_NOTICE_TO = re.compile(r"(?i)^\s*(?:(?:if|notices?)\s+to|to)\s+(?:the\s+)?(?P<who>[^:]{2,80}?)\s*:\s*$")
_ADDRESS_UP = 8  # lines above the "Attention:" line that may hold the addressee


def attention_mentions(all_lines: Sequence[Segment], lexicon: OrgLexicon) -> Iterator[Mention]:
    """The person a notice is addressed to, at the company named above in the same address block::

        If to the Agent:
        Cantor Fitzgerald & Co.
        110 East 59th Street
        Attention: Jane Roe, General Counsel

    The company is the nearest line above that is a company's name, within the block (no blank
    line between). Without one, the line is left to the other rules.
    """
    for i, seg in enumerate(all_lines):
        if "tten" not in seg.text and "ttn" not in seg.text and "TTN" not in seg.text:
            continue
        m = _ATTENTION.match(seg.text)
        if m is None:
            continue
        rest = m.group("rest").strip()
        end = leading_person_name(rest)
        if end is None:
            continue
        title = _PIECE_SPLIT.split(rest[end:].strip(" ,;-"), maxsplit=1)[0].strip(" ,;.")
        if not title or not is_title(title, max_words=10):
            continue
        org = _addressee(all_lines, i, lexicon)
        if org is None:
            continue
        name = ESQUIRE.sub("", rest[:end].strip(" ,"))
        t = clean_title(title)
        yield Mention(clean_person_name(name), t, org, "contact", (seg.start, seg.end), role_for_title(t))


_PIECE_SPLIT = re.compile(r"\s*(?:;|\(|\bTel|\bEmail|\bE-mail|\bFax|\bPhone|\bTelephone)\s*")


def _addressee(all_lines: Sequence[Segment], i: int, lexicon: OrgLexicon) -> str | None:
    """The company an address block above line i is addressed to."""
    for j in range(i - 1, max(-1, i - 1 - _ADDRESS_UP), -1):
        t = all_lines[j].text.strip().strip(" ,;")
        if not t:
            return None
        if _ATTENTION.match(t):
            continue
        who = _NOTICE_TO.match(t)
        if who is not None:
            w = who.group("who").strip()
            return w if has_legal_suffix(w) else None
        if len(t) <= 90 and has_legal_suffix(t) and not is_title(t):
            return t
    return None


def _heading(t: str, lexicon: OrgLexicon, *, bare: bool = True) -> tuple[str, str | None, int] | None:
    """(kind, organisation, offset of what follows) when line `t` starts a contact block.

    With `bare` false, a department's name alone on its line ("Investor Relations") is no
    heading: inside a block it is the department of the person above.
    """
    low = t.lower()
    if not _HEADING_WORD.search(low):
        return None
    m = _HEADING.match(t)
    if m and _heading_ok(t, m, lexicon):
        kind = re.sub(r"(?i)contacts$", "Contact", " ".join(m.group("kind").split()))
        return kind, (m.group("org") or "").strip() or None, m.start("rest")
    m = _HEADING2.match(t)
    if m:
        if len(m.group("rest").split()) > 14:
            return None
        label = m.group("kind").lower()
        kind = next((k for w, k in _LABEL_KINDS if label.startswith(w)), "Contact")
        return kind, None, m.start("rest")
    m = _HEADING_LINE.match(t) if bare else None
    if m:
        label = m.group("kind").lower()
        return next((k for w, k in _LABEL_KINDS if label.startswith(w)), "Contact"), None, len(t)
    return None


def _heading_ok(t: str, m: re.Match[str], lexicon: OrgLexicon) -> bool:
    org = (m.group("org") or "").strip()
    if org and not _heading_org(org, lexicon):
        return False
    # a bare "Contact" must be a label ("Contact:"), not a word in a sentence
    if m.group("kind").lower().startswith("contact") and not org and ":" not in t:
        return False
    return len(m.group("rest").split()) <= 14


def _heading_org(org: str, lexicon: OrgLexicon) -> bool:
    words = org.split()
    if len(words) > 4 or org.lower().startswith(("for ", "please", "the ")):
        return False
    return (
        lexicon.knows(org)
        or has_legal_suffix(org)
        or all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and (any(ch.isdigit() for ch in org) or len(words) <= 2)
    )


def _is_inline(rest: str) -> bool:
    """A run of comma-separated items: "Jane Roe, Head of Media Relations, 01234 567 890"."""
    return rest.count(",") >= 2 and "\t" not in rest


def _paragraph_end(all_lines: Sequence[Segment], i: int, lexicon: OrgLexicon) -> int:
    """The last line of the paragraph an inline contact run starts at line i; a heading starts the next."""
    j = i
    while j + 1 < len(all_lines) and all_lines[j + 1].text.strip() and j - i < 6:
        if _heading(all_lines[j + 1].text, lexicon, bare=False) is not None:
            break  # "Media Contact: Jane Roe, ... ⏎ Investor Contact: John Doe, ...": a run a line
        j += 1
    return j


_COMPANY_LINE = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|and|of)){0,3}")


def _line_kind(t: str, lexicon: OrgLexicon) -> str | None:
    t = t.strip(" \t,;")
    if not t:
        return "blank"
    if name_line(t, lexicon):
        return "name"
    if is_detail(t):
        return "detail"
    if has_legal_suffix(t) or lexicon.knows(t):
        return "org"
    if is_title(t):
        return "title"
    if is_dept(t):
        return "dept"
    return None


def _read_block(
    all_lines: Sequence[Segment], i: int, rest: Segment, section: _Section, lexicon: OrgLexicon
) -> int:
    """Read the block after a heading at line i into `section`; return the index of the next unread line."""
    pending: list[Segment] = [rest] if rest.text.strip() else []
    j = i + 1
    blanks = 0
    cur: _Entry | None = None

    above: str | None = None  # a title over the name it belongs to: "Chief Financial Officer ⏎ Jane Roe"
    label: str | None = None  # "Media ⏎ Jane Roe ... ⏎⏎ Investor Relations ⏎ John Doe": each card's own label

    def take(seg: Segment, after_blank: bool = False, nxt: str = "") -> bool:
        nonlocal cur, above, label
        t = seg.text.strip(" \t,;")
        # a label after a complete card and over a name heads the next card ("Jane Roe, 555-0100 ⏎
        # jane@acme.com ⏎ or ⏎ Investor Relations ⏎ John Doe"), it is not the department of the one above
        opens = (
            cur is None or after_blank or (cur.closed and name_line(nxt.strip(" \t,;"), lexicon) is not None)
        )
        if opens and len(t) < 40 and _label_only(t, lexicon, bare=True):
            label, cur = _heading(t, lexicon)[0], None  # type: ignore[index]
            return True
        kind = _line_kind(t, lexicon)
        bare = cur is not None and cur.org is None and cur.title is None and cur.dept is None
        if kind is None and bare and not after_blank and _COMPANY_LINE.fullmatch(t):
            kind = "detail"  # "Jane Roe ⏎ Acme ⏎ (555) 555-0100": a short name under the name, read past
        if kind is None:
            return False
        off = seg.start + (len(seg.text) - len(seg.text.lstrip(" \t,;")))
        if kind == "name":
            name, title, org = name_line(t, lexicon) or (t, None, None)
            cur = _Entry(
                clean_person_name(name), off, off + len(t), title=title or above, org=org, kind=label
            )
            section.entries.append(cur)
            above = None
        elif kind == "title" and (cur is None or after_blank):
            above = t  # a new card starts with its title
        elif cur is not None:
            cur.end = max(cur.end, off + len(t))
            cur.closed = cur.closed or kind == "detail"
            if kind == "org" and cur.org is None:
                cur.org = t
            elif kind == "title" and cur.title is None:
                cur.title = t
            elif kind == "dept" and cur.dept is None:
                cur.dept = t
        return True

    for seg in pending:
        if "\t" in seg.text or re.search(r"\S {3,}\S", seg.text.strip()) or _label_only(seg.text, lexicon):
            j = _read_columns(all_lines, i, seg, section, lexicon)
            return j
        if not take(seg):
            return j
    while j < len(all_lines) and j - i < 60:
        seg = all_lines[j]
        t = seg.text.strip()
        if not t:
            blanks += 1
            if blanks > 2:
                break
            j += 1
            continue
        after_blank, blanks = blanks > 0, 0
        if _heading(seg.text, lexicon, bare=False) is not None:
            break
        if "\t" in seg.text or re.search(r"\S {3,}\S", t):
            j = _read_columns(all_lines, j - 1, None, section, lexicon)
            continue
        nxt = all_lines[j + 1].text if j + 1 < len(all_lines) else ""
        if not take(seg, after_blank, nxt):
            break
        j += 1
    return j


def _label_only(t: str, lexicon: OrgLexicon, *, bare: bool = False) -> bool:
    """A second label after the heading's, on its line: "Media:        Investors:" heads two columns."""
    head = _heading(t, lexicon, bare=bare)
    return head is not None and not t[head[2] :].strip()


def _read_columns(
    all_lines: Sequence[Segment], i: int, first: Segment | None, section: _Section, lexicon: OrgLexicon
) -> int:
    """Contacts laid out side by side: cut the rows into columns, read each column as its own block."""
    if first is not None and "\t" not in first.text:
        first = all_lines[i]  # columns are measured on whole lines
    rows: list[Segment] = [first] if first is not None else []
    j = i + 1
    while j < len(all_lines):
        seg = all_lines[j]
        t = seg.text.strip()
        if not t:
            if j + 1 < len(all_lines) and (
                "\t" in all_lines[j + 1].text or re.search(r"\S {3,}\S", all_lines[j + 1].text.strip())
            ):
                j += 1
                continue
            break
        if not ("\t" in seg.text or re.search(r"\S {3,}\S", t)) and _line_kind(t, lexicon) is None:
            break
        rows.append(seg)
        j += 1
    if not rows:
        return j
    columns: list[list[Segment]] = []
    if any("\t" in r.text for r in rows):
        width = max(len(split_tabs(r)) for r in rows)
        columns = [[] for _ in range(width)]
        for r in rows:
            cells = split_tabs(r)
            for k, c in enumerate(cells):  # short rows lost their leading (label) cells
                columns[width - len(cells) + k].append(c)
    else:
        ranges = gutters(rows)
        columns = [[] for _ in ranges]
        for r in rows:
            for k, c in enumerate(cut(r, ranges)):
                if c is not None:
                    columns[k].append(c)
    for col in columns:
        sub = _Section(section.kind, section.org, section.start)
        cur: _Entry | None = None
        for c in col:
            t = c.text.strip(" \t,;")
            head = _heading(t, lexicon) if _label_only(t, lexicon) else None
            if head is not None:
                sub.kind, cur = head[0], None  # a column's own label: "Media:   Investors:"
                continue
            kind = _line_kind(t, lexicon)
            if kind == "name":
                name, title, org = name_line(t, lexicon) or (t, None, None)
                cur = _Entry(clean_person_name(name), c.start, c.end, title=title, org=org, kind=sub.kind)
                sub.entries.append(cur)
            elif cur is not None and kind in ("org", "title", "dept", "detail"):
                cur.end = max(cur.end, c.end)
                if kind == "org" and cur.org is None:
                    cur.org = t
                elif kind == "title" and cur.title is None:
                    cur.title = t
                elif kind == "dept" and cur.dept is None:
                    cur.dept = t
        section.entries.extend(sub.entries)
    return j


def _mention(e: _Entry, section: _Section) -> Mention:
    if e.title:
        title = clean_title(e.title)
    elif e.dept:
        title = f"{e.dept} contact"
    else:
        title = e.kind or section.kind
    role = role_for_title(title) if e.title else None
    if role in (None, "officer"):
        role = "contact"
    org = e.org or section.org
    return Mention(e.name, title, org, "contact", (min(section.start, e.start), e.end), role)


def _inline(joined: str, base: int, kind: str, org: str | None, lexicon: OrgLexicon) -> Iterator[Mention]:
    """Contacts written as one run: "News Media Contact, John A. Smith, +1-555-555-0100, or ..."."""
    body = joined
    m = _INLINE_ORG.search(body)
    tail_org = None
    if m:
        tail_org = " ".join(m.group("org").split()).strip(" /")
        body = body[: m.start()]
    pieces = re.split(r",?\s+or\s+|;\s*|\s+\|\s+", body)  # "... | MEDIA CONTACT: Jeff Roe, ...": a bar
    pos = 0
    for piece in pieces:
        at = body.find(piece, pos)
        pos = at + len(piece)
        head = _heading(piece, lexicon) if at and ":" in piece else None
        piece_kind = head[0] if head is not None and piece[head[2] :].strip() else kind
        parts = [p.strip() for p in piece.split(",")]
        names = find_person_names(piece)
        name = next(
            (piece[a:b] for a, b in names if is_person_name(piece[a:b]) and not _street(piece, a)), None
        )
        if not name:
            continue
        title = title_org = None
        for k, p in enumerate(parts):
            if p and p != name and (re.fullmatch(CONTACT_KIND, p, re.I) or is_title(p)):
                from_ = piece.find(p)  # read on past the part: "Officer of Globex Advisors, LLC"
                written = match_title(piece, from_, len(piece), lexicon) if " of " in p else None
                if written and written.org and (has_legal_suffix(written.org) or lexicon.knows(written.org)):
                    title, title_org = written.title, written.org  # "Chief Financial Officer of Acme Inc."
                else:
                    title = title_run(p, parts[k + 1 :], lexicon)[0]
                break
        title = clean_title(title) if title else piece_kind
        piece_org = title_org or next(
            (p for p in parts if (has_legal_suffix(p) or lexicon.knows(p)) and not is_title(p)), None
        )
        role = role_for_title(title) if title != piece_kind else None
        if role in (None, "officer"):
            role = "contact"
        yield Mention(
            clean_person_name(name),
            title,
            piece_org or tail_org or org,
            "contact",
            (base + at, base + at + len(piece)),
            role,
        )


def _street(piece: str, a: int) -> bool:
    """A "name" after a house number in its part of the run: "2788 San Tomas Expressway" is an address."""
    return any(c.isdigit() for c in piece[piece.rfind(",", 0, a) + 1 : a])


# --- contact blocks without a heading ------------------------------------------------------

_CARD_LINES = 5  # lines a card may run to after the name: title, department, company, phone, e-mail


def unlabelled_contact_mentions(
    text: str,
    lexicon: OrgLexicon,
    all_lines: Sequence[Segment] | None = None,
    skip: Sequence[tuple[int, int]] = (),
) -> Iterator[Mention]:
    """Contacts a release lists with no "Contact:" heading: a name, then company and phone lines.

    The name stands alone (a blank line or a label such as "Media:" above it),
    and the lines after it, up to a blank, are all title, department, company
    or phone/e-mail lines, with at least one phone or e-mail and one company,
    title or department: the shape of a business card, which prose never has.
    Names inside `skip` (blocks another rule read) are left alone.
    """
    all_lines = list(lines(text)) if all_lines is None else all_lines
    spans = sorted(skip)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # running maximum of span ends
    for i, seg in enumerate(all_lines):
        t = seg.text.strip(" \t,;")
        if not t or len(t) > 80 or not t[0].isupper():
            continue
        above = all_lines[i - 1].text.strip() if i else ""
        if above and not above.endswith(":"):
            continue
        k = bisect_right(starts, seg.start) - 1
        if k >= 0 and reach[k] > seg.start:
            continue  # inside a block another rule read
        split = None if SIDE_BY_SIDE.search(t) else name_line(t, lexicon)
        if split is None:
            continue
        name, title, org = split
        entry = _Entry(clean_person_name(name), seg.start, seg.end, title=title, org=org)
        kinds: list[str] = []
        for line in all_lines[i + 1 : i + 1 + _CARD_LINES]:
            lt = line.text.strip(" \t,;")
            kind = _line_kind(lt, lexicon)
            if kind in (None, "blank", "name"):
                break
            kinds.append(kind)
            entry.end = line.end
            if kind == "org" and entry.org is None:
                entry.org = lt
            elif kind == "title" and entry.title is None:
                entry.title = lt
            elif kind == "dept" and entry.dept is None:
                entry.dept = lt
        if "detail" not in kinds or not {"org", "title", "dept"} & set(kinds):
            continue
        yield _mention(entry, _Section("Contact", None, seg.start))
