"""SIGKILL a build at several points: nothing already written is lost or half-replaced.

A previous build (header extractor only, so every filing graph differs from
the full build's) sits in the store and in the output file; a full build of
real filings is killed after short delays, at stage changes seen in its
progress log, and while it commits or writes. Every named graph must then be
the old version, the complete new one (as an uninterrupted build makes it) or
absent if it is new; the output file the old bytes or a complete new file;
the shard directory without a manifest or with one whose shards are whole.
"""

import gzip
import hashlib
import json
import random
import shutil

import pyoxigraph as ox
import pytest
from killing import INPUTS, NEW, file_graphs, grew, kill_when, logged, old_and_new, store_graphs

from edgarkg.ledger import BUILD_STATE, LEDGER
from edgarkg.rdfio import write_store
from edgarkg.store import Store


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    return old_and_new(tmp_path_factory.mktemp("kill"))


def assert_whole(graphs, before, after):
    missing = set(before) - set(graphs)
    assert not missing, f"graphs lost: {sorted(missing)[:3]}"
    for name, quads in graphs.items():
        assert quads in (before.get(name), after.get(name)), f"{name} is neither old nor new"


def test_kill_during_store_build(stores, tmp_path):
    old, before, after = stores
    delays = [0.3, *(random.Random(8).uniform(0.8, 4.0) for _ in range(2))]
    kills = 0
    for n, when in enumerate(["resolve", "ledger", *delays]):
        target, log = tmp_path / f"s{n}", tmp_path / f"progress{n}.jsonl"
        shutil.copytree(old, target)
        if when == "resolve":  # resolution done, partitions about to be committed
            condition = logged(log, '"stage": "resolve"')
        elif when == "ledger":  # right after the first partition is committed
            condition = grew(target / BUILD_STATE / LEDGER)
        else:
            condition = lambda elapsed, when=when: elapsed > when  # noqa: E731
        args = ["build", *map(str, NEW), "--store", str(target), "-w", "1", "--no-validate", "-q"]
        kills += kill_when([*args, "--progress-log", str(log)], condition)
        graphs = store_graphs(target)  # opens: the dead writer's lock does not block
        assert_whole(graphs, before, after)
    assert kills >= 3


def test_kill_while_writing_an_output_file(stores, tmp_path):
    old, before, _ = stores
    out = tmp_path / "out.nq"
    with Store(old, read_only=True) as store:
        write_store(store.db, out)
    previous = out.read_bytes()
    ref = tmp_path / "ref.nq"
    args = ["build", str(INPUTS), "-o", str(ref), "-w", "1", "--no-validate", "-q"]
    assert not kill_when(args, lambda _: False)
    complete = file_graphs(ref)
    conditions = [
        lambda elapsed: elapsed > 1.0,
        logged(tmp_path / "p1.jsonl", '"stage": "count"'),
        logged(tmp_path / "p2.jsonl", '"stage": "done"'),  # the output is being written
        lambda _: any(tmp_path.glob(".out.nq.*.part")),
    ]
    for n, condition in enumerate(conditions):
        args = ["build", str(INPUTS), "-o", str(out), "-w", "1", "--no-validate", "-q"]
        kill_when([*args, "--progress-log", str(tmp_path / f"p{n}.jsonl")], condition)
        if out.read_bytes() != previous:
            assert file_graphs(out) == complete
            out.write_bytes(previous)  # the next kill starts from the old file again
    args = ["build", str(INPUTS), "-o", str(out), "-w", "1", "--no-validate", "-q"]
    assert not kill_when(args, lambda _: False)  # a build after the kills cleans up after them
    assert file_graphs(out) == complete
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_kill_during_shard_build(tmp_path):
    shards = tmp_path / "shards"
    conditions = [
        lambda elapsed: elapsed > 1.5,
        logged(tmp_path / "p1.jsonl", '"stage": "finalize"'),
        lambda _: any(shards.glob("part-*.nq.gz")),
        lambda _: any(shards.glob(".manifest.json.*")),
    ]
    for n, condition in enumerate(conditions):
        args = ["build", str(INPUTS), "--shards", str(shards), "-w", "1", "--no-validate", "-q"]
        kill_when([*args, "--progress-log", str(tmp_path / f"p{n}.jsonl")], condition)
        manifest = shards / "manifest.json"
        if not manifest.exists():
            continue
        listed = json.loads(manifest.read_text())["shards"]
        for shard in listed:
            data = (shards / shard["path"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == shard["sha256"]
            assert len(list(ox.parse(gzip.decompress(data), ox.RdfFormat.N_QUADS))) == shard["quads"]
    args = ["build", str(INPUTS), "--shards", str(shards), "-w", "1", "--no-validate", "-q"]
    assert not kill_when(args, lambda _: False)  # a build after the kills cleans up after them
    assert [p.name for p in shards.iterdir() if p.name.startswith(".")] == []
