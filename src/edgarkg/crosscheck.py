"""The corpus-level SHACL pass: what only the merged graph can break, found with SPARQL.

Workers validate each filing's graph alone. Validating the merged graph with
pyshacl gives different answers only for nodes described in several graphs
(a company in every filing that names it, an observation repeated by the
10-Q and the 10-K): two filings may give one company two CIKs (sh:maxCount),
a start date in one and an earlier end date in another (sh:lessThanOrEquals),
and resolution may make a subsidiary its own parent (sh:disjoint). So:

1. From the shapes, derive one SPARQL query per constraint the union can
   break (maxCount, lessThan[OrEquals], disjoint, equals, xone, and a node
   given by two graphs types whose shapes differ); run them on the store with
   the union of the filing graphs as default graph. They return candidate
   focus nodes, never verdicts. Pairwise ones join DISTINCT sides: a node
   repeated by k filings costs k rows, not k².
2. Add the focus nodes the per-filing pass flagged (the union may clear or
   merge them) and the nodes resolution rewrote.
3. Validate the merged description of the candidates (their triples from
   every graph plus the types of what they point to; the compiled checks,
   which report what pyshacl does) and keep the results whose focus is a
   candidate. One hop means a candidate's verdict needs only its own
   description, so this goes in batches of `BATCH` nodes: memory stays
   bounded however many candidates a large corpus has.

For shapes whose constraints look one hop from the focus node (the shipped
shapes; `Plan.exact` checks it), this reports exactly what pyshacl reports on
the merged graph. Shapes that look further fall back to pyshacl on the whole
store as one rdflib graph — right, but slow. Two corpus rules SHACL Core
cannot state are checked too: no organisation is (indirectly) its own
subsidiary, and one CIK names one node.

A shard build runs all this on a store of only the nodes several graphs
describe (plus flagged and resolved ones) and a store of the rule triples;
`shared_nodes.select_shared` says what it loads and why that is still exact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.collection import Collection

from edgarkg.mapping.iris import EKG
from edgarkg.rdfio import rdflib_graph, to_rdflib
from edgarkg.shacl_compiled import validate_graph_fast
from edgarkg.validate import SH, Violation, order_key

CYCLE_SHAPE = "https://w3id.org/edgarkg/shapes#NoSubsidiaryCycle"
CIK_SHAPE = "https://w3id.org/edgarkg/shapes#OneNodePerCik"
_RDF_TYPE = ox.NamedNode(str(RDF.type))
BATCH = 2000  # candidate nodes described and validated at a time (a few MB of rdflib terms)

# Constraint parameters whose verdict on a node needs nothing beyond its own
# triples and the types of its values: adding other graphs' triples can only
# break them through the counting and pairwise ones, which step 1 queries.
_VALUE_WISE = {
    "datatype", "nodeKind", "pattern", "flags", "minLength", "maxLength", "minInclusive",
    "maxInclusive", "minExclusive", "maxExclusive", "in", "languageIn", "hasValue", "class",
}  # fmt: skip
_UNION_QUERIED = {"maxCount", "lessThan", "lessThanOrEquals", "disjoint", "equals"}
_DESCRIPTIVE = {"path", "name", "description", "message", "severity", "order", "group", "deactivated"}
_NODE_LEVEL = {"targetClass", "property", "or", "xone", "and"}


@dataclass
class Plan:
    """The SPARQL candidate queries derived from a shapes graph."""

    queries: list[str] = field(default_factory=list)
    unsupported: set[str] = field(default_factory=set)
    shapes_of_class: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def exact(self) -> bool:
        return not self.unsupported


def plan(shapes: Graph) -> Plan:
    """Candidate queries for every constraint of `shapes` the union of graphs can break."""
    result = Plan()
    for target in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
        for shape in shapes.subjects(target, None):
            result.unsupported.add(f"{shape}: a target other than sh:targetClass")
    shapes_of_class: dict[str, set[str]] = {}
    for shape in sorted(set(shapes.subjects(SH.targetClass, None)), key=str):
        targets = sorted(str(t) for t in shapes.objects(shape, SH.targetClass))
        for t in targets:
            shapes_of_class.setdefault(t, set()).add(str(shape))
        values = " ".join(f"<{t}>" for t in targets)
        _check_node_shape(shapes, shape, result)
        for prop in shapes.objects(shape, SH.property):
            path = shapes.value(prop, SH.path)
            if not isinstance(path, URIRef):
                result.unsupported.add(f"{shape}: a property path other than one IRI")
                continue
            _check_property_shape(shapes, prop, result)
            result.queries.extend(_property_queries(shapes, prop, path, values))
        for members in shapes.objects(shape, SH.xone):
            paths = [shapes.value(m, SH.path) for m in Collection(shapes, members)]
            if all(isinstance(p, URIRef) for p in paths) and len(paths) > 1:
                exists = " + ".join(f"IF(EXISTS {{ ?x <{p}> ?any{i} }}, 1, 0)" for i, p in enumerate(paths))
                head = f"SELECT DISTINCT ?x WHERE {{ VALUES ?t {{ {values} }} ?x a ?t ."
                result.queries.append(f"{head} FILTER(({exists}) > 1) }}")
    result.shapes_of_class = {c: frozenset(s) for c, s in shapes_of_class.items()}
    return result


def _property_queries(shapes: Graph, prop, path: URIRef, values: str) -> Iterable[str]:
    """Counting and pairwise constraints.

    The union repeats a triple once per graph that holds it: a plain join of
    two paths gives a node repeated by k filings k² rows (with the same
    observation in every copy of a replicated corpus, that was most of the
    corpus pass), so each side of a pair is made DISTINCT before the join.
    """
    head = f"SELECT DISTINCT ?x WHERE {{ VALUES ?t {{ {values} }} ?x a ?t ."
    max_count = shapes.value(prop, SH.maxCount)
    if max_count is not None:
        yield (
            f"{head} {{ SELECT ?x WHERE {{ ?x <{path}> ?v }} GROUP BY ?x "
            f"HAVING (COUNT(DISTINCT ?v) > {int(max_count)}) }} }}"
        )

    def side(p, var: str) -> str:
        return f"{{ SELECT DISTINCT ?x ?{var} WHERE {{ ?x <{p}> ?{var} }} }}"

    for param, op in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
        for other in shapes.objects(prop, param):
            yield f"{head} {side(path, 'a')} {side(other, 'b')} FILTER(!COALESCE(?a {op} ?b, false)) }}"
    for other in shapes.objects(prop, SH.disjoint):
        yield f"{head} {side(path, 'v')} {side(other, 'v')} }}"
    for other in shapes.objects(prop, SH.equals):
        yield (
            f"{head} {{ ?x <{path}> ?v FILTER NOT EXISTS {{ ?x <{other}> ?v }} }} UNION "
            f"{{ ?x <{other}> ?v FILTER NOT EXISTS {{ ?x <{path}> ?v }} }} }}"
        )


def _params(shapes: Graph, node) -> set[str]:
    return {str(p)[len(str(SH)) :] for p in shapes.predicates(node, None) if str(p).startswith(str(SH))}


def _check_property_shape(shapes: Graph, prop, result: Plan) -> None:
    extra = _params(shapes, prop) - _VALUE_WISE - _UNION_QUERIED - _DESCRIPTIVE - {"minCount", "or"}
    if extra:
        result.unsupported.add(f"{prop}: {', '.join(sorted(extra))}")
    for alternatives in shapes.objects(prop, SH["or"]):
        for alt in Collection(shapes, alternatives):
            if _params(shapes, alt) - _VALUE_WISE - _DESCRIPTIVE:
                result.unsupported.add(f"{prop}: sh:or over more than value checks")


def _check_node_shape(shapes: Graph, shape, result: Plan) -> None:
    extra = _params(shapes, shape) - _NODE_LEVEL - _DESCRIPTIVE - _VALUE_WISE
    if extra:
        result.unsupported.add(f"{shape}: {', '.join(sorted(extra))}")
    for param in ("or", "xone", "and"):
        for members in shapes.objects(shape, SH[param]):
            for m in Collection(shapes, members):
                if _params(shapes, m) - {"path", "minCount"} - _DESCRIPTIVE - _VALUE_WISE:
                    result.unsupported.add(f"{shape}: sh:{param} member beyond one-hop checks")


# -- running the pass -------------------------------------------------------------


def candidates(store: ox.Store, shapes: Graph) -> tuple[set[str], Plan]:
    """Focus nodes the union of the graphs may make non-conforming."""
    p = plan(shapes)
    found: set[str] = set()
    for query in p.queries:
        for row in store.query(query, use_default_graph_as_union=True):
            found.add(row["x"].value)
        release_memory()
    # a node typed C1 by one graph and C2 by another meets shapes neither graph applied
    classes = " ".join(f"<{c}>" for c in sorted(p.shapes_of_class))
    query = (
        f"SELECT ?x (GROUP_CONCAT(STR(?t); separator=' ') AS ?types) WHERE {{ VALUES ?t {{ {classes} }} "
        "?x a ?t } GROUP BY ?x HAVING (COUNT(?t) > 1)"
    )
    for row in store.query(query, use_default_graph_as_union=True) if classes else ():
        if len({p.shapes_of_class[t] for t in row["types"].value.split()}) > 1:
            found.add(row["x"].value)
    release_memory()
    return found, p


_trim: Callable[[int], int] | bool | None = None  # glibc's malloc_trim, once looked up


def release_memory() -> None:
    """Give the heap the last query freed back to the system.

    A GROUP BY over every node of a class (the maxCount queries) allocates in
    proportion to the corpus and frees it when done, but glibc keeps the freed
    pages: without this the end phase stays at its highest query's footprint
    (measured at 10,000 documents: 270 MB resident, 115 MB after trimming).
    """
    global _trim
    if _trim is None:
        try:
            import ctypes

            _trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # not glibc: nothing to trim
            _trim = False
    if _trim:
        _trim(0)


def describe(store: ox.Store, nodes: Iterable[str]) -> Graph:
    """The merged description of `nodes`: their triples in every graph, and their values' types."""
    graph = Graph()
    typed: set[str] = set()
    for value in nodes:
        node = ox.NamedNode(value) if not value.startswith("_:") else ox.BlankNode(value[2:])
        for q in store.quads_for_pattern(node, None, None, None):
            graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
            o = q.object
            if isinstance(o, ox.NamedNode | ox.BlankNode) and o.value not in typed:
                typed.add(o.value)
                for t in store.quads_for_pattern(o, _RDF_TYPE, None, None):
                    graph.add((to_rdflib(o), RDF.type, to_rdflib(t.object)))
    return graph


def corpus_violations(
    store: ox.Store,
    shapes: Graph,
    flagged: Iterable[str] = (),
    rules: ox.Store | None = None,
    described: set[str] | None = None,
) -> tuple[list[Violation], int]:
    """Violations of the merged graph in `store`; `flagged` are nodes to look at again.

    When `store` holds only part of the corpus (`select_shared`), `rules`
    holds the triples `corpus_rules` reads and `described` the nodes whose
    whole description is there (the others are there only as typed values,
    and conform in the union: no candidate). Returns the violations and how
    many candidate nodes were re-validated.
    """
    found, p = candidates(store, shapes)
    if described is not None and p.exact:
        found &= described
    if not p.exact:  # shapes that look beyond one hop: no shortcut is exact
        violations = validate_graph_fast(rdflib_graph(store), shapes).violations
        return violations + corpus_rules(store), len(found)
    found.update(flagged)
    violations: list[Violation] = []
    nodes = sorted(found)
    for start in range(0, len(nodes), BATCH):
        batch = set(nodes[start : start + BATCH])
        report = validate_graph_fast(describe(store, batch), shapes)
        violations.extend(v for v in report.violations if v.focus in batch)
    violations.sort(key=order_key)
    return violations + corpus_rules(store if rules is None else rules), len(found)


def corpus_rules(store: ox.Store) -> list[Violation]:
    """The rules SHACL Core cannot state: no subsidiary cycles; one node per CIK."""
    import networkx as nx

    edges = nx.DiGraph()
    query = f"SELECT DISTINCT ?c ?p WHERE {{ ?c <{EKG.subsidiaryOf}> ?p }}"
    for row in store.query(query, use_default_graph_as_union=True):
        edges.add_edge(row["c"].value, row["p"].value)
    out = []
    for component in nx.strongly_connected_components(edges):
        if len(component) == 1 and not edges.has_edge(*(next(iter(component)),) * 2):
            continue
        cycle = " → ".join(sorted(component))
        for node in sorted(component):
            out.append(
                Violation(
                    focus=node,
                    path=str(EKG.subsidiaryOf),
                    severity="Violation",
                    shape=CYCLE_SHAPE,
                    message=f"An organisation cannot be its own (indirect) subsidiary: cycle among {cycle}.",
                    filing=None,
                )  # fmt: skip
            )
    query = (
        "SELECT ?cik (GROUP_CONCAT(DISTINCT STR(?x); separator=' ') AS ?nodes) "
        f"WHERE {{ ?x <{EKG.cik}> ?cik }} GROUP BY ?cik HAVING (COUNT(DISTINCT ?x) > 1)"
    )
    for row in store.query(query, use_default_graph_as_union=True):
        for node in sorted(row["nodes"].value.split()):
            out.append(
                Violation(
                    focus=node,
                    path=str(EKG.cik),
                    severity="Violation",
                    shape=CIK_SHAPE,
                    message=f"The CIK {row['cik'].value} names several nodes: {row['nodes'].value}.",
                    filing=None,
                    value=row["cik"].value,
                )  # fmt: skip
            )
    out.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return out
