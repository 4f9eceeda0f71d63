"""The shard build's corpus pass sees only what several graphs describe, and still
reports exactly what pyshacl reports on the merged graph (shared_nodes.select_shared)."""

import gzip
from pathlib import Path

import pyoxigraph as ox
from conftest import CORPUS, EXAMPLES

from edgarkg.crosscheck import CIK_SHAPE, CYCLE_SHAPE, corpus_rules, corpus_violations
from edgarkg.pipeline import build, build_shards
from edgarkg.rdfio import rdflib_graph
from edgarkg.shards import rename_quads, serialize
from edgarkg.shared_nodes import SubjectIndex, graph_keys, partition_keys, select_shared
from edgarkg.validate import shapes_graph, validate_graph

PREFIXES = """@prefix ekg: <https://w3id.org/edgarkg/ontology#> .
@prefix id: <https://w3id.org/edgarkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
ID = "https://w3id.org/edgarkg/id/"
FILING = ID + "filing/"
EKG = "https://w3id.org/edgarkg/ontology#"
COMPANY = EKG + "Company"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def checked(expected):
    """(focus, property, corpus rule) of the violations, provenance left out (no evidence nodes here)."""
    paths = ((v, (v[1] or "").rsplit("#")[-1]) for v in expected)
    return {(v[0], path, v[5]) for v, path in paths if path != "wasDerivedFrom"}


def key(v):
    """A violation as pyshacl and the pass both describe it (property shapes are blank nodes)."""
    shape = v.shape if v.shape.startswith("http") else ""
    return tuple(x or "" for x in (v.focus, v.path, v.message, v.value, v.severity, shape))


def filing_quads(name: str, turtle: str) -> list[ox.Quad]:
    g = ox.NamedNode(FILING + name)
    triples = list(ox.parse((PREFIXES + turtle).encode(), format=ox.RdfFormat.TURTLE))
    derived, typed = ox.NamedNode(PROV_DERIVED), {t.subject for t in triples if t.predicate == RDF_TYPE}
    triples += [ox.Triple(s, derived, g) for s in typed]  # as the mapper says where a node comes from
    triples += ox.parse(
        f"<{g.value}> a <{EKG}Filing> ; <{EKG}formType> '10-K' .".encode(), format=ox.RdfFormat.TURTLE
    )
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]


def shard_pass(tmp_path: Path, partitions: list[dict[str, str]], renames: dict[str, str] | None = None):
    """What build_shards does, on hand-written filing graphs: per-filing validation and subject keys
    in each partition, resolution, then the corpus pass on only the shared part."""
    shapes = shapes_graph()
    renames = renames or {}
    index, flagged, touched, merged = SubjectIndex(), set(), set(renames.values()), []
    paths = []
    for i, filings in enumerate(partitions):
        per_graph = []
        for name, turtle in filings.items():
            quads = filing_quads(name, turtle)
            flagged |= {v.focus for v in validate_graph(rdflib_graph(quads), shapes).violations}
            per_graph.append(graph_keys({q.subject.value for q in quads}))
            touched |= {q.subject.value for q in quads if q.object.value in renames}
            merged.extend(rename_quads(quads, renames))
        index.add(*partition_keys(per_graph))
        paths.append(tmp_path / f"part-{i}.nq.gz")
        with gzip.open(paths[-1], "wb") as f:
            f.write(serialize([q for q in merged if q.graph_name.value.removeprefix(FILING) in filings]))
    scratch, rules = ox.Store(), ox.Store()
    picked = select_shared(paths, index.multi(), flagged | touched, scratch, rules, [COMPANY])
    found, _ = corpus_violations(scratch, shapes, flagged | touched, rules, picked.described)
    whole = ox.Store()
    whole.extend(merged)
    expected = validate_graph(rdflib_graph(merged), shapes).violations + corpus_rules(whole)
    return sorted(map(key, found)), sorted(map(key, expected)), picked, len(merged)


def test_two_ciks_for_one_company_across_filings(tmp_path):
    a = "<https://w3id.org/edgarkg/id/cik/1> a ekg:Company ; rdfs:label 'ACME' ; ekg:cik '0000000001' ."
    b = "<https://w3id.org/edgarkg/id/cik/1> a ekg:Company ; rdfs:label 'Acme' ; ekg:cik '0000000002' ."
    c = "<https://w3id.org/edgarkg/id/cik/3> a ekg:Company ; rdfs:label 'Other' ; ekg:cik '0000000003' ."
    found, expected, picked, total = shard_pass(tmp_path, [{"a": a, "c": c}, {"b": b}])
    assert found == expected
    # pyshacl on the merged graph: cik/1 has two CIKs (sh:maxCount 1); each filing alone conforms
    assert checked(expected) == {(ID + "cik/1", "cik", "")}
    assert (
        picked.described == {ID + "cik/1"} and picked.quads < total
    )  # cik/3 is in one graph only: never loaded
    assert picked.counts == {COMPANY: 2}


def test_a_subsidiary_cycle_across_filings_through_single_graph_nodes(tmp_path):
    x, y = "<https://w3id.org/edgarkg/id/cik/10>", "<https://w3id.org/edgarkg/id/cik/20>"
    a = f"{x} a ekg:Company ; rdfs:label 'X' ; ekg:subsidiaryOf {y} ."
    b = f"{y} a ekg:Company ; rdfs:label 'Y' ; ekg:subsidiaryOf {x} ."
    found, expected, picked, _ = shard_pass(tmp_path, [{"a": a}, {"b": b}])
    assert found == expected
    cycle = {(ID + "cik/10", "subsidiaryOf", CYCLE_SHAPE), (ID + "cik/20", "subsidiaryOf", CYCLE_SHAPE)}
    assert checked(expected) == cycle
    # neither node is described twice; each filing alone flags its node's parent as untyped
    # (sh:class), which the merged graph clears: both re-checked, the cycle from the rule store
    assert picked.described == {ID + "cik/10", ID + "cik/20"}


def test_a_date_conflict_across_filings(tmp_path):
    p = "<https://w3id.org/edgarkg/id/position/p1>"
    h = "<https://w3id.org/edgarkg/id/cik/30>"
    c = "<https://w3id.org/edgarkg/id/cik/31>"
    known = f"{h} a ekg:Person ; rdfs:label 'H' . {c} a ekg:Company ; rdfs:label 'C' ."
    post = f"{p} a ekg:Position ; ekg:holder {h} ; ekg:organization {c} ; ekg:title 'Director'"
    a = f"{post} ; ekg:startDate '2020-01-01'^^xsd:date . {known}"
    b = f"{post} ; ekg:endDate '2019-06-30'^^xsd:date . {known}"
    for partitions in ([{"a": a}, {"b": b}], [{"a": a, "b": b}]):  # across partitions and within one
        found, expected, _, _ = shard_pass(tmp_path, partitions)
        assert found == expected
        assert checked(expected) == {(ID + "position/p1", "startDate", "")}


def test_a_value_typed_by_another_filing_clears_a_per_filing_violation(tmp_path):
    p, h = "<https://w3id.org/edgarkg/id/position/p2>", "<https://w3id.org/edgarkg/id/person/h2>"
    org = "<https://w3id.org/edgarkg/id/cik/32> a ekg:Company ; rdfs:label 'C' ."
    a = f"{p} a ekg:Position ; ekg:holder {h} ; ekg:title 'CFO' ; ekg:organization {org[:36]} . {org}"
    # h2 is untyped in a: sh:class ekg:Person fails there
    b = f"{h} a ekg:Person ; rdfs:label 'H2' ."
    c = "<https://w3id.org/edgarkg/id/address/x> a ekg:Address ; ekg:region 'IDF' ."  # stays broken
    found, expected, picked, _ = shard_pass(tmp_path, [{"a": a}, {"b": b, "c": c}])
    assert found == expected
    assert {v[0] for v in checked(expected)} == {ID + "address/x"}  # p2's holder is a Person after all
    assert picked.described == {ID + "position/p2", ID + "address/x"}  # flagged: looked at again


def test_resolution_renames_merge_a_named_org_into_its_cik(tmp_path):
    acme, beta = "<https://w3id.org/edgarkg/id/org/acme-corp>", "<https://w3id.org/edgarkg/id/org/beta-inc>"
    cik9, cik8 = "<https://w3id.org/edgarkg/id/cik/9>", "<https://w3id.org/edgarkg/id/cik/8>"
    a = f"""{acme} a ekg:Organization ; rdfs:label 'Acme Corp' ; ekg:lei 'ABCDEFGHIJKLMNOPQR12' .
        {cik8} a ekg:Company ; rdfs:label 'Beta' ; ekg:subsidiaryOf {acme} ."""
    b = f"""{cik9} a ekg:Company ; rdfs:label 'ACME CORP' ; ekg:lei 'ABCDEFGHIJKLMNOPQR34' ;
            ekg:subsidiaryOf {beta} .
        {beta} a ekg:Organization ; rdfs:label 'Beta Inc' ."""
    renames = {ID + "org/acme-corp": ID + "cik/9", ID + "org/beta-inc": ID + "cik/8"}
    found, expected, _, _ = shard_pass(tmp_path, [{"a": a}, {"b": b}], renames)
    assert found == expected
    # after resolution cik/9 has two LEIs, and cik/9 and cik/8 are each other's parents
    assert checked(expected) == {
        (ID + "cik/9", "lei", ""),
        *((ID + f"cik/{n}", "subsidiaryOf", CYCLE_SHAPE) for n in (8, 9)),
    }
    without, expected_without, _, _ = shard_pass(tmp_path, [{"a": a}, {"b": b}])
    assert without == expected_without and checked(expected_without) == set()  # no merge, no conflict


def test_one_cik_on_two_nodes_in_different_filings(tmp_path):
    a = "<https://w3id.org/edgarkg/id/cik/5> a ekg:Company ; rdfs:label 'F' ; ekg:cik '0000000005' ."
    b = "<https://w3id.org/edgarkg/id/lei/XYZ> a ekg:Company ; rdfs:label 'F' ; ekg:cik '0000000005' ."
    found, expected, _, _ = shard_pass(tmp_path, [{"a": a}, {"b": b}])
    assert found == expected
    assert checked(expected) == {(ID + "cik/5", "cik", CIK_SHAPE), (ID + "lei/XYZ", "cik", CIK_SHAPE)}


def test_shard_build_reports_the_store_builds_counts_and_violations(tmp_path):
    report = build_shards([CORPUS], tmp_path / "out", workers=2)
    db, whole = build([CORPUS], workers=1)
    for attr in ("companies", "people", "positions", "observations", "triples", "filings"):
        assert getattr(report, attr) == getattr(whole, attr), attr
    assert sorted(map(key, report.violations)) == sorted(map(key, whole.violations))
    expected = validate_graph(rdflib_graph(db), shapes_graph()).violations + corpus_rules(db)
    assert sorted(map(key, report.violations)) == sorted(map(key, expected))


def test_shapes_beyond_one_hop_get_every_shard_loaded(tmp_path):
    """No shortcut is exact for a shape that looks two hops away: the shard build loads everything."""
    deep = tmp_path / "deep.ttl"
    deep.write_text(
        PREFIXES
        + """@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:holder> a sh:NodeShape ; sh:property [ sh:path rdfs:label ; sh:minCount 2 ] .
        <urn:post> a sh:NodeShape ; sh:targetClass ekg:Position ;
          sh:property [ sh:path ekg:holder ; sh:node <urn:holder> ] ."""
    )
    report = build_shards([EXAMPLES], tmp_path / "out", workers=1, shapes=str(deep))
    db, _ = build([EXAMPLES], workers=1, validate=False)
    expected = validate_graph(rdflib_graph(db), shapes_graph(str(deep))).violations + corpus_rules(db)
    assert sorted(map(key, report.violations)) == sorted(map(key, expected))
    assert EKG + "holder" in {v.path for v in report.violations}  # holders with one label
    count = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a <{COMPANY}> }} }}"
    assert report.companies == int(next(iter(db.query(count)))["n"].value) > 0


def test_a_value_with_two_types_from_one_filing_is_not_judged_on_its_types_alone(tmp_path):
    """Only its types are loaded (as the value of a shared node): the union cannot change it."""
    p, x = "<https://w3id.org/edgarkg/id/position/p3>", "<https://w3id.org/edgarkg/id/cik/40>"
    c = "<https://w3id.org/edgarkg/id/cik/41>"
    post = f"{p} a ekg:Position ; ekg:holder {x} ; ekg:organization {c} ; ekg:title 'Trustee' ."
    a = f"{post} {x} a ekg:Person, ekg:Company ; rdfs:label 'X Trust' . {c} a ekg:Company ; rdfs:label 'C' ."
    b = f"{post} {c} a ekg:Company ; rdfs:label 'C' ."
    found, expected, picked, _ = shard_pass(tmp_path, [{"a": a}, {"b": b}])
    assert found == expected
    assert checked(expected) == set()
    assert picked.described == {ID + "position/p3", ID + "cik/41"}  # described twice; x only typed


def test_a_shard_line_becomes_its_triple_and_files_load_whole_lines(tmp_path):
    """The selection drops the graph name (the pass reads the union) and loads its files a block
    of whole lines at a time: a block boundary inside a line must not lose or break it."""
    from edgarkg.shared_nodes import _load_file, triple_line

    line = b'<http://x/s> <http://x/p> "a b <c> d"^^<http://x/dt> <http://x/g> .\n'
    assert triple_line(line) == b'<http://x/s> <http://x/p> "a b <c> d"^^<http://x/dt> .\n'
    lines = [f'<http://x/s{i}> <http://x/p> "value {i}" <http://x/g{i}> .\n'.encode() for i in range(200)]
    path = tmp_path / "kept.nt"
    path.write_bytes(b"".join(triple_line(x) for x in lines))
    store = ox.Store()
    _load_file(store, str(path), block=37)  # far shorter than a line
    assert len(store) == 200
    assert ox.Literal("value 199") in {q.object for q in store}
