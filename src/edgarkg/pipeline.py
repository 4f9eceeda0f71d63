"""The build: sources → extract → map per filing → validate per filing → store → resolve.

The input list is cut into partitions of files. Each partition is one task
(`stages.run_partition`): read, extract, map each filing to its named graph,
validate it with SHACL and write it to a scratch N-Quads shard. Tasks run in
this process, in worker processes or on Dask (`executors`); only small
results come back. The driver then does the global steps once: it loads the
shards into a pyoxigraph store as they arrive (in input order, so a filing
given twice is replaced by the later one, as before), resolves entities,
and runs the corpus-level SHACL pass (`crosscheck`). `build_shards` writes
output shards plus a manifest instead, resolving over the compact entity
table the workers send back and rewriting only the shards it touches.

Each stage reports problems with the document and the stage that met them
and goes on: one broken filing never sinks a build. The whole graph only
ever lives in a pyoxigraph store or in shards, never in rdflib.
"""

from __future__ import annotations

import gzip
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from edgarkg import __version__, registry
from edgarkg.executors import Executor, TaskFailed, make_executor
from edgarkg.mapping.graph import run_iri
from edgarkg.mapping.iris import EKG
from edgarkg.model import Extractor, Problem
from edgarkg.progress import ProgressEvent
from edgarkg.rdfio import graph_quads, write_store
from edgarkg.resolve import apply_renames, resolution_map
from edgarkg.sources import is_ignored
from edgarkg.stages import PartitionResult, PartitionTask, extract, filing_runs, run_partition
from edgarkg.store import replace_graph
from edgarkg.validate import Violation

__all__ = ["BuildReport", "build", "build_store", "build_shards", "extract", "run_graph"]

_filing_runs = filing_runs  # the old private name


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
    workers: int = 1
    executor: str = "in-process"
    partitions: int = 0
    files: int = 0
    bytes: int = 0
    counted: bool = True  # entity counts need a store: not for `build_shards(validate=False)`
    rechecked: int = 0  # nodes the corpus-level pass validated again on the merged graph
    stage_seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    manifest: str | None = None

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
        entities = (
            f"{self.companies} companies, {self.people} people, {self.positions} positions, "
            f"{self.observations} observations"
            if self.counted
            else "entities not counted"
        )
        return (
            f"{self.documents} documents read, {len(self.skipped)} skipped, {len(self.failed)} failed, "
            f"{len(self.warnings)} warnings; {self.filings} filings, {self.triples} triples, "
            f"{entities}; SHACL: {shacl}; {self.seconds:.1f} s"
        )


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
    # the canonical lexical form (Z, not +00:00): a store and a shard then hold the same literal
    stamp = Literal(started.strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime, normalize=False)
    g.add((run, PROV.startedAtTime, stamp))
    return run, g


# -- planning ------------------------------------------------------------------------


def list_inputs(inputs: Iterable[str | os.PathLike]) -> list[tuple[str, int]]:
    """Every input file with its size, in the order `sources.iter_documents` reads them.

    Directories are walked as the sources walk them (sorted, hidden and
    ignored names left out); a missing path stays in the list so that its
    partition reports it like any unreadable input.
    """
    if isinstance(inputs, str | bytes | os.PathLike):
        inputs = [inputs]
    files: list[tuple[str, int]] = []
    for item in inputs:
        path = Path(os.fsdecode(item))
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not is_ignored(name):
                        files.append(_sized(os.path.join(dirpath, name)))
        else:
            files.append(_sized(os.fspath(item) if not isinstance(item, bytes) else os.fsdecode(item)))
    return files


def _sized(path: str) -> tuple[str, int]:
    try:
        return path, os.stat(path).st_size
    except OSError:
        return path, 0


def partition(
    files: list[tuple[str, int]], workers: int, *, target_bytes: int | None = None, max_files: int = 400
) -> list[list[str]]:
    """Runs of consecutive files, a few per worker and none too big.

    Consecutive, so that documents of one filing stay together and the input
    order is the order of the partitions; several per worker, so that a slow
    partition does not leave the others idle at the end.
    """
    total = sum(size for _, size in files)
    target = target_bytes or min(16 << 20, max(256 << 10, total // max(1, 4 * workers)))
    parts: list[list[str]] = []
    current: list[str] = []
    size = 0
    for path, n in files:
        if current and (size + n > target or len(current) >= max_files):
            parts.append(current)
            current, size = [], 0
        current.append(path)
        size += n
    if current:
        parts.append(current)
    return parts


# -- the driver --------------------------------------------------------------------


class _Driver:
    """What every build shares: planning, running stage 1, collecting results in order."""

    def __init__(
        self,
        inputs: Iterable[str | os.PathLike],
        *,
        extractors: list[str] | None,
        validate: bool,
        shapes: str | None,
        progress: Callable[[ProgressEvent], None] | None,
        workers: int | None,
        executor: Executor | str | None,
        work_dir: str | os.PathLike | None,
        partition_bytes: int | None = None,
    ) -> None:
        self.started = time.perf_counter()
        self.chosen = registry.select(extractors)
        self.report = BuildReport(validated=validate)
        for name, reason in registry.broken().items():
            self.report.problems.append(Problem(name, "registry", reason))
        self.run, self.run_g = run_graph(self.chosen)
        self.validate = validate
        self.shapes = shapes
        self.progress = progress
        files = list_inputs(inputs)
        self.report.files = len(files)
        self.report.bytes = sum(n for _, n in files)
        if isinstance(executor, str) or executor is None:
            self.executor: Executor = make_executor(executor or "processes", workers or 1)
            self._owns_executor = True
        else:
            self.executor, self._owns_executor = executor, False
        self.report.workers, self.report.executor = self.executor.workers, self.executor.name
        if work_dir is not None:
            Path(work_dir).mkdir(parents=True, exist_ok=True)
        self.work = Path(tempfile.mkdtemp(prefix=".edgarkg-work-", dir=work_dir))
        names = tuple(e.name for e in self.chosen)
        self.tasks = [
            PartitionTask(
                i,
                tuple(chunk),
                names,
                str(self.run),
                str(self.work / f"scratch-{i:05d}.nq.gz"),
                validate,
                shapes,
            )  # fmt: skip
            for i, chunk in enumerate(partition(files, self.executor.workers, target_bytes=partition_bytes))
        ]
        self.report.partitions = len(self.tasks)
        self._files_done = self._bytes_done = 0

    def event(self, stage: str) -> None:
        if self.progress is not None:
            r = self.report
            self.progress(
                ProgressEvent(
                    stage,
                    r.documents,
                    r.filings,
                    self._files_done,
                    r.files,
                    self._bytes_done,
                    r.bytes,
                    time.perf_counter() - self.started,
                )  # fmt: skip
            )

    def stage1(self) -> Iterator[PartitionResult]:
        """Partition results in input order, whatever order the workers finish in."""
        ready: dict[int, PartitionResult] = {}
        following = 0
        self.event("extract")
        for index, result in self.executor.map(run_partition, self.tasks):
            if isinstance(result, TaskFailed):
                result = self._failed(self.tasks[index], result)
            ready[index] = result
            self._files_done += result.files
            self._bytes_done += result.bytes
            self.report.documents += result.documents
            for stage, seconds in result.seconds.items():
                self.report.stage_seconds[stage] += seconds
            self.event("extract")
            while following in ready:
                yield ready.pop(following)
                following += 1

    def _failed(self, task: PartitionTask, failure: TaskFailed) -> PartitionResult:
        result = PartitionResult(task.index, task.shard, len(task.files), 0)
        reason = f"partition {task.index} failed in its worker: {failure.error}"
        result.problems = [Problem(f, "worker", reason) for f in task.files]
        return result

    def timed(self, stage: str):
        driver = self

        class _Timer:
            def __enter__(self) -> None:
                driver.event(stage)
                self.start = time.perf_counter()

            def __exit__(self, *exc: object) -> None:
                driver.report.stage_seconds[stage] += time.perf_counter() - self.start

        return _Timer()

    def close(self) -> None:
        if self._owns_executor:
            self.executor.close()
        from edgarkg.shards import remove_tree

        remove_tree(self.work)
        self.report.seconds = time.perf_counter() - self.started
        self.event("done")


class _Loader:
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


def _absorb(report: BuildReport, result: PartitionResult) -> None:
    report.problems.extend(result.problems)


def build_store(
    inputs: Iterable[str | os.PathLike],
    store: ox.Store,
    *,
    extractors: list[str] | None = None,
    validate: bool = True,
    progress: Callable[[ProgressEvent], None] | None = None,
    workers: int | None = 1,
    executor: Executor | str | None = None,
    shapes: str | None = None,
    work_dir: str | os.PathLike | None = None,
    partition_bytes: int | None = None,
) -> BuildReport:
    """Build the graph of `inputs` into `store` (one named graph per filing).

    `workers` processes run the per-partition stages (1: in this process);
    `executor` may be "processes", "in-process", "dask" or an `Executor`;
    `shapes` a shapes file instead of the shipped shapes; `work_dir` where
    partition shards go (shared with the workers on a cluster);
    `partition_bytes` the input bytes per partition (default: a few
    partitions per worker, at most 16 MB each).
    Filings already in the store are replaced; resolution and the corpus-level
    SHACL pass look at the whole store, as they did for a single-process build.
    """
    driver = _Driver(
        inputs, extractors=extractors, validate=validate, shapes=shapes, progress=progress,
        workers=workers, executor=executor, work_dir=work_dir, partition_bytes=partition_bytes,
    )  # fmt: skip
    report = driver.report
    try:
        replace_graph(store, ox.NamedNode(str(driver.run)), graph_quads(driver.run_g, driver.run))
        replace_graph(store, ONTOLOGY_GRAPH, ontology_quads())
        loader = _Loader(store)
        for result in driver.stage1():
            _absorb(report, result)
            started = time.perf_counter()
            loader.add(result)
            report.stage_seconds["load"] += time.perf_counter() - started
        report.filings = len(loader.seen)
        with driver.timed("resolve"):
            renames = resolution_map(store)
            touched = {v.value for v in renames.values()}
            for old in renames:
                touched.update(q.subject.value for q in store.quads_for_pattern(None, None, old))
            apply_renames(store, renames)
            report.merged_entities = len(renames)
        if validate:
            with driver.timed("validate-corpus"):
                flagged = {v.focus for vs in loader.violations.values() for v in vs}
                report.violations, report.rechecked = _corpus_pass(store, shapes, flagged | touched)
        with driver.timed("count"):
            _count(store, report)
    finally:
        driver.close()
    return report


ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/edgarkg/ontology")
"""The ontology travels with the data, so queries can use its metric vocabulary
(`skos:closeMatch` from prose metrics to XBRL concepts) and labels."""


def ontology_quads() -> list[ox.Quad]:
    from edgarkg.resources import ONTOLOGY, read_text

    genid: dict[ox.BlankNode, ox.NamedNode] = {}

    def skolem(term):  # blank nodes (owl:unionOf lists) get stable IRIs, so rebuilds agree
        if isinstance(term, ox.BlankNode):
            return genid.setdefault(term, ox.NamedNode(f"{ONTOLOGY_GRAPH.value}/genid/{len(genid) + 1}"))
        return term

    triples = ox.parse(read_text(ONTOLOGY).encode(), format=ox.RdfFormat.TURTLE)
    return [ox.Quad(skolem(t.subject), t.predicate, skolem(t.object), ONTOLOGY_GRAPH) for t in triples]


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


def _corpus_pass(store: ox.Store, shapes: str | None, flagged: set[str]) -> tuple[list[Violation], int]:
    from edgarkg.crosscheck import corpus_violations
    from edgarkg.validate import shapes_graph

    return corpus_violations(store, shapes_graph(shapes), flagged)


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


# -- shard builds ----------------------------------------------------------------------


def build_shards(
    inputs: Iterable[str | os.PathLike],
    directory: str | os.PathLike,
    *,
    extractors: list[str] | None = None,
    validate: bool = True,
    progress: Callable[[ProgressEvent], None] | None = None,
    workers: int | None = None,
    executor: Executor | str | None = None,
    shapes: str | None = None,
    shard_bytes: int = 64 << 20,
    partition_bytes: int | None = None,
) -> BuildReport:
    """Build `inputs` into gzip N-Quads shards plus `manifest.json` in `directory`.

    The same stages as `build_store`, on any executor; the result loaded into
    a store equals `build`'s (same quads). Resolution runs once in the driver
    over the entity table the workers send back; only shards that mention a
    renamed node are rewritten. With `validate`, the shards are also loaded
    into a scratch on-disk store for the corpus-level SHACL pass and counts.
    """
    from edgarkg import shards as sh
    from edgarkg.entities import EntityTable
    from edgarkg.stages import FinalizeTask, Member, finalize_shard

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    (out / sh.MANIFEST).unlink(missing_ok=True)  # until the new one is written, no build is complete here
    for stale in out.glob("part-*.nq.gz"):
        stale.unlink()
    driver = _Driver(
        inputs, extractors=extractors, validate=validate, shapes=shapes, progress=progress,
        workers=workers, executor=executor, work_dir=out, partition_bytes=partition_bytes,
    )  # fmt: skip
    report = driver.report
    try:
        scratch = ox.Store(str(driver.work / "store")) if validate else None
        loader = _Loader(scratch) if scratch is not None else None
        table = EntityTable()
        results: list[PartitionResult] = []
        last_of: dict[str, int] = {}
        for result in driver.stage1():
            _absorb(report, result)
            table.update(result.entities)
            result.entities = EntityTable()  # merged: the driver keeps one table, not one per partition
            for filing in result.filings:
                last_of[filing] = result.index
            results.append(result)
            if loader is not None:
                started = time.perf_counter()
                loader.add(result)
                report.stage_seconds["load"] += time.perf_counter() - started
        report.filings = len(last_of)
        with driver.timed("resolve"):
            renames = table.renames()
            report.merged_entities = len(renames)
            del table
        with driver.timed("finalize"):
            groups: list[list[tuple[Member, PartitionResult]]] = [[]]
            size = 0
            for r in results:
                if not r.filings:
                    continue
                drop = frozenset(f for f in r.filings if last_of[f] != r.index)
                member = Member(r.shard, r.quads, len(r.filings), bool(r.org_mentions & renames.keys()), drop)
                shard_size = os.path.getsize(r.shard)
                if groups[-1] and size + shard_size > shard_bytes:
                    groups.append([])
                    size = 0
                groups[-1].append((member, r))
                size += shard_size
            tasks = []
            for members in (g for g in groups if g):
                mentioned = set().union(*(r.org_mentions for m, r in members if m.rewrite))
                subset = {old: renames[old] for old in mentioned & renames.keys()}
                target = str(out / sh.shard_name(len(tasks) + 1))
                tasks.append(FinalizeTask(len(tasks) + 1, target, tuple(m for m, _ in members), subset))
            infos: list[sh.ShardInfo] = []
            ontology = ontology_quads()  # shard 0: the run record and the ontology, as in a store
            run_quads = [sh.serialize(graph_quads(driver.run_g, driver.run)), sh.serialize(ontology)]
            sha = sh.write_quads(out / sh.shard_name(0), run_quads)
            infos.append(sh.ShardInfo(sh.shard_name(0), len(driver.run_g) + len(ontology), 2, sha))
            touched = set(renames.values())
            finished = {}
            for index, done in driver.executor.map(finalize_shard, tasks):
                if isinstance(done, TaskFailed):
                    raise RuntimeError(f"writing shard {tasks[index].target} failed: {done.error}")
                finished[index] = done
                touched.update(done.touched)
            for index in sorted(finished):
                done = finished[index]
                infos.append(sh.ShardInfo(Path(done.target).name, done.quads, done.graphs, done.sha256))
        report.triples = sum(i.quads for i in infos)
        if scratch is not None:
            with driver.timed("resolve"):
                scratch.extend(graph_quads(driver.run_g, driver.run))
                scratch.extend(ontology_quads())
                apply_renames(scratch, {ox.NamedNode(o): ox.NamedNode(n) for o, n in renames.items()})
            with driver.timed("validate-corpus"):
                flagged = {v.focus for vs in loader.violations.values() for v in vs}
                report.violations, report.rechecked = _corpus_pass(scratch, shapes, flagged | touched)
            with driver.timed("count"):
                _count(scratch, report)
            loader = scratch = None
        else:
            report.counted = False
        report.manifest = str(
            sh.write_manifest(out, infos, {"report": _manifest_report(report), "run": str(driver.run)})
        )
    finally:
        driver.close()
    return report


def _manifest_report(report: BuildReport) -> dict[str, object]:
    return {
        "documents": report.documents,
        "filings": report.filings,
        "triples": report.triples,
        "merged_entities": report.merged_entities,
        "validated": report.validated,
        "violations": len(report.violations),
        "problems": len(report.problems),
    }
