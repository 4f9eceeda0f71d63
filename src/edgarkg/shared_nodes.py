"""The part of a shard build the corpus pass needs: the nodes several graphs describe.

A shard build never holds the corpus in a store: the corpus pass
(`crosscheck.corpus_violations`) runs on a scratch store with only what can
change between a filing's graph and the union. Why that is exact, for shapes
`crosscheck.Plan.exact` accepts (targets by class, one hop):

* A node N whose triples (N as subject) all come from one filing graph G has
  the same triples, hence the same types, targets and values, in the union as
  in G. Only its values' types can grow (other graphs may type a value), and
  the only constraint reading them is sh:class (alone or inside sh:or), which
  more types can satisfy but never break. So N conforms in the union if it
  conformed in G, and a violation in G is re-checked only if N was flagged.
* Every other node -- described by two or more graphs, renamed or touched by
  resolution, flagged by a worker -- goes into the scratch store with all its
  triples from every graph and the types of every value (from every graph):
  exactly what its verdict on the merged graph reads, so the candidate
  queries and the one-hop validation give it the merged graph's verdict.
* The two rules beyond SHACL read all `subsidiaryOf` and `cik` triples, which
  go into a store of their own (a cycle can pass through single-graph nodes).

The pass reads the union of the graphs, never which graph said what, so the
selected quads are loaded as triples of the default graph: a company named
alike by a thousand filings is a few triples there, not a few thousand quads
(what kept the driver's memory growing with the corpus). Workers send the
subjects of each partition as 64-bit keys (`subject_key`): a collision only
adds a node, with its full description, so it stays exact.
"""

from __future__ import annotations

import gzip
import hashlib
import heapq
import tempfile
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF

from edgarkg.crosscheck import release_memory
from edgarkg.mapping.iris import EKG

CHUNK = 100_000  # distinct triples bulk-loaded at a time


def subject_key(iri: str | bytes) -> int:
    """A 64-bit key of a subject IRI: the driver counts keys, not IRIs (8 bytes a node)."""
    data = iri.encode() if isinstance(iri, str) else iri
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def graph_keys(subjects: Iterable[str]) -> set[int]:
    """Keys of the subjects a graph describes (blank nodes are always kept: none here)."""
    return {subject_key(s) for s in subjects if not s.startswith("_:")}


def partition_keys(graphs: Iterable[set[int]]) -> tuple[array, set[int]]:
    """A partition's part of the index: every key once, sorted; and the keys two of its graphs share."""
    seen: set[int] = set()
    shared: set[int] = set()
    for keys in graphs:
        shared |= seen & keys
        seen |= keys
    return array("Q", sorted(seen)), shared


class SubjectIndex:
    """The subject keys of every partition, to find the nodes two graphs describe."""

    def __init__(self) -> None:
        self.parts: list[array] = []
        self.shared: set[int] = set()

    def add(self, keys: array, shared: Iterable[int] = ()) -> None:
        """`keys`: a partition's subject keys, sorted, each once; `shared`: those two of its graphs share."""
        if keys:
            self.parts.append(keys)
        self.shared.update(shared)

    def add_subjects(self, iris: Iterable[str]) -> None:
        """Subjects of a graph the driver writes (run record, ontology) count as one more graph."""
        self.add(array("Q", sorted({subject_key(i) for i in iris})))

    def multi(self) -> set[int]:
        """Keys of the subjects two or more graphs describe (a k-way merge of the sorted parts)."""
        found = set(self.shared)
        previous = None
        for k in heapq.merge(*self.parts):
            if k == previous:
                found.add(k)
            previous = k
        self.parts = []
        return found


_TYPE = b"<" + str(RDF.type).encode() + b">"
_RULE_PREDICATES = (b"<" + str(EKG.subsidiaryOf).encode() + b">", b"<" + str(EKG.cik).encode() + b">")


@dataclass
class Selection:
    """What `select_shared` put aside."""

    described: set[str] = field(default_factory=set)  # subjects kept with their whole description
    quads: int = 0  # triples loaded (each chunk's repeats dropped) into the scratch store
    counts: dict[str, int] = field(default_factory=dict)  # distinct typed subjects of `count` classes


def _lines(paths: Iterable[Path | str], opener: Callable = gzip.open) -> Iterable[bytes]:
    for path in paths:
        with opener(path, "rb") as f:
            yield from f


def _note_values(data: bytes, values: set[bytes]) -> None:
    """The node values of N-Triples `data`, whose types the corpus pass needs too."""
    for t in ox.parse(data, ox.RdfFormat.N_TRIPLES):
        o = t.object
        if isinstance(o, ox.NamedNode):
            values.add(b"<" + o.value.encode() + b">")
        elif isinstance(o, ox.BlankNode):
            values.add(b"_:" + o.value.encode())


def triple_line(line: bytes) -> bytes:
    """An N-Quads line of a shard as an N-Triples line: its graph name cut off.

    Every shard line is a quad in a filing's graph, and a graph name is an IRI
    (no space in it), so the graph is what follows the last space before " .".
    """
    end = line.rstrip()
    return end[: end.rfind(b" ", 0, len(end) - 2)] + b" .\n"


class _Chunks:
    """Triples handed to `sink` a chunk at a time, each chunk's repeats dropped (a store drops the
    others); with `values`, the node values of what was handed on are noted there."""

    def __init__(self, sink: Callable[[bytes], object], values: set[bytes] | None = None) -> None:
        self.sink, self.values = sink, values
        self.chunk: dict[bytes, None] = {}
        self.count = 0

    def add(self, line: bytes) -> None:
        self.chunk[line] = None
        if len(self.chunk) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if not self.chunk:
            return
        data = b"".join(self.chunk)
        if self.values is not None:
            _note_values(data, self.values)
        self.sink(data)
        self.count += len(self.chunk)
        self.chunk = {}


@dataclass(frozen=True)
class ShardTask:
    """Select from one shard: what `select_shard` needs, picklable for a worker."""

    shard: str
    keys: frozenset[int]
    nodes: frozenset[bytes]
    classes: tuple[str, ...]
    prefix: str  # where the selected triples go: PREFIX.kept.nt, .rules.nt, .types.nq


@dataclass
class ShardSelection:
    """What one shard gave: files of triples, and what the driver merges across shards."""

    kept_subjects: set[bytes]
    values: set[bytes]
    typed: dict[str, set[bytes]]  # kept subjects typed with each counted class
    singles: dict[str, int]  # other subjects typed with each counted class (one graph each)
    files: tuple[str, str, str]  # kept triples, rule triples, type quads of subjects not kept
    kept: int  # lines in the kept file


def select_shard(task: ShardTask) -> ShardSelection:
    """One shard's part of `select_shared`, in a worker: a pass over its lines, reading only the
    subject and predicate of each."""
    classes = {b"<" + c.encode() + b">": c for c in task.classes}
    typed: dict[str, set[bytes]] = {c: set() for c in task.classes}
    singles = dict.fromkeys(task.classes, 0)
    values: set[bytes] = set()
    kept_subjects: set[bytes] = set()
    files = (f"{task.prefix}.kept.nt", f"{task.prefix}.rules.nt", f"{task.prefix}.types.nq")
    with open(files[0], "wb") as kept_out, open(files[1], "wb") as rule_out, open(files[2], "wb") as types:
        kept, rule = _Chunks(kept_out.write, values), _Chunks(rule_out.write)
        last, keep = b"", False
        for line in _lines([Path(task.shard)]):
            cut = line.find(b" ")
            subject = line[:cut]
            if subject != last:
                last = subject
                if subject[:1] == b"<":
                    iri = subject[1:-1]
                    keep = iri in task.nodes or subject_key(iri) in task.keys
                else:
                    keep = True
                if keep:
                    kept_subjects.add(subject)
            is_type = line.startswith(_TYPE, cut + 1)
            if keep:
                kept.add(triple_line(line))
            elif is_type:
                types.write(line)
            if line.startswith(_RULE_PREDICATES, cut + 1):
                rule.add(triple_line(line))
            elif classes and is_type:
                cls = classes.get(line[cut + len(_TYPE) + 2 : line.find(b" ", cut + len(_TYPE) + 2)])
                if cls is not None:
                    if keep:
                        typed[cls].add(subject)
                    else:
                        singles[cls] += 1
        kept.flush()
        rule.flush()
    return ShardSelection(kept_subjects, values, typed, singles, files, kept.count)


Mapper = Callable[[Callable[[ShardTask], ShardSelection], list[ShardTask]], Iterable[ShardSelection]]


def select_shared(
    paths: list[Path],
    keys: set[int],
    nodes: set[str],
    store: ox.Store,
    rules: ox.Store,
    count: Iterable[str] = (),
    *,
    mapper: Callable[
        [Callable[[ShardTask], ShardSelection], list[ShardTask]], Iterable[ShardSelection]
    ] = map,
    work: Path | None = None,
) -> Selection:
    """Load into `store` the triples the corpus pass needs from the shards at `paths`.

    Those are the triples whose subject's key is in `keys` or whose subject is
    in `nodes` (and every blank-node subject), then the type triples of their
    values; `subsidiaryOf` and `cik` triples go into `rules`. Each shard is
    read once, by `select_shard` (run by `mapper`, e.g. on the build's
    workers, writing its files under `work`); the type lines of the subjects
    not kept wait in a file for the values to be known. On the way it counts
    the distinct subjects typed with each class in `count` (a node in one
    graph is typed there only; the others are among the kept ones).
    """
    classes = tuple(count)
    with tempfile.TemporaryDirectory(prefix=".select-", dir=work) as scratch:
        frozen_keys, wanted = frozenset(keys), frozenset(n.encode() for n in nodes)
        tasks = [
            ShardTask(str(p), frozen_keys, wanted, classes, f"{scratch}/{i:05d}") for i, p in enumerate(paths)
        ]
        typed: dict[str, set[bytes]] = {c: set() for c in classes}
        singles = dict.fromkeys(classes, 0)
        values: set[bytes] = set()
        kept_subjects: set[bytes] = set()
        type_files, loaded = [], 0
        for part in mapper(select_shard, tasks):
            kept_subjects |= part.kept_subjects
            values |= part.values
            for c in classes:
                typed[c] |= part.typed[c]
                singles[c] += part.singles[c]
            kept_file, rule_file, type_file = part.files
            _load_file(store, kept_file)
            _load_file(rules, rule_file)
            loaded += part.kept
            type_files.append(type_file)
        values -= kept_subjects
        if values:
            extra = _Chunks(lambda data: store.bulk_load(data, ox.RdfFormat.N_TRIPLES))
            for line in _lines(type_files, opener=open):
                if line[: line.find(b" ")] in values:
                    extra.add(triple_line(line))
            extra.flush()
            loaded += extra.count
    result = Selection(quads=loaded)
    result.described = {s[1:-1].decode() for s in kept_subjects if s[:1] == b"<"}
    for s in kept_subjects:  # a blank node: as written, and as query results give it (its id alone)
        if s[:1] != b"<":
            result.described |= {s.decode(), s[2:].decode()}
    result.counts = {c: singles[c] + len(typed[c]) for c in classes}
    release_memory()
    return result


def _load_file(store: ox.Store, path: str, block: int = 16 << 20) -> None:
    """Bulk-load an N-Triples file a block of whole lines at a time: the bulk loader's memory grows
    with what it is given at once (a whole file of a large build took the driver 2x higher)."""
    with open(path, "rb") as f:
        rest = b""
        while data := f.read(block):
            data, _, tail = (rest + data).rpartition(b"\n")
            if data:
                store.bulk_load(data + b"\n", ox.RdfFormat.N_TRIPLES)
            rest = tail
        if rest.strip():
            store.bulk_load(rest, ox.RdfFormat.N_TRIPLES)
