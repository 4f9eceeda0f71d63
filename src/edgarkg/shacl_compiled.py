"""The shipped SHACL shapes compiled to plain-Python checks over the mapper's triples.

pyshacl spends ~80 ms on a filing graph of ~1,200 triples, nearly all of it
walking rdflib's store and comparing terms; building its shapes structures
once per process instead of per call gains nothing (measured). The shapes
compile instead to checks over a dict index of the mapper's plain triples
(edgarkg.mapping.triples term form), ~25x faster. Only the SHACL Core features
listed in `_PARAMETERS` compile, each with pyshacl's semantics, down to its
messages, values and quirks; shapes using anything else, and data graphs with
rdfs:subClassOf (class targets would then follow subclasses), go to pyshacl.
tests/test_fast_paths.py holds this to pyshacl on the corpus and every fixture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV

from edgarkg.mapping.triples import XSD_STRING, Blank, FilingTriples, Term, from_rdflib_term, to_rdflib_term
from edgarkg.validate import SH, ValidationReport, Violation, order_key, shapes_graph, validate_graph

_SH = str(SH)
_TYPE = str(RDF.type)
_DERIVED_FROM = str(PROV.wasDerivedFrom)
_FILING = "https://w3id.org/edgarkg/ontology#Filing"
_SUBCLASS = str(RDFS.subClassOf)
_CONSTRAINTS = frozenset(
    SH[n]
    for n in [
        "minCount", "maxCount", "datatype", "nodeKind", "pattern", "minLength", "maxLength", "class", "or",
        "xone", "minInclusive", "maxInclusive", "lessThanOrEquals", "disjoint",
    ]
)  # fmt: skip
_PARAMETERS = _CONSTRAINTS | {
    RDF.type, RDFS.comment, RDFS.label, SH.name, SH.description, SH.order, SH.group, SH.message,
    SH.severity, SH.path, SH.property, SH.targetClass,
}  # fmt: skip
_SHAPE_TYPES = {SH.NodeShape, SH.PropertyShape}
_NODE_KINDS = {
    str: {SH.IRI, SH.BlankNodeOrIRI, SH.IRIOrLiteral},
    Blank: {SH.BlankNode, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral},
    tuple: {SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral},
}
_VALUE_TYPES = {  # what pyshacl asks of a well-typed literal's Python value, per datatype
    XSD.string: str, RDF.langString: str, XSD.integer: int, XSD.float: float, XSD.decimal: Decimal,
    XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime,
}  # fmt: skip


_NUMBERS = {str(XSD.integer), str(XSD.decimal)}
_DATE = str(XSD.date)
_ISO_DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")


class _IsoDate(str):
    """A well-formed date without time zone; any other date goes through rdflib."""

    __slots__ = ()


def _as_literal(value: object) -> object:
    return Literal(str(value), datatype=XSD.date) if isinstance(value, _IsoDate) else value


class Unsupported(Exception):
    """The shapes or the data need a SHACL feature the compiled path does not have."""


class _Data:
    """A graph indexed subject → predicate → objects, in the mapper's term form."""

    def __init__(self, triples: Iterable[tuple[str, str, Term]], ill_typed: frozenset = frozenset()) -> None:
        out: dict[str, dict[str, list[Term]]] = {}
        types: dict[str, list[str]] = {}
        for s, p, o in triples:
            by_p = out.get(s)
            if by_p is None:
                by_p = out[s] = {}
            objects = by_p.get(p)
            if objects is None:
                by_p[p] = [o]
            else:
                objects.append(o)
            if p == _TYPE:
                types.setdefault(o, []).append(s)  # type: ignore[arg-type]
            elif p == _SUBCLASS:
                raise Unsupported("rdfs:subClassOf in the data")
        self.out = out
        self.types = types
        self.ill_typed = ill_typed

    def objects(self, s: Term, p: str) -> list[Term]:
        by_p = self.out.get(s)  # type: ignore[arg-type]
        return by_p.get(p, []) if by_p else []


_NOTHING: dict[str, list[Term]] = {}
Check = Callable[[_Data, Term, list[Term]], list]  # → failing values (None: a result without value)


@dataclass
class _Shape:
    node: object  # the shape's node in the shapes graph (its str names it in reports)
    path: str | None
    message: str | None
    severity: str
    checks: list[Check]
    properties: list[_Shape]
    on_empty: bool = False  # has a check that no values at all can fail (sh:minCount > 0)

    def results(self, data: _Data, focus: Term) -> list[tuple[_Shape, Term, Term | None]]:
        if self.path is None:
            return self.evaluate(data, focus, [focus])
        values = data.objects(focus, self.path)
        if not values and not self.on_empty:  # the common case: an optional property absent
            return []
        return self.evaluate(data, focus, values)

    def evaluate(
        self, data: _Data, focus: Term, values: list[Term]
    ) -> list[tuple[_Shape, Term, Term | None]]:
        found = []
        for check in self.checks:
            failing = check(data, focus, values)
            if failing:
                found.extend((self, focus, v) for v in failing)
        if self.properties:
            out = data.out
            for v in values:
                by_p = out.get(v) or _NOTHING  # type: ignore[call-overload]
                for prop in self.properties:
                    path = prop.path
                    if path is None:
                        found.extend(prop.evaluate(data, v, [v]))
                        continue
                    prop_values = by_p.get(path)
                    if prop_values or prop.on_empty:  # else an optional property absent: nothing to check
                        found.extend(prop.evaluate(data, v, prop_values or []))
        return found

    def conforms(self, data: _Data, focus: Term) -> bool:
        if self.path is None and not self.properties:
            values = [focus]
            return not any(check(data, focus, values) for check in self.checks)
        return not self.results(data, focus)


@dataclass
class CompiledShapes:
    targets: list[tuple[_Shape, list[str]]]  # a targeting shape and its target classes


_compiled: dict[int, tuple[Graph, CompiledShapes | None]] = {}


def compile_shapes(shapes: Graph) -> CompiledShapes | None:
    """The shapes as checks, once per shapes graph; None when they use what does not compile."""
    hit = _compiled.get(id(shapes))
    if hit is not None and hit[0] is shapes:
        return hit[1]
    try:
        compiled: CompiledShapes | None = _Compiler(shapes).compile()
    except Unsupported:
        compiled = None
    _compiled[id(shapes)] = (shapes, compiled)
    return compiled


class _Compiler:
    def __init__(self, sg: Graph) -> None:
        self.sg = sg
        self.done: dict[object, _Shape] = {}

    def compile(self) -> CompiledShapes:
        sg = self.sg
        for target in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target, SH.deactivated):
            if next(sg.triples((None, target, None)), None) is not None:
                raise Unsupported(str(target))
        for cls in (RDFS.Class, OWL.Class):
            if next(sg.triples((None, RDF.type, cls)), None) is not None:
                raise Unsupported("implicit class targets")
        targets = []
        for node in sorted(set(sg.subjects(SH.targetClass, None)), key=str):
            classes = list(sg.objects(node, SH.targetClass))
            if not all(isinstance(cls, URIRef) for cls in classes):
                raise Unsupported("a target class that is not an IRI")
            targets.append((self.shape(node, reporting=True), [str(cls) for cls in classes]))
        return CompiledShapes(targets)

    def one(self, node: object, parameter: URIRef) -> object | None:
        values = list(self.sg.objects(node, parameter))  # type: ignore[arg-type]
        if len(values) > 1:
            raise Unsupported(f"several {parameter}")
        return values[0] if values else None

    def shape(self, node: object, reporting: bool) -> _Shape:
        if node in self.done:
            return self.done[node]
        sg = self.sg
        predicates = set(sg.predicates(node))  # type: ignore[arg-type]
        if predicates - _PARAMETERS:
            raise Unsupported(", ".join(sorted(map(str, predicates - _PARAMETERS))))
        if set(sg.objects(node, RDF.type)) - _SHAPE_TYPES:  # type: ignore[arg-type]
            raise Unsupported("a shape with another type")
        path = self.one(node, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported("a path that is not a single predicate")
        message = self.one(node, SH.message)
        severity = self.one(node, SH.severity) or SH.Violation
        shape = _Shape(node, _opt(path), _opt(message), str(severity), [], [])
        self.done[node] = shape
        for parameter in sorted(predicates & _CONSTRAINTS, key=str):
            shape.checks.append(self.check(node, parameter))
        count = self.one(node, SH.minCount)
        shape.on_empty = isinstance(count, Literal) and isinstance(count.value, int) and count.value > 0
        if shape.checks and reporting and (message is None or "{" in str(message)):
            raise Unsupported("a result message pyshacl would generate or fill in")
        shape.properties = [self.shape(p, reporting) for p in sg.objects(node, SH.property)]  # type: ignore[arg-type]
        return shape

    def check(self, node: object, parameter: URIRef) -> Check:
        arg = self.one(node, parameter)
        name = str(parameter)[len(_SH) :]
        if name in ("minCount", "maxCount", "minLength", "maxLength"):
            if not isinstance(arg, Literal) or not isinstance(arg.value, int):
                raise Unsupported(f"{name} that is not an integer")
            return _CHECKS[name](arg.value)
        if name in ("or", "xone"):
            members = [self.shape(m, reporting=False) for m in Collection(self.sg, arg)]  # type: ignore[arg-type]
            return _CHECKS[name](members)
        if name == "pattern":
            if self.one(node, SH.flags) is not None:
                raise Unsupported("sh:flags")
            return _pattern(re.compile(str(arg)))
        if name in ("minInclusive", "maxInclusive"):
            if not isinstance(arg, Literal):
                raise Unsupported(f"{name} that is not a literal")
            return _range(arg, name == "minInclusive")
        if not isinstance(arg, URIRef):
            raise Unsupported(f"{name} that is not an IRI")
        if name == "nodeKind":
            return _node_kind(arg)
        return _CHECKS[name](arg if name == "datatype" else str(arg))


def _opt(term: object) -> str | None:
    return None if term is None else str(term)


def _min_count(n: int) -> Check:
    return lambda data, focus, values: [None] if len(values) < n else []


def _max_count(n: int) -> Check:
    return lambda data, focus, values: [None] if len(values) > n else []


def _datatype(rule: URIRef) -> Check:
    dt = str(rule)
    string = rule == XSD.string
    literal = rule == RDFS.Literal
    any_typed = literal or rule == RDFS.Datatype  # every literal with a datatype passes
    tagged = literal or rule == RDF.langString

    def ok(data: _Data, v: Term) -> bool:
        if type(v) is not tuple:
            return False
        if len(v) == 3:  # rdflib: a tagged literal has no datatype; explicit xsd:string has one
            if v[2]:
                return tagged
            return (string and v not in data.ill_typed) or any_typed
        if v[1] == XSD_STRING:  # a plain literal: no datatype in rdflib
            return string or literal
        if v[1] == dt:
            return v not in data.ill_typed
        return any_typed

    return lambda data, focus, values: [v for v in values if not ok(data, v)]


def _node_kind(kind: URIRef) -> Check:
    allowed = {t for t, kinds in _NODE_KINDS.items() if kind in kinds}
    return lambda data, focus, values: [v for v in values if _kind(v) not in allowed]


def _kind(v: Term) -> type:
    return tuple if type(v) is tuple else Blank if isinstance(v, Blank) else str


def _text(v: Term) -> str:
    return v[0] if type(v) is tuple else v  # type: ignore[return-value]


def _pattern(rx: re.Pattern[str]) -> Check:
    return lambda data, focus, values: [
        v for v in values if isinstance(v, Blank) or not rx.search(_text(v))
    ]  # fmt: skip


def _min_length(n: int) -> Check:
    if n == 0:
        return lambda data, focus, values: []
    return lambda data, focus, values: [v for v in values if isinstance(v, Blank) or len(_text(v)) < n]


def _max_length(n: int) -> Check:
    return lambda data, focus, values: [v for v in values if isinstance(v, Blank) or len(_text(v)) > n]


def _class(cls: str) -> Check:
    def ok(data: _Data, v: Term) -> bool:
        return type(v) is not tuple and cls in data.objects(v, _TYPE)

    return lambda data, focus, values: [v for v in values if not ok(data, v)]


def _or(members: list[_Shape]) -> Check:
    return lambda data, focus, values: [
        v for v in values if not any(m.conforms(data, v) for m in members)
    ]  # fmt: skip


def _xone(members: list[_Shape]) -> Check:
    return lambda data, focus, values: [
        v for v in values if sum(m.conforms(data, v) for m in members) != 1
    ]  # fmt: skip


def _disjoint(other: str) -> Check:
    return lambda data, focus, values: [v for v in values if v in data.objects(focus, other)]


def _range(bound: Literal, lower: bool) -> Check:
    """sh:minInclusive / sh:maxInclusive, compared as pyshacl compares (on rdflib literals)."""
    from pyshacl.rdfutil.compare import compare_literal

    bound_is_string = isinstance(bound.value, str)
    number = bound.value if type(bound.value) in (int, Decimal) else None

    def ok(data: _Data, v: Term) -> bool:
        if type(v) is not tuple:
            return False
        if number is not None and len(v) == 2 and v[1] in _NUMBERS and v not in data.ill_typed:
            value = Decimal(v[0])  # what rdflib compares for two well-typed numbers
            return value >= number if lower else value <= number
        lit = to_rdflib_term(v)
        if isinstance(lit.value, str) != bound_is_string:
            return False
        try:
            cmp = compare_literal(lit, bound)
        except (TypeError, NotImplementedError):
            return False
        return cmp >= 0 if lower else cmp <= 0

    return lambda data, focus, values: [v for v in values if not ok(data, v)]


def _less_than_or_equals(other: str) -> Check:
    """One result per value and per other value it is not ≤ to, as pyshacl reports them."""

    def comparable(data: _Data, v: Term) -> tuple[object, bool]:
        # a well-formed date orders as rdflib orders it: as text
        if (
            type(v) is tuple
            and v[1] == _DATE
            and len(v) == 2
            and _ISO_DATE.fullmatch(v[0])
            and v not in data.ill_typed
        ):
            return _IsoDate(v[0]), False
        if isinstance(v, Blank):
            raise Unsupported("sh:lessThanOrEquals on a blank node")
        if type(v) is str:
            return v, True
        lit = to_rdflib_term(v)
        return (lit.value, True) if isinstance(lit.value, str) else (lit, False)

    def failing(data: _Data, focus: Term, values: list[Term]) -> list:
        found = []
        others = [comparable(data, w) for w in data.objects(focus, other)]
        for v in values:
            a, a_string = comparable(data, v)
            for b, b_string in others:
                x, y = a, b
                if isinstance(x, _IsoDate) != isinstance(y, _IsoDate):  # one date rdflib must read
                    x, y = _as_literal(x), _as_literal(y)
                if a_string != b_string or not x <= y:  # type: ignore[operator]
                    found.append(v)
        return found

    return failing


_CHECKS: dict[str, Callable[..., Check]] = {
    "minCount": _min_count, "maxCount": _max_count, "minLength": _min_length, "maxLength": _max_length,
    "datatype": _datatype, "class": _class, "or": _or, "xone": _xone, "disjoint": _disjoint,
    "lessThanOrEquals": _less_than_or_equals,
}  # fmt: skip


def validate_triples(
    triples: Iterable[tuple[str, str, Term]], shapes: Graph | None = None, ill_typed: frozenset = frozenset()
) -> ValidationReport:
    """Validate a graph in the mapper's term form: compiled checks, else pyshacl.

    The same report as `validate_graph` on the same graph (results_graph aside).
    `ill_typed` names literals whose lexical form does not fit their datatype
    (the mapper writes none).
    """
    shapes = shapes if shapes is not None else shapes_graph()
    triples = triples if isinstance(triples, (list, tuple, dict, FilingTriples)) else list(triples)
    compiled = compile_shapes(shapes)
    try:
        if compiled is None:
            raise Unsupported("the shapes")
        data = _Data(triples, ill_typed)
        found = [
            r
            for shape, classes in compiled.targets
            for f in _focus(data, classes)
            for r in shape.results(data, f)
        ]
    except Unsupported:
        graph = Graph()
        for triple in triples:
            graph.add(tuple(to_rdflib_term(t) for t in triple))  # type: ignore[arg-type]
        report = validate_graph(graph, shapes)
        return ValidationReport(report.conforms, report.violations)
    violations = [_violation(data, shape, focus, value) for shape, focus, value in found]
    violations.sort(key=order_key)
    return ValidationReport(not violations, violations)


def _focus(data: _Data, classes: list[str]) -> Iterable[Term]:
    """Instances of any of the classes, each once (a node typed Organization and Company)."""
    if len(classes) == 1:
        return data.types.get(classes[0], [])
    return dict.fromkeys(n for cls in classes for n in data.types.get(cls, []))


def _violation(data: _Data, shape: _Shape, focus: Term, value: Term | None) -> Violation:
    filing = data.objects(focus, _DERIVED_FROM)[:1] if type(focus) is str else []
    if not filing and _FILING in data.objects(focus, _TYPE):
        filing = [focus]
    return Violation(
        focus=_text(focus),
        path=shape.path,
        message=shape.message or "violates a shape",
        severity=shape.severity.rsplit("#", 1)[-1],
        shape=str(shape.node),
        filing=_text(filing[0]) if filing else None,
        value=None if value is None else _text(value),
    )


def validate_graph_fast(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """`validate_graph` through the compiled checks (an rdflib graph from anywhere)."""
    ill_typed = set()
    triples = []
    for s, p, o in data:
        triples.append((from_rdflib_term(s), from_rdflib_term(p), from_rdflib_term(o)))
        if isinstance(o, Literal) and _ill_typed(o):
            ill_typed.add(from_rdflib_term(o))
    return validate_triples(triples, shapes, frozenset(ill_typed))


def _ill_typed(lit: Literal) -> bool:
    """pyshacl's test of a literal against its own datatype: rdflib could not read it, or read it wrongly."""
    if lit.datatype is None:
        return False
    if getattr(lit, "ill_typed", None) is True:
        return True
    expected = _VALUE_TYPES.get(lit.datatype)
    return expected is not None and not isinstance(lit.value, expected)
