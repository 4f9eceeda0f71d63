"""Facts → RDF: deterministic IRIs, in-filing merging, provenance on every node."""

from datetime import date
from decimal import Decimal

import pyoxigraph as ox
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV

from edgarkg.mapping.graph import map_filing, run_iri
from edgarkg.mapping.iris import (
    EKG,
    concept_iri,
    normalise_org_name,
    normalise_person_name,
    org_iri,
    unit_iri,
)
from edgarkg.model import (
    FILER,
    Document,
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
from edgarkg.rdfio import graph_quads
from edgarkg.resolve import resolve

RUN = run_iri([("test", "1")])


def prov(doc: Document, locator: str = "char=0,10", text: str = "evidence") -> Provenance:
    return Provenance(doc.id, "test", "1", locator, text)


def doc(filing_id: str = "0000950137-05-004969", seq: int | None = 1) -> Document:
    return Document(source="x.txt", data=b"", filing_id=filing_id, doc_type="8-K", sequence=seq)


def test_names_normalise_across_surface_forms():
    assert normalise_org_name("mmO2 plc") == normalise_org_name("MMO2 PLC") == normalise_org_name("mmO2")
    assert normalise_org_name("WATERS CORP /DE/") == normalise_org_name("Waters Corporation")
    assert normalise_org_name("The Buckle, Inc.") == "buckle"
    assert normalise_org_name("Procter & Gamble Co") == normalise_org_name("Procter and Gamble Company")
    assert normalise_person_name("LEVCHIN MAX R") == normalise_person_name("Max R. Levchin")
    assert org_iri(OrgRef(name="mmO2 plc")) == org_iri(OrgRef(name="MMO2 P.L.C."))
    assert org_iri(OrgRef(name="Apple Inc.")) != org_iri(OrgRef(name="Apple Pty Limited"))
    assert org_iri(OrgRef(name="X", cik="0001168554")).endswith("id/cik/0001168554")


def test_units_and_concepts():
    assert unit_iri("USD") == URIRef("http://qudt.org/vocab/unit/CCY_USD")
    assert unit_iri("percent") == URIRef("http://qudt.org/vocab/unit/PERCENT")
    assert unit_iri("USD/shares").endswith("unit/USD-PER-SHARE")
    assert concept_iri("us-gaap:Revenues") == URIRef("https://w3id.org/edgarkg/concept/us-gaap/Revenues")
    assert concept_iri("revenue").endswith("concept/ekg/revenue")


def test_filing_graph_merges_mentions_and_keeps_aliases():
    d = doc()
    facts = [
        FilingInfo(prov(d), "8-K", "0000950137-05-004969", date(2005, 4, 27)),
        Organization(prov(d), OrgRef(name="EXELON CORP", cik="0001109357"), role="filer"),
        Position(
            prov(d),
            PersonRef("J. Barry Mitchell"),
            OrgRef(name="Exelon Corporation"),
            "Chief Financial Officer",
        ),
        Position(prov(d), PersonRef("Thomas J. Ridge"), FILER, "Director", role="director"),
        Position(prov(d), PersonRef("Thomas J. Ridge"), OrgRef(name="Home Depot Corporation"), "Director"),
    ]
    g, problems = map_filing("0000950137-05-004969", [(d, facts)], RUN)
    assert problems == []
    exelon = org_iri(OrgRef(cik="0001109357"))
    filing = URIRef("https://w3id.org/edgarkg/id/filing/0000950137-05-004969")
    assert (filing, EKG.filer, exelon) in g
    assert (exelon, RDFS.label, Literal("EXELON CORP")) in g
    assert (exelon, EKG.alias, Literal("Exelon Corporation")) in g
    positions = set(g.subjects(RDF.type, EKG.Position))
    assert len(positions) == 3
    # Ridge is one person holding positions at two organisations
    holders = {g.value(p, EKG.holder) for p in positions}
    assert len(holders) == 2
    assert {g.value(p, EKG.organization) for p in positions} == {
        exelon,
        org_iri(OrgRef(name="HOME DEPOT CORP")),
    }
    for node in positions | {exelon}:
        assert (node, PROV.wasDerivedFrom, filing) in g
        evidence = g.value(node, EKG.evidence)
        assert g.value(evidence, EKG.extractor) == Literal("test/1")
        assert g.value(evidence, EKG.locator) == Literal("char=0,10")


def test_observation_and_subsidiary_literals():
    d = doc("sha256:abc", None)
    facts = [
        Organization(prov(d), OrgRef(name="mmO2 plc"), role="filer"),
        Subsidiary(prov(d), OrgRef(name="O2 UK"), FILER, jurisdiction="England"),
        Observation(
            prov(d), FILER, "ekg:revenue", Decimal("4.874E+9"), "GBP", date(2002, 4, 1), date(2003, 3, 31)
        ),
    ]
    g, _ = map_filing("sha256:abc", [(d, facts)], RUN)
    mmo2 = org_iri(OrgRef(name="MMO2 PLC"))
    o2uk = org_iri(OrgRef(name="O2 UK"))
    assert (o2uk, EKG.subsidiaryOf, mmo2) in g
    obs = next(g.subjects(RDF.type, EKG.Observation))
    assert str(g.value(obs, EKG.value)) == "4874000000"
    assert g.value(obs, EKG.unit) == URIRef("http://qudt.org/vocab/unit/CCY_GBP")
    assert str(g.value(obs, EKG.periodEnd)) == "2003-03-31"


def test_same_facts_give_the_same_graph():
    d = doc()
    facts = [Person(prov(d), PersonRef("SMITH JOHN", "0001234567"), role="reporting-owner")]
    g1, _ = map_filing("0000950137-05-004969", [(d, facts)], RUN)
    g2, _ = map_filing("0000950137-05-004969", [(d, list(facts))], RUN)
    assert set(g1) == set(g2)


def test_person_with_cik_in_filing_absorbs_name_mentions():
    d = doc()
    facts = [
        Person(prov(d), PersonRef("LEVCHIN MAX R", "0001539853"), role="reporting-owner"),
        Position(
            prov(d),
            PersonRef("Max R. Levchin"),
            OrgRef(name="Affirm", cik="0001820953"),
            "Chief Executive Officer",
        ),
    ]
    g, _ = map_filing("0000950137-05-004969", [(d, facts)], RUN)
    holder = g.value(next(g.subjects(RDF.type, EKG.Position)), EKG.holder)
    assert str(holder).endswith("id/cik/0001539853")


def test_resolution_merges_names_into_unique_cik_node_only():
    store = ox.Store()
    a, b = doc("0000000001-00-000001"), doc("0000000002-00-000002")
    g1, _ = map_filing(
        a.filing_id, [(a, [Organization(prov(a), OrgRef("Apple Inc.", "0000320193"), role="filer")])], RUN
    )
    g2, _ = map_filing(
        b.filing_id,
        [(b, [Subsidiary(prov(b), OrgRef("Apple Sales International"), OrgRef("APPLE INC"))])],
        RUN,
    )
    for g, f in ((g1, a), (g2, b)):
        store.extend(graph_quads(g, URIRef(f"https://w3id.org/edgarkg/id/filing/{f.filing_id}")))
    assert resolve(store) == 1
    apple = ox.NamedNode("https://w3id.org/edgarkg/id/cik/0000320193")
    sub = ox.NamedNode(str(org_iri(OrgRef("Apple Sales International"))))
    assert list(store.quads_for_pattern(sub, ox.NamedNode(str(EKG.subsidiaryOf)), apple))
    assert not list(store.quads_for_pattern(ox.NamedNode(str(org_iri(OrgRef("Apple")))), None, None))
    assert resolve(store) == 0  # idempotent


def test_ambiguous_names_are_not_merged():
    store = ox.Store()
    docs = [doc(f"000000000{i}-00-00000{i}") for i in (1, 2, 3)]
    refs = [OrgRef("Acme Corp", "0000000011"), OrgRef("ACME CORP", "0000000022"), OrgRef("Acme")]
    for d, ref in zip(docs, refs, strict=True):
        g, _ = map_filing(d.filing_id, [(d, [Organization(prov(d), ref, role="filer")])], RUN)
        store.extend(graph_quads(g, URIRef(f"https://w3id.org/edgarkg/id/filing/{d.filing_id}")))
    assert resolve(store) == 0


def test_resolution_never_makes_a_company_its_own_subsidiary():
    store = ox.Store()
    a, b = doc("0000000001-00-000001"), doc("0000000002-00-000002")
    # a careless alias on the parent must not swallow its subsidiary
    g1, _ = map_filing(
        a.filing_id,
        [
            (
                a,
                [
                    Organization(
                        prov(a),
                        OrgRef("Ford Motor Co", "0000037996"),
                        role="filer",
                        aliases=("Ford Holdings, Inc.",),
                    )
                ],
            )
        ],
        RUN,
    )
    g2, _ = map_filing(
        b.filing_id, [(b, [Subsidiary(prov(b), OrgRef("Ford Holdings, Inc."), OrgRef("FORD MOTOR CO"))])], RUN
    )
    for g, f in ((g1, a), (g2, b)):
        store.extend(graph_quads(g, URIRef(f"https://w3id.org/edgarkg/id/filing/{f.filing_id}")))
    resolve(store)
    ford = ox.NamedNode("https://w3id.org/edgarkg/id/cik/0000037996")
    assert not list(store.quads_for_pattern(ford, ox.NamedNode(str(EKG.subsidiaryOf)), ford))
    assert list(store.quads_for_pattern(None, ox.NamedNode(str(EKG.subsidiaryOf)), ford))


def test_spellings_of_one_person_across_documents_are_one_node():
    main = doc()
    exhibit = Document(source="x.txt", data=b"", filing_id=main.filing_id, doc_type="EX-99.1", sequence=2)
    oracle = OrgRef("Oracle Corporation", "0001341439")
    facts_main = [Position(prov(main), PersonRef("Rona Fairhead"), oracle, "director")]
    facts_exhibit = [Person(prov(exhibit), PersonRef("Rona A. Fairhead"))]
    g, _ = map_filing(main.filing_id, [(main, facts_main), (exhibit, facts_exhibit)], RUN)
    (person,) = set(g.subjects(RDF.type, EKG.Person))
    assert g.value(person, RDFS.label) == Literal("Rona A. Fairhead")
    assert set(g.objects(person, EKG.alias)) == {Literal("Rona Fairhead")}
    assert g.value(next(g.subjects(RDF.type, EKG.Position)), EKG.holder) == person


def test_ambiguous_short_spelling_stays_its_own_person():
    d = doc()
    acme = OrgRef("Acme Corp", "0000000011")
    facts = [
        Position(prov(d), PersonRef(n), acme, "director")
        for n in ("John A. Smith", "John Smith", "John B. Smith")
    ]
    g, _ = map_filing(d.filing_id, [(d, facts)], RUN)
    labels = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, EKG.Person)}
    assert labels == {"John A. Smith", "John Smith", "John B. Smith"}
