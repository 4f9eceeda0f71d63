"""The build's fast paths give exactly what the rdflib/pyshacl reference gives.

Mapping writes plain triples and N-Quads without rdflib; validation runs the
shapes compiled to checks over those triples. pyshacl stays the reference:
on the whole test corpus (as built, and damaged so that every kind of shape
fails somewhere) and on every shapes fixture, the compiled path must report
the same violations — focus, path, shape, severity, message, value, filing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import CORPUS, DATA
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from edgarkg import registry
from edgarkg.entities import ORG_PREFIX, EntityTable
from edgarkg.mapping.graph import map_filing, map_filing_triples, run_iri
from edgarkg.mapping.triples import XSD_DATE, XSD_STRING, FilingTriples, to_rdflib_term
from edgarkg.model import Document, Organization, OrgRef, Person, PersonRef, Position, Problem, Provenance
from edgarkg.rdfio import graph_quads
from edgarkg.shacl_compiled import compile_shapes, validate_graph_fast, validate_triples
from edgarkg.sources import iter_documents
from edgarkg.stages import PartitionResult, _add_entities, extract, filing_runs, worker_shapes
from edgarkg.validate import Violation, shapes_graph, validate_graph

EKG = Namespace("https://w3id.org/edgarkg/ontology#")
ID = Namespace("https://w3id.org/edgarkg/id/")
SH = Namespace("http://www.w3.org/ns/shacl#")
RUN = run_iri([("test", "1")])
DATE = URIRef(XSD_DATE)
FIXTURES = sorted((DATA / "shapes").glob("*.ttl"))


def described(violations: list[Violation]) -> list[tuple]:
    return sorted(
        ((v.focus, v.path, v.shape, v.severity, v.message, v.value, v.filing) for v in violations), key=str
    )


@pytest.fixture(scope="module")
def corpus() -> list[FilingTriples]:
    extractors = registry.select(None)
    files = [str(p) for p in sorted(Path(CORPUS).rglob("*")) if p.is_file() and p.suffix != ".tsv"]
    documents = (extract(d, extractors) for d in iter_documents(files) if not isinstance(d, Problem))
    return [
        map_filing_triples(filing_id, [(r.document, r.facts) for r in docs], RUN)[0]
        for filing_id, docs in filing_runs(documents)
    ]


def rdflib_graph(triples) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(tuple(to_rdflib_term(t) for t in triple))
    return graph


def damaged(filing: FilingTriples, seed: int) -> list[tuple]:
    """The filing with every 7th triple dropped and some values made wrong, by rule."""
    out = []
    for i, (s, p, o) in enumerate(filing):
        if (i + seed) % 7 == 0:
            continue  # a missing label, type, title, holder, ...: MinCount, Class, Or results
        if type(o) is tuple and (i + seed) % 5 == 0:
            # a string typed as a date (ill-typed, mostly), or a date or number written as a string
            o = (o[0], XSD_DATE) if o[1] == XSD_STRING else (o[0] + "x", XSD_STRING)
        elif type(o) is tuple and (i + seed) % 11 == 0:
            out.append((s, p, ("", XSD_STRING)))  # a second, empty value: MaxCount, MinLength
        elif type(o) is str and (i + seed) % 13 == 0:
            o = (o, XSD_STRING)  # a node written as a literal
        out.append((s, p, o))
    return out


# -- mapping ---------------------------------------------------------------------------


def test_nquads_are_the_quads_of_the_rdflib_graph(corpus: list[FilingTriples]) -> None:
    assert len(corpus) > 50
    for filing in corpus:
        fast = set(ox.parse(filing.nquads(), format=ox.RdfFormat.N_QUADS))
        reference = set(graph_quads(filing.to_rdflib(), URIRef(filing.iri)))
        assert fast == reference, filing.iri
        assert len(fast) == len(filing)
        assert set(filing.quads()) == reference


def test_entity_rows_are_those_of_the_rdflib_graph(corpus: list[FilingTriples]) -> None:
    """Workers fill the resolution table from the triples; the table's own reader agrees."""
    fast, reference, mentions = PartitionResult(0, "", 0, 0), EntityTable(), set()
    for filing in corpus:
        _add_entities(fast, filing)
        graph = filing.to_rdflib()
        reference.add_graph(graph)
        mentions |= {str(n) for n in graph.all_nodes() if isinstance(n, URIRef) and n.startswith(ORG_PREFIX)}
    assert len(reference) > 100 and len(mentions) > 50
    assert fast.entities.rows == reference.rows
    assert fast.org_mentions == mentions


def test_map_filing_keeps_its_rdflib_graph() -> None:
    doc = Document(source="x.txt", data=b"", filing_id="0000950137-05-004969", doc_type="8-K", sequence=1)
    prov = Provenance(doc.id, "test", "1", "char=0,10", "Jane Doe, Chief Executive Officer")
    exelon = OrgRef(name="Exelon Corporation", cik="0001109357")
    jane = PersonRef(name="Jane Doe")
    facts = [
        Organization(prov, exelon, role="filer"),
        Person(prov, jane),
        Position(prov, jane, exelon, "Chief  Executive Officer", start=date(2004, 1, 1)),
    ]
    graph, _ = map_filing("0000950137-05-004969", [(doc, facts)], RUN)
    company = ID["cik/0001109357"]
    assert (company, RDFS.label, Literal("Exelon Corporation")) in graph
    assert (company, EKG.cik, Literal("0001109357")) in graph
    (position,) = graph.subjects(RDF.type, EKG.Position)
    assert graph.value(position, EKG.title) == Literal("Chief Executive Officer")
    assert graph.value(position, EKG.startDate) == Literal("2004-01-01", datatype=DATE)
    assert (doc_node := graph.value(position, EKG.evidence)) is not None
    assert graph.value(doc_node, EKG.extractor) == Literal("test/1")


# -- validation ------------------------------------------------------------------------


def test_shipped_shapes_compile() -> None:
    assert compile_shapes(shapes_graph()) is not None


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_compiled_checks_report_what_pyshacl_reports_on_each_fixture(fixture: Path) -> None:
    shapes = shapes_graph()
    data = Graph().parse(fixture, format="turtle")
    reference = validate_graph(data, shapes)
    fast = validate_graph_fast(data, shapes)
    assert fast.conforms == reference.conforms == fixture.stem.endswith("-ok")
    assert described(fast.violations) == described(reference.violations)


def test_compiled_checks_report_what_pyshacl_reports_on_the_corpus(corpus: list[FilingTriples]) -> None:
    shapes = worker_shapes(None)  # the shapes the build's workers use
    for filing in corpus:
        reference = validate_graph(filing.to_rdflib(), shapes)
        fast = validate_triples(filing, shapes)
        assert fast.conforms == reference.conforms, filing.iri
        assert described(fast.violations) == described(reference.violations), filing.iri


def test_compiled_checks_report_what_pyshacl_reports_on_damaged_filings(
    corpus: list[FilingTriples],
) -> None:
    shapes = shapes_graph()
    shapes_hit = set()
    for seed, filing in enumerate(corpus):
        graph = rdflib_graph(damaged(filing, seed))
        reference = validate_graph(graph, shapes)
        fast = validate_graph_fast(graph, shapes)
        assert fast.conforms == reference.conforms, filing.iri
        assert described(fast.violations) == described(reference.violations), filing.iri
        shapes_hit |= {v.path for v in reference.violations}
    # the damage reaches many constraints, so the comparison is not a vacuous one
    assert len(shapes_hit) >= 15


def test_a_position_ending_before_it_starts_is_one_violation() -> None:
    position, person, org = ID["position/p"], ID["person/jane"], ID["cik/0001109357"]
    filing = ID["filing/0000950137-05-004969"]
    graph = Graph()
    for triple in [
        (filing, RDF.type, EKG.Filing),
        (filing, EKG.formType, Literal("8-K")),
        (person, RDF.type, EKG.Person),
        (person, RDFS.label, Literal("Jane Doe")),
        (org, RDF.type, EKG.Company),
        (org, RDFS.label, Literal("Exelon Corporation")),
        (position, RDF.type, EKG.Position),
        (position, EKG.holder, person),
        (position, EKG.organization, org),
        (position, EKG.title, Literal("Director")),
        (position, EKG.startDate, Literal("2005-03-01", datatype=DATE)),
        (position, EKG.endDate, Literal("2004-12-31", datatype=DATE)),
    ]:
        graph.add(triple)
    for node in (person, org, position):
        graph.add((node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), filing))
    report = validate_graph_fast(graph)
    assert [(v.focus, v.path, v.value, v.filing) for v in report.violations] == [
        (str(position), str(EKG.startDate), "2005-03-01", str(filing))
    ]
    assert report.violations[0].message.startswith("A position has at most one start date")


def test_shapes_beyond_the_compiled_subset_go_to_pyshacl(corpus: list[FilingTriples]) -> None:
    shapes = Graph()
    shapes.parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ekg: <https://w3id.org/edgarkg/ontology#> .
        [] a sh:NodeShape ; sh:targetClass ekg:Filing ;
           sh:property [ sh:path ekg:formType ; sh:in ( "10-K" "10-Q" ) ;
                         sh:message "Only annual and quarterly reports." ] .
        """,
        format="turtle",
    )
    assert compile_shapes(shapes) is None
    filing = next(f for f in corpus if (f.iri, str(EKG.formType), ("8-K", XSD_STRING)) in f.triples)
    report = validate_triples(filing, shapes)
    assert [(v.focus, v.path, v.value, v.message) for v in report.violations] == [
        (filing.iri, str(EKG.formType), "8-K", "Only annual and quarterly reports.")
    ]
    assert described(report.violations) == described(validate_graph(filing.to_rdflib(), shapes).violations)
