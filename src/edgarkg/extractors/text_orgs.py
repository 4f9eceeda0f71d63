"""Organisations and subsidiaries stated in prose: press releases, 8-K/6-K items, 10-K text.

`edgarkg.text.orgs.read_orgs` finds the organisations a document names and
every short form it uses for them; `edgarkg.text.org_links.find_links` adds those it
names only through what it says about them ("owns Globex Airwave", "alliance with
Hooli") and reads the ownership links it states. This extractor turns both into
`Organization` and `Subsidiary` facts with provenance.
"the Company" / "the Registrant" / "we" are the filer (`FILER`) unless the
document defines "the Company" as one of its organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from edgarkg.model import FILER, Document, Fact, Organization, OrgRef, Provenance, Subsidiary, char_locator
from edgarkg.text.names import has_legal_suffix, is_person_name, is_title
from edgarkg.text.org_filters import BARE_SUFFIX, common_noun, has_word, is_junk_org
from edgarkg.text.org_index import DocOrgs
from edgarkg.text.org_links import Link, find_links, subject_before
from edgarkg.text.orgs import doc_orgs

__all__ = ["TextOrgsExtractor", "Link", "find_links", "is_prose", "subject_before"]

_PROSE_MEDIA = frozenset({"text/plain", "text/html"})
# EDGAR document types that are not prose about companies: data, lists, wrappers, ownership forms, contracts.
_NOT_PROSE = re.compile(
    r"^(?:SEC-HEADER|XML|XBRL|JSON|ZIP|GRAPHIC|PDF|EXCEL|EX-21(?:\.\d+)?|EX-27.*|EX-101.*|EX-100.*"
    r"|EX-(?:1|2|3|4|5|8|10|14|16|23|24|31|32|33|34|35)(?:\.\w+)*(?:\(.*\))?"
    r"|[345](?:/A)?|13F-HR(?:/A)?|13F-NT(?:/A)?|INFORMATION TABLE)$",
    re.I,
)


def is_prose(doc: Document) -> bool:
    """Prose: text or HTML forms and press-release exhibits; not headers, XML, lists or contracts."""
    if doc.media_type not in _PROSE_MEDIA:
        return False
    if doc.doc_type is None:  # a loose file: a subsidiary list is the ex21 extractor's, by its own test
        from edgarkg.extractors.ex21 import Ex21Extractor

        return not Ex21Extractor().accepts(doc)
    return not _NOT_PROSE.match(doc.doc_type.strip())


# --- the extractor ------------------------------------------------------------------


class TextOrgsExtractor:
    """Prose document → `Organization` facts for the organisations it is about, `Subsidiary` facts
    for the ownership it states."""

    name = "text-orgs"
    version = "1.0"

    def accepts(self, doc: Document) -> bool:
        return is_prose(doc)

    def extract(self, doc: Document) -> Iterator[Fact]:
        view = doc.view
        text = view.text
        shared = doc_orgs(doc)
        shared.mentions(text)  # read once for both extractors: the copy (and text-metrics) reuse it
        orgs = shared.copy()  # find_links adds the names it finds: not to the shared reading
        links, parties = find_links(text, orgs)
        emitted: set[int] = set()

        def prov(a: int, b: int, confidence: float) -> Provenance:
            return Provenance(
                document=doc.id,
                extractor=self.name,
                version=self.version,
                locator=char_locator(*view.source_span(a, b)),
                evidence=" ".join(text[a:b].split())[:1000],
                confidence=confidence,
            )

        seen = _seen_forms(text, orgs)
        links = [x for x in links if not _not_a_name(x.child.name, text)]
        links = [x for x in links if x.parent is None or not _not_a_name(x.parent.name, text)]
        # no company owns itself: a short form of the filer read as the name of a subsidiary
        links = [x for x in links if x.child is not (x.parent or orgs.company_at(x.start))]
        parties = [p for p in parties if not _not_a_name(p[0].name, text)]
        shown = _shown_names(orgs, links)
        wanted = {id(e) for e in orgs.entries.values() if e.kind in ("legal", "ticker")}
        wanted |= {id(link.child) for link in links} | {id(link.parent) for link in links if link.parent}
        wanted |= {id(p) for p, _, _ in parties}
        for entry in orgs.entries.values():
            if id(entry) not in wanted or id(entry) in emitted or _not_a_name(entry.name, text):
                continue
            emitted.add(id(entry))
            a, b = _evidence_span(text, entry.span)
            name = shown.get(id(entry), entry.name)
            forms = seen.get(id(entry), set()) | ({entry.name} if name != entry.name else set())
            aliases = tuple(sorted(f for f in forms if f != name and not _DEFINED_TAIL.search(f)))
            yield Organization(
                prov=prov(a, b, 0.9 if entry.kind == "legal" else 0.75),
                ref=OrgRef(name=name),
                aliases=aliases,
            )
        done: set[tuple[int, int]] = set()
        for link in links:
            key = (id(link.child), id(link.parent))
            if key in done:
                continue
            done.add(key)
            parent = OrgRef(name=shown.get(id(link.parent), link.parent.name)) if link.parent else FILER
            yield Subsidiary(
                prov=prov(link.start, link.end, 0.8),
                child=OrgRef(name=shown.get(id(link.child), link.child.name)),
                parent=parent,
                percent=link.percent,
            )


# 'Acme Inc. ("Acme USA")': a name read together with the short name the document gives it
_DEFINED_TAIL = re.compile(r"\s*\((?:the\s+)?[\"“]([^\"“”()]{2,40})[\"”]\)$")


def _shown_names(orgs: DocOrgs, links: list[Link]) -> dict[int, str]:
    """Names read with their defined short name ('Acme Inc. ("Acme USA")', from a table cell) are
    shown without it; where the legal name is its parent's too (a subsidiary named like its parent:
    'Plymouth Inc. ("Plymouth USA")' under Plymouth Inc.), the short name is the only one that tells
    the two apart, so it names the subsidiary."""
    shown: dict[int, str] = {}
    for entry in orgs.entries.values():
        m = _DEFINED_TAIL.search(entry.name) if entry.name.endswith(")") else None
        if m is not None and entry.name[: m.start()].strip():
            shown[id(entry)] = entry.name[: m.start()].strip()
    first = min((e for e in orgs.entries.values() if e.kind == "legal"), key=lambda e: e.span, default=None)
    for link in links:
        legal = shown.get(id(link.child))
        if legal is None:
            continue
        # the filer: "the Company" where the text defines it, else the first name it gives (its cover)
        parent = link.parent or orgs.company_at(link.start) or first
        if parent is not None and orgs.resolve(legal) is parent:
            term = _DEFINED_TAIL.search(link.child.name)
            if term:
                shown[id(link.child)] = term.group(1).strip()
    return shown


def _not_a_name(name: str, text: str) -> bool:
    """What an ownership phrase or a name pattern caught that names no organisation: a person or a
    post ("CEO of Consumer Banking") without a legal form, a bare legal form ("Inc."), a title, a
    securities term or table label, or a one-word term the document also writes as an ordinary
    word ("the Equity", "equity")."""
    flat = " ".join(name.split())
    if not has_legal_suffix(flat) and (
        _named_person(flat, text)  # "an agreement with Jane Q. Roe", whom the document calls "Ms. Roe"
        or is_title(flat.split(" of ", 1)[0])  # "CEO of Consumer Banking": a post, not an organisation
    ):
        return True
    return (
        BARE_SUFFIX.fullmatch(name.strip()) is not None
        or is_title(name)
        or is_junk_org(name)
        or common_noun(name, text)
    )


def _named_person(name: str, text: str) -> bool:
    """A person's name that the document also gives with an honorific ("Mr. Roe") or a post ("Jane
    Roe, our Chairman"): not a firm named after its founders ("Globex Sachs"), whom no one calls
    "Mr. Sachs"."""
    if not is_person_name(name):
        return False
    last = name.split()[-1]
    if any(has_word(text, f"{title} {last}") for title in ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms")):
        return True
    # "Jane Roe, our founder and Chairman": an appositive post
    return re.search(re.escape(name) + _POST_AFTER, text) is not None


_POST_AFTER = (
    r",\s+(?:our|its|the\s+(?:company|registrant)['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:founder|chairman|chairwoman|chair|chief|president|director|officer|ceo|cfo|coo|treasurer|secretary)\b"
)


_PRONOUNS = re.compile(r"(?i)(?:the\s+)?(?:company|registrant|corporation)|we|our|us")


def _seen_forms(text: str, orgs: DocOrgs) -> dict[int, set[str]]:
    """The forms each organisation is actually written in, for its aliases."""
    seen: dict[int, set[str]] = {}
    for m in orgs.mentions(text):
        written = " ".join(text[m.start : m.end].split())
        if m.entry is not None and not _PRONOUNS.fullmatch(written):
            seen.setdefault(id(m.entry), set()).add(written)
    for entry in orgs.entries.values():
        seen.setdefault(id(entry), set()).update(entry.aliases)
    return seen


def _evidence_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence (or line) around a name, for evidence."""
    a, b = span
    start = max(text.rfind("\n\n", 0, a), text.rfind(". ", 0, a) + 1, 0)
    stops = [i for i in (text.find("\n\n", b), text.find(". ", b)) if i != -1]
    end = min(stops) + 1 if stops else len(text)
    start = max(start, a - 400)
    end = min(end, b + 400)
    while start < a and text[start].isspace():
        start += 1
    return start, max(end, b)
