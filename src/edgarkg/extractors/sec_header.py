"""Facts from the header EDGAR puts in front of every submission.

Two spellings of one structure are read the same way: the classic
``<SEC-HEADER>`` (``KEY:<tab>value`` lines, blocks like ``FILER:`` and
``COMPANY DATA:``) and the ``.nc`` feed (``<TAG>value`` lines closed by
``</TAG>``). Both are turned into a flat list of (key, value) entries with
canonical keys, then one small state machine builds the filing and its
parties. Indentation is ignored on purpose: 1990s headers indent blocks
differently, and some close them with stray ``</COMPANY-DATA>`` tags.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from edgarkg.extractors.common import (
    is_ascii_digits,
    iter_lines,
    looks_like_person,
    normalize_cik,
    parse_acceptance,
    parse_yyyymmdd,
    squash,
)
from edgarkg.model import (
    Address,
    Document,
    Fact,
    FilingInfo,
    Organization,
    OrgRef,
    Person,
    PersonRef,
    Position,
    Provenance,
    char_locator,
)

log = logging.getLogger(__name__)

# Blocks naming a party to the filing, and the role each gives it.
PARTY_ROLES = {
    "FILER": "filer",
    "SUBJECT COMPANY": "subject-company",
    "FILED BY": "filed-by",
    "REPORTING OWNER": "reporting-owner",
    "ISSUER": "issuer",
    "DEPOSITOR": "depositor",
    "SECURITIZER": "securitizer",
    "ISSUING ENTITY": "issuing-entity",
}
_SUB_BLOCKS = {
    "COMPANY DATA",
    "OWNER DATA",
    "FILING VALUES",
    "BUSINESS ADDRESS",
    "MAIL ADDRESS",
    "FORMER COMPANY",
    "FORMER NAME",
}
# .nc tag names (after "-"/"_" → " ") and older spellings → the classic key.
_SYNONYMS = {
    "TYPE": "CONFORMED SUBMISSION TYPE",
    "PERIOD": "CONFORMED PERIOD OF REPORT",
    "FILING DATE": "FILED AS OF DATE",
    "ITEMS": "ITEM INFORMATION",
    "CONFORMED NAME": "COMPANY CONFORMED NAME",
    "CIK": "CENTRAL INDEX KEY",
    "ASSIGNED SIC": "STANDARD INDUSTRIAL CLASSIFICATION",
    "EIN": "IRS NUMBER",
    "FILE NUMBER": "SEC FILE NUMBER",
    "ACT": "SEC ACT",
    "STREET1": "STREET 1",
    "STREET2": "STREET 2",
    "PHONE": "BUSINESS PHONE",
    "DATE CHANGED": "DATE OF NAME CHANGE",
}
_ADDRESS_KINDS = {"BUSINESS ADDRESS": "business", "MAIL ADDRESS": "mail"}
_ADDRESS_FIELDS = {
    "STREET 1": "street1",
    "STREET 2": "street2",
    "CITY": "city",
    "STATE": "region",
    "ZIP": "postal_code",
    "BUSINESS PHONE": "phone",
}
# The few relationships an old text header states that are positions held at the issuer.
_POSITION_RELATIONSHIPS = {"DIRECTOR": "director", "OFFICER": "officer"}

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9_.-]*)>([^<]*)")
# Possessive: a lazy key followed by \s* backtracks quadratically on a long line of spaces.
_KEY_VALUE = re.compile(r"^[\s\]]*+([A-Za-z][A-Za-z0-9 &/()-]*+)[^\S\r\n]*+:(.*)$")
_SIC = re.compile(r"^(?P<desc>.*?)\s*\[\s*(?P<code>\d*)\s*\]?\s*$")
_FYE = re.compile(r"^(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One key/value statement of the header, with its span in the document text."""

    key: str  # canonical, e.g. "CENTRAL INDEX KEY"; a closing tag is "/FILER"
    value: str
    start: int
    end: int


def _canonical(raw_key: str) -> str:
    key = " ".join(raw_key.upper().replace("-", " ").replace("_", " ").split())
    return _SYNONYMS.get(key, key)


def header_entries(text: str) -> Iterator[Entry]:
    """The header's statements in order, up to the first <DOCUMENT> (both header spellings)."""
    for line, start, _ in iter_lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        if stripped.startswith("<"):
            for m in _TAG.finditer(line):
                closing, name, value = m.group(1), m.group(2), m.group(3)
                if name.upper() == "DOCUMENT" and not closing:
                    return
                key = ("/" if closing else "") + _canonical(name)
                yield Entry(key, squash(value), start + m.start(), start + m.start(3) + len(value.rstrip()))
            continue
        m = _KEY_VALUE.match(line)
        if m:
            yield Entry(_canonical(m.group(1)), squash(m.group(2)), start + lead, start + len(line.rstrip()))


@dataclass
class _Party:
    """A party block being read: FILER, SUBJECT COMPANY, REPORTING-OWNER, ..."""

    role: str
    start: int
    end: int
    fields: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # where each field's statement is
    addresses: dict[str, dict[str, str]] = field(default_factory=dict)
    former: list[list[str | None]] = field(default_factory=list)
    relationships: list[str] = field(default_factory=list)

    def take(self, sub: str | None, entry: Entry) -> None:
        self.end = max(self.end, entry.end)
        key, value = entry.key, entry.value
        if key == "RELATIONSHIP":
            if value:
                self.relationships.append(value.upper())
        elif sub in _ADDRESS_KINDS and key in _ADDRESS_FIELDS:
            if value:
                self.addresses.setdefault(_ADDRESS_KINDS[sub], {}).setdefault(_ADDRESS_FIELDS[key], value)
        elif key == "FORMER CONFORMED NAME":
            self.former.append([value or None, None])
        elif key == "DATE OF NAME CHANGE":
            if self.former and self.former[-1][1] is None:
                self.former[-1][1] = value
        elif value:
            self.fields.setdefault(key, value)
            self.spans.setdefault(key, (entry.start, entry.end))


def split_sic(value: str | None) -> tuple[str | None, str | None]:
    """SIC code and description: "ELECTRIC SERVICES [4911]" gives ("4911", "ELECTRIC SERVICES")."""
    if not value:
        return None, None
    value = value.strip()
    if is_ascii_digits(value):
        return value, None
    m = _SIC.match(value)
    if not m:
        return None, value or None
    return (m.group("code") or None), (m.group("desc").strip() or None)


def _irs(value: str | None) -> str | None:
    digits = (value or "").replace("-", "").strip()
    if len(digits) != 9 or not is_ascii_digits(digits) or int(digits) == 0:
        return None
    return digits


class SecHeaderExtractor:
    """EDGAR submission header → the filing (FilingInfo) and its parties (Organization / Person)."""

    name = "sec-header"
    version = "1.0"

    def accepts(self, doc: Document) -> bool:
        return doc.doc_type == "SEC-HEADER"

    def extract(self, doc: Document) -> Iterator[Fact]:
        text = doc.text
        top: dict[str, Entry] = {}
        items: list[Entry] = []
        parties: list[_Party] = []
        party: _Party | None = None
        sub: str | None = None
        for entry in header_entries(text):
            key = entry.key
            if key in PARTY_ROLES:
                party = _Party(PARTY_ROLES[key], entry.start, entry.end)
                parties.append(party)
                sub = None
            elif key.startswith("/"):
                closed = key[1:]
                if closed in PARTY_ROLES:
                    party, sub = None, None
                elif closed == sub:
                    sub = None
            elif key in _SUB_BLOCKS:
                sub = key
                if party is not None:
                    party.end = max(party.end, entry.end)
            elif party is not None:
                party.take(sub, entry)
            elif key == "ITEM INFORMATION":
                if entry.value:
                    items.append(entry)
            else:
                top.setdefault(key, entry)

        _warn_garbled(doc, top, parties)
        info = self._filing_info(doc, top, items, parties)
        if info is not None:
            yield info
        seen: set[tuple[str, str]] = set()
        persons: list[tuple[PersonRef, _Party]] = []
        for p in parties:
            fact = self._party_fact(doc, text, p)
            if fact is None:
                continue
            ident = fact.ref.cik or fact.ref.name or ""
            if (p.role, ident) in seen:  # the same party listed twice (e.g. per form type)
                continue
            seen.add((p.role, ident))
            if isinstance(fact, Person):
                persons.append((fact.ref, p))
            yield fact
        yield from self._positions(doc, text, persons, parties)

    def _prov(self, doc: Document, start: int, end: int, evidence: str) -> Provenance:
        return Provenance(
            document=doc.id,
            extractor=self.name,
            version=self.version,
            locator=char_locator(start, end),
            evidence=evidence,
        )

    def _filing_info(
        self, doc: Document, top: dict[str, Entry], items: list[Entry], parties: list[_Party]
    ) -> FilingInfo | None:
        form = top.get("CONFORMED SUBMISSION TYPE")
        form_type = form.value if form else None
        if not form_type:  # truncated before the submission type: fall back on a party's form type
            form_type = next((p.fields["FORM TYPE"] for p in parties if p.fields.get("FORM TYPE")), None)
        if not form_type:
            return None
        used = [
            e
            for k in ("ACCESSION NUMBER", "CONFORMED SUBMISSION TYPE", "CONFORMED PERIOD OF REPORT")
            + ("FILED AS OF DATE", "ACCEPTANCE DATETIME")
            if (e := top.get(k)) is not None
        ] + items
        used.sort(key=lambda e: e.start)
        filers = [p for p in parties if p.role == "filer"] or parties
        file_number = next(
            (p.fields["SEC FILE NUMBER"] for p in filers if "SEC FILE NUMBER" in p.fields), None
        )
        accession = top.get("ACCESSION NUMBER")
        start = used[0].start if used else 0
        end = used[-1].end if used else 0
        evidence = "\n".join(doc.text[e.start : e.end] for e in used)
        return FilingInfo(
            prov=self._prov(doc, start, end, evidence),
            form_type=form_type,
            accession_number=_accession(accession.value) if accession else None,
            filing_date=parse_yyyymmdd(_value(top, "FILED AS OF DATE")),
            period_of_report=parse_yyyymmdd(_value(top, "CONFORMED PERIOD OF REPORT")),
            acceptance_datetime=parse_acceptance(_value(top, "ACCEPTANCE DATETIME")),
            items=tuple(dict.fromkeys(e.value for e in items)),
            file_number=file_number,
        )

    def _party_fact(self, doc: Document, text: str, p: _Party) -> Organization | Person | None:
        name = p.fields.get("COMPANY CONFORMED NAME")
        cik = normalize_cik(p.fields.get("CENTRAL INDEX KEY"))
        sic, sic_description = split_sic(p.fields.get("STANDARD INDUSTRIAL CLASSIFICATION"))
        irs = _irs(p.fields.get("IRS NUMBER"))
        incorporated = p.fields.get("STATE OF INCORPORATION")
        addresses = tuple(
            Address(kind=kind, **values) for kind, values in sorted(p.addresses.items()) if values
        )
        prov = self._prov(doc, p.start, p.end, text[p.start : p.end].strip())
        if (
            p.role == "reporting-owner"
            and name
            and not (irs or sic or incorporated)
            and looks_like_person(name)
        ):
            return Person(prov=prov, ref=PersonRef(name=name, cik=cik), role=p.role, addresses=addresses)
        if not (name or cik):
            return None
        fye = p.fields.get("FISCAL YEAR END")
        former = tuple((n, parse_yyyymmdd(d)) for n, d in p.former if n)
        return Organization(
            prov=prov,
            ref=OrgRef(name=name, cik=cik),
            role=p.role,
            sic=sic,
            sic_description=sic_description,
            irs_number=irs,
            state_of_incorporation=incorporated,
            fiscal_year_end=fye if fye and _FYE.match(fye) else None,
            addresses=addresses,
            former_names=former,
        )

    def _positions(
        self, doc: Document, text: str, persons: list[tuple[PersonRef, _Party]], parties: list[_Party]
    ) -> Iterator[Position]:
        """Old text Forms 3/4/5 state the owner's relationship in the header (<RELATIONSHIP>DIRECTOR)."""
        company = next((p for p in parties if p.role in ("issuer", "subject-company")), None)
        if company is None:
            return
        name = company.fields.get("COMPANY CONFORMED NAME")
        cik = normalize_cik(company.fields.get("CENTRAL INDEX KEY"))
        if not (name or cik):
            return
        org = OrgRef(name=name, cik=cik)
        for person, p in persons:
            for relationship in dict.fromkeys(p.relationships):
                role = _POSITION_RELATIONSHIPS.get(relationship)
                if role is None:
                    continue
                at = text.find(relationship, p.start, p.end)
                start, end = (at, at + len(relationship)) if at >= 0 else (p.start, p.end)
                line_start = text.rfind("<", p.start, start + 1)
                start = line_start if line_start >= 0 else start
                yield Position(
                    prov=self._prov(doc, start, end, text[start:end]),
                    person=person,
                    organization=org,
                    title=relationship.title(),
                    role=role,
                )


# Fields whose value has a fixed shape, and the test of that shape: a value that fails it is left
# out of the facts (a CIK with letters is no CIK) and reported, located, as a warning.
_SHAPES = {
    "ACCESSION NUMBER": ("an accession number", lambda v: _accession(v) is not None),
    "FILED AS OF DATE": ("a date", lambda v: parse_yyyymmdd(v) is not None),
    "CONFORMED PERIOD OF REPORT": ("a date", lambda v: parse_yyyymmdd(v) is not None),
    "ACCEPTANCE DATETIME": ("a date and time", lambda v: parse_acceptance(v) is not None),
    "CENTRAL INDEX KEY": ("a CIK", lambda v: normalize_cik(v) is not None),
    "IRS NUMBER": ("an IRS number", lambda v: _irs(v) is not None or not v.replace("-", "").strip("0")),
    "FISCAL YEAR END": ("a month and day (MMDD)", lambda v: bool(_FYE.match(v))),
}


def _warn_garbled(doc: Document, top: dict[str, Entry], parties: list[_Party]) -> None:
    found = [(e.start, e.end, k, e.value) for k, e in top.items() if k in _SHAPES and e.value]
    for p in parties:
        found += [(*p.spans[k], k, v) for k, v in p.fields.items() if k in _SHAPES and k in p.spans]
    for start, end, key, value in sorted(found):
        what, valid = _SHAPES[key]
        if not valid(value):
            log.warning("%s: char=%d,%d: %s %r is not %s; left out", doc.id, start, end, key, value, what)


def _value(top: dict[str, Entry], key: str) -> str | None:
    entry = top.get(key)
    return entry.value if entry else None


_ACCESSION = re.compile(r"^\d{10}-\d{2}-\d{6}$")


def _accession(value: str) -> str | None:
    """Accession numbers are ``##########-##-######``; a bare 18-digit form is dashed."""
    value = value.strip()
    if _ACCESSION.match(value):
        return value
    if len(value) == 18 and is_ascii_digits(value):
        return f"{value[:10]}-{value[10:12]}-{value[12:]}"
    return None
