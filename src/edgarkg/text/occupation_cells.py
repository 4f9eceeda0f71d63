"""Outside posts told in the occupation cells of biographical tables.

Fund documents and small issuers' 10-Ks give each director a table row
whose "Principal Occupation(s) During Past 5 Years" (or "Business
Experience", "Other Directorships Held") cell is a short biography::

    Michael Guttau,   Series A   Term expires   Chairman, Council of Federal Home Loan Banks, ...;
    62                Director   2011, ...      since 1972, various positions with Treynor State
                                                Bank, currently CEO and Chairman of the Board; ...

    Jerome D. Abernathy ... 1959 <tab> Trustee <tab> ... <tab> Stonebrook Capital Management, LLC
    (financial technology ...)—Managing Member (1993-Present) <tab> None

In a plain-text table the cell runs over many lines; its column is rebuilt
from the character columns of the rule under the header (or the gutters of
the rows). In an HTML table (tab-separated cells in the reading text) each row
is one line. A row's person is the name its first cell opens with; the cell
is cut into items at semicolons and sentence ends, and an item is a current
post when nothing closes it: "(2008-present)", "since 1989", "currently ..."
or no date at all; "from 2003 to 2006", "(2004-2007)", "1995-1999" are past.
The title/organisation split is `edgarkg.text.employers.split_title_org`;
the posts the roster reader already reads merge with these downstream.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from edgarkg.text.columns import cut, gutters, html_columns, split_tabs
from edgarkg.text.employers import split_title_org
from edgarkg.text.mentions import Mention
from edgarkg.text.names import (
    clean_person_name,
    clean_title,
    has_legal_suffix,
    is_org_name,
    is_person_name,
    is_title,
    leading_person_name,
    role_for_title,
)
from edgarkg.text.sentences import Segment

SourceOffset = Callable[[int], int]

__all__ = ["current_posts", "occupation_cell_mentions", "other_boards"]

# The heading of a biography column: what the row's person does (or did) outside the company; a 20-F
# writes "Principal Business Activities and Other Principal Directorships" or "Present Occupation".
_OCCUPATION_HEAD = re.compile(
    r"(?i)\b(?:principal\s+occupations?(?:\(s\))?|business\s+experience|other\s+directorships"
    r"|principal\s+business\s+activities|(?:present|current)\s+occupations?)\b"
)
_PAST_HEAD = re.compile(
    r"(?i)^(?:other|prior|previous|former|past)\s+(?:business|principal|occupation|employment)"
)
_BOARDS_HEAD = re.compile(r"(?i)^other\s+(?:public\s+company\s+)?directorships")
_NAME_HEAD = re.compile(r"(?i)^name\b")
_RULE = re.compile(r"-{3,}|={3,}|_{3,}")
_HEADER_WORDS = re.compile(r"(?i)\bduring\s+(?:the\s+)?past\b|\bheld\s+with\b|^name\b|\bterm\s+of\s+office\b")
_PAGE_LINE = re.compile(r"\d{1,3}|[-=_\s]+|</?\w+>")
_MAX_ROWS = 300  # lines of one table

# --- currency of an item --------------------------------------------------------------------

_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_OPEN_RANGE = re.compile(
    rf"(?i)\(\s*(?:since\s+)?(?:{_MONTH}\s+)?{_YEAR}\s*(?:-|–|—|to)\s*(?:present|current|date)\s*\)"
)
_CLOSED_RANGE = re.compile(
    rf"(?i)\b{_YEAR}\s*(?:-|–|—|to|through|until)\s*(?:{_MONTH}\s+)?{_YEAR}\b"
    rf"|\b(?:until|formerly|former|retired|prior)\b|\((?:{_MONTH}\s+)?{_YEAR}\)"
)
_SINCE_TAIL = re.compile(
    rf"(?i),?\s*\(?\s*(?:since|effective)\s+(?:{_MONTH}\s+)?(?:\d{{1,2}},\s*)?{_YEAR}\s*\)?\.?$"
)
# "various positions with Acme Bank ..., currently CEO and Chairman of the Board"
_CURRENTLY = re.compile(
    r"(?i)\b(?:various\s+)?(?:positions|capacities|roles)\s+(?:with|at)\s+(?P<org>[A-Z][^,;]*?(?:,\s*(?:Inc|Corp|LLC|L\.L\.C|Ltd|Co|N\.A)\.?)?)"
    r"(?:\s+for\s+[^,;]*)?,\s+(?:most\s+recently|currently|presently|now)\s+(?:as\s+)?(?P<title>.+)$"
)
# Where a cell's items end: semicolons and sentence ends (not the dot of "Inc." or an initial).
_SENTENCE_END = re.compile(r"(\S+)\.\s+(?=[A-Z])")
_ABBREVIATIONS = frozenset(
    {"Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Mr", "Ms", "Mrs", "Dr", "St", "No", "Bros", "P.C", "P.A", "L.P"}
)
_DESCRIPTION = re.compile(r"\s*\((?![^()]*\d)[^()]*\)")  # "(marketer of chemicals)": no date inside
_NOTE_DIGIT = re.compile(r"(?<=[a-z.])\d{1,2}(?=\s|$|\()")  # "Macquarie Asset Management3": a note mark
_DASH = re.compile(r"\s*(?:—|–|--)\s*")
_LINKS = frozenset({"of", "and", "&", "the", "for", "de", "du", "on", "in"})


_DATED = re.compile(r"(?i)\b(?:since|effective|present|currently|presently|now)\b|\d{4}")
# Where one item of a cell ends: a semicolon, a colon before the next title, or the comma after a date
# ("President of Acme Inc. since August 2014, Director of Globex Corp. from 2014 to 2016").
_ITEM_SEP = re.compile(r";|:\s+(?=[A-Z])|(?<=\d{4}),\s+(?=[A-Z])")
# "..., 2003 to present", "... September 2011 to present", "from March 2004 to Present focusing on ...":
# an open range closing an item, with no brackets; what follows it in lower case describes the post.
_TO_PRESENT = re.compile(
    rf"(?i),?\s+(?:from\s+|since\s+)?(?:{_MONTH},?\s+)?(?:\d{{1,2}},\s*)?{_YEAR}\s*(?:to|-|–|—|through)\s*"
    r"(?:the\s+)?(?:present|date|current)\b\.?(?=\s+[a-z]|$)"
)
# "President of Acme Ltd., and a former judge of ...": the former post after the current one
_AND_FORMER = re.compile(r"(?i),?\s+and\s+(?:is\s+)?(?:also\s+)?(?:an?\s+|the\s+)?former\b.*$")
# "<Name> presently is Chairman for Acme, Inc. and President at Globex Ltd.": the posts after "is"
_NOW_IS = re.compile(r"\s+(?:(?:presently|currently|now)\s+)?(?:is|serves\s+as)\s+(?:also\s+)?(?=[A-Z])")
_PRONOUN = frozenset({"He", "She"})
# "Title at/for/of/with Organisation": where a post's organisation begins
_LINK = re.compile(r"\s(?:at|for|of|with)\s")
_OTHER_LINK = re.compile(r"\s(?:at|for|with)\s")  # "Director at Acme LLC and President for ...": two posts
_RUN_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# posts is_title does not know: "Owner", "Sole Proprietor", "Senior Principal" (of a law firm)
_OWNER = re.compile(r"(?i)^(?:co-?)?owner$|^(?:sole\s+)?proprietor$|^(?:senior\s+|managing\s+)?principal$")
# "..., LLC, a company that owns 69% of ...", "..., P.C., a public accounting firm": the description after
# a name with a legal suffix
_APPOSITIVE = re.compile(r",\s+an?\s+(?=[a-z])[^;]*$")
# "at the law firm Acme LLP", "of the CPA firm of Roe, P.C.": the kind of business before its name
_KIND_OF = re.compile(
    r"\b(at|of|with|for)\s+the\s+(?:[\w&-]+\s+){0,3}?(?:firm|company|bank|partnership|practice)(?:\s+of)?\s+(?=[A-Z])"
)


def current_posts(cell: str) -> list[tuple[str, str]]:
    """The current (title, organisation) posts an occupation cell states, in order, without repeats."""
    text = _NOTE_DIGIT.sub("", _DESCRIPTION.sub("", " ".join(cell.split())))
    out: list[tuple[str, str]] = []
    items = [_trimmed(item) for sentence in _sentences(text) for item in _ITEM_SEP.split(sentence)]
    for k, item in enumerate(items):
        # past the first item an undated post may be an old one ("Other Business Experience")
        if k and not _DATED.search(item):
            continue
        for post in _item_posts(item):
            if post not in out:
                out.append(post)
    return out


def _sentences(text: str) -> Iterator[str]:
    """`text` cut at sentence ends: not after "Inc." or "Mr." or an initial ("D.C.", "J.")."""
    a = 0
    for m in _SENTENCE_END.finditer(text):
        word = m.group(1).rsplit(".", 1)[-1]
        if word in _ABBREVIATIONS or len(word) == 1 and word.isupper():
            continue
        yield text[a : m.end(1) + 1]
        a = m.end()
    yield text[a:]


def _trimmed(item: str) -> str:
    """An item without its edge punctuation, the dot of a closing "Inc." kept."""
    item = item.strip(" ,")
    if item.endswith("."):
        words = item[:-1].split()
        if not words or words[-1] not in _ABBREVIATIONS:
            item = item[:-1].rstrip(" ,")
    return item


def _item_posts(item: str) -> Iterator[tuple[str, str]]:
    if not item or len(item) > 400:
        return
    item = _AND_FORMER.sub("", item)
    if ", a" in item:
        cut = _APPOSITIVE.search(item)
        if cut is not None and has_legal_suffix(item[: cut.start()]):
            item = item[: cut.start()]
    if " the " in item:
        item = _KIND_OF.sub(r"\1 ", item)
    now = _posts_after_is(item)
    if now is not None:
        yield from now
        return
    dated = _TO_PRESENT.search(item)
    if dated is not None:  # "Chief Financial Officer of Acme Corp., September 2011 to present"
        yield from _post_run(item[: dated.start()].strip(" ,"), dated=True)
        return
    m = _CURRENTLY.search(item)
    if m is not None:
        title = clean_title(_SINCE_TAIL.sub("", m.group("title")).strip(" .,"))
        org = m.group("org").strip(" ,")
        if is_title(title.split(",")[0], max_words=12) and _org_like(org):
            yield title, org
        return
    if "—" in item or "--" in item or " – " in item:  # fund style: "Acme LLC (1993-Present)—Managing Member"
        yield from _org_dash_titles(item)
        return
    if _OPEN_RANGE.search(item):  # "Chairman (2008-present), Vice Chairman (2004-2007), Acme Bank"
        yield from _dated_titles(item)
        return
    # "Secretary-Treasurer, Acme Council since 2004 - President since June 2008": a later title there
    later = None
    parts = re.split(r"\s+-\s+(?=[A-Z])", item, maxsplit=1)
    if len(parts) == 2 and is_title(_SINCE_TAIL.sub("", parts[1]).strip(" ,."), max_words=6):
        item, later = parts[0], _SINCE_TAIL.sub("", parts[1]).strip(" ,.")
    if _CLOSED_RANGE.search(item):
        return
    post = _title_org(_trimmed(_SINCE_TAIL.sub("", item)))
    if post is not None:  # "... since 2004 - President since June 2008": the later title replaced it
        yield (clean_title(later), post[1]) if later is not None and "since" in parts[1] else post
    elif later is None and " and " in item:  # "Managing Director at Acme LLC and Partner of Globex LLP"
        yield from _post_run(_trimmed(_SINCE_TAIL.sub("", item)))


def _posts_after_is(item: str) -> list[tuple[str, str]] | None:
    """ "..., Jane Q. Roe presently is Chairman for Acme, Inc. and President at Globex Ltd.": the posts
    a clause whose subject is a person (or "He"/"She") states after "is"; None when no such clause."""
    if " is " not in item and " serves as " not in item:
        return None
    for m in _NOW_IS.finditer(item):
        words = item[: m.start()].split()[-4:]
        subject = next(
            (" ".join(words[k:]) for k in range(len(words) - 1) if is_person_name(" ".join(words[k:]))),
            None,
        )
        if subject is not None or (words and words[-1] in _PRONOUN):
            return list(_post_run(item[m.end() :]))
    return None


def _post_run(text: str, *, dated: bool = False) -> Iterator[tuple[str, str]]:
    """The posts of a run "Title at Org, Title for Org, Inc. and Title of Org": a new post begins
    where the words after a comma or "and" are a title followed by at/for/of/with."""
    pieces = _RUN_SEP.split(text)
    seps = _RUN_SEP.findall(text)
    current = pieces[0]
    for sep, piece in zip(seps, pieces[1:], strict=True):
        link = _LINK.search(piece)
        if link is not None and _LINK.search(current) and is_title(piece[: link.start()], max_words=8):
            yield from _one_post(current, dated)
            current = piece
        else:
            current += sep + piece
    yield from _one_post(current, dated)


def _one_post(item: str, dated: bool) -> Iterator[tuple[str, str]]:
    item = _trimmed(item)
    post = _title_org(item, dated=dated)
    if post is not None:
        yield post


_NOT_ORG = re.compile(r"(?i)\bthe\s+company\b|\b(?:from|since|until)\s")
_PLACE_TAIL = re.compile(r",\s+(?=[A-Z][a-z]+,?\s*(?:[A-Z]\.\s*[A-Z]\.|[A-Z][a-z]+)?$)")


def _title_org(item: str, *, dated: bool = False) -> tuple[str, str] | None:
    """ "Director, Acme Producers Alliance", "President of Acme, Inc." → the title and the organisation.

    With `dated` (an open range closed the item) a run of capitalised words after "of" is name enough.
    """
    k = item.find(",")
    of = item.rfind(" of ", 0, k if k > 0 else len(item))
    if of > 0 and k > 0 and has_legal_suffix(item[of + 4 : k]):  # "CFO of Acme LLC, Globex Funds, ..."
        item = item[:k]
    split = split_title_org(item)
    if split is not None and not _LEGAL_ONLY.match(split[1]):  # not "President of Acme" + "Inc."
        org = split[1]
        if _NOT_ORG.search(org) or is_title(org.split(" of ")[0]) or not _proper(org):
            return None
        return clean_title(split[0]), org
    of = item.rfind(" of ")
    if of > 0 and _titled(item[:of]):  # "Managing Director of Acme, Inc."
        org = item[of + 4 :].strip(" ,")
        both = org.find(" and ")
        org = org[:both] if both > 0 and has_legal_suffix(org[:both]) else org  # "Acme, Inc. and Acme Trust"
        if (
            _org_like(org)
            and (dated or has_legal_suffix(org) or is_org_name(org))
            and _proper(org)
            and not is_title(org)
        ):
            return clean_title(item[:of]), org
    for link in (" at ", " for ", " with "):
        at = item.rfind(link)
        if (
            at > 0 and not _OTHER_LINK.search(item, 0, at) and _titled(item[:at])
        ):  # "Vice Chairman of Investment Banking at Acme and Company"
            org = item[at + len(link) :].strip(" ,")
            if _org_like(org) and _proper(org) and not is_title(org):
                return clean_title(item[:at]), org
    k = item.find(", ")
    if k < 0:
        return None
    head, rest = item[:k], _PLACE_TAIL.split(item[k + 2 :])[0]  # "..., Washington, D.C.": no part of it
    if (
        not (is_title(head, max_words=10) or _OWNER.match(head))
        or not _org_like(rest)
        or is_title(rest)
        or ("," in rest and not _DESIGNATION.search(rest))
        or _NOT_ORG.search(rest)
        or not _proper(rest)
    ):
        return None
    return clean_title(head), rest.strip(" .")


def _titled(s: str) -> bool:
    return is_title(s, max_words=10) or _OWNER.match(s) is not None


# "Roe & Associates, CPA": one name, its professional designation after the comma
_DESIGNATION = re.compile(r"^[^,]+,\s*(?:CPAs?|P\.?C|P\.?A|PLLC|LLP)\.?$")
_LEGAL_ONLY = re.compile(
    r"(?i)^(?:inc|corp|co|ltd|llc|l\.l\.c|lp|l\.p|llp|plc|n\.a|s\.a|p\.\s?c|p\.\s?a|pllc)\.?$"
)


def _proper(org: str) -> bool:
    """No description in the name: every word but a link word is capitalised ("vTv Therapeutics" too)."""
    return "(" not in org and all(
        not w[:1].islower() or w in _LINKS or re.match(r"[a-z]+[A-Z]", w) for w in org.split()
    )


def _org_like(s: str) -> bool:
    """A name by its form: a legal suffix or organisation word, or a short run of capitalised words."""
    words = s.split()
    if not words or len(words) > 10 or not (s[:1].isupper() or re.match(r"[a-z]+[A-Z]", s)):
        return False
    if has_legal_suffix(s) or is_org_name(s):
        return True
    return (
        len([w for w in words if w not in _LINKS]) >= 3  # "North America" is a region, not a company
        and all(w[:1].isupper() or w[:1].isdigit() or w in _LINKS for w in words)
        and words[-1] not in _LINKS
    )


def _org_dash_titles(item: str) -> Iterator[tuple[str, str]]:
    """ "Drexel University—President (2010-Present)": the organisation, then its titles, each dated."""
    parts = _DASH.split(item, maxsplit=1)
    if len(parts) != 2:
        return
    left, right = parts
    org_open = bool(_OPEN_RANGE.search(left)) or not re.search(r"\d{4}", left)
    org = re.sub(r"\s*\([^()]*\)", "", left).strip(" ,")
    if not org or not _org_like(org) or is_title(org):
        return
    for piece in re.split(r",\s+(?:and\s+)?(?=[A-Z])|\s+and\s+(?=[A-Z][a-z]+\s+(?:[A-Z]|of))", right):
        dated = bool(re.search(r"\d{4}", piece))
        current = bool(_OPEN_RANGE.search(piece)) if dated else org_open
        title = re.sub(r"\s*\([^()]*\)", "", piece).strip(" ,.")
        if current and title and is_title(title, max_words=12):
            yield clean_title(title), org


def _dated_titles(item: str) -> Iterator[tuple[str, str]]:
    """ "Chairman (2008-present), Vice Chairman (2004-2007) and ..., Acme Bank": the open-dated titles."""
    last = item.rfind(")")
    org = item[last + 1 :].strip(" ,.")
    if not org or not _org_like(org) or is_title(org):
        return
    for m in _OPEN_RANGE.finditer(item, 0, last + 1):
        before = item[: m.start()]
        k = max(before.rfind(","), before.rfind(")"), before.rfind(" and "))
        title = before[k + 1 :].strip(" ,")
        title = title[4:] if title.startswith("and ") else title
        if title and is_title(title, max_words=10):
            yield clean_title(title), org


_BOARD_TAIL = re.compile(r"\s+Board(?:\s+of\s+(?:Directors|Trustees|Governors))?$")  # "Acme University Board"


_COLON_DATES = re.compile(rf"(?i):\s*(?:{_MONTH}\s+)?{_YEAR}\s+(?:to|-|–)\s+(?:present|date)\.?$")


def other_boards(cell: str) -> list[tuple[str, str]]:
    """The current seats an "Other Directorships Held" cell names: (title, organisation) pairs.

    "Kresge Foundation (2018-Present) Acme Inc. (2015-2019)", "Director of Acme, Inc. (since 2006);
    Trustee of Globex Trust (since 2011)" or a plain list; a seat with only a name is a directorship.
    """
    text = _NOTE_DIGIT.sub("", _DESCRIPTION.sub("", " ".join(cell.split())))
    if re.fullmatch(r"(?i)none\.?|n/a|[-–—]+", text.strip()):
        return []
    items: list[str] = []
    dated = list(re.finditer(r"([^()]+?)\s*\(([^()]*\d{4}[^()]*)\)[\s,;.]*", text))
    if dated and sum(len(m.group(0)) for m in dated) >= len(text) - 2:  # each name closed by its dates
        for m in dated:
            if _OPEN_RANGE.search(f"({m.group(2)})") or re.search(r"(?i)present|since", m.group(2)):
                items.append(m.group(1))
    else:  # "Acme, Inc.: March 2019 to present; Globex Corp."
        items = [_COLON_DATES.sub("", p) for p in re.split(r"\s*;\s*", text) if not _CLOSED_RANGE.search(p)]
    out: list[tuple[str, str]] = []
    for item in items:
        item = _trimmed(re.sub(r"^and\s+", "", re.sub(r"\s*\([^()]*\)", "", item.strip(" ,;"))))
        post = _title_org(item)
        if post is None:
            org = _BOARD_TAIL.sub("", item)
            post = (
                ("Director", org) if org and _org_like(org) and _proper(org) and not is_title(org) else None
            )
        if post is not None and post not in out:
            out.append(post)
    return out


# --- tables ---------------------------------------------------------------------------------


def occupation_cell_mentions(
    all_lines: Sequence[Segment], source: str | None = None, source_offset: SourceOffset | None = None
) -> Iterator[Mention]:
    """A position for every current outside post in the occupation cells of biographical tables.

    A seat of the "Other Directorships" column that a sentence elsewhere states
    in its own words ("a member of the Board of Directors of Acme, Inc.") is left
    to the sentence, so one seat does not come out under two titles.
    """
    found = list(_table_mentions(all_lines, source, source_offset))
    seats = [m for m in found if m.kind == "seat"]
    stated = _stated_seats({m.org for m in seats if m.org}, all_lines, {m.span for m in seats})
    for m in found:
        if m.kind != "seat":
            yield m
        elif m.org not in stated:
            yield Mention(m.name, m.title, m.org, "roster", m.span, m.role)


# "member of the Board of Directors of": words other than the column's "Director" ("Director of" is the same)
_SEAT_WORDS = re.compile(r"(?i)\bboard(?:\s+of\s+(?:directors|trustees))?\s+of\s+(?:the\s+)?$")


def _stated_seats(orgs: set[str], all_lines: Sequence[Segment], rows: set[tuple[int, int]]) -> set[str]:
    """The organisations a line outside the table rows names right after "Board of Directors of"."""
    out: set[str] = set()
    if not orgs:
        return out
    for line in all_lines:
        if any(a <= line.start < b for a, b in rows):
            continue
        for org in orgs - out:
            k = line.text.find(org)
            if k > 0 and _SEAT_WORDS.search(line.text, max(0, k - 60), k):
                out.add(org)
    return out


def _table_mentions(
    all_lines: Sequence[Segment], source: str | None, offset: SourceOffset | None
) -> Iterator[Mention]:
    i, n = 0, len(all_lines)
    while i < n:
        t = all_lines[i].text
        if (
            not ("ccupation" in t or "xperience" in t or "irectorships" in t or "ctivities" in t)
            or _OCCUPATION_HEAD.search(t) is None
        ):
            i += 1
            continue
        if "\t" in t:
            i = yield from _tab_table(all_lines, i, source, offset)
        else:
            i = yield from _text_table(all_lines, i)


_NAME_NOTE = re.compile(r"(?<=[a-z])\d\b")  # "Shawn K. Lytle2": a note mark glued to the name


def _person(cell: str) -> str | None:
    """The name a first cell opens with: "Michael Guttau, 62", "Jerome D. Abernathy 100 Main St ... 1959"."""
    cell = re.sub(r"[*+†‡]+|\s*\d{2}\+*\s*$", "", " ".join(cell.split())).strip(" ,")
    cell = re.sub(r",\s*\d{2}\b.*$", "", _NAME_NOTE.sub("", cell))
    if is_person_name(cell, allow_caps=True):
        return clean_person_name(cell)
    end = leading_person_name(cell, allow_caps=True)
    if end is None:
        return None
    name = re.sub(r"\d+$", "", cell[:end]).strip(" ,")
    return clean_person_name(name) if is_person_name(name, allow_caps=True) else None


def _mentions(name: str, occupation: str, boards: str, span: tuple[int, int]) -> Iterator[Mention]:
    for title, org in current_posts(occupation):
        yield Mention(name, title, org, "roster", span, role_for_title(title))
    for title, org in other_boards(boards):
        yield Mention(name, title, org, "seat", span, role_for_title(title))


def _tab_table(
    all_lines: Sequence[Segment], i: int, source: str | None, offset: SourceOffset | None
) -> Iterator[Mention]:
    """Rows under a tab-separated header naming an occupation column: one row, one line.

    The reading text leaves out empty cells, so a row with a blank cell has
    fewer cells than the header; with the HTML at hand its cells are put back
    under their headers by their real columns.
    """
    heads = [" ".join(c.split()) for c in all_lines[i].text.split("\t")]
    head_cols: list[int] | None = None
    occ = [
        k
        for k, h in enumerate(heads)
        if k and _OCCUPATION_HEAD.search(h) and not _BOARDS_HEAD.match(h) and not _PAST_HEAD.match(h)
    ]
    boards = [k for k, h in enumerate(heads) if k and _BOARDS_HEAD.match(h)]
    j = i + 1
    while j < len(all_lines) and j - i < _MAX_ROWS:
        line = all_lines[j]
        if "\t" not in line.text:
            if len(line.text.split()) > 12:
                break  # prose after the table
            j += 1
            continue
        cells = line.text.split("\t")
        if _OCCUPATION_HEAD.search(line.text) and [" ".join(c.split()) for c in cells] != heads:
            return j  # another table's header: read on from there
        if _NAME_HEAD.match(cells[0].strip()):
            j += 1
            continue
        if len(cells) != len(heads):
            if source is None or offset is None:
                j += 1
                continue
            if head_cols is None:
                head_cols = _real_columns(all_lines[i], source, offset) or []
            cells = _under_heads(_real_columns(line, source, offset), head_cols, cells) or []
            if len(cells) != len(heads):
                j += 1
                continue
        name = _person(cells[0])
        if name is not None:
            occupation = " ; ".join(cells[k] for k in occ)
            seats = " ; ".join(cells[k] for k in boards)
            yield from _mentions(name, occupation, seats, (line.start, line.end))
        j += 1
    return j


def _real_columns(line: Segment, source: str, offset: SourceOffset) -> list[int] | None:
    cells = split_tabs(line)
    cols = html_columns(source, [offset(c.start) for c in cells])
    return cols if cols is not None and len(cols) == len(line.text.split("\t")) else None


def _under_heads(cols: list[int] | None, head_cols: list[int], cells: list[str]) -> list[str] | None:
    """A row's cells rearranged under the header's columns ('' where the row has nothing)."""
    if cols is None or len(head_cols) < 2 or len(cols) != len(cells):
        return None
    out: list[str] = []
    for k, a in enumerate(head_cols):
        b = head_cols[k + 1] if k + 1 < len(head_cols) else 10_000
        out.append(" ".join(c for c, col in zip(cells, cols, strict=True) if a <= col < b))
    return out


def _text_table(all_lines: Sequence[Segment], i: int) -> Iterator[Mention]:
    """A space-aligned table: the occupation column rebuilt from character positions, row by row."""
    lo = max(0, i - 4)
    head = all_lines[lo : i + 4]
    if not any(_NAME_HEAD.match(h.text.strip()) or " Name " in f" {h.text} " for h in head):
        return i + 1
    rule = next((k for k in range(i, min(i + 5, len(all_lines))) if _is_rule(all_lines[k].text)), None)
    start = (rule if rule is not None else i) + 1
    body: list[Segment] = []
    blanks = 0
    j = start
    while j < len(all_lines) and j - start < _MAX_ROWS:
        s = all_lines[j].text.strip()
        if not s:
            blanks += 1
            if blanks > 3:
                break
        else:
            blanks = 0
            if len(s.split()) > 12 and not re.search(r"\S {2,}\S", s) and all_lines[j].text[:1] != " ":
                break  # prose under the table
            body.append(all_lines[j])
        j += 1
    if rule is not None:
        ranges = [(m.start(), m.end()) for m in _RULE.finditer(all_lines[rule].text)]
    else:
        ranges = gutters(body, min_width=2)
    if len(ranges) < 2:
        return j
    occ_at = _OCCUPATION_HEAD.search(all_lines[i].text)
    assert occ_at is not None
    occ_k = max((k for k, (a, _) in enumerate(ranges) if a <= occ_at.start() + 2), default=len(ranges) - 1)
    occ_start = ranges[occ_k][0]
    name_end = ranges[1][0]
    rows: list[tuple[list[str], list[str], int, int]] = []  # name pieces, occupation pieces, start, end
    gap = True
    for line in _body_lines(all_lines, start, j):
        if line is None:
            gap = True
            continue
        cells = cut(line, ranges)
        name_piece = line.text[:name_end].strip()
        occ_piece = line.text[occ_start:].strip() if len(line.text) > occ_start else ""
        if cells[0] is not None and cells[0].text.strip():
            name_piece = cells[0].text.strip()
        # a row starts after a blank line, or (rows packed together) where a whole name follows one
        starts = (
            gap
            or not rows
            or (_person(name_piece) is not None and _person(" ".join(rows[-1][0])) is not None)
        )
        if name_piece and starts and name_piece[:1].isupper():
            rows.append(([name_piece], [occ_piece], line.start, line.end))
        elif rows:
            names, occs, a, _ = rows[-1]
            if name_piece and not gap:
                names.append(name_piece)
            occs.append(occ_piece)
            rows[-1] = (names, occs, a, line.end)
        gap = False
    for names, occs, a, b in rows:
        name = _person(" ".join(names))
        if name is not None:
            yield from _mentions(name, " ".join(occs), "", (a, b))
    return j


def _is_rule(line: str) -> bool:
    """A line of dashes under a header: "------- ------ ---------"."""
    s = line.strip()
    return len(s) > 10 and not s.strip("-=_ ") and len(_RULE.findall(s)) >= 2


def _body_lines(all_lines: Sequence[Segment], a: int, b: int) -> Iterator[Segment | None]:
    """The table's lines, None for a blank line; repeated headers and page numbers are passed over."""
    for k in range(a, b):
        line = all_lines[k]
        s = line.text.strip()
        if not s:
            yield None
        elif (
            _OCCUPATION_HEAD.search(s)
            or _HEADER_WORDS.search(s)
            or re.fullmatch(r"\d{1,3}|[-=_\s]+|</?\w+>", s)
        ):
            continue
        else:
            yield line
