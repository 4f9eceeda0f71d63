"""What a worker runs: one partition of the input list → one scratch shard.

A partition is a run of input files. Its worker reads them, extracts facts,
maps each filing to its graph, validates that graph with SHACL, serialises
it as N-Quads into the partition's shard, and sends back only small things:
counts, located problems, violations, the entity table resolution needs and
the time spent per stage. Everything here is a plain function over picklable
values, so the same code runs in-process, in a process pool or as Dask tasks;
extractors and shapes are re-created in each worker from their names.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import time
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, URIRef

from edgarkg import registry
from edgarkg.entities import CIK_PREFIX, ORG_PREFIX, PREDICATES, EntityTable
from edgarkg.mapping.graph import map_filing_triples
from edgarkg.mapping.triples import FilingTriples
from edgarkg.model import Document, DocumentResult, Extractor, Problem
from edgarkg.rdfio import atomic_output
from edgarkg.shacl_compiled import validate_triples
from edgarkg.shards import COMPRESSLEVEL, HashingWriter, read_quads, rename_quads, serialize, write_scratch
from edgarkg.shared_nodes import graph_keys, partition_keys
from edgarkg.sources import iter_documents
from edgarkg.validate import Violation, shapes_graph

# -- the extract stage (also the public `pipeline.extract`) ---------------------


def extract(doc: Document, extractors: Iterable[Extractor]) -> DocumentResult:
    """Run every extractor that accepts `doc`; an extractor's failure is a located problem,
    and what it logs as warnings meanwhile too (see `registry.collect_warnings`)."""
    result = DocumentResult(doc)
    for extractor in extractors:
        stage = f"extract:{extractor.name}"
        with registry.collect_warnings(doc, stage) as problems:
            try:
                if extractor.accepts(doc):
                    result.facts.extend(extractor.extract(doc))
            except Exception as exc:  # noqa: BLE001 - any extractor bug must not sink the build
                problems.append(Problem(doc.id, stage, f"{type(exc).__name__}: {exc}"))
        result.problems.extend(problems)
    return result


def filing_runs(results: Iterable[DocumentResult]) -> Iterator[tuple[str, list[DocumentResult]]]:
    """Consecutive documents of one filing, as they come from a submission."""
    current: list[DocumentResult] = []
    for result in results:
        if current and result.document.filing_id != current[0].document.filing_id:
            yield current[0].document.filing_id, current
            current = []
        current.append(result)
    if current:
        yield current[0].document.filing_id, current


# -- partitions ------------------------------------------------------------------


@dataclass(frozen=True)
class PartitionTask:
    index: int
    files: tuple[str, ...]
    extractors: tuple[str, ...]
    run: str  # the build activity's IRI
    shard: str  # where the worker writes its scratch shard
    validate: bool = True
    shapes: str | None = None  # a shapes file instead of the shipped shapes


@dataclass
class PartitionResult:
    index: int
    shard: str
    files: int
    bytes: int
    documents: int = 0
    filings: dict[str, int] = field(default_factory=dict)  # filing graph IRI → quads, shard order
    problems: list[Problem] = field(default_factory=list)
    violations: dict[str, list[Violation]] = field(default_factory=dict)  # per filing graph
    entities: EntityTable = field(default_factory=EntityTable)
    org_mentions: set[str] = field(default_factory=set)  # name-keyed IRIs anywhere in the shard
    # the corpus pass of a shard build looks only at nodes several graphs describe (crosscheck):
    # the sorted keys of the subjects this partition's graphs describe, and those two of them do
    subject_keys: array = field(default_factory=lambda: array("Q"))
    shared_keys: set[int] = field(default_factory=set)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @property
    def quads(self) -> int:
        return sum(self.filings.values())


class _Clock:
    def __init__(self, into: dict[str, float]) -> None:
        self.into = into

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.into[stage] += time.perf_counter() - start


@lru_cache(maxsize=8)
def worker_extractors(names: tuple[str, ...]) -> list[Extractor]:
    """Extractor instances of this process, from the registry by name (never pickled)."""
    return registry.select(list(names))


@lru_cache(maxsize=4)
def worker_shapes(path: str | None) -> Graph:
    """The shapes in a plain (context-free) rdflib store.

    pyshacl reads the shapes graph for every shape it evaluates; the default
    context-aware store makes each lookup about a third slower, for nothing.
    Same triples, same blank nodes: results are unchanged.
    """
    source = shapes_graph(path)
    fast = Graph(store="SimpleMemory")
    for triple in source:
        fast.add(triple)
    for prefix, namespace in source.namespaces():
        fast.bind(prefix, namespace)
    return fast


def run_partition(task: PartitionTask) -> PartitionResult:
    """Read, extract, map, validate and serialise one partition into its scratch shard."""
    result = PartitionResult(task.index, task.shard, len(task.files), _size(task.files))
    clock = _Clock(result.seconds)
    extractors = worker_extractors(task.extractors)
    shapes = worker_shapes(task.shapes) if task.validate else None
    run = URIRef(task.run)
    out: dict[str, bytes] = {}
    subjects: dict[str, set[int]] = {}  # filing graph → keys of the subjects it describes

    def results() -> Iterator[DocumentResult]:
        documents = iter_documents(task.files)
        while True:
            with clock("read"):
                item = next(documents, None)
            if item is None:
                return
            if isinstance(item, Problem):
                result.problems.append(item)
                continue
            result.documents += 1
            with clock("extract"):
                extracted = extract(item, extractors)
            yield extracted

    for filing_id, docs in filing_runs(results()):
        for r in docs:
            result.problems.extend(r.problems)
        source = docs[0].document.source
        try:
            with clock("map"):
                triples, problems = map_filing_triples(filing_id, [(r.document, r.facts) for r in docs], run)
        except Exception as exc:  # noqa: BLE001 - a mapping bug loses one filing, not the build
            result.problems.append(Problem(source, "map", f"{type(exc).__name__}: {exc}"))
            continue
        result.problems.extend(Problem(source, "map", p, "warning") for p in problems)
        key = triples.iri
        # the same filing again (given twice): the later one replaces it, as in a store
        out.pop(key, None)
        subjects.pop(key, None)
        result.filings.pop(key, None)
        result.violations.pop(key, None)
        if shapes is not None:
            with clock("validate"):  # compiled shape checks, pyshacl's results (validate.py)
                violations = validate_triples(triples, shapes).violations
            if violations:
                result.violations[key] = violations
            subjects[key] = graph_keys({t[0] for t in triples if type(t[0]) is str})
        with clock("serialize"):
            out[key] = triples.nquads()
            result.filings[key] = len(triples)
            _add_entities(result, triples)
    with clock("write"):
        write_scratch(task.shard, out.values())
    if subjects:
        result.subject_keys, result.shared_keys = partition_keys(subjects.values())
    return result


def _add_entities(result: PartitionResult, triples: FilingTriples) -> None:
    """What resolution reads (`EntityTable.add_graph` on the rdflib graph, without building one)."""
    add, mentions = result.entities.add, result.org_mentions
    for s, p, o in triples:
        literal = type(o) is tuple
        if not literal and o.startswith(ORG_PREFIX):  # type: ignore[union-attr]
            mentions.add(o)  # type: ignore[arg-type]
        if s.startswith(ORG_PREFIX):
            mentions.add(s)
        elif not s.startswith(CIK_PREFIX):
            continue
        if p in PREDICATES:
            add(s, p, o[0] if literal else o, literal)  # type: ignore[arg-type]


def _size(files: Iterable[str]) -> int:
    total = 0
    for f in files:
        with suppress(OSError):
            total += os.stat(f).st_size
    return total


# -- finalising shards after resolution --------------------------------------------


@dataclass(frozen=True)
class Member:
    """A scratch shard going into a final shard: copied as is, or rewritten."""

    path: str
    quads: int
    graphs: int
    rewrite: bool = False
    drop: frozenset[str] = frozenset()  # filing graphs a later partition replaces


@dataclass(frozen=True)
class FinalizeTask:
    index: int
    target: str
    members: tuple[Member, ...]
    renames: dict[str, str]  # only those the rewritten members mention


@dataclass
class FinalizeResult:
    index: int
    target: str
    quads: int
    graphs: int
    sha256: str
    touched: set[str]  # subjects whose values resolution renamed (the corpus check looks again)


def finalize_shard(task: FinalizeTask) -> FinalizeResult:
    """Concatenate scratch shards into one output shard, rewriting those resolution touches."""
    digest = hashlib.sha256()
    quads = graphs = 0
    touched: set[str] = set()
    with atomic_output(task.target) as tmp, open(tmp, "wb") as raw:
        sink = HashingWriter(raw, digest)
        for m in task.members:
            if not m.rewrite and not m.drop:
                with open(m.path, "rb") as f:
                    while block := f.read(1 << 20):
                        sink.write(block)
                quads += m.quads
                graphs += m.graphs
                continue
            kept = [q for q in read_quads(m.path) if q.graph_name.value not in m.drop]
            for q in kept:
                if isinstance(q.object, ox.NamedNode) and q.object.value in task.renames:
                    touched.add(q.subject.value)
            renamed = list(rename_quads(kept, task.renames))
            with gzip.GzipFile(
                filename="", fileobj=sink, mode="wb", compresslevel=COMPRESSLEVEL, mtime=0
            ) as gz:
                gz.write(serialize(renamed))
            quads += len(renamed)
            graphs += len({q.graph_name.value for q in renamed})
    return FinalizeResult(task.index, task.target, quads, graphs, digest.hexdigest(), touched)
