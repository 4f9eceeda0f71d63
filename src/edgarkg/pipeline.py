"""The build: sources → extractors → mapping → validation → resolution → output.

Each stage reports problems with the document and the stage that met them
and goes on: one broken filing never sinks a build. Documents of one filing
arrive together from a submission, so filings are mapped and validated as
soon as their run of documents ends; the whole graph only ever lives in a
pyoxigraph store.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from edgarkg import __version__, registry
from edgarkg.mapping.graph import map_filing, run_iri
from edgarkg.mapping.iris import EKG, filing_iri
from edgarkg.model import Document, DocumentResult, Extractor, Problem
from edgarkg.rdfio import graph_quads, write_store
from edgarkg.resolve import resolve
from edgarkg.sources import iter_documents
from edgarkg.store import replace_graph
from edgarkg.validate import Violation, validate_graph


@dataclass
class BuildReport:
    documents: int = 0
    filings: int = 0
    triples: int = 0
    companies: int = 0
    people: int = 0
    positions: int = 0
    observations: int = 0
    merged_entities: int = 0
    problems: list[Problem] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    validated: bool = False
    seconds: float = 0.0

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "skipped"]

    @property
    def failed(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def summary(self) -> str:
        shacl = "not validated" if not self.validated else (
            "conforms" if self.conforms else f"{len(self.violations)} violations"
        )  # fmt: skip
        return (
            f"{self.documents} documents read, {len(self.skipped)} skipped, {len(self.failed)} failed, "
            f"{len(self.warnings)} warnings; {self.filings} filings, {self.triples} triples, "
            f"{self.companies} companies, {self.people} people, {self.positions} positions, "
            f"{self.observations} observations; SHACL: {shacl}; {self.seconds:.1f} s"
        )


def extract(doc: Document, extractors: Iterable[Extractor]) -> DocumentResult:
    """Run every extractor that accepts `doc`; an extractor's failure is a located problem."""
    result = DocumentResult(doc)
    for extractor in extractors:
        try:
            if extractor.accepts(doc):
                result.facts.extend(extractor.extract(doc))
        except Exception as exc:  # noqa: BLE001 - any extractor bug must not sink the build
            result.problems.append(
                Problem(doc.id, f"extract:{extractor.name}", f"{type(exc).__name__}: {exc}")
            )
    return result


def _filing_runs(results: Iterable[DocumentResult]) -> Iterator[tuple[str, list[DocumentResult]]]:
    """Consecutive documents of one filing, as they come from a submission."""
    current: list[DocumentResult] = []
    for result in results:
        if current and result.document.filing_id != current[0].document.filing_id:
            yield current[0].document.filing_id, current
            current = []
        current.append(result)
    if current:
        yield current[0].document.filing_id, current


def run_graph(extractors: list[Extractor]) -> tuple[URIRef, Graph]:
    """The build activity: tool version, extractors, start time.

    The time is SOURCE_DATE_EPOCH when set (reproducible builds), else now.
    """
    run = run_iri((e.name, e.version) for e in extractors)
    g = Graph()
    g.add((run, RDF.type, EKG.BuildActivity))
    g.add((run, RDF.type, PROV.Activity))
    g.add((run, EKG.toolVersion, Literal(f"edgarkg {__version__}")))
    for e in extractors:
        g.add((run, EKG.extractor, Literal(f"{e.name}/{e.version}")))
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    started = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC).replace(microsecond=0)
    g.add((run, PROV.startedAtTime, Literal(started.isoformat(), datatype=XSD.dateTime)))
    return run, g


def build_store(
    inputs: Iterable[str | os.PathLike],
    store: ox.Store,
    *,
    extractors: list[str] | None = None,
    validate: bool = True,
    progress: Callable[[Document], None] | None = None,
) -> BuildReport:
    """Build the graph of `inputs` into `store` (one named graph per filing)."""
    started = time.perf_counter()
    chosen = registry.select(extractors)
    report = BuildReport(validated=validate)
    for name, reason in registry.broken().items():
        report.problems.append(Problem(name, "registry", reason))
    run, run_g = run_graph(chosen)
    replace_graph(store, ox.NamedNode(str(run)), graph_quads(run_g, run))

    def results() -> Iterator[DocumentResult]:
        for item in iter_documents(inputs):
            if isinstance(item, Problem):
                report.problems.append(item)
                continue
            report.documents += 1
            if progress:
                progress(item)
            yield extract(item, chosen)

    for filing_id, docs in _filing_runs(results()):
        for r in docs:
            report.problems.extend(r.problems)
        source = docs[0].document.source
        try:
            graph, problems = map_filing(filing_id, [(r.document, r.facts) for r in docs], run)
        except Exception as exc:  # noqa: BLE001 - a mapping bug loses one filing, not the build
            report.problems.append(Problem(source, "map", f"{type(exc).__name__}: {exc}"))
            continue
        report.problems.extend(Problem(source, "map", p, "warning") for p in problems)
        if validate:
            report.violations.extend(validate_graph(graph).violations)
        name = filing_iri(filing_id)
        replace_graph(store, ox.NamedNode(str(name)), graph_quads(graph, name))
        report.filings += 1
    report.merged_entities = resolve(store)
    _count(store, report)
    report.seconds = time.perf_counter() - started
    return report


def build(
    inputs: Iterable[str | os.PathLike],
    output: str | os.PathLike | None = None,
    **options: object,
) -> tuple[ox.Store, BuildReport]:
    """Build `inputs` into an in-memory store and, if given, write `output` atomically."""
    store = ox.Store()
    report = build_store(inputs, store, **options)  # type: ignore[arg-type]
    if output is not None:
        write_store(store, output)
    return store, report


_COUNTS = {
    "companies": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ekg:Company } }",
    "people": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ekg:Person } }",
    "positions": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ekg:Position } }",
    "observations": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ekg:Observation } }",
}


def _count(store: ox.Store, report: BuildReport) -> None:
    report.triples = len(store)
    prefix = f"PREFIX ekg: <{EKG}>\n"
    for attr, query in _COUNTS.items():
        row = next(iter(store.query(prefix + query)))
        setattr(report, attr, int(row["n"].value))
