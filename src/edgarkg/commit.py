"""Putting partition results into a store: whole partitions, already resolved.

A store build writes nothing until every partition is extracted; then entity
resolution runs over the new entity tables plus what the store keeps
(`store_renames`), and each partition's graphs go in, renamed, in one
transaction (`final_graphs`, `commit_graphs`), so a kill leaves each graph
old, or new and final. `Loader` is the plain variant a shard build uses for
its scratch validation store when the shapes look beyond one hop (with the
shipped shapes it loads only the shared part: `shared_nodes.select_shared`).
Apart from `pipeline` because this is the part that must be transactional,
and is easier to check on its own.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from edgarkg.stages import PartitionResult
from edgarkg.store import add_graphs, replace_graph
from edgarkg.validate import Violation


class Loader:
    """Loads partition shards into a store in input order; a filing already there is replaced.

    New graphs go in through the bulk loader (our own serialiser wrote them,
    so the lenient parser is safe); a graph that replaces one already in the
    store is replaced in one transaction, so an interrupted rebuild never
    leaves a filing half-replaced.
    """

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.seen: set[str] = set()
        self.violations: dict[str, list[Violation]] = {}

    def add(self, result: PartitionResult) -> None:
        for filing in result.filings:
            self.violations.pop(filing, None)
        self.violations.update(result.violations)
        if not result.filings:
            return
        again = {
            f for f in result.filings if f in self.seen or self.store.contains_named_graph(ox.NamedNode(f))
        }
        if not again:  # new graphs: the bulk loader (a transaction per load was 3x slower)
            with gzip.open(result.shard, "rb") as f:
                self.store.bulk_load(f, ox.RdfFormat.N_QUADS, lenient=True)
        else:
            from edgarkg.shards import read_quads

            graphs: dict[str, list[ox.Quad]] = defaultdict(list)
            for q in read_quads(result.shard):
                graphs[q.graph_name.value].append(q)
            for name, quads in graphs.items():
                if name in again:
                    replace_graph(self.store, ox.NamedNode(name), quads)
                else:
                    self.store.extend(quads)
        self.seen.update(result.filings)


def store_renames(store: ox.Store, results: list[PartitionResult], replaced: set[str]) -> dict[str, str]:
    """Resolution over the store as it will be: new graphs' entity tables plus the graphs kept.

    Each partition's table is merged into one and then dropped from its result:
    the driver holds the entity rows of the corpus once, not once per partition.
    """
    from edgarkg.entities import CIK_PREFIX, ORG_PREFIX, PREDICATES, EntityTable

    table = EntityTable()
    for result in results:
        table.update(result.entities)
        result.entities = EntityTable()
        result.org_mentions = {sys.intern(m) for m in result.org_mentions}  # shared with the table
    for predicate in PREDICATES:
        for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None):
            s, g = q.subject, q.graph_name
            if isinstance(g, ox.NamedNode) and g.value in replaced or not isinstance(s, ox.NamedNode):
                continue
            if s.value.startswith((CIK_PREFIX, ORG_PREFIX)):
                table.add(s.value, predicate, q.object.value, isinstance(q.object, ox.Literal))
    return table.renames()


def _renamed(quads: Iterable[ox.Quad], renames: dict[str, str], touched: set[str]) -> Iterator[ox.Quad]:
    """Quads with renamed nodes replaced; subjects whose values changed go into `touched`."""
    from edgarkg.shards import rename_quads

    for q in rename_quads(quads, renames):
        if isinstance(q.object, ox.NamedNode) and q.object.value in renames.values():
            touched.add(q.subject.value)
        yield q


def final_graphs(
    result: PartitionResult, keep: set[str], renames: dict[str, str], touched: set[str]
) -> dict[str, list[ox.Quad]]:
    """The partition's filing graphs as they go into the store: resolved, later duplicates dropped."""
    from edgarkg.shards import read_quads

    graphs: dict[str, list[ox.Quad]] = defaultdict(list)
    if not keep:  # nothing of it survives (or its worker failed and wrote nothing)
        return graphs
    quads: Iterable[ox.Quad] = (q for q in read_quads(result.shard) if q.graph_name.value in keep)
    if result.org_mentions & renames.keys():
        quads = _renamed(quads, renames, touched)
    for q in quads:
        graphs[q.graph_name.value].append(q)
    return graphs


def commit_graphs(store: ox.Store, graphs: dict[str, list[ox.Quad]]) -> None:
    """Put a partition's graphs in place of any old versions, in one transaction."""
    if not graphs:
        return
    existing = [g for g in graphs if store.contains_named_graph(ox.NamedNode(g))]
    if not existing:
        add_graphs(store, [q for quads in graphs.values() for q in quads])  # all or nothing
        return
    body = []
    for name, quads in graphs.items():
        triples = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES).decode()
        body.append(f"GRAPH <{name}> {{\n{triples}}}\n")
    drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in existing)
    store.update(f"{drops}INSERT DATA {{\n{''.join(body)}}}")


def rename_old_graphs(store: ox.Store, renames: dict[str, str], new: set[str]) -> set[str]:
    """Apply resolution to graphs this build kept, one transaction per graph; returns touched nodes."""
    graphs: set[ox.NamedNode] = set()
    for old in renames:
        node = ox.NamedNode(old)
        for q in (*store.quads_for_pattern(node, None, None), *store.quads_for_pattern(None, None, node)):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in new:
                graphs.add(q.graph_name)
    touched = set(renames.values())
    for graph in sorted(graphs, key=lambda g: g.value):
        quads = list(_renamed(store.quads_for_pattern(None, None, None, graph), renames, touched))
        replace_graph(store, graph, quads)
    return touched
