"""Form 13F-HR: an institutional manager's quarterly holdings.

A 13F-HR submission has two XML documents: the cover (`edgarSubmission` in
the .../thirteenffiler namespace: manager, report period, signer, totals) and
the information table (`informationTable`: one `infoTable` per holding with
issuer name, class, CUSIP, value, shares or principal amount).

Value scale: filings made from 3 January 2023 on report values in dollars,
earlier ones in thousands of dollars (SEC Release 34-95148). The rule needs
the filing date, which only the cover has (its signature date; failing that,
a report period of 2022-12-31 or later, whose filing cannot predate 2023).
Extractors see one document at a time, so the extractor remembers the last
covers it read by filing id: EDGAR puts the cover before the table, and the
pipeline extracts a filing's documents in order.

Filers do not always follow the rule (some reported dollars in 2022), so the
table's own numbers check it: the median value per share is a share price in
dollars, or a thousandth of one. A pre-2023 table whose median is $1 or more
per share would mean $1,000+ shares in thousands: it is read as dollars; a
2023+ table whose median is under a cent per share is read as thousands. A
table met without its cover is scaled by its numbers alone (median ≥ 1:
dollars) and has no report date. Overridden or guessed scales lower the
confidence and say so in the observation's label.
"""

from __future__ import annotations

import re
import statistics
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lxml import etree

from edgarkg.extractors.common import normalize_cik, parse_decimal, squash
from edgarkg.extractors.schedule13 import XmlDocument, parse_xml
from edgarkg.model import (
    FILER,
    Address,
    Document,
    Fact,
    FilingInfo,
    Observation,
    Organization,
    OrgRef,
    PersonRef,
    Position,
    Provenance,
)

__all__ = ["Form13FExtractor", "DOLLARS_FROM", "values_in_dollars"]

DOLLARS_FROM = date(2023, 1, 3)
"""First filing day on which 13F values are in dollars, not thousands."""

_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?P<root>informationTable|edgarSubmission)\b(?P<attrs>[^>]*)>", re.I)
_COVER_TYPES = re.compile(r"^13F-(?:HR|NT)(?:/A)?$", re.I)
_CACHE_SIZE = 256
# infoTable fields that tell one issuer's holdings apart → axes ("ekg:security" as in Forms 3/4/5)
_AXES = (
    ("titleOfClass", "ekg:security"),
    ("cusip", "ekg:cusip"),
    ("putCall", "ekg:putCall"),
    ("investmentDiscretion", "ekg:investmentDiscretion"),
    ("otherManager", "ekg:otherManager"),
)


def values_in_dollars(signed: date | None, period: date | None) -> bool | None:
    """Are the table's values in dollars (True), in thousands (False), or can the dates not tell (None)?

    A period ending 2022-12-31 or later was filed in 2023 or later: dollars. An older period may be an
    amendment filed later, so its signature date decides; without one, None.
    """
    if period is not None and period >= date(2022, 12, 31):
        return True
    if signed is not None:
        return signed >= DOLLARS_FROM
    return None


@dataclass(frozen=True)
class _Cover:
    filer: OrgRef
    period: date | None
    signed: date | None


def _local(el: etree._Element) -> str:
    """Local name; tolerant of recovered XML with undeclared prefixes ("com:city")."""
    return el.tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1] if isinstance(el.tag, str) else ""


def _date(text: str | None) -> date | None:
    """13F dates: MM-DD-YYYY (also MM/DD/YYYY and ISO)."""
    if not text:
        return None
    m = re.match(r"^\s*(\d{1,2})[-/](\d{1,2})[-/](\d{4})\s*$", text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", text)
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


class Form13FExtractor:
    """13F-HR cover pages and information tables (XML, 2013 on)."""

    name = "form13f"
    version = "1"

    def __init__(self) -> None:
        self._covers: OrderedDict[str, _Cover] = OrderedDict()

    def accepts(self, doc: Document) -> bool:
        m = _ROOT.search(doc.data[:4096])
        if not m:
            return False
        if m.group("root").lower() == b"informationtable":
            return True
        return b"thirteenf" in m.group("attrs").lower() or bool(
            _COVER_TYPES.match((doc.doc_type or "").strip())
        )

    def extract(self, doc: Document) -> Iterator[Fact]:
        x = parse_xml(doc.data)
        count = 0
        facts = self._table(doc, x) if _local(x.root).lower() == "informationtable" else self._cover(doc, x)
        for fact in facts:
            count += 1
            yield fact
        if x.error:
            raise ValueError(f"{x.error} ({count} facts read before it)")

    def _prov(self, doc: Document, locator: str, evidence: str | None, confidence: float = 1.0) -> Provenance:
        return Provenance(doc.id, self.name, self.version, locator, evidence, confidence)

    # -- cover -------------------------------------------------------------------------
    def _cover(self, doc: Document, x: XmlDocument) -> Iterator[Fact]:
        root = x.root
        header = x.child(root, "headerData")
        form = x.path(root, "formData")
        cover = x.child(form, "coverPage")
        form_type = x.text(header, "submissionType") or (doc.doc_type or "").strip() or "13F-HR"
        period = _date(x.text(cover, "reportCalendarOrQuarter")) or _date(
            x.text(header, "filerInfo/periodOfReport")
        )
        yield FilingInfo(
            self._prov(doc, "/edgarSubmission/headerData/submissionType", form_type),
            form_type,
            period_of_report=period,
            file_number=x.text(cover, "form13FFileNumber"),
        )
        manager = x.child(cover, "filingManager")
        name = x.text(manager, "name")
        cik = normalize_cik(x.text(header, "filerInfo/filer/credentials/cik"))
        if not (name or cik):
            return
        filer = OrgRef(name=name, cik=cik)
        addr = x.child(manager, "address")
        addresses = ()
        if addr is not None and x.text(addr, "street1"):
            addresses = (
                Address(
                    kind="business",
                    street1=x.text(addr, "street1"),
                    street2=x.text(addr, "street2"),
                    city=x.text(addr, "city"),
                    region=x.text(addr, "stateOrCountry"),
                    postal_code=x.text(addr, "zipCode"),
                ),
            )
        yield Organization(
            self._prov(doc, "/edgarSubmission/formData/coverPage/filingManager/name", name),
            filer,
            role="filer",
            addresses=addresses,
        )
        sig = x.child(form, "signatureBlock")
        signer, title = x.text(sig, "name") or x.text(sig, "signature"), x.text(sig, "title")
        signed = _date(x.text(sig, "signatureDate"))
        if signer and title:
            yield Position(
                self._prov(doc, "/edgarSubmission/formData/signatureBlock/title", title),
                PersonRef(signer),
                filer,
                title,
                role="signatory",
            )
        self._remember(doc.filing_id, _Cover(filer, period, signed))
        summary = x.child(form, "summaryPage")
        entries = parse_decimal(x.text(summary, "tableEntryTotal"))
        total = parse_decimal(x.text(summary, "tableValueTotal"))
        if entries is not None:
            yield Observation(
                self._prov(doc, "/edgarSubmission/formData/summaryPage/tableEntryTotal", str(entries)),
                filer, "ekg:holdings-count", entries, "count", instant=period, label="table entry total",
            )  # fmt: skip
        if total is not None and values_in_dollars(signed, period):  # before 2023 only the table can tell
            yield Observation(
                self._prov(doc, "/edgarSubmission/formData/summaryPage/tableValueTotal", str(total)),
                filer, "ekg:holdings-total-value", total, "USD", instant=period, label="table value total",
            )  # fmt: skip

    def _remember(self, filing_id: str, cover: _Cover) -> None:
        self._covers[filing_id] = cover
        self._covers.move_to_end(filing_id)
        while len(self._covers) > _CACHE_SIZE:
            self._covers.popitem(last=False)

    # -- information table ---------------------------------------------------------------
    def _table(self, doc: Document, x: XmlDocument) -> Iterator[Fact]:
        rows = [(i, _fields(x, el)) for i, el in enumerate(x.children(x.root, "infoTable"), start=1)]
        cover = self._covers.get(doc.filing_id)
        owner = cover.filer if cover else FILER
        instant = cover.period if cover else None
        dollars, confidence, value_label = _scale(
            values_in_dollars(cover.signed, cover.period) if cover else None, _median_price(rows)
        )
        scale = Decimal(1) if dollars else Decimal(1000)
        seen: set[tuple[str, str | None]] = set()
        for i, f in rows:
            name, cusip = f.get("nameOfIssuer"), f.get("cusip")
            if not name:
                continue
            base = f"/informationTable/infoTable[{i}]"
            issuer = OrgRef(name=name)
            if (name, cusip) not in seen:
                seen.add((name, cusip))
                yield Organization(self._prov(doc, f"{base}/nameOfIssuer", name), issuer, cusip=cusip)
            dims = tuple((axis, f[key]) for key, axis in _AXES if f.get(key))
            value = parse_decimal(f.get("value"))
            if value is not None:
                yield Observation(
                    self._prov(doc, f"{base}/value", f.get("value"), confidence),
                    issuer, "ekg:holding-value", value * scale, "USD", instant=instant, dimensions=dims,
                    label=value_label, owner=owner,
                )  # fmt: skip
            amount = parse_decimal(f.get("sshPrnamt"))
            if amount is not None:
                kind = (f.get("sshPrnamtType") or "SH").upper()
                yield Observation(
                    self._prov(doc, f"{base}/shrsOrPrnAmt/sshPrnamt", f.get("sshPrnamt")),
                    issuer, "ekg:holding-shares", amount, "principal" if kind == "PRN" else "shares",
                    instant=instant, dimensions=dims, label="principal amount" if kind == "PRN" else "shares",
                    owner=owner,
                )  # fmt: skip


def _fields(x: XmlDocument, row: etree._Element) -> dict[str, str]:
    """An infoTable row as {local name: text}, nested fields (shrsOrPrnAmt/...) flattened."""
    out: dict[str, str] = {}
    for el in row.iter():
        if el is row or not x.ok(el):
            continue
        name = _local(el)
        if name and el.text and name not in out:
            text = squash(el.text)
            if text:
                out[name] = text
    return out


def _median_price(rows: list[tuple[int, dict[str, str]]]) -> float | None:
    """Median value per share (per unit of principal ×10, when the table holds no shares)."""
    shares: list[float] = []
    principal: list[float] = []
    for _, f in rows:
        value, amount = parse_decimal(f.get("value")), parse_decimal(f.get("sshPrnamt"))
        if value is None or not amount:
            continue
        ratio = float(value / amount)
        (principal if (f.get("sshPrnamtType") or "SH").upper() == "PRN" else shares).append(ratio)
    if shares:
        return statistics.median(shares)
    if principal:  # bonds trade near par: ~1 per unit in dollars, ~0.001 in thousands
        return 10 * statistics.median(principal)
    return None


def _scale(by_date: bool | None, median: float | None) -> tuple[bool, float, str]:
    """(values in dollars?, confidence, label) from the date rule checked against the table's prices."""
    if by_date is None:
        dollars = median is None or median >= 1.0
        return dollars, 0.8, "value" if dollars else "value (x$1000, scale inferred)"
    if not by_date and median is not None and median >= 1.0:
        return True, 0.9, "value (in dollars, though filed before 2023)"
    if by_date and median is not None and median < 0.01:
        return False, 0.9, "value (x$1000, though filed in 2023 or later)"
    return by_date, 1.0, "value" if by_date else "value (x$1000)"
