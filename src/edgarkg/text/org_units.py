"""Brands and "<organisation or brand> <region>" units: "branded as Globex", "Initech Canada".

A unit is an organisation of its own in the graph, with the organisation or
brand owner it belongs to as a hint for the ownership link.
"""

from __future__ import annotations

import re

from edgarkg.text.org_filters import GENERIC, PLACES, REGIONS
from edgarkg.text.org_index import MAX_FORM, DocOrgs, OrgEntry
from edgarkg.text.trie import anchored_trie_parts, anchored_trie_pattern, trie_pattern

__all__ = ["brand_units"]

_BRAND = re.compile(
    r"(?i)(?=[bu])\b(?:branded\s+as|under\s+the\s+brand(?:\s+name)?)\s+([A-Z0-9][\w&'’\-]*(?:\s+[A-Z0-9][\w&'’\-]*)?)"
)
_BRAND_NOUN = re.compile(  # a brand is one word of at most 40 characters: linear on "A'A'A'..."
    r"(?=[tpsgA-Z0-9])\b(?:the\s+)?(?:powerful\s+|strong\s+|global\s+)?((?>[A-Z0-9][\w&'’\-]{0,40}))\s+brand\b"
)


def brand_units(flat: str, orgs: DocOrgs, at: object, text: str = "") -> None:
    """Brands ("branded as Globex") and "<organisation or brand> <region>" units ("Globex UK")."""
    brands: dict[str, OrgEntry | None] = {}
    # both patterns need the word "brand": most documents never write it, and the patterns (led by a
    # look-ahead) are tried at every position
    lower = flat.lower()
    for rx in (_BRAND, _BRAND_NOUN) if "brand" in lower else ():
        for m in rx.finditer(flat):
            word = m.group(1)
            if word.lower() in PLACES or word.lower() in GENERIC or len(word) < 2:
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
    regions, before = _regions_in(flat)
    if not regions:
        return
    forms = [h.casefold() for h in heads if h and len(h) <= MAX_FORM]
    if before is not None:  # only a name whose last word ends a word written before a region
        ends = {t[i:] for t in before for i in range(len(t) + 1)}  # every ending of those words
        forms = [f for f in forms if not f.isascii() or f.rsplit(" ", 1)[-1] in ends]
        if not forms:
            return
    # only a capitalised head counts (below): skip lower-case starts unless a name is written "eBay"
    camel = any(h[:1].islower() for h in brands) or any(
        n[:1].islower() for e in orgs.entries.values() for n in (e.name, *e.aliases)
    )
    head = anchored_trie_pattern(forms, not_after=r"[\w&]", lower_start=camel)
    if head is None:  # a form begins outside the Basic Multilingual Plane: the plain pattern
        first = "".join(sorted({re.escape(f[0]) for f in forms}))
        lower = "" if camel else "(?-i:(?![a-z]))"
        head = rf"(?i:(?=[{first}]){lower}(?<![\w&])(?:{trie_pattern(forms)}))"
    rx = re.compile(rf"({head})(?i:\s+({regions})(?![\w&-]))")
    for m in rx.finditer(flat):
        head, region = m.group(1), m.group(2)
        if not (head[0].isupper() or head[0].isdigit() or re.match(r"[a-z]+[A-Z0-9]", head)):
            continue
        if not (region[0].isupper()):
            continue
        if re.search(r"\t|[ ]{3}", text[at(m.end(1)) : at(m.start(2))]):  # type: ignore[operator]
            continue  # a table's next cell ("Acme SARL | Luxembourg"), not a unit
        if _LEGAL_AFTER.match(flat, m.end(), m.end() + 10) or _LEGAL_HEAD.search(head):
            continue  # part of a longer legal name ("Globex UK, Inc.", "Globex Trust Company Americas",
            # "Globex Bank USA")
        owner = heads.get(head) or heads.get(head.casefold()) or orgs.resolve(head)
        name = f"{head} {region}"
        if orgs.resolve(name) is not None:
            continue
        entry = orgs.add(name, (at(m.start()), at(m.end() - 1) + 1), "unit")
        if entry is not None and owner is not None:
            entry.parent_hint = owner.name


# a legal form after the region, or ending the head: the region is part of one legal name
_LEGAL_AFTER = re.compile(
    r"[\s,]*(?:Inc|Corp|Ltd|plc|Plc|PLC|LLC|L\.?P\.?|N\.V|S\.A|AG|GmbH|Limited|B\.?V|S\.?p\.?A|Pty|SE|KK|K\.K|GK|Co\.)\b"
)
_LEGAL_HEAD = re.compile(r"(?i)\b(?:company|corporation|inc\.?|corp\.?|ltd\.?|llc|plc|limited|bank)$")
_REGIONS_TRIE = trie_pattern(REGIONS, space=" ")
_REGION_AFTER_SPACE: re.Pattern[str] | None = None


def _word_before(flat: str, lo: int, end: int) -> str | None:
    """The word of at most 80 characters, begun at or after `lo`, that white space separates from
    `end` (what `(?<!\\S)(\\S{1,80})\\s+$` finds searching flat[lo:end]), read from the end."""
    piece = flat[lo:end]
    core = piece.rstrip()
    if not core or len(core) == len(piece):
        return None
    word = core.rsplit(None, 1)[-1]
    begin = lo + len(core) - len(word)
    if len(word) > 80 or (begin == lo and lo > 0 and not flat[lo - 1].isspace()):
        return None
    return word


def _regions_in(flat: str) -> tuple[str, set[str] | None]:
    """The regions trie cut down to the regions `flat` writes capitalised after white space, and
    the words written just before them (lower case; None when one is not plain ASCII or is far).

    A unit's region is capitalised ("Globex UK", not "Globex uk"), and the unit pattern is
    compiled for every document: regions the text never writes so are left out of it, and so
    are the names whose last word is never written before one. (A region written only in
    lower case then no longer takes the words after a name, which the unit rule would have
    rejected anyway.)
    """
    global _REGION_AFTER_SPACE
    if _REGION_AFTER_SPACE is None:  # each match consumes one character: regions inside regions count
        parts = anchored_trie_parts(REGIONS, lower_start=False, space=" ")
        assert parts is not None
        first, branches = parts
        _REGION_AFTER_SPACE = re.compile(rf"{first}(?<!\S.)(?=((?i:{branches}))(?![\w&-]))")
    found: set[str] = set()
    before: set[str] | None = set()
    for m in _REGION_AFTER_SPACE.finditer(flat):
        found.add(flat[m.start() : m.end(1)].lower())
        word = _word_before(flat, max(0, m.start() - 120), m.start()) if before is not None else None
        if word is None or not word.isascii():
            before = None  # cannot tell which names can come before: keep them all
        elif before is not None:
            before.add(word.lower())
    if not found:
        return "", before
    if not found <= REGIONS:  # a casing `lower` does not undo: keep them all
        return _REGIONS_TRIE, before
    return trie_pattern(found, space=" "), before


def _nearest_entry(flat: str, orgs: DocOrgs, pos: int) -> OrgEntry | None:
    found = [m for m in orgs.mentions(flat, max(0, pos - 600), pos) if m.entry is not None]
    return found[-1].entry if found else None
