"""Writing projections for other tools: GraphML, GEXF (Gephi), node-link JSON, CSV edge lists.

GraphML and GEXF store scalar attributes only, so list attributes (the filings
behind an edge, the people behind an interlock) are written joined by " | ";
node-link JSON keeps them as lists. Node ids stay the entities' IRIs in every
format. Files are written atomically (a failed export leaves no half file).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import networkx as nx

from edgarkg.rdfio import atomic_output

FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".csv": "csv"}
LIST_SEPARATOR = " | "


class UnknownExportFormat(ValueError):
    pass


def format_of(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The export format named by `fmt`, else by the file's extension."""
    if fmt:
        if fmt not in FORMATS.values():
            raise UnknownExportFormat(
                f"unknown export format {fmt!r}; use one of {', '.join(FORMATS.values())}"
            )
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UnknownExportFormat(
            f"cannot tell the export format of {os.fspath(path)!r}: use an extension "
            f"({', '.join(FORMATS)}) or --format"
        )
    return FORMATS[suffix]


def _scalar(value: object) -> object:
    if isinstance(value, list | tuple | set | frozenset):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def flat(graph: nx.Graph) -> nx.Graph:
    """A copy whose graph, node and edge attributes are all scalars (None dropped)."""
    out = graph.__class__()
    out.graph.update({k: _scalar(v) for k, v in graph.graph.items() if v is not None})
    out.add_nodes_from(
        (n, {k: _scalar(v) for k, v in d.items() if v is not None}) for n, d in graph.nodes(data=True)
    )
    if graph.is_multigraph():
        for u, v, key, d in graph.edges(keys=True, data=True):
            out.add_edge(u, v, key=key, **{k: _scalar(x) for k, x in d.items() if x is not None})
    else:
        for u, v, d in graph.edges(data=True):
            out.add_edge(u, v, **{k: _scalar(x) for k, x in d.items() if x is not None})
    return out


def node_link(graph: nx.Graph) -> dict[str, object]:
    """d3 / Cytoscape-ready node-link data (nodes, edges; ids are IRIs)."""
    return nx.node_link_data(graph, edges="edges")


def read_node_link(path: str | os.PathLike) -> nx.Graph:
    with open(path, encoding="utf-8") as f:
        return nx.node_link_graph(json.load(f), edges="edges")


def export_graph(graph: nx.Graph, path: str | os.PathLike, fmt: str | None = None) -> str:
    """Write `graph` to `path`; returns the format used."""
    fmt = format_of(path, fmt)
    with atomic_output(path) as tmp:
        if fmt == "graphml":
            nx.write_graphml(flat(graph), tmp, named_key_ids=True)
        elif fmt == "gexf":
            nx.write_gexf(flat(graph), tmp)
        elif fmt == "json":
            tmp.write_text(json.dumps(node_link(graph), indent=1, ensure_ascii=False, default=str), "utf-8")
        else:
            _write_csv(graph, tmp)
    return fmt


def _write_csv(graph: nx.Graph, path: Path) -> None:
    """One row per edge: its ends (IRIs and names), its key if any, then its attributes."""
    g = flat(graph)
    multi = g.is_multigraph()
    edges = (
        list(g.edges(keys=True, data=True)) if multi else [(u, v, None, d) for u, v, d in g.edges(data=True)]
    )
    names = sorted({k for *_, d in edges for k in d})
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(
            ["source", "target", "source_label", "target_label", *(["key"] if multi else []), *names]
        )
        for u, v, key, d in edges:
            row = [u, v, g.nodes[u].get("label", ""), g.nodes[v].get("label", "")]
            writer.writerow([*row, *([key] if multi else []), *(d.get(n, "") for n in names)])
