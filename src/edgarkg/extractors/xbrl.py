"""Facts from XBRL instances and inline XBRL: every numeric fact, and who filed what.

Each numeric fact becomes an Observation about the entity of its context,
exactly as reported (after the inline transformation, scale and sign);
facts reported twice with the same value become one Observation. The dei
cover facts (registrant name, CIK, ticker, address, document type and
period) give the filer's Organization and the FilingInfo. Text blocks and
other non-numeric facts are left to the text extractors.

Parsing is offline and taxonomy-free (see `xbrl_parse`); problems met on
single facts are logged and available from `xbrl_problems`.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import compress, repeat
from operator import itemgetter
from typing import Any

from edgarkg.extractors.common import normalize_cik
from edgarkg.extractors.xbrl_parse import IX_NAMESPACES, XBRLI, RawFact, XbrlDocument, parse_xbrl
from edgarkg.model import (
    FILER,
    Address,
    Document,
    Fact,
    FilingInfo,
    Observation,
    Organization,
    OrgRef,
    Problem,
    Provenance,
)

log = logging.getLogger(__name__)

SEC_CIK_SCHEME = "http://www.sec.gov/CIK"
_SNIFF = 65536
_START_TAG = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[^>]*>", re.S)
_PROLOG_ENDS = ((b"<?", b"?>"), (b"<!--", b"-->"), (b"<!", b">"))
_IX_MARKERS = (b":nonFraction", b":nonNumeric", b":header")
_ADDRESS_FIELDS = {
    "dei:EntityAddressAddressLine1": "street1",
    "dei:EntityAddressAddressLine2": "street2",
    "dei:EntityAddressCityOrTown": "city",
    "dei:EntityAddressStateOrProvince": "region",
    "dei:EntityAddressPostalZipCode": "postal_code",
    "dei:EntityAddressCountry": "country",
}


class XbrlExtractor:
    """XBRL 2.1 instances and inline XBRL 1.0/1.1 documents → Observations, filer, filing."""

    name = "xbrl"
    version = "1.0"

    def accepts(self, doc: Document) -> bool:
        return is_xbrl(doc.data)

    def extract(self, doc: Document) -> Iterator[Fact]:
        parsed = parse_xbrl(doc.data)
        for message in parsed.problems:
            log.warning("%s: %s", doc.id, message)
        yield from facts_of(parsed, doc, self.name, self.version)


def is_xbrl(data: bytes) -> bool:
    """Sniff: the root is xbrli:xbrl, or (X)HTML declaring the inline XBRL namespace and using it."""
    head = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    if not head.startswith(b"<"):
        return False
    if any(ns.encode() in head for ns in IX_NAMESPACES):
        return any(marker in data for marker in _IX_MARKERS)
    m = _root_tag(head)
    return bool(m and m.group(2) == b"xbrl" and XBRLI.encode() in m.group(0))


def _root_tag(head: bytes) -> re.Match[bytes] | None:
    """The first start tag past declarations, processing instructions, comments and a DOCTYPE.

    One pass with find(): the regular expressions this replaces rescanned the rest of the head for
    each unclosed "<?" and took seconds on 64 kB of them."""
    i = 0
    while (i := head.find(b"<", i)) >= 0:
        for opener, closer in _PROLOG_ENDS:
            if head.startswith(opener, i):
                end = head.find(closer, i + len(opener))
                if opener == b"<!" and head.startswith(b"<!DOCTYPE", i):
                    subset = head.find(b"[", i, end if end >= 0 else len(head))
                    if subset >= 0:  # an internal subset: its declarations hold ">" too
                        close = head.find(b"]", subset)
                        end = head.find(b">", close) if close >= 0 else -1
                if end < 0:
                    return None
                i = end + len(closer)
                break
        else:
            return _START_TAG.match(head, i)  # no ">" after it: no later tag closes either
    return None


def xbrl_problems(doc: Document) -> list[Problem]:
    """The located problems that made the extractor skip facts of `doc` (warnings, never fatal)."""
    return [Problem(doc.id, "extract:xbrl", p, "warning") for p in parse_xbrl(doc.data).problems]


@dataclass(frozen=True, slots=True)
class InconsistentDuplicate:
    """One concept reported for the same context and unit with values that disagree."""

    concept: str
    context: str
    unit: str
    values: tuple[Decimal, ...]
    locators: tuple[str, ...]


def inconsistent_duplicates(doc: Document | XbrlDocument) -> list[InconsistentDuplicate]:
    """Duplicates whose values differ even when rounded to the less precise `decimals` (XBRL 2.1)."""
    parsed = doc if isinstance(doc, XbrlDocument) else parse_xbrl(doc.data)
    groups: dict[tuple[object, ...], list[RawFact]] = {}
    for fact in parsed.facts:
        if fact.number is not None:
            groups.setdefault((fact.concept, fact.context.aspects, fact.unit), []).append(fact)
    found = []
    for facts in groups.values():
        if len({f.number for f in facts}) < 2 or _consistent(facts):
            continue
        first = facts[0]
        found.append(
            InconsistentDuplicate(
                concept=first.concept,
                context=first.context.id,
                unit=first.unit or "",
                values=tuple(f.number for f in facts if f.number is not None),
                locators=tuple(f.locator for f in facts),
            )
        )
    return found


def _consistent(facts: list[RawFact]) -> bool:
    places = [int(f.decimals) for f in facts if f.decimals and f.decimals.lstrip("-").isdigit()]
    if not places:
        return False
    least = min(places)
    rounded = {(f.number or Decimal(0)).scaleb(least).to_integral_value() for f in facts}
    return len(rounded) == 1


def facts_of(parsed: XbrlDocument, doc: Document, extractor: str, version: str) -> Iterator[Fact]:
    """Organization and FilingInfo from the dei facts, then one Observation per distinct numeric fact."""

    doc_id = doc.id

    def prov(fact: RawFact) -> Provenance:
        return Provenance(doc_id, extractor, version, fact.locator, fact.evidence[:300] or None)

    cover = _Cover(parsed)
    filer = cover.filer_ref()
    name_fact = cover.first("dei:EntityRegistrantName")
    if filer is not None and (name_fact or cover.first("dei:EntityCentralIndexKey")):
        anchor = name_fact or cover.first("dei:EntityCentralIndexKey")
        assert anchor is not None
        ticker = cover.ticker()
        yield Organization(
            prov=prov(anchor),
            ref=filer,
            role="filer",
            ticker=ticker.text if ticker else None,
            exchange=cover.exchange(ticker),
            irs_number=cover.text("dei:EntityTaxIdentificationNumber"),
            state_of_incorporation=cover.text("dei:EntityIncorporationStateCountryCode"),
            fiscal_year_end=_month_day(cover.text("dei:CurrentFiscalYearEndDate")),
            addresses=cover.addresses(),
        )
    doc_type = cover.first("dei:DocumentType")
    if doc_type is not None and doc_type.text:
        yield FilingInfo(
            prov=prov(doc_type),
            form_type=doc_type.text,
            period_of_report=_iso_date(cover.text("dei:DocumentPeriodEndDate")),
            file_number=cover.text("dei:EntityFileNumber"),
        )

    # Facts are the same observation when concept, subject, period, dimensions, unit and value
    # agree: the context part of that is worked out once per context, not once per fact. The
    # work is done column by column (zip, map: loops in C), Python looping only over contexts
    # and duplicates.
    numeric = [f for f in parsed.facts if f[3] is not None and f[2] is not None]
    if not numeric:
        return
    metrics, ctxs, units, values, _, decimals, _, locators, evidences, _ = zip(*numeric, strict=True)
    ctx_ids = list(map(_FIRST, ctxs))
    contexts: dict[str, tuple[Any, ...]] = {}  # context id → aspects' number, subject, period, dimensions
    aspects: dict[tuple[object, ...], int] = {}
    for ctx_id, ctx in dict(zip(reversed(ctx_ids), reversed(ctxs), strict=True)).items():  # the first of each
        aspect = (
            cover.subject(ctx.scheme, ctx.identifier),
            ctx.start,
            ctx.end,
            ctx.instant,
            ctx.dimensions,
        )
        contexts[ctx_id] = (aspects.setdefault(aspect, len(aspects)), *aspect)
    known = list(map(contexts.__getitem__, ctx_ids))
    keys = list(zip(metrics, map(_FIRST, known), units, values, strict=True))
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))  # key → its first fact
    kept_decimals = list(decimals)
    if len(first) < len(keys):  # duplicates: dropped, their decimals kept when more precise
        firsts = list(map(first.__getitem__, keys))
        for i, at in enumerate(firsts):
            if at != i and _more_precise(decimals[i], kept_decimals[at]):
                kept_decimals[at] = decimals[i]
        kept = [at == i for i, at in enumerate(firsts)]
        metrics, values, units, locators, evidences, known, kept_decimals = (
            list(compress(column, kept))
            for column in (metrics, values, units, locators, evidences, known, kept_decimals)
        )
    yield from _OBSERVATIONS(doc_id, extractor, version, metrics, values, units, locators, evidences, known,
                             kept_decimals)  # fmt: skip


_FIRST = itemgetter(0)


def _constructed(
    doc_id: str,
    extractor: str,
    version: str,
    *columns: Sequence[Any],
) -> list[Observation]:
    """The Observations of facts_of's columns built by their constructors."""
    built = []
    for metric, value, unit, locator, evidence, context, decimals in zip(*columns, strict=True):
        _, subject, start, end, instant, dimensions = context
        prov = Provenance(doc_id, extractor, version, locator, evidence[:300] or None)
        built.append(
            Observation(prov, subject, metric, value, unit, start, end, instant, dimensions, None, decimals)
        )
    return built


_M = dataclasses.MISSING  # a field without a default, in the table below


def _slot_builder() -> Callable[..., list[Observation]]:
    """A builder of facts_of's Observations (and their Provenances) that sets their slots directly,
    one field at a time over all facts.

    A frozen dataclass's __init__ calls object.__setattr__ once per field: on a 10-Q's facts that
    was half of this module's time. Setting the slots is all those __init__s do, as long as the
    classes keep the fields and defaults below and no __post_init__: that is checked here, and
    the constructors are used otherwise. Setting one slot of every object with map() runs the
    loop in C. tests/test_xbrl_scan.py checks both give equal facts."""
    expected = {
        Provenance: {"document": _M, "extractor": _M, "version": _M, "locator": None, "evidence": None,
                     "confidence": 1.0},
        Observation: {"prov": _M, "subject": _M, "metric": _M, "value": _M, "unit": _M, "period_start": None,
                      "period_end": None, "instant": None, "dimensions": (), "qualifier": None,
                      "decimals": None, "label": None, "owner": None},
    }  # fmt: skip
    for cls, defaults in expected.items():
        fields = dataclasses.fields(cls)
        found = {f.name: f.default if f.default_factory is _M else f.default_factory() for f in fields}
        if (
            found != defaults
            or getattr(cls, "__slots__", None) != tuple(defaults)
            or hasattr(cls, "__post_init__")
        ):
            return _constructed
    prov_slots = tuple(getattr(Provenance, name).__set__ for name in expected[Provenance])
    observation_slots = tuple(getattr(Observation, name).__set__ for name in expected[Observation])
    new = object.__new__

    def build(
        doc_id: str,
        extractor: str,
        version: str,
        metrics: Sequence[str],
        values: Sequence[Decimal],
        units: Sequence[str],
        locators: Sequence[str],
        evidences: Sequence[str],
        contexts: Sequence[tuple[Any, ...]],
        decimals_of: Sequence[str | None],
    ) -> list[Observation]:
        _, subjects, starts, ends, instants, dimensions = zip(*contexts, strict=True)
        n = len(metrics)
        provs: list[Provenance] = list(map(new, repeat(Provenance, n)))
        evidence = [e[:300] or None for e in evidences]
        for set_slot, column in zip(
            prov_slots,
            (repeat(doc_id), repeat(extractor), repeat(version), locators, evidence, repeat(1.0)),
            strict=True,
        ):
            deque(map(set_slot, provs, column), 0)
        observations: list[Observation] = list(map(new, repeat(Observation, n)))
        columns = (provs, subjects, metrics, values, units, starts, ends, instants, dimensions, repeat(None),
                   decimals_of, repeat(None), repeat(None))  # fmt: skip
        for set_slot, column in zip(observation_slots, columns, strict=True):
            deque(map(set_slot, observations, column), 0)
        return observations

    return build


_OBSERVATIONS = _slot_builder()


class _Cover:
    """The dei facts of the document, preferring those of contexts without dimensions."""

    def __init__(self, parsed: XbrlDocument) -> None:
        self.by_concept: dict[str, list[RawFact]] = {}
        for fact in parsed.facts:
            if fact.concept.startswith("dei:"):
                self.by_concept.setdefault(fact.concept, []).append(fact)
        self.cik = normalize_cik(self.text("dei:EntityCentralIndexKey")) or _context_cik(parsed)
        self.name = self.text("dei:EntityRegistrantName")
        self._refs: dict[tuple[str | None, str | None], OrgRef] = {}

    def first(self, concept: str, dimensional: bool = False) -> RawFact | None:
        facts = [f for f in self.by_concept.get(concept, ()) if f.text]
        plain = [f for f in facts if not f.context.dimensions]
        return (plain or (facts if dimensional else []) or [None])[0]

    def text(self, concept: str) -> str | None:
        fact = self.first(concept)
        return fact.text if fact else None

    def filer_ref(self) -> OrgRef | None:
        if self.cik or self.name:
            return OrgRef(name=self.name, cik=self.cik)
        return None

    def subject(self, scheme: str | None, identifier: str | None) -> OrgRef:
        """The entity of a context: by CIK, named after the registrant when it is the registrant."""
        ref = self._refs.get((scheme, identifier))
        if ref is None:
            cik = normalize_cik(identifier) if scheme == SEC_CIK_SCHEME else None
            if cik is not None:
                ref = OrgRef(name=self.name if cik == self.cik else None, cik=cik)
            elif identifier and scheme and "lei" in scheme.lower():
                ref = OrgRef(name=self.name, lei=identifier)
            else:
                ref = self.filer_ref() or FILER
            self._refs[(scheme, identifier)] = ref
        return ref

    def ticker(self) -> RawFact | None:
        """dei:TradingSymbol: the undimensioned one, else the first class of stock that has one."""
        return self.first("dei:TradingSymbol", dimensional=True)

    def exchange(self, ticker: RawFact | None) -> str | None:
        for fact in self.by_concept.get("dei:SecurityExchangeName", ()):
            if fact.text and (ticker is None or fact.context.aspects == ticker.context.aspects):
                return fact.text
        return self.text("dei:SecurityExchangeName")

    def addresses(self) -> tuple[Address, ...]:
        parts = {field: self.text(concept) for concept, field in _ADDRESS_FIELDS.items()}
        area, local = self.text("dei:CityAreaCode"), self.text("dei:LocalPhoneNumber")
        phone = " ".join(p for p in (area, local) if p) or None
        if not any(parts.values()):
            return ()
        return (Address(kind="principal-executive-offices", phone=phone, **parts),)


def _context_cik(parsed: XbrlDocument) -> str | None:
    """The CIK most facts' contexts name (when the dei facts give none)."""
    ciks = Counter(f.context.identifier for f in parsed.facts if f.context.scheme == SEC_CIK_SCHEME)
    return normalize_cik(ciks.most_common(1)[0][0]) if ciks else None


def _more_precise(new: str | None, old: str | None) -> bool:
    def rank(d: str | None) -> float:
        if d is None:
            return float("-inf")
        if d.strip().upper() == "INF":
            return float("inf")
        try:
            return int(d)
        except ValueError:
            return float("-inf")

    return rank(new) > rank(old)


def _month_day(value: str | None) -> str | None:
    """dei:CurrentFiscalYearEndDate ("--09-27", "09-27", "--0927") → "0927"."""
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    return digits if len(digits) == 4 and 1 <= int(digits[:2]) <= 12 else None


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10]) if value else None
    except ValueError:
        return None
