"""The mapper's term form: plain Python values for RDF terms, and their conversions.

IRIs are plain `str`; a literal is a tuple (lexical form, datatype IRI), a
plain string having datatype xsd:string. rdflib terms cost a few µs each and
an rdflib Graph ~15 µs per `add`, which made mapping slower than extraction;
this form is what the mapper writes, the compiled SHACL checks read
(edgarkg.shacl_compiled) and the build serialises straight to N-Quads.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV

# Validation adds (lexical, xsd:string, None) for a literal typed
# xsd:string explicitly, (lexical, rdf:langString, tag) for a tagged one and
# `Blank` for blank nodes, which only graphs from elsewhere carry.
Term = str | tuple[str, ...]
Triple = tuple[str, str, Term]

XSD_STRING = str(XSD.string)
XSD_BOOLEAN = str(XSD.boolean)
XSD_DATE = str(XSD.date)
XSD_DECIMAL = str(XSD.decimal)
XSD_INTEGER = str(XSD.integer)
RDF_LANGSTRING = str(RDF.langString)
TYPE = str(RDF.type)
LABEL = str(RDFS.label)
DERIVED_FROM = str(PROV.wasDerivedFrom)
GENERATED_BY = str(PROV.wasGeneratedBy)


class Blank(str):
    """A blank node's id, told apart from an IRI by its type."""

    __slots__ = ()


def to_rdflib_term(term: Term) -> URIRef | BNode | Literal:
    if type(term) is str:
        return URIRef(term)
    if isinstance(term, Blank):
        return BNode(term)
    if len(term) == 3:
        lexical, datatype, lang = term
        return Literal(lexical, lang=lang) if lang else Literal(lexical, datatype=XSD.string)
    lexical, datatype = term
    return Literal(lexical) if datatype == XSD_STRING else Literal(lexical, datatype=URIRef(datatype))


def from_rdflib_term(term: object) -> Term:
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return Blank(term)
    if isinstance(term, Literal):
        lexical = str(term)
        if term.language:
            return (lexical, RDF_LANGSTRING, term.language)
        if term.datatype is None:
            return (lexical, XSD_STRING)
        if term.datatype == XSD.string:
            return (lexical, XSD_STRING, None)
        return (lexical, str(term.datatype))
    raise TypeError(f"not an RDF term: {term!r}")


@dataclass
class FilingTriples:
    """One filing's graph in the mapper's term form: its IRI and its triples, in order."""

    iri: str
    triples: dict[Triple, None]

    def __len__(self) -> int:
        return len(self.triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self.triples)

    def to_rdflib(self) -> Graph:
        graph = Graph()
        terms: dict[Term, URIRef | BNode | Literal] = {}
        for triple in self.triples:
            graph.add(tuple(terms.get(t) or terms.setdefault(t, to_rdflib_term(t)) for t in triple))
        return graph

    def quads(self, graph_name: str | None = None) -> list[ox.Quad]:
        """The triples as quads in the named graph (the filing's by default)."""
        return list(ox.parse(self.nquads(graph_name), format=ox.RdfFormat.N_QUADS))

    def nquads(self, graph_name: str | None = None) -> bytes:
        """N-Quads of the triples in the named graph (the filing's by default).

        Each distinct term becomes a pyoxigraph term once, which checks the IRI
        and writes the term in N-Triples syntax; lines are joined from those.
        Building an `ox.Quad` per triple costs 3-4 µs, five times the rest.
        """
        text: dict[Term, str] = {}

        def nt(t: Term) -> str:
            s = text.get(t)
            if s is None:
                if type(t) is tuple:
                    s = text[t] = str(_ox_literal(t))
                else:
                    s = text[t] = str(ox.BlankNode(t) if isinstance(t, Blank) else ox.NamedNode(t))
            return s

        g = f" {nt(graph_name or self.iri)} .\n"
        return "".join([f"{nt(s)} {nt(p)} {nt(o)}{g}" for s, p, o in self.triples]).encode()


def _ox_literal(term: tuple[str, ...]) -> ox.Literal:
    if len(term) == 3 and term[2]:
        return ox.Literal(term[0], language=term[2])
    if term[1] == XSD_STRING:
        return ox.Literal(term[0])
    return ox.Literal(term[0], datatype=ox.NamedNode(term[1]))
