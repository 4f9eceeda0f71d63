"""The values that travel between pipeline stages.

Sources yield `Document`s; extractors turn a Document into a stream of small
frozen facts, each carrying its `Provenance`. Facts point at entities through
`OrgRef` / `PersonRef` (what the document itself says: a name, a CIK) and
never hold RDF terms: only `edgarkg.mapping` knows the ontology.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from edgarkg.sources.html import TextView


@dataclass(frozen=True)
class Document:
    """One document: a file, an archive member, or a <DOCUMENT> of a submission.

    `data` keeps the original bytes (XML parsers want them, with their own
    encoding declaration); `text` is the decoded source; `view` is the clean
    reading text (HTML stripped) with offsets back into `text`.
    """

    source: str  # input path, "archive.zip!member" for archive members
    data: bytes
    filing_id: str  # accession number, or "sha256:<hex>" of the container
    doc_type: str | None = None  # EDGAR <TYPE>: "8-K", "EX-21", "SEC-HEADER", ...
    sequence: int | None = None
    filename: str | None = None
    description: str | None = None
    media_type: str = "text/plain"  # text/plain, text/html, application/xml

    @property
    def id(self) -> str:
        """Stable id of the document within the build: source plus sequence."""
        return f"{self.source}#{self.sequence}" if self.sequence is not None else self.source

    @cached_property
    def text(self) -> str:
        from edgarkg.sources.decode import decode

        return decode(self.data)

    @cached_property
    def view(self) -> TextView:
        from edgarkg.sources.html import text_view

        return text_view(self.text, self.media_type)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact came from.

    `locator` is an RFC 5147 fragment into `Document.text`
    ("char=120,145"), an XPath ("/ownershipDocument/reportingOwner[1]"), or
    an XBRL fact id ("fact=f-12"); `evidence` is the text it rests on.
    """

    document: str
    extractor: str
    version: str
    locator: str | None = None
    evidence: str | None = None
    confidence: float = 1.0


def char_locator(start: int, end: int) -> str:
    return f"char={start},{end}"


@dataclass(frozen=True, slots=True)
class OrgRef:
    """An organisation as a document names it. CIK beats LEI beats name."""

    name: str | None = None
    cik: str | None = None
    lei: str | None = None

    def __post_init__(self) -> None:
        if not (self.name or self.cik or self.lei):
            raise ValueError("OrgRef needs a name, CIK or LEI")


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A natural person as a document names them; CIK where EDGAR gives one."""

    name: str
    cik: str | None = None


@dataclass(frozen=True, slots=True)
class Address:
    kind: str  # "business", "mail", "principal-executive-offices", ...
    street1: str | None = None
    street2: str | None = None
    city: str | None = None
    region: str | None = None  # state / province / county
    postal_code: str | None = None
    country: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class FilingInfo:
    """What a filing is: its identity and dates."""

    prov: Provenance
    form_type: str
    accession_number: str | None = None
    filing_date: date | None = None
    period_of_report: date | None = None
    acceptance_datetime: str | None = None
    items: tuple[str, ...] = ()
    file_number: str | None = None
    annual_report_form: str | None = None  # 6-K cover: "20-F" or "40-F"


@dataclass(frozen=True, slots=True)
class Organization:
    """An organisation and what the document says about it.

    `role` ties it to the filing: "filer", "subject-company", "issuer",
    "reporting-owner", "filed-by"; None for organisations merely described.
    """

    prov: Provenance
    ref: OrgRef
    role: str | None = None
    aliases: tuple[str, ...] = ()
    is_company: bool = True
    ticker: str | None = None
    exchange: str | None = None
    cusip: str | None = None
    sic: str | None = None
    sic_description: str | None = None
    irs_number: str | None = None
    state_of_incorporation: str | None = None
    fiscal_year_end: str | None = None  # "MMDD"
    addresses: tuple[Address, ...] = ()
    former_names: tuple[tuple[str, date | None], ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """A natural person; `role` as for Organization when tied to the filing."""

    prov: Provenance
    ref: PersonRef
    role: str | None = None
    addresses: tuple[Address, ...] = ()


@dataclass(frozen=True, slots=True)
class Position:
    """A person holding a title at an organisation."""

    prov: Provenance
    person: PersonRef
    organization: OrgRef
    title: str
    role: str | None = None  # normalised: ceo, cfo, director, secretary, contact, signatory, ...
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Subsidiary:
    """child is a subsidiary of parent."""

    prov: Provenance
    child: OrgRef
    parent: OrgRef
    jurisdiction: str | None = None
    percent: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Observation:
    """One reported value about an organisation.

    `metric` is a concept key: "us-gaap:Revenues", "ekg:revenue", ...;
    `unit` a unit code: ISO 4217 ("USD"), "USD/shares", "shares", "pure",
    "percent", "count". `owner` is who holds what the value counts, where
    that is not the subject (a Form 4 owner's shares of the issuer, a 13G
    filer's percent of class); `dimensions` are (axis, member) pairs, members
    being concept keys ("us-gaap:SegmentMember") or plain values.
    """

    prov: Provenance
    subject: OrgRef
    metric: str
    value: Decimal
    unit: str
    period_start: date | None = None
    period_end: date | None = None
    instant: date | None = None
    dimensions: tuple[tuple[str, str], ...] = ()
    qualifier: str | None = None  # "more-than", "about", "less-than", ...
    decimals: str | None = None
    label: str | None = None  # the metric as the document words it
    owner: PersonRef | OrgRef | None = None


Fact = FilingInfo | Organization | Person | Position | Subsidiary | Observation


@runtime_checkable
class Extractor(Protocol):
    """One kind of source → facts. Small, duck-typed, registered by entry point."""

    name: str
    version: str

    def accepts(self, doc: Document) -> bool: ...

    def extract(self, doc: Document) -> Iterator[Fact]: ...


@dataclass(frozen=True, slots=True)
class Problem:
    """A located problem with the input: reported, never fatal to the build."""

    source: str
    stage: str  # "read", "extract:<name>", "map", "validate"
    reason: str
    severity: str = "error"  # "error", "warning", "skipped"


@dataclass
class DocumentResult:
    """What the extract stage made of one document."""

    document: Document
    facts: list[Fact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def content_id(data: bytes) -> str:
    """Filing id for inputs with no accession number: a hash of the content."""
    return "sha256:" + hashlib.sha256(data).hexdigest()[:32]


FILER = OrgRef(name="(filer)")
"""Stands for "the filing's filer" ("the Company", "the Registrant") when an
extractor cannot know who that is; mapping resolves it per filing."""
