"""SHACL validation with the shipped shapes: pyshacl, the reference.

`validate_graph` runs pyshacl on an rdflib graph (never a pyoxigraph store:
given one it reported wrong violations and ran slowly, DESIGN.md §7). The
build validates each filing with the same shapes compiled to plain-Python
checks (`edgarkg.shacl_compiled`), which must report what this does. Each
violation names the filing it comes from, so a report can send a person back
to the source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import PROV

from edgarkg.resources import SHAPES, read_text

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str
    shape: str | None
    filing: str | None
    value: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation]
    results_graph: Graph | None = None

    def text(self) -> str:
        if self.conforms:
            return "Conforms: the graph satisfies every shape."
        lines = [f"{len(self.violations)} violation(s):"]
        for v in self.violations:
            where = f" (filing {v.filing})" if v.filing else ""
            path = f" {v.path}:" if v.path else ""
            value = f" [value {v.value}]" if v.value else ""
            lines.append(f"- {v.severity} {v.focus}{where}:{path} {v.message}{value}")
        return "\n".join(lines)


@lru_cache(maxsize=4)
def shapes_graph(path: str | None = None) -> Graph:
    g = Graph()
    if path:
        g.parse(path)
    else:
        g.parse(data=read_text(SHAPES), format="turtle")
    return g


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate one rdflib graph (a filing's, or a merged one) against the shapes."""
    from pyshacl import validate  # 0.5 s to import: only when validating

    shapes = shapes if shapes is not None else shapes_graph()
    conforms, results, _ = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        filing = data.value(focus, PROV.wasDerivedFrom) if isinstance(focus, URIRef) else None
        if filing is None and (focus, RDF.type, URIRef("https://w3id.org/edgarkg/ontology#Filing")) in data:
            filing = focus
        severity = results.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=str(focus),
                path=_str(results.value(result, SH.resultPath)),
                message=_str(results.value(result, SH.resultMessage)) or "violates a shape",
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                shape=_str(results.value(result, SH.sourceShape)),
                filing=_str(filing),
                value=_str(results.value(result, SH.value)),
            )
        )
    violations.sort(key=order_key)
    return ValidationReport(bool(conforms), violations, results)


def order_key(v: Violation) -> tuple[str, ...]:
    return (v.filing or "", v.focus, v.path or "", v.message, v.value or "", v.shape or "", v.severity)


def _str(term: object) -> str | None:
    return None if term is None else str(term)
