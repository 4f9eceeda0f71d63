"""Tables of people: executive-officer rosters and committee memberships.

10-Ks and proxies list officers as "Name | Age | Position | Held Since"
tables, in plain text aligned with spaces (often inside EDGAR's `<TABLE>`
with `<S>`/`<C>` column marks, titles wrapping onto the next lines) or in
HTML. 8-Ks list committee members under one "... Committee" heading per
column. Columns come from the table's own structure (header words, gutters,
column marks, HTML cell positions), and a row counts only when its name cell
is a person's name and its position cell a title.

Two lists state the position outside the row: the vote table of an annual
meeting's results, under "... were elected ... as directors", and the
biographies or rows under a heading naming a board ("Supervisory Board",
"Independent Directors:").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from edgarkg.text.career_cells import current_titles
from edgarkg.text.columns import cut, gutters, html_columns, marker_columns, split_tabs, split_wide
from edgarkg.text.employers import split_title_org
from edgarkg.text.mentions import FILER_TERMS, Mention, defined_terms, parse_date, term_key
from edgarkg.text.names import (
    clean_person_name,
    clean_title,
    ends_with_title_head,
    has_legal_suffix,
    is_person_name,
    is_title,
    leading_person_name,
    role_for_title,
    strip_degrees,
)
from edgarkg.text.sentences import Segment, lines

__all__ = ["roster_mentions", "board_section_mentions", "split_cell_titles", "strip_note_marks"]

_NAME_HEAD = re.compile(
    r"^(?:names?|name of (?:executive|officer|director|individual)\w*|officers?|directors?"
    r"|names?\s*(?:\(age\)|,?\s+(?:and\s+)?age)"  # "Name (Age)": the age follows each name in brackets
    r"|executive officers?"
    r"|named executive officers?"
    r"|names?,?\s+(?:and\s+)?(?:[\w/]+\s+(?:and\s+)?){0,4}(?:of\s+)?residence)$",  # "Name, Province/State and
    # Country of Residence", "Name and Municipality of Residence": a Canadian issuer's name column
    re.I,
)
_RESIDENCE_CUT = re.compile(r"\s*[,\n]\s*")
_TITLE_HEAD = re.compile(
    r"^(?:positions?|titles?|offices?|positions? (?:and|&) offices?.*|position\(s\).*|capacity"
    r"|principal occupation.*|positions? with .*|offices? held.*"
    r"|(?:positions?|titles?|offices?),? (?:and|&) (?:business experience|principal occupations?)\b.*"
    r"|(?:current|present) (?:[A-Z]\w*\s+)?(?:positions?|titles?)\b.*|business experience)$",
    re.I,
)
# "Chairman and Chief Executive Officer (2001)": the year the title was first held; "...Officer(k)": a note
# "(2006)", "(a)", "(since 2006)", "(since May 2006)", "(2006-present)": a note on the title, not part of it
# "President and Director (1)(2)": footnote numbers, one or more
_YEAR_NOTE = re.compile(
    r"(?:\s*\((?:(?:(?i:since)\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?i:present|date))?"
    r"|[a-z]{1,2}|\d{1,2})\))+\s*$"
)
_SINCE_HEAD = re.compile(r"^(?:(?:held|officer|director|position held|served)\s+)?since$", re.I)
_COMMITTEE = re.compile(r"^[A-Z][\w,&’' -]{0,60}\bCommittee$")
_CHAIR_MARK = re.compile(
    r"\s*[(\[]\s*(?P<c>chair(?:man|woman|person)?)(?: of the committee)?\s*[)\]]\s*\*?$", re.I
)
_DOT_LEADER = re.compile(r"\s*(?:\.\s*){2,}.*$")
_MARK_LINE = re.compile(r"^\s*<S>", re.I)
_FOOTNOTE = re.compile(r"^(?:[(\[]?\d{1,2}[)\]]|\*+|[(\[][a-z][)\]])+$")
_STARTS_TITLE = re.compile(
    r"^(?:Director|Chairman|President|Chief|Executive|Senior|Vice|Secretary|Treasurer)\b"
)

SourceOffset = Callable[[int], int]


# the end of a row's first sentence, where the cell's biography begins: "... since 2009. Previously, Mr. ..."
_CELL_SENTENCE = re.compile(r"(?<=[a-z0-9)][a-z0-9)])\.\s+(?=[A-Z])")  # not "Jr. ", "L. "


def read_span(m: Mention, text: str) -> tuple[int, int]:
    """The part of `m`'s span its reader used: a roster row's title, not the biography after it.

    "David L. Calhoun ⇥ 66 ⇥ President and Chief Executive Officer since January 2020 ...
    Mr. Calhoun also serves on the board of directors of Caterpillar Inc.": the row reader takes
    the title from the first sentence of the last cell; the sentences after it are a biography
    the sentence reader should read, with the row's person as their subject.
    """
    a, b = m.span
    if m.kind != "roster" or b - a < 80 or "\n" in text[a:b]:
        return m.span
    cell = text.rfind("\t", a, b)  # a row: its last cell; an entry line "Jane Roe - Director. ...": all
    end = _CELL_SENTENCE.search(text, max(a, cell), b)
    return (a, end.end() - 1) if end is not None else m.span


def roster_mentions(
    text: str,
    source: str | None = None,
    source_offset: SourceOffset | None = None,
    all_lines: Sequence[Segment] | None = None,
    terms: dict[str, str] | None = None,
) -> Iterator[Mention]:
    """Mentions from the person tables of `text`.

    `source` and `source_offset` (the decoded HTML, and reading-text offset →
    source offset) let HTML tables keep their real column positions, which
    the reading text loses where it drops empty spacer cells.
    """
    all_lines = list(lines(text)) if all_lines is None else all_lines
    terms = defined_terms(text) if terms is None else terms  # the document's `defined_terms`
    for m in _tab_tables(all_lines, source, source_offset):
        yield from split_cell_titles(m, terms)
    for m in _text_tables(all_lines):
        yield from split_cell_titles(m, terms)
    yield from _election_results(all_lines)


# --- one cell, several titles at several organisations ------------------------------------

_CELL_PARTS = re.compile(r"\s*;\s*(?:and\s+)?")
# "Executive Vice President of GFS and Chief Financial Officer of Acme, Inc.": a second title and its "of"
_AND_TITLE = re.compile(r",?\s+and\s+(?=[A-Z][^;]*?\s+of\s)")
_ORG_SEP = re.compile(r"\s*(?:,|&|\band\b)\s*")
_SUFFIX_ONLY = re.compile(
    r"^(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|L\.P|LP|N\.V|S\.A|plc|PLC|AG|SE|Incorporated|Limited)\.?$"
)


def split_cell_titles(m: Mention, terms: dict[str, str]) -> Iterator[Mention]:
    """A cell "COO of GCC, GCSC & GIGF, Inc.; Executive Vice President of GCSC" as one position a company.

    Organisations are the document's defined terms (`Acme Capital Corp. ("ACC")`,
    resolved to the full name) or names with a legal suffix; a part naming
    anything else ("Vice President of Finance") stays one title at the filer.
    """
    if m.org is not None or " of " not in m.title:
        yield m
        return
    out: list[Mention] = []
    for part in _CELL_PARTS.split(m.title):
        pairs = _title_runs(part, terms) or _title_at_orgs(part, terms)
        subs = _AND_TITLE.split(part)
        if len(subs) > 1 and all(" of " in p for p in subs):
            read = [_title_at_orgs(p, terms) for p in subs]
            if all(r is not None for r in read):
                pairs = [pair for r in read for pair in r or ()]
        if pairs is None:
            if part.strip():
                t = clean_title(part)
                out.append(Mention(m.name, t, None, m.kind, m.span, role_for_title(t), m.start, m.end))
            continue
        for title, org in pairs:
            out.append(Mention(m.name, title, org, m.kind, m.span, role_for_title(title), m.start, m.end))
    if not any(x.org for x in out):  # no other company named: the cell as it stands
        yield m
        return
    yield from _one_per_org(out)


def _one_per_org(out: list[Mention]) -> Iterator[Mention]:
    """The titles a cell gives one person at one company as one position: "Director and President"."""
    titles: dict[str | None, list[str]] = {}
    first: dict[str | None, Mention] = {}
    for x in out:
        key = term_key(x.org) if x.org else None  # "GIGF, Inc" ~ "GIGF Inc."
        first.setdefault(key, x)
        if x.title not in titles.setdefault(key, []):
            titles[key].append(x.title)
    for key, m in first.items():
        title = " and ".join(titles[key])
        yield Mention(m.name, title, m.org, m.kind, m.span, role_for_title(title), m.start, m.end)


_RUN_SEP = re.compile(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*")


def _title_runs(part: str, terms: dict[str, str]) -> list[tuple[str, str | None]] | None:
    """ "Director of GCC, GCSC & GIGF, Inc., Executive Vice President of GCSC and President of GCC" → pairs.

    Titles, each run closed by "of" and the companies it lists, written one
    after the other with commas and "and"; None unless every piece reads as
    a title or a company.
    """
    pieces: list[tuple[int, int]] = []
    at = 0
    for sep in _RUN_SEP.finditer(part):
        pieces.append((at, sep.start()))
        at = sep.end()
    pieces.append((at, len(part)))
    merged: list[tuple[int, int]] = []
    for a, b in pieces:  # "GIGF" + "Inc.": one name
        if merged and _SUFFIX_ONLY.match(part[a:b].strip()):
            merged[-1] = (merged[-1][0], b)
        elif part[a:b].strip():
            merged.append((a, b))
    pairs: list[tuple[str, str | None]] = []
    title_start: int | None = None
    title: str | None = None
    for a, b in merged:
        piece = part[a:b]
        org = _org_item(piece, terms) if title is not None else _NO_ORG
        if org is not _NO_ORG:
            pairs.append((title, org))  # type: ignore[arg-type]
            continue
        title_start = a if title is None and title_start is None or title is not None else title_start
        title = None
        closed = _closing_of(part, title_start, a, b, terms)  # type: ignore[arg-type]
        if closed is not None:
            title, org = closed
            pairs.append((title, org))
        elif not is_title(piece, max_words=12):
            return None
    if title is None or not pairs:
        return None  # a title left without its company
    return pairs


_NO_ORG = "\0"


def _org_item(item: str, terms: dict[str, str]) -> str | None:
    """The company an item names (a defined term's full name, a name with a legal suffix), else _NO_ORG."""
    item = item.strip(" ;,")
    core = re.sub(r",?\s+(?:Inc|Corp|Ltd|LLC|LP|L\.P)\.?$", "", item)
    if item.lower() in FILER_TERMS:
        return None
    full = terms.get(term_key(item)) or (terms.get(term_key(core)) if core != item else None)
    if full is not None:
        return full if full == item or core == item else item
    if has_legal_suffix(item) and item[:1].isupper() and len(item.split()) <= 8:
        return item
    return _NO_ORG


def _closing_of(
    part: str, start: int, a: int, b: int, terms: dict[str, str]
) -> tuple[str, str | None] | None:
    """(title, company) when part[a:b] ends a title with "of <company>": "Chief Compliance Officer of GCC"."""
    piece = part[a:b]
    for of in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", piece))):
        title = part[start : a + of.start()]
        if not (ends_with_title_head(title) or _OF_BOARD.search(title)) or not is_title(title, max_words=16):
            continue
        org = _org_item(piece[of.end() :], terms)
        if org is not _NO_ORG:
            return clean_title(title), org
    return None


def _title_at_orgs(part: str, terms: dict[str, str]) -> list[tuple[str, str | None]] | None:
    """ "Executive Vice President of GCC and GIGF Inc." → one (title, full name) per company, else None.

    The split is at the last "of" whose left side ends as a title does, so
    "Chairman of the Board of GFS" keeps its board and "Chairman, Globex of
    Europe Incorporated" is not cut inside the company's name.
    """
    part = part.strip()
    for at in reversed([m.start() for m in re.finditer(r"\s+of\s+", part)]):
        title, rest = part[:at], part[at:]
        if not (ends_with_title_head(title) or _OF_BOARD.search(title)) or not is_title(title, max_words=8):
            continue
        orgs = _orgs_of(re.sub(r"^\s+of\s+(?:the\s+)?", "", rest).rstrip(" ;,"), terms)
        if orgs is not None:
            return [(clean_title(title), org) for org in dict.fromkeys(orgs)]
        return None
    return None


_OF_BOARD = re.compile(r"\bof\s+the\s+Board(?:\s+of\s+(?:Directors|Trustees|Managers))?$", re.I)


def _orgs_of(written: str, terms: dict[str, str]) -> list[str | None] | None:
    """The companies of "GCC, GCSC & GIGF, Inc.": defined terms (full names) or names with a legal suffix."""
    items: list[str] = []
    for p in (p for p in _ORG_SEP.split(written) if p):
        if _SUFFIX_ONLY.match(p) and items:
            items[-1] = f"{items[-1]}, {p}"
        else:
            items.append(p)
    orgs: list[str | None] = []
    for item in items:
        full = terms.get(term_key(item))
        if item.strip(" .").lower() in FILER_TERMS:
            orgs.append(None)
        elif full is not None:
            orgs.append(full)
        elif has_legal_suffix(item) and item[:1].isupper():
            orgs.append(item)
        else:
            return None
    return orgs


def _roster(name: str, title: str, span: tuple[int, int], since: date | None = None) -> Mention:
    t = clean_title(title)
    return Mention(clean_person_name(name), t, None, "roster", span, role_for_title(t), since)


# --- HTML tables (tab-separated rows) ------------------------------------------------------


def _tab_tables(
    all_lines: Sequence[Segment], source: str | None, offset: SourceOffset | None
) -> Iterator[Mention]:
    i = 0
    while i < len(all_lines):
        if "\t" not in all_lines[i].text:
            i += 1
            continue
        j = i
        while j < len(all_lines):
            if "\t" not in all_lines[j].text:
                resumed = _bridged(all_lines, j)
                if resumed is None:
                    break
                j = resumed
            j += 1
        table = [(row, split_tabs(row)) for row in all_lines[i:j]]
        yield from _tab_table(table, source, offset)
        i = j


_BRIDGE = 3  # one-cell rows in a row: titles over rows ("Chief Executive Officer" ⏎ "President" ⏎ "Director")
_GROUP_ROW = re.compile(r"(?i)(?:officers|directors|trustees|management|team|members)\s*:?$")


def _bridged(all_lines: Sequence[Segment], j: int) -> int | None:
    """The tabbed row a table goes on with after the one-cell rows from `j` (None: the table ends).

    The reading text drops a row's empty cells, so the row "| | Director"
    under "Jane Roe | 61 | Chairman" reads as a line without a tab; the
    table goes on when short lines like it lead back to a tabbed row.
    """
    k = j
    while k < len(all_lines) and k - j < _BRIDGE:
        t = all_lines[k].text.strip()
        if not t or len(t) > 60 or "\t" in all_lines[k].text:
            break
        k += 1
    if k == j or k >= len(all_lines) or "\t" not in all_lines[k].text:
        return None
    return k


def _continued_title(found: list[Mention], last: str | None, row: Segment) -> Mention | None:
    """A one-cell row under a person's row: a further title ("Director") or the rest of the last one.

    The rest of a wrapped title replaces the last mention (popped from `found`) by the whole title.
    """
    t = " ".join(row.text.split())
    if last is None or not found or found[-1].name != clean_person_name(last) or _GROUP_ROW.search(t):
        return None
    prev = found[-1]
    if is_person_name(t, allow_caps=True) or len(t.split()) > 12:
        return None
    if "/" in t and _SIGNED.search(t):  # "/s/ Jane Roe": the next signer's line, not the rest of a title
        return None
    if not _STARTS_TITLE.match(t) or _OPEN_END.search(prev.title):  # "Chief Financial" ⏎ "Officer": one
        joined = f"{prev.title} {t}"
        if not is_title(joined, max_words=30):
            return None
        found.pop()
        return _roster(last, joined, (prev.span[0], row.end), prev.start)
    if not is_title(t, max_words=12):
        return None
    return _roster(last, t, (prev.span[0], row.end))


def _columns_of(cells: list[Segment], source: str | None, offset: SourceOffset | None) -> list[int]:
    if source is not None and offset is not None:
        cols = html_columns(source, [offset(c.start) for c in cells])
        if cols is not None and len(cols) == len(cells) and all(c >= 0 for c in cols):
            return cols
    return list(range(len(cells)))


def _tab_table(
    table: list[tuple[Segment, list[Segment]]], source: str | None, offset: SourceOffset | None
) -> Iterator[Mention]:
    for h, (_, cells) in enumerate(table[:3]):
        if cells and all(_COMMITTEE.match(c.text.strip()) for c in cells):
            yield from _committees(table, h, source, offset)
            return
    header = next((h for h, (_, cells) in enumerate(table[:3]) if _header_row(cells)), None)
    columns: dict[str, int] = {}
    residence = False  # "Name and Municipality of Residence": the name cell goes on with a place
    if header is not None:
        hcells = table[header][1]
        residence = any("esidence" in c.text for c in hcells)
        for c, col in zip(hcells, _columns_of(hcells, source, offset), strict=True):
            for key, pattern in (("name", _NAME_HEAD), ("title", _TITLE_HEAD), ("since", _SINCE_HEAD)):
                if pattern.match(_label(c)):
                    columns.setdefault(key, col)
    found: list[Mention] = []
    last: str | None = None  # the name of the row above, whose titles a one-cell row may go on with
    for row, cells in table[(header + 1 if header is not None else 0) :]:
        if "\t" not in row.text:
            more = _continued_title(found, last, row)
            if more is not None:
                found.append(more)
            continue
        last = None
        if not cells or "/s/" in row.text.lower():  # signature rows are the signature reader's
            continue
        # column positions cost a look at the HTML: only a table with a header row needs them
        by_col = dict(zip(_columns_of(cells, source, offset), cells, strict=True)) if columns else {}
        name_cell = by_col.get(columns["name"]) if "name" in columns else cells[0]
        if name_cell is None:
            continue
        name, title = _name_and_title(
            _RESIDENCE_CUT.split(name_cell.text.strip())[0] if residence else name_cell.text
        )
        if title is None and "title" in columns:
            cell = by_col.get(columns["title"])
            if cell is not None and is_title(_YEAR_NOTE.sub("", cell.text), max_words=30):
                title = _YEAR_NOTE.sub("", cell.text)
            elif cell is not None:  # a career told in the cell: the titles held "since" a date
                for held in current_titles(cell.text):
                    found.append(_roster(name, held, (row.start, row.end)))
        elif title is None:  # no position column named: the first title cell after the name
            following = [c for c in cells if c.start > name_cell.start][:2]
            title = next((c.text for c in following if is_title(c.text, max_words=30)), None)
        since_cell = by_col.get(columns["since"]) if "since" in columns else None
        since = parse_date(since_cell.text) if since_cell is not None else None
        if name and title:
            found.append(_roster(name, title, (row.start, row.end), since))
            last = name
    if header is not None or len(found) >= 2:  # a lone unlabelled row is too weak
        yield from found


def _header_row(cells: list[Segment]) -> bool:
    """A row of column labels: one names the name column ("Name", "Directors"), and none is a person's
    name (the row "Jane Roe | Director | 55" is a person's, though "Director" labels columns too)."""
    if not any(_NAME_HEAD.match(_label(c)) for c in cells):
        return False
    return not any(is_person_name(strip_note_marks(c.text.strip()), allow_caps=True) for c in cells)


def _label(cell: Segment) -> str:
    return " ".join(cell.text.split()).rstrip(":")


_NOTE_MARKS = re.compile(r"(?:\s*(?:[(\[]\d{1,2}[)\]]|[*†‡]))+$")


_GLUED_MARK = re.compile(r"(?<=[a-z.])[(\[]\d{1,2}[)\]](?=\s)")


def strip_note_marks(cell: str) -> str:
    """A name cell without its footnote marks ("Jane Roe (1)(2)", "John Doe*"); long cells are no names."""
    return _NOTE_MARKS.sub("", cell) if len(cell) <= 200 else cell


def _name_and_title(cell: str) -> tuple[str | None, str | None]:
    """A name cell, or a cell holding both ("Jean-Luc Martin President and Chief Executive Officer")."""
    t = _DOT_LEADER.sub("", " ".join(cell.split())).strip(" ,")
    t = strip_note_marks(t)  # "Jane Roe (1)(2)": footnote marks, not part of the name
    t = strip_degrees(t)  # "Peter M. Fasolo, Ph.D."
    if len(t) <= 300:
        t = _GLUED_MARK.sub("", t)  # "Jane Roe(1) Chief Financial Officer"
    if is_person_name(t, allow_caps=True):
        return t, None
    end = leading_person_name(t, allow_caps=True)
    if end is not None and is_title(t[end:].strip(" ,"), max_words=30):
        return t[:end], t[end:].strip(" ,")
    return None, None


def _committees(
    table: list[tuple[Segment, list[Segment]]], h: int, source: str | None, offset: SourceOffset | None
) -> Iterator[Mention]:
    """Members under "Audit Committee | Compensation Committee" headings; "(Chairperson)" marks a chair."""
    hcells = table[h][1]
    committees = {
        col: " ".join(c.text.split())
        for c, col in zip(hcells, _columns_of(hcells, source, offset), strict=True)
    }
    ordered = sorted(committees)
    for row, cells in table[h + 1 :]:
        if source is not None and offset is not None:
            cols = _columns_of(cells, source, offset)
        else:  # no cell positions: a short row lost its leading cells
            cols = (
                [ordered[k + len(ordered) - len(cells)] for k in range(len(cells))]
                if len(cells) <= len(ordered)
                else []
            )
        for c, col in zip(cells, cols, strict=False):
            committee = committees.get(col)
            raw = " ".join(c.text.split())
            mark = _CHAIR_MARK.search(raw)
            name = raw[: mark.start()] if mark else raw.rstrip("*")
            if committee is None or not is_person_name(name, allow_caps=True):
                continue
            title = f"{committee} {mark.group('c').capitalize() if mark else 'member'}"
            yield Mention(clean_person_name(name), title, None, "committee", (row.start, row.end), "director")


# --- plain-text tables ---------------------------------------------------------------------

_HEADER_LINE = re.compile(r"^\s*(?:NAME|Name)(?:\s{2,}|\s*$)")
_LABELS = re.compile(r"\S+(?: \S+)*")


def _text_tables(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """Tables under a "NAME   POSITION   AGE" header (the position label may sit on the next line)."""
    i, n = 0, len(all_lines)
    while i < n:
        raw = all_lines[i].text
        if "\t" in raw or not _HEADER_LINE.match(raw):
            i += 1
            continue
        labelled = any(
            _TITLE_HEAD.match(m.group())
            for k in (i, i + 1)
            if k < n
            for m in _LABELS.finditer(all_lines[k].text)
        )
        if not labelled:
            i += 1
            continue
        body, marks, j = _table_body(all_lines, i + 1)
        yield from _read_text_table(all_lines[i], body, marks)
        i = j


def _table_body(all_lines: Sequence[Segment], j: int) -> tuple[list[Segment], list[int], int]:
    """The rows after a header, up to </TABLE>, two blank lines or prose; and the <S>/<C> column marks."""
    body: list[Segment] = []
    marks: list[int] = []
    blanks = 0
    while j < len(all_lines) and len(body) < 200:
        t = all_lines[j].text
        s = t.strip()
        if re.match(r"</TABLE>", s, re.I) or (body and re.match(r"<PAGE>", s, re.I)):
            break  # the table ends, or goes on after a page break under a header of its own
        if s.isdigit() and len(s) <= 4:  # a page number
            j += 1
            continue
        if _MARK_LINE.match(t):
            marks = marker_columns(t)
        elif not s or re.fullmatch(r"[-=_\s]+", s) or re.match(r"</?(?:CAPTION|TABLE|PAGE)", s, re.I):
            blanks += 0 if s else 1
            if blanks > 1 and body and not _person_row_next(all_lines, j + 1):
                break  # a blank gap ends the table unless the next person's row follows it
        else:
            words = len(s.split())
            if (words > 14 or blanks and body and words >= 8) and not re.search(r"\S {2,}\S", s):
                break  # prose (after a blank line, a sentence's first line is shorter)
            blanks = 0
            body.append(all_lines[j])
        j += 1
    return body, marks, j


_NAME_COLUMN = re.compile(r"^\s*(?P<name>\S+(?: \S+){1,5}?)\*{0,2} {2,}\S")


def _person_row_next(all_lines: Sequence[Segment], j: int) -> bool:
    """The next non-blank line is a person's row ("Jane A. Roe      Vice President     1999     51")."""
    for line in all_lines[j : j + 3]:
        if line.text.strip():
            m = _NAME_COLUMN.match(line.text)
            return m is not None and is_person_name(m.group("name"), allow_caps=True)
    return False


def _read_text_table(head: Segment, body: list[Segment], marks: list[int]) -> Iterator[Mention]:
    """Rows of a space-aligned table: a row starts where the name column is filled; titles wrap below."""
    if not body:
        return
    ranges = gutters([head, *body], min_width=2)
    if len(ranges) < 2 and marks:
        ranges = [(a, marks[k + 1] if k + 1 < len(marks) else 10_000) for k, a in enumerate(marks)]
    if len(ranges) < 2:
        return
    hcells = cut(head, ranges)
    labels = [c.text.strip() if c is not None else "" for c in hcells]
    # "Position(s) ⏎ Held with the ⏎ Company" beside "Principal Occupation(s)": the first holds the
    # posts at the company, the second the posts elsewhere ("President, Globex Inc., since 1995; ...").
    held = next((k for k, c in enumerate(labels) if _HELD_WITH.match(c)), None)
    title_k = (
        held if held is not None else next((k for k, c in enumerate(labels) if c and _TITLE_HEAD.match(c)), 1)
    )
    occ_k = (
        next((k for k, c in enumerate(labels) if _OCCUPATION.match(c)), None) if held is not None else None
    )
    rows: list[tuple[Segment, int, str, list[list[str]]]] = []  # first line, end, name, titles (as pieces)
    occupations: list[list[str]] = []
    for line in body:
        cells = cut(line, ranges)
        piece = cells[title_k].text if title_k < len(cells) and cells[title_k] is not None else ""
        occ = " ".join(c.text for c in cells[occ_k:] if c is not None) if occ_k is not None else ""
        name = _DOT_LEADER.sub("", cells[0].text).strip(" ,") if cells[0] is not None else ""
        if name and not _FOOTNOTE.match(name):
            name = strip_note_marks(name)  # "William Clay Ford, Jr.*": a note mark, not part of the name
        if held is not None:
            name = _AGE_AFTER_NAME.sub("", name)
        if name and not _FOOTNOTE.match(name):
            rows.append((line, line.end, name, [[piece]] if piece else []))
            occupations.append([occ])
        elif rows and piece:
            first, _, row_name, titles = rows[-1]
            if (
                titles
                and _STARTS_TITLE.match(piece)
                and is_title(piece)
                and (ends_with_title_head(" ".join(titles[-1])) or piece.strip() == "Director")
                and not _OPEN_END.search(titles[-1][-1])  # "President and ⏎ Director": one title wrapped
            ):
                titles.append([piece])  # "Director" under "Executive Vice President": a second position
            elif titles:
                titles[-1].append(piece)
            else:
                titles.append([piece])
            rows[-1] = (first, line.end, row_name, titles)
            occupations[-1].append(occ)
        elif rows and occ:
            occupations[-1].append(occ)
    for (first, end, name, titles), occ_pieces in zip(rows, occupations, strict=True):
        if not is_person_name(name, allow_caps=True):
            continue
        for pieces in titles:
            title = _join_pieces(pieces)
            if "(" in title and title.endswith(")"):
                yield from _noted_posts(name, title, (first.start, end))
            elif is_title(title, max_words=30):
                yield _roster(name, title, (first.start, end))
            else:  # an occupation column: "farmer, since 1967; President, Globex Inc. (a dealer) since 1995"
                yield from _posts(name, title, (first.start, end))
        if occ_k is not None:
            yield from _posts(name, " ".join(occ_pieces), (first.start, end))


_SIGNED = re.compile(r"(?i)/s ?/")
_OPEN_END = re.compile(r"(?i)(?:\b(?:and|of|the|for|to)|[,&])\s*$")
_ALSO = re.compile(r"(?i)^also\s+(?:an?\s+)?")


def _noted_posts(name: str, title: str, span: tuple[int, int]) -> Iterator[Mention]:
    """A title with a note in brackets below it, the note a second post.

    "Vice President-- ⏎ (President, Ford Motor (China) Ltd.)" and "Vice Chairman
    (also a Director)": the post at the filer, then the one in brackets, at
    the organisation it names; a note that is no post ("(ConsumerConnect)") is left.
    """
    k = title.index("(")
    outer = title[:k].strip(" -–—,")
    if outer and is_title(outer, max_words=30):
        yield _roster(name, outer, span)
    inner = _ALSO.sub("", title[k + 1 : -1].strip())
    split = split_title_org(inner) or _title_then_org(inner)
    if split is not None:
        yield Mention(clean_person_name(name), split[0], split[1], "roster", span, role_for_title(split[0]))
    elif is_title(inner, max_words=12):
        yield _roster(name, inner, span)


def _title_then_org(text: str) -> tuple[str, str] | None:
    """ "Chairman, President and CEO, Ford of Europe, Inc." → the titles, then the organisation after them."""
    cuts = [m.start() for m in re.finditer(r",\s+(?=[A-Z])", text)]
    for c in reversed(cuts):
        head, rest = text[:c].strip(), text[c + 1 :].strip(" .")
        if not head or _SUFFIX_ONLY.match(rest) or " " not in rest and not has_legal_suffix(rest):
            continue
        words = rest.split()
        capitalised = "," not in rest and all(w[:1].isupper() or w in _LINKS for w in words)
        org_like = has_legal_suffix(rest) or capitalised
        if org_like and not is_title(rest) and is_title(head, max_words=14):
            return clean_title(head), rest
    return None


_LINKS = frozenset({"of", "and", "&", "the", "for", "de", "du"})


def _join_pieces(pieces: list[str]) -> str:
    """A wrapped cell's lines as one title: "President--" + "Europe" → "President--Europe"."""
    out = ""
    for piece in pieces:
        piece = piece.strip()
        out = f"{out}{piece}" if re.search(r"[-–—]$", out) else f"{out} {piece}".strip()
    return out


_HELD_WITH = re.compile(r"(?i)^(?:positions?(?:\(s\))?\s+)?held\s+with\b")
_OCCUPATION = re.compile(r"(?i)^principal\s+occupation")
_CLOSED_RANGE = re.compile(
    r"(?i)\b(?:19|20)\d\d\s*(?:to|through|until|-|–)\s*(?:19|20)\d\d\b|\buntil\b|\bformerly\b"
)
_AGE_AFTER_NAME = re.compile(r",?\s*\d{2}\+*$")


def _posts(name: str, text: str, span: tuple[int, int]) -> Iterator[Mention]:
    """The "title, organisation" posts of a semicolon-separated occupation list."""
    for post in re.split(r";\s*", re.sub(r"\s*\([^()]*\)", "", " ".join(text.split()))):
        post = re.split(r"\.\s+(?=[A-Z])", post, maxsplit=1)[0]  # the list ends where a sentence starts
        split = split_title_org(post.strip(" .")) if not _CLOSED_RANGE.search(post) else None
        if split is not None:  # a post held "from 1997 to 2000" is over: not a position now
            yield Mention(name, split[0], split[1], "roster", span, role_for_title(split[0]))


# --- election results ----------------------------------------------------------------------

# "The individuals listed below were elected ... to serve as directors", "Election of Directors".
_ELECTED = re.compile(
    r"(?i)\belect(?:ed|ion)\b[^.\n]{0,160}\b(?:directors?|trustees?)\b"
    r"|\b(?:directors?|trustees?|nominees?)\b[^.\n]{0,160}\b(?:were|was|are|is)\s+(?:duly\s+)?(?:re-?)?elected\b"
)
_VOTE_CELL = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+|\d+(?:\.\d+)?%|-+|[-–—]|N/?A)$", re.I)
_VOTE_LOOKAHEAD = 12  # lines between the sentence and the table's first row (column heads, <TABLE> marks)


def _vote_row(line: Segment) -> str | None:
    """The nominee of a row of vote counts ("James Bell   2,664,386,155   40,229,756 ..."), else None."""
    cells = split_wide(line)
    if len(cells) < 2 or not all(_VOTE_CELL.match(c.text) for c in cells[1:]):
        return None
    name = re.sub(r"\s*(?:[(\[]\d{1,2}[)\]]|\*+)$", "", " ".join(cells[0].text.split()))
    return name if is_person_name(name, allow_caps=True) else None


def _election_results(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """Nominees in the vote table after "... were elected ... as directors": each is a director.

    8-Ks (Item 5.07) and 10-Qs (Item 4) report the annual meeting's votes as
    a row of counts per nominee; the sentence above the table says they were
    elected, which is the position.
    """
    i, n = 0, len(all_lines)
    while i < n:
        if "lect" not in all_lines[i].text or not _ELECTED.search(all_lines[i].text):
            i += 1
            continue
        j, found, blanks = i + 1, 0, 0
        while j < n and (found or j <= i + _VOTE_LOOKAHEAD):
            line = all_lines[j]
            name = _vote_row(line)
            if name is not None:
                found += 1
                blanks = 0
                span = (line.start, line.end)
                yield Mention(clean_person_name(name), "Director", None, "roster", span, "director")
            elif not line.text.strip():
                blanks += 1
                if found and blanks > 1:
                    break
            elif found and not re.match(r"\s*</?(?:TABLE|PAGE|CAPTION|S>|C>)", line.text, re.I):
                break
            j += 1
        i = max(i + 1, j if found else i + 1)


# --- board sections ------------------------------------------------------------------------

# "Supervisory Board", "Members of the Executive Board", "Independent Directors:", "Interested Directors(2):"
_BOARD_HEADING = re.compile(
    r"^(?:members\s+of\s+the\s+)?(?P<q>(?:independent|interested|non-employee|non-executive|executive)\s+)?"
    r"(?P<body>directors|(?:supervisory|executive|management)\s+board|board\s+of\s+directors)"
    r"\s*(?:\(\d{1,2}\)|\*+)?\s*:?$",
    re.I,
)
_UNDERLINE = re.compile(r"^[-=_\s]+$")
_AFTER_LEAD_NAME = re.compile(r"(?:,|\t| {2,}|\.\s+(?:Mr|Ms|Mrs|Dr)\.|\s+\(|\s+[a-z])")
_SECTION_LINES = 400
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–\s]*(?:\d{1,3}|[ivxl]{1,5})[-–\s]*$", re.I)


def _board_title(heading: re.Match[str]) -> str:
    body = " ".join(heading.group("body").split()).title()
    qualifier = (heading.group("q") or "").strip().title()
    if body.endswith("Board"):  # a two-tier board: "Member of the Supervisory Board"
        return f"Member of the {body}"
    return f"{qualifier} Director".strip()


def _lead_name(text: str) -> str | None:
    """The person opening a paragraph or row: "D.G. Eustace, 64 (British), is ...", "Kees Storm started"."""
    end = leading_person_name(text)
    if end is None or not _AFTER_LEAD_NAME.match(text, end):
        return None
    name = text[:end]
    return name if is_person_name(name) else None


def board_section_mentions(text: str, all_lines: Sequence[Segment] | None = None) -> Iterator[Mention]:
    """Everyone whose biography or row opens a paragraph under a heading naming a board.

    20-Fs and proxies introduce their members under "Supervisory Board" /
    "Executive Board" / "Independent Directors" headings, one paragraph (or
    table row) per person; the heading is the position. The section ends at
    the next short heading-like line. The biographies stay the prose rules'
    to read: they hold the members' other positions.
    """
    all_lines = list(lines(text)) if all_lines is None else all_lines
    i, n = 0, len(all_lines)
    while i < n:
        raw = all_lines[i].text
        quick = len(raw) < 80 and ("oard" in raw or "irectors" in raw or "IRECTORS" in raw or "OARD" in raw)
        heading = _BOARD_HEADING.match(" ".join(raw.split())) if quick else None
        if not heading:
            i += 1
            continue
        title = _board_title(heading)
        j, opens = i + 1, True  # the first line after the heading opens a paragraph
        while j < n and j < i + _SECTION_LINES:
            line = all_lines[j]
            t = line.text.strip()
            if not t or _UNDERLINE.match(t) or _PAGE_NUMBER.match(t):
                opens = True
                j += 1
                continue
            name = _lead_name(t) if opens or "\t" in t else None
            if name is not None:
                span = (line.start, line.end)
                own = t[len(name) :].strip(" ,")  # "Jane Roe, Corporate Secretary": the line's own title
                if t[len(name) : len(name) + 1] == "," and is_title(own, max_words=12):
                    yield _roster(name, own, span)
                else:
                    yield Mention(clean_person_name(name), title, None, "roster", span, "director")
            elif len(t.split()) <= 8 and not re.search(r"[.,;)]$", t):
                break  # the next heading
            opens = t.endswith((".", ":", ";")) or "\t" in t
            j += 1
        i = j if j > i + 1 else i + 1
