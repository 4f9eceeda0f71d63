"""The organisations one document names, their short forms, and who owns whom.

`names.find_org_names` finds names that end in a legal suffix; prose also
names organisations by a ticker ("Vandelay (NYSE: VDL)"), a defined term
("Vandelay Industries, Inc. (“Vandelay”)", "Northwind Cellular Corporation
(Northwind Cellular)"), a brand and a region ("Globex UK", "Initech Canada"), a name in
parentheses after a place ("operations on the Isle of Wight (Wight Telecom)"),
or as the object of an ownership or deal phrase ("owns Globex Airwave",
"alliance with Hooli"). `read_orgs` collects them into a `DocOrgs`
index that resolves every short form to one full name ("Globex" → "Globex
plc"), so a document's facts about one company land on one node.

What is not an organisation here: exchanges and regulators, places, people,
months, headings and generic phrases ("Public Company", "Power Company",
"Delaware Corporation"), and names glued to a title or a document word
("Board of Directors of Initech, Inc." is Initech, Inc.).
"""

from __future__ import annotations

import re
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from edgarkg.extractors.common import COUNTRIES, US_STATES
from edgarkg.text.names import find_org_names, has_legal_suffix, is_title, org_core

if TYPE_CHECKING:
    from edgarkg.model import Document

__all__ = [
    "OrgEntry",
    "DocOrgs",
    "Mention",
    "read_orgs",
    "doc_orgs",
    "is_excluded_org",
    "is_junk_org",
    "REGIONS",
    "trie_pattern",
]

REGIONS = frozenset(
    {c.lower() for c in COUNTRIES}
    | {
        "uk", "us", "usa", "europe", "north america", "latin america", "south america", "asia",
        "asia pacific", "emea", "americas", "africa", "middle east", "nordic", "benelux", "australasia",
    }
)  # fmt: skip
"""Words that make "<organisation> <region>" a unit of that organisation ("Initech Canada")."""

# Exchanges, regulators and public bodies: named often, never the companies a filing is about.
_EXCLUDED = re.compile(
    r"(?i)\b(?:stock\s+exchange|stock\s+market|exchange\s+commission|securities\s+and\s+exchange|nasdaq|nyse"
    r"|amex|euronext|federal\s+reserve|internal\s+revenue|department\s+(?:of|for)|ministry|commission|agency"
    r"|bureau|court|congress|senate|parliament|government|securities\s+dealers|oversight\s+board"
    r"|exchange,?\s+inc)\b"
)
# Words that say a phrase names a role, document or body *of* the organisation after "of".
_HEAD_NOISE = frozenset(
    """
    board directors director chair chairman chairwoman president officer officers executive vice
    secretary treasurer counsel member members stockholders shareholders shareowners report consent
    approval certificate restated amended annual meeting resources employees subsidiaries subsidiary
    division divisions affiliates to of the for market system copyright acquisition boards letterhead
    """.split()  # noqa: SIM905
)
# Core words too generic to name an organisation on their own.
_GENERIC = frozenset(
    """
    public emerging growth investment affiliated parent power registered subject amended restated
    holding holdings operating the a an new other such each any our its their company corporation
    trust partnership limited commercial banks bank financial services group international national
    general american capital management fund third first second generation delaware affiliate
    """.split()  # noqa: SIM905
)
_COMMON_FIRST = frozenset(
    """
    royal koninklijke american general united national international first new southern northern
    eastern western central global standard public federal state great pacific atlantic north south
    east west capital financial gulf mid the
    """.split()  # noqa: SIM905
)
_GENERIC_SECOND = frozenset(
    """
    computer computers systems software technologies technology communications holdings group corp
    inc electronics networks industries laboratories labs pharmaceuticals therapeutics motors motor
    """.split()  # noqa: SIM905
)
_ABBREV_END = re.compile(r"(?:\b(?i:Inc|Corp|Co|Cos|Ltd|Bros|Assn)|(?:[A-Z]\.){1,3}[A-Z]?)\.$")
_PLACES = frozenset(n.lower() for n in US_STATES.values()) | frozenset(c.lower() for c in COUNTRIES)


def is_excluded_org(name: str) -> bool:
    """Exchanges, regulators and public bodies; they are named, not described."""
    return bool(_EXCLUDED.search(name))


# Securities, tax and cover-page terms that end in "Company" or look like names, and headings.
_JUNK_TERM = re.compile(
    r"(?i)(?:passive\s+foreign\s+investment|controlled\s+foreign|shell|blank\s+check|emerging\s+growth"
    r"|smaller\s+reporting|investment|holding|reporting|personal\s+holding|foreign\s+private)\s+compan(?:y|ies)"
    r"|(?:common|preferred|ordinary|class\s+[a-z])\s+(?:shares?|stock|units?)|american\s+depositary\s+\w+"
    r"|(?:executive|named\s+executive)\s+officers?|directors?\s+and\s+(?:executive\s+)?officers?"
    r"|pfic|cfc|qef|u\.?s\.?a?|u\.?k\.?"
)
_STREET = re.compile(
    r"(?i)\b(?:rue|avenue|av|via|strasse|straße|str|street|road|weg|platz|chemin|route|allee|gasse|quai"
    r"|boulevard|blvd|calle|rua|laan|straat)\b|\w(?:strasse|straße|gasse|weg|platz|straat|laan|vej|gatan)\b"
)


def is_junk_org(name: str) -> bool:
    """Words that look like an organisation's name but are a securities or tax term ("Common Shares",
    "PFIC", "SHELL COMPANY"), a heading ("Executive Officers"), a street address
    ("Rue de la Gare 6") or a country's abbreviation ("U.S")."""
    flat = " ".join(name.split()).strip(" ,.;:")
    if _JUNK_TERM.fullmatch(flat):
        return True
    return bool(
        not has_legal_suffix(flat)
        and re.search(r"\d", flat)
        and _STREET.search(flat)
        and re.search(r"(?:^\d|\s\d+[A-Za-z]?)$|^\d", flat)
    )


@dataclass
class OrgEntry:
    """One organisation of the document: its full name, the other names it goes by, where it is named."""

    name: str
    aliases: set[str] = field(default_factory=set)
    kind: str = "legal"  # legal, ticker, defined, unit, named
    span: tuple[int, int] = (0, 0)
    parent_hint: str | None = None  # a brand unit's owner, by full name


@dataclass(frozen=True, slots=True)
class Mention:
    """A known organisation (or the filer, `entry` None) named at text[start:end]."""

    start: int
    end: int
    entry: OrgEntry | None


@dataclass
class DocOrgs:
    """The organisations of one document and every form it names them by (case-insensitive)."""

    entries: dict[str, OrgEntry] = field(default_factory=dict)  # key → entry
    forms: dict[str, str] = field(default_factory=dict)  # casefolded form → key
    company: str | None = None  # the entry "the Company" stands for, when the text defines it
    company_defs: list[tuple[int, str]] = field(default_factory=list)  # (position, key): definitions in order
    _pattern: re.Pattern[str] | None = None
    _cache: dict[int, tuple[str, list[Mention], list[int]]] | None = None  # texts read whole, by id
    _frozen: bool = False

    def company_at(self, pos: int) -> OrgEntry | None:
        """What "the Company" means at `pos`: the latest definition before it, else the first one."""
        if not self.company_defs:
            return None
        i = bisect_right(self.company_defs, (pos, "\uffff")) - 1  # definitions are added in text order
        return self.entries.get(self.company_defs[max(i, 0)][1])

    def key(self, name: str) -> str:
        return " ".join(org_core(name).casefold().replace(",", " ").split())

    def add(self, name: str, span: tuple[int, int], kind: str = "legal") -> OrgEntry | None:
        name = _clean(name)
        if not name or is_excluded_org(name) or is_junk_org(name):
            return None
        existing = self.resolve(name) or self._same_as(name)
        if existing is not None:
            if name != existing.name:
                if _better_display(name, existing.name):
                    existing.aliases.add(existing.name)
                    existing.name = name
                else:
                    existing.aliases.add(name)
            self._index(name, existing)
            return existing
        k = self.key(name)
        entry = OrgEntry(name, kind=kind, span=span)
        self.entries[k] = entry
        self._index(name, entry)
        return entry

    def copy(self) -> DocOrgs:
        """An independent index with the same organisations (entries copied, the compiled pattern shared)."""
        return DocOrgs(
            entries={k: replace(e, aliases=set(e.aliases)) for k, e in self.entries.items()},
            forms=dict(self.forms),
            company=self.company,
            company_defs=list(self.company_defs),
            _pattern=self._pattern,
        )

    def batch(self) -> _Batch:
        """While open, new names do not rebuild the mention pattern (they are still resolvable)."""
        return _Batch(self)

    def merge(self, keep: OrgEntry, other: OrgEntry) -> None:
        """`other` is another name of `keep`: one entry, every form of both."""
        kk = next(k for k, e in self.entries.items() if e is keep)
        ko = next(k for k, e in self.entries.items() if e is other)
        keep.aliases |= other.aliases | {other.name}
        del self.entries[ko]
        for form, k in list(self.forms.items()):
            if k == ko:
                self.forms[form] = kk
        if self.company == ko:
            self.company = kk
        self.company_defs = [(p, kk if k == ko else k) for p, k in self.company_defs]
        self._pattern = None
        self._cache = None

    def prefix_of(self, name: str) -> OrgEntry | None:
        """The one entry whose name begins with `name` ("ACX" of "ACX Life Sciences, Inc.")."""
        words = name.casefold().split()
        found = []
        for e in self.entries.values():
            core = org_core(e.name).replace(",", " ").casefold().split()
            if len(core) > len(words) and core[: len(words)] == words:
                found.append((e, core))
        if len(found) > 1:
            found = [(e, c) for e, c in found if len(c) == len(words) + 1 and c[-1] in _GENERIC_SECOND]
        return found[0][0] if len(found) == 1 else None

    def _same_as(self, name: str) -> OrgEntry | None:
        """An entry this name is another spelling of: a shared short form ("Royal Vandelay" and
        "Koninklijke Vandelay N.V." are both "Vandelay") or a one-letter typo ("Initec Corp.")."""
        for form in _forms(name) - {name}:
            k = self.forms.get(form.casefold())
            if k is not None:
                return self.entries[k]
        mine = self.key(name)
        for k, entry in self.entries.items():
            if _one_edit(mine, k) and has_legal_suffix(name) and has_legal_suffix(entry.name):
                return entry
        return None

    def alias(self, entry: OrgEntry, form: str) -> None:
        form = _clean(form)
        if form and form.casefold() not in self.forms:
            entry.aliases.add(form)
            self._index(form, entry, short=False)

    def _index(self, name: str, entry: OrgEntry, *, short: bool = True) -> None:
        k = next(key for key, e in self.entries.items() if e is entry)
        if not self._frozen:
            self._pattern = None
            self._cache = None
        for form in _forms(name) if short else {name}:
            self.forms.setdefault(form.casefold(), k)

    def resolve(self, form: str) -> OrgEntry | None:
        f = " ".join(form.split()).strip(" ,;:.").casefold()
        k = self.forms.get(f) or self.forms.get(_clean(form).casefold())
        if k is None:
            k = self.forms.get(self.key(form)) if has_legal_suffix(form) else None
        return self.entries.get(k) if k else None

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Known names in text[start:end], longest first, plus "the Company" / "the Registrant" (the filer).

        The whole text is read once (until the index changes); spans of it are then cut from that reading.
        """
        stop = len(text) if end is None else end
        if self._pattern is not None and len(text) > 200:
            cache = self._cache if self._cache is not None else {}
            hit = cache.get(id(text))
            if hit is None or hit[0] is not text:
                found = self._scan(text, 0, len(text))
                hit = cache[id(text)] = (text, found, [m.start for m in found])
                while len(cache) > 3:
                    del cache[next(iter(cache))]
                self._cache = cache
            _, found, starts = hit
            lo, hi = bisect_left(starts, start), bisect_left(starts, stop)
            return [m for m in found[lo:hi] if m.end <= stop]
        return self._scan(text, start, stop)

    def _scan(self, text: str, start: int, stop: int) -> list[Mention]:
        if self._pattern is None:
            forms = [f for f in self.forms if 2 <= len(f) <= _MAX_FORM]
            alts = trie_pattern(forms)
            # cheap tests first: a letter some form begins with, and (unless a name is written in
            # camel case, "eBay") not a lower-case one, since only capitalised mentions count
            first = "".join(sorted({re.escape(f[0]) for f in forms}))
            camel = any(n[:1].islower() for e in self.entries.values() for n in (e.name, *e.aliases))
            lower = "" if camel else "(?-i:(?![a-z]))"
            self._pattern = re.compile(
                rf"(?i)(?=[{first}]){lower}(?<![\w&@./-]){alts}(?![\w&@]|-\w)" if alts else r"(?!x)x"
            )
            self._cache = None
        out: list[Mention] = []
        upper: set[str] | None = None
        for m in self._pattern.finditer(text, start, stop):
            written = m.group()
            if not (written[0].isupper() or written[0].isdigit() or _CAMEL.match(written)):
                continue
            if written.isupper() and len(written) <= 4:
                if upper is None:  # short capitals count only as a name or alias written so
                    upper = {a for e in self.entries.values() for a in (e.name, *e.aliases)}
                if written not in upper:
                    continue
            entry = self.resolve(written)
            if entry is not None:
                out.append(Mention(m.start(), m.end(), entry))
        # the filer's words, where no name covers them (both lists are in text order)
        filer: list[Mention] = []
        i = 0
        for m in _FILER_WORDS.finditer(text, start, stop):
            while i < len(out) and out[i].end <= m.start():
                i += 1
            if i < len(out) and out[i].start <= m.start():
                continue
            filer.append(Mention(m.start(), m.end(), self.company_at(m.start())))
        return sorted(out + filer, key=lambda x: x.start) if filer else out


class _Batch:
    def __init__(self, orgs: DocOrgs) -> None:
        self.orgs = orgs

    def __enter__(self) -> DocOrgs:
        self.orgs._frozen = True
        return self.orgs

    def __exit__(self, *exc: object) -> None:
        self.orgs._frozen = False
        self.orgs._pattern = None
        self.orgs._cache = None


_CAMEL = re.compile(r"[a-z]+[A-Z0-9]")
_MAX_FORM = 300  # longer "names" are run-on text: resolvable, but not looked for


def trie_pattern(words: Iterable[str], space: str = r"\s+") -> str:
    """One regex alternative per word, factored into a trie: the same longest-first matching as
    an alternation sorted by length, but without trying every word at every position.
    A space in a word matches `space` (any run of white space). "" when there are no words."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return ""
    out: list[str] = []
    # iterative depth-first walk: ("node", n) expands a node, ("text", s) emits text
    stack: list[tuple[str, object]] = [("node", root)]
    while stack:
        kind, item = stack.pop()
        if kind == "text":
            out.append(item)  # type: ignore[arg-type]
            continue
        node: dict[str, dict] = item  # type: ignore[assignment]
        alts = [ch for ch in sorted(node) if ch]
        ends = "" in node
        if not alts:
            continue
        if len(alts) == 1 and not ends:
            ch = alts[0]
            stack.append(("node", node[ch]))
            stack.append(("text", space if ch == " " else re.escape(ch)))
            continue
        # "(?:" a... "|" b... ("|" for the end) ")": pushed in reverse
        stack.append(("text", "|)" if ends else ")"))
        for k, ch in enumerate(reversed(alts)):
            stack.append(("node", node[ch]))
            stack.append(("text", space if ch == " " else re.escape(ch)))
            if k < len(alts) - 1:
                stack.append(("text", "|"))
        stack.append(("text", "(?:"))
    return "".join(out)


_FILER_WORDS = re.compile(
    r"(?=[TtWwOoUu])\b(?:[Tt]he\s+(?:Company|Registrant|Corporation)|[Tt]he\s+company|[Ww]e|[Oo]ur|[Uu]s)\b(?!\.\S)"
)


def _forms(name: str) -> set[str]:
    """A name and its short forms: no suffix ("Globex"), no leading common word ("Vandelay"), the head
    before a comma ("Dunder" of "Dunder, Mifflin and Co."), the first word ("Hooli" of "Hooli Computer")."""
    forms = {name}
    core = re.sub(r"[\s,]+(?:and|&)$", "", org_core(name)).strip(" ,")
    if core and core != name and _distinctive(core):
        forms.add(core)
    if "," in core:
        head = core.split(",")[0].strip()
        if _distinctive(head) and head.lower() not in _COMMON_FIRST:
            forms.add(head)
    words = core.replace(",", " ").split()
    if len(words) >= 2 and words[0].lower() in _COMMON_FIRST:
        rest = " ".join(words[1:])
        if _distinctive(rest):
            forms.add(rest)
    if (
        len(words) == 2
        and words[1].lower().strip(".,") in _GENERIC_SECOND
        and words[0].lower() not in _COMMON_FIRST
        and words[0].lower() not in _PLACES
        and len(words[0]) >= 3
    ):
        forms.add(words[0])
    return forms


def _one_edit(a: str, b: str) -> bool:
    """ "jungle" / "junglee": one letter added or dropped, in names long enough to be a typo."""
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _distinctive(core: str) -> bool:
    words = [w.lower().strip(".,&'’") for w in core.split()]
    words = [w for w in words if w and w not in ("and", "of", "&")]
    if not words:
        return False
    if len(words) == 1 and (words[0] in _GENERIC or words[0] in _PLACES or words[0].isdigit()):
        return False
    if all(w in _PLACES for w in words):  # "Kentucky and Virginia Corporation": where it is incorporated
        return False
    if all(w in _GENERIC or not re.search(r"[a-z]", w) for w in words):
        return False
    return any(re.search(r"[a-z]", w) for w in words)


def _better_display(new: str, old: str) -> bool:
    """Prefer a name with its legal suffix, then mixed case over capitals."""
    if has_legal_suffix(new) != has_legal_suffix(old):
        return has_legal_suffix(new)
    return old.isupper() and not new.isupper()


def _clean(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:'\"“”‘’")
    if name.endswith(".") and not _ABBREV_END.search(name):
        name = name[:-1].rstrip()
    return name


# --- reading the document -------------------------------------------------------


class _Offsets:
    """Piecewise map from the squeezed text back to the original: tokens map one to one,
    a squeezed white-space run maps to where the run began."""

    def __init__(self) -> None:
        self.flat = array("q")
        self.orig = array("q")
        self.linear = array("b")

    def add(self, flat: int, orig: int, linear: bool) -> None:
        self.flat.append(flat)
        self.orig.append(orig)
        self.linear.append(1 if linear else 0)

    def __call__(self, i: int) -> int:
        k = max(bisect_right(self.flat, i) - 1, 0)
        return self.orig[k] + (i - self.flat[k] if self.linear[k] else 0)


_WS_RUN = re.compile(r"[ \t\r\n\xa0]{2,}|[\t\r\n\xa0]")  # white space other than one space
_TABLE_LINE = re.compile(r"\t|\S {3,}\S")


def _squeezed(text: str) -> tuple[str, _Offsets]:
    """The text with wrapped prose lines joined, and a map back to offsets in `text`.

    Names wrap across lines in plain-text filings ("Hooli\\nComputer, Inc."). A
    line break is read as a space only after a long prose line (a wrapped
    paragraph), never in address or contact blocks or tables, where each line is
    its own entry. Capitals are eased for the name finder ("HOUSE OF WAX
    CORPORATION" reads as "HOUSE of WAX Corporation") without changing any length.
    """
    out: list[str] = []
    offsets = _Offsets()
    pos = flat_pos = 0
    line_start = 0
    for m in _WS_RUN.finditer(text):
        run = m.group()
        if m.start() > pos:  # the text before this run
            offsets.add(flat_pos, pos, True)
            out.append(text[pos : m.start()])
            flat_pos += m.start() - pos
        breaks = run.count("\n")
        rep = " "
        if breaks:
            line = text[line_start : m.start()]
            if (breaks > 1 or len(line) < 45 or _TABLE_LINE.search(line)) and not (
                breaks == 1 and _CAPS_CONTINUED.match(text, m.end()) and _CAPS_LINE.search(line)
            ):
                rep = "\n" * min(breaks, 2)
            line_start = m.start() + run.rfind("\n") + 1
        offsets.add(flat_pos, m.start(), False)
        out.append(rep)
        flat_pos += len(rep)
        pos = m.end()
    if pos < len(text):
        offsets.add(flat_pos, pos, True)
        out.append(text[pos:])
    flat = _CAPS_TOKEN.sub(lambda t: _CAPS_WORDS[t.group()], "".join(out))
    flat = re.sub(r"\.{3}(?=[A-Za-z])", "   ", flat)
    return flat, offsets


# a capitals name continued on the next line: "1900 BANCORP" / "OF IDAHO, INC."
_CAPS_CONTINUED = re.compile(r"(?:OF|AND|&)[ ][A-Z][A-Z.,&'’ -]*$", re.M)
_CAPS_LINE = re.compile(r"(?:^|\s)[A-Z0-9][A-Z0-9&'’.-]*[A-Z][ \t]*$")

_CAPS_WORDS = {
    "OF": "of", "AND": "and", "THE": "the", "FOR": "for", "INC.": "Inc.", "INC": "Inc", "CORP.": "Corp.",
    "CORP": "Corp", "CORPORATION": "Corporation", "COMPANY": "Company", "LIMITED": "Limited", "Plc": "PLC",
    "INC.,": "Inc.,", "CO.": "Co.", "LTD.": "Ltd.", "LTD": "Ltd",
}  # fmt: skip
_CAPS_TOKEN = re.compile(
    r"(?<!\S)(?:" + "|".join(re.escape(w) for w in sorted(_CAPS_WORDS, key=len, reverse=True)) + r")(?!\S)"
)
_AND_CO = re.compile(
    r"(?=[A-Z])(?<![\w&'’.-])((?>[A-Z][\w'’.-]*),\s(?>[A-Z][\w'’.-]*),?\s(?:and|&)\s(?:Co\.|Company))"
)


def _legal_names(flat: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    spans = list(find_org_names(flat)) + [(m.start(), m.end()) for m in _AND_CO.finditer(flat)]
    for a, b in spans:
        for name, s, e in _split_list(flat, a, b):
            name, s = _trim_head(name, s)
            name = _clean(name)
            if not name or not has_legal_suffix(name):
                continue
            core = org_core(name)
            if not _distinctive(core) or _YEARISH.match(core) or re.match(r"^[^A-Za-z]*$", core):
                continue
            if (
                _BARE_SUFFIX.fullmatch(name)
                or re.search(r"(?i)(?:\s(?:and|of|the)|&)$", core)
                or core == name
            ):
                continue  # "AB", "GICs and Trust", "Acme Life and AB"
            if _PERSON_BEFORE.search(flat, max(0, s - 40), s) and len(name.split()) > 2:
                rest = name.split(None, 1)[1]  # "John Q. Doe Globex Inc.": the surname is his
                if _distinctive(org_core(rest)):
                    name, s = rest, s + len(name) - len(rest)
            na = re.match(r",?\s+N\.\s?A\.", flat[e : e + 8])
            if na:
                name, e = name + ", N.A.", e + na.end()
            found.append((name, s, e))
    # "Visit the Widget Company" is "Widget Company" when that name stands alone elsewhere
    names = {n.casefold() for n, _, _ in found}
    out = []
    for name, s, e in found:
        words = name.split()
        for i in range(1, len(words) - 1):
            tail = " ".join(words[i:])
            if tail.casefold() in names and words[i - 1].lower() not in ("and", "&", "of"):
                name, s = tail, e - len(tail)
                break
        out.append((name, s, e))
    return out


_ROLE_NOUNS = frozenset({"affairs", "relations", "boards", "directors", "officers", "counsel"})
"""A phrase ending so names a function *of* the organisation after "of": "Commercial & Legal Affairs of X"."""
_PERSON_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+[ ]+[A-Z]\.[ ]+$")
"""A first name and a middle initial: the capitalised word after them is the person's surname."""

_YEARISH = re.compile(r"^(?:19|20)\d\d\b")


def _split_list(flat: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """ "Widget Company and Gizmo, Inc." → both; "Initrode and Vandelay Airtouch plc" → the
    named company; "Springfield Electric and Power Company" and "Procter & Gamble Company" stay one."""
    text = flat[a:b]
    glued = re.search(
        r"\b(?:Company|Corporation|Inc\.|Corp\.|PLC|plc|LLC|Ltd\.|L\.P\.)(?=\s+[A-Z][A-Za-z])", text
    )
    if (
        glued
        and has_legal_suffix(text[: glued.end()])
        and has_legal_suffix(text[glued.end() :])
        and _distinctive(org_core(text[glued.end() :].strip()))
        and org_core(text[glued.end() :].strip()) != text[glued.end() :].strip()
    ):
        cut = glued.end()
        rest = len(text[cut:]) - len(text[cut:].lstrip())
        return _split_list(flat, a, a + cut) + _split_list(flat, a + cut + rest, b)
    for m in re.finditer(r",?\s+(?:and|AND|&)\s+", text):
        left, right = text[: m.start()], text[m.end() :]
        left_legal = has_legal_suffix(left) and bool(org_core(left))
        bare_left = org_core(left) == "" or left.strip() in ("Company", "Corporation")
        right_core = org_core(right)
        right_named = has_legal_suffix(right) and len(right_core.split()) >= 2 and _distinctive(right_core)
        if left_legal or bare_left or (m.group().strip() in ("and", "AND") and right_named):
            out = [(left, a, a + m.start())] if left_legal else []
            return out + _split_list(flat, a + m.end(), b)
    return [(text, a, b)]


def _trim_head(name: str, start: int) -> tuple[str, int]:
    """Drop what glues to a name's front: "Board of Directors of X", "2011 X", "1-3526 X",
    "Atlanta-based X"."""
    while True:
        m = re.match(
            r"(?:(?:19|20)\d\d\s*(?:--|—)?\s*|\d+-[\d-]+\s+|[A-Z][\w-]*-based\s+|COPYRIGHT\s+|©\s*|the\s+)",
            name,
        )
        if m and m.end() < len(name) and not re.match(r"\d+[A-Za-z]", name):
            name, start = name[m.end() :], start + m.end()
            continue
        break
    parts = list(re.finditer(r"\s+of\s+(?:the\s+)?", name))
    for p in reversed(parts):
        head, tail = name[: p.start()], name[p.end() :]
        head_words = {w.lower().strip(",.") for w in head.split() if not re.search(r"\d", w)}
        noise = _HEAD_NOISE | {"and", "&", "the", "of", "chief", "number", "incorporation"}
        last = head.split()[-1].lower().strip(",.") if head.split() else ""
        if has_legal_suffix(tail) and (head_words <= noise or is_title(head) or last in _ROLE_NOUNS):
            return tail, start + p.end()
    first = name.split()[0].lower() if name.split() else ""
    if (
        first in ("to", "acquire", "acquires", "acquired", "agrees", "names", "and", "visit")
        and len(name.split()) > 2
    ):
        rest = name.split(None, 1)[1]
        return rest, start + len(name) - len(rest)
    return name, start


_TICKER = re.compile(  # words atomic and starting a token: linear on long runs ("NNNN...")
    r"(?=[A-Z0-9])(?<![\w&'’.\-])((?:(?>[A-Z0-9][\w&'’.\-]*)[ ,]+){0,4}?(?>[A-Z0-9][\w&'’.\-]*))\s*\(\s*"
    r"(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC|NYSE\s+American)"
    r"\s*(?:/\s*NMS)?\s*:\s*[A-Z.]{1,6}[^)]{0,30}\)"
)
_CLAUSE_WORDS = frozenset(
    """
    the a an today on in at for and but or with by as said about of from to that this - -- — –
    """.split()  # noqa: SIM905
)
_DEFINED = re.compile(r"\(\s*(?:the\s+)?[\"“”]([^\"“”()]{1,40})[\"”“]\s*\)|\(([A-Z][\w&'’.\- ]{1,40})\)")
_DEFINED_GENERIC = frozenset(
    """
    board company registrant committee plan agreement spin-off distribution notes stock shares rsus
    exchange act securities act reports report merger transaction offer purchaser buyer seller we us
    our corporation
    """.split()  # noqa: SIM905
)
_DEAL_WORDS = frozenset(
    """
    stock shares common preferred notes note ratio merger agreement plan markets market divestiture
    transaction offer price consideration effective time date rsus units warrants options debentures
    bonds facility
    """.split()  # noqa: SIM905
)
_FILER_TERMS = frozenset({"company", "registrant", "corporation", "issuer"})
_BRAND = re.compile(
    r"(?i)(?=[bu])\b(?:branded\s+as|under\s+the\s+brand(?:\s+name)?)\s+([A-Z0-9][\w&'’\-]*(?:\s+[A-Z0-9][\w&'’\-]*)?)"
)
_BRAND_NOUN = re.compile(  # a brand is one word of at most 40 characters: linear on "A'A'A'..."
    r"(?=[tpsgA-Z0-9])\b(?:the\s+)?(?:powerful\s+|strong\s+|global\s+)?((?>[A-Z0-9][\w&'’\-]{0,40}))\s+brand\b"
)


def read_orgs(text: str) -> DocOrgs:
    """The organisations `text` names, indexed by every form it uses for them.

    Several extractors read the same document: the reading of the last few
    (not too long) texts is kept, and each caller gets its own copy to add to.
    """
    if len(text) > 2_000_000:
        return _read_orgs(text)
    return _cached_read_orgs(text).copy()


_READINGS: weakref.WeakKeyDictionary[Document, DocOrgs] = weakref.WeakKeyDictionary()


def doc_orgs(doc: Document) -> DocOrgs:
    """The organisations of `doc`'s reading text, read once per document and shared by the
    extractors that read it (text-orgs, text-metrics): the entry lives as long as the Document.

    The index is shared: a caller that adds names must work on `.copy()` of it.
    """
    orgs = _READINGS.get(doc)
    if orgs is None:
        orgs = _READINGS[doc] = _read_orgs(doc.view.text)
    return orgs


@lru_cache(maxsize=4)
def _cached_read_orgs(text: str) -> DocOrgs:
    return _read_orgs(text)


def _read_orgs(text: str) -> DocOrgs:
    flat, offsets = _squeezed(text)
    orgs = DocOrgs()

    def at(i: int) -> int:
        return offsets(i) if i < len(flat) else len(text)

    def original(a: int, b: int) -> tuple[str, tuple[int, int]]:
        s, e = at(a), at(b - 1) + 1
        return " ".join(text[s:e].split()), (s, e)

    legal_ends = set()
    for _, a, b in _legal_names(flat):
        name, span = original(a, b)
        legal_ends.add(b)
        if not _heading_words(name):
            orgs.add(name, span, "legal")
    for m in _TICKER.finditer(flat):
        words = m.group(1).replace(",", " , ").split()
        while words and (words[0].lower() in _CLAUSE_WORDS or words[0] == ","):
            words.pop(0)
        if not words or m.end(1) in legal_ends:
            continue
        a = m.start(1) + m.group(1).find(words[0])
        name, a = _trim_head(" ".join(words).replace(" , ", ", ").strip(" ,"), a)
        if _BARE_SUFFIX.fullmatch(name) or not _distinctive(org_core(name)):
            continue
        shown, span = original(a, m.end(1))
        orgs.add(shown, span, "ticker")
    _defined_terms(flat, orgs, at)
    _former_names(flat, orgs)
    _brand_units(flat, orgs, at, text)
    return orgs


_FORMERLY_WE = re.compile(r"(?i)\bformerly\s+(?:known\s+as\s+|named\s+|called\s+)?")
_FORMERLY = re.compile(r"\s*(?:\(\s*|,\s+)(?:formerly(?:\s+known\s+as)?|f/k/a)\s+")


def _former_names(flat: str, orgs: DocOrgs) -> None:
    """ "Initech, Inc. (formerly ABC&D, Inc.)": the former name is another name of the same one."""
    stated = "formerly" in flat or "f/k/a" in flat  # else no mention is followed by one: skip reading them
    for m in orgs.mentions(flat) if stated else []:
        if m.entry is None:
            continue
        f = _FORMERLY.match(flat, m.end)
        if not f:
            continue
        later = [
            x
            for x in orgs.mentions(flat, f.end(), f.end() + 80)
            if x.start == f.end() and x.entry is not None
        ]
        if later and later[0].entry is not m.entry:
            orgs.merge(m.entry, later[0].entry)
    # "Hooli Communications Inc. (Hooli) is ... Formerly known as Hooli Atlantic Corporation, we were ..."
    for f in _FORMERLY_WE.finditer(flat):
        named = [
            x
            for x in orgs.mentions(flat, f.end(), f.end() + 80)
            if x.start == f.end() and x.entry is not None
        ]
        before = [x for x in orgs.mentions(flat, max(0, f.start() - 600), f.start()) if x.entry is not None]
        if (
            named
            and before
            and re.match(r",\s+(?:we|the\s+company|it)\b", flat[named[0].end :], re.I)
            and before[0].entry is not named[0].entry
        ):
            orgs.merge(before[0].entry, named[0].entry)


_BARE_SUFFIX = re.compile(r"(?i)(?:inc|corp|co|ltd|plc|llc|company|corporation|limited)\.?")
_HEADING = frozenset(
    """
    documents portions incorporated reference part item items exhibits exhibit schedule signatures
    table contents notes statements index financial report are not is be but include including may
    will
    """.split()  # noqa: SIM905
)


def _heading_words(name: str) -> bool:
    """ "DOCUMENTS INCORPORATED BY REFERENCE": capitals that make a heading, not a name."""
    if not name.isupper():
        return False
    words = {w.lower().strip(",.") for w in org_core(name).split()}
    return bool(words & _HEADING) or not words


def _defined_terms(flat: str, orgs: DocOrgs, at: object) -> None:
    """Defined terms: "Vandelay Industries, Inc. (“Vandelay”)", "Initech Corp., a Delaware
    corporation ("Initech")", and what "the Company" stands for."""
    known: list[tuple[int, int, OrgEntry]] = []
    ends: list[int] = []
    for i, m in enumerate(_DEFINED.finditer(flat)):
        if i == 0:  # the names known before any term is defined; read only when a term is
            known = [(x.start, x.end, x.entry) for x in orgs.mentions(flat) if x.entry is not None]
            ends = [e for _, e, _ in known]
        quoted, bare = m.group(1), m.group(2)
        term = " ".join((quoted or bare or "").split())
        if not term:
            continue
        lo, hi = bisect_left(ends, m.start() - 200), bisect_right(ends, m.start())
        before = [k for k in known[lo:hi] if k[1] <= m.start()]
        sentence_start = _sentence_start(flat, m.start())
        before = [k for k in before if k[0] >= sentence_start]
        if not before:
            continue
        # the appositive's head: skip organisations named inside it ("subsidiary of Hooli.com")
        target, target_end = None, m.start()
        for s, e, entry in reversed(before):
            if re.search(r"(?i)\b(?:of|with|by|from)\s*$", flat[max(0, s - 6) : s]) and s != before[0][0]:
                continue
            gap = flat[e : m.start()]
            if quoted is None and gap.strip():
                break  # a bare "(Name)" must follow the name directly
            target, target_end = entry, e
            break
        if target is None:
            continue
        low = term.casefold()
        if quoted and low in _FILER_TERMS:
            key = next(k for k, e in orgs.entries.items() if e is target)
            orgs.company = orgs.company or key
            orgs.company_defs.append((at(m.start()), key))
            continue
        if low in _DEFINED_GENERIC or low.startswith(("the ", "our ")):
            continue
        words = term.split()
        if any(w.lower() in _DEAL_WORDS for w in words) and not re.search(r"(?i)\bsub\b", term):
            continue
        if not all(w[0].isupper() or w[0].isdigit() or w.lower() in ("and", "of", "&") for w in words):
            continue
        described = quoted and term.lower() in flat[target_end : m.start()].lower().split()
        if (
            _related(term, target)
            or described  # "Vandelay Management, LLC, the Company's external manager (the “Manager”)"
            or (quoted and re.search(r"(?i)\b(?:sub|merger|holdings|parent|acquisition)\b", term))
        ):
            orgs.alias(target, term)


_SENTENCE_END = re.compile(r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\b[A-Z])[.!?]\s+(?=[A-Z(])|\n\n")


def _sentence_start(flat: str, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(flat, max(0, pos - 400), pos)]
    return ends[-1] if ends else max(0, pos - 400)


def _related(term: str, entry: OrgEntry) -> bool:
    """A defined term names the entry: it shares a distinctive word or spells its initials."""
    names = [entry.name, *entry.aliases]
    tw = {w.casefold().strip(".,") for w in term.split()}
    for n in names:
        words = [w for w in re.split(r"[\s,]+", org_core(n)) if w]
        if tw & {w.casefold() for w in words if w.casefold() not in _GENERIC}:
            return True
        initials = "".join(
            w[0] for w in words if w[0].isupper() or w[0] == "&" or w.lower() not in ("and", "of")
        )
        if (
            term.replace(".", "").replace(" ", "").upper() == initials.replace("&", "").upper()
            and len(term) >= 2
        ):
            return True
    return False


def _brand_units(flat: str, orgs: DocOrgs, at: object, text: str = "") -> None:
    """Brands ("branded as Globex") and "<organisation or brand> <region>" units ("Globex UK")."""
    brands: dict[str, OrgEntry | None] = {}
    for rx in (_BRAND, _BRAND_NOUN):
        for m in rx.finditer(flat):
            word = m.group(1)
            if word.lower() in _PLACES or word.lower() in _GENERIC or len(word) < 2:
                continue
            owner = orgs.resolve(word) or _nearest_entry(flat, orgs, m.start())
            brands.setdefault(word, owner)
    heads: dict[str, OrgEntry | None] = dict(brands)
    for form, k in orgs.forms.items():
        entry = orgs.entries[k]
        if entry.kind != "unit":
            heads.setdefault(form, entry)
    if not heads:
        return
    forms = [h.casefold() for h in heads if h and len(h) <= _MAX_FORM]
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    # only a capitalised head counts (below): skip lower-case starts unless a name is written "eBay"
    camel = any(h[:1].islower() for h in brands) or any(
        n[:1].islower() for e in orgs.entries.values() for n in (e.name, *e.aliases)
    )
    lower = "" if camel else "(?-i:(?![a-z]))"
    rx = re.compile(
        rf"(?=[{first}]){lower}(?<![\w&])({trie_pattern(forms)})\s+({_REGIONS_TRIE})(?![\w&])",
        re.I,
    )
    for m in rx.finditer(flat):
        head, region = m.group(1), m.group(2)
        if not (head[0].isupper() or head[0].isdigit() or re.match(r"[a-z]+[A-Z0-9]", head)):
            continue
        if not (region[0].isupper()):
            continue
        if re.search(r"\t|[ ]{3}", text[at(m.end(1)) : at(m.start(2))]):  # type: ignore[operator]
            continue  # a table's next cell ("Acme SARL | Luxembourg"), not a unit
        if re.match(r"\s*(?:Inc|Corp|Ltd|plc|LLC|N\.V|S\.A|AG|GmbH|Limited)\b", flat[m.end() : m.end() + 8]):
            continue  # part of a longer legal name, already known
        owner = heads.get(head) or heads.get(head.casefold()) or orgs.resolve(head)
        name = f"{head} {region}"
        if orgs.resolve(name) is not None:
            continue
        entry = orgs.add(name, (at(m.start()), at(m.end() - 1) + 1), "unit")
        if entry is not None and owner is not None:
            entry.parent_hint = owner.name


_REGIONS_TRIE = trie_pattern(REGIONS, space=" ")


def _nearest_entry(flat: str, orgs: DocOrgs, pos: int) -> OrgEntry | None:
    found = [m for m in orgs.mentions(flat, max(0, pos - 600), pos) if m.entry is not None]
    return found[-1].entry if found else None
