"""Forms 3, 4 and 5 (and their amendments): issuer, reporting owners, positions, holdings.

The XML ``<ownershipDocument>`` (every schema version since 2003) is read element by
element with lxml; the typed text forms filed before it are read by
`ownership_text`. What comes out:

- the filing (document type, period of report) and the issuer (name, CIK, ticker);
- each reporting owner, as a Person or — when its name is an entity's — an
  Organization, with its address;
- a Position at the issuer for each relationship a person owner checks (Director,
  10% Owner, the officer title as written, the "other" text); an entity cannot hold
  a position, so its relationships yield nothing more;
- titles signers state at organisations, and entity links the footnotes state in
  fixed legal phrasings (see `ownership_text`);
- one Observation per reported amount (shares transacted, price, shares owned after,
  holdings, exercise price, underlying shares), always about the issuer, owned by
  the first reporting owner (joint filers report one set of rows for the group, and
  the first owner is the one the form is filed under).

Values are taken as written; a field that only points to a footnote has no value and
yields nothing. Footnote texts travel in the evidence of the facts they annotate.

What the form should hold but does not (the issuer's or an owner's CIK or name, the period
of report, the document type) and a document cut off before its end are logged as warnings
located by XPath (see `registry.warn`): the build reports them, and the facts that do not
depend on the missing part are still made.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from edgarkg.extractors.common import looks_like_person, normalize_cik, squash
from edgarkg.extractors.ownership_text import (
    Mention,
    defined_terms,
    footnote_mentions,
    is_text_form,
    looks_like_org,
    name_key,
    org_key,
    parse_signature,
    parse_text_form,
)
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
    Subsidiary,
    char_locator,
)
from edgarkg.registry import warn
from edgarkg.safety import repair_xml_bytes, safe_xml_parser

log = logging.getLogger(__name__)

_ROOT = "ownershipDocument"
_TITLE_WORD = re.compile(rb"(?i)beneficial")
_HEAD = re.compile(
    rb"^(?:\s|\xef\xbb\xbf|<\?[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*(?:\[.*?\])?\s*>)*<ownershipDocument[\s>/]",
    re.S,
)
_POINTER = re.compile(
    r"^\s*(?:see|refer\s+to)\s+(?:the\s+)?(?:remarks?|footnotes?|explanation|below|attached)", re.I
)
_NO_TICKER = {"", "NONE", "N/A", "NA", "NOT APPLICABLE", "NO"}
_RELATIONS = (
    ("isDirector", "director"),
    ("isOfficer", "officer"),
    ("isTenPercentOwner", "ten-percent-owner"),
    ("isOther", "other"),
)

Owner = PersonRef | OrgRef


class OwnershipError(ValueError):
    """The document claims to be an ownership form but cannot be read as one."""


def _parser() -> etree.XMLParser:
    # recover: a cut or slightly broken form still has its sound parts read
    return safe_xml_parser(recover=True, remove_comments=True)


@dataclass
class _Form:
    """One parsed XML form and the lookups its facts share."""

    doc: Document
    extractor: OwnershipExtractor
    tree: etree._ElementTree
    root: etree._Element
    unsafe: set[etree._Element]
    footnotes: dict[str, str] = field(default_factory=dict)
    # Footnotes and remarks that can be trusted, with what each states (see ownership_text).
    statements: list[tuple[etree._Element, str, list[Mention]]] = field(default_factory=list)
    issuer: OrgRef | None = None
    issuer_former: tuple[str, ...] = ()
    owners: list[Owner] = field(default_factory=list)
    period: date | None = None

    def prov(self, el: etree._Element | None, evidence: str | None = None) -> Provenance:
        locator = _xpath(self, el) if el is not None else None
        if evidence is None and el is not None:
            evidence = squash(_own_text(el)) or None
        return self.extractor.prov(self.doc, locator, evidence)

    def text(self, el: etree._Element | None, path: str) -> str | None:
        """Text of the element at `path` below `el`, squashed; None when absent, empty or cut off."""
        if el is None:
            return None
        found = el.find(path)
        if found is None or found in self.unsafe:
            return None
        value = squash(_own_text(found))
        return value or None

    def notes(self, *els: etree._Element | None) -> list[str]:
        """Footnote texts the given elements (and their descendants) point to, in order, once each."""
        ids: dict[str, None] = {}
        for el in els:
            if el is not None:
                for ref in el.iter("footnoteId"):
                    if ref.get("id"):
                        ids[ref.get("id", "")] = None
        return [f"{i}: {self.footnotes[i]}" for i in ids if i in self.footnotes]


class OwnershipExtractor:
    """Forms 3/4/5 (XML and pre-2003 text) → filing, issuer, owners, positions, holdings."""

    name = "ownership"
    version = "1.0"

    def accepts(self, doc: Document) -> bool:
        head = doc.data[:4096].lstrip()
        if _HEAD.match(head):
            return True
        if doc.media_type == "application/xml" or head.startswith(b"<?xml"):
            return False
        # Cheap test on the bytes before reading the text: every form's title has this word.
        return bool(_TITLE_WORD.search(doc.data, 0, 20_000)) and is_text_form(doc.view.text)

    def prov(self, doc: Document, locator: str | None, evidence: str | None) -> Provenance:
        return Provenance(doc.id, self.name, self.version, locator, evidence)

    def extract(self, doc: Document) -> Iterator[Fact]:
        if _HEAD.match(doc.data[:4096].lstrip()):
            yield from self._xml(doc)
        else:
            yield from self._text(doc)

    # -- XML ------------------------------------------------------------------
    def _xml(self, doc: Document) -> Iterator[Fact]:
        # recovery keeps a reference to a forbidden code point (&#xD800;) as undecodable bytes,
        # and drops the text around a byte that is not UTF-8: both mended first
        data = repair_xml_bytes(doc.data.lstrip())
        parser = _parser()
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as exc:
            raise OwnershipError(f"ownership XML cannot be parsed: {exc}") from exc
        if root is None:
            errors = "; ".join(f"line {e.line}: {e.message}" for e in list(parser.error_log)[:3])
            raise OwnershipError(f"ownership XML cannot be parsed: {errors or 'empty document'}")
        if etree.QName(root).localname != _ROOT:
            raise OwnershipError(f"not an ownership document: root element is <{root.tag}>")
        form = _Form(doc, self, root.getroottree(), root, _cut_off(data, root))
        _warn_missing(form)
        for el in root.iter("footnote", "remarks"):
            try:
                text = squash("".join(el.itertext()))
            except (UnicodeDecodeError, ValueError):  # recovered XML can hold undecodable bytes
                continue
            if el.tag == "footnote" and el.get("id"):
                form.footnotes[el.get("id", "")] = text
            if text and el not in form.unsafe:
                form.statements.append((el, text, list(footnote_mentions(text))))
        form.period = _date(form.text(root, "periodOfReport"))
        yield from self._filing(form)
        yield from self._issuer(form)
        yield from self._owners(form)
        if form.issuer is None and not form.owners:
            errors = "; ".join(f"line {e.line}: {e.message}" for e in list(parser.error_log)[:3])
            reason = "ownership document names no issuer and no reporting owner"
            raise OwnershipError(reason + (f" ({errors})" if errors else ""))
        yield from self._signatures(form)
        yield from self._statements(form)
        yield from self._tables(form)

    def _filing(self, form: _Form) -> Iterator[Fact]:
        el = form.root.find("documentType")
        form_type = form.text(form.root, "documentType")
        if form_type:
            yield FilingInfo(prov=form.prov(el), form_type=form_type, period_of_report=form.period)

    def _issuer(self, form: _Form) -> Iterator[Fact]:
        el = form.root.find("issuer")
        name = form.text(el, "issuerName")
        cik = normalize_cik(form.text(el, "issuerCik"))
        if el is None or not (name or cik):
            return
        form.issuer = OrgRef(name=name, cik=cik)
        form.issuer_former = tuple(_former_names(form, name))
        ticker = (form.text(el, "issuerTradingSymbol") or "").upper()
        evidence = " ".join(x for x in (name, cik, ticker) if x)
        yield Organization(
            prov=form.prov(el, evidence),
            ref=form.issuer,
            role="issuer",
            ticker=ticker if ticker not in _NO_TICKER else None,
            aliases=form.issuer_former,
        )

    def _owners(self, form: _Form) -> Iterator[Fact]:
        for el in form.root.iterfind("reportingOwner"):
            ident = el.find("reportingOwnerId")
            name = form.text(ident, "rptOwnerName")
            cik = normalize_cik(form.text(ident, "rptOwnerCik"))
            if not name:
                continue
            rel = el.find("reportingOwnerRelationship")
            checked = {role: _flag(form.text(rel, tag)) for tag, role in _RELATIONS}
            address = _address(form, el.find("reportingOwnerAddress"))
            prov = form.prov(ident, " ".join(x for x in (name, cik) if x))
            if _is_person(name, checked["officer"]):
                person = PersonRef(name=name, cik=cik)
                form.owners.append(person)
                yield Person(prov=prov, ref=person, role="reporting-owner", addresses=address)
                yield from self._positions(form, person, rel, checked)
            else:
                org = OrgRef(name=name, cik=cik)
                form.owners.append(org)
                yield Organization(
                    prov=prov, ref=org, role="reporting-owner", is_company=True, addresses=address
                )

    def _positions(
        self, form: _Form, person: PersonRef, rel: etree._Element | None, checked: dict[str, bool]
    ) -> Iterator[Position]:
        if form.issuer is None or rel is None:
            return
        titles = {
            "director": ("Director", "isDirector"),
            "ten-percent-owner": ("10% Owner", "isTenPercentOwner"),
            # No title written: "Officer", unless the form was cut off before the title.
            "officer": (
                form.text(rel, "officerTitle") or ("Officer" if rel not in form.unsafe else None),
                "officerTitle",
            ),
            "other": (form.text(rel, "otherText"), "otherText"),
        }
        for role in ("officer", "director", "ten-percent-owner", "other"):
            title, tag = titles[role]
            if not checked[role] or not title or _POINTER.match(title):
                continue
            el = rel.find(tag)
            el = el if el is not None else rel
            yield Position(
                prov=form.prov(el, title), person=person, organization=form.issuer, title=title, role=role
            )

    def _signatures(self, form: _Form) -> Iterator[Position]:
        seen: set[tuple[str, str, str]] = set()
        for el in form.root.iterfind("ownerSignature/signatureName"):
            if el in form.unsafe:
                continue
            sig = parse_signature(_own_text(el))
            if sig is None:
                continue
            person = _person_ref(form, sig.person)
            org = _org_ref(form, sig.organization)
            if org is None:
                continue
            key = (name_key(person.name), org_key(org.name or ""), sig.title.lower())
            if key in seen:
                continue
            seen.add(key)
            yield Position(prov=form.prov(el), person=person, organization=org, title=sig.title)

    def _statements(self, form: _Form) -> Iterator[Fact]:
        """Entities and subsidiary links the footnotes and remarks state in legal phrasing."""
        if not any(mentions for _, _, mentions in form.statements):
            return
        terms = defined_terms(" ".join(text for _, text, _ in form.statements))
        named: set[str] = set()  # organisations already stated (issuer and owners by their CIK)
        linked: set[tuple[str, str]] = set()
        for el, text, mentions in form.statements:
            for m in mentions:
                if m.kind == "former-name":
                    continue
                prov = form.prov(el, text[m.start : m.end])
                child = _org_ref(form, m.name, terms)
                parent = _org_ref(form, m.other, terms) if m.kind == "subsidiary" and m.other else None
                for ref in (child, parent):
                    if ref is not None and not _known(form, ref) and org_key(ref.name or "") not in named:
                        named.add(org_key(ref.name or ""))
                        yield Organization(prov=prov, ref=ref)
                if child is None or parent is None:
                    continue
                link = (org_key(child.name or ""), org_key(parent.name or ""))
                if link[0] != link[1] and link not in linked:
                    linked.add(link)
                    yield Subsidiary(prov=prov, child=child, parent=parent, jurisdiction=m.jurisdiction)

    # -- tables ---------------------------------------------------------------
    def _tables(self, form: _Form) -> Iterator[Observation]:
        if form.issuer is None:
            return
        owner = form.owners[0] if form.owners else None
        seen: set[tuple] = set()
        for row in form.root.iter(
            "nonDerivativeTransaction", "nonDerivativeHolding", "derivativeTransaction", "derivativeHolding"
        ):
            if row in form.unsafe:
                continue  # the document was cut off inside this row
            for obs in _row(form, row, owner):
                key = (obs.metric, obs.value, obs.instant, obs.dimensions)
                if key not in seen:
                    seen.add(key)
                    yield obs

    # -- text forms -------------------------------------------------------------
    def _text(self, doc: Document) -> Iterator[Fact]:
        view = doc.view
        text = view.text
        parsed = parse_text_form(text)

        def prov(start: int, end: int) -> Provenance:
            s, e = view.source_span(start, end)
            return self.prov(doc, char_locator(s, e), squash(text[start:end]))

        if parsed.form_type:
            yield FilingInfo(
                prov=prov(*parsed.form_span), form_type=parsed.form_type, period_of_report=parsed.period
            )
        issuer: OrgRef | None = None
        if parsed.issuer_name and parsed.issuer_name[0]:
            name, s, e = parsed.issuer_name
            issuer = OrgRef(name=name)
            yield Organization(prov=prov(s, e), ref=issuer, role="issuer", ticker=parsed.ticker)
        if not parsed.owner_name:
            return
        name, s, e = parsed.owner_name
        address = Address(
            kind="business",
            street1=parsed.street[0] if parsed.street else None,
            street2=parsed.street[1] if len(parsed.street) > 1 else None,
            city=parsed.city,
            region=parsed.region,
            postal_code=parsed.postal_code,
            country=parsed.country,
        )
        addresses = (address,) if any((parsed.street, parsed.city, parsed.postal_code)) else ()
        is_officer = any(r == "officer" for r, *_ in parsed.relationships)
        if not _is_person(name, is_officer):
            yield Organization(
                prov=prov(s, e), ref=OrgRef(name=name), role="reporting-owner", addresses=addresses
            )
            return
        person = PersonRef(name=name)
        yield Person(prov=prov(s, e), ref=person, role="reporting-owner", addresses=addresses)
        if issuer is None:
            return
        for role, title, ts, te in parsed.relationships:
            if title and not _POINTER.match(title):
                yield Position(prov=prov(ts, te), person=person, organization=issuer, title=title, role=role)


# --- rows ---------------------------------------------------------------------

_ROW_DIMENSIONS = (
    ("ekg:transactionCode", "transactionCoding/transactionCode"),
    ("ekg:acquiredDisposed", "transactionAmounts/transactionAcquiredDisposedCode/value"),
    ("ekg:ownership", "ownershipNature/directOrIndirectOwnership/value"),
    ("ekg:natureOfOwnership", "ownershipNature/natureOfOwnership/value"),
    ("ekg:exerciseDate", "exerciseDate/value"),
    ("ekg:expirationDate", "expirationDate/value"),
)
# (metric, path below the row, unit, label); holdings report "owned" not "owned following".
_ROW_VALUES = (
    ("ekg:shares-transacted", "transactionAmounts/transactionShares", "shares", "Amount of securities"),
    ("ekg:price-per-share", "transactionAmounts/transactionPricePerShare", "USD/shares", "Price"),
    ("ekg:transaction-value", "transactionAmounts/transactionTotalValue", "USD", "Total value"),
    ("ekg:conversion-or-exercise-price", "conversionOrExercisePrice", "USD/shares",
     "Conversion or exercise price of derivative security"),
    ("ekg:underlying-shares", "underlyingSecurity/underlyingSecurityShares", "shares",
     "Amount or number of shares of underlying securities"),
    ("ekg:underlying-value", "underlyingSecurity/underlyingSecurityValue", "USD",
     "Value of underlying securities"),
)  # fmt: skip
_OWNED = "beneficially owned following reported transaction(s)"
# (element, unit, label, metric for a transaction row, metric for a holding row)
_AFTER = (
    ("sharesOwnedFollowingTransaction", "shares", f"Amount of securities {_OWNED}",
     "ekg:shares-owned-following", "ekg:shares-owned"),
    ("valueOwnedFollowingTransaction", "USD", f"Value of securities {_OWNED}",
     "ekg:value-owned-following", "ekg:value-owned"),
)  # fmt: skip


def _row(form: _Form, row: etree._Element, owner: Owner | None) -> Iterator[Observation]:
    assert form.issuer is not None
    is_holding = row.tag.endswith("Holding")
    security = form.text(row, "securityTitle/value")
    when = form.period if is_holding else _date(form.text(row, "transactionDate/value")) or form.period
    dims: list[tuple[str, str]] = []
    if security:
        dims.append(("ekg:security", security))
    if row.tag.startswith("derivative"):
        underlying = form.text(row, "underlyingSecurity/underlyingSecurityTitle/value")
        if underlying:
            dims.append(("ekg:underlyingSecurity", underlying))
    for axis, path in _ROW_DIMENSIONS:
        value = form.text(row, path)
        if value:
            dims.append((axis, value))
    context = [
        row.find(p) for p in ("securityTitle", "transactionDate", "transactionCoding", "ownershipNature")
    ]
    values = list(_ROW_VALUES)
    for tag, unit, label, after_transaction, held in _AFTER:
        metric = held if is_holding else after_transaction
        values.append((metric, f"postTransactionAmounts/{tag}", unit, label))
    for metric, path, unit, label in values:
        field_el = row.find(path)
        value_el = field_el.find("value") if field_el is not None else None
        if value_el is None or value_el in form.unsafe:
            continue
        written = squash(_own_text(value_el))
        amount = _decimal(written)
        if amount is None:
            continue
        notes = form.notes(field_el, *context)
        evidence = written + ("" if not notes else " [" + " | ".join(notes) + "]")
        yield Observation(
            prov=form.prov(value_el, evidence),
            subject=form.issuer,
            metric=metric,
            value=amount,
            unit=unit,
            instant=when,
            dimensions=tuple(dims),
            label=label,
            owner=owner,
        )


# --- helpers ------------------------------------------------------------------


# What every ownership form holds, by the SEC's schema: (parent path, child, what is lost without it).
_REQUIRED = (
    (".", "documentType", "no filing is stated"),
    (".", "periodOfReport", "amounts have no date unless their row gives one"),
    ("issuer", "issuerCik", "the issuer is known by its name only"),
    ("issuer", "issuerName", "the issuer is known by its CIK only"),
    ("reportingOwner/reportingOwnerId", "rptOwnerCik", "the owner is known by its name only"),
    ("reportingOwner/reportingOwnerId", "rptOwnerName", "the owner is left out"),
)


_MAX_PATH_DEPTH = 32


def _warn_missing(form: _Form) -> None:
    """Log, located by XPath, the required elements the form lacks and where it was cut off.

    An element inside the cut-off part is not reported missing: the cut is reported instead.
    """
    doc = form.doc
    if form.unsafe:
        # the innermost open element, unless nesting makes its path absurd (the XPath of an element
        # thousands of levels down is megabytes): then the outermost, and how deep it goes
        # (elements only: lxml's getpath fails on the entity reference nodes recovery keeps)
        chain = [form.root]
        while (last := _last_element(chain[-1])) is not None:
            chain.append(last)
        chain = chain[1:] or chain
        reason = f"document cut off (no </{_ROOT}>): the elements left open, down to this one, are left out"
        if len(chain) > _MAX_PATH_DEPTH:
            reason = f"document cut off (no </{_ROOT}>) {len(chain)} elements deep: they are left out"
        warn(log, doc, _xpath(form, chain[-1] if len(chain) <= _MAX_PATH_DEPTH else chain[0]), reason)
    if form.root.find("issuer") is None:
        warn(log, doc, _xpath(form, form.root), "no <issuer>: nothing is stated about the issuer")
    for parent_path, tag, lost in _REQUIRED:
        for parent in form.root.iterfind(parent_path):
            if parent in form.unsafe:
                continue
            el = parent.find(tag)
            value = squash(_own_text(el)) if el is not None else ""
            if el is None or not value:
                what = "missing" if el is None else "empty"
                warn(log, doc, _xpath(form, parent), f"<{tag}> {what}: {lost}")
            elif tag.endswith("Cik") and normalize_cik(value) is None:
                warn(log, doc, _xpath(form, el), f"{tag} {value!r} is not a CIK; left out")
            elif tag == "periodOfReport" and _date(value) is None:
                warn(log, doc, _xpath(form, el), f"periodOfReport {value!r} is not a date; left out")


def _own_text(el: etree._Element) -> str:
    """An element's own text; unresolved entity references (never expanded) are left out."""
    return "".join([el.text or "", *(child.tail or "" for child in el)])


def _xpath(form: _Form, el: etree._Element) -> str | None:
    """The element's XPath; None where recovery cut a tag name inside a UTF-8 sequence."""
    try:
        return form.tree.getpath(el)
    except UnicodeDecodeError:
        return None


def _last_element(el: etree._Element) -> etree._Element | None:
    return next((c for c in reversed(el) if isinstance(c.tag, str)), None)


def _cut_off(data: bytes, root: etree._Element) -> set[etree._Element]:
    """Elements a truncated document left open: their content may be incomplete.

    A complete document ends with its root's end tag; when it does not, the last element
    read and every element around it were cut off, and none of their values are trusted.
    """
    if data.rstrip().endswith(b"</" + _ROOT.encode() + b">"):
        return set()
    last = root
    while len(last):
        last = last[-1]
    return {last, *last.iterancestors()} - {root}


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "y", "yes", "x"}


def _date(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _decimal(text: str) -> Decimal | None:
    """A number as written ("1,000" and "$5.25" tolerated); None for anything else."""
    cleaned = text.replace(",", "").replace("$", "").strip()
    if not re.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _is_person(name: str, is_officer: bool) -> bool:
    """Natural person or entity, by the name (an officer is always a person)."""
    if looks_like_person(name):
        return True
    return is_officer and not looks_like_org(name)


def _address(form: _Form, el: etree._Element | None) -> tuple[Address, ...]:
    if el is None:
        return ()
    values = {
        "street1": form.text(el, "rptOwnerStreet1"),
        "street2": form.text(el, "rptOwnerStreet2"),
        "city": form.text(el, "rptOwnerCity"),
        "region": form.text(el, "rptOwnerState"),
        "postal_code": form.text(el, "rptOwnerZipCode"),
        "country": form.text(el, "rptOwnerStateDescription"),
    }
    if not any(values.values()):
        return ()
    return (Address(kind="business", **values),)


def _former_names(form: _Form, name: str | None) -> Iterator[str]:
    """Former names the footnotes give the issuer ("Acme Orbital Inc., f/k/a Falcon Acquisition ...")."""
    if not name:
        return
    key = org_key(name)
    seen: set[str] = set()
    for _, _, mentions in form.statements:
        for m in mentions:
            if m.kind == "former-name" and m.other and org_key(m.name) == key and m.other not in seen:
                seen.add(m.other)
                yield m.other


def _known(form: _Form, ref: OrgRef) -> bool:
    """The issuer or a reporting owner: already stated with its CIK."""
    return ref == form.issuer or ref in form.owners


def _org_ref(form: _Form, name: str, terms: dict[str, str] | None = None) -> OrgRef | None:
    """The issuer or owner a name stands for (by name, former name or defined term), else the name.

    None for "the Reporting Person" when that is not one organisation, and for "the
    Issuer" when the form names none: a link to them cannot be stated.
    """
    bare = re.sub(r"^the\s+", "", squash(name), flags=re.I)
    if bare.lower() in {"issuer", "company"}:
        return form.issuer
    if bare.lower() == "reporting person":
        if len(form.owners) == 1 and isinstance(form.owners[0], OrgRef):
            return form.owners[0]
        return None
    if terms and bare.lower() in terms:
        bare = terms[bare.lower()]
    key = org_key(bare)
    if form.issuer is not None:
        names = [form.issuer.name or "", *form.issuer_former]
        if key in {org_key(n) for n in names}:
            return form.issuer
    for owner in form.owners:
        if isinstance(owner, OrgRef) and org_key(owner.name or "") == key:
            return owner
    return OrgRef(name=bare) if bare else None


def _person_ref(form: _Form, name: str) -> PersonRef:
    """A reporting owner the signer is (same words in any order), else the name as signed."""
    key = name_key(name)
    for owner in form.owners:
        if isinstance(owner, PersonRef) and name_key(owner.name) == key:
            return owner
    return PersonRef(name=name)
