"""Facts of one filing → the RDF of its named graph.

The only place that knows the ontology. Within a filing, mentions of the same
organisation are merged (a name that matches a CIK-bearing organisation of the
same filing takes its CIK; `FILER` becomes the filer) and every surface form
is kept as `ekg:alias`. Each extracted node says where it came from:
`prov:wasDerivedFrom` its filing and `ekg:evidence` (document, extractor,
locator, text).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from edgarkg import __version__
from edgarkg.mapping.iris import (
    EKG,
    ID,
    concept_iri,
    document_iri,
    filing_iri,
    node_iri,
    normalise_person_name,
    org_iri,
    org_key,
    person_iri,
    split_org_name,
    unit_iri,
)
from edgarkg.model import (
    FILER,
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
)

ROLE_PROPERTIES = {
    "filer": EKG.filer,
    "subject-company": EKG.subjectCompany,
    "issuer": EKG.issuer,
    "reporting-owner": EKG.reportingOwner,
    "filed-by": EKG.filedBy,
}


def run_iri(extractors: Iterable[tuple[str, str]]) -> URIRef:
    """The build activity: named by tool and extractor versions, so rebuilds agree."""
    return node_iri("run", __version__, *sorted(f"{n}/{v}" for n, v in extractors))


@dataclass
class _OrgTable:
    """Organisations mentioned in one filing, merged by CIK > LEI > name.

    A name takes the CIK of an organisation of the same filing with the same
    name and legal form ("Exelon Corporation" ~ "EXELON CORP"); a bare name
    ("Exelon", "mmO2") takes the one organisation of the filing with that name
    proper, if there is exactly one.
    """

    by_key: dict[str, OrgRef] = field(default_factory=dict)
    by_base: dict[str, dict[str, OrgRef]] = field(default_factory=dict)
    filer: OrgRef | None = None

    def learn(self, ref: OrgRef) -> None:
        if not ref.name or ref == FILER:
            return
        base, form = split_org_name(ref.name)
        key = f"{base} {form}".strip()
        strong = bool(ref.cik or ref.lei)
        existing = self.by_key.get(key)
        if existing is None or (strong and not (existing.cik or existing.lei)):
            self.by_key[key] = ref
        if form or strong:
            entities = self.by_base.setdefault(base, {})
            entities.setdefault(org_key(ref) if strong else f"org:{key}", ref)

    def canonical(self, ref: OrgRef) -> OrgRef | None:
        if ref == FILER:
            return self.filer
        if ref.cik or ref.lei or not ref.name:
            return ref
        base, form = split_org_name(ref.name)
        known = self.by_key.get(f"{base} {form}".strip())
        if known is not None and (known.cik or known.lei):
            return known
        if not form:
            entities = self.by_base.get(base, {})
            strong = {k: r for k, r in entities.items() if r.cik or r.lei}
            if len(strong) == 1:
                return next(iter(strong.values()))
            if len(entities) == 1:
                return next(iter(entities.values()))
        return ref


class FilingMapper:
    """Builds the graph of one filing from the facts of its documents."""

    def __init__(self, filing_id: str, run: URIRef) -> None:
        self.filing_id = filing_id
        self.filing = filing_iri(filing_id)
        self.run = run
        self.graph = Graph()
        self.orgs = _OrgTable()
        self.problems: list[str] = []
        self._labels: dict[URIRef, str] = {}
        self._doc_iris: dict[str, URIRef] = {}
        self._person_ciks: dict[str, PersonRef] = {}

    # -- entry point -----------------------------------------------------
    def map(self, documents: Sequence[tuple[Document, Sequence[Fact]]]) -> Graph:
        facts = [f for _, fs in documents for f in fs]
        self._prepare(facts)
        self._filing(documents, [f for f in facts if isinstance(f, FilingInfo)])
        for fact in facts:
            if isinstance(fact, Organization):
                self._organization(fact)
            elif isinstance(fact, Person):
                self._person(fact)
            elif isinstance(fact, Position):
                self._position(fact)
            elif isinstance(fact, Subsidiary):
                self._subsidiary(fact)
            elif isinstance(fact, Observation):
                self._observation(fact)
        return self.graph

    def _prepare(self, facts: list[Fact]) -> None:
        for fact in facts:
            for ref in _org_refs(fact):
                self.orgs.learn(ref)
            if isinstance(fact, Organization) and fact.role == "filer" and self.orgs.filer is None:
                self.orgs.filer = fact.ref
            for person in _person_refs(fact):
                if person.cik:
                    self._person_ciks.setdefault(normalise_person_name(person.name), person)
        if self.orgs.filer is None:  # an issuer or subject company speaks for the filing
            for fact in facts:
                if isinstance(fact, Organization) and fact.role in ("issuer", "subject-company"):
                    self.orgs.filer = fact.ref
                    break
        if self.orgs.filer is not None:
            self.orgs.filer = self.orgs.canonical(self.orgs.filer)

    # -- helpers ---------------------------------------------------------
    def _add(self, s: URIRef, p: URIRef, o: object) -> None:
        if o is None or o == "" or o == ():
            return
        if isinstance(o, URIRef):
            self.graph.add((s, p, o))
        elif isinstance(o, bool):
            self.graph.add((s, p, Literal(o)))
        elif isinstance(o, date):
            self.graph.add((s, p, Literal(o.isoformat(), datatype=XSD.date)))
        elif isinstance(o, Decimal):
            self.graph.add((s, p, Literal(_decimal_lexical(o), datatype=XSD.decimal)))
        elif isinstance(o, int):
            self.graph.add((s, p, Literal(o)))
        else:
            self.graph.add((s, p, Literal(_clean(str(o)))))

    def _derived(self, node: URIRef, prov: Provenance) -> None:
        self.graph.add((node, PROV.wasDerivedFrom, self.filing))
        document = self._doc_iris.get(prov.document, self.filing)
        # named by the document's IRI, not its path: the same filing read from elsewhere agrees
        evidence = node_iri("evidence", str(document), prov.extractor, prov.locator)
        self.graph.add((node, EKG.evidence, evidence))
        g = self.graph
        if (evidence, RDF.type, EKG.Evidence) in g:
            return
        g.add((evidence, RDF.type, EKG.Evidence))
        g.add((evidence, EKG.document, document))
        self._add(evidence, EKG.extractor, f"{prov.extractor}/{prov.version}")
        self._add(evidence, EKG.locator, prov.locator)
        self._add(evidence, EKG.text, prov.evidence)
        if prov.confidence != 1.0:
            self._add(evidence, EKG.confidence, Decimal(str(round(prov.confidence, 4))))

    def _org_node(self, ref: OrgRef, prov: Provenance, *, company: bool = True) -> URIRef | None:
        canonical = self.orgs.canonical(ref)
        if canonical is None:
            self.problems.append(f"{prov.extractor}: a fact about the filer, but the filing names no filer")
            return None
        node = org_iri(canonical)
        g = self.graph
        g.add((node, RDF.type, EKG.Organization))
        if company:
            g.add((node, RDF.type, EKG.Company))
        self._add(node, EKG.cik, canonical.cik)
        self._add(node, EKG.lei, canonical.lei)
        name = (ref.name if ref != FILER else None) or canonical.name
        if name:
            self._label(node, name)
        self._derived(node, prov)
        return node

    def _label(self, node: URIRef, name: str) -> None:
        """First name seen is the label; every other surface form an alias."""
        name = _clean(name)
        current = self._labels.get(node)
        if current is None:
            self._labels[node] = name
            self.graph.add((node, RDFS.label, Literal(name)))
        elif name != current:
            self.graph.add((node, EKG.alias, Literal(name)))

    def _person_node(self, ref: PersonRef, prov: Provenance) -> URIRef:
        if not ref.cik:  # a CIK-bearing mention of the same person in this filing names them
            ref = self._person_ciks.get(normalise_person_name(ref.name), ref)
        context = org_key(self.orgs.filer) if self.orgs.filer else f"filing:{self.filing_id}"
        node = person_iri(ref, context)
        self.graph.add((node, RDF.type, EKG.Person))
        self._add(node, EKG.cik, ref.cik)
        self._label(node, ref.name)
        self._derived(node, prov)
        return node

    # -- facts -----------------------------------------------------------
    def _filing(self, documents: Sequence[tuple[Document, Sequence[Fact]]], infos: list[FilingInfo]) -> None:
        g, f = self.graph, self.filing
        g.add((f, RDF.type, EKG.Filing))
        g.add((f, PROV.wasGeneratedBy, self.run))
        g.add((self.run, RDF.type, EKG.BuildActivity))  # keeps each filing graph self-describing
        for doc, _ in documents:
            d = document_iri(doc)
            self._doc_iris[doc.id] = d
            g.add((f, EKG.hasDocument, d))
            g.add((d, RDF.type, EKG.Document))
            g.add((d, EKG.partOf, f))
            self._add(d, EKG.documentType, doc.doc_type)
            self._add(d, EKG.sequence, doc.sequence)
            self._add(d, EKG.fileName, doc.filename)
            self._add(d, EKG.description, doc.description)
            self._add(d, EKG.sourcePath, doc.source)
        # Several extractors may describe the filing; the first (header) wins per field.
        form_type = next((i.form_type for i in infos if i.form_type), None)
        if form_type is None:
            form_type = next(
                (d.doc_type for d, _ in documents if d.doc_type and d.doc_type != "SEC-HEADER"), None
            )
        self._add(f, EKG.formType, form_type or "UNKNOWN")
        for attr, prop in (
            ("accession_number", EKG.accessionNumber),
            ("filing_date", EKG.filingDate),
            ("period_of_report", EKG.periodOfReport),
            ("acceptance_datetime", EKG.acceptanceDateTime),
            ("file_number", EKG.fileNumber),
            ("annual_report_form", EKG.annualReportForm),
        ):
            self._add(f, prop, next((getattr(i, attr) for i in infos if getattr(i, attr)), None))
        for item in dict.fromkeys(item for i in infos for item in i.items):
            self._add(f, EKG.item, item)

    def _organization(self, fact: Organization) -> None:
        node = self._org_node(fact.ref, fact.prov, company=fact.is_company)
        if node is None:
            return
        for alias in fact.aliases:
            self._label(node, alias)
        for attr, prop in (
            ("ticker", EKG.ticker),
            ("exchange", EKG.exchange),
            ("cusip", EKG.cusip),
            ("sic", EKG.sic),
            ("sic_description", EKG.sicDescription),
            ("irs_number", EKG.irsNumber),
            ("state_of_incorporation", EKG.stateOfIncorporation),
            ("fiscal_year_end", EKG.fiscalYearEnd),
        ):
            self._add(node, prop, getattr(fact, attr))
        for address in fact.addresses:
            self._address(node, address)
        for name, changed in fact.former_names:
            former = node_iri("former-name", str(node), name, changed)
            self.graph.add((node, EKG.formerName, former))
            self.graph.add((former, RDF.type, EKG.FormerName))
            self._add(former, EKG.name, name)
            self._add(former, EKG.dateChanged, changed)
            self._label(node, name)
        if fact.role in ROLE_PROPERTIES:
            self.graph.add((self.filing, ROLE_PROPERTIES[fact.role], node))

    def _address(self, owner: URIRef, a: Address) -> None:
        fields = (a.kind, a.street1, a.street2, a.city, a.region, a.postal_code, a.country, a.phone)
        node = node_iri("address", str(owner), *fields)
        g = self.graph
        g.add((owner, EKG.address, node))
        g.add((node, RDF.type, EKG.Address))
        self._add(node, EKG.addressType, a.kind)
        self._add(node, EKG.street, a.street1)
        self._add(node, EKG.street, a.street2)
        self._add(node, EKG.locality, a.city)
        self._add(node, EKG.region, a.region)
        self._add(node, EKG.postalCode, a.postal_code)
        self._add(node, EKG.country, a.country)
        self._add(node, EKG.phone, a.phone)

    def _person(self, fact: Person) -> None:
        node = self._person_node(fact.ref, fact.prov)
        for address in fact.addresses:
            self._address(node, address)
        if fact.role in ROLE_PROPERTIES:
            self.graph.add((self.filing, ROLE_PROPERTIES[fact.role], node))

    def _position(self, fact: Position) -> None:
        org = self._org_node(fact.organization, fact.prov, company=False)
        if org is None:
            return
        person = self._person_node(fact.person, fact.prov)
        node = node_iri("position", str(person), str(org), " ".join(fact.title.lower().split()))
        g = self.graph
        g.add((node, RDF.type, EKG.Position))
        g.add((node, EKG.holder, person))
        g.add((node, EKG.organization, org))
        if g.value(node, EKG.title) is None:  # one title per position: the first spelling seen
            self._add(node, EKG.title, " ".join(fact.title.split()))
        self._add(node, EKG.role, fact.role)
        self._add(node, EKG.startDate, fact.start)
        self._add(node, EKG.endDate, fact.end)
        self._derived(node, fact.prov)

    def _subsidiary(self, fact: Subsidiary) -> None:
        parent = self._org_node(fact.parent, fact.prov, company=False)
        child = self._org_node(fact.child, fact.prov, company=False)
        if parent is None or child is None or parent == child:
            return
        g = self.graph
        g.add((child, EKG.subsidiaryOf, parent))
        self._add(child, EKG.jurisdiction, fact.jurisdiction)
        node = node_iri("subsidiary", str(parent), str(child))
        g.add((node, RDF.type, EKG.SubsidiaryRelation))
        g.add((node, EKG.parent, parent))
        g.add((node, EKG.child, child))
        self._add(node, EKG.jurisdiction, fact.jurisdiction)
        self._add(node, EKG.ownershipPercent, fact.percent)
        self._derived(node, fact.prov)

    def _observation(self, fact: Observation) -> None:
        subject = self._org_node(fact.subject, fact.prov, company=False)
        if subject is None:
            return
        node = node_iri(
            "observation", str(subject), fact.metric, _decimal_lexical(fact.value), fact.unit,
            fact.period_start, fact.period_end, fact.instant, sorted(fact.dimensions), fact.qualifier,
            fact.owner,
        )  # fmt: skip
        g = self.graph
        g.add((node, RDF.type, EKG.Observation))
        g.add((node, EKG.subject, subject))
        g.add((node, EKG.metric, concept_iri(fact.metric)))
        self._add(node, EKG.value, fact.value)
        g.add((node, EKG.unit, unit_iri(fact.unit)))
        self._add(node, EKG.periodStart, fact.period_start)
        self._add(node, EKG.periodEnd, fact.period_end)
        self._add(node, EKG.instant, fact.instant)
        self._add(node, EKG.qualifier, fact.qualifier)
        self._add(node, EKG.decimals, fact.decimals)
        self._add(node, EKG.metricLabel, fact.label)
        if isinstance(fact.owner, PersonRef):
            g.add((node, EKG.owner, self._person_node(fact.owner, fact.prov)))
        elif isinstance(fact.owner, OrgRef):
            owner = self._org_node(fact.owner, fact.prov, company=False)
            if owner is not None:  # an unknown filer as owner: the value stands, unowned
                g.add((node, EKG.owner, owner))
        for axis, member in fact.dimensions:
            dim = node_iri("dimension", axis, member)
            g.add((node, EKG.dimension, dim))
            g.add((dim, RDF.type, EKG.DimensionMember))
            g.add((dim, EKG.axis, concept_iri(axis)))
            if _is_concept_key(member):
                g.add((dim, EKG.member, concept_iri(member)))
            else:
                self._add(dim, EKG.typedMember, member)
        self._derived(node, fact.prov)


def map_filing(
    filing_id: str, documents: Sequence[tuple[Document, Sequence[Fact]]], run: URIRef
) -> tuple[Graph, list[str]]:
    """The named graph of one filing, and the problems met while mapping it."""
    mapper = FilingMapper(filing_id, run)
    graph = mapper.map(documents)
    return graph, mapper.problems


def _org_refs(fact: Fact) -> Iterable[OrgRef]:
    if isinstance(fact, Organization):
        yield fact.ref
    elif isinstance(fact, Position):
        yield fact.organization
    elif isinstance(fact, Subsidiary):
        yield fact.parent
        yield fact.child
    elif isinstance(fact, Observation):
        yield fact.subject
        if isinstance(fact.owner, OrgRef):
            yield fact.owner


def _person_refs(fact: Fact) -> Iterable[PersonRef]:
    if isinstance(fact, Person):
        yield fact.ref
    elif isinstance(fact, Position):
        yield fact.person
    elif isinstance(fact, Observation) and isinstance(fact.owner, PersonRef):
        yield fact.owner


def _is_concept_key(text: str) -> bool:
    """ "us-gaap:SegmentMember" is a concept; "Common Stock" or "2024-01-01" is a value."""
    prefix, sep, local = text.partition(":")
    return bool(sep) and prefix.replace("-", "").isalnum() and local.isidentifier()


def _decimal_lexical(value: Decimal) -> str:
    """Canonical xsd:decimal lexical form (no exponent): 4.874E+9 → 4874000000."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return text


def _clean(text: str) -> str:
    """Literals must serialise everywhere: no control characters, no lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text
    return "".join(c if c >= " " or c in "\t\n" else " " for c in text).strip()


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


__all__ = ["ID", "map_filing", "run_iri"]
