"""The build: sources → extract → map per filing → validate per filing → store → resolve.

The input list is cut into partitions of files. Each partition is one task
(`stages.run_partition`): read, extract, map each filing to its named graph,
validate it with SHACL and write it to a scratch N-Quads shard. Tasks run in
this process, in worker processes or on Dask (`executors`); only small
results come back. The driver then does the global steps once: it resolves
entities over the entity tables the workers send back (and what the store
already holds), commits each partition's graphs, already resolved, to the
store in one transaction (in input order, so a filing given twice is
replaced by the later one), and runs the corpus-level SHACL pass
(`crosscheck`). A kill at any point thus leaves every graph old, or new and
final; an input ledger and the partitions kept in a state directory let a
killed build resume (`build_store(state=..., resume=True)`). `build_shards`
writes output shards plus a manifest instead, resolving over the compact
entity table and rewriting only the shards it touches.

Each stage reports problems with the document and the stage that met them
and goes on: one broken filing never sinks a build. The whole graph only
ever lives in a pyoxigraph store or in shards, never in rdflib.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import pickle
import secrets
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
from edgarkg.rdfio import atomic_output, graph_quads, write_store
from edgarkg.resolve import apply_renames
from edgarkg.sources import walk
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
    resumed: bool = False
    unchanged: int = 0  # filings `--resume` skipped: their input files were built unchanged
    reused: int = 0  # input files whose partitions an interrupted build had finished

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
            + (
                f"; resumed: {self.unchanged} filings skipped as unchanged, "
                f"{self.reused} files reused from the interrupted build"
                if self.resumed
                else ""
            )
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


def list_inputs(
    inputs: Iterable[str | os.PathLike], problems: list[Problem] | None = None
) -> list[tuple[str, int]]:
    """Every input file with its size, in the order `sources.iter_documents` reads them.

    Directories are walked by `sources.walk`, as the sources walk them (sorted,
    hidden and ignored names left out, no link out of the directory followed:
    those go to `problems`); a missing path stays in the list so that its
    partition reports it like any unreadable input.
    """
    if isinstance(inputs, str | bytes | os.PathLike):
        inputs = [inputs]
    files: list[tuple[str, int]] = []
    for item in inputs:
        path = Path(os.fsdecode(item))
        if path.is_dir():
            for found in walk(path):
                if isinstance(found, Problem):
                    if problems is not None:
                        problems.append(found)
                else:
                    files.append(_sized(str(found)))
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
        staging: Path | None = None,
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
        files = list_inputs(inputs, self.report.problems)
        self.report.files = len(files)
        self.report.bytes = sum(n for _, n in files)
        if isinstance(executor, str) or executor is None:
            self.executor: Executor = make_executor(executor or "processes", workers or 1)
            self._owns_executor = True
        else:
            self.executor, self._owns_executor = executor, False
        self.report.workers, self.report.executor = self.executor.workers, self.executor.name
        self.staging = staging  # a kept work dir: partitions done survive a kill (`--resume`)
        self.token = secrets.token_hex(4)  # this run's shards there, apart from a killed run's
        if staging is not None:
            staging.mkdir(parents=True, exist_ok=True)
            self.work = staging
        else:
            if work_dir is not None:
                Path(work_dir).mkdir(parents=True, exist_ok=True)
            self.work = Path(tempfile.mkdtemp(prefix=".edgarkg-work-", dir=work_dir))
        self.files = files
        self.partition_bytes = partition_bytes
        self.tasks = self.plan(files)
        self._files_done = self._bytes_done = 0

    def plan(self, files: list[tuple[str, int]], first: int = 0) -> list[PartitionTask]:
        """Partition tasks for `files`; a kept work dir names shards by content, so a rerun finds them."""
        names = tuple(e.name for e in self.chosen)
        tasks = []
        for i, chunk in enumerate(partition(files, self.executor.workers, target_bytes=self.partition_bytes)):
            shard = self.work / f"scratch-{first + i:05d}.nq.gz"
            if self.staging is not None:
                shard = self.work / f"scratch-{self.token}-{first + i:05d}.nq.gz"
            task = PartitionTask(
                first + i, tuple(chunk), names, str(self.run), str(shard), self.validate, self.shapes
            )
            tasks.append(task)
        self.report.partitions = len(tasks)
        return tasks

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

        if self.staging is None:
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
    state: str | os.PathLike | None = None,
    resume: bool = False,
) -> BuildReport:
    """Build the graph of `inputs` into `store` (one named graph per filing).

    `workers` processes run the per-partition stages (1: in this process);
    `executor` may be "processes", "in-process", "dask" or an `Executor`;
    `shapes` a shapes file instead of the shipped shapes; `work_dir` where
    partition shards go (shared with the workers on a cluster);
    `partition_bytes` the input bytes per partition (default: a few
    partitions per worker, at most 16 MB each).

    Nothing is written to `store` until every partition is extracted and
    resolved; then each partition's graphs go in as one transaction, already
    resolved, so a kill at any point leaves each graph absent, old, or new
    and final. `state` (a directory the caller owns, e.g. inside the store's
    directory) keeps the input ledger and the partitions done; with it every
    build is resumable and `resume` skips input files the ledger shows built
    unchanged (same SHA-256, same extractors, graphs still in the store).
    Filings already in the store are replaced; resolution and the corpus-level
    SHACL pass look at the whole store, as they did for a single-process build.
    """
    from edgarkg.shards import remove_tree

    if resume and state is None:
        raise ValueError("resume needs a state directory (where the input ledger is kept)")
    staging = None
    if state is not None:  # beside the ledger, or in the work dir the workers share (a cluster)
        key = hashlib.sha256(os.fsencode(Path(state).resolve())).hexdigest()[:12]
        staging = Path(state) / "staging" if work_dir is None else Path(work_dir) / f".edgarkg-staging-{key}"
    if staging is not None and not resume:
        remove_tree(staging)  # what a killed build left: a fresh build starts clean
    driver = _Driver(
        inputs, extractors=extractors, validate=validate, shapes=shapes, progress=progress,
        workers=workers, executor=executor, work_dir=work_dir, partition_bytes=partition_bytes,
        staging=staging,
    )  # fmt: skip
    report = driver.report
    report.resumed = resume
    run = str(driver.run)
    ledger = InputLedger(Path(state) / LEDGER) if state is not None else None
    done = False
    try:
        hashes = {path: file_sha256(path) for path, _ in driver.files} if ledger else {}
        skip: set[str] = set()
        if resume and ledger is not None:
            for path, sha in hashes.items():
                filings = ledger.unchanged(sha, run, store)
                if filings:
                    skip.add(path)
        staged = _reuse_staged(staging, hashes, skip, run) if resume and staging else []
        reused = {path for files, _ in staged for path, _ in files}
        for files, _ in staged:
            report.reused += len(files)
        if ledger is not None:
            report.unchanged = sum(len(ledger.filings_of(hashes[p])) for p in skip - reused)
        todo = [(p, n) for p, n in driver.files if p not in skip and p not in reused]
        driver.tasks = driver.plan(todo, first=len(staged))
        results: list[tuple[tuple[tuple[str, str], ...], PartitionResult]] = list(staged)
        for result in driver.stage1():
            _absorb(report, result)
            files = tuple((f, hashes.get(f, "")) for f in driver.tasks[result.index - len(staged)].files)
            if staging is not None and result.filings:
                _save_staged(staging, files, run, result)
            results.append((files, result))
        for _, result in staged:
            _absorb(report, result)
            report.documents += result.documents
        order = {path: i for i, (path, _) in enumerate(driver.files)}
        results.sort(key=lambda fr: min((order.get(p, 0) for p, _ in fr[0]), default=0))
        last_of: dict[str, int] = {}
        violations: dict[str, list[Violation]] = {}
        for i, (_, result) in enumerate(results):
            for filing in result.filings:
                last_of[filing] = i
                violations.pop(filing, None)
            violations.update(result.violations)
        report.filings = len(last_of)
        replace_graph(store, ox.NamedNode(run), graph_quads(driver.run_g, driver.run))
        replace_graph(store, ONTOLOGY_GRAPH, ontology_quads())
        with driver.timed("resolve"):
            renames = _store_renames(store, [r for _, r in results], set(last_of))
            report.merged_entities = len(renames)
        touched = set(renames.values())
        started = time.perf_counter()
        for i, (files, result) in enumerate(results):
            graphs = _final_graphs(result, {f for f in result.filings if last_of[f] == i}, renames, touched)
            _commit_graphs(store, graphs)
            if ledger is not None:
                ledger.record(run, _ledger_entries(files, graphs))
        touched.update(_rename_old_graphs(store, renames, set(last_of)))
        report.stage_seconds["load"] += time.perf_counter() - started
        if ledger is not None:
            ledger.compact()
        if staging is not None:
            remove_tree(staging)
        done = True
        if validate:
            with driver.timed("validate-corpus"):
                flagged = {v.focus for vs in violations.values() for v in vs}
                report.violations, report.rechecked = _corpus_pass(store, shapes, flagged | touched)
        with driver.timed("count"):
            _count(store, report)
    finally:
        if not done and staging is not None:
            for leftover in staging.glob(f"scratch-{driver.token}-*.nq.gz"):
                if not leftover.with_suffix("").with_suffix(".staged").exists():
                    leftover.unlink(missing_ok=True)
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


# -- committing a store build: whole partitions, already resolved ----------------------

BUILD_STATE = ".edgarkg-build"
"""A store's build state (input ledger, partitions of an interrupted build), inside its directory."""
LEDGER = "inputs.jsonl"


def scratch_for(output: str | os.PathLike) -> Path:
    """Where a `-o` build keeps its on-disk store: beside the output, so a killed build can resume."""
    out = Path(output)
    return out.parent / f".{out.name}.edgarkg-build"


_SOURCE_PATH = str(EKG.sourcePath)


def file_sha256(path: str | os.PathLike) -> str:
    """The SHA-256 of a file's bytes ("" when it cannot be read: never taken as unchanged)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


class InputLedger:
    """Which input files (by SHA-256) built which filing graphs: the memory `--resume` reads.

    A JSON-lines file beside the store, one line per committed partition,
    appended and fsynced only after the partition's graphs are in the store.
    A kill between the two loses a line, never invents one: the worst case is
    a file built again. A file counts as unchanged only if the same bytes
    built its graphs with the same extractors, the last commit of each of
    those graphs came from it, and the graphs are still in the store.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.by_sha: dict[str, tuple[str, list[str]]] = {}  # sha → (run, filings it built)
        self.latest: dict[str, set[str]] = {}  # filing → the shas of its last commit
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except FileNotFoundError:
            lines = []
        for line in lines:
            try:
                self._apply(json.loads(line))
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a torn last line from a kill, or a foreign line: ignored

    def _apply(self, batch: dict) -> None:
        run, builders = str(batch["run"]), defaultdict(set)
        for entry in batch["files"]:
            sha, filings = str(entry["sha256"]), [str(f) for f in entry["filings"]]
            self.by_sha[sha] = (run, filings)
            for filing in filings:
                builders[filing].add(sha)
        self.latest.update(builders)

    def filings_of(self, sha: str) -> list[str]:
        return self.by_sha.get(sha, ("", []))[1]

    def unchanged(self, sha: str, run: str, store: ox.Store) -> list[str]:
        """The filings this input built, if they need no rebuild; else []."""
        built_by, filings = self.by_sha.get(sha, ("", []))
        if not sha or built_by != run or not filings:
            return []
        for filing in filings:
            if sha not in self.latest.get(filing, ()) or not store.contains_named_graph(ox.NamedNode(filing)):
                return []
        return filings

    def record(self, run: str, files: list[dict]) -> None:
        if not files:
            return
        batch = {"run": run, "files": files}
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(batch) + "\n")
            f.flush()
            os.fsync(f.fileno())
        self._apply(batch)

    def compact(self) -> None:
        """Rewrite (atomically) with only the entries still true, so it does not grow per build."""
        runs: dict[str, list[dict]] = defaultdict(list)
        for sha, (run, filings) in self.by_sha.items():
            if filings and all(sha in self.latest.get(f, ()) for f in filings):
                runs[run].append({"sha256": sha, "filings": filings})
        with atomic_output(self.path) as tmp:
            tmp.write_text("".join(json.dumps({"run": r, "files": fs}) + "\n" for r, fs in runs.items()))


Staged = tuple[tuple[tuple[str, str], ...], PartitionResult]  # (path, sha256) per file, result


def _save_staged(
    staging: Path, files: tuple[tuple[str, str], ...], run: str, result: PartitionResult
) -> None:
    """Keep a finished partition (its shard is already there) for a rerun after a kill."""
    meta = Path(result.shard).with_suffix("").with_suffix(".staged")
    with atomic_output(meta) as tmp:
        tmp.write_bytes(pickle.dumps((run, files, result)))


def _reuse_staged(staging: Path, hashes: dict[str, str], skip: set[str], run: str) -> list[Staged]:
    """Partitions an interrupted build finished, whose input files are still the same bytes."""
    kept: list[Staged] = []
    claimed: set[str] = set()
    for meta in sorted(staging.glob("*.staged")):
        try:
            built_by, files, result = pickle.loads(meta.read_bytes())
            result.shard = str(staging / Path(result.shard).name)  # the store may have moved
        except Exception:  # noqa: BLE001 - unreadable: built again
            built_by, files, result = None, (), None
        paths = [p for p, _ in files]
        if (
            built_by == run
            and paths
            and all(hashes.get(p) == sha and sha for p, sha in files)
            and not claimed.intersection(paths)
            and not all(p in skip for p in paths)
            and Path(result.shard).is_file()
        ):
            kept.append((tuple(files), result))
            claimed.update(paths)
        else:
            meta.unlink(missing_ok=True)
    live = {Path(r.shard).name for _, r in kept}
    for shard in staging.glob("scratch-*.nq.gz"):
        if shard.name not in live:
            shard.unlink(missing_ok=True)
    return kept


def _store_renames(store: ox.Store, results: list[PartitionResult], replaced: set[str]) -> dict[str, str]:
    """Resolution over the store as it will be: new graphs' entity tables plus the graphs kept."""
    from edgarkg.entities import CIK_PREFIX, ORG_PREFIX, PREDICATES, EntityTable

    table = EntityTable()
    for result in results:
        table.update(result.entities)
    for predicate in PREDICATES:
        for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None):
            s, g = q.subject, q.graph_name
            if isinstance(g, ox.NamedNode) and g.value in replaced or not isinstance(s, ox.NamedNode):
                continue
            if s.value.startswith((CIK_PREFIX, ORG_PREFIX)):
                table.rows.add((s.value, predicate, q.object.value, isinstance(q.object, ox.Literal)))
    return table.renames()


def _renamed(quads: Iterable[ox.Quad], renames: dict[str, str], touched: set[str]) -> Iterator[ox.Quad]:
    """Quads with renamed nodes replaced; subjects whose values changed go into `touched`."""
    from edgarkg.shards import rename_quads

    for q in rename_quads(quads, renames):
        if isinstance(q.object, ox.NamedNode) and q.object.value in renames.values():
            touched.add(q.subject.value)
        yield q


def _final_graphs(
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


def _commit_graphs(store: ox.Store, graphs: dict[str, list[ox.Quad]]) -> None:
    """Put a partition's graphs in place of any old versions, in one transaction."""
    if not graphs:
        return
    existing = [g for g in graphs if store.contains_named_graph(ox.NamedNode(g))]
    if not existing:
        store.extend(q for quads in graphs.values() for q in quads)  # one transaction
        return
    body = []
    for name, quads in graphs.items():
        triples = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES).decode()
        body.append(f"GRAPH <{name}> {{\n{triples}}}\n")
    drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in existing)
    store.update(f"{drops}INSERT DATA {{\n{''.join(body)}}}")


def _rename_old_graphs(store: ox.Store, renames: dict[str, str], new: set[str]) -> set[str]:
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


def _ledger_entries(
    files: tuple[tuple[str, str], ...], graphs: dict[str, list[ox.Quad]]
) -> list[dict[str, object]]:
    """Each input file with the filing graphs its documents went into (by `ekg:sourcePath`)."""
    by_source: dict[str, set[str]] = defaultdict(set)
    for name, quads in graphs.items():
        for q in quads:
            if q.predicate.value == _SOURCE_PATH:
                by_source[q.object.value].add(name)
    entries = []
    for path, sha in files:
        built = set()
        for source, filings in by_source.items():
            if source == path or source.startswith(path + "!"):
                built |= filings
        if sha and built:
            entries.append({"path": path, "sha256": sha, "filings": sorted(built)})
    return entries


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
    for stale in (*out.glob(".edgarkg-work-*"), *out.glob(".*.part")):  # what a killed build left
        if stale.is_dir():
            sh.remove_tree(stale)
        else:
            stale.unlink(missing_ok=True)
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
