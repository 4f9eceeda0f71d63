"""What every build shares: the build report, the input list, partitions, the stage-1 driver.

Kept apart from `pipeline` (which decides what happens to the results: a
store commit or output shards) so that planning and running the per-partition
stage read as one piece: list the inputs as `sources` reads them, cut them
into partitions, run `stages.run_partition` on an executor and hand the
results back in input order.
"""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from edgarkg import __version__, registry
from edgarkg.executors import Executor, TaskFailed, make_executor
from edgarkg.mapping.graph import run_iri
from edgarkg.mapping.iris import EKG
from edgarkg.model import Extractor, Problem
from edgarkg.progress import ProgressEvent
from edgarkg.sources import walk
from edgarkg.stages import PartitionResult, PartitionTask, run_partition
from edgarkg.validate import Violation


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


class Driver:
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
