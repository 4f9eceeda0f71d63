"""Schedules 13D and 13G: who beneficially owns how much of an issuer's class.

Two formats carry the same cover page. Since December 2024 EDGAR takes the
schedules as XML (`edgarSubmission` in the .../schedule13D or .../schedule13g
namespace): every figure has its element. Before that they were HTML or plain
text, where each reporting person gets a cover page of numbered rows ("(1)
NAMES OF REPORTING PERSONS", "(9) AGGREGATE AMOUNT BENEFICIALLY OWNED ...",
"(11) PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (9)"); those are read by
their labels, not their numbers, because 13D and 13G number them differently.

Facts: the filing (form, event date), the issuer ("subject-company", with CIK
and CUSIP), each reporting person ("reporting-owner", as the ontology has it
for 13D/G: a Person when its type is "IN", else an Organization), the
signers' Positions, and per reporting person the cover-page figures as
Observations about the issuer owned by that person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from lxml import etree

from edgarkg.extractors.common import (
    find_text_date,
    iter_lines,
    looks_like_person,
    normalize_cik,
    parse_decimal,
    squash,
    us_state_code,
)
from edgarkg.mapping.iris import normalise_org_name
from edgarkg.model import (
    Address,
    Document,
    Fact,
    FilingInfo,
    Observation,
    Organization,
    OrgRef,
    Person,
    PersonRef,
    Position,
    Provenance,
    char_locator,
)
from edgarkg.safety import repair_xml_bytes

__all__ = ["Schedule13Extractor", "METRICS", "XmlDocument", "parse_xml"]

# Cover-page figures: metric key, unit, label.
METRICS = {
    "sole_voting": ("ekg:sole-voting-power", "shares", "sole voting power"),
    "shared_voting": ("ekg:shared-voting-power", "shares", "shared voting power"),
    "sole_dispositive": ("ekg:sole-dispositive-power", "shares", "sole dispositive power"),
    "shared_dispositive": ("ekg:shared-dispositive-power", "shares", "shared dispositive power"),
    "aggregate": ("ekg:shares-beneficially-owned", "shares", "aggregate amount beneficially owned"),
    "percent": ("ekg:percent-of-class", "percent", "percent of class"),
}
# XML element local names (lower case) → cover field; 13D and 13G spell them differently.
_XML_FIELDS = {
    "solevotingpower": "sole_voting",
    "sharedvotingpower": "shared_voting",
    "soledispositivepower": "sole_dispositive",
    "shareddispositivepower": "shared_dispositive",
    "aggregateamountowned": "aggregate",
    "reportingpersonbeneficiallyownedaggregatenumberofshares": "aggregate",
    "percentofclass": "percent",
    "classpercent": "percent",
}
_FORM = re.compile(r"^(?:SC|SCHEDULE)\s*13[DG](?:/A)?$", re.I)
_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?edgarSubmission\b[^>]*schedule13[dg]\b", re.I)
_ENTITY_TYPES = frozenset({"BD", "BK", "IC", "IV", "IA", "EP", "HC", "SA", "CP", "CO", "PN", "OO", "FI"})
_PERSON_TYPE = "IN"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )


def _name(el: etree._Element) -> str:
    """Local name; tolerant of recovered XML with undeclared prefixes ("com:city")."""
    tag = el.tag
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1] if isinstance(tag, str) else ""


def _local(el: etree._Element) -> str:
    return _name(el).lower()


@dataclass
class XmlDocument:
    """A parsed XML document. After a truncation, only values of elements closed before it are read:
    a container cut short still yields its complete children, a value cut short yields nothing."""

    root: etree._Element
    tree: etree._ElementTree
    complete: set[etree._Element] | None  # None: the whole document parsed
    error: str | None = None
    _sibling_positions: dict[etree._Element, tuple[dict[etree._Element, int], Counter[str]]] = field(
        default_factory=dict, repr=False
    )

    def ok(self, el: etree._Element | None) -> bool:
        return el is not None and (self.complete is None or el in self.complete)

    def child(self, el: etree._Element | None, *names: str) -> etree._Element | None:
        """The first child with one of these local names (case-insensitive), closed or not."""
        if el is None:
            return None
        wanted = {n.lower() for n in names}
        for c in el:
            if _local(c) in wanted:
                return c
        return None

    def children(self, el: etree._Element | None, *names: str) -> list[etree._Element]:
        if el is None:
            return []
        wanted = {n.lower() for n in names}
        return [c for c in el if _local(c) in wanted]

    def path(self, el: etree._Element | None, path: str) -> etree._Element | None:
        for step in path.split("/"):
            el = self.child(el, *step.split("|"))
        return el

    def text(self, el: etree._Element | None, path: str | None = None) -> str | None:
        node = self.path(el, path) if path else el
        if node is None or not self.ok(node) or node.text is None:
            return None
        value = squash(node.text)
        return value or None

    def xpath(self, el: etree._Element) -> str:
        """The element's path by local names ("/edgarSubmission/formData/.../issuerName"), the
        namespace left implicit as in XPath 2.0's default element namespace; [n] where names repeat.

        Sibling positions are counted once per parent: counted per element, a parent with many
        children made the paths of all of them quadratic."""
        parts: list[str] = []
        node: etree._Element | None = el
        while node is not None:
            parent = node.getparent()
            name = _name(node)
            if parent is not None:
                positions, counts = self._positions(parent)
                if counts[name] > 1:
                    name = f"{name}[{positions.get(node, 1)}]"
            parts.append(name)
            node = parent
        return "/" + "/".join(reversed(parts))

    def _positions(self, parent: etree._Element) -> tuple[dict[etree._Element, int], Counter[str]]:
        cached = self._sibling_positions.get(parent)
        if cached is None:
            positions: dict[etree._Element, int] = {}
            counts: Counter[str] = Counter()
            for c in parent:
                if isinstance(c.tag, str):
                    counts[_name(c)] += 1
                    positions[c] = counts[_name(c)]
            cached = self._sibling_positions[parent] = (positions, counts)
        return cached


def parse_xml(data: bytes) -> XmlDocument:
    """Parse without entities, DTDs or network; a truncated document keeps what closed before the cut.

    Stray bytes (NUL, a cp1252 quote in UTF-8) are mended first: the parser stops at the first error.
    """
    body = repair_xml_bytes(data.lstrip())
    parser = etree.XMLPullParser(
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
    root: etree._Element | None = None
    complete: set[etree._Element] = set()
    error: str | None = None
    try:
        parser.feed(body)
        parser.close()
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else ("?", "?")
        reason = re.sub(r",?\s*line \d+.*$", "", exc.msg or "syntax error")
        error = f"XML not well-formed at line {line}, column {column}: {reason}"
    for event, el in parser.read_events():
        if event == "start" and root is None:
            root = el
        elif event == "end":
            complete.add(el)
    if root is None:
        raise ValueError(error or "empty XML document")
    return XmlDocument(root, root.getroottree(), None if error is None else complete, error)


def _mdy(text: str | None) -> date | None:
    """EDGAR XML dates: MM/DD/YYYY (and ISO, just in case)."""
    if not text:
        return None
    m = re.match(r"^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s*$", text) or None
    try:
        if m:
            return date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", text)
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


# --- reporting persons and signatures (both formats) ---------------------------------


@dataclass
class _Reporter:
    name: str
    cik: str | None
    types: tuple[str, ...]
    prov: Provenance
    figures: list[tuple[str, Decimal, str | None, Provenance]] = field(default_factory=list)
    citizenship: str | None = None

    @property
    def is_person(self) -> bool:
        if _PERSON_TYPE in self.types:
            return True
        if any(t in _ENTITY_TYPES for t in self.types):
            return False
        return looks_like_person(self.name)

    @property
    def ref(self) -> PersonRef | OrgRef:
        return PersonRef(self.name, self.cik) if self.is_person else OrgRef(name=self.name, cik=self.cik)


def _reporter_facts(
    reporters: list[_Reporter], issuer: OrgRef | None, event: date | None, dims: tuple[tuple[str, str], ...]
) -> Iterator[Fact]:
    seen: set[tuple[str, str | None]] = set()
    for r in reporters:
        if (r.name.lower(), r.cik) in seen:
            continue
        seen.add((r.name.lower(), r.cik))
        if r.is_person:
            yield Person(r.prov, PersonRef(r.name, r.cik), role="reporting-owner")
        else:
            state = us_state_code(r.citizenship) if r.citizenship else None
            yield Organization(
                r.prov, OrgRef(name=r.name, cik=r.cik), role="reporting-owner", state_of_incorporation=state
            )
        if issuer is None:
            continue
        for key, value, qualifier, prov in r.figures:
            metric, unit, label = METRICS[key]
            yield Observation(
                prov, issuer, metric, value, unit, instant=event, dimensions=dims,
                qualifier=qualifier, label=label, owner=r.ref,
            )  # fmt: skip


_TITLE_OF_ORG = re.compile(
    r"^(?P<title>[A-Za-z][\w ,.&'/-]{1,60}?)\s+of\s+(?:the\s+)?(?P<org>[A-Z][^;]{2,100}?)"
    r"(?:\s*,\s*(?:its|the)\s+[\w ]+)?\s*$"
)
_ORG_FORM = re.compile(
    r"\b(?:LLC|L\.L\.C\.|LP|L\.P\.|LLP|Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Limited|"
    r"plc|PLC|GmbH|AG|S\.A\.|N\.V\.|B\.V\.|Trust|Partners|Fund|Holdings|Management)\b\.?,?\s*$"
)


def _names_signer(title: str, signer: str) -> bool:
    """Is the "title" only the signer's name again, in any order or with initials?"""
    words = {w for w in re.split(r"[\s.,]+", title.lower()) if w}
    names = {w for w in re.split(r"[\s.,]+", signer.lower()) if w}
    return bool(words) and all(w in names or any(n.startswith(w) for n in names) for w in words)


def _signature_position(
    signer: str, title: str, org_name: str, prov: Provenance
) -> tuple[Position | None, Organization | None]:
    """A signer's Position: "Managing Member of Acme Capital Management, LLC" names its own organisation."""
    signer = re.sub(r"^\s*(?:by:?\s*)?/s/\s*", "", squash(signer), flags=re.I).strip(" ,")
    title = squash(title).strip(" ,;:")
    if signer and title.lower().startswith(signer.lower()):
        title = title[len(signer) :].lstrip(" ,;:-–—").strip()
    if not signer or not re.search(r"[A-Za-z]", title) or _names_signer(title, signer):
        return None, None  # "Jane Q Doe" signing as "Jane Q Doe": no title
    extra: Organization | None = None
    m = _TITLE_OF_ORG.match(title)
    if m and _ORG_FORM.search(m.group("org")):
        org = m.group("org").strip(" ,")
        title = m.group("title").strip()
        if normalise_org_name(org) != normalise_org_name(org_name):
            extra = Organization(prov, OrgRef(name=org))
        org_name = org
    return Position(prov, PersonRef(signer), OrgRef(name=org_name), title, role="signatory"), extra


# --- the extractor ------------------------------------------------------------------------


class Schedule13Extractor:
    """Schedules 13D/13G: XML (2024+) and the older HTML/text cover pages."""

    name = "schedule13"
    version = "1"

    def accepts(self, doc: Document) -> bool:
        head = doc.data[:4096].lstrip()
        if (
            head.startswith(b"<?xml")
            or head.startswith(b"<edgarSubmission")
            or doc.media_type == "application/xml"
        ):
            return bool(_XML_ROOT.search(head))
        if doc.doc_type:
            return bool(_FORM.match(doc.doc_type.strip()))
        if doc.media_type not in ("text/html", "text/plain"):
            return False
        from edgarkg.sources.html import text_view

        text = text_view(doc.text[:60000], doc.media_type).text
        return bool(re.search(r"\bSCHEDULE\s+13[DG]\b", text[:6000], re.I)) and bool(
            _LABELS["names"].search(text)
        )

    def extract(self, doc: Document) -> Iterator[Fact]:
        head = doc.data[:4096].lstrip()
        if _XML_ROOT.search(head):
            yield from self._xml(doc)
        else:
            yield from self._text(doc)

    def _prov(self, doc: Document, locator: str | None, evidence: str | None) -> Provenance:
        return Provenance(doc.id, self.name, self.version, locator, evidence)

    # -- XML ---------------------------------------------------------------------
    def _xml(self, doc: Document) -> Iterator[Fact]:
        x = parse_xml(doc.data)
        count = 0
        for fact in self._xml_facts(doc, x):
            count += 1
            yield fact
        if x.error:
            raise ValueError(f"{x.error} ({count} facts read before it)")

    def _xml_facts(self, doc: Document, x: XmlDocument) -> Iterator[Fact]:
        def prov(el: etree._Element | None) -> Provenance:
            if el is None:
                return self._prov(doc, None, None)
            return self._prov(doc, x.xpath(el), squash(el.text or "")[:200] or None)

        root = x.root
        form_el = x.path(root, "headerData/submissionType")
        form_type = x.text(form_el) or (doc.doc_type or "").strip() or "SCHEDULE 13"
        cover = x.path(root, "formData/coverPageHeader")
        event_el = x.child(cover, "dateOfEvent", "eventDateRequiresFilingThisStatement")
        event = _mdy(x.text(event_el))
        yield FilingInfo(prov(form_el if form_el is not None else root), form_type, period_of_report=event)

        issuer_el = x.child(cover, "issuerInfo")
        issuer: OrgRef | None = None
        name = x.text(issuer_el, "issuerName")
        cik = normalize_cik(x.text(issuer_el, "issuerCIK"))
        if name or cik:
            issuer = OrgRef(name=name, cik=cik)
            address = x.child(issuer_el, "address", "issuerPrincipalExecutiveOfficeAddress")
            yield Organization(
                prov(x.child(issuer_el, "issuerName") if name else issuer_el),
                issuer,
                role="subject-company",
                cusip=x.text(issuer_el, "issuerCUSIP"),
                addresses=self._address(x, address),
            )
        title = x.text(cover, "securitiesClassTitle")
        dims = (("ekg:security", title),) if title else ()

        reporters: list[_Reporter] = []
        people = x.children(x.path(root, "formData/reportingPersons"), "reportingPersonInfo") or x.children(
            x.child(root, "formData"), "coverPageHeaderReportingPersonDetails"
        )
        for el in people:
            name_el = x.child(el, "reportingPersonName")
            rname = x.text(name_el)
            if not rname:
                continue
            types = tuple(t.upper() for c in x.children(el, "typeOfReportingPerson") if (t := x.text(c)))
            r = _Reporter(
                rname,
                normalize_cik(x.text(el, "reportingPersonCIK|reportingCik")),
                types,
                prov(name_el),
                citizenship=x.text(el, "citizenshipOrOrganization"),
            )
            for node in el.iter():
                key = _XML_FIELDS.get(_local(node))
                value = parse_decimal(x.text(node)) if key and x.ok(node) else None
                if key and value is not None:
                    r.figures.append((key, value, None, prov(node)))
            reporters.append(r)
        yield from _reporter_facts(reporters, issuer, event, dims)
        yield from self._xml_signatures(x, root, reporters, prov)

    def _xml_signatures(
        self,
        x: XmlDocument,
        root: etree._Element,
        reporters: list[_Reporter],
        prov: Callable[[etree._Element | None], Provenance],
    ) -> Iterator[Fact]:
        form = x.child(root, "formData")
        blocks = x.children(x.child(form, "signatureInfo"), "signaturePerson") or x.children(
            form, "signatureInformation"
        )
        individuals = {r.name.lower() for r in reporters if r.is_person}
        seen: set[tuple[str, str, str]] = set()
        for block in blocks:
            on_behalf = x.text(block, "signatureReportingPerson|reportingPersonName")
            if not on_behalf or on_behalf.lower() in individuals:
                continue  # an individual signs for themself: no organisation, no title
            for details in x.children(block, "signatureDetails"):
                signer, title = x.text(details, "signature"), x.text(details, "title")
                if not signer or not title:
                    continue
                position, extra = _signature_position(
                    signer, title, on_behalf, prov(x.child(details, "title"))
                )
                if position is None:
                    continue
                key = (
                    position.person.name.lower(),
                    (position.organization.name or "").lower(),
                    position.title,
                )
                if key in seen:
                    continue
                seen.add(key)
                if extra is not None:
                    yield extra
                yield position

    @staticmethod
    def _address(x: XmlDocument, el: etree._Element | None) -> tuple[Address, ...]:
        if el is None:
            return ()
        street1 = x.text(el, "street1")
        if street1 is None:  # 13G Item 1 writes the address as one line of text
            return ()
        return (
            Address(
                kind="principal-executive-offices",
                street1=street1,
                street2=x.text(el, "street2"),
                city=x.text(el, "city"),
                region=x.text(el, "stateOrCountry"),
                postal_code=x.text(el, "zipCode"),
            ),
        )

    # -- HTML / text ------------------------------------------------------------------
    def _text(self, doc: Document) -> Iterator[Fact]:
        view = doc.view
        text = view.text

        def prov(start: int, end: int) -> Provenance:
            s, e = view.source_span(start, end)
            return self._prov(doc, char_locator(s, e), squash(text[start:end])[:200])

        cover = _text_cover(text)
        form_type = (doc.doc_type or "").strip().upper()
        if not _FORM.match(form_type):
            m = re.search(r"\bSCHEDULE\s+13([DG])\b", text[:6000], re.I)
            amended = re.search(r"\(?Amendment\s+No\.?\s*:?\s*([1-9]\d*)", text[:6000], re.I)
            form_type = f"SC 13{m.group(1).upper() if m else 'G'}" + ("/A" if amended else "")
        event = cover.get("event")
        event_date = _text_date(event[0]) if event else None
        yield FilingInfo(prov(*event[1:]) if event else prov(0, 0), form_type, period_of_report=event_date)

        issuer: OrgRef | None = None
        if "issuer" in cover:
            name, a, b = cover["issuer"]
            item1 = cover.get("item1_issuer")
            aliases: tuple[str, ...] = ()
            if item1 and item1[0].lower() == name.lower() and item1[0] != name:
                name, aliases = item1[0], (name,)  # the Item 1 spelling keeps the issuer's own casing
            issuer = OrgRef(name=name)
            cusip = cover.get("cusip")
            yield Organization(
                prov(a, b), issuer, role="subject-company", aliases=aliases, cusip=cusip[0] if cusip else None
            )
        title = cover.get("class")
        dims = (("ekg:security", title[0]),) if title else ()

        reporters = list(_text_reporters(text, prov))
        yield from _reporter_facts(reporters, issuer, event_date, dims)
        yield from _text_signatures(text, reporters, prov)


# --- reading cover pages from text ------------------------------------------------------

_ROW = r"(?:(?<=\s)|^)(?:\(?\d{1,2}\)?[.)]?[ \t]*)?"
_LABELS = {
    "names": re.compile(_ROW + r"NAMES?\s+OF\s+REPORTING\s+PERSONS?", re.I),
    "group": re.compile(_ROW + r"CHECK\s+THE\s+APPROPRIATE\s+BOX\s+IF\s+A\s+MEMBER\s+OF\s+A\s+GROUP", re.I),
    "sec_use": re.compile(_ROW + r"SEC\s+USE\s+ONLY", re.I),
    "funds": re.compile(_ROW + r"SOURCE\s+OF\s+FUNDS", re.I),
    "legal": re.compile(_ROW + r"CHECK\s+(?:BOX\s+)?IF\s+DISCLOSURE\s+OF\s+LEGAL\s+PROCEEDINGS", re.I),
    "citizenship": re.compile(_ROW + r"CITIZENSHIP\s+OR\s+PLACE\s+OF\s+ORGANI[SZ]ATION", re.I),
    "number_of": re.compile(
        r"NUMBER\s+OF\s+SHARES\s+BENEFICIALLY\s+OWNED\s+BY\s+EACH\s+REPORTING\s+PERSON\s+WITH", re.I
    ),
    "sole_voting": re.compile(_ROW + r"SOLE\s+VOTING\s+POWER", re.I),
    "shared_voting": re.compile(_ROW + r"SHARED\s+VOTING\s+POWER", re.I),
    "sole_dispositive": re.compile(_ROW + r"SOLE\s+DISPOSITIVE\s+POWER", re.I),
    "shared_dispositive": re.compile(_ROW + r"SHARED\s+DISPOSITIVE\s+POWER", re.I),
    "aggregate": re.compile(
        _ROW + r"AGGREGATE\s+AMOUNT\s+BENEFICIALLY\s+OWNED\s+BY\s+EACH\s+REPORTING\s+PERSON", re.I
    ),
    "excludes": re.compile(
        _ROW + r"CHECK\s+(?:BOX\s+)?IF\s+THE\s+AGGREGATE\s+AMOUNT\s+IN\s+ROW\s*\(?\s*\d+\s*\)?\s+EXCLUDES",
        re.I,
    ),
    "percent": re.compile(
        _ROW + r"PERCENT\s+OF\s+CLASS\s+REPRESENTED\s+BY\s+AMOUNT\s+IN\s+ROW\s*\(?\s*\d+\s*\)?", re.I
    ),
    "type": re.compile(_ROW + r"TYPE\s+OF\s+REPORTING\s+PERSON", re.I),
}
_IRS = re.compile(
    r"(?:S\.?S\.?\s+OR\s+)?I\.?R\.?S\.?\s+IDENTIFICATION\s+NOS?\.?\s+OF\s+(?:THE\s+)?ABOVE\s+PERSONS?"
    r"(?:\s*\(ENTITIES\s+ONLY\))?|\(ENTITIES\s+ONLY\)|\b\d{2}-\d{7}\b",
    re.I,
)
_INSTRUCTIONS = re.compile(
    r"^[\s:.]*(?:\((?:see\s+)?instructions?\)|\(see\s+item[^)]*\)|\(entities\s+only\))", re.I
)
_STOP = re.compile(r"\(|\bsee\b|\bitem\b|\brow\b|\bnote\b", re.I)
_FRONT = {
    "issuer": re.compile(r"\(\s*Name\s+of\s+(?:the\s+)?Issuer\s*\)", re.I),
    "class": re.compile(r"\(\s*Title\s+of\s+Class\s+of\s+Securities\s*\)", re.I),
    "cusip": re.compile(r"\(\s*CUSIP\s+Number\s*\)", re.I),
    "event": re.compile(
        r"\(\s*Date\s+of\s+Event\s+Which\s+Requires\s+Filing\s+of\s+(?:this|the)\s+Statement\s*\)", re.I
    ),
}


def _text_cover(text: str) -> dict[str, tuple[str, int, int]]:
    """The cover's "value / (Name of Issuer)" pairs: the value is the text just before its caption."""
    out: dict[str, tuple[str, int, int]] = {}
    head = text[:40000]
    for key, pattern in _FRONT.items():
        m = pattern.search(head)
        if not m:
            continue
        line_start = head.rfind("\n", 0, m.start()) + 1
        same = head[line_start : m.start()].strip(" \t_")
        if same:
            out[key] = (squash(same), line_start + head[line_start:].find(same[:5]), m.start())
            continue
        for line, a, b in reversed(list(iter_lines(head, max(0, line_start - 600), max(0, line_start - 1)))):
            value = line.strip(" \t_")
            if value:
                out[key] = (squash(value), a + line.find(value[:5]), b)
                break
    if "cusip" not in out:
        m = re.search(r"CUSIP\s+(?:No\.?|Number)\s*:?\s*([0-9A-Z]{6,9})\b", head, re.I)
        if m:
            out["cusip"] = (m.group(1), m.start(1), m.end(1))
    m = re.search(r"Name\s+of\s+Issuer\s*:?\s*\n?\s*(?P<v>[^\n(]{2,120})", text, re.I)
    if m and m.group("v").strip():
        out["item1_issuer"] = (squash(m.group("v")), m.start("v"), m.end("v"))
    if "cusip" in out:
        cusip = re.sub(r"[^0-9A-Za-z]", "", out["cusip"][0]).upper()
        out["cusip"] = (cusip, *out["cusip"][1:]) if 6 <= len(cusip) <= 9 else ("", 0, 0)
        if not out["cusip"][0]:
            del out["cusip"]
    return out


def _text_date(value: str) -> date | None:
    found = find_text_date(value)
    if found:
        return found[0]
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", value)
    return _mdy(m.group()) if m else None


_ITEM_1 = re.compile(r"(?:^|\n)[ \t]*Item[ \t]+1\b", re.I)


def _labels(text: str) -> list[tuple[str, int, int]]:
    """The cover-page row labels in order; the cover pages end where Item 1 begins."""
    first = _LABELS["names"].search(text)
    item1 = _ITEM_1.search(text, first.end()) if first else None
    text = text[: item1.start()] if item1 else text
    found = [(key, m.start(), m.end()) for key, p in _LABELS.items() for m in p.finditer(text)]
    found.sort(key=lambda t: (t[1], -(t[2] - t[1])))
    out: list[tuple[str, int, int]] = []
    for item in found:
        if out and item[1] < out[-1][2]:
            continue  # overlaps the label before it
        out.append(item)
    return out


_PERCENT_VALUE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(?![\d,])")
_SHARES_VALUE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)")
_QUALIFIERS = ((re.compile(r"less\s+than|<", re.I), "less-than"), (re.compile(r"approx", re.I), "about"))


def _figure(key: str, value: str) -> tuple[Decimal, str | None] | None:
    """The number a cover row states: "-0- (See Item 4(a))" → 0, "5.1%" → 5.1, "Less than 1%" → 1.

    Only what comes before any "(", "see", "item" or "row" counts: "See Item 4" states no number.
    """
    v = value
    while (m := _INSTRUCTIONS.match(v)) is not None:
        v = v[m.end() :]
    stop = _STOP.search(v)
    v = v[: stop.start()] if stop else v
    if re.match(r"^\s*-+\s*0\s*-+", v):
        return Decimal(0), None
    qualifier = next((q for p, q in _QUALIFIERS if p.search(v)), None)
    m = (_PERCENT_VALUE if key == "percent" else _SHARES_VALUE).search(v)
    if not m or (qualifier is None and re.search(r"[A-Za-z]{3,}", v[: m.start()])):
        return None  # words before the number: a sentence, not a figure
    number = parse_decimal(m.group(1))
    return (number, qualifier) if number is not None else None


def _text_reporters(text: str, prov: Callable[[int, int], Provenance]) -> Iterator[_Reporter]:
    labels = _labels(text)
    current: _Reporter | None = None
    for i, (key, _start, end) in enumerate(labels):
        stop = labels[i + 1][1] if i + 1 < len(labels) else min(len(text), end + 400)
        raw = text[end:stop]
        if key == "names":
            if current is not None:
                yield current
            current = None
            name, a, b = _reporter_name(raw, end)
            if name:
                current = _Reporter(name, None, (), prov(a, b))
            continue
        if current is None:
            continue
        if key == "type":
            first = next((ln for ln in raw.splitlines() if ln.strip()), "")
            first = _INSTRUCTIONS.sub("", first)
            current.types = tuple(
                t for t in re.findall(r"\b[A-Z]{2}\b", first) if t in _ENTITY_TYPES | {"IN"}
            )
        elif key == "citizenship":
            first = next((ln for ln in raw.splitlines() if ln.strip()), "")
            current.citizenship = squash(_INSTRUCTIONS.sub("", first)) or None
        elif key in METRICS:
            figure = _figure(key, raw)
            if figure is not None:
                lead = len(raw) - len(raw.lstrip())
                current.figures.append((key, figure[0], figure[1], prov(end + lead, end + len(raw.rstrip()))))
    if current is not None:
        yield current


def _reporter_name(raw: str, offset: int) -> tuple[str | None, int, int]:
    cleaned = _IRS.sub(lambda m: " " * len(m.group()), raw)
    for line, a, _ in iter_lines(cleaned):
        value = line.strip(" \t").lstrip(":.-_ ").rstrip(":-_ ")
        if value and re.search(r"[A-Za-z]{2}", value):
            start = offset + a + line.find(value)
            return squash(value), start, start + len(value)
    return None, 0, 0


# A line holding only the heading. Blanks within the line only: "\s*" after a line break let
# every line break of a long run of blank lines start a scan of the rest of the run (quadratic).
_SIGNATURES = re.compile(r"^[^\S\n]*SIGNATURES?[^\S\n]*$", re.M)


def _text_signatures(
    text: str, reporters: list[_Reporter], prov: Callable[[int, int], Provenance]
) -> Iterator[Fact]:
    """Signature blocks: the organisation's name, "By: X, its general partner", "By: /s/ ...", "Name:",
    "Title:". The title belongs to the organisation the signer acts through ("By: X, its ...")."""
    heading = _SIGNATURES.search(text)
    if not heading:
        return
    known = {normalise_org_name(r.name): r for r in reporters}
    org: str | None = None
    via: str | None = None
    signer: str | None = None
    seen: set[tuple[str, str, str]] = set()
    for line, a, b in iter_lines(text, heading.end()):
        for part in re.split(r"(?=\bBy:)|(?=\bName:)|(?=\bTitle:)", line):
            p = squash(part)
            if not p:
                continue
            low = p.lower()
            if low.startswith("by:"):
                rest = p[3:].strip()
                if rest.startswith("/s/") or not re.search(r"[A-Za-z]", rest.replace("/s/", "")):
                    signer = rest
                else:
                    via = re.split(r",\s*(?:its|as|the)\b", rest, maxsplit=1)[0].strip(" ,")
            elif low.startswith("/s/"):
                signer = p
            elif low.startswith("name:"):
                signer = p[5:].strip()
            elif low.startswith("title:"):
                title = p[6:].strip()
                target = via or org
                if signer and title and target:
                    pos, extra = _signature_position(signer, title, target, prov(a, b))
                    if pos is not None:
                        key = (
                            pos.person.name.lower(),
                            normalise_org_name(pos.organization.name or ""),
                            pos.title,
                        )
                        if key not in seen:
                            seen.add(key)
                            if extra is not None:
                                yield extra
                            yield pos
                signer = None
            else:
                match = known.get(normalise_org_name(p))
                if match is not None:
                    org = None if match.is_person else match.name
                    via = signer = None
