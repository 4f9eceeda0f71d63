"""Dask builds: the same stages as Dask tasks on a real LocalCluster of worker processes,
giving exactly the graph of a single-process build (same quads, same IRIs)."""

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import CORPUS, EXAMPLES

from edgarkg.shards import load_shards, read_manifest

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed not installed: `pip install 'edgarkg[dask]'` enables these tests"
)

BENCH = Path(__file__).parent.parent / "benchmarks" / "build_bench.py"
STRUCTURED = ["sec-header", "ownership", "cover-page", "xbrl"]
SEED = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "1700000000"}


def copy_bytes():
    spec = importlib.util.spec_from_file_location("build_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.copy_bytes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The test corpus and two copies with new accession numbers and CIKs: about 300 documents."""
    root = tmp_path_factory.mktemp("corpus")
    shift = copy_bytes()
    files = [p for p in sorted(CORPUS.rglob("*")) if p.is_file()]
    for k in range(3):
        for f in files:
            out = root / f"copy-{k}" / f.relative_to(CORPUS)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(shift(f.read_bytes(), k, f.suffix.lower()))
    return root


@pytest.fixture(scope="module")
def cluster():
    """A real LocalCluster: two worker processes, one thread each, hash seed pinned like the local build."""
    saved = {k: os.environ.get(k) for k in SEED}
    os.environ.update(SEED)  # the nannies start their workers with this environment
    try:
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as c:
            yield c
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **SEED}
    return subprocess.run(
        [sys.executable, "-m", "edgarkg.cli", "build", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )


def shard_quads(directory: Path) -> set[ox.Quad]:
    store = ox.Store()
    load_shards(store, directory)
    return set(store)


def test_dask_build_equals_the_single_process_build(corpus, cluster, tmp_path):
    local = cli(str(corpus), "--shards", str(tmp_path / "local"), "-w", "1", "-q")
    assert local.returncode in (0, 1), local.stderr[-3000:]
    dask = cli(str(corpus), "--shards", str(tmp_path / "dask"), "--executor", "dask", "--scheduler",
               cluster.scheduler_address, "-q")  # fmt: skip
    assert dask.returncode in (0, 1), dask.stderr[-3000:]
    documents = int(dask.stdout.split(" documents read")[0].split()[-1])
    assert documents >= 300
    assert local.stdout.split("; SHACL")[0] == dask.stdout.split("; SHACL")[0]  # same counts
    a, b = shard_quads(tmp_path / "local"), shard_quads(tmp_path / "dask")
    assert a == b  # isomorphic with the same IRIs: equal as sets of quads
    _, shards, manifest = read_manifest(tmp_path / "dask")
    assert manifest["quads"] == len(b) and shards[0].path == "part-00000.nq.gz"
    # the copies are new companies: the Apple of copy 1 has its own CIK node
    assert ox.NamedNode("https://w3id.org/edgarkg/id/cik/0003320193") in {q.subject for q in b}


def test_dask_executor_in_the_library_with_a_local_cluster(tmp_path):
    from edgarkg.executors import DaskExecutor
    from edgarkg.pipeline import build, build_store

    executor = DaskExecutor(workers=2)  # starts its own LocalCluster
    try:
        assert executor.workers == 2
        store = ox.Store()
        report = build_store([EXAMPLES], store, executor=executor, validate=False, extractors=STRUCTURED)
    finally:
        executor.close()
    assert report.executor == "dask" and report.partitions >= 2
    with tempfile.TemporaryDirectory() as tmp:
        single, _ = build([EXAMPLES], validate=False, work_dir=tmp, extractors=STRUCTURED)
    assert set(store) == set(single)


def test_unreachable_scheduler_is_a_usage_error(tmp_path):
    done = cli(
        str(EXAMPLES), "-o", str(tmp_path / "x.nq"), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"
    )
    assert done.returncode == 2 and "cannot reach the Dask scheduler" in done.stderr
