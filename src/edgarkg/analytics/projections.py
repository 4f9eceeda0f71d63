"""Projections of the RDF graph onto networkx graphs.

Four views answer most analytic questions about companies and people:

- `ownership_graph`: company → subsidiary (`ekg:subsidiaryOf` read downwards),
  with jurisdiction, percentage and source filings on each edge;
- `positions_graph`: the person–organisation bipartite graph, one edge per
  `ekg:Position` (title, role, dates, source filings);
- `interlock_graph`: organisation–organisation, linked when they share people
  (board and officer interlocks), weighted by how many;
- `filing_graph`: filing → filer / issuer / subject company / reporting owner /
  filed-by.

Node ids are the entities' IRIs (and each node and edge keeps the IRIs it
came from as attributes), so any result goes straight back into SPARQL.
Attributes are only set when known: GraphML and GEXF cannot store None.
Everything is read with SPARQL over the union of the filing graphs; the same
fact stated by several filings makes one edge that lists every filing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox

EKG = "https://w3id.org/edgarkg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV = "http://www.w3.org/ns/prov#"
PREFIXES = f"""PREFIX ekg: <{EKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

_LABEL = ox.NamedNode(RDFS_LABEL)
_ALIAS = ox.NamedNode(EKG + "alias")
_CIK = ox.NamedNode(EKG + "cik")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_KINDS = (  # first match wins: a Company is an Organization too
    (ox.NamedNode(EKG + "Person"), "person"),
    (ox.NamedNode(EKG + "Filing"), "filing"),
    (ox.NamedNode(EKG + "Organization"), "organization"),
)
FILING_ROLES = ("filer", "issuer", "subjectCompany", "reportingOwner", "filedBy")


class CompanyNotFound(LookupError):
    """The text names no organisation in the graph, or several equally well."""


def select(db: ox.Store, sparql: str) -> Iterator[ox.QuerySolution]:
    """SPARQL SELECT over the union of every graph in the store."""
    return db.query(PREFIXES + sparql, use_default_graph_as_union=True)  # type: ignore[return-value]


def _v(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str | None:
    return None if term is None else term.value


def best_label(labels: Counter[str], aliases: Iterable[str] = ()) -> str | None:
    """The display name of a node: the name most of its labels and aliases agree with.

    A node's labels come one per filing (each filing's first mention), and a
    mention merged by mistake can put another company's name among them; the
    name whose normalised form the most labels and aliases share ("Ford Motor
    Company" ~ "FORD MOTOR CO" ~ "Ford Motor") wins over a stray one ("Ford
    Holdings, Inc."), written in mixed case where some spelling is ("Ford Motor
    Company" over EDGAR's "FORD MOTOR CO"); then labels over aliases, the most
    often seen, the longest.
    """
    if not labels:
        return None
    aliases = list(aliases)
    if len(labels) == 1 and not aliases:
        return next(iter(labels))
    votes = Counter(_base(n) for n in [*labels.elements(), *aliases])
    candidates = set(labels) | set(aliases)
    return max(candidates, key=lambda s: (votes[_base(s)], s != s.upper(), s in labels, labels[s], len(s), s))


@lru_cache(maxsize=65536)
def _base(name: str) -> str:
    from edgarkg.mapping.iris import normalise_org_name

    return normalise_org_name(name) or name.lower()


def describe(db: ox.Store, graph: nx.Graph, nodes: Iterable[str] | None = None) -> None:
    """Set `iri`, `label`, `kind` and `cik` on nodes from the store (where known)."""
    for node in list(graph.nodes if nodes is None else nodes):
        attrs = graph.nodes[node]
        term = ox.NamedNode(node)
        attrs["iri"] = node
        if "kind" not in attrs:
            types = {q.object for q in db.quads_for_pattern(term, _TYPE, None)}
            attrs["kind"] = next((k for t, k in _KINDS if t in types), "other")
        labels = Counter(q.object.value for q in db.quads_for_pattern(term, _LABEL, None))
        aliases = [q.object.value for q in db.quads_for_pattern(term, _ALIAS, None)]
        label = best_label(labels, aliases)
        attrs["label"] = label if label is not None else node.rsplit("/", 1)[-1]
        cik = next(db.quads_for_pattern(term, _CIK, None), None)
        if cik is not None:
            attrs["cik"] = cik.object.value


def _properties(db: ox.Store, cls: str, properties: Iterable[str]) -> dict[str, dict[str, set[str]]]:
    """Instances of `cls` (an ekg class) → property local name (and "wasDerivedFrom") → values.

    Read property by property from the store's indexes: over the union of the
    filing graphs a fact repeated by several filings would multiply the rows of a
    SPARQL pattern with one OPTIONAL per property, and a VALUES join is slower still."""
    members = {q.subject for q in db.quads_for_pattern(None, _TYPE, ox.NamedNode(EKG + cls))}
    found: dict[str, dict[str, set[str]]] = {s.value: defaultdict(set) for s in members}
    for name, iri in [*((p, EKG + p) for p in properties), ("wasDerivedFrom", PROV + "wasDerivedFrom")]:
        for q in db.quads_for_pattern(None, ox.NamedNode(iri), None):
            if q.subject in members:
                found[q.subject.value][name].add(q.object.value)
    return found


def _listed(values: Iterable[str | None]) -> list[str]:
    return sorted({v for v in values if v})


# -- ownership ------------------------------------------------------------


def ownership_graph(db: ox.Store) -> nx.DiGraph:
    """Company → subsidiary, with what the qualified `ekg:SubsidiaryRelation` adds."""
    edges: dict[tuple[str, str], dict[str, set[str]]] = {}
    for row in select(
        db,
        """SELECT DISTINCT ?parent ?child WHERE {
          ?child ekg:subsidiaryOf ?parent . FILTER (isIRI(?parent) && isIRI(?child) && ?parent != ?child)
        }""",
    ):
        edges[(row["parent"].value, row["child"].value)] = defaultdict(set)
    relations = _properties(db, "SubsidiaryRelation", ("parent", "child", "jurisdiction", "ownershipPercent"))
    for rel, seen in relations.items():
        for parent in seen["parent"]:
            for child in seen["child"]:
                if (parent, child) in edges:
                    edge = edges[(parent, child)]
                    edge["rel"].add(rel)
                    edge["jur"] |= seen["jurisdiction"]
                    edge["pct"] |= seen["ownershipPercent"]
                    edge["filing"] |= seen["wasDerivedFrom"]
    graph = nx.DiGraph(projection="ownership")
    for (parent, child), seen in edges.items():
        attrs: dict[str, object] = {"filings": _listed(seen["filing"])}
        if seen["rel"]:
            attrs["relation"] = min(seen["rel"])
        if seen["jur"]:
            attrs["jurisdiction"] = min(seen["jur"])
        if seen["pct"]:
            attrs["percent"] = max(float(p) for p in seen["pct"])
        graph.add_edge(parent, child, **attrs)
    describe(db, graph)
    return graph


def longest_depths(dag: nx.DiGraph, top: object) -> dict[object, int]:
    """Steps from `top` to each node below it, along the longest chain.

    Filings state ownership at several levels at once: an Exhibit 21 puts Ford
    Life under American Road under Ford Holdings, a 10-K's prose calls American
    Road a subsidiary of Ford. The longest chain is the most specific statement,
    so that is where a company sits (the shorter links are implied by it)."""
    below = nx.descendants(dag, top) | {top}
    depth = {top: 0}
    for node in nx.topological_sort(dag.subgraph(below)):
        if node != top:
            depth[node] = 1 + max(depth[p] for p in dag.predecessors(node) if p in depth)
    return depth


def ownership_tree(graph: nx.DiGraph, root: str, max_depth: int | None = None) -> nx.DiGraph:
    """The subsidiaries below `root` as a tree, edge data kept.

    A company stated under two parents of the group hangs under the one on the
    longer chain (see `longest_depths`); where the filings state a cycle, breadth
    first order decides instead."""
    below = graph.subgraph(nx.descendants(graph, root) | {root})
    if nx.is_directed_acyclic_graph(below):
        depth = longest_depths(below, root)
    else:
        depth = nx.single_source_shortest_path_length(below, root)
    tree = nx.DiGraph()
    tree.add_node(root, **graph.nodes[root], depth=0)
    for node in sorted(depth, key=lambda n: (depth[n], str(graph.nodes[n].get("label", n)))):
        if node == root or (max_depth is not None and depth[node] > max_depth):
            continue
        parents = [p for p in below.predecessors(node) if p in tree and depth[p] == depth[node] - 1]
        if not parents:
            continue
        parent = min(parents, key=lambda p: (str(graph.nodes[p].get("label", p)), p))
        tree.add_node(node, **graph.nodes[node], depth=depth[node])
        tree.add_edge(parent, node, **graph.edges[parent, node])
    return tree


# -- people -----------------------------------------------------------------


def positions_graph(db: ox.Store, roles: Iterable[str] | None = None) -> nx.MultiGraph:
    """Person — organisation, one edge per position (key: the position's IRI).

    `roles` keeps only positions with one of these normalised roles
    ("director", "officer", "ceo", ...)."""
    wanted = {r.lower() for r in roles} if roles else None
    found = _properties(db, "Position", ("holder", "organization", "title", "role", "startDate", "endDate"))
    graph = nx.MultiGraph(projection="positions")
    for position, seen in found.items():
        if wanted is not None and not (seen["role"] & wanted):
            continue
        attrs: dict[str, object] = {"position": position, "filings": _listed(seen["wasDerivedFrom"])}
        for key in ("title", "role"):
            if seen[key]:
                attrs[key] = min(seen[key])
        if seen["startDate"]:
            attrs["start"] = min(seen["startDate"])
        if seen["endDate"]:
            attrs["end"] = max(seen["endDate"])
        for person in seen["holder"]:  # a Position has one holder and one organisation
            for org in seen["organization"]:
                graph.add_node(person, kind="person", bipartite=0)
                graph.add_node(org, kind="organization", bipartite=1)
                graph.add_edge(person, org, key=position, **attrs)
    describe(db, graph)
    return graph


def interlocks_from_positions(positions: nx.MultiGraph) -> nx.Graph:
    """Organisations linked by the people they share; `weight` counts those people."""
    graph = nx.Graph(projection="interlocks")
    for person, attrs in positions.nodes(data=True):
        if attrs.get("kind") != "person":
            continue
        orgs = sorted(set(positions.neighbors(person)))
        for i, a in enumerate(orgs):
            for b in orgs[i + 1 :]:
                if not graph.has_edge(a, b):
                    graph.add_edge(a, b, people=[], names=[])
                edge = graph.edges[a, b]
                edge["people"].append(person)
                edge["names"].append(attrs.get("label", person))
    for _a, _b, edge in graph.edges(data=True):
        edge["weight"] = len(edge["people"])
    for node in graph.nodes:
        graph.nodes[node].update(positions.nodes[node])
    return graph


def interlock_graph(db: ox.Store, roles: Iterable[str] | None = None) -> nx.Graph:
    """Organisation — organisation through shared people (see `interlocks_from_positions`)."""
    return interlocks_from_positions(positions_graph(db, roles))


# -- filings ------------------------------------------------------------------


def filing_graph(db: ox.Store) -> nx.MultiDiGraph:
    """Filing → each party it names, one edge per role (key: the role's local name)."""
    graph = nx.MultiDiGraph(projection="filings")
    for row in select(
        db,
        """SELECT DISTINCT ?filing ?form ?date ?accession WHERE {
          ?filing a ekg:Filing .
          OPTIONAL { ?filing ekg:formType ?form }
          OPTIONAL { ?filing ekg:filingDate ?date }
          OPTIONAL { ?filing ekg:accessionNumber ?accession }
        }""",
    ):
        attrs = {"kind": "filing"}
        for key, name in (("form", "form_type"), ("date", "filing_date"), ("accession", "accession")):
            if row[key] is not None:
                attrs[name] = row[key].value
        graph.add_node(row["filing"].value, **attrs)
    roles = " ".join(f"ekg:{r}" for r in FILING_ROLES)
    for row in select(
        db,
        f"""SELECT DISTINCT ?filing ?p ?party WHERE {{
          VALUES ?p {{ {roles} }}
          ?filing ?p ?party . FILTER (isIRI(?party))
        }}""",
    ):
        role = row["p"].value.removeprefix(EKG)
        graph.add_edge(row["filing"].value, row["party"].value, key=role, role=role, property=row["p"].value)
    for node, attrs in graph.nodes(data=True):
        if attrs.get("kind") == "filing":
            which = attrs.get("accession") or attrs.get("filing_date") or node.rsplit("/", 1)[-1][:15] + "…"
            attrs["label"] = f"{attrs.get('form_type', 'filing')} {which}"
            attrs["iri"] = node
    describe(db, graph, [n for n, a in graph.nodes(data=True) if a.get("kind") != "filing"])
    return graph


PROJECTIONS: dict[str, Callable[[ox.Store], nx.Graph]] = {
    "ownership": ownership_graph,
    "positions": positions_graph,
    "interlocks": interlock_graph,
    "filings": filing_graph,
}


def project(db: ox.Store, name: str) -> nx.Graph:
    """The projection called `name` (one of PROJECTIONS)."""
    try:
        return PROJECTIONS[name](db)
    except KeyError:
        raise ValueError(f"no projection {name!r}; available: {', '.join(PROJECTIONS)}") from None


# -- finding a company ------------------------------------------------------------


def _fold(text: str) -> str:
    from edgarkg.mapping.iris import fold

    return fold(text)


def find_company(db: ox.Store, text: str) -> str:
    """The IRI of the organisation `text` names: an IRI, a CIK, or a name / alias.

    A name matches case- and punctuation-insensitively, first exactly, then with
    the legal form dropped ("Ford Motor" ~ "FORD MOTOR CO"). Where several
    organisations match equally, one with a CIK wins; if that still leaves more
    than one, CompanyNotFound lists them.
    """
    text = text.strip()
    if not text:
        raise CompanyNotFound("no company given")
    if re.match(r"^https?://", text):
        if next(db.quads_for_pattern(ox.NamedNode(text), None, None), None) is None:
            raise CompanyNotFound(f"{text} is not in the graph")
        return text
    if text.isdigit() and len(text) <= 10:
        cik = ox.Literal(text.zfill(10))
        for q in db.quads_for_pattern(None, _CIK, cik):
            if isinstance(q.subject, ox.NamedNode) and _is_org(db, q.subject):
                return q.subject.value
        raise CompanyNotFound(f"no organisation with CIK {text.zfill(10)} in the graph")
    from edgarkg.mapping.iris import normalise_org_name

    wanted, wanted_base = _fold(text), normalise_org_name(text)
    exact: set[str] = set()
    loose: set[str] = set()
    for row in select(
        db,
        """SELECT DISTINCT ?org ?name WHERE {
          ?org a ekg:Organization . { ?org rdfs:label ?name } UNION { ?org ekg:alias ?name }
        }""",
    ):
        name = row["name"].value
        if _fold(name) == wanted:
            exact.add(row["org"].value)
        elif wanted_base and normalise_org_name(name) == wanted_base:
            loose.add(row["org"].value)
    for found in (exact, loose):
        if len(found) > 1:
            with_cik = {n for n in found if next(db.quads_for_pattern(ox.NamedNode(n), _CIK, None), None)}
            found = with_cik or found
        if len(found) == 1:
            return next(iter(found))
        if found:
            raise CompanyNotFound(f"{text!r} names several organisations: {', '.join(sorted(found))}")
    raise CompanyNotFound(f"no organisation named {text!r} in the graph (try its CIK or IRI)")


def _is_org(db: ox.Store, node: ox.NamedNode) -> bool:
    return next(db.quads_for_pattern(node, _TYPE, _KINDS[2][0]), None) is not None
