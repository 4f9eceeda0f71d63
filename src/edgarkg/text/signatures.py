"""Signature blocks: who signed, with what title, for which registrant.

Every EDGAR form ends with one; the shapes vary but the parts do not:

    XYZCO PLC                                  ← registrant line(s)
    Date: 17 November, 2003     By: /s/ Jane R. Roe
                                    JANE R. ROE          ← typed name
                                    Assistant Secretary  ← title (may wrap)

or "Name: ... Title: ..." lines, or a table row "/s/ X | title | date" whose
title wraps inside its column (plain text) or sits in the next cell (HTML).
A block lists several registrants when one filing is made by a group; each
of them gets a position. Auditors' consents ("/s/ Smith & Jones LLP") are
not people and are skipped. Old plain-text tables may group their rows with a
")" bracket column (one date for all), read as if it were not there; a
foreign filer's "Authorized Representative in the United States" signs for
the company printed under its row, which is no registrant of the filing.
A capacity that names a post at another company is split by `outside_titles`;
the marks and labels come from `signature_marks`, the registrants a block
signs for from `signature_registrants`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.columns import split_tabs, split_wide
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    CAPS_PERSON_NAME,
    PERSON_NAME,
    OrgLexicon,
    clean_person_name,
    clean_title,
    ends_with_title_head,
    has_legal_suffix,
    is_person_name,
    is_title,
    leading_person_name,
    role_for_title,
    surname,
)
from edgarkg.text.outside_titles import corporate, outside_title_split
from edgarkg.text.sentences import Segment, lines
from edgarkg.text.signature_marks import (
    BRACKET_TAIL,
    BY,
    MARKUP,
    REGISTRANT_LABEL,
    REPRESENTATIVE,
    RULE,
    SLASH_S,
    STRIP,
    person_then_title,
    slash_s,
    unbracketed,
)
from edgarkg.text.signature_registrants import (
    entity_below,
    first_org_line_start,
    registrants_above,
    registrants_left,
)

__all__ = ["signature_mentions", "text_grid_columns"]


_NAME_LABEL = re.compile(r"^\s*(?:By:?\s*)?Name\s*:\s*(?P<v>.*)$", re.I)
_TITLE_LABEL = re.compile(r"^\s*(?:Title|Its|Capacity)\s*:\s*(?P<v>.*)$", re.I)
_INLINE_TITLE = re.compile(r"(?:^|\s)(?:Title|Its)\s*:\s*(?P<v>[^\t\u200b:]+?)\s*(?:\u200b|$)")
_DATE_CELL = re.compile(
    r"^(?:Date[d]?\s*:?.*|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},?\s*\d{4}|\d{1,2}\s+\w+,?\s+\d{4}|[\d/.-]+)$",
    re.I,
)
# Capacities the forms ask a signer to state: "(Principal Executive Officer)", and Regulation AB's
# "(Senior officer in charge of securitization of the depositor)".
_CAPACITY = re.compile(
    r"^\(?\s*(?:Principal\s+(?:Executive|Financial|Accounting)\s+Officer|Senior\s+officer\s+in\s+charge\s+of"
    r"\s+securiti[sz]ation)[\w\s,]*\)?:?$",
    re.I,
)


def signature_mentions(
    text: str, lexicon: OrgLexicon, all_lines: Sequence[Segment] | None = None
) -> Iterator[Mention]:
    """A mention per signer and registrant in `text` (`all_lines`: its lines, if already cut)."""
    all_lines = list(lines(text)) if all_lines is None else all_lines
    done: set[int] = set()
    last_orgs: list[str] | None = None
    last_line = -100
    bracketed = False
    for i in range(len(all_lines)):
        line = all_lines[i]
        if i in done:
            continue
        if not bracketed and ")" in line.text and slash_s(line.text) and BRACKET_TAIL.search(line.text):
            all_lines, bracketed = unbracketed(all_lines), True  # an old table's ")" column: read without it
            line = all_lines[i]
        if len(line.text) < 60 and _BY_ORDER.match(line.text):
            order = _by_order(all_lines, i)
            if order is not None:
                yield order
            continue
        m = slash_s(line.text)
        if m and text_grid_columns(line.text):
            continue  # signatures side by side: `signature_columns` reads them column by column
        if m and SLASH_S.search(line.text.split("\t", 1)[0], m.end()):
            continue  # signatures stacked in one cell: `stacked_signatures` pairs them with their titles
        if m and i and _stacked_marks(all_lines[i - 1].text, line.text):
            continue  # a grid's marks one per line: the lines below are the whole row's, read by columns
        named = None if m else _NAME_LABEL.match(line.text)
        if not m and not (named and _has_title_label(all_lines, i)):
            continue
        if m:
            name_cell, rest_cells = _name_after_slash(line, m.end())
        else:
            v = named.group("v").strip(STRIP) if named else ""
            name_cell, rest_cells = (v or None), []
        if not name_cell:
            continue
        name = _dedupe_repeat(name_cell.strip(STRIP + "*"))  # "/s/ JANE ROE*": signed by the attorney
        if has_legal_suffix(name) or not is_person_name(name, allow_caps=True):
            continue
        title_parts, typed, used, labelled, capacity_org = _title_and_typed_name(
            all_lines, i, line, rest_cells, name
        )
        done.update(used)
        title = clean_title(" ".join(title_parts)) if title_parts else ""
        if not title or not (_signer_title(title, max_words=24) or labelled and _plain_label(title)):
            continue
        acting = capacity_org or _acting_for(all_lines, i)
        if not acting and REPRESENTATIVE.fullmatch(title):
            acting = entity_below(all_lines, i, used)
        orgs = (
            [acting]
            if acting
            else registrants_left(line, lexicon) or registrants_above(all_lines, i, lexicon)
        )
        if orgs is None:  # ran into the previous signature: same registrant(s)
            orgs = last_orgs if (last_orgs is not None and i - last_line < 40) else []
        elif not orgs and last_orgs and i - last_line < 40 and _persons_sign(all_lines, last_line, i):
            orgs = last_orgs  # "... signed below by the following persons": the registrant just signed for
        last_orgs, last_line = orgs, i
        display = clean_person_name(typed or name)
        end = max([all_lines[j].end for j in used] + [line.end])
        start = line.start
        if orgs:
            start = min(start, first_org_line_start(all_lines, i, orgs))
        role = role_for_title(title)
        if role in (None, "officer"):
            role = "signatory"
        for org in orgs or [None]:
            org = _PAGE_CAPTION.sub("", org) if org else org  # "Signature Page to Acme Inc. Form 10-K"
            yield from outside_title_split(Mention(display, title, org, "signature", (start, end), role))


def _stacked_marks(above: str, here: str) -> bool:
    """Two one-cell lines that are both bare signatures ("/s/ Jane Roe" ⏎ "/s/ John Doe")."""
    if "\t" in above or "\t" in here or not above.lstrip().lower().startswith("/s/"):
        return False
    return here.lstrip().lower().startswith("/s/")


_PERSONS_SIGNED = re.compile(r"(?i)\bsigned\s[^.;]{0,80}?\bby\s+the\s+following\s+persons")


def _persons_sign(all_lines: Sequence[Segment], a: int, b: int) -> bool:
    """True when a "signed below by the following persons" paragraph lies between lines a and b."""
    return any(
        "following persons" in ln.text and _PERSONS_SIGNED.search(ln.text) for ln in all_lines[a + 1 : b]
    )


_PAGE_CAPTION = re.compile(r"^(?:signature\s+pages?\s+(?:to|of|for)\s+(?:the\s+)?)", re.I)


# "By: ACME FUND MANAGERS, INC., its General Partner": the signer acts for the partner, not the fund.
_ACTING = re.compile(
    r"(?i)^\s*By\s*:?\s*(?P<org>[^/\t]{3,120}?),?\s+(?:not\s+in\s+its\s+individual\s+capacity\s*,?\s+but\s+solely\s+as\s+"
    r"|its\s+|as\s+)?(?:the\s+)?(?:sole\s+)?(?:(?:owner|indenture|statutory|delaware|securities|master)\s+)?"
    r"(?:general\s+partner|managing\s+member|manager|managing\s+owner|trustee|sponsor|investment\s+adviser"
    r"|servicer|administrator|depositor)\s*[.,]?\s*$"
)
# "    its general partner": the capacity wrapped under its company's line
_ACTING_TAIL = re.compile(r"(?i)^\s*(?:its|as|not\s+in\s+its|solely\s+as)\b")


def _acting_for(all_lines: Sequence[Segment], i: int) -> str | None:
    """The company named by a "By: <company>, General Partner" line just above signature line i
    (its capacity may wrap to a line of its own: "By: Acme GP, LLC," ⏎ "its general partner")."""
    above = [all_lines[j].text for j in range(i - 1, max(-1, i - 5), -1) if all_lines[j].text.strip()][:2]
    if not above:
        return None
    t = above[0]
    if len(above) == 2 and _ACTING_TAIL.match(t):
        t = f"{above[1].rstrip()} {t.strip()}"
    m = _ACTING.match(t) if "y" in t[:6] else None
    org = m.group("org").strip(STRIP) if m else ""
    return org if org and corporate(org) else None


_BY_ORDER = re.compile(
    r"(?i)^\s*by\s+(?:the\s+)?order\s+of\s+the\s+board(?:\s+of\s+(?:directors|trustees))?\s*[,:]?\s*$"
)


def _by_order(all_lines: Sequence[Segment], i: int) -> Mention | None:
    """ "By order of the Board of Directors, ⏎ Jane Roe ⏎ Secretary": a notice's unsigned sign-off."""
    found: list[tuple[Segment, str]] = []
    for line in all_lines[i + 1 : i + 8]:
        t = SLASH_S.sub("", line.text).strip(STRIP)
        if not t:
            continue
        found.append((line, t))
        if len(found) == 2:
            break
    if len(found) < 2:
        return None
    (_, name), (last, title) = found
    if not is_person_name(name, allow_caps=True) or not _signer_title(title, max_words=8):
        return None
    t = clean_title(title)
    role = role_for_title(t)
    return Mention(clean_person_name(name), t, None, "signature", (all_lines[i].start, last.end), role)


def _has_title_label(all_lines: Sequence[Segment], i: int) -> bool:
    return any(_TITLE_LABEL.match(all_lines[j].text) for j in range(i + 1, min(i + 3, len(all_lines))))


def _name_after_slash(line: Segment, pos: int) -> tuple[str | None, list[Segment]]:
    """The signer's name after "/s/" and the cells that follow it on the line.

    A cell holding more than the name ("William E. Shea William E. Shea Senior Vice President")
    is split: the name, its typed repeat, and the rest as a title cell.
    """
    rest = Segment(line.text[pos:], line.start + pos, line.end)
    cells = split_tabs(rest) if "\t" in rest.text else split_wide(rest)
    if not cells:
        return None, []
    first = cells[0]
    name = re.sub(r"_+", " ", first.text).strip(STRIP)
    if is_person_name(_dedupe_repeat(name), allow_caps=True):
        return name, cells[1:]
    end = leading_person_name(first.text, allow_caps=True)
    start = 0
    if end is None:
        typed = _typed_after_signature(first.text)
        if typed is None:
            return name or None, cells[1:]
        start, end = typed
    signer = first.text[start:end]
    again = re.match(r"\s*" + re.escape(signer), first.text[end:], re.I)
    if again:
        end += again.end()
    remainder = first.text[end:]
    lead = len(remainder) - len(remainder.lstrip(STRIP))
    extra = Segment(remainder.strip(STRIP), first.start + end + lead, first.end)
    return signer, ([extra] if extra.text else []) + cells[1:]


def _typed_after_signature(cell: str) -> tuple[int, int] | None:
    """The typed name after a signature the name rules cannot read.

    "RICHARD L DOBSON, M.D. Richard L. Dobson": the typed name is mixed case
    and its family name is the signature's.
    """
    for m in re.finditer(r"(?<=\s)[A-Z][a-z]", cell):
        a = m.start()
        length = leading_person_name(cell[a:])
        if length is not None and surname(cell[a : a + length]).casefold() in cell[:a].casefold():
            return a, a + length
    return None


def _dedupe_repeat(name: str) -> str:
    """One name from "John A. Smith John A. Smith" (signature and typed name in one cell)."""
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _title_and_typed_name(
    all_lines: Sequence[Segment], i: int, line: Segment, rest_cells: list[Segment], name: str
) -> tuple[list[str], str | None, list[int], bool, str | None]:
    """Title text (possibly wrapped over several lines), the typed name below the signature, the
    lines used, whether the title was labelled ("Title: Authorized Representative"), and the
    company the capacity column names after the title ("Chairman, ⏎ Acme Fund Managers, Inc.")."""
    labelled = False
    capacity_org: str | None = None
    title: list[str] = []
    typed: str | None = None
    used: list[int] = []
    column: tuple[int, int] | None = None
    for cell in rest_cells:
        t = cell.text.strip(STRIP)
        if _DATE_CELL.match(t) or not t:
            continue
        inline = _INLINE_TITLE.search(t)
        labelled_title = inline.group("v").strip(STRIP + "\u200b") if inline else ""
        if labelled_title:  # "Name: Jane Roe Title: Treasurer" in one cell
            title, labelled = [labelled_title], True
            break
        if _signer_title(_unparen(t), max_words=24) or title:
            title.append(_unparen(t) + ("," if cell.text.rstrip().endswith(",") else ""))  # still open
            at = cell.start - line.start
            if "\t" not in line.text and line.text[max(0, at - 2) : at] == "  ":  # a column of a text table
                a = cell.start - line.start
                nxt = [c.start - line.start for c in rest_cells if c.start > cell.start]
                column = (a, nxt[0] if nxt else 10_000)
            break
    blank_run = 0
    for j in range(i + 1, min(i + 12, len(all_lines))):
        raw = all_lines[j].text
        t = raw.strip()
        if slash_s(raw) or BY.match(raw) or (_NAME_LABEL.match(raw) and typed):
            break
        if not t or MARKUP.match(raw):
            blank_run += 1
            if column is not None or title or blank_run > 2:
                break
            continue
        blank_run = 0
        used.append(j)
        if column is not None:  # a wrapped title inside its table column
            a, b = column
            piece = raw[a:b].strip() if len(raw) > a else ""
            left = raw[:a].strip(" -_=")
            if piece and not _DATE_CELL.match(piece):
                inner = _unparen(piece)
                if inner != piece and title and is_title(inner, max_words=8) and not _CAPACITY.match(piece):
                    # "Chairman of the Board ⏎ (Chief Executive Officer)": a second post, not a remark
                    title[-1] = title[-1].rstrip(" ,") + ","
                    piece = inner
                title.append(piece)
            if left and is_person_name(left, allow_caps=True) and _same_person(left, name):
                typed = left
            continue
        lab = _TITLE_LABEL.match(raw)
        if lab:
            title = [lab.group("v").strip(STRIP)]
            labelled = True
            continue
        nm = _NAME_LABEL.match(raw)
        if nm:
            v = nm.group("v").strip(STRIP)
            if v and _same_person(v, name):
                typed = v
            continue
        if RULE.match(raw):
            continue
        cells = split_tabs(all_lines[j]) if "\t" in raw else [all_lines[j]]
        if len(cells) > 1 and BY.match(cells[0].text):
            cells = cells[1:]  # "By:<TAB>Jane Roe" ⏎ "Its:<TAB>President": the label in a cell of its own
        t = cells[0].text.strip(STRIP)
        found = _typed_name(t, name) if typed is None else None
        if found is not None:  # "Jane R. Roe", "Date: March 30, 2021 John A. Smith, Senior Vice President"
            a, b = found
            typed = t[a:b]
            rest = t[b:].strip(STRIP)
            if rest and _signer_title(_unparen(rest), max_words=24) and not title:
                title.append(_unparen(rest))
            for c in cells[1:]:
                if _signer_title(_unparen(c.text), max_words=24) and not title:
                    title.append(_unparen(c.text))
                    break
                if (
                    title
                    and (not ends_with_title_head(title[-1]) or _OPEN_END.search(title[-1]))
                    and _signer_title(_DANGLING.sub("", c.text.strip(STRIP)).strip(), max_words=12)
                    and not _NAMED_CELL.match(c.text.strip())  # the next signer's "Jane Roe, Director"
                    and not person_then_title(c.text)  # the next signer's "Jane Roe Director"
                ):
                    title.append(c.text.strip(STRIP))  # "President and ⏎ Director": wrapped in its column
                    break
                if (
                    title and has_legal_suffix(c.text.strip(STRIP)) and not person_then_title(c.text)
                ):  # the company under the title
                    capacity_org = c.text.strip(STRIP)
                    break
            continue
        if _DATE_CELL.match(t):
            if title:
                break
            continue
        if has_legal_suffix(t) or REGISTRANT_LABEL.match(t):
            break  # the next registrant of a multi-registrant page
        finished = title and ends_with_title_head(title[-1]) and not _OPEN_END.search(title[-1])
        if finished and _CAPACITY.match(t):
            continue  # "(Principal Executive Officer)": the capacity the signer signs in
        if finished and not re.match(r"(?:and|&|,)\s|[a-z]", t):
            if _signer_title(_unparen(t), max_words=12):  # titles stacked a line each
                title[-1] = title[-1].rstrip(" ,") + ","
                title.append(_unparen(t))
                continue
            break
        if _signer_title(_unparen(t), max_words=24) or (title and _continues(t)):
            title.append(_unparen(t))
            continue
        if title and _DANGLING.search(title[-1]) and _continues(t.rstrip(".")):
            title.append(t.rstrip("."))  # "Member of the ⏎ Executive Board.": the line ends the title
            break
        break
    return title, typed, used, labelled, capacity_org


_DANGLING = re.compile(r"(?i)\b(?:of|the|and|for|to)$|[,&]$")
# "Chairman of the Board and Chief Executive ⏎ Officer": a line that ends inside a title, however it reads
_OPEN_END = re.compile(
    r"(?i)(?:\b(?:chief|executive|vice|senior|assistant|general|financial|operating|accounting|principal)|[,&])\s*$"
)


# "Mary Brown, Attorney-in-fact": the capacity an attorney signs in for the people marked "*".
_ATTORNEY = re.compile(r"(?i)(?:as\s+)?attorney[\s-]+in[\s-]+fact")


def _signer_title(t: str, *, max_words: int = 16) -> bool:
    """A title a signer signs in: a job title, attorney-in-fact, or authorized representative."""
    bare = t.strip(STRIP + ".")
    return is_title(t, max_words=max_words) or bool(
        _ATTORNEY.fullmatch(bare) or REPRESENTATIVE.fullmatch(bare)
    )


def _plain_label(title: str) -> bool:
    """A labelled title needs no title word ("Authorized Representative"), only to look like a phrase."""
    return 0 < len(title.split()) <= 12 and not re.search(r"\d|@|:", title)


_NAMED_CELL = re.compile(rf"(?:{PERSON_NAME}|{CAPS_PERSON_NAME}),")
_TYPED = re.compile(rf"(?<![\w.])(?:{PERSON_NAME}|{CAPS_PERSON_NAME})(?=,|\s|$)")


def _typed_name(t: str, name: str) -> tuple[int, int] | None:
    """Span of the signer's typed name in line `t` (the same name, or one with the same family name)."""
    at = t.casefold().find(name.casefold())
    if at >= 0 and (at == 0 or not t[at - 1].isalnum()):
        return at, at + len(name)
    for m in _TYPED.finditer(t):
        cand = m.group()
        if is_person_name(cand, allow_caps=True) and surname(cand).casefold() == surname(name).casefold():
            return m.start(), m.end()
    return None


def _unparen(s: str) -> str:
    s = s.strip()
    return s[1:-1] if s.startswith("(") and s.endswith(")") else s


def _continues(t: str) -> bool:
    """A wrapped title line: short, no digits, no sentence punctuation."""
    return len(t.split()) <= 8 and not re.search(r"\d|@|:", t) and not t.endswith(".")


# "/s/ JOHN A. SMITH        /s/ MARY JONES": two signatures side by side on a plain-text line
_TEXT_MARKS = re.compile(r"(?i)(?:^|\s{3,})(/s/)")


def text_grid_columns(t: str) -> list[int]:
    """Where each signature of a plain-text grid line starts; [] for a line with one signature."""
    if "\t" in t or t.lower().count("/s/") < 2:
        return []
    cols = [m.start(1) for m in _TEXT_MARKS.finditer(t)]
    return cols if len(cols) >= 2 else []
