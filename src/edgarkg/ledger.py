"""What makes a store build resumable: the input ledger and the partitions kept after a kill.

`build_store(state=..., resume=True)` needs to know, across processes, which
input files (by SHA-256 of their bytes) built which filing graphs, and which
partitions an interrupted build had already extracted. Both live in the
store's state directory (`<store>/.edgarkg-build/`): `inputs.jsonl`, written
only after a partition's graphs are committed, and `staging/`, the finished
partition shards with their metadata. Apart from `pipeline` so that the
orchestration reads without the bookkeeping.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from edgarkg.mapping.iris import EKG
from edgarkg.rdfio import atomic_output
from edgarkg.stages import PartitionResult

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


def staging_dir(state: str | os.PathLike, work_dir: str | os.PathLike | None) -> Path:
    """Where finished partitions are kept: beside the ledger, or in the work dir the workers share."""
    if work_dir is None:
        return Path(state) / "staging"
    key = hashlib.sha256(os.fsencode(Path(state).resolve())).hexdigest()[:12]
    return Path(work_dir) / f".edgarkg-staging-{key}"


Staged = tuple[tuple[tuple[str, str], ...], PartitionResult]  # (path, sha256) per file, result


def save_staged(staging: Path, files: tuple[tuple[str, str], ...], run: str, result: PartitionResult) -> None:
    """Keep a finished partition (its shard is already there) for a rerun after a kill."""
    meta = Path(result.shard).with_suffix("").with_suffix(".staged")
    with atomic_output(meta) as tmp:
        tmp.write_bytes(pickle.dumps((run, files, result)))


def reuse_staged(staging: Path, hashes: dict[str, str], skip: set[str], run: str) -> list[Staged]:
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


def ledger_entries(
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
