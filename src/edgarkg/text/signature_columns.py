"""Signature tables laid out in two or more side-by-side columns.

Large filers print their 10-K signature page as a grid, one signer per
column, each row of the grid a row of the HTML table::

    /s/ JANE ROE                  /s/ JOHN DOE
    Jane Roe Chief Executive ...  John Doe President and Chief Financial Officer
    February 20, 2024             February 20, 2024
    *                             *
    Ann Poe Director              Mark Moe Director

or with the typed names and the capacities on rows of their own::

    By:  /s/ Jane Roe             By:  /s/ John Doe
    Jane Roe                      John Doe
    Chairman and Chief Executive  Director

Read line by line, the reading text joins the columns into one cell per
signer, which the one-column rules read only for the first. Here a row
whose every cell is a conformed signature ("/s/ ...") or the "*" of a
signature by attorney opens a grid row, and the cells below it, column by
column, give each signer's name and capacity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.columns import split_tabs
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    clean_person_name,
    clean_title,
    is_person_name,
    is_title,
    leading_person_name,
    role_for_title,
    strip_degrees,
)
from edgarkg.text.outside_titles import outside_title_split
from edgarkg.text.sentences import Segment
from edgarkg.text.signatures import text_grid_columns

__all__ = ["signature_grid_mentions", "stacked_grid_mentions", "text_grid_mentions"]

_SIGNED = re.compile(r"^(?:/s/\s*\S.*|\*)$", re.I)
_BY = re.compile(r"^By:?$", re.I)
_BELOW = 4  # lines under a signature row that may hold the names and capacities


def _cells(seg: Segment) -> list[str]:
    return [strip_degrees(t) for c in split_tabs(seg) if (t := " ".join(c.text.split())) and not _BY.match(t)]


def signature_grid_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A "signature" mention per signer of each multi-column signature row (organisation: the caller's)."""
    yield from text_grid_mentions(all_lines)
    yield from stacked_grid_mentions(all_lines)
    for i, seg in enumerate(all_lines):
        if "\t" not in seg.text or ("/s/" not in seg.text.lower() and "*" not in seg.text):
            continue
        marks = _cells(seg)
        if len(marks) < 2 or not all(_SIGNED.match(c) for c in marks):
            continue
        yield from _grid_row(all_lines, i, len(marks))


_TEXT_RULE = re.compile(r"^[\s\-_=]*$")


def text_grid_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """Signers of a plain-text grid, each column its own block (1990s 10-K signature pages)::

    /s/ JOHN A. SMITH                    /s/ MARY JONES
    -----------------------------        ----------------------------
    John A. Smith, Director              Mary Jones, Vice President
    March 1, 1995                        and Chief Financial Officer
    """
    for i, seg in enumerate(all_lines):
        if "/" not in seg.text:
            continue
        cols = text_grid_columns(seg.text)
        if not cols:
            continue
        pieces: list[list[str]] = [[] for _ in cols]
        end = seg.end
        for line in all_lines[i + 1 : i + 1 + _BELOW + 2]:
            raw = line.text
            if not raw.strip():
                if any(pieces):
                    break
                continue
            if "/s/" in raw.lower():
                break
            for k, a in enumerate(cols):
                b = cols[k + 1] if k + 1 < len(cols) else len(raw)
                piece = raw[max(0, a - 2) : b].strip()
                if piece and not _TEXT_RULE.match(piece.removeprefix("- ")) and not _DATE_LINE.match(piece):
                    pieces[k].append(piece)
            end = line.end
        for column in pieces:
            got = _name_then_title(" ".join(column)) if column else None
            if got is None or not is_person_name(got[0], allow_caps=True):
                continue
            t = clean_title(got[1])
            if not is_title(t, max_words=16):
                continue
            role = role_for_title(t)
            role = role if role not in (None, "officer") else "signatory"
            yield from outside_title_split(
                Mention(clean_person_name(got[0]), t, None, "signature", (seg.start, end), role)
            )


_DATE_LINE = re.compile(r"(?i)^(?:date[d]?:?\s*)?[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4}$")


def _grid_row(all_lines: Sequence[Segment], i: int, n: int) -> Iterator[Mention]:
    names: list[str] | None = None
    for j in range(i + 1, min(len(all_lines), i + 1 + _BELOW)):
        cells = _cells(all_lines[j])
        if not cells:
            continue
        if len(cells) != n or any(_SIGNED.match(c) for c in cells):
            return
        if names is None and all(is_person_name(c, allow_caps=True) for c in cells):
            names = cells  # the capacities follow on a row of their own
            continue
        if names is not None:
            pairs = list(zip(names, cells, strict=True))
        else:
            split = [_name_then_title(c) for c in cells]
            if any(p is None for p in split):
                return
            pairs = [p for p in split if p is not None]
        if not all(is_title(clean_title(t), max_words=16) for _, t in pairs):
            return
        span = (all_lines[i].start, all_lines[j].end)
        for name, title in pairs:
            t = clean_title(title)
            role = role_for_title(t)
            role = role if role not in (None, "officer") else "signatory"
            yield from outside_title_split(Mention(clean_person_name(name), t, None, "signature", span, role))
        return


def _name_then_title(cell: str) -> tuple[str, str] | None:
    """The cell "Jane Roe Chief Executive Officer (Principal Executive Officer)" as (name, title)."""
    end = leading_person_name(cell, allow_caps=True)
    if end is None:
        return None
    return cell[:end].strip(" ,"), cell[end:].strip(" ,")


_STACKED_MARK = re.compile(r"^/s/\s*(?P<name>\S.*)$", re.I)
_OPEN_TITLE = re.compile(r"(?i)(?:\b(?:and|of|the|for|to|chief|executive|vice|senior|assistant)|[,&-])$")
_STACK_MAX = 8  # signers per grid row that a page lays out as separate blocks


def stacked_grid_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """Signers of a grid whose cells the reading text gives one per line, row after row::

        /s/ Jane Roe          (the marks of the grid row, one per column)
        /s/ John Doe
        Jane Roe              (their typed names, same order; optional)
        John Doe
        Chief Executive Officer   (their capacities, same order)
        Director

    Inline-XBRL pages place each cell in its own <div>, and a page may print
    a column of signatures beside a column of capacities. The names pair
    with the capacities by order only when both runs have the same length,
    so a wrapped capacity (one more line) leaves the block to other rules.
    """
    i, n = 0, len(all_lines)
    while i < n:
        if not all_lines[i].text.lstrip().startswith(("/s/", "/S/")):
            i += 1
            continue
        names: list[str] = []
        j = i
        while j < n and len(names) <= _STACK_MAX:
            t = " ".join(all_lines[j].text.split())
            m = _STACKED_MARK.match(t) if "\t" not in all_lines[j].text else None
            if m is None:
                break
            name = strip_degrees(m.group("name").strip(" ,*"))
            if not is_person_name(name, allow_caps=True):
                break
            names.append(name)
            j += 1
        if len(names) < 2 or len(names) > _STACK_MAX:
            i = max(j, i + 1)
            continue
        yield from _stacked_block(all_lines, i, j, names)
        i = j


def _stacked_block(all_lines: Sequence[Segment], i: int, j: int, names: list[str]) -> Iterator[Mention]:
    k = len(names)
    rows: list[str] = []
    end = j
    while end < len(all_lines) and len(rows) < 2 * k + 1:
        t = " ".join(all_lines[end].text.split())
        end += 1
        if not t or _DATE_LINE.match(t) or _TEXT_RULE.match(t):
            continue
        if "\t" in all_lines[end - 1].text or t.lower().startswith("/s/"):
            end -= 1
            break
        rows.append(t)
    rows.append("")  # what follows the block: nothing, or a line that is no title
    typed = rows[:k]
    if len(typed) == k and all(
        is_person_name(strip_degrees(t), allow_caps=True) and _same_family(t, nm)
        for t, nm in zip(typed, names, strict=True)
    ):
        rows = rows[k:]
    titles, after = rows[:k], rows[k] if len(rows) > k else ""
    if len(titles) != k or not all(is_title(clean_title(t), max_words=16) for t in titles):
        return
    if is_title(clean_title(after), max_words=16) or any(_OPEN_TITLE.search(t) for t in titles):
        return  # a capacity wrapped over two lines: the order pairs no longer
    span = (all_lines[i].start, all_lines[min(end, len(all_lines)) - 1].end)
    for name, title in zip(names, titles, strict=True):
        t = clean_title(title)
        role = role_for_title(t)
        role = role if role not in (None, "officer") else "signatory"
        yield from outside_title_split(Mention(clean_person_name(name), t, None, "signature", span, role))


def _same_family(typed: str, signed: str) -> bool:
    """ "JANE ROE" signed, "Jane A. Roe" typed: the same family name."""
    a, b = typed.replace(",", " ").split(), signed.replace(",", " ").split()
    tails = {w.casefold() for w in (a[-1:] + a[-2:-1])}
    return bool(a and b) and b[-1].casefold() in tails | {w.casefold() for w in a}
