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

This module is the orchestration; planning and stage 1 live in `driver`,
the transactional store commit in `commit`, the resume state in `ledger`.
"""

from __future__ import annotations

import os
import sys
import time
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from edgarkg.commit import Loader, commit_graphs, final_graphs, rename_old_graphs, store_renames
from edgarkg.crosscheck import plan
from edgarkg.driver import BuildReport, Driver, list_inputs, partition, run_graph
from edgarkg.executors import Executor, TaskFailed
from edgarkg.ledger import (
    LEDGER,
    InputLedger,
    file_sha256,
    ledger_entries,
    reuse_staged,
    save_staged,
    staging_dir,
)
from edgarkg.mapping.iris import EKG
from edgarkg.progress import ProgressEvent
from edgarkg.rdfio import graph_quads, write_store
from edgarkg.resolve import apply_renames
from edgarkg.shared_nodes import SubjectIndex, select_shared
from edgarkg.stages import PartitionResult, extract
from edgarkg.store import replace_graph
from edgarkg.validate import Violation, shapes_graph

__all__ = [
    "BuildReport", "build", "build_store", "build_shards", "extract", "list_inputs", "partition", "run_graph",
]  # fmt: skip


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
    staging = staging_dir(state, work_dir) if state is not None else None
    if staging is not None and not resume:
        remove_tree(staging)  # what a killed build left: a fresh build starts clean
    driver = Driver(
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
        staged = reuse_staged(staging, hashes, skip, run) if resume and staging else []
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
                save_staged(staging, files, run, result)
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
            renames = store_renames(store, [r for _, r in results], set(last_of))
            report.merged_entities = len(renames)
        touched = set(renames.values())
        started = time.perf_counter()
        for i, (files, result) in enumerate(results):
            graphs = final_graphs(result, {f for f in result.filings if last_of[f] == i}, renames, touched)
            commit_graphs(store, graphs)
            if ledger is not None:
                ledger.record(run, ledger_entries(files, graphs))
        touched.update(rename_old_graphs(store, renames, set(last_of)))
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


def _corpus_pass(
    store: ox.Store,
    shapes: str | None,
    flagged: set[str],
    rules: ox.Store | None = None,
    described: set[str] | None = None,
) -> tuple[list[Violation], int]:
    from edgarkg.crosscheck import corpus_violations

    return corpus_violations(store, shapes_graph(shapes), flagged, rules, described)


def _named(term: object) -> bool:
    return isinstance(term, ox.NamedNode)


_COUNT_CLASSES = {
    "companies": "Company",
    "people": "Person",
    "positions": "Position",
    "observations": "Observation",
}
_COUNTS = {
    attr: f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a ekg:{cls} }} }}"
    for attr, cls in _COUNT_CLASSES.items()
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
    renamed node are rewritten. With `validate`, the corpus-level SHACL pass
    runs on a scratch store holding only what the union can change: the nodes
    two graphs describe (workers send their subjects' keys), those resolution
    touched and those a worker flagged, each with all its triples and its
    values' types, streamed from the final shards once the build is done
    (`shared_nodes.select_shared`, which argues why that is exact). Shapes that
    look further than one hop get every shard loaded instead.
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
    driver = Driver(
        inputs, extractors=extractors, validate=validate, shapes=shapes, progress=progress,
        workers=workers, executor=executor, work_dir=out, partition_bytes=partition_bytes,
    )  # fmt: skip
    report = driver.report
    try:
        # exact shapes (the shipped ones): a scratch store of only what several graphs describe
        # (shared_nodes.select_shared); else every shard goes into it, as the store build has
        shared = validate and plan(shapes_graph(shapes)).exact
        scratch = ox.Store(str(driver.work / "store")) if validate else None
        loader = Loader(scratch) if scratch is not None and not shared else None
        subjects = SubjectIndex() if shared else None
        violations: dict[str, list[Violation]] = {}
        table = EntityTable()
        results: list[PartitionResult] = []
        last_of: dict[str, int] = {}
        for result in driver.stage1():
            _absorb(report, result)
            table.update(result.entities)
            result.entities = EntityTable()  # merged: the driver keeps one table, not one per partition
            result.org_mentions = {sys.intern(m) for m in result.org_mentions}  # shared with the table
            for filing in result.filings:
                last_of[filing] = result.index
                violations.pop(filing, None)  # a later copy of a filing replaces its verdicts too
            violations.update(result.violations)
            if subjects is not None:
                subjects.add(result.subject_keys, result.shared_keys)
            if loader is not None:
                started = time.perf_counter()
                loader.add(result)
                report.stage_seconds["load"] += time.perf_counter() - started
            # what finalising needs stays (graphs, mentions); problems and violations live on elsewhere
            result.problems, result.violations = [], {}
            result.subject_keys, result.shared_keys = array("Q"), set()
            results.append(result)
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
            flagged = {v.focus for vs in violations.values() for v in vs} | touched
            rules, described = None, None
            if loader is None:
                assert subjects is not None
                with driver.timed("load"):
                    rules = ox.Store()
                    record = [*graph_quads(driver.run_g, driver.run), *ontology]  # as described in shard 0
                    subjects.add_subjects(q.subject.value for q in record if _named(q.subject))
                    scratch.extend(record)
                    classes = [f"{EKG}{c}" for c in _COUNT_CLASSES.values()]
                    finals = [out / i.path for i in infos[1:]]
                    picked = select_shared(
                        finals, subjects.multi(), flagged, scratch, rules, classes,
                        mapper=_results_of(driver.executor), work=driver.work,
                    )  # fmt: skip
                    subjects, described = None, picked.described
                    for attr, cls in _COUNT_CLASSES.items():
                        setattr(report, attr, picked.counts[f"{EKG}{cls}"])
            else:
                with driver.timed("resolve"):
                    scratch.extend(graph_quads(driver.run_g, driver.run))
                    scratch.extend(ontology)
                    apply_renames(scratch, {ox.NamedNode(o): ox.NamedNode(n) for o, n in renames.items()})
            with driver.timed("validate-corpus"):
                report.violations, report.rechecked = _corpus_pass(scratch, shapes, flagged, rules, described)
            if loader is not None:
                with driver.timed("count"):
                    _count(scratch, report)
            loader = scratch = rules = None
        else:
            report.counted = False
        report.manifest = str(
            sh.write_manifest(out, infos, {"report": _manifest_report(report), "run": str(driver.run)})
        )
    finally:
        driver.close()
    return report


def _results_of(executor: Executor) -> Callable:
    """`map` on the build's executor (tasks run on its workers, results in any order); a failed task
    stops the build, as a failed shard write does."""

    def mapper(fn, tasks):
        for index, done in executor.map(fn, tasks):
            if isinstance(done, TaskFailed):
                raise RuntimeError(f"selecting from shard {tasks[index].shard} failed: {done.error}")
            yield done

    return mapper


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
