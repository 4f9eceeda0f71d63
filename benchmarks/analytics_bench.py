"""How long `edgarkg analyze` takes on a graph of a million triples.

Builds the test corpus (tests/data/corpus), replicates it until it holds at
least --triples triples (each copy renames every company, filing and fact; people
known by CIK are shared between copies, so the copies are linked through them
and the interlock and centrality reports have real work to do), loads it into an
on-disk store, then runs each `edgarkg analyze` report as a user would (a new
process, output to CSV) and prints the wall-clock seconds. Exit status 1 if a
report takes longer than --limit seconds.

    python benchmarks/analytics_bench.py [--triples 1000000] [--limit 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
ID = "https://w3id.org/edgarkg/id/"
PERSON = ox.NamedNode("https://w3id.org/edgarkg/ontology#Person")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def corpus_quads() -> list[ox.Quad]:
    from edgarkg.pipeline import build

    store, report = build([CORPUS], validate=False)
    print(f"corpus: {report.summary()}", file=sys.stderr)
    return list(store)


def replicate(quads: list[ox.Quad], target: int) -> tuple[int, object]:
    """Copies of the corpus (renamed) until `target` quads; yields them lazily."""
    shared = {q.subject for q in quads if q.predicate == RDF_TYPE and q.object == PERSON}
    shared = {s for s in shared if isinstance(s, ox.NamedNode) and s.value.startswith(ID + "cik/")}
    copies = -(-target // len(quads))

    def rename(term, k: int):
        if isinstance(term, ox.NamedNode) and term.value.startswith(ID) and term not in shared:
            return ox.NamedNode(f"{term.value}/copy-{k}")
        return term

    def generate():
        for k in range(copies):
            for q in quads:
                yield ox.Quad(rename(q.subject, k), q.predicate, rename(q.object, k), rename(q.graph_name, k))

    return copies, generate()


def timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return seconds, result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--limit", type=float, default=10.0, help="seconds allowed per report")
    parser.add_argument("--keep", help="keep the store in this directory")
    args = parser.parse_args()

    quads = corpus_quads()
    copies, stream = replicate(quads, args.triples)
    where = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="edgarkg-bench-"))
    store_path = where / "store"
    store_path.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = ox.Store(str(store_path))
    db.bulk_extend(stream)
    db.flush()
    size = len(db)
    del db
    print(f"store: {size:,} quads ({copies} copies of {len(quads):,}) loaded in "
          f"{time.perf_counter() - started:.1f} s at {store_path}")  # fmt: skip

    edgarkg = [sys.executable, "-m", "edgarkg.cli"]
    apple = f"{ID}cik/0000320193/copy-0"
    reports = {
        "ownership": ["analyze", "ownership"],
        "interlocks": ["analyze", "interlocks"],
        "centrality (ownership)": ["analyze", "centrality", "-p", "ownership"],
        "centrality (positions)": ["analyze", "centrality", "-p", "positions"],
        "centrality (interlocks)": ["analyze", "centrality", "-p", "interlocks"],
        "centrality (filings)": ["analyze", "centrality", "-p", "filings"],
        "components (filings)": ["analyze", "components", "-p", "filings"],
        "components (positions)": ["analyze", "components", "-p", "positions"],
        "metrics (Apple, copy 0)": ["analyze", "metrics", apple],
        "export filings graphml": ["analyze", "export", "filings", "-o", str(where / "filings.graphml")],
    }
    slow = []
    print(f"\n{'report':<28} {'seconds':>8}  {'rows':>7}")
    for name, args_ in reports.items():
        extra = [] if args_[1] == "export" else ["--format", "csv"]
        seconds, out = timed([*edgarkg, *args_, "-s", str(store_path), *extra])
        rows = max(len(out.splitlines()) - 1, 0) if args_[1] != "export" else 0
        flag = "" if seconds <= args.limit else "  SLOW"
        print(f"{name:<28} {seconds:8.2f}  {rows:7d}{flag}")
        if flag:
            slow.append(name)
    seconds, _ = timed([*edgarkg, "--version"])
    print(f"{'(python + edgarkg start-up)':<28} {seconds:8.2f}")
    if not args.keep:
        shutil.rmtree(where, ignore_errors=True)
    if slow:
        print(f"\nover {args.limit:g} s: {', '.join(slow)}")
        return 1
    print(f"\nevery report under {args.limit:g} s on {size:,} triples ({os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
