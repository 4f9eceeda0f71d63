"""Reading and writing RDF files: formats by extension, atomic writes.

pyoxigraph does the heavy lifting (30–40× faster than rdflib on whole graphs);
rdflib graphs only ever hold one filing. Graph formats (Turtle, N-Triples)
get the union of the named graphs; dataset formats (N-Quads, TriG, JSON-LD)
keep one named graph per filing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
}
DATASET_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD}

PREFIXES = {
    "ekg": "https://w3id.org/edgarkg/ontology#",
    "id": "https://w3id.org/edgarkg/id/",
    "concept": "https://w3id.org/edgarkg/concept/",
    "unit": "http://qudt.org/vocab/unit/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class UnknownFormat(ValueError):
    pass


def format_for(path: str | os.PathLike) -> ox.RdfFormat:
    name = str(path).lower()
    for ext, fmt in FORMATS.items():
        if name.endswith(ext):
            return fmt
    raise UnknownFormat(f"cannot tell the RDF format of {path!s}: use one of {', '.join(FORMATS)}")


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[Path]:
    """Yields a temporary path beside `path`; renames it over `path` only on success.

    A crash or kill mid-write leaves the previous file untouched.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # as an ordinary new file would be, not mkstemp's 0600
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_store(store: ox.Store, path: str | os.PathLike, fmt: ox.RdfFormat | None = None) -> None:
    """Serialise a whole store to `path` atomically, union for graph formats."""
    fmt = fmt or format_for(path)
    with atomic_output(path) as tmp:
        if fmt in DATASET_FORMATS:
            store.dump(str(tmp), fmt, prefixes=PREFIXES if fmt is not ox.RdfFormat.N_QUADS else None)
        else:
            triples = {q.triple for q in store}
            ox.serialize(sorted(triples, key=str), str(tmp), fmt, prefixes=_prefixes(fmt))


def _prefixes(fmt: ox.RdfFormat) -> dict[str, str] | None:
    return PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None


def load_into(store: ox.Store, paths: Iterable[str | os.PathLike]) -> None:
    """Parse RDF files into `store`; triples of graph formats go to the default graph."""
    for path in paths:
        fmt = format_for(path)
        with open(path, "rb") as f:
            store.bulk_load(f, fmt)


# -- rdflib <-> pyoxigraph ---------------------------------------------------


def to_ox(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> URIRef | BNode | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def graph_quads(graph: Graph, name: URIRef) -> Iterator[ox.Quad]:
    g = ox.NamedNode(str(name))
    for s, p, o in graph:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)


def rdflib_graph(quads: Iterable[ox.Quad]) -> Graph:
    """The union of quads as one rdflib graph (for pyshacl and the public API)."""
    graph = Graph()
    for q in quads:
        graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph
