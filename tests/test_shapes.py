"""The SHACL shapes accept well-formed graphs and point at the node and property at fault.

Each node shape has a pair of hand-written fixtures in tests/data/shapes:
`<shape>-ok.ttl` must conform to the whole shapes graph, and `<shape>-bad.ttl`
must fail with exactly the (focus node, path, constraint) results listed
below, every one reported by that shape with the message written for it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SH

from edgarkg import resources

DATA = Path(__file__).parent / "data" / "shapes"
EKG = Namespace("https://w3id.org/edgarkg/ontology#")
EKGSH = Namespace("https://w3id.org/edgarkg/shapes#")
ID = Namespace("https://w3id.org/edgarkg/id/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
CONCEPT = Namespace("https://w3id.org/edgarkg/concept/")

# fixture name -> node shape it exercises
SHAPE_OF = {
    "organization": EKGSH.OrganizationShape,
    "person": EKGSH.PersonShape,
    "former-name": EKGSH.FormerNameShape,
    "address": EKGSH.AddressShape,
    "position": EKGSH.PositionShape,
    "subsidiary-relation": EKGSH.SubsidiaryRelationShape,
    "observation": EKGSH.ObservationShape,
    "dimension-member": EKGSH.DimensionMemberShape,
    "filing": EKGSH.FilingShape,
    "document": EKGSH.DocumentShape,
    "evidence": EKGSH.EvidenceShape,
    "build-activity": EKGSH.BuildActivityShape,
    "derived-from-filing": EKGSH.DerivedFromFilingShape,
}

# fixture name -> {(focus node under id/, result path or None, constraint component)}
EXPECTED: dict[str, set[tuple[str, URIRef | None, str]]] = {
    "organization": {
        ("cik/0000000010", RDFS.label, "MinLength"),
        ("cik/0000320193", EKG.cik, "MaxCount"),
        ("cik/0000320193", EKG.cik, "Pattern"),
        ("org/apple-operations-international", EKG.lei, "Pattern"),
        ("org/braeburn-capital", EKG.subsidiaryOf, "Or"),
        ("org/apple-sales-international", EKG.sic, "Pattern"),
        ("org/apple-sales-international", EKG.fiscalYearEnd, "Pattern"),
        ("org/unnamed", RDFS.label, "MinCount"),
    },
    "person": {
        ("person/0001214128", RDFS.label, "MinCount"),
        ("person/simon-gordon", EKG.cik, "Pattern"),
        ("person/robert-harwood", EKG.address, "Class"),
    },
    "former-name": {
        ("former-name/0000320193-1", EKG.name, "MinCount"),
        ("former-name/0000320193-2", EKG.dateChanged, "Datatype"),
    },
    "address": {
        ("address/a1", None, "Or"),
        ("address/a2", EKG.postalCode, "Datatype"),
        ("address/a3", EKG.locality, "MaxCount"),
    },
    "position": {
        ("position/p1", EKG.holder, "Class"),
        ("position/p2", EKG.organization, "MinCount"),
        ("position/p2", EKG.title, "MaxCount"),
        ("position/p3", EKG.title, "MinLength"),
        ("position/p3", EKG.startDate, "LessThanOrEquals"),
    },
    "subsidiary-relation": {
        ("subsidiary/s1", EKG.ownershipPercent, "MaxInclusive"),
        ("subsidiary/s2", EKG.parent, "Disjoint"),
        ("subsidiary/s3", EKG.child, "MinCount"),
        ("subsidiary/s4", EKG.parent, "Or"),
        ("subsidiary/s4", EKG.ownershipPercent, "Datatype"),
        # "100%" cannot be compared with 0 or 100 either
        ("subsidiary/s4", EKG.ownershipPercent, "MinInclusive"),
        ("subsidiary/s4", EKG.ownershipPercent, "MaxInclusive"),
    },
    "observation": {
        ("observation/o1", EKG.value, "Datatype"),
        ("observation/o1", EKG.unit, "NodeKind"),
        ("observation/o1", EKG.owner, "Or"),
        ("observation/o2", EKG.metric, "MinCount"),
        ("observation/o2", EKG.periodStart, "LessThanOrEquals"),
        ("observation/o3", EKG.subject, "Or"),
        ("observation/o3", EKG.unit, "MaxCount"),
        ("observation/o3", EKG.periodEnd, "Datatype"),
    },
    "dimension-member": {
        ("dimension/d1", EKG.axis, "NodeKind"),
        ("dimension/d2", None, "Xone"),
        ("dimension/d3", None, "Xone"),
        ("dimension/d4", EKG.member, "NodeKind"),
    },
    "filing": {
        ("filing/f1", EKG.formType, "MinCount"),
        ("filing/f2", EKG.accessionNumber, "Pattern"),
        ("filing/f3", EKG.filingDate, "MaxCount"),
        ("filing/f3", EKG.filingDate, "Datatype"),
        ("filing/f4", EKG.reportingOwner, "Or"),
        ("filing/f4", EKG.filer, "Or"),
    },
    "document": {
        ("document/d1", EKG.sequence, "Datatype"),
        # "1" (a string) cannot be compared with 0
        ("document/d1", EKG.sequence, "MinInclusive"),
        ("document/d2", EKG.partOf, "MaxCount"),
        ("document/d3", EKG.partOf, "Class"),
    },
    "evidence": {
        ("evidence/e1", EKG.document, "MinCount"),
        ("evidence/e2", EKG.extractor, "Pattern"),
        ("evidence/e3", EKG.confidence, "MaxInclusive"),
        ("evidence/e4", EKG.document, "NodeKind"),
        ("evidence/e4", EKG.locator, "MaxCount"),
    },
    "build-activity": {
        ("build/run-1", EKG.toolVersion, "MaxCount"),
        ("build/run-1", EKG.extractor, "Pattern"),
        ("build/run-2", PROV.startedAtTime, "Datatype"),
    },
    "derived-from-filing": {
        ("cik/0001168554", PROV.wasDerivedFrom, "MinCount"),
        ("org/o2-uk", PROV.wasDerivedFrom, "Class"),
        ("person/kent-thexton", PROV.wasDerivedFrom, "Class"),
        ("position/p1", PROV.wasDerivedFrom, "MinCount"),
        ("observation/o1", PROV.wasDerivedFrom, "MinCount"),
        ("subsidiary/s1", PROV.wasDerivedFrom, "MinCount"),
    },
}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(data=resources.read_text(resources.SHAPES), format="turtle")


def _validate(data: Graph, shapes: Graph) -> tuple[bool, Graph]:
    conforms, report, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return conforms, report


def _component(report: Graph, result: URIRef | BNode) -> str:
    iri = str(report.value(result, SH.sourceConstraintComponent))
    return iri.removeprefix(str(SH)).removesuffix("ConstraintComponent")


def _results(report: Graph) -> list[URIRef | BNode]:
    return list(report.subjects(RDF.type, SH.ValidationResult))


def _shape_parts(shapes: Graph, node_shape: URIRef) -> set:
    """The node shape and its property shapes: where its results may come from."""
    return {node_shape, *shapes.objects(node_shape, SH.property)}


@pytest.mark.parametrize("name", sorted(SHAPE_OF))
def test_conforming_fixture_conforms(name: str, shapes: Graph) -> None:
    data = Graph().parse(DATA / f"{name}-ok.ttl", format="turtle")
    conforms, report = _validate(data, shapes)
    problems = [
        (str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultMessage))) for r in _results(report)
    ]
    assert conforms, problems
    # the fixture really exercises the shape: it has focus nodes of its target classes
    targets = set(shapes.objects(SHAPE_OF[name], SH.targetClass))
    assert any(data.subjects(RDF.type, cls) for cls in targets)


@pytest.mark.parametrize("name", sorted(SHAPE_OF))
def test_violating_fixture_reports_focus_path_and_constraint(name: str, shapes: Graph) -> None:
    data = Graph().parse(DATA / f"{name}-bad.ttl", format="turtle")
    conforms, report = _validate(data, shapes)
    assert not conforms
    found = {
        (
            str(report.value(r, SH.focusNode)).removeprefix(str(ID)),
            report.value(r, SH.resultPath),
            _component(report, r),
        )
        for r in _results(report)
    }
    assert found == EXPECTED[name]
    parts = _shape_parts(shapes, SHAPE_OF[name])
    messages = {str(m) for p in parts for m in shapes.objects(p, SH.message)}
    for r in _results(report):
        assert report.value(r, SH.sourceShape) in parts
        assert report.value(r, SH.resultSeverity) == SH.Violation
        assert str(report.value(r, SH.resultMessage)) in messages


def test_every_targeting_shape_has_fixtures(shapes: Graph) -> None:
    targeting = {s for s in shapes.subjects(SH.targetClass, None)}
    assert targeting == set(SHAPE_OF.values())
    for name in SHAPE_OF:
        assert (DATA / f"{name}-ok.ttl").is_file()
        assert (DATA / f"{name}-bad.ttl").is_file()


def test_every_shape_is_named_and_every_property_shape_explains_itself(shapes: Graph) -> None:
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert str(shapes.value(node_shape, SH.name) or "").strip(), node_shape
    property_shapes = set(shapes.subjects(SH.path, None))
    assert len(property_shapes) > 50
    for prop in property_shapes:
        path = shapes.value(prop, SH.path)
        assert str(shapes.value(prop, SH.name) or "").strip(), path
        message = shapes.value(prop, SH.message)
        assert message is not None and len(str(message).split()) >= 5, path


def test_shapes_use_shacl_core_only(shapes: Graph) -> None:
    advanced = {SH.sparql, SH.select, SH.ask, SH.rule, SH.target, SH.js, SH.jsFunctionName}
    used = {p for p in shapes.predicates() if p in advanced}
    assert not used
    assert not set(shapes.subjects(RDF.type, SH.SPARQLConstraint))


def test_requested_constraints_are_in_place(shapes: Graph) -> None:
    """The rules users rely on, read straight off the shapes graph."""

    def prop(node_shape: URIRef, path: URIRef) -> URIRef | BNode:
        matches = [p for p in shapes.objects(node_shape, SH.property) if shapes.value(p, SH.path) == path]
        assert len(matches) == 1, (node_shape, path)
        return matches[0]

    org_cik = prop(EKGSH.OrganizationShape, EKG.cik)
    assert str(shapes.value(org_cik, SH.pattern)) == "^[0-9]{10}$"
    assert shapes.value(org_cik, SH.maxCount).toPython() == 1
    assert str(shapes.value(prop(EKGSH.OrganizationShape, EKG.lei), SH.pattern)) == "^[A-Z0-9]{18}[0-9]{2}$"
    accession = prop(EKGSH.FilingShape, EKG.accessionNumber)
    assert str(shapes.value(accession, SH.pattern)) == "^[0-9]{10}-[0-9]{2}-[0-9]{6}$"
    start = prop(EKGSH.ObservationShape, EKG.periodStart)
    assert shapes.value(start, SH.lessThanOrEquals) == EKG.periodEnd
    derived = prop(EKGSH.DerivedFromFilingShape, PROV.wasDerivedFrom)
    assert shapes.value(derived, SH["class"]) == EKG.Filing
    assert set(shapes.objects(EKGSH.DerivedFromFilingShape, SH.targetClass)) >= {
        EKG.Position,
        EKG.Observation,
        EKG.SubsidiaryRelation,
        EKG.Organization,
        EKG.Company,
        EKG.Person,
    }


def test_graph_built_with_rdflib_python_values_conforms(shapes: Graph) -> None:
    """What the mapping writes through the rdflib API (plain str, Decimal, date) passes."""
    g = Graph()
    filing = ID["filing/0001168554-03-000123"]
    company = ID["cik/0001168554"]
    obs = ID["observation/x"]
    g.add((filing, RDF.type, EKG.Filing))
    g.add((filing, EKG.formType, Literal("6-K")))
    g.add((filing, EKG.accessionNumber, Literal("0001168554-03-000123")))
    g.add((filing, EKG.filingDate, Literal(date(2003, 11, 17))))
    g.add((company, RDF.type, EKG.Company))
    g.add((company, RDFS.label, Literal("mmO2 plc")))
    g.add((company, EKG.cik, Literal("0001168554")))
    g.add((company, PROV.wasDerivedFrom, filing))
    g.add((obs, RDF.type, EKG.Observation))
    g.add((obs, EKG.subject, company))
    g.add((obs, EKG.metric, CONCEPT["ekg/revenue"]))
    g.add((obs, EKG.value, Literal(Decimal("4874000000"))))
    g.add((obs, EKG.unit, UNIT.CCY_GBP))
    g.add((obs, EKG.periodStart, Literal(date(2002, 4, 1))))
    g.add((obs, EKG.periodEnd, Literal(date(2003, 3, 31))))
    g.add((obs, PROV.wasDerivedFrom, filing))
    conforms, report = _validate(g, shapes)
    assert conforms, report.serialize(format="turtle")

    # the same value written as a Python float (xsd:double) is caught
    g.set((obs, EKG.value, Literal(4874000000.0)))
    conforms, report = _validate(g, shapes)
    assert not conforms
    assert {report.value(r, SH.resultPath) for r in _results(report)} == {EKG.value}
