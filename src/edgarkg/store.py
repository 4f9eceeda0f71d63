"""The embedded store: a pyoxigraph database on disk, one named graph per filing.

Replacing a filing's graph is one transaction (nothing half-replaced), so
builds into a store are idempotent and incremental: rebuilding a filing
touches only its graph and the entity nodes resolution renames. Graphs new
to the store go in through the bulk loader when there are enough quads to
pay for it (`add_graphs`): a transaction costs ~4x the CPU per quad. A lock file
keeps two writers apart with a clear message instead of a corrupt store.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from edgarkg.mapping.iris import EKG

DEFAULT_STORE = "edgarkg-store"
"""Where `build` and `query` look when no --store is given (or $EDGARKG_STORE)."""


def default_store_path() -> Path:
    return Path(os.environ.get("EDGARKG_STORE", DEFAULT_STORE))


class StoreLocked(RuntimeError):
    pass


class Store:
    """An edgarkg store at `path`; use as a context manager to hold the write lock."""

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lock_file: int | None = None
        if read_only:
            if not (self.path / "CURRENT").exists():
                raise FileNotFoundError(
                    f"no edgarkg store at {self.path} (build one with `edgarkg build --store`)"
                )
            self.db = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock()
            self.db = ox.Store(str(self.path))

    def _lock(self) -> None:
        fd = os.open(self.path / ".edgarkg.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise StoreLocked(
                f"the store {self.path} is being written by {holder}; wait for it to finish"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"edgarkg pid {os.getpid()}".encode(), 0)
        self._lock_file = fd

    def close(self) -> None:
        if not self.read_only:
            self.db.flush()
        del self.db
        if self._lock_file is not None:
            os.close(self._lock_file)
            self._lock_file = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------
    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Put `quads` in place of `graph`'s content, in one transaction."""
        replace_graph(self.db, graph, quads)

    def remove_graphs(self, graphs: Iterable[str]) -> list[str]:
        """Drop these named graphs (filing IRIs or accession numbers); returns those removed."""
        removed = []
        for name in graphs:
            iri = ox.NamedNode(name if "://" in name else f"https://w3id.org/edgarkg/id/filing/{name}")
            if self.db.contains_named_graph(iri):
                self.db.remove_graph(iri)
                removed.append(iri.value)
        return removed

    # -- reading -----------------------------------------------------------
    def filings(self) -> Iterator[ox.NamedNode]:
        for g in self.db.named_graphs():
            if isinstance(g, ox.NamedNode) and "/id/filing/" in g.value:
                yield g

    def info(self) -> dict[str, object]:
        """Counts: quads, named graphs, instances per class, filings per form type."""
        db = self.db
        per_class = {
            row["c"].value.rsplit("#", 1)[-1]: int(row["n"].value)
            for row in db.query(
                "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?c } } GROUP BY ?c ORDER BY ?c"
            )
            if row["c"].value.startswith(str(EKG))
        }
        per_form = {
            row["f"].value: int(row["n"].value)
            for row in db.query(
                f"SELECT ?f (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?x {{ ?x <{EKG.formType}> ?f }} }} "
                "GROUP BY ?f ORDER BY DESC(?n) ?f"
            )
        }
        return {
            "path": str(self.path),
            "quads": len(db),
            "named_graphs": sum(1 for _ in db.named_graphs()),
            "classes": per_class,
            "form_types": per_form,
        }


BULK_BATCH = 1_000_000
"""Quads pyoxigraph's bulk loader writes as one batch: sorted into SST files for
every index, then ingested in one RocksDB call, so a batch is all or nothing."""
BULK_MIN = 10_000
"""Below this a transaction is cheaper: each bulk load writes and syncs a file
per index (measured crossover on the corpus: 5-10k quads)."""


def replace_graph(db: ox.Store, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
    """Replace a named graph atomically: one SPARQL update, DROP then INSERT DATA.

    A graph not yet in the store goes in through `add_graphs` instead
    (nothing to drop; a large one is bulk loaded).
    """
    triples = [q.triple for q in quads]
    if not db.contains_named_graph(graph):
        add_graphs(db, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples])
        return
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode() if triples else ""
    db.update(f"DROP SILENT GRAPH <{graph.value}> ; INSERT DATA {{ GRAPH <{graph.value}> {{ {body} }} }}")


def add_graphs(db: ox.Store, quads: list[ox.Quad]) -> None:
    """Add the quads of graphs not yet in the store, all or nothing.

    From `BULK_MIN` to `BULK_BATCH` quads (e.g. a partition's new filings) go
    through the bulk loader: one atomic ingestion, ~4x less CPU than a
    transaction, which writes every index entry through RocksDB's memtable.
    Fewer or more take one transaction (the bulk loader's fixed cost per call;
    several batches would not be atomic together).
    """
    if BULK_MIN <= len(quads) <= BULK_BATCH:
        db.bulk_extend(quads)
    else:
        db.extend(quads)
