"""Address blocks of cover pages: the person to notify, as a name, a title and a company, one to a line.

Tender offers and registration statements name the person "authorized to
receive notices" and the counsel sent copies this way, alone or side by side
in a "Copies to:" table whose columns are blocks of their own. The company
line (or a street address, for the filer's own officer) is what makes three
lines a block, so running prose never qualifies; a biography's sentence in
the company's place is refused for the same reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from edgarkg.text.contact_lines import ESQUIRE, SIDE_BY_SIDE
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    OrgLexicon,
    clean_person_name,
    clean_title,
    find_org_names,
    has_legal_suffix,
    is_person_name,
    is_title,
    leading_person_name,
    role_for_title,
)
from edgarkg.text.sentences import Segment, lines

__all__ = ["stacked_mentions"]

_ESQUIRE_LEAD = re.compile(r"^,?\s*(?:Esq\.?|Esquire)(?=\s|$)")
# "Mr. Brown is the President ... of Delta Capital Corp.": a biography's sentence read as an organisation
# (a name, title, organisation stack whose third line is the biography); no organisation's name says so
_SENTENCE_ORG = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]|\s(?:is|was|has\s+been|have\s+been|serves|served|joined)\s+(?:the|a|an|as)\s"
)
_TITLE_WORD = re.compile(
    r"(?i)\b(?:president|officer|director|chairman|chair|secretary|treasurer|controller|counsel|manager|partner"
    r"|head|ceo|cfo|coo|trustee|administrator)\b"
)


def stacked_mentions(
    text: str, lexicon: OrgLexicon, all_lines: Sequence[Segment] | None = None
) -> Iterator[Mention]:
    """People written as an address block (`_stacked` and `_column_blocks`), never with a sentence
    in the company's place."""
    all_lines = list(lines(text)) if all_lines is None else all_lines
    for m in (*_stacked(all_lines, lexicon), *_column_blocks(all_lines, lexicon)):
        if m.org is None or not _SENTENCE_ORG.search(m.org):
            yield m


def _stacked(all_lines: Sequence[Segment], lexicon: OrgLexicon) -> Iterator[Mention]:
    """People written as an address block: a name, a title and a company, one to a line.

    Cover pages of tender offers and registration statements name the person
    "authorized to receive notices" this way ("Andrew Teno / President and
    Chief Executive Officer / Acme Enterprises L.P. / 100 Main Avenue");
    the block must stand alone (a blank or non-name line above it) and its
    third line be a company, so running prose never qualifies.
    """
    texts = [seg.text.strip() for seg in all_lines]
    for i in range(len(texts) - 2):
        first, second, third = texts[i], texts[i + 1], texts[i + 2]
        if not (first[:1].isupper() and len(first) <= 60 and len(third) <= 100 and len(second) <= 120):
            continue  # the quick test
        if not _TITLE_WORD.search(second) or SIDE_BY_SIDE.search(" ".join((first, second, third))):
            continue  # side by side blocks are the contact reader's
        if i and texts[i - 1] and not texts[i - 1].endswith(":") and ESQUIRE.sub("", first) == first:
            continue  # a line of prose above: not a block of its own
        name = ESQUIRE.sub("", first)
        if not is_person_name(name) or not is_title(second) or is_person_name(second):
            continue
        org: str | None = third
        if _ADDRESS.match(third):
            if _FIRM_TITLE.search(second):
                continue
            org = None  # "Jane Roe, Esq. ⏎ Chief Legal Officer ⏎ 1 Main Street": the filer's own officer
        elif not (has_legal_suffix(third) or lexicon.knows(third)) or is_title(third):
            continue
        title = clean_title(second)
        span = (all_lines[i].start, all_lines[i + 2].end)
        yield Mention(clean_person_name(name), title, org, "contact", span, role_for_title(title))


# A street address's first words: "220 South King Street", "3 Garret Mountain Plaza", "P.O. Box 12".
_ADDRESS = re.compile(
    r"^(?:\d+[A-Za-z]?(?:-\d+)?|One|Two|Three)\s+(?:[A-Z][\w.'’-]*\s+){0,4}?"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard|Blvd\.?|Plaza|Place|Lane|Way|Parkway|Court"
    r"|Circle|Square|Center|Centre|Highway|Pike|Terrace|Broadway)(?!\w)"
    r"|^P\.?\s?O\.?\s+Box\b"
)
# A law firm's titles: a partner's block names the firm, so one without a company is not the filer's
_FIRM_TITLE = re.compile(r"(?i)\b(?:partner|associate|attorney|of\s+counsel)\b")
_ZERO_WIDTH = " \u200b\ufeff\xa0"
_TABLE_ROWS = 14  # rows of a cover's "Copies to:" table read as columns


def _column_blocks(all_lines: Sequence[Segment], lexicon: OrgLexicon) -> Iterator[Mention]:
    """The address blocks of a "Copies to:" table, one to a column (an HTML table read row by row):

        John Smith, Esq.        Mary Major
        Goodwin Procter LLP     General Counsel
        100 Northern Avenue     Acme Therapeutics, Inc.

    Each column is read as a block of its own: a name, a title and a company on three rows.
    """
    for i, seg in enumerate(all_lines):
        if "opies to" not in seg.text and "OPIES TO" not in seg.text:
            continue
        rows: list[list[Segment]] = []
        for row in all_lines[i + 1 : i + 1 + _TABLE_ROWS]:
            if "\t" not in row.text:
                if rows or row.text.strip(_ZERO_WIDTH):
                    break
                continue
            rows.append(_tab_cells(row))
        for cell in (c for r in rows for c in r if len(c.text) > 30):
            found = _one_cell_block(cell, lexicon)  # the block in one cell, its line breaks lost
            if found is not None:
                yield found
        for k in range(max((len(r) for r in rows), default=0)):
            column = [r[k] for r in rows if k < len(r) and r[k].text]
            for a, b, c in zip(column, column[1:], column[2:], strict=False):
                name = ESQUIRE.sub("", a.text)
                if not is_person_name(name) or not is_title(b.text) or is_person_name(b.text):
                    continue
                if not (has_legal_suffix(c.text) or lexicon.knows(c.text)) or is_title(c.text):
                    continue
                title = clean_title(b.text)
                yield Mention(
                    clean_person_name(name), title, c.text, "contact", (a.start, c.end), role_for_title(title)
                )
                break


_HEAD_WORD = re.compile(
    r"(?i)^(?:president|officer|director|chairman|chair|secretary|treasurer|controller|counsel|manager|ceo|cfo|coo)$"
)


def _one_cell_block(cell: Segment, lexicon: OrgLexicon) -> Mention | None:
    """ "Jane Roe, Esq. General Counsel Acme Inc. 1 Main Street ...": name, title and company run together.

    The title ends at its last head word (Counsel, Officer, ...) right before a company's name.
    """
    t = cell.text
    end = leading_person_name(t)
    if end is None:
        return None
    name = ESQUIRE.sub("", t[:end].strip(" ,"))
    rest = _ESQUIRE_LEAD.sub("", t[end:]).strip(" ,")
    words = rest.split()[:16]
    for k in range(len(words) - 1, 0, -1):
        if not _HEAD_WORD.match(words[k - 1].strip(",")):
            continue
        title = " ".join(words[:k]).strip(" ,")
        after = " ".join(words[k:]).lstrip(" ,")
        if _ADDRESS.match(after) and not _FIRM_TITLE.search(title):
            if not is_title(title) or is_person_name(title):
                continue
            # "Jane Roe, Esq. Chief Legal Officer 3 Main Plaza ...": no company, the filer's own officer
            t = clean_title(title)
            return Mention(
                clean_person_name(name), t, None, "contact", (cell.start, cell.end), role_for_title(t)
            )
        spans = find_org_names(after)
        if not spans or spans[0][0] != 0 or not is_title(title) or is_person_name(title):
            continue
        org = after[: spans[0][1]]
        if is_title(org) or lexicon.knows(title):
            continue
        a = cell.start
        return Mention(
            clean_person_name(name), clean_title(title), org, "contact", (a, cell.end), role_for_title(title)
        )
    return None


def _tab_cells(row: Segment) -> list[Segment]:
    """The cells of a tab-separated row, empty ones kept so that columns stay in place."""
    out: list[Segment] = []
    pos = row.start
    for part in row.text.split("\t"):
        t = part.strip(_ZERO_WIDTH)
        a = pos + (part.find(t) if t else 0)
        out.append(Segment(t, a, a + len(t)))
        pos += len(part) + 1
    return out
