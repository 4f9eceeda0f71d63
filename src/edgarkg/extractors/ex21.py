"""Exhibit 21: the registrant's list of subsidiaries → Subsidiary facts.

An EX-21 has no schema. Filers write it as an HTML table (name, jurisdiction,
sometimes a percentage column), as fixed-width text with column gaps or dot
leaders, as one "Name (Delaware)" per paragraph, or as an indented tree whose
indentation says who owns whom. All of them are read from the document's clean
text (`Document.view`: table cells separated by tabs), one line per row:

1. a heading ("Subsidiaries of Acme Inc.", "SUBSIDIARIES OF THE REGISTRANT")
   names the parent, or says it is the registrant (`FILER`);
2. each row is split into cells (tabs, runs of two spaces, dot leaders) and
   its cells are told apart by content: a number is a percentage, a short
   text after the name is the jurisdiction; footnote markers, "(50%)",
   "d/b/a" and "f/k/a" clauses are taken off the name;
3. headings, column headers, notes and summary lines ("578 Other U.S.
   Subsidiaries") are not companies; a summary with a count becomes a count
   observation about the parent;
4. indentation (leading spaces, or in HTML the cell position and CSS
   padding) makes a tree: each entry's parent is the nearest entry above it
   that is indented less.

A list may state its own conventions: where most entries end in "(Jurisdiction)", a last
parenthesis is the jurisdiction even when it is no place we know ("(Eksjo)", "(Netherland)"); where
its preamble says indented names are divisions or business units, they are not subsidiaries.

Footnote markers like "(2)" are ambiguous ("Acme LNG N (2) (5)"): where
an HTML document styles its markers apart (italic, superscript), only styled
markers are removed; otherwise every trailing marker is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from edgarkg.extractors.common import COUNTRIES, US_STATES, find_text_date, iter_lines, squash
from edgarkg.model import (
    FILER,
    Document,
    Fact,
    Observation,
    Organization,
    OrgRef,
    Provenance,
    Subsidiary,
    char_locator,
)

__all__ = ["Ex21Extractor", "Entry", "SubsidiaryList", "read_subsidiary_list"]

# --- vocabulary -----------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Company forms, compared lower-case without dots; the short ones that are also words count
# only in capitals ("Esso Norge AS", not "doing business as").
_LEGAL_FORMS = _words(
    """
    inc incorporated corp corporation co company companies ltd limited llc lc llp lllp lp plc pllc pc
    sa sas sarl sàrl srl spa sapa sca scs slu sau sab bv nv ag gmbh kg kgaa mbh asa oy oyj aps kk pty pte
    bhd sdn tbk ltda lda ulc ldc trust partnership partners holdings bancorp bank sociedad gesellschaft
    association cooperative fund
    """
)
_CAPITAL_FORMS = _words("AS AB SE SL CV A/S S.A. KG")
_HEADER_WORDS = _words(
    """
    name names of the subsidiary subsidiaries company companies entity entities legal exact jurisdiction
    jurisdictions incorporation incorporated organization organisation organized organised formation
    formed state states country countries or and place percentage percent % voting securities owned
    ownership directly indirectly by registrant domicile domiciled held interest equity under laws which
    where doing business as d/b/a dba trade other parent owner type in its registrant's at
    """
)
_EXTRA_PLACES = (
    "Afghanistan|Albania|Algeria|Andorra|Angola|Anguilla|Antigua|Antigua and Barbuda|Aruba|Armenia|"
    "Azerbaijan|Bahamas|The Bahamas|Commonwealth of the Bahamas|Bahrain|Bangladesh|Barbados|Belarus|"
    "Belize|Benin|Bolivia|Bosnia and Herzegovina|Botswana|Brunei|Bulgaria|Burkina Faso|Cambodia|"
    "Cameroon|Cape Verde|Chad|Costa Rica|Croatia|Cuba|Curacao|Curaçao|Cyprus|Czechia|Dominica|"
    "Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Estonia|Ethiopia|Fiji|Gabon|"
    "Gambia|Georgia|Ghana|Gibraltar|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Iran|Iraq|"
    "Ivory Coast|Cote d'Ivoire|Côte d'Ivoire|Jamaica|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|"
    "Laos|Latvia|Lebanon|Liberia|Libya|Liechtenstein|Lithuania|Macau|Macao|Madagascar|Malawi|Maldives|"
    "Mali|Malta|Marshall Islands|Mauritius|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|"
    "Myanmar|Namibia|Nepal|Nicaragua|Niger|Nigeria|North Macedonia|Macedonia|Oman|Pakistan|Palestine|"
    "Papua New Guinea|Paraguay|Qatar|Romania|Rwanda|Saudi Arabia|Kingdom of Saudi Arabia|Senegal|Serbia|"
    "Seychelles|Sierra Leone|Slovakia|Slovak Republic|Slovenia|Sri Lanka|Sudan|Suriname|Syria|"
    "Tajikistan|Tanzania|Togo|Trinidad|Trinidad and Tobago|Tunisia|Türkiye|Turkiye|Turkmenistan|"
    "Turks and Caicos Islands|Uganda|Ukraine|Uruguay|Uzbekistan|Venezuela|Yemen|Zambia|Zimbabwe|"
    "Northern Ireland|Channel Islands|Cayman|BVI|U.S. Virgin Islands|Virgin Islands|Guam|Labuan|Samoa|"
    "Vanuatu|Nevis|St. Kitts|Saint Kitts and Nevis|Saint Lucia|St. Lucia|Netherlands Antilles|"
    "Hong Kong SAR|Macau SAR|Republic of China|Ontario|Quebec|Québec|Alberta|British Columbia|Manitoba|"
    "Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Newfoundland and Labrador|Prince Edward Island|"
    "Yukon|Nunavut|Northwest Territories|New South Wales|Victoria|Queensland|Tasmania|"
    "Western Australia|South Australia|England and Wales|European Union|U.S.|US|Federal|Dubai|Abu Dhabi|"
    "Scotland|Wales|Korea, Republic of|Taiwan, Republic of China|"
    # former states that old lists still name
    "West Germany|East Germany|Federal Republic of Germany|Czechoslovakia|Yugoslavia|Soviet Union|USSR|"
    "Zaire|Burma|Rhodesia"
)
_PLACES = frozenset(
    set(COUNTRIES) | {v.lower() for v in US_STATES.values()} | {p.lower() for p in _EXTRA_PLACES.split("|")}
)
_PLACE_QUALIFIER = re.compile(r",?\s*\(?(?:U\.?S\.?A?\.?|United States(?: of America)?|USA)\)?\.?$", re.I)


def _is_place(text: str) -> bool:
    """A jurisdiction as EX-21s write them: "Delaware", "Delaware, U.S.A.", "Russia/Kazakhstan", "DE"."""
    s = squash(text).strip(" .,;:")
    if not s:
        return False
    if s.lower() in _PLACES or s.upper() in US_STATES:
        return True
    base = _PLACE_QUALIFIER.sub("", s).strip(" ,.")
    if base and base != s and (base.lower() in _PLACES or base.upper() in US_STATES):
        return True
    parts = [
        p.strip(" .,") for p in re.split(r"\s*/\s*|\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*", s) if p.strip(" .,")
    ]
    return len(parts) > 1 and all(p.lower() in _PLACES or p.upper() in US_STATES for p in parts)


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,()]+", text.lower().replace(".", "")) if t]


def _has_legal_form(name: str) -> bool:
    return any(t in _LEGAL_FORMS for t in _tokens(name)) or any(
        t in _CAPITAL_FORMS for t in re.split(r"[\s,()]+", name)
    )


# --- patterns -------------------------------------------------------------

_MARKER = r"(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|\[\s*\d{1,2}\s*\]|\*{1,3}|[†‡§¶#]+)"
_TRAILING_MARKER = re.compile(rf"(?:[\s,]*{_MARKER})$")
_SYMBOL_MARKER = re.compile(r"^(?:\*{1,3}|[†‡§¶#]+)$")
_LEADING_MARKER = re.compile(r"^\s*(?:\*{1,3}|[†‡§¶#•·▪\-–]+|\(\s*\d{1,3}\s*\)|\d{1,3}[.)])\s+")
_PERCENT_SUFFIX = re.compile(
    r"[\s,;\-–—]*[(\[]?\s*(?:a\s+|approximately\s+|approx\.\s+)?(?P<p>\d{1,3}(?:\.\d+)?)\s*%"
    r"(?:\s*(?:owned|owned\s+subsidiary|interest|ownership|held|equity\s+interest|joint\s+venture|"
    r"partnership\s+interest|voting\s+interest))?\s*[)\]]?\s*$",
    re.I,
)
_PERCENT_CELL = re.compile(r"^\(?\s*(?P<p>\d{1,3}(?:\.\d+)?)\s*(?P<pct>%)?\s*\)?$")
_ALIAS_CLAUSE = re.compile(
    r"[\s,;]*[(\[]?\s*\b(?P<kind>d/b/a|d\.b\.a\.?|dba|doing\s+business\s+as|a/k/a|aka|also\s+known\s+as|"
    r"f/k/a|fka|formerly\s+known\s+as|formerly)\b[\s:]*(?P<alias>[^()\[\]]+?)\s*[)\]]?\s*$",
    re.I,
)
_PAREN_TAIL = re.compile(r"\s*\((?P<j>[^()]{2,60})\)\s*$")
_OPEN_PAREN_TAIL = re.compile(r"\s*\((?P<j>[^()]{2,40})$")  # "Acme Inc. (Delaware": the line lost its ")"
# "The names of the divisions ... are indented and listed below the relevant subsidiary's name."
_DIVISIONS_INDENTED = re.compile(
    r"\b(?:divisions?|business\s+units?)\b[^.]{0,160}?\bindented\b|\bindented\b[^.]{0,160}?\bdivisions?\b",
    re.I,
)
_CONVENTION_MIN = 5  # entries needed before "Name (Jurisdiction)" counts as the list's convention
_A_STATE_CORPORATION = re.compile(
    r",?\s+an?\s+(?P<j>[A-Z][\w.'’ -]{1,40}?)\s+(?:corporation|company|limited\s+liability\s+company|"
    r"limited\s+partnership|general\s+partnership|partnership|business\s+trust|statutory\s+trust|trust|"
    r"bank(?:ing\s+corporation)?|limited\s+company|public\s+limited\s+company|LLC|L\.L\.C\.|entity)\.?\s*$"
)
_HEADING = re.compile(
    r"^\W*(?:exhibit\s+21[\d.]*\s*[-–—:.]*\s*)?(?:(?:a\s+)?(?:list|listing|schedule)\s+of\s+)?"
    r"(?:(?:significant|principal|direct\s+and\s+indirect|active|consolidated|wholly[-\s]owned)\s+)?"
    r"subsidiaries(?:\s+and\s+affiliates)?(?:\s+of\s*(?P<rest>.*))?$",
    re.I,
)
_REGISTRANT = re.compile(r"^(?:the\s+)?(?:registrant|company|corporation|issuer|parent)\b", re.I)
_DATE_CLAUSE = re.compile(
    r"\s*[-–—,]?\s*\(?\b(?:as\s+of|as\s+at|at|on|effective)\s+"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|"
    r"(?:the\s+)?(?:end|close)\b.*)\)?.*$",
    re.I,
)
_SUMMARY = re.compile(
    r"^\W*(?:(?P<n>\d[\d,]*)\s+(?:other|additional|remaining|more|further|domestic|foreign|"
    r"u\.?s\.?|non[-\s]?u\.?s\.?|wholly|inactive|dormant|\w+\s+)?.*subsidiar|"
    r"(?:other|additional|remaining|all\s+other|certain)\b.*subsidiar|.*subsidiar\w*\b.*\b(?:omitted|not\s+shown|"
    r"not\s+listed|not\s+named|excluded)\b)",
    re.I,
)
_SUMMARY_MAX = 400
_NAME_MAX = 400
_JOINING_WORDS = frozenset(["and", "of", "de", "du", "la", "del", "des", "der", "für", "fur", "y", "et"])
_INTRO = re.compile(
    r"\bsubsidiaries\s+of\s+(?P<name>[A-Z][^:]{1,80}?)(?:\s*,?\s*an?\s+[A-Z]\w+\s+corporation)?"
    r"(?:\s*,?\s*(?:as\s+of|at)\s+[^:]*)?\s*(?:are|is|include)?\s*(?:as\s+follows)?\s*:\s*$"
)
_SECTION = re.compile(r"^\W*(?:(?:list\s+of\s+)?subsidiaries|affiliates)\s+of\s+(?P<name>.+?)\s*:?\s*$", re.I)
_NOISE = re.compile(
    r"^\W*(?:exhibit\s+\d+[\d.()a-z]*|page\s+\d+(?:\s+of\s+\d+)?|-?\s*\d{1,3}\s*-?|\(?continued\)?|"
    r"notes?:?|footnotes?:?|\d+\s+of\s+\d+|table\s+of\s+contents|<page>|<s>|<c>|<caption>|<table>|</table>)\W*$",
    re.I,
)
_PROSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|would|will|shall|have|has|been|not|pursuant|considered|constitute|includes?|"
    r"omitted|listed|deemed|represents?|owns|hereto|herein|above|below|following)\b",
    re.I,
)
# Leaders may follow blanks, but a match only starts where the blanks do (or at the leader):
# a leading "\s*" tried at every position of a long blank run is quadratic.
_CELL_SPLIT = re.compile(
    r"\t+| {2,}|(?<!\s)\s*(?:(?:\.\s?){3,}|_{3,}|-{4,})\s*|(?:(?:\.\s?){3,}|_{3,}|-{4,})\s*"
)
_ONLY_MARKERS = re.compile(rf"^(?:(?:\s|&nbsp;|&#160;|,)*{_MARKER})*(?:\s|&nbsp;|&#160;|,)*$", re.I)
_STYLED_ELEMENT = re.compile(r"<(?:sup|i|em)\b", re.I)
_STYLE_ATTR = re.compile(r"\bstyle\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I)
_MARKER_STYLE = re.compile(
    r"italic|super|vertical-align\s*:\s*top|font-size\s*:\s*(?:[1-7](?:\.\d+)?pt|smaller|x?x-small|[3-6]\d%)",
    re.I,
)
_CSS_INDENT = re.compile(
    r"(?<![\w-])(padding|margin|padding-left|margin-left|text-indent)\s*:\s*([^;\"'>]+)", re.I
)
_CSS_LENGTH = re.compile(r"(-?\d+(?:\.\d+)?)\s*(pt|px|em|rem|in|cm|mm|%)?", re.I)
_UNIT_PT = {"pt": 1.0, "px": 0.75, "em": 10.0, "rem": 10.0, "in": 72.0, "cm": 28.35, "mm": 2.835, "%": 5.0}


# --- the list ---------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One subsidiary as listed; `parent` is None for the top level (the list's parent)."""

    name: str
    start: int  # span into the clean text (Document.view.text)
    end: int
    jurisdiction: str | None = None
    percent: Decimal | None = None
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    depth: int = 0
    parent: str | None = None
    evidence: str = ""


@dataclass(frozen=True)
class Summary:
    """A line counting subsidiaries the list does not name ("578 Other U.S. Subsidiaries")."""

    text: str
    count: int | None
    start: int
    end: int


@dataclass
class SubsidiaryList:
    """What an Exhibit 21 says: whose subsidiaries, as of when, and the entries."""

    parent: str | None = None  # None: the registrant, not named in the document
    parent_span: tuple[int, int] | None = None
    as_of: date | None = None
    entries: list[Entry] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)


@dataclass
class _Cell:
    text: str
    start: int
    end: int


@dataclass
class _Row:
    cells: list[_Cell]
    start: int
    end: int
    indent: int
    line: str


def read_subsidiary_list(doc: Document) -> SubsidiaryList:
    """Read the subsidiary list of an EX-21 document (HTML or plain text)."""
    return _Reader(doc).read()


class _Reader:
    """One pass over the clean text: heading, then rows, then the tree."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.html = doc.media_type == "text/html"
        self.view = doc.view
        self.text = self.view.text
        self.result = SubsidiaryList()
        self.percent_column = False
        self.dba_column = False
        head = self.text[:4000]
        # the list says its indented names are divisions of the entry above, not subsidiaries
        self.divisions_indented = "indented" in head.lower() and bool(_DIVISIONS_INDENTED.search(head))

    # -- driver --------------------------------------------------------
    def read(self) -> SubsidiaryList:
        lines = [(line, a, b) for line, a, b in iter_lines(self.text)]
        body_from = self._heading(lines)
        rows = [self._row(line, a, b) for line, a, b in lines[body_from:]]
        self._entries(rows)
        return self.result

    # -- heading: parent and date -----------------------------------------
    def _heading(self, lines: list[tuple[str, int, int]]) -> int:
        """Find the title; set the parent and as-of date; return the index where the list starts."""
        nonblank = [i for i, (line, _, _) in enumerate(lines) if line.strip()][:25]
        for pos, i in enumerate(nonblank):
            line, a, _ = lines[i]
            clean = squash(line.replace("\t", " "))
            m = _HEADING.match(clean)
            if not m or len(clean.split()) > 25:
                continue
            rest = m.group("rest")
            start = i + 1
            dated = find_text_date(clean)
            if rest is not None and not _strip_markers(rest).strip(" :.-–—"):
                # "Subsidiaries of" / "Acme Inc.*" on the next line
                if pos + 1 < len(nonblank):
                    j = nonblank[pos + 1]
                    nxt, na, nb = lines[j]
                    name = self._parent_name(nxt)
                    if name:
                        self._set_parent(name, na, nb)
                        start = j + 1
                        dated = dated or find_text_date(nxt)
            elif rest is not None and not _REGISTRANT.match(_strip_markers(rest).strip()):
                name = self._parent_name(rest)
                of = re.search(r"subsidiaries\s+of\s*", line, re.I)
                if name and of:
                    self._set_parent(name, a + of.end(), a + len(line.rstrip()))
            if self.result.parent is None:
                self._parent_above(lines, nonblank[:pos])
            if dated:
                self.result.as_of = dated[0]
            return start
        return 0

    def _parent_name(self, text: str) -> str | None:
        name = _DATE_CLAUSE.sub("", squash(text.replace("\t", " ")))
        name = re.sub(r"\s+and\s+(?:its\s+)?(?:consolidated\s+)?subsidiaries.*$", "", name, flags=re.I)
        name = _strip_markers(name).strip(" :;,-–—")
        if not name or _REGISTRANT.match(name) or len(name.split()) > 12 or _is_header(name):
            return None
        return name

    def _parent_above(self, lines: list[tuple[str, int, int]], before: list[int]) -> None:
        """A company name standing alone above "SUBSIDIARIES OF THE REGISTRANT" is the registrant."""
        for i in reversed(before):
            line, a, b = lines[i]
            clean = squash(line)
            if re.match(r"^\W*exhibit\b", clean, re.I) or "\t" in line.strip():
                continue
            name = self._parent_name(clean)
            if name and _has_legal_form(name) and not _PROSE_WORDS.search(name):
                self._set_parent(name, a + (len(line) - len(line.lstrip())), b)
            return

    def _set_parent(self, name: str, start: int, end: int) -> None:
        self.result.parent = name
        self.result.parent_span = (start, end)

    # -- rows --------------------------------------------------------------
    def _row(self, line: str, a: int, b: int) -> _Row:
        cells: list[_Cell] = []
        pos = 0
        for m in _CELL_SPLIT.finditer(line):
            self._add_cell(cells, line, pos, m.start(), a, m.group())
            pos = m.end()
        self._add_cell(cells, line, pos, len(line), a, "")
        expanded = line.expandtabs(8) if not self.html else line
        indent = (len(expanded) - len(expanded.lstrip(" "))) // 2  # a stray space is no level
        if self.html and cells:
            indent += int(self._html_indent(cells[0].start) // 6)  # nor is a stray &nbsp; or 1pt
        return _Row(cells, a, b, indent, line)

    @staticmethod
    def _add_cell(cells: list[_Cell], line: str, s: int, e: int, base: int, sep: str) -> None:
        raw = line[s:e]
        text = raw.strip()
        if not text:
            return
        lead = len(raw) - len(raw.lstrip())
        if (
            sep.lstrip().startswith(".")
            and not sep[:1].isspace()
            and text.split()[-1].lower() in _LEGAL_FORMS
        ):
            text += "."  # "Inc......Delaware": the first dot ends "Inc."
        cells.append(_Cell(text, base + s + lead, base + s + lead + len(text)))

    def _html_indent(self, clean_pos: int) -> float:
        """Indentation of an HTML row in points: empty leading cells, CSS padding, no-break spaces."""
        src = self.doc.text
        pos = self.view.source_offset(clean_pos)
        lo = max(0, pos - 12000)
        window = src[lo:pos]
        low = window.lower()
        row_at = low.rfind("<tr")
        block_at = max(low.rfind("<p"), low.rfind("<div"), low.rfind("<li"), low.rfind("<br"))
        if row_at >= 0 and low.rfind("</tr") < row_at:
            cells_html = window[row_at:]
            cells = re.findall(r"<t[dh]\b([^>]*)>", cells_html, re.I)
            indent = 0.0
            for attrs in cells[:-1]:
                span = re.search(r"colspan\s*=\s*[\"']?(\d+)", attrs, re.I)
                indent += 20.0 * (int(span.group(1)) if span else 1)
            last_cell = max(cells_html.lower().rfind("<td"), cells_html.lower().rfind("<th"))
            tail = cells_html[last_cell:] if last_cell >= 0 else cells_html
        elif block_at >= 0:
            indent = 0.0
            tail = window[block_at:]
        else:
            return 0.0
        for prop, value in _CSS_INDENT.findall(tail):
            indent += _left_length(prop.lower(), value)
        text_after_tags = tail[tail.rfind(">") + 1 :] if ">" in tail else tail
        indent += 2.5 * len(re.findall(r"&nbsp;|&#160;|&#xa0;|\xa0", text_after_tags, re.I))
        return indent

    def _styled_at(self, clean_pos: int) -> bool:
        """Is the text at this clean offset in its own styled run (superscript, italic, small font)?"""
        src = self.doc.text
        pos = self.view.source_offset(clean_pos)
        window = src[max(0, pos - 400) : pos]
        gt = window.rfind(">")
        if gt < 0 or not _ONLY_MARKERS.match(window[gt + 1 :]):
            return False  # name text before the marker in the same run: not set apart
        lt = window.rfind("<", 0, gt + 1)
        tag = window[lt : gt + 1]
        if tag.startswith("</"):  # the marker follows a closed run: look at the run it opens, if any
            return False
        if _STYLED_ELEMENT.match(tag):
            return True
        style = _STYLE_ATTR.search(tag)
        return bool(style and _MARKER_STYLE.search(style.group(1) or style.group(2) or ""))

    # -- entries ---------------------------------------------------------
    def _entries(self, rows: list[_Row]) -> None:
        in_note = False
        section: str | None = None  # "Subsidiaries of Foo Holdings:" inside the list
        raw: list[tuple[Entry, int, str | None]] = []
        after_entry = False  # the row above was an entry (a wrapped name may continue it)
        for row in rows:
            was_after, after_entry = after_entry, False
            if not row.cells:
                in_note = False
                continue
            line = squash(row.line.replace("\t", " "))
            if in_note:
                continue
            if _NOISE.match(line):
                in_note = bool(re.match(r"^\W*(?:foot)?notes?\W*$", line, re.I)) and bool(raw)
                continue
            if self._note_start(line):
                in_note = True
                continue
            if not raw and self.result.as_of is None and _is_prose(line):
                dated = re.search(r"\b(?:as\s+of|as\s+at|at)\s+(.{8,30})", line, re.I)
                found = find_text_date(dated.group(1)) if dated else None
                if found:  # "... significant subsidiaries as of December 31, 2025, as defined ..."
                    self.result.as_of = found[0]
            intro = _INTRO.search(line)
            if intro and not raw:  # "The following are the subsidiaries of Foo Corporation:"
                name = self._parent_name(intro.group("name"))
                if name and self.result.parent is None:
                    at = row.line.find(intro.group("name"))
                    self._set_parent(name, row.start + max(at, 0), row.start + max(at, 0) + len(name))
                continue
            if _is_header(line):
                self._learn_header(line)
                continue
            # Summary lines are short; the pattern's several ".*" backtrack badly on long lines.
            summary = _SUMMARY.match(line) if len(line) <= _SUMMARY_MAX else None
            if summary and not _has_legal_form(_strip_markers(row.cells[0].text).split(",")[-1]):
                n = summary.group("n")
                digits = n.replace(",", "") if n else ""
                count = int(digits) if 0 < len(digits) <= 18 else None  # a count, not a 4,000-digit run
                self.result.summaries.append(Summary(line, count, row.cells[0].start, row.cells[-1].end))
                continue
            sec = _SECTION.match(line)
            if sec and raw:
                section = self._parent_name(sec.group("name"))
                continue
            if was_after and self._continues(raw[-1][0], row):
                prev, indent, sect = raw[-1]
                raw[-1] = (self._extend(prev, row), indent, sect)
                after_entry = True
                continue
            for entry in self._parse(row):
                raw.append((entry, row.indent, section))
                after_entry = True
        self.result.entries = self._tree(_paren_convention(raw))

    def _note_start(self, line: str) -> bool:
        m = _LEADING_MARKER.match(line) or re.match(r"^\W*(?:\(\s*\w{1,3}\s*\)|\*+|[†‡§¶])\s*", line)
        if not m:
            return False
        rest = line[m.end() :]
        return _is_prose(rest)

    def _learn_header(self, line: str) -> None:
        low = line.lower()
        if "percent" in low or "%" in low or "owned" in low or "ownership" in low or "interest" in low:
            self.percent_column = True
        if "d/b/a" in low or "doing business" in low or "trade name" in low:
            self.dba_column = True

    def _continues(self, prev: Entry, row: _Row) -> bool:
        """A wrapped name: "Acme Entidad de Financiacion," / "S.A." on the next line."""
        if len(row.cells) != 1 or (self.html and not row.line.startswith("  ")):
            return False  # HTML wraps names inside their cell; only <pre> text wraps by line
        text = row.cells[0].text
        if _is_place(text) or _PERCENT_CELL.match(text):
            return False
        if len(prev.name) > _NAME_MAX:
            return False  # no company name is this long: stop gluing lines (quadratic otherwise)
        words = prev.name.rsplit(None, 1)
        joins = prev.name.rstrip().endswith((",", "&", "-", "(")) or (
            bool(words) and words[-1] in _JOINING_WORDS
        )
        legal_tail = all(t in _LEGAL_FORMS for t in _tokens(text)) and len(_tokens(text)) <= 4
        return bool(joins or legal_tail or text[:1].islower())

    def _extend(self, prev: Entry, row: _Row) -> Entry:
        cell = row.cells[0]
        name = _clean_name(f"{prev.name} {cell.text}")
        return Entry(
            name=name,
            start=prev.start,
            end=max(prev.end, cell.end),
            jurisdiction=prev.jurisdiction,
            percent=prev.percent,
            aliases=prev.aliases,
            former_names=prev.former_names,
            evidence=f"{prev.evidence} {squash(cell.text)}",
        )

    def _parse(self, row: _Row) -> list[Entry]:
        cells = [_Cell(self._unmark(c), c.start, c.end) for c in row.cells]
        cells = [c for c in cells if c.text]
        if not cells:
            return []
        evidence = squash(row.line.replace("\t", " | "))
        # several entries side by side: name, place, name, place ...
        if len(cells) >= 4 and len(cells) % 2 == 0:
            pairs = [(cells[i], cells[i + 1]) for i in range(0, len(cells), 2)]
            if all(_is_place(p.text) and _looks_like_name(n.text) for n, p in pairs):
                return [e for n, p in pairs if (e := self._entry([n, p], evidence))]
        # names side by side, no jurisdictions
        if (
            len(cells) >= 2
            and not any(_is_place(c.text) or _PERCENT_CELL.match(c.text) for c in cells[1:])
            and all(_has_legal_form(c.text) and _looks_like_name(c.text) for c in cells)
        ):
            return [e for c in cells if (e := self._entry([c], evidence))]
        entry = self._entry(cells, evidence)
        return [entry] if entry else []

    def _unmark(self, cell: _Cell) -> str:
        """The cell's text without its trailing footnote markers.

        Markers are taken off from the end. In HTML, once a marker set in its own
        styled run (italic, superscript) has been removed, an unstyled one before
        it belongs to the name: "Acme LNG N (2) <i>(5)</i>" keeps "(2)".
        """
        text = _LEADING_MARKER.sub("", cell.text) if not _PERCENT_CELL.match(cell.text) else cell.text
        offset = cell.start + (len(cell.text) - len(text))
        seen_styled = False
        while (m := _TRAILING_MARKER.search(text)) and text[: m.start()].strip():
            marker = m.group().strip(" ,")
            if self.html and not _SYMBOL_MARKER.match(marker):
                styled = self._styled_at(offset + m.end() - len(marker))
                if seen_styled and not styled:
                    break
                seen_styled = seen_styled or styled
            text = text[: m.start()].rstrip()
        return text

    def _entry(self, cells: list[_Cell], evidence: str) -> Entry | None:
        name_cell, others = cells[0], cells[1:]
        name = name_cell.text
        if _is_prose(name) or len(name.split()) > 20 or not re.search(r"[A-Za-z]", name):
            return None
        jurisdiction: str | None = None
        percent: Decimal | None = None
        aliases: list[str] = []
        for cell in others:
            pm = _PERCENT_CELL.match(cell.text)
            if pm:
                if (pm.group("pct") or self.percent_column) and percent is None:
                    percent = _decimal(pm.group("p"))
                continue
            text, p = _take_percent(cell.text)
            if p is not None and percent is None:
                percent = p
            text = text.strip(" ,;:")
            if not text:
                continue
            if (
                jurisdiction is None
                and not _has_legal_form(text)
                and len(text.split()) <= 8
                and not _is_prose(text)
            ):
                jurisdiction = text
            elif self.dba_column and not _is_place(text):
                aliases.append(text)
        name, p = _take_percent(name)
        if p is not None and percent is None:
            percent = p
        name, more_aliases, former = _take_aliases(name)
        aliases.extend(more_aliases)
        if jurisdiction is None:
            name, jurisdiction = _take_jurisdiction(name)
        name = _clean_name(name)
        if not name or not _looks_like_name(name) or not re.search(r"[A-Z]", name):
            return None  # no capital at all: a wrapped sentence ("subsidiary's name."), not a name
        if jurisdiction is None and not others and not _has_legal_form(name):
            return None  # a lone line with no company form and no jurisdiction is not an entry
        if percent is not None and percent > 100:
            percent = None
        return Entry(
            name=name,
            start=name_cell.start,
            end=cells[-1].end,
            jurisdiction=jurisdiction,
            percent=percent,
            aliases=tuple(dict.fromkeys(a for a in aliases if a and a != name)),
            former_names=tuple(former),
            evidence=evidence,
        )

    def _tree(self, raw: list[tuple[Entry, int, str | None]]) -> list[Entry]:
        """Parents from indentation: the nearest entry above that is indented less.

        Indentation counts only when it reads as a tree: the list starts at its least indented
        level, and going back out always lands on a level seen above (centred or ragged text
        does not); otherwise the list is flat.
        """
        nested = _is_tree([indent for _, indent, _ in raw])
        if nested and self.divisions_indented:  # the indented names are business units, not companies
            top = min(indent for _, indent, _ in raw)
            return [replace(entry, parent=section) for entry, indent, section in raw if indent == top]
        out: list[Entry] = []
        stack: list[tuple[int, str]] = []
        current_section: str | None = None
        for entry, indent, section in raw:
            if section != current_section:
                stack, current_section = [], section
            parent, depth = section, 0
            if nested:
                while stack and stack[-1][0] >= indent:
                    stack.pop()
                if stack:
                    parent = stack[-1][1]
                depth = len(stack)
                stack.append((indent, entry.name))
            out.append(replace(entry, depth=depth, parent=parent))
        return out


def _paren_convention(raw: list[tuple[Entry, int, str | None]]) -> list[tuple[Entry, int, str | None]]:
    """Where the list writes "Name (Jurisdiction)", a last parenthesis is the jurisdiction even when
    it is no place we know ("(Eksjo)", a misspelt "(Netherland)").

    The convention holds when most entries (at least `_CONVENTION_MIN`) end with a parenthesised
    place; a tail with a company form ("(Holdings)") or more than four words stays in the name.
    """
    entries = [entry for entry, _, _ in raw]
    by_paren = sum(1 for e in entries if e.jurisdiction and e.evidence.endswith(f"({e.jurisdiction})"))
    if by_paren < _CONVENTION_MIN or by_paren < 0.6 * len(entries):
        return raw
    out = []
    for entry, indent, section in raw:
        m = _PAREN_TAIL.search(entry.name)
        if entry.jurisdiction is None and m and entry.name[: m.start()].strip():
            place = m.group("j").strip()
            if place[:1].isupper() and len(place.split()) <= 4 and not _has_legal_form(place):
                entry = replace(entry, name=_clean_name(entry.name[: m.start()]), jurisdiction=place)
        out.append((entry, indent, section))
    return out


def _is_tree(indents: list[int]) -> bool:
    if len(set(indents)) < 2 or indents[0] != min(indents):
        return False
    levels: list[int] = []
    for indent in indents:
        out = False
        while levels and levels[-1] > indent:
            levels.pop()
            out = True
        if levels and levels[-1] == indent:
            continue
        if out:
            return False  # back out to a level no entry above stood at
        levels.append(indent)
    return True


# --- small text helpers -------------------------------------------------------


def _strip_markers(text: str) -> str:
    text = _LEADING_MARKER.sub("", text.strip())
    while (m := _TRAILING_MARKER.search(text)) and text[: m.start()].strip():
        text = text[: m.start()].rstrip()
    return text


def _left_length(prop: str, value: str) -> float:
    """Points of left indentation a CSS declaration gives ("padding: 2px 1pt 2px 7.75pt" → 7.75)."""
    lengths = _CSS_LENGTH.findall(value)
    if not lengths:
        return 0.0
    if prop in ("padding", "margin"):  # shorthand: top [right [bottom [left]]]; left defaults to right
        number, unit = lengths[3] if len(lengths) == 4 else lengths[1] if len(lengths) >= 2 else lengths[0]
    else:
        number, unit = lengths[0]
    return float(number) * _UNIT_PT.get(unit.lower(), 0.75)


def _is_header(line: str) -> bool:
    dated = find_text_date(line)
    if dated:  # "December 31, 2025 Name | Organized Under The Laws Of"
        line = line[: dated[1]] + line[dated[2] :]
    words = [w for w in re.split(r"[\s/,:()]+", line.lower()) if w]
    if not words or _has_legal_form(line):
        return False
    known = sum(1 for w in words if w in _HEADER_WORDS or w.rstrip("s") in _HEADER_WORDS)
    return known / len(words) >= 0.75 and any(
        w in {"name", "names", "jurisdiction", "incorporation", "organization", "organisation", "percentage",
              "percent", "%", "ownership", "state", "country", "subsidiary", "domicile", "formation"}
        for w in words
    )  # fmt: skip


def _is_prose(text: str) -> bool:
    words = text.split()
    if len(words) > 16:
        return True
    return len(words) > 5 and len(_PROSE_WORDS.findall(text)) >= 2


def _looks_like_name(text: str) -> bool:
    t = text.strip()
    return bool(t) and len(t) >= 2 and bool(re.match(r"^[\w\"'“(&]", t)) and not _is_prose(t)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _take_percent(text: str) -> tuple[str, Decimal | None]:
    m = _PERCENT_SUFFIX.search(text)
    if not m or not text[: m.start()].strip():
        return text, None
    return text[: m.start()].rstrip(" ,;-–—"), _decimal(m.group("p"))


def _take_aliases(name: str) -> tuple[str, list[str], list[str]]:
    aliases: list[str] = []
    former: list[str] = []
    while (m := _ALIAS_CLAUSE.search(name)) and name[: m.start()].strip():
        alias = _clean_name(m.group("alias"))
        kind = m.group("kind").lower()
        for part in re.split(r"\s*;\s*|\s+and\s+d/b/a\s+|,\s*d/b/a\s+", alias):
            if part:
                (former if kind.startswith(("f", "formerly")) else aliases).append(part)
        name = name[: m.start()].rstrip(" ,;")
    return name, aliases[::-1], former[::-1]


def _take_jurisdiction(name: str) -> tuple[str, str | None]:
    m = _PAREN_TAIL.search(name)
    if m and name[: m.start()].strip() and _is_place(m.group("j")):
        return name[: m.start()], m.group("j").strip()
    m = _OPEN_PAREN_TAIL.search(name)
    if m and name[: m.start()].strip() and _is_place(m.group("j")):
        return name[: m.start()], m.group("j").strip()
    m = _A_STATE_CORPORATION.search(name)
    if m and name[: m.start()].strip():
        place = re.sub(r"^(?:the\s+)?(?:state\s+of\s+|laws\s+of\s+)", "", m.group("j").strip(), flags=re.I)
        if _is_place(place) or _is_place(place.rstrip("n")):  # "a Delaware corporation", "an Ohio ..."
            return name[: m.start()], place
    m = re.search(r"\s+[-–—]\s+(?P<j>[^-–—]{2,40})$", name)
    if m and _is_place(m.group("j")):
        return name[: m.start()], m.group("j").strip()
    return name, None


def _clean_name(name: str) -> str:
    name = squash(name).strip(" ,;:-–—")
    if name.count("(") > name.count(")"):
        name = name.rstrip("( ")
    return name


# --- the extractor ----------------------------------------------------------------------


class Ex21Extractor:
    """Exhibit 21 subsidiary lists (HTML tables, fixed-width text, indented trees)."""

    name = "ex21"
    version = "1"

    def accepts(self, doc: Document) -> bool:
        if doc.doc_type:
            return doc.doc_type.strip().upper().startswith("EX-21")
        if doc.media_type not in ("text/html", "text/plain"):
            return False
        from edgarkg.sources.html import text_view

        head = text_view(doc.text[:20000], doc.media_type).text
        for line in [ln for ln in head.splitlines() if ln.strip()][:15]:
            clean = squash(line.replace("\t", " "))
            if len(clean.split()) <= 25 and _HEADING.match(clean):
                return True
        return False

    def extract(self, doc: Document) -> Iterator[Fact]:
        listing = read_subsidiary_list(doc)
        view = doc.view

        def prov(start: int, end: int, evidence: str) -> Provenance:
            s, e = view.source_span(start, end)
            return Provenance(doc.id, self.name, self.version, char_locator(s, e), evidence)

        if listing.parent is not None:
            top = OrgRef(name=listing.parent)
            a, b = listing.parent_span or (0, 0)
            yield Organization(prov(a, b, listing.parent), top)
        else:
            top = FILER
        seen_orgs: set[str] = set()
        seen_links: set[tuple[str, str]] = set()
        for entry in listing.entries:
            p = prov(entry.start, entry.end, entry.evidence)
            child = OrgRef(name=entry.name)
            key = entry.name.lower()
            if key not in seen_orgs:
                seen_orgs.add(key)
                yield Organization(
                    p,
                    child,
                    aliases=entry.aliases,
                    former_names=tuple((f, None) for f in entry.former_names),
                )
            parent = OrgRef(name=entry.parent) if entry.parent else top
            link = (key, (parent.name or "").lower())
            if link in seen_links:
                continue
            seen_links.add(link)
            yield Subsidiary(p, child, parent, jurisdiction=entry.jurisdiction, percent=entry.percent)
        for summary in listing.summaries:
            if summary.count is None:
                continue
            yield Observation(
                prov(summary.start, summary.end, summary.text),
                top,
                "ekg:subsidiaries-not-named",
                Decimal(summary.count),
                "count",
                instant=listing.as_of,
                label=summary.text,
            )
