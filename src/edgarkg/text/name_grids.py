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
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.columns import split_tabs
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    clean_person_name,
    ends_with_title_head,
    is_person_name,
    is_title,
    role_for_title,
    strip_degrees,
)
from edgarkg.text.sentences import Segment

__all__ = ["name_grid_mentions"]

# "information regarding our directors", a heading "Directors of the Registrant" (not "Board of Directors")
_DIRECTORS = re.compile(r"(?i)\b(?:our|the\s+company['’]s)\s+directors\b|^\s*directors\b(?=.{0,50}$)")
_PAST = re.compile(r"(?i)^(?:former|retired|past|prior|previously|emeritus)\b")
_INTRO = 6  # lines above the grid's first row that may introduce it
_GAP = 3  # lines between one row of the grid and the next


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
    last = -100  # the last row of the grid being read
    for i, seg in enumerate(all_lines):
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
