"""Facts of one filing → the RDF of its named graph.

The only place that knows the ontology. Within a filing, mentions of the same
organisation are merged (a name that matches a CIK-bearing organisation of the
same filing takes its CIK; `FILER` becomes the filer), so are the spellings
of one person ("Rona Fairhead", "Rona A. Fairhead"), and every surface form
is kept as `ekg:alias`. Each extracted node says where it came from:
`prov:wasDerivedFrom` its filing and `ekg:evidence` (document, extractor,
locator, text).

The mapper writes plain Python triples (`FilingTriples`): the build validates
and serialises those directly (`map_filing_triples`), ~10× faster than
through an rdflib Graph; `map_filing` gives the same triples as an rdflib Graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rdflib import Graph, URIRef

from edgarkg import __version__
from edgarkg.mapping.iris import (
    EKG,
    ID,
    concept_iri,
    document_key_iri,
    filing_key_iri,
    node_iri,
    node_key_iri,
    normalise_person_name,
    org_key,
    org_key_iri,
    person_key_iri,
    person_name_variants,
    split_org_name,
    unit_iri,
)
from edgarkg.mapping.triples import (
    DERIVED_FROM,
    GENERATED_BY,
    LABEL,
    TYPE,
    XSD_BOOLEAN,
    XSD_DATE,
    XSD_DECIMAL,
    XSD_INTEGER,
    XSD_STRING,
    FilingTriples,
    Term,
    Triple,
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


class _Terms:
    """`K.cik` → the ekg:cik IRI as a plain str (looked up once, then an attribute)."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> str:
        value = self._base + name
        setattr(self, name, value)
        return value


K = _Terms(str(EKG))


K = _Terms(str(EKG))


ROLE_PROPERTIES = {
    "filer": K.filer,
    "subject-company": K.subjectCompany,
    "issuer": K.issuer,
    "reporting-owner": K.reportingOwner,
    "filed-by": K.filedBy,
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
    """Builds the triples of one filing from the facts of its documents.

    Terms are plain Python values (see `FilingTriples`), not rdflib objects:
    an rdflib Graph costs ~15 µs per `add` and a URIRef or Literal a few µs
    each, which made mapping slower than extraction. The triples convert to an
    rdflib Graph (public API) or straight to pyoxigraph quads (the build).
    """

    def __init__(self, filing_id: str, run: URIRef) -> None:
        self.filing_id = filing_id
        self.filing = filing_key_iri(filing_id)
        self.run = str(run)
        self.triples: dict[Triple, None] = {}  # insertion-ordered set
        self.orgs = _OrgTable()
        self.problems: list[str] = []
        self._labels: dict[str, str] = {}
        self._titled: set[str] = set()
        self._doc_iris: dict[str, str] = {}
        self._people: dict[str, PersonRef] = {}  # name key → the mention naming that person
        self._registrant_seen = False

    # -- entry point -----------------------------------------------------
    def map(self, documents: Sequence[tuple[Document, Sequence[Fact]]]) -> FilingTriples:
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
        return FilingTriples(self.filing, self.triples)

    def _prepare(self, facts: list[Fact]) -> None:
        for fact in facts:
            for ref in _org_refs(fact):
                self.orgs.learn(ref)
            if isinstance(fact, Organization) and fact.role == "filer" and self.orgs.filer is None:
                self.orgs.filer = fact.ref
        self._people = person_name_variants(p for fact in facts for p in _person_refs(fact))
        if self.orgs.filer is None:  # an issuer or subject company speaks for the filing
            for fact in facts:
                if isinstance(fact, Organization) and fact.role in ("issuer", "subject-company"):
                    self.orgs.filer = fact.ref
                    break
        if self.orgs.filer is not None:
            self.orgs.filer = self.orgs.canonical(self.orgs.filer)
        self._context = org_key(self.orgs.filer) if self.orgs.filer else f"filing:{self.filing_id}"

    # -- helpers ---------------------------------------------------------
    def _put(self, s: str, p: str, o: Term) -> None:
        self.triples[(s, p, o)] = None

    def _add(self, s: str, p: str, o: object) -> None:
        """A literal from a Python value, typed as rdflib's `Literal(value)` would type it."""
        if o is None or o == "" or o == ():
            return
        if isinstance(o, URIRef):
            self.triples[(s, p, str(o))] = None
        elif isinstance(o, str):
            self.triples[(s, p, (_clean(o), XSD_STRING))] = None
        elif isinstance(o, bool):
            self.triples[(s, p, ("true" if o else "false", XSD_BOOLEAN))] = None
        elif isinstance(o, date):
            self.triples[(s, p, (o.isoformat(), XSD_DATE))] = None
        elif isinstance(o, Decimal):
            self.triples[(s, p, (_decimal_lexical(o), XSD_DECIMAL))] = None
        elif isinstance(o, int):
            self.triples[(s, p, (str(int(o)), XSD_INTEGER))] = None
        else:
            self.triples[(s, p, (_clean(str(o)), XSD_STRING))] = None

    def _derived(self, node: str, prov: Provenance) -> None:
        put = self._put
        put(node, DERIVED_FROM, self.filing)
        document = self._doc_iris.get(prov.document, self.filing)
        # named by the document's IRI, not its path: the same filing read from elsewhere agrees
        evidence = node_key_iri("evidence", document, prov.extractor, prov.locator)
        put(node, K.evidence, evidence)
        if (evidence, TYPE, K.Evidence) in self.triples:
            return
        put(evidence, TYPE, K.Evidence)
        put(evidence, K.document, document)
        self._add(evidence, K.extractor, f"{prov.extractor}/{prov.version}")
        self._add(evidence, K.locator, prov.locator)
        self._add(evidence, K.text, prov.evidence)
        if prov.confidence != 1.0:
            self._add(evidence, K.confidence, Decimal(str(round(prov.confidence, 4))))

    def _org_node(self, ref: OrgRef, prov: Provenance, *, company: bool = True) -> str | None:
        canonical = self.orgs.canonical(ref)
        if canonical is None:
            return self._registrant(prov)
        node = org_key_iri(canonical)
        put = self._put
        put(node, TYPE, K.Organization)
        if company:
            put(node, TYPE, K.Company)
        self._add(node, K.cik, canonical.cik)
        self._add(node, K.lei, canonical.lei)
        name = (ref.name if ref != FILER else None) or canonical.name
        if name:
            self._label(node, name)
        self._derived(node, prov)
        return node

    def _registrant(self, prov: Provenance) -> str:
        """A stand-in for the registrant of a filing that never names it (a loose exhibit):
        facts about "the registrant" are kept on it instead of being lost."""
        node = f"{self.filing}/registrant"
        if not self._registrant_seen:
            self._registrant_seen = True
            self.problems.append(
                f"{prov.extractor}: facts about the registrant, but the filing never names it: kept on {node}"
            )
            self._put(node, TYPE, K.Organization)
            self._put(node, K.registrantOf, self.filing)
            self._label(node, "Registrant (not named in the filing)")
        self._derived(node, prov)
        return node

    def _label(self, node: str, name: str) -> None:
        """First name seen is the label; every other surface form an alias."""
        name = _clean(name)
        current = self._labels.get(node)
        if current is None:
            self._labels[node] = name
            self._put(node, LABEL, (name, XSD_STRING))
        elif name != current:
            self._put(node, K.alias, (name, XSD_STRING))

    def _person_node(self, ref: PersonRef, prov: Provenance) -> str:
        """Name variants and CIK-less mentions of one person in this filing are one node
        (`person_name_variants`), labelled with the fullest spelling; the others are aliases."""
        person = self._people.get(normalise_person_name(ref.name), ref)
        if ref.cik and ref.cik != person.cik:  # one spelling, two CIKs: each keeps its own
            person = ref
        node = person_key_iri(person, self._context)
        self._put(node, TYPE, K.Person)
        self._add(node, K.cik, person.cik)
        self._label(node, person.name)
        self._label(node, ref.name)
        self._derived(node, prov)
        return node

    # -- facts -----------------------------------------------------------
    def _filing(self, documents: Sequence[tuple[Document, Sequence[Fact]]], infos: list[FilingInfo]) -> None:
        put, f = self._put, self.filing
        put(f, TYPE, K.Filing)
        put(f, GENERATED_BY, self.run)
        put(self.run, TYPE, K.BuildActivity)  # keeps each filing graph self-describing
        for doc, _ in documents:
            d = document_key_iri(doc)
            self._doc_iris[doc.id] = d
            put(f, K.hasDocument, d)
            put(d, TYPE, K.Document)
            put(d, K.partOf, f)
            self._add(d, K.documentType, doc.doc_type)
            self._add(d, K.sequence, doc.sequence)
            self._add(d, K.fileName, doc.filename)
            self._add(d, K.description, doc.description)
            self._add(d, K.sourcePath, doc.source)
        # Several extractors may describe the filing; the first (header) wins per field.
        form_type = next((i.form_type for i in infos if i.form_type), None)
        if form_type is None:
            form_type = next(
                (d.doc_type for d, _ in documents if d.doc_type and d.doc_type != "SEC-HEADER"), None
            )
        self._add(f, K.formType, form_type or "UNKNOWN")
        for attr, prop in (
            ("accession_number", K.accessionNumber),
            ("filing_date", K.filingDate),
            ("period_of_report", K.periodOfReport),
            ("acceptance_datetime", K.acceptanceDateTime),
            ("file_number", K.fileNumber),
            ("annual_report_form", K.annualReportForm),
        ):
            self._add(f, prop, next((getattr(i, attr) for i in infos if getattr(i, attr)), None))
        for item in dict.fromkeys(item for i in infos for item in i.items):
            self._add(f, K.item, item)

    def _organization(self, fact: Organization) -> None:
        node = self._org_node(fact.ref, fact.prov, company=fact.is_company)
        if node is None:
            return
        for alias in fact.aliases:
            self._label(node, alias)
        for attr, prop in (
            ("ticker", K.ticker),
            ("exchange", K.exchange),
            ("cusip", K.cusip),
            ("sic", K.sic),
            ("sic_description", K.sicDescription),
            ("irs_number", K.irsNumber),
            ("state_of_incorporation", K.stateOfIncorporation),
            ("fiscal_year_end", K.fiscalYearEnd),
        ):
            self._add(node, prop, getattr(fact, attr))
        for address in fact.addresses:
            self._address(node, address)
        for name, changed in fact.former_names:
            former = node_key_iri("former-name", node, name, changed)
            self._put(node, K.formerName, former)
            self._put(former, TYPE, K.FormerName)
            self._add(former, K.name, name)
            self._add(former, K.dateChanged, changed)
            self._label(node, name)
        if fact.role in ROLE_PROPERTIES:
            self._put(self.filing, ROLE_PROPERTIES[fact.role], node)

    def _address(self, owner: str, a: Address) -> None:
        fields = (a.kind, a.street1, a.street2, a.city, a.region, a.postal_code, a.country, a.phone)
        node = node_key_iri("address", owner, *fields)
        self._put(owner, K.address, node)
        self._put(node, TYPE, K.Address)
        add = self._add
        add(node, K.addressType, a.kind)
        add(node, K.street, a.street1)
        add(node, K.street, a.street2)
        add(node, K.locality, a.city)
        add(node, K.region, a.region)
        add(node, K.postalCode, a.postal_code)
        add(node, K.country, a.country)
        add(node, K.phone, a.phone)

    def _person(self, fact: Person) -> None:
        node = self._person_node(fact.ref, fact.prov)
        for address in fact.addresses:
            self._address(node, address)
        if fact.role in ROLE_PROPERTIES:
            self._put(self.filing, ROLE_PROPERTIES[fact.role], node)

    def _position(self, fact: Position) -> None:
        org = self._org_node(fact.organization, fact.prov, company=False)
        if org is None:
            return
        person = self._person_node(fact.person, fact.prov)
        node = node_key_iri("position", person, org, " ".join(fact.title.lower().split()))
        put = self._put
        put(node, TYPE, K.Position)
        put(node, K.holder, person)
        put(node, K.organization, org)
        if node not in self._titled:  # one title per position: the first spelling seen
            self._titled.add(node)
            self._add(node, K.title, " ".join(fact.title.split()))
        self._add(node, K.role, fact.role)
        self._add(node, K.startDate, fact.start)
        self._add(node, K.endDate, fact.end)
        self._derived(node, fact.prov)

    def _subsidiary(self, fact: Subsidiary) -> None:
        parent = self._org_node(fact.parent, fact.prov, company=False)
        child = self._org_node(fact.child, fact.prov, company=False)
        if parent is None or child is None or parent == child:
            return
        put = self._put
        put(child, K.subsidiaryOf, parent)
        self._add(child, K.jurisdiction, fact.jurisdiction)
        node = node_key_iri("subsidiary", parent, child)
        put(node, TYPE, K.SubsidiaryRelation)
        put(node, K.parent, parent)
        put(node, K.child, child)
        self._add(node, K.jurisdiction, fact.jurisdiction)
        self._add(node, K.ownershipPercent, fact.percent)
        self._derived(node, fact.prov)

    def _observation(self, fact: Observation) -> None:
        subject = self._org_node(fact.subject, fact.prov, company=False)
        if subject is None:
            return
        node = node_key_iri(
            "observation", subject, fact.metric, _decimal_lexical(fact.value), fact.unit,
            fact.period_start, fact.period_end, fact.instant, sorted(fact.dimensions), fact.qualifier,
            fact.owner,
        )  # fmt: skip
        put, add = self._put, self._add
        put(node, TYPE, K.Observation)
        put(node, K.subject, subject)
        put(node, K.metric, str(concept_iri(fact.metric)))
        add(node, K.value, fact.value)
        put(node, K.unit, str(unit_iri(fact.unit)))
        add(node, K.periodStart, fact.period_start)
        add(node, K.periodEnd, fact.period_end)
        add(node, K.instant, fact.instant)
        add(node, K.qualifier, fact.qualifier)
        add(node, K.decimals, fact.decimals)
        add(node, K.metricLabel, fact.label)
        if isinstance(fact.owner, PersonRef):
            put(node, K.owner, self._person_node(fact.owner, fact.prov))
        elif isinstance(fact.owner, OrgRef):
            owner = self._org_node(fact.owner, fact.prov, company=False)
            if owner is not None:  # an unknown filer as owner: the value stands, unowned
                put(node, K.owner, owner)
        for axis, member in fact.dimensions:
            dim = node_key_iri("dimension", axis, member)
            put(node, K.dimension, dim)
            put(dim, TYPE, K.DimensionMember)
            put(dim, K.axis, str(concept_iri(axis)))
            if _is_concept_key(member):
                put(dim, K.member, str(concept_iri(member)))
            else:
                add(dim, K.typedMember, member)
        self._derived(node, fact.prov)


def map_filing(
    filing_id: str, documents: Sequence[tuple[Document, Sequence[Fact]]], run: URIRef
) -> tuple[Graph, list[str]]:
    """The named graph of one filing (rdflib), and the problems met while mapping it."""
    triples, problems = map_filing_triples(filing_id, documents, run)
    return triples.to_rdflib(), problems


def map_filing_triples(
    filing_id: str, documents: Sequence[tuple[Document, Sequence[Fact]]], run: URIRef
) -> tuple[FilingTriples, list[str]]:
    """The same as `map_filing`, as plain triples: what the build validates and serialises."""
    mapper = FilingMapper(filing_id, run)
    triples = mapper.map(documents)
    return triples, mapper.problems


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


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")


def _clean(text: str) -> str:
    """Literals must serialise everywhere: no control characters, no lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # only a lone surrogate fails to encode
        text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub(" ", text).strip()


__all__ = ["ID", "FilingTriples", "map_filing", "map_filing_triples", "run_iri"]
