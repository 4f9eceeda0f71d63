"""Helpers for the kill and resume tests: run `edgarkg build` as a process and SIGKILL it.

The process runs in its own session, so the kill takes any worker with it,
as a killed job's process group would go.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from conftest import CORPUS

from edgarkg.ledger import BUILD_STATE
from edgarkg.pipeline import build_store
from edgarkg.store import Store

INPUTS = CORPUS / "submission"
HOLDINGS = CORPUS / "other" / "lts-one_13F-HR_2023_0001894188-23-000007.txt"  # names MICROSOFT CORP
ISSUER = CORPUS / "ownership" / "microsoft_4_2021-03-12_hoffman_0001062993-21-002686.xml"  # CIK 789019
NEW = [HOLDINGS, INPUTS, ISSUER]
"""What the killed builds build: the holdings (first) name Microsoft; only the last input brings its CIK."""
HOLDINGS_GRAPH = "https://w3id.org/edgarkg/id/filing/0001894188-23-000007"


def edgarkg(*args: str) -> list[str]:
    return [sys.executable, "-m", "edgarkg.cli", *args]


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(edgarkg(*args), capture_output=True, text=True, timeout=timeout)


def kill_when(args: list[str], condition: Callable[[float], bool], timeout: float = 300) -> bool:
    """Start `edgarkg ARGS`, SIGKILL it as soon as `condition(elapsed)` holds.

    Returns True if it was killed, False if it finished first (then it must have succeeded).
    A build still short of the condition after `timeout` seconds is killed and the test
    fails saying so: on a slow machine that is not the moment the test means to kill at.
    """
    proc = subprocess.Popen(
        edgarkg(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    started = time.monotonic()
    try:
        while proc.poll() is None:
            elapsed = time.monotonic() - started
            if condition(elapsed):
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                return True
            assert elapsed <= timeout, f"the build did not reach the kill point within {timeout:.0f} s"
            time.sleep(0.005)
        out, err = proc.communicate()
        assert proc.returncode == 0, err.decode()[-2000:]
        return False
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def logged(path: Path, text: str) -> Callable[[float], bool]:
    """True once the progress log holds `text`."""
    return lambda _: path.is_file() and text in path.read_text()


def grew(path: Path) -> Callable[[float], bool]:
    """True once the file is bigger than it is now."""
    size = path.stat().st_size if path.exists() else 0
    return lambda _: path.exists() and path.stat().st_size > size


def graph_sets(db: ox.Store) -> dict[str, frozenset[str]]:
    """Every named graph as the set of its quads (N-Quads lines)."""
    graphs: dict[str, set[str]] = {}
    for q in db:
        if isinstance(q.graph_name, ox.NamedNode):
            graphs.setdefault(q.graph_name.value, set()).add(str(q))
    return {g: frozenset(quads) for g, quads in graphs.items()}


def store_graphs(path: Path) -> dict[str, frozenset[str]]:
    """Open the store for writing (a dead writer's lock must not stop us) and read its graphs."""
    with Store(path) as store:
        return graph_sets(store.db)


def file_graphs(path: Path) -> dict[str, frozenset[str]]:
    db = ox.Store()
    with open(path, "rb") as f:
        db.load(f, ox.RdfFormat.N_QUADS)
    return graph_sets(db)


def old_and_new(base: Path) -> tuple[Path, dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(old store dir, its graphs, graphs after an uninterrupted build of NEW over it).

    The old store holds the submissions built by the header extractor alone
    and the 13F holdings by the 13F extractor alone, so every graph the full
    build makes differs from its old version; and only the full build brings
    Microsoft's CIK node, so resolution must rename a node in the holdings.
    """
    old = base / "old"
    with Store(old) as store:
        state = old / BUILD_STATE
        build_store([INPUTS], store.db, extractors=["sec-header"], validate=False, state=state)
        build_store([HOLDINGS], store.db, extractors=["form13f"], validate=False, state=state)
    new = base / "new"
    shutil.copytree(old, new)
    with Store(new) as store:
        build_store(NEW, store.db, validate=False, state=new / BUILD_STATE)
    before, after = store_graphs(old), store_graphs(new)
    filings = [g for g in after if "/id/filing/" in g]
    assert len(filings) == 17  # the 15 submissions, the holdings and the Form 4
    assert all(before[g] != after[g] for g in filings if g in before)  # old and new can be told apart
    msft = "<https://w3id.org/edgarkg/id/cik/0000789019>"
    assert not any(msft in q for q in before[HOLDINGS_GRAPH])
    assert any(msft in q for q in after[HOLDINGS_GRAPH])  # resolved: by name in one filing, by CIK in another
    return old, before, after
