"""Store, query and push figures on the corpus graph replicated to ~1M triples.

    python benchmarks/store_bench.py [--corpus tests/data/corpus] [--target 1000000] [--virtuoso]

Prints: load rate into the embedded (on-disk) store, p50/p95 latency of each
named query (10 runs each, parameters of real companies), and with
--virtuoso the push throughput to a Virtuoso started on loopback. Copies of
the corpus graph get distinct IRIs (every id/ IRI and CIK suffixed), so the
replicated graph has the shape of a larger corpus, not duplicates.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

ID = "https://w3id.org/edgarkg/id/"
CIK = "https://w3id.org/edgarkg/ontology#cik"
PARAMS = {
    "subsidiaries": {"cik": "0000037996"},
    "ultimate-parent": {"company": "https://w3id.org/edgarkg/id/org/flh-sales-ltd"},
    "officers": {"cik": "0001318605"},
    "interlocks": {},
    "metric-series": {"cik": "0000320193", "metric": "revenue"},
    "filings": {"form": "8-K", "since": "2005-01-01", "until": "2005-12-31"},
    "evidence": {"cik": "0000037996"},
    "companies": {},
}


def replicate(quads: list[ox.Quad], copy: int) -> list[ox.Quad]:
    """Copy `copy` of the graph: id/ IRIs and CIKs made distinct (copy 0 is the original)."""
    if copy == 0:
        return quads

    def term(t):
        if isinstance(t, ox.NamedNode) and t.value.startswith(ID):
            return ox.NamedNode(f"{t.value}-c{copy}")
        return t

    out = []
    for q in quads:
        o = q.object
        if q.predicate.value == CIK and isinstance(o, ox.Literal):
            o = ox.Literal(f"{int(o.value) + copy * 10**9 % 10**10:010d}"[-10:])
        else:
            o = term(o)
        out.append(ox.Quad(term(q.subject), q.predicate, o, term(q.graph_name)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="tests/data/corpus")
    ap.add_argument("--target", type=int, default=1_000_000)
    ap.add_argument("--virtuoso", action="store_true")
    args = ap.parse_args()

    from edgarkg.pipeline import build

    t = time.perf_counter()
    base, report = build([args.corpus], validate=False, workers=1)
    print(f"corpus build: {report.summary()} ({time.perf_counter() - t:.1f} s)")
    quads = list(base)
    copies = max(1, -(-args.target // len(quads)))
    everything = [q for c in range(copies) for q in replicate(quads, c)]
    print(f"replicated {copies}x: {len(everything):,} quads")

    with tempfile.TemporaryDirectory() as tmp:
        nq = Path(tmp) / "all.nq"
        ox.serialize(everything, str(nq), ox.RdfFormat.N_QUADS)
        store = ox.Store(str(Path(tmp) / "store"))
        t = time.perf_counter()
        store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)  # how shards and exports load
        store.flush()
        seconds = time.perf_counter() - t
        print(
            f"bulk load of N-Quads into the on-disk store: {len(everything) / seconds:,.0f} triples/s "
            f"({seconds:.1f} s)"
        )
        other = ox.Store(str(Path(tmp) / "store2"))
        t = time.perf_counter()
        other.bulk_extend(everything)  # from Python quad objects, as a build does
        other.flush()
        seconds = time.perf_counter() - t
        print(f"bulk extend from Python quads: {len(everything) / seconds:,.0f} triples/s ({seconds:.1f} s)")
        del other

        from edgarkg.query import named_queries, run_named

        print(f"{'query':<16} {'rows':>6} {'p50 ms':>8} {'p95 ms':>8}")
        for name in named_queries():
            times, rows = [], 0
            for _ in range(10):
                t = time.perf_counter()
                rows = sum(1 for _ in run_named(store, name, PARAMS.get(name, {})))
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
            print(f"{name:<16} {rows:>6} {statistics.median(times):>8.1f} {p95:>8.1f}")

        if args.virtuoso:
            from virtuoso import VIRTUOSO, Virtuoso

            from edgarkg.push import Endpoint, push

            if VIRTUOSO is None:
                print("virtuoso-t not installed: push not measured")
                return
            server = Virtuoso(Path(tmp) / "virtuoso")
            server.start()
            try:
                endpoint = Endpoint(server.crud, user="dba", password="dba")
                result = push(store, endpoint, batch_triples=50_000)
                print(f"push to Virtuoso: {result.summary()}")
            finally:
                server.stop()


if __name__ == "__main__":
    main()
