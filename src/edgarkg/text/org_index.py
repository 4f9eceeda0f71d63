"""The organisations of one document, indexed by every form it names them by.

`DocOrgs` resolves a short form to one entry ("Globex" → "Globex plc") and
finds every known name in a text in one regex scan (`mentions`), so the facts
a document states about one company land on one node.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from edgarkg.text.names import has_legal_suffix, org_core
from edgarkg.text.org_filters import (
    COMMON_FIRST,
    GENERIC_SECOND,
    PLACES,
    distinctive,
    is_excluded_org,
    is_junk_org,
)
from edgarkg.text.trie import anchored_trie_pattern, trie_pattern

__all__ = ["OrgEntry", "Mention", "DocOrgs", "MAX_FORM", "clean_org_name"]

_ABBREV_END = re.compile(r"(?:\b(?i:Inc|Corp|Co|Cos|Ltd|Bros|Assn)|(?:[A-Z]\.){1,3}[A-Z]?)\.$")


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
    _dirty: bool = False  # forms or names changed while frozen

    def company_at(self, pos: int) -> OrgEntry | None:
        """What "the Company" means at `pos`: the latest definition before it, else the first one."""
        if not self.company_defs:
            return None
        i = bisect_right(self.company_defs, (pos, "\uffff")) - 1  # definitions are added in text order
        return self.entries.get(self.company_defs[max(i, 0)][1])

    def key(self, name: str) -> str:
        """The core, folded, without commas, parentheses or dots ("Syntex (U.S.A.), Inc." is "Syntex USA
        Inc.")."""
        core = _fold(org_core(name))
        if "®" in core or "(r)" in core or "™" in core:
            core = _MARKS.sub(" ", core)  # "Platinum (R) Software" is "Platinum®Software"
        return " ".join(core.translate(_KEY_PUNCTUATION).split())

    def add(self, name: str, span: tuple[int, int], kind: str = "legal") -> OrgEntry | None:
        name = clean_org_name(name)
        if not name or is_excluded_org(name) or is_junk_org(name):
            return None
        existing = self.resolve(name) or self._same_as(name) or self.entries.get(self.key(name))
        if existing is not None and _other_form(name, existing):
            # "Medtronic, Inc." beside "Medtronic plc": a parent and its subsidiary, two companies
            existing = self.entries.get(self.key(name) + "#" + (legal_form(name) or ""))
            if existing is None:
                entry = OrgEntry(name, kind=kind, span=span)
                self.entries[self.key(name) + "#" + (legal_form(name) or "")] = entry
                self._index(name, entry)
                return entry
        if existing is not None:
            renamed = False
            if name != existing.name:
                if _better_display(name, existing.name):
                    existing.aliases.add(existing.name)
                    existing.name = name
                    renamed = True
                elif name not in existing.aliases:
                    existing.aliases.add(name)
                    renamed = True
            self._index(name, existing, changed=renamed)
            return existing
        k = self.key(name)
        entry = OrgEntry(name, kind=kind, span=span)
        self.entries[k] = entry
        self._index(name, entry)
        return entry

    def copy(self) -> DocOrgs:
        """An independent index with the same organisations: entries copied, the compiled pattern
        and the readings of whole texts shared (their mentions pointed at the copied entries)."""
        entries = {k: replace(e, aliases=set(e.aliases)) for k, e in self.entries.items()}
        twin = {id(e): entries[k] for k, e in self.entries.items()}
        cache = None
        if self._pattern is not None and self._cache:
            cache = {
                i: (text, [Mention(m.start, m.end, m.entry and twin[id(m.entry)]) for m in found], starts)
                for i, (text, found, starts) in self._cache.items()
            }
        return DocOrgs(
            entries=entries,
            forms=dict(self.forms),
            company=self.company,
            company_defs=list(self.company_defs),
            _pattern=self._pattern,
            _cache=cache,
        )

    def define_company(self, pos: int, entry: OrgEntry) -> None:
        """From `pos` on, "the Company" is `entry` (definitions come in text order)."""
        key = next(k for k, e in self.entries.items() if e is entry)
        self.company = self.company or key
        self.company_defs.append((pos, key))
        self._cache = None  # the filer's words read before now point elsewhere

    def batch(self) -> _Batch:
        """While open, new names do not rebuild the mention pattern (they are still resolvable)."""
        return _Batch(self)

    def merge(self, keep: OrgEntry, other: OrgEntry) -> None:
        """`other` is another name of `keep`: one entry, every form of both."""
        kk = next((k for k, e in self.entries.items() if e is keep), None)
        ko = next((k for k, e in self.entries.items() if e is other), None)
        if kk is None or ko is None or kk == ko:
            return  # one of them was merged away already (a mention read before that merge)
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
            found = [(e, c) for e, c in found if len(c) == len(words) + 1 and c[-1] in GENERIC_SECOND]
        return found[0][0] if len(found) == 1 else None

    def _same_as(self, name: str) -> OrgEntry | None:
        """An entry this name is another spelling of: a shared short form ("Royal Vandelay" and
        "Koninklijke Vandelay N.V." are both "Vandelay") or a one-letter typo ("Initec Corp.")."""
        for form in _forms(name) - {name}:
            k = self.forms.get(_fold(form))
            if (
                k is not None
                and not _other_legal_name(name, self.entries[k].name)
                and not _other_form(name, self.entries[k])
            ):
                return self.entries[k]
        mine = self.key(name)
        for k, entry in self.entries.items():
            if _one_edit(mine, k) and has_legal_suffix(name) and has_legal_suffix(entry.name):
                return entry
        return None

    def alias(self, entry: OrgEntry, form: str, *, defined: bool = False) -> None:
        """`form` is another name of `entry`. A term the document `defined` for it ("Globex North
        America, Inc. ("Globex")") takes the form over from an entry it was only a short form of
        ("Globex" of "Globex Limited")."""
        form = clean_org_name(form)
        if not form:
            return
        f = _fold(form)
        if f not in self.forms:
            entry.aliases.add(form)
            self._index(form, entry, short=False)
            return
        other = self.entries.get(self.forms[f])
        if (
            defined
            and other is not None
            and other is not entry
            and form != other.name
            and form not in other.aliases
        ):
            self.forms[f] = next(key for key, e in self.entries.items() if e is entry)
            entry.aliases.add(form)
            self._index(form, entry, short=False, changed=True)

    def _index(self, name: str, entry: OrgEntry, *, short: bool = True, changed: bool = True) -> None:
        """Index `name`'s forms; the mention pattern is rebuilt only when a form is new or a name
        changed (`changed`: a new entry or alias, which the short-capitals and camel-case tests read)."""
        k = next(key for key, e in self.entries.items() if e is entry)
        for form in _forms(name) if short else {name}:
            f = _fold(form)
            if f not in self.forms:
                self.forms[f] = k
                changed = True
        if not changed:
            return
        if self._frozen:
            self._dirty = True
        else:
            self._pattern = None
            self._cache = None

    def resolve(self, form: str) -> OrgEntry | None:
        f = _fold(" ".join(form.split()).strip(" ,;:."))
        k = self.forms.get(f) or self.forms.get(_fold(clean_org_name(form)))
        if k is None:
            k = self.forms.get(self.key(form)) if has_legal_suffix(form) else None
            found = self.entries.get(k) if k else None
            if found is not None and _other_form(form, found):  # "Medtronic Inc." of "Medtronic, Inc."
                return self.entries.get(self.key(form) + "#" + (legal_form(form) or ""), found)
            return found
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
            forms = [f for f in self.forms if 2 <= len(f) <= MAX_FORM]
            # unless a name is written in camel case ("eBay"), only capitalised mentions count:
            # the pattern skips to the capitals (and digits) that some form begins with
            camel = any(n[:1].islower() for e in self.entries.values() for n in (e.name, *e.aliases))
            alts = anchored_trie_pattern(forms, not_after=r"[\w&@./-]", lower_start=camel)
            if alts is None:  # a form begins outside the Basic Multilingual Plane: the plain pattern
                first = "".join(sorted({re.escape(f[0]) for f in forms}))
                lower = "" if camel else "(?-i:(?![a-z]))"
                alts = rf"(?i)(?=[{first}]){lower}(?<![\w&@./-]){trie_pattern(forms)}"
            self._pattern = re.compile(rf"{alts}(?![\w&@]|-\w)" if alts else r"(?!x)x")
            self._cache = None
        out: list[Mention] = []
        upper: set[str] | None = None
        resolved: dict[str, OrgEntry | None] = {}  # a name is written the same way many times
        for m in self._pattern.finditer(text, start, stop):
            written = m.group()
            if not (written[0].isupper() or written[0].isdigit() or _CAMEL.match(written)):
                continue
            if written.isupper() and len(written) <= 4:
                if upper is None:  # short capitals count only as a name or alias written so
                    upper = {a for e in self.entries.values() for a in (e.name, *e.aliases)}
                if written not in upper:
                    continue
            a = m.start()
            if a > 2 and text[a - 1] == " " and _HONORIFIC.search(text, max(0, a - 5), a):
                continue  # "Mr. Hooli": a person, though a company goes by his name
            entry = (
                resolved[written]
                if written in resolved
                else resolved.setdefault(written, self.resolve(written))
            )
            if entry is not None:
                out.append(Mention(a, m.end(), entry))
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
        if self.orgs._dirty:
            self.orgs._dirty = False
            self.orgs._pattern = None
            self.orgs._cache = None


_MARKS = re.compile(r"\s*(?:\((?:r|tm)\)|®|™)\s*")
_KEY_PUNCTUATION = str.maketrans({",": " ", "(": " ", ")": " ", ".": ""})


def _fold(form: str) -> str:
    """A form as the index keys it: case folded, a curly apostrophe read as a straight one."""
    return form.casefold().replace("’", "'")


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ ]$")
_CAMEL = re.compile(r"[a-z]+[A-Z0-9]")
MAX_FORM = 300  # longer "names" are run-on text: resolvable, but not looked for


# the first letter read by a class, so that `re` skips to the candidates; then the branch for it
_FILER_WORDS = re.compile(
    r"[TtWwOoUu](?<!\w.)(?:(?<=[Tt])he\s+(?:Company|Registrant|Corporation)|(?<=[Tt])he\s+company"
    r"|(?<=[Ww])e|(?<=[Oo])ur|(?<=[Uu])s)\b(?!\.\S)"
)


def _forms(name: str) -> set[str]:
    """A name and its short forms: no suffix ("Globex"), no leading common word ("Vandelay"), the head
    before a comma ("Dunder" of "Dunder, Mifflin and Co."), the first word ("Hooli" of "Hooli Computer")."""
    forms = {name}
    core = re.sub(r"[\s,]+(?:and|&)$", "", org_core(name)).strip(" ,")
    if core and core != name and distinctive(core):
        forms.add(core)
    if core.endswith("National Association"):  # "U.S. Bank National Association" is "U.S. Bank"
        bank = core[: -len("National Association")].strip(" ,")
        if " " in bank and distinctive(bank):
            forms.add(bank)
    if "," in core:
        head = core.split(",")[0].strip()
        if distinctive(head) and head.lower() not in COMMON_FIRST:
            forms.add(head)
    words = core.replace(",", " ").split()
    if len(words) >= 3 and words[-1] in ("Jr.", "Sr.") and distinctive(words[-2]):
        forms.add(words[-2])  # "John W. Hancock, Jr., Inc." is "Hancock, Inc."
    if len(words) >= 2 and words[0].lower() in COMMON_FIRST:
        rest = " ".join(words[1:])
        if distinctive(rest):
            forms.add(rest)
    if (
        len(words) == 2
        and words[1].lower().strip(".,") in GENERIC_SECOND
        and words[0].lower() not in COMMON_FIRST
        and words[0].lower() not in PLACES
        and len(words[0]) >= 3
    ):
        forms.add(words[0])
    return forms


def _other_legal_name(a: str, b: str) -> bool:
    """ "Globex Limited" and "Globex North America, Inc.": two full legal names whose cores differ by
    more than a leading common word name two companies of a group, whatever short form they share."""
    if not (has_legal_suffix(a) and has_legal_suffix(b)):
        return False
    ca, cb = (set(org_core(n).lower().replace(",", " ").split()) - COMMON_FIRST for n in (a, b))
    return ca != cb and bool(ca) and bool(cb)


# legal-form words as one form each: "Corp." is "Corporation", "L.L.C." is "LLC"
_FORM_OF = {
    "inc": "inc", "incorporated": "inc", "corp": "corp", "corporation": "corp", "co": "co",
    "company": "co", "ltd": "ltd", "limited": "ltd", "llc": "llc", "lp": "lp", "llp": "llp",
    "plc": "plc", "nv": "nv", "sa": "sa", "ag": "ag", "se": "se", "gmbh": "gmbh", "bv": "bv",
    "spa": "spa", "as": "as", "asa": "asa", "ab": "ab", "oyj": "oyj", "kk": "kk", "pty": "pty",
    "pte": "pte", "bhd": "bhd", "kgaa": "kgaa", "sarl": "sarl", "srl": "srl",
}  # fmt: skip


def legal_form(name: str) -> str | None:
    """The legal form a name ends in, one spelling for each ("Globex Corp." → "corp"); None
    without one, or for words that are also names' words ("Bancorp", "Trust")."""
    forms = _legal_forms(name)
    return forms[-1] if forms else None


def _legal_forms(name: str) -> list[str]:
    """Every legal-form word at the end of a name: "Globex Company, L.L.C." → ["co", "llc"]."""
    out: list[str] = []
    if name.endswith(("Limited Partnership", "LIMITED PARTNERSHIP")):
        # "Excelerate Energy Limited Partnership" beside "Excelerate Energy, Inc.": an operating
        # partnership and its general partner, two companies
        return ["lp"]
    for word in reversed(name.replace(",", " ").split()):
        form = _FORM_OF.get(word.replace(".", "").replace("/", "").casefold())
        if form is None:
            break
        out.insert(0, form)
    return out


def _other_form(name: str, entry: OrgEntry) -> bool:
    """`name` is a full legal name in another legal form than every full name `entry` goes by:
    "Covidien LP" is not "Covidien Ltd." (a document names both when both exist: a group's
    companies, a parent and its subsidiary), though both are "Covidien". Forms shared in part
    are one name ("Globex Co." of "Globex Company, L.L.C.", "Ono Co., Ltd." of "Ono Ltd.")."""
    mine = set(_legal_forms(name))
    if not mine:
        return False
    theirs = {f for n in (entry.name, *entry.aliases) for f in _legal_forms(n)}
    return bool(theirs) and not mine & theirs


def _one_edit(a: str, b: str) -> bool:
    """ "jungle" / "junglee": one letter added or dropped, in names long enough to be a typo; or
    two letters swapped ("Initech Electirc" / "Initech Electric") in a name of a few words."""
    if len(a) == len(b) >= 12 and a != b:
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _better_display(new: str, old: str) -> bool:
    """Prefer a name with its legal suffix ("Globex Bank, N.A." over "Globex Bank"), then mixed case
    over capitals."""
    if new.startswith(old + ", ") and len(new) - len(old) <= 24:
        return True
    if has_legal_suffix(new) != has_legal_suffix(old):
        return has_legal_suffix(new)
    return old.isupper() and not new.isupper()


def clean_org_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:'\"“”‘’")
    if name.endswith(".") and not _ABBREV_END.search(name):
        name = name[:-1].rstrip()
    return name
