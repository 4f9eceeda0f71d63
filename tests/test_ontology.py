"""The ontology declares, documents and aligns every term the graph uses.

Checks what a user of the vocabulary relies on: the file parses with two
independent parsers; every term of the DESIGN.md §2 contract (and every
`ekg:` term the code, queries and shapes use) is declared with a label and a
comment; domains and ranges say what links to what; each aligned vocabulary
is really referenced; and the metric vocabulary lets one query find a value
whether it came from prose or from XBRL.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

import edgarkg
from edgarkg import resources
from edgarkg.mapping.iris import concept_iri, unit_iri

EKG = Namespace("https://w3id.org/edgarkg/ontology#")
EKGC = Namespace("https://w3id.org/edgarkg/concept/ekg/")
US_GAAP = Namespace("https://w3id.org/edgarkg/concept/us-gaap/")
DEI = Namespace("https://w3id.org/edgarkg/concept/dei/")
EKGU = Namespace("https://w3id.org/edgarkg/unit/")
SCHEMA = Namespace("https://schema.org/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
ONTOLOGY_IRI = URIRef("https://w3id.org/edgarkg/ontology")
SRC = Path(edgarkg.__file__).resolve().parent

# DESIGN.md §2: the public contract.
CONTRACT = [
    "Organization", "Company", "alias", "cik", "lei", "ticker", "sic", "subsidiaryOf", "hasSubsidiary",
    "Person", "Position", "holder", "organization", "title", "Observation", "subject", "metric", "value",
    "unit", "periodStart", "periodEnd", "instant", "Filing", "formType", "accessionNumber", "filingDate",
    "filer",
]  # fmt: skip

CLASSES = [
    "Organization", "Company", "Person", "Position", "Observation", "Filing", "Document", "Address",
    "FormerName", "SubsidiaryRelation", "DimensionMember", "Evidence", "Metric", "BuildActivity",
    "Transaction",
]  # fmt: skip

OBJECT_PROPERTIES = [
    "address", "formerName", "subsidiaryOf", "hasSubsidiary", "holder", "organization", "parent", "child",
    "subject", "metric", "unit", "dimension", "axis", "member", "filer", "subjectCompany", "issuer",
    "reportingOwner", "filedBy", "hasDocument", "partOf", "evidence", "document", "owner", "issuerOf",
]  # fmt: skip

DATATYPE_PROPERTIES = [
    "alias", "cik", "lei", "ticker", "exchange", "sic", "sicDescription", "irsNumber", "stateOfIncorporation",
    "fiscalYearEnd", "jurisdiction", "name", "dateChanged", "title", "role", "startDate", "endDate",
    "ownershipPercent", "value", "periodStart", "periodEnd", "instant", "qualifier", "decimals",
    "metricLabel", "formType", "accessionNumber", "filingDate", "periodOfReport", "acceptanceDateTime",
    "item", "fileNumber", "annualReportForm", "documentType", "sequence", "fileName", "description",
    "sourcePath", "addressType", "street", "locality", "region", "postalCode", "country", "phone",
    "extractor", "locator", "text", "confidence", "toolVersion", "transactionCode", "transactionDate",
    "shares", "pricePerShare", "acquiredDisposed", "sharesOwnedAfter", "directOrIndirect", "security",
]  # fmt: skip


def _x(local: str) -> URIRef:
    return URIRef(XSD_NS + local)


# property -> (domain classes, range classes or datatypes); None = not constrained
DOMAIN_RANGE: dict[str, tuple[set[URIRef] | None, set[URIRef] | None]] = {
    "alias": ({EKG.Organization, EKG.Person}, {_x("string")}),
    "cik": ({EKG.Organization, EKG.Person}, {_x("string")}),
    "lei": ({EKG.Organization}, {_x("string")}),
    "ticker": ({EKG.Organization}, {_x("string")}),
    "sic": ({EKG.Organization}, {_x("string")}),
    "irsNumber": ({EKG.Organization}, {_x("string")}),
    "fiscalYearEnd": ({EKG.Organization}, {_x("string")}),
    "address": ({EKG.Organization, EKG.Person}, {EKG.Address}),
    "formerName": ({EKG.Organization}, {EKG.FormerName}),
    "name": ({EKG.FormerName}, {_x("string")}),
    "dateChanged": ({EKG.FormerName}, {_x("date")}),
    "subsidiaryOf": ({EKG.Organization}, {EKG.Organization}),
    "hasSubsidiary": ({EKG.Organization}, {EKG.Organization}),
    "jurisdiction": ({EKG.Organization, EKG.SubsidiaryRelation}, {_x("string")}),
    "holder": ({EKG.Position}, {EKG.Person}),
    "organization": ({EKG.Position}, {EKG.Organization}),
    "title": ({EKG.Position}, {_x("string")}),
    "role": ({EKG.Position}, {_x("string")}),
    "startDate": ({EKG.Position}, {_x("date")}),
    "endDate": ({EKG.Position}, {_x("date")}),
    "parent": ({EKG.SubsidiaryRelation}, {EKG.Organization}),
    "child": ({EKG.SubsidiaryRelation}, {EKG.Organization}),
    "ownershipPercent": ({EKG.SubsidiaryRelation}, {_x("decimal")}),
    "subject": ({EKG.Observation}, {EKG.Organization}),
    "metric": ({EKG.Observation}, {EKG.Metric}),
    "value": ({EKG.Observation}, {_x("decimal")}),
    "unit": ({EKG.Observation}, {QUDT.Unit}),
    "periodStart": ({EKG.Observation}, {_x("date")}),
    "periodEnd": ({EKG.Observation}, {_x("date")}),
    "instant": ({EKG.Observation}, {_x("date")}),
    "dimension": ({EKG.Observation}, {EKG.DimensionMember}),
    "axis": ({EKG.DimensionMember}, {SKOS.Concept}),
    "member": ({EKG.DimensionMember}, {SKOS.Concept}),
    "qualifier": ({EKG.Observation}, {_x("string")}),
    "decimals": ({EKG.Observation}, {_x("string")}),
    "metricLabel": ({EKG.Observation}, {_x("string")}),
    "formType": ({EKG.Filing}, {_x("string")}),
    "accessionNumber": ({EKG.Filing}, {_x("string")}),
    "filingDate": ({EKG.Filing}, {_x("date")}),
    "periodOfReport": ({EKG.Filing}, {_x("date")}),
    "acceptanceDateTime": ({EKG.Filing}, {_x("string")}),
    "item": ({EKG.Filing}, {_x("string")}),
    "filer": ({EKG.Filing}, {EKG.Company}),
    "subjectCompany": ({EKG.Filing}, {EKG.Organization}),
    "issuer": ({EKG.Filing}, {EKG.Organization}),
    "reportingOwner": ({EKG.Filing}, {EKG.Person, EKG.Organization}),
    "filedBy": ({EKG.Filing}, {EKG.Organization}),
    "hasDocument": ({EKG.Filing}, {EKG.Document}),
    "partOf": ({EKG.Document}, {EKG.Filing}),
    "sequence": ({EKG.Document}, {_x("integer")}),
    "sourcePath": ({EKG.Document}, {_x("string")}),
    "addressType": ({EKG.Address}, {_x("string")}),
    "street": ({EKG.Address}, {_x("string")}),
    "postalCode": ({EKG.Address}, {_x("string")}),
    "evidence": (None, {EKG.Evidence}),
    "document": ({EKG.Evidence}, {EKG.Document}),
    "extractor": ({EKG.Evidence, EKG.BuildActivity}, {_x("string")}),
    "locator": ({EKG.Evidence}, {_x("string")}),
    "text": ({EKG.Evidence}, {_x("string")}),
    "confidence": ({EKG.Evidence}, {_x("decimal")}),
    "toolVersion": ({EKG.BuildActivity}, {_x("string")}),
    "owner": ({EKG.Observation, EKG.Transaction}, {EKG.Person, EKG.Organization}),
    "issuerOf": ({EKG.Transaction}, {EKG.Organization}),
    "transactionDate": ({EKG.Transaction}, {_x("date")}),
    "shares": ({EKG.Transaction}, {_x("decimal")}),
    "pricePerShare": ({EKG.Transaction}, {_x("decimal")}),
    "sharesOwnedAfter": ({EKG.Transaction}, {_x("decimal")}),
}

ALIGNMENT_PREDICATES = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
    OWL.equivalentProperty,
    SKOS.closeMatch,
    SKOS.exactMatch,
    SKOS.relatedMatch,
)

VOCABULARIES = {
    "W3C ORG": "http://www.w3.org/ns/org#",
    "schema.org": "https://schema.org/",
    "OMG Commons": "https://www.omg.org/spec/Commons/",
    "FIBO": "https://spec.edmcouncil.org/fibo/ontology/",
    "GLEIF L2": "https://www.gleif.org/ontology/L2/",
    "PROV-O": "http://www.w3.org/ns/prov#",
    "QUDT": "http://qudt.org/",
    "RDF Data Cube": "http://purl.org/linked-data/cube#",
    "FOAF": "http://xmlns.com/foaf/0.1/",
    "Dublin Core": "http://purl.org/dc/terms/",
    "vCard": "http://www.w3.org/2006/vcard/ns#",
}

# DESIGN.md §2 "aligned to", and the main targets of the other vocabularies.
FIBO = "https://spec.edmcouncil.org/fibo/ontology/"
REQUIRED_ALIGNMENTS = [
    ("Organization", "http://www.w3.org/ns/org#Organization"),
    ("Organization", "https://schema.org/Organization"),
    ("Company", "http://www.w3.org/ns/org#FormalOrganization"),
    ("Company", "https://schema.org/Organization"),
    ("Company", "https://www.omg.org/spec/Commons/Organizations/LegalEntity"),
    ("alias", FIBO + "FND/Relations/Relations/hasAlias"),
    ("cik", "http://www.w3.org/ns/org#identifier"),
    ("lei", "https://schema.org/leiCode"),
    ("subsidiaryOf", "http://www.w3.org/ns/org#subOrganizationOf"),
    ("subsidiaryOf", "https://schema.org/parentOrganization"),
    ("subsidiaryOf", FIBO + "BE/OwnershipAndControl/CorporateControl/isSubsidiaryOf"),
    ("hasSubsidiary", "http://www.w3.org/ns/org#hasSubOrganization"),
    ("SubsidiaryRelation", "https://www.gleif.org/ontology/L2/DirectConsolidation"),
    ("parent", "https://www.gleif.org/ontology/L2/hasParent"),
    ("child", "https://www.gleif.org/ontology/L2/hasChild"),
    ("Person", "https://schema.org/Person"),
    ("Person", "http://xmlns.com/foaf/0.1/Person"),
    ("Position", "http://www.w3.org/ns/org#Membership"),
    ("holder", "http://www.w3.org/ns/org#member"),
    ("organization", "http://www.w3.org/ns/org#organization"),
    ("Observation", "http://purl.org/linked-data/cube#Observation"),
    ("Filing", "http://www.w3.org/ns/prov#Entity"),
    ("accessionNumber", "http://purl.org/dc/terms/identifier"),
    ("Address", "http://www.w3.org/2006/vcard/ns#Address"),
    ("street", "http://www.w3.org/2006/vcard/ns#street-address"),
    ("unit", "http://qudt.org/schema/qudt/hasUnit"),
    ("BuildActivity", "http://www.w3.org/ns/prov#Activity"),
    ("Metric", "http://www.w3.org/2004/02/skos/core#Concept"),
]

# edgarkg metric -> version-free taxonomy concepts it must closeMatch
METRIC_MATCHES = {
    "revenue": {US_GAAP.Revenues, US_GAAP.RevenueFromContractWithCustomerExcludingAssessedTax},
    "net-income": {US_GAAP.NetIncomeLoss},
    "operating-income": {US_GAAP.OperatingIncomeLoss},
    "eps-basic": {US_GAAP.EarningsPerShareBasic},
    "eps-diluted": {US_GAAP.EarningsPerShareDiluted},
    "shares-outstanding": {DEI.EntityCommonStockSharesOutstanding},
    "cash": {US_GAAP.CashAndCashEquivalentsAtCarryingValue},
    "total-assets": {US_GAAP.Assets},
    "total-liabilities": {US_GAAP.Liabilities},
    "stockholders-equity": {US_GAAP.StockholdersEquity},
    "dividends-per-share": {US_GAAP.CommonStockDividendsPerShareDeclared},
    "employees": {DEI.EntityNumberOfEmployees},
    "customers": set(),
    "subscribers": set(),
    "market-share": set(),
    "growth": set(),
    "capacity": set(),
    "energy": set(),
    "eps": set(),
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(data=resources.read_text(resources.ONTOLOGY), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(data=resources.read_text(resources.SHAPES), format="turtle")


def _declared(onto: Graph) -> set[URIRef]:
    return {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(EKG)}


def _members(onto: Graph, node: object) -> set[URIRef]:
    """A class IRI, or the members of an owl:unionOf class expression."""
    if isinstance(node, URIRef):
        return {node}
    union = onto.value(node, OWL.unionOf) if isinstance(node, BNode) else None
    return {m for m in Collection(onto, union) if isinstance(m, URIRef)} if union is not None else set()


def _domains(onto: Graph, prop: URIRef) -> set[URIRef]:
    found = {m for d in onto.objects(prop, RDFS.domain) for m in _members(onto, d)}
    return found | set(onto.objects(prop, SCHEMA.domainIncludes))


def _ranges(onto: Graph, prop: URIRef) -> set[URIRef]:
    found = {m for r in onto.objects(prop, RDFS.range) for m in _members(onto, r)}
    return found | set(onto.objects(prop, SCHEMA.rangeIncludes))


def _aligned_to(onto: Graph, term: URIRef) -> set[URIRef]:
    """Everything the term is aligned to, following its own sub-class/-property chain."""
    seen: set[URIRef] = set()
    todo = [term]
    while todo:
        node = todo.pop()
        for pred in ALIGNMENT_PREDICATES:
            for target in onto.objects(node, pred):
                if isinstance(target, URIRef) and target not in seen:
                    seen.add(target)
                    if target.startswith(EKG):
                        todo.append(target)
    return seen


def test_parses_with_rdflib_and_pyoxigraph(onto: Graph) -> None:
    data = resources.read_text(resources.ONTOLOGY).encode("utf-8")
    triples = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(onto) > 500


def test_header_has_version_and_license_and_imports_nothing(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal(edgarkg.__version__)
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    assert onto.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/license")) is not None
    assert not list(onto.triples((None, OWL.imports, None)))


@pytest.mark.parametrize(
    ("kind", "names"),
    [
        (OWL.Class, CLASSES),
        (OWL.ObjectProperty, OBJECT_PROPERTIES),
        (OWL.DatatypeProperty, DATATYPE_PROPERTIES),
    ],
)
def test_terms_declared_with_their_kind(onto: Graph, kind: URIRef, names: list[str]) -> None:
    missing = [n for n in names if (EKG[n], RDF.type, kind) not in onto]
    assert not missing


def test_contract_terms_declared_labelled_and_commented(onto: Graph) -> None:
    for name in CONTRACT:
        term = EKG[name]
        assert term in _declared(onto), name
        assert onto.value(term, RDFS.label), name
        assert len(str(onto.value(term, RDFS.comment) or "").split()) >= 3, name


def test_every_ekg_term_has_an_english_label_and_comment(onto: Graph) -> None:
    declared = _declared(onto)
    assert len(declared) > 100
    for term in declared:
        labels = [lbl for lbl in onto.objects(term, RDFS.label) if getattr(lbl, "language", None) == "en"]
        comments = [c for c in onto.objects(term, RDFS.comment) if getattr(c, "language", None) == "en"]
        assert labels and comments, term


def test_no_term_is_both_object_and_datatype_property(onto: Graph) -> None:
    objects = set(onto.subjects(RDF.type, OWL.ObjectProperty))
    assert not objects & set(onto.subjects(RDF.type, OWL.DatatypeProperty))


@pytest.mark.parametrize("name", sorted(DOMAIN_RANGE))
def test_domain_and_range(onto: Graph, name: str) -> None:
    domains, ranges = DOMAIN_RANGE[name]
    if domains is not None:
        assert _domains(onto, EKG[name]) == domains
    else:
        assert not list(onto.objects(EKG[name], RDFS.domain))
    if ranges is not None:
        assert _ranges(onto, EKG[name]) == ranges


def test_every_property_has_a_domain_or_range(onto: Graph) -> None:
    props = {p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in onto.subjects(RDF.type, kind)}
    ours = {p for p in props if p.startswith(EKG)}
    assert len(ours) >= len(OBJECT_PROPERTIES) + len(DATATYPE_PROPERTIES)
    for prop in ours:
        assert _domains(onto, prop) or _ranges(onto, prop), prop


def test_subsidiary_of_and_has_subsidiary_are_inverse(onto: Graph) -> None:
    assert (EKG.subsidiaryOf, OWL.inverseOf, EKG.hasSubsidiary) in onto
    assert (EKG.hasDocument, OWL.inverseOf, EKG.partOf) in onto
    assert (EKG.Company, RDFS.subClassOf, EKG.Organization) in onto


@pytest.mark.parametrize("vocabulary", sorted(VOCABULARIES))
def test_aligned_to_each_named_vocabulary(onto: Graph, vocabulary: str) -> None:
    namespace = VOCABULARIES[vocabulary]
    targets = {
        o
        for term in _declared(onto)
        for pred in ALIGNMENT_PREDICATES
        for o in onto.objects(term, pred)
        if isinstance(o, URIRef) and o.startswith(namespace)
    }
    assert targets


@pytest.mark.parametrize(("name", "target"), REQUIRED_ALIGNMENTS)
def test_required_alignment(onto: Graph, name: str, target: str) -> None:
    assert URIRef(target) in _aligned_to(onto, EKG[name])


_EKG_ATTR = re.compile(r"\bEKG\.([A-Za-z_]\w*)\b(?!\s*\()")
_EKG_ITEM = re.compile(r"""\bEKG\[\s*["']([^"']+)["']\s*\]""")
_EKG_CURIE = re.compile(r"(?<![\w/#-])ekg:([A-Za-z][\w-]*)")


def _terms_used_in_source() -> dict[str, set[str]]:
    """ekg terms per source file: `EKG.x` / `EKG["x"]` in Python, `ekg:x` in Python and SPARQL."""
    used: dict[str, set[str]] = {}
    for path in sorted([*SRC.rglob("*.py"), *SRC.rglob("*.rq")]):
        text = path.read_text(encoding="utf-8")
        names = set(_EKG_CURIE.findall(text))
        if path.suffix == ".py":
            names |= set(_EKG_ATTR.findall(text)) | set(_EKG_ITEM.findall(text))
        if names:
            used[str(path.relative_to(SRC))] = names
    return used


def test_terms_used_in_source_are_declared(onto: Graph) -> None:
    """An `ekg:x` names an ontology term or, as a concept key ("ekg:revenue", an axis), an
    edgarkg concept: either way the vocabulary must declare it."""
    declared = {str(t).removeprefix(str(EKG)) for t in _declared(onto)}
    concepts = {
        str(c).removeprefix(str(EKGC))
        for kind in (EKG.Metric, SKOS.Concept)
        for c in onto.subjects(RDF.type, kind)
        if str(c).startswith(str(EKGC))
    }
    used = _terms_used_in_source()
    assert used, "no ekg terms found in the source: has the namespace spelling changed?"
    undeclared = {f"{file}: {name}" for file, names in used.items() for name in names - declared - concepts}
    assert not undeclared


def test_terms_used_in_shapes_are_declared(onto: Graph, shapes: Graph) -> None:
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(EKG)}
    assert len(used) > 60
    assert used <= _declared(onto)


def test_rdflib_attribute_access_names_every_term(onto: Graph) -> None:
    """`EKG.name` must give the IRI, not a str method (rdflib Namespace is a str)."""
    ns = Namespace(str(EKG))
    for term in _declared(onto):
        local = str(term).removeprefix(str(EKG))
        assert getattr(ns, local) == term, local


@pytest.mark.parametrize("local", sorted(METRIC_MATCHES))
def test_metric_vocabulary(onto: Graph, local: str) -> None:
    metric = EKGC[local]
    assert (metric, RDF.type, EKG.Metric) in onto
    assert (metric, SKOS.inScheme, EKG.metrics) in onto
    assert onto.value(metric, SKOS.prefLabel)
    assert onto.value(metric, SKOS.definition)
    assert set(onto.objects(metric, SKOS.closeMatch)) >= METRIC_MATCHES[local]


def test_every_edgarkg_concept_is_documented(onto: Graph) -> None:
    concepts = {s for s in onto.subjects(SKOS.inScheme, None) if str(s).startswith(str(EKGC))}
    assert len(concepts) >= len(METRIC_MATCHES) + 8
    for concept in concepts:
        assert onto.value(concept, SKOS.prefLabel), concept
        assert onto.value(concept, SKOS.definition), concept
        assert onto.value(concept, SKOS.inScheme) in {EKG.metrics, EKG.axes}, concept
        kinds = set(onto.objects(concept, RDF.type))
        assert kinds & {EKG.Metric, SKOS.Concept}, concept


def test_metric_matches_use_the_mapping_concept_iris(onto: Graph) -> None:
    """closeMatch targets are the version-free IRIs the mapping gives XBRL concepts."""
    targets = {o for m in onto.subjects(RDF.type, EKG.Metric) for o in onto.objects(m, SKOS.closeMatch)}
    assert len(targets) >= 25
    for target in targets:
        prefix, local = str(target).rsplit("/", 2)[-2:]
        assert prefix in {"us-gaap", "dei"}, target
        assert concept_iri(f"{prefix}:{local}") == target
    assert concept_iri("ekg:revenue") == EKGC.revenue


def test_physical_metrics_name_their_units(onto: Graph) -> None:
    assert onto.value(EKGC.capacity, EKG.typicalUnit) == UNIT.MegaW
    assert onto.value(EKGC.energy, EKG.typicalUnit) == UNIT["KiloW-HR"]
    assert onto.value(EKGC["market-share"], EKG.typicalUnit) == UNIT.PERCENT


def test_minted_units_are_declared(onto: Graph) -> None:
    for local in ("SHARES", "PURE", "USD-PER-SHARE"):
        assert (EKGU[local], RDF.type, QUDT.Unit) in onto
        assert onto.value(EKGU[local], RDFS.label)
    for code in ("shares", "USD/shares", "GBP/shares", "EUR/shares"):
        iri = unit_iri(code)
        assert (iri, RDF.type, QUDT.Unit) in onto, (code, iri)


def test_one_query_finds_revenue_from_prose_and_from_xbrl() -> None:
    store = pyoxigraph.Store()
    store.load(resources.read_text(resources.ONTOLOGY).encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    data = """
        @prefix ekg: <https://w3id.org/edgarkg/ontology#> .
        @prefix id: <https://w3id.org/edgarkg/id/> .
        id:prose ekg:metric <https://w3id.org/edgarkg/concept/ekg/revenue> ; ekg:value 4874000000 .
        id:xbrl ekg:metric <https://w3id.org/edgarkg/concept/us-gaap/Revenues> ; ekg:value 65225000000 .
        id:xbrl-asc606 ekg:metric
            <https://w3id.org/edgarkg/concept/us-gaap/RevenueFromContractWithCustomerExcludingAssessedTax> ;
            ekg:value 90753000000 .
        id:other ekg:metric <https://w3id.org/edgarkg/concept/us-gaap/NetIncomeLoss> ; ekg:value 1 .
    """
    store.load(data.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    query = """
        PREFIX ekg: <https://w3id.org/edgarkg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?obs WHERE {
          ?obs ekg:metric ?m .
          <https://w3id.org/edgarkg/concept/ekg/revenue> (skos:closeMatch|^skos:closeMatch)? ?m .
        }
    """
    found = {row["obs"].value.rsplit("/", 1)[-1] for row in store.query(query)}
    assert found == {"prose", "xbrl", "xbrl-asc606"}
