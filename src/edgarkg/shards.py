"""N-Quads shards: the build's output when it does not fit one process.

A shard is a gzip file of N-Quads (`part-00001.nq.gz`), each filing's named
graph whole in one shard. Gzip members may be concatenated, so shards are
merged by copying bytes and only the shards that resolution touches are
parsed and rewritten. A `manifest.json` beside them lists every shard with
its quad count and SHA-256; readers go through the manifest (`read_manifest`,
`load_shards`, `iter_quads`), so a half-written directory is never mistaken
for a build: the manifest is written last, atomically.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from edgarkg import __version__
from edgarkg.rdfio import atomic_output

MANIFEST = "manifest.json"
FORMAT = "edgarkg-shards/1"
COMPRESSLEVEL = 3  # ~1/8 of the N-Quads size at a few percent of a build's CPU


class ShardError(ValueError):
    """A shard directory or manifest that cannot be read."""


@dataclass(frozen=True)
class ShardInfo:
    path: str  # relative to the manifest's directory
    quads: int
    graphs: int
    sha256: str


def shard_name(index: int) -> str:
    return f"part-{index:05d}.nq.gz"


def write_quads(path: str | os.PathLike, chunks: Iterable[bytes], level: int = COMPRESSLEVEL) -> str:
    """Write serialised N-Quads chunks to a gzip shard atomically; returns its SHA-256."""
    digest = hashlib.sha256()
    with atomic_output(path) as tmp, open(tmp, "wb") as raw:
        _gzip_into(HashingWriter(raw, digest), chunks, level)
    return digest.hexdigest()


def write_scratch(path: str | os.PathLike, chunks: Iterable[bytes], level: int = COMPRESSLEVEL) -> None:
    """A work file of the build (not its output): no fsync, no rename."""
    with open(path, "wb") as raw:
        _gzip_into(raw, chunks, level)


def _gzip_into(raw, chunks: Iterable[bytes], level: int) -> None:
    with gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=level, mtime=0) as gz:
        for chunk in chunks:
            gz.write(chunk)


class HashingWriter:
    """A write-only file that hashes what passes through it."""

    def __init__(self, raw, digest) -> None:
        self.raw, self.digest = raw, digest

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()


def concat(sources: Iterable[str | os.PathLike], target: str | os.PathLike) -> str:
    """Concatenate gzip shards byte for byte (a valid multi-member gzip); returns the SHA-256."""
    digest = hashlib.sha256()
    with atomic_output(target) as tmp, open(tmp, "wb") as out:
        sink = HashingWriter(out, digest)
        for source in sources:
            with open(source, "rb") as f:
                while block := f.read(1 << 20):
                    sink.write(block)
    return digest.hexdigest()


def read_quads(path: str | os.PathLike) -> Iterator[ox.Quad]:
    with gzip.open(path, "rb") as f:
        yield from ox.parse(f, ox.RdfFormat.N_QUADS)


def serialize(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def rename_quads(quads: Iterable[ox.Quad], renames: dict[str, str]) -> Iterator[ox.Quad]:
    """The quads with every renamed subject and object replaced (graph names untouched)."""
    nodes = {old: ox.NamedNode(new) for old, new in renames.items()}
    for q in quads:
        s, o = q.subject, q.object
        if isinstance(s, ox.NamedNode) and s.value in nodes:
            s = nodes[s.value]
        if isinstance(o, ox.NamedNode) and o.value in nodes:
            o = nodes[o.value]
        yield q if (s is q.subject and o is q.object) else ox.Quad(s, q.predicate, o, q.graph_name)


def write_manifest(directory: str | os.PathLike, shards: list[ShardInfo], extra: dict) -> Path:
    """Write `manifest.json` last and atomically: its presence means the build is complete."""
    path = Path(directory) / MANIFEST
    data = {
        "format": FORMAT,
        "generator": f"edgarkg {__version__}",
        "quads": sum(s.quads for s in shards),
        "graphs": sum(s.graphs for s in shards),
        "shards": [s.__dict__ for s in shards],
        **extra,
    }
    with atomic_output(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2) + "\n")
    return path


def read_manifest(path: str | os.PathLike) -> tuple[Path, list[ShardInfo], dict]:
    """The shards a manifest (or the directory holding one) lists, checked to exist."""
    path = Path(path)
    if path.is_dir():
        path = path / MANIFEST
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise ShardError(f"no {MANIFEST} at {path.parent}: not a finished edgarkg shard build") from None
    except (OSError, ValueError) as exc:
        raise ShardError(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ShardError(f"{path} is not an edgarkg shard manifest (format {FORMAT})")
    try:
        shards = [ShardInfo(**s) for s in data["shards"]]
    except (KeyError, TypeError) as exc:
        raise ShardError(f"{path}: malformed shard list: {exc}") from None
    missing = [s.path for s in shards if not (path.parent / s.path).is_file()]
    if missing:
        raise ShardError(f"{path}: shards listed but missing: {', '.join(missing[:5])}")
    return path.parent, shards, data


def is_manifest(path: str | os.PathLike) -> bool:
    path = Path(path)
    return path.name == MANIFEST or (path.is_dir() and (path / MANIFEST).is_file())


def shard_paths(manifest: str | os.PathLike) -> list[Path]:
    directory, shards, _ = read_manifest(manifest)
    return [directory / s.path for s in shards]


def load_shards(store: ox.Store, manifest: str | os.PathLike, *, bulk: bool = True) -> int:
    """Load every shard of a build into `store` (bulk loader by default); returns quads listed."""
    directory, shards, _ = read_manifest(manifest)
    for shard in shards:
        with gzip.open(directory / shard.path, "rb") as f:
            if bulk:
                store.bulk_load(f, ox.RdfFormat.N_QUADS)
            else:
                store.load(f, ox.RdfFormat.N_QUADS)
    return sum(s.quads for s in shards)


def iter_quads(manifest: str | os.PathLike) -> Iterator[ox.Quad]:
    """Every quad of a shard build, streamed shard by shard."""
    for path in shard_paths(manifest):
        yield from read_quads(path)


def remove_tree(path: str | os.PathLike) -> None:
    shutil.rmtree(path, ignore_errors=True)
