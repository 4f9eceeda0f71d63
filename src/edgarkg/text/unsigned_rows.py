"""Rows of a signature table that carry no "/s/": a director who signed by attorney, or not at all.

A 10-K's signature table lists every director; some rows hold no conformed
signature, only a mark or nothing where it would be, then the capacity and
the typed name below:

    *                           Director            March 1, 2024
    -----------------------
    Peter Jones

    (blank)                     Director
    -----------------------
    Donald S. Jones

The person still holds the capacity the row states. A row counts only inside
a signature table (a "/s/" line within a few lines) and only when its left
cell is empty or a lone "*", its next cell a title and the typed name follows
at the left margin, so a footnote ("*  Less than 1%") never reads as one.
Tables of starred names that repeat each name in brackets below it need no
"/s/" line at all (`starred_signature_mentions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.columns import split_tabs, split_wide
from edgarkg.text.mentions import Mention
from edgarkg.text.names import clean_person_name, clean_title, is_person_name, is_title, role_for_title
from edgarkg.text.outside_titles import outside_title_split
from edgarkg.text.sentences import Segment

__all__ = ["starred_signature_mentions", "unsigned_mentions"]

_SLASH_S = re.compile(r"/s ?/", re.I)
_RULE = re.compile(r"^[\s\-_=]*$")
_DATE = re.compile(r"(?i)^(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s*\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|[\d/.-]+)$")
_NEAR = 12  # lines within which a "/s/" line makes a signature table
_BETWEEN = 80  # lines between two "/s/" lines that are one table (its unsigned rows in the middle)
_PAREN = re.compile(r"\s*\([^()]*\)")
_BELOW = 4  # lines the typed name may come after the row
_BACK = 160  # lines above an attorney's "*By: /s/" line that its table of starred names may fill
_ABOVE = 5  # lines of a capacity wrapped above its starred name, the row centred in its cell
# Where a signature table starts: the paragraph that introduces it, or the page heading.
_TABLE_START = re.compile(r"(?i)pursuant\s+to\s+the\s+requirements|following\s+persons|^\s*signatures?\s*$")
_OPEN = re.compile(
    r"(?i)(?:\b(?:and|of|the|for|to|chief|vice|senior|executive|assistant|principal|general)|[,&-])\s*$"
)
_DATE_TAIL = re.compile(r"\s{2,}(?:[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4}|[\d/.-]{6,})\s*$")
_OPERATING = re.compile(r"(?i)\bchief\s+(?:operating|financial|executive|accounting|technical|legal)\s*$")
_CLOSES = re.compile(r"(?i)\bcommittees?$")  # "Committee": the last word of a committee's name
_HEAD = re.compile(r"(?i)\b(?:committee|board|directors|trustees)\b")


def _open(title: str) -> bool:
    """A capacity cut short: "... and", "... of the", "... Chief Operating", "... Chairman of the Audit"."""
    if _OPEN.search(title) or _OPERATING.search(title):
        return True
    k = title.rfind(" of the ")
    return k >= 0 and not _HEAD.search(title, k)


# "..., Chairman of the Audit Committee", "and Chairman of the A Committee and the B Committee"
_COMMITTEE_PART = re.compile(
    r"(?i)(?:,\s*|\s+and\s+)(?:the\s+)?(?:chair(?:man|woman|person)?|member)\s+of\s+the\s+"
    r"(?:(?!board\b)[\w&,'-]+\s+){0,8}?committees?(?:\s+and\s+the\s+(?:[\w&,'-]+\s+){0,8}?committee)?"
)
# "Jane Roe*" alone on its line, the capacity on the next (an HTML signature table read cell by cell)
_STACKED_NAME = re.compile(r"^\s*(?P<name>[A-Z][^*\t/]{3,60}?)\s*\*{1,3}\s*$")


def _cells(seg: Segment) -> list[Segment]:
    return split_tabs(seg) if "\t" in seg.text else split_wide(seg, 3)


def unsigned_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A "signature" mention per unsigned row of a signature table (organisation left to the caller)."""
    signed = [i for i, seg in enumerate(all_lines) if "/" in seg.text and _SLASH_S.search(seg.text)]
    if not signed:
        return
    rows = {k for s in signed for k in range(max(0, s - _NEAR), min(len(all_lines), s + _NEAR))}
    for s, t in zip(signed, signed[1:], strict=False):  # "By: /s/" above the table, the attorney's below
        if t - s <= _BETWEEN:
            rows.update(range(s, t))
    by_attorney: set[int] = set()
    for s in signed:  # "*By: /s/ Jane Roe, Attorney-in-Fact" closes a table of names signed by attorney
        if _attorney_line(all_lines, s):
            by_attorney.update(range(_table_start(all_lines, s), s))
    for i in sorted(rows | by_attorney):
        found = _row(all_lines, i, named=i in by_attorney)
        if found is not None:
            yield from outside_title_split(found)


def _attorney_line(all_lines: Sequence[Segment], s: int) -> bool:
    """Line s signs for the starred names: "*By: /s/ Jane Roe", or "/s/ Jane Roe" ⏎ "*  By: Jane Roe"."""
    own = all_lines[s].text
    if "*" in own.split("/", 1)[0]:
        return True
    nxt = all_lines[s + 1].text.lstrip() if s + 1 < len(all_lines) else ""
    if nxt.startswith("*") and "By" in nxt[:8]:
        return True
    # "By /s/ Jane Roe" ⏎ "Jane Roe, Attorney-in-Fact": an attorney signing for the named rows above
    return "ttorney" in own + nxt and own.lstrip().startswith(("By", "BY"))


def _row(all_lines: Sequence[Segment], i: int, *, named: bool = False) -> Mention | None:
    """The unsigned row at line i; `named`: inside a table an attorney signs, where a row may be a
    typed name and its capacity with no mark at all."""
    seg = all_lines[i]
    raw = seg.text
    if not raw.strip() or ("/" in raw and _SLASH_S.search(raw)):
        return None
    if ("*" in raw or named) and not raw.lstrip().startswith("*"):
        starred_row = _starred_name_row(all_lines, i, star="*" in raw) or _stacked_row(all_lines, i)
        if starred_row is not None:
            return starred_row
    starred = raw.lstrip().startswith("*")
    empty_cell = raw.split("\t")[0].strip() == "" if "\t" in raw else len(raw) - len(raw.lstrip(" ")) >= 10
    if not (starred or empty_cell):
        return None  # the signature cell must be empty or a lone "*"
    cells = [c for c in _cells(seg) if c.text.strip("* ")]
    if starred and raw.lstrip()[1:2] not in ("", " ", "\t"):
        return None
    if not cells or cells[0].text.count(")") > cells[0].text.count("("):
        return None  # "Officer)": the end of a capacity wrapped from the row above
    capacity = _PAREN.sub("", cells[0].text) if "(" in cells[0].text else cells[0].text  # "(principal ...)"
    if not is_title(capacity, max_words=12) or not cells[0].text[:1].isupper():
        return None  # "  and Director": the wrapped title of the row above
    above = all_lines[i - 1].text if i else ""
    if _SLASH_S.search(above):
        return None
    if any(not _DATE.match(c.text.strip()) for c in cells[1:]):
        return None
    title_parts = [cells[0].text]
    col = cells[0].start - seg.start
    for j in range(i + 1, min(len(all_lines), i + 1 + _BELOW)):
        line = all_lines[j]
        t = line.text.strip()
        if not t or _SLASH_S.search(line.text):
            if not t:
                continue
            return None
        left, right = _sides(line.text, None if "\t" in raw else col)
        if right and not _DATE.match(right) and _RULE.match(left) and not is_person_name(right):
            title_parts.append(right)  # the capacity wrapped in its column
        if not left or _RULE.match(left):
            continue
        if left.endswith("*") or (right and not _DATE.match(right)):
            return None  # "Ann Lee*  and Director", "Ann Lee  Director": a row of its own, not a typed name
        name = left.strip(" ,*")
        if not is_person_name(name, allow_caps=True):
            return None
        title = clean_title(" ".join(title_parts))
        return Mention(clean_person_name(name), title, None, "signature", (seg.start, line.end), _role(title))
    return None


def _table_start(all_lines: Sequence[Segment], s: int) -> int:
    """The first line of the signature section an attorney's line `s` closes (at most `_BACK` lines up):
    its "SIGNATURES" heading, else the paragraph that introduces the table."""
    cue_at = None
    for j in range(s - 1, max(-1, s - _BACK), -1):
        t = all_lines[j].text
        if not ("ursuant" in t or "ollowing" in t or "IGNATURE" in t or "ignature" in t):
            continue
        m = _TABLE_START.search(t)
        if m is None:
            continue
        if not m.group().lower().startswith(("pursuant", "following")):
            return j + 1  # the heading
        cue_at = j + 1 if cue_at is None else cue_at
    return cue_at if cue_at is not None else max(0, s - _BACK)


def _stacked_row(all_lines: Sequence[Segment], i: int) -> Mention | None:
    """ "Jane Roe*" ⏎ "Trustee" ⏎ "Date: April 18, 2024": a starred name with its capacity below it."""
    m = _STACKED_NAME.match(all_lines[i].text)
    if m is None or not is_person_name(m.group("name"), allow_caps=True):
        return None
    for j in range(i + 1, min(len(all_lines), i + 3)):
        t = all_lines[j].text.strip()
        if not t:
            continue
        if "/" in t or t.endswith("*") or not t[:1].isupper() or not is_title(t, max_words=12):
            return None
        title = clean_title(_PAREN.sub("", t).strip() if "(" in t else t)
        span = (all_lines[i].start, all_lines[j].end)
        return Mention(clean_person_name(m.group("name")), title, None, "signature", span, _role(title))
    return None


def _starred_name_row(
    all_lines: Sequence[Segment], i: int, *, star: bool = True, spelled: str | None = None
) -> Mention | None:
    """ "Ann Lee*   Director   March 15, 1996": a typed name the attorney-in-fact signed for, marked "*".

    `spelled`: the name as the row writes it again below, "(Homer A. Neal)" under "Homer A Neal*".

    A long capacity may wrap above the row, the name centred in its cell (1994 Form 10-K):

                                Director and Vice Chairman
          Louis R. Ross*        and Chief Technical Officer    March 21, 1994
    """
    seg = all_lines[i]
    cells = _cells(seg)
    if len(cells) < 2 or star != cells[0].text.rstrip().endswith("*"):
        return None
    name = spelled or cells[0].text.strip().rstrip("* ").strip()
    if not is_person_name(name, allow_caps=True) or any(not _DATE.match(c.text.strip()) for c in cells[2:]):
        return None
    own = cells[1].text.strip()
    col = cells[1].start - seg.start
    above = _wrapped_above(all_lines, i, cells[0].end - seg.start)
    if above and not _open(" ".join(above)) and own[:1].isupper() and is_title(own, max_words=12):
        above = []  # a whole capacity of its own: the line above ends the row before
    parts = [*above, own]
    below, end = _wrapped_below(all_lines, i, col, " ".join(parts))
    title = " ".join([*parts, *below])
    if "(" in title:
        title = _PAREN.sub("", title).strip()  # "(principal executive officer)"
    title = _COMMITTEE_PART.sub(
        "", title
    )  # "..., Chairman of the Audit Committee": optional, and not the post
    if not title or not is_title(title, max_words=24) or not title[:1].isupper():
        return None
    title = clean_title(title)
    return Mention(clean_person_name(name), title, None, "signature", (seg.start, end), _role(title))


def _wrapped_below(all_lines: Sequence[Segment], i: int, col: int, title: str) -> tuple[list[str], int]:
    """The rest of a capacity wrapped below row i in its column (2002 Form 10-K):

         Carl E. Reichardt*                       Director, Chairman of
    -------------------------------                 the Finance Committee
          (Carl E. Reichardt)                       and Vice Chairman

    A line goes with the row while its left holds the row's rule or bracketed name, or while the
    capacity so far is open ("... and", "... of the"); a closed capacity above a blank left is the
    next row's, centred above its name.
    """
    parts: list[str] = []
    end = all_lines[i].end
    for j in range(i + 1, min(len(all_lines), i + 1 + _BELOW + 4)):
        raw = all_lines[j].text
        if not raw.strip() or "\t" in raw or "/" in raw:
            break
        left, right = raw[:col].strip(), raw[col:].strip()
        own = bool(left) and (_RULE.match(left) is not None or (left.startswith("(") and left.endswith(")")))
        if left and not own:
            break
        if not right or _DATE.match(right):
            continue
        if right.endswith("*") or not (own or _open(" ".join([title, *parts])) or _CLOSES.search(right)):
            break
        parts.append(_DATE_TAIL.sub("", right))
        end = all_lines[j].end
    return parts, end


def _wrapped_above(all_lines: Sequence[Segment], i: int, name_end: int) -> list[str]:
    """The start of a capacity wrapped above row i: lines right after each other, blank under the name."""
    parts: list[str] = []
    for j in range(i - 1, max(-1, i - 1 - _ABOVE), -1):
        raw = all_lines[j].text
        t = raw.strip()
        if not t or "\t" in raw or "/" in raw or "<" in raw or t.endswith("*") or raw[:name_end].strip():
            break
        if _DATE.match(t) or len(split_wide(all_lines[j], 3)) != 1:
            break
        parts.insert(0, t)
    return parts


def _sides(raw: str, col: int | None) -> tuple[str, str]:
    """A line cut where the title column starts (`col`, or at tabs): (signature side, title side)."""
    if col is None or "\t" in raw:
        first, _, rest = raw.partition("\t")
        return first.strip(), rest.strip()
    return raw[:col].strip(), raw[col:].strip()


def _role(title: str) -> str:
    role = role_for_title(title)
    return "signatory" if role in (None, "officer") else role


# --- directors who signed by attorney: "Jane Roe*   Director   March 21, 1994" ⏎ "(Jane Roe)" ---------

_STARRED = re.compile(r"^\s*(?P<name>[A-Z][^*\t]{3,50}?)\*{1,3}(?=\s{2,}|\t|\s*$)")
_PAREN_NAME = re.compile(r"^\s*\(([^()]{4,50})\)")
_RULE_CELL = re.compile(r"^\s*[-_=]{5,}")


def starred_signature_mentions(all_lines: Sequence[Segment]) -> Iterator[Mention]:
    """A "signature" mention per row of a signature table signed by attorney, each name marked "*".

    Old 10-Ks conform such a table without "/s/": the typed name with a star,
    the capacity beside it (wrapped above or below), the name again in
    brackets under it. A row counts only when that bracketed name follows,
    so a starred name in a list or footnote never reads as one; the row is
    read as any starred row is (`_starred_name_row`), whether or not the
    attorney's "/s/" line is found.
    """
    for i, seg in enumerate(all_lines):
        if "*" not in seg.text:
            continue
        m = _STARRED.match(seg.text)
        if m is None:
            continue
        name = m.group("name").strip()
        below = _bracketed_name(all_lines, i)
        if below is None or below.replace(".", "").split() != name.replace(".", "").split():
            continue
        person = below if is_person_name(below, allow_caps=True) else name
        row = _starred_name_row(all_lines, i, spelled=person)
        if row is not None:
            span = (seg.start, seg.end)
            yield Mention(row.name, row.title, None, "signature", span, role_for_title(row.title))


def _bracketed_name(all_lines: Sequence[Segment], i: int) -> str | None:
    """The "(Jane Roe)" a starred name has under it (a signature rule between them allowed)."""
    for k in range(i + 1, min(len(all_lines), i + 3)):
        m = _PAREN_NAME.match(all_lines[k].text)
        if m is not None:
            return " ".join(m.group(1).split())
        if not _RULE_CELL.match(all_lines[k].text):
            return None
    return None
