"""Grids of directors: names side by side, each with its principal occupation below.

10-Ks list the board in Part III as a grid, two or three directors a row::

    The following sets forth certain information regarding our directors ...

    Jane Roe                          John Doe, M.D.
    President Acme Foundation         Retired Chair Globex Corporation
    Ann Poe                           Mark Moe
    Chair Initech Inc.                Chief Executive Officer Initech Inc.

Each name is a director of the registrant; the cell below gives the
person's occupation as "Title Organisation" with no comma between. The
occupation counts when the cell splits into one title and one organisation
and is not a "Former" or "Retired" post. A grid counts only under a passage
about directors, and never right under a row of signatures (those grids are
`signature_columns`'), nor one whose cells below are bare titles (officers
signing a statement).

A Summary Compensation Table stacks the same way down its first column: the
officer's name, the title on the lines below (`compensation_name_mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from edgarkg.text.columns import split_tabs
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    clean_person_name,
    clean_title,
    ends_with_title_head,
    find_person_names,
    is_person_name,
    is_title,
    leading_person_name,
    role_for_title,
    strip_degrees,
)
from edgarkg.text.sentences import Segment

__all__ = ["board_list_mentions", "compensation_name_mentions", "joined_names_mentions", "name_grid_mentions"]

# "information regarding our directors", a heading "Directors of the Registrant" (not "Board of Directors")
_DIRECTORS = re.compile(r"(?i)\b(?:our|the\s+company['’]s)\s+directors\b|^\s*directors\b(?=.{0,50}$)")
_PAST = re.compile(r"(?i)^(?:former|retired|past|prior|previously|emeritus)\b")
_INTRO = 6  # lines above the grid's first row that may introduce it
_DIRECTORS_WORD = re.compile(r"(?i)directors")  # in every match of `_DIRECTORS`
_GAP = 3  # lines between one row of the grid and the next


def _says_directors(t: str) -> bool:
    """True when `t` holds the word "directors" in any case (as `_DIRECTORS`'s case-blind match reads it)."""
    if t.isascii():  # ASCII letters fold only to each other: the cheap test is exact
        return "directors" in t.lower()
    return _DIRECTORS_WORD.search(t) is not None


def _introduced(intro: list[int], i: int) -> bool:
    """True when one of the lines `intro` (in order) lies among the `_INTRO` lines above line `i`."""
    k = bisect_left(intro, max(0, i - _INTRO))
    return k < len(intro) and intro[k] < i


def _cells(seg: Segment) -> list[str]:
    return [t for c in split_tabs(seg) if (t := " ".join(c.text.split()))]


def _names(seg: Segment) -> list[str] | None:
    if len(seg.text) > 160 or "\t" not in seg.text or "/" in seg.text:
        return None  # a row of names is short
    cells = [strip_degrees(c) for c in _cells(seg)]
    if len(cells) < 2 or not all(is_person_name(c, allow_caps=True) for c in cells):
        return None
    return cells


def name_grid_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A "Director" mention per name of a directors' grid, and the occupation written below it."""
    yield from board_list_mentions(all_lines)
    yield from joined_names_mentions(all_lines)
    last = -100  # the last row of the grid being read
    # lines that may introduce a grid: `_DIRECTORS` matches only where the word does
    intro = [i for i, seg in enumerate(all_lines) if _says_directors(seg.text)]
    if not intro:
        return  # no grid can start, so none is read
    for i, seg in enumerate(all_lines):
        if i - last > _GAP and not _introduced(intro, i):
            continue  # no introduction above: `_names` is not needed to skip it
        names = _names(seg)
        if names is None:
            continue
        if i - last > _GAP:  # a new grid: it needs its introduction, and no signatures above
            above = all_lines[max(0, i - _INTRO) : i]
            signed = any("/s/" in a.text.lower() for a in above)
            if signed or not any(_DIRECTORS.search(a.text) for a in above):
                continue
        last = i
        below = next((s for s in all_lines[i + 1 : i + 3] if s.text.strip()), None)
        jobs = _cells(below) if below is not None and "\t" in below.text else []
        if len(jobs) != len(names):
            jobs = []
        elif any(ends_with_title_head(j) and is_title(j, max_words=12) or re.search(r"\d", j) for j in jobs):
            continue  # bare titles or dates under the names: officers signing a report, not a board's grid
        else:
            last = all_lines.index(below, i + 1)
        span = (seg.start, below.end if jobs and below is not None else seg.end)
        for k, raw in enumerate(names):
            name = clean_person_name(raw)
            yield Mention(name, "Director", None, "roster", span, "director")
            job = _occupation(jobs[k]) if jobs else None
            if job is not None:
                yield Mention(name, job[0], job[1], "roster", span, role_for_title(job[0]))


def _occupation(cell: str) -> tuple[str, str] | None:
    """A cell "President and Chief Executive Officer Acme Foundation" as (title, organisation)."""
    if _PAST.match(cell):
        return None
    words = cell.split()
    for k in range(1, len(words)):  # the shortest finished title, then the rest must hold none
        title, org = " ".join(words[:k]), " ".join(words[k:])
        if not org[:1].isupper() or not ends_with_title_head(title) or not is_title(title, max_words=8):
            continue
        if not is_title(
            org, max_words=12
        ):  # else a title word is still to come ("Chief Executive | Officer")
            return title, org
    return None


# --- several names run together in one cell beside their common plural title ----------------------------

# "Directors", "Trustees", "Managing Directors": the title the names of the cell share
_PLURAL = re.compile(r"^(?P<title>(?:[A-Z][a-z]+\s+)?(?:Director|Trustee|Manager))s$")
_NAME_GAP = re.compile(r"^[\s,;]*(?:and\s+|&\s*)?$")


def joined_names_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """One mention per name of a cell that runs two or more names together beside a plural title::

        Robin A. Vince Frederick O. Terrell Joseph J. Echevarria <tab> Directors

    (directors attesting a bank's Report of Condition: the names stacked in one cell, which the reading
    text joins). Every name must be whole and nothing but spaces, commas or "and" may lie between them.
    """
    for seg in all_lines:
        t = seg.text
        if "\t" not in t or len(t) > 200 or not t.rstrip().endswith("s"):
            continue
        cells = _cells(seg)
        if len(cells) != 2:
            continue
        plural = _PLURAL.match(cells[1])
        if plural is None:
            continue
        names = _run_of_names(cells[0])
        if names is None:
            continue
        title = plural.group("title")
        for name in names:
            yield Mention(
                clean_person_name(name), title, None, "roster", (seg.start, seg.end), role_for_title(title)
            )


def _run_of_names(cell: str) -> list[str] | None:
    """The names a cell consists of, two or more, or None when anything else is in it."""
    spans = find_person_names(cell)
    if len(spans) < 2:
        return None
    at = 0
    for a, b in spans:
        if not _NAME_GAP.match(cell[at:a]):
            return None
        at = b
    if not _NAME_GAP.match(cell[at:]):
        return None
    names = [cell[a:b] for a, b in spans]
    return names if all(is_person_name(n) for n in names) else None


# --- a heading "Board of Directors" over the directors' names, one to a line ----------------------------

_BOARD_HEAD = re.compile(r"(?i)^(?:the\s+)?(?:board\s+of\s+directors|directors)\s*:?$")
_SECTION = re.compile(
    r"(?i)\b(?:officers?|management|committees?|executives|team|advisers|advisors|counsel)\b"
)
_BLANKS = 1  # blank lines allowed between two names of the list
_NOTES = 2  # lines under a name that may give the director's occupation


def board_list_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A "Director" mention per name listed under a heading "Board of Directors" (an annual report's back
    cover, an exhibit)::

        BOARD OF DIRECTORS
        Jane Roe
        John Doe            (or: John Doe ⏎ Retired Partner, Globex LLP)

    A list needs two names; it ends at a line that is no name and no short occupation under one, a heading
    of another group ("Officers", "Audit Committee"), or a blank gap.
    """
    for i, seg in enumerate(all_lines):
        t = seg.text.strip()
        if len(t) > 30 or ("irectors" not in t and "IRECTORS" not in t) or not _BOARD_HEAD.match(t):
            continue
        found: list[Mention] = []
        blanks = notes = 0
        for line in all_lines[i + 1 : i + 80]:
            raw = line.text.strip()
            if not raw:
                blanks += 1
                if blanks > _BLANKS:
                    break
                continue
            blanks = 0
            cells = [strip_degrees(c) for c in _cells(line)] if "/" not in raw else []
            if cells and all(is_person_name(c, allow_caps=True) for c in cells):
                span = (line.start, line.end)
                found.extend(
                    Mention(clean_person_name(c), "Director", None, "roster", span, "director") for c in cells
                )
                notes = 0
                continue
            notes += 1
            if not found or notes > _NOTES or len(raw) > 80 or raw.endswith(":") or _SECTION.search(raw):
                break
            if raw.isupper() or is_person_name(raw.split(",")[0], allow_caps=True) and "," not in raw:
                break
        if len({m.name for m in found}) >= 2:
            yield from found


# --- a compensation table's name column: the name, the title on the lines below it ----------------------

# "Name and Principal Position", "Name and ⏎ Principal Position": the column a Summary Compensation Table
# opens with
_PRINCIPAL = re.compile(r"(?i)^\s*(?:name\s+and\s+)?principal\s+position\b|^\s*name\s+and\s+principal\b")
_TABLE_LINES = 80  # lines of one compensation table
_WIDE_GAP = re.compile(r"\S(?: ?\S)*")  # the text of a line up to its first gap of two spaces or more
_AMOUNTS = re.compile(r"^[\s$(),.\d%*-]*$|^(?:19|20)\d\d\b")
_NOTE = re.compile(r"\s*(?:\(\d{1,2}\)|\*+|\([a-z]\))")
_FORMER = re.compile(r"(?i)\b(?:former|formerly|retired|resigned|until|through|interim)\b")
_END = re.compile(r"^\s*(?:\(\d{1,2}\)|\*|(?i:item)\s+\d|[A-Z][A-Z ]{12,}$)")


def compensation_name_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A "roster" mention per officer of a Summary Compensation Table's "Name and Principal Position" column.

    The cell holds the name, then the title, wrapped over the lines below,
    each beside one year's amounts (fixed-width text or HTML alike)::

        John A. Smith              1995    $250,000   $100,000
          President and Chief      1994     230,000     80,000
          Executive Officer        1993     210,000     60,000

    A title the table marks as past ("Former Chief Financial Officer") is left.
    """
    i, n = 0, len(all_lines)
    while i < n:
        text = all_lines[i].text
        if "rincipal" not in text or not _PRINCIPAL.match(text):
            i += 1
            continue
        people: list[tuple[str, list[str], int, int]] = []  # name, title pieces, first and last offset
        blank = 0
        j = i + 1
        while j < min(n, i + _TABLE_LINES):
            seg = all_lines[j]
            if not seg.text.strip():
                blank += 1
                if blank > 2 or people and blank > 1 and "\t" not in seg.text:
                    break
                j += 1
                continue
            blank_before, blank = blank, 0
            if _END.match(seg.text) and people:
                break  # the notes under the table, or the next heading
            first = _first_cell(seg.text)
            j += 1
            if not first or _AMOUNTS.match(first):
                continue
            person = _person(first)
            if person is not None:
                people.append((person[0], [person[1]] if person[1] else [], seg.start, seg.end))
            elif people and not blank_before and len(first.split()) <= 8:
                name, pieces, start, _ = people[-1]
                pieces.append(first)
                people[-1] = (name, pieces, start, seg.end)
        notes = " ".join(seg.text for seg in all_lines[j : j + _NOTE_LINES]) if people else ""
        for name, pieces, start, end in people:
            title = _joined(pieces)
            if _departed(name, notes):
                continue  # "(1) Mr. Cowley stepped down as Chief Executive Officer in February 2015"
            if title and not _FORMER.search(title) and is_title(title, max_words=20):
                yield Mention(
                    clean_person_name(name), title, None, "roster", (start, end), role_for_title(title)
                )
        i = j


_NOTE_LINES = 15  # lines of notes under a table
_DEPARTURE = re.compile(
    r"(?i)\b(?:stepped\s+down|resigned|retired|ceased|left\s+the\s+company|terminated|former|until|deceased)\b"
)


def _departed(name: str, notes: str) -> bool:
    """Whether a sentence of the table's notes names the person (by surname) as gone."""
    surname = clean_person_name(name).replace(",", " ").split()
    surname = [w for w in surname if w not in ("Jr.", "Sr.", "II", "III", "IV")]
    if not surname or not notes or surname[-1] not in notes:
        return False
    return any(surname[-1] in s and _DEPARTURE.search(s) for s in re.split(r"(?<=[a-z])\.\s+", notes))


def _first_cell(line: str) -> str:
    """A row's name-column text: before the first tab, or before the first wide gap of fixed-width text."""
    if "\t" in line:
        return " ".join(line.split("\t", 1)[0].split())
    m = _WIDE_GAP.search(line)
    return m.group() if m else ""


def _person(cell: str) -> tuple[str, str | None] | None:
    """ "Jane Roe (1)", "Jane Roe, President", "Jane Roe Chief Financial Officer": name, and title if any."""
    cell = _NOTE.sub("", strip_degrees(cell)).strip(" ,")
    if is_person_name(cell, allow_caps=True):
        return cell, None
    k = leading_person_name(cell, allow_caps=True)
    if k is None:
        return None
    rest = cell[k:].strip(" ,")
    return (cell[:k].strip(" ,"), rest) if is_title(rest, max_words=20) else None


def _joined(pieces: list[str]) -> str:
    """Wrapped title lines as one title: "President and Chief" + "Executive Officer"; notes dropped."""
    out = ""
    for piece in pieces:
        piece = _NOTE.sub("", piece).strip()
        out = f"{out}{piece}" if out.endswith(("-", "–", "—")) else f"{out} {piece}".strip()
    return clean_title(out.strip(" ,")) if out else ""
